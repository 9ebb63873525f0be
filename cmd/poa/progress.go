package main

import (
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
)

// newBar returns a progress bar on stderr for total units of work (-1: unknown).
// Library code reports progress through callbacks; the CLI turns them into bars.
func newBar(total int64, desc string) *progressbar.ProgressBar {
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription(desc),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}

package main

import (
	"fmt"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"

	"poa/gradients"
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

// phaseBar is the one progress bar a long job draws at a time: a job of several
// phases replaces it when the phase changes. The zero value draws nothing yet.
type phaseBar struct {
	bar   *progressbar.ProgressBar
	phase string
}

// enter returns the bar of phase, first finishing the bar of another phase and
// starting one of total units described by desc.
func (b *phaseBar) enter(phase string, total int64, desc string) *progressbar.ProgressBar {
	if b.bar == nil || phase != b.phase {
		b.finish()
		b.phase, b.bar = phase, newBar(total, desc)
	}
	return b.bar
}

// finish finishes (and clears) the current bar, if there is one.
func (b *phaseBar) finish() {
	if b.bar != nil {
		b.bar.Finish()
		b.bar = nil
	}
	b.phase = ""
}

// phaseBars returns a progress callback drawing one bar per phase on stderr, and a
// function that finishes the last bar. N is the library's count type.
func phaseBars[N int | int64]() (func(phase string, done, total N), func()) {
	b := new(phaseBar)
	return func(phase string, done, total N) {
		b.enter(phase, int64(total), phase).Set64(int64(done))
	}, b.finish
}

// trainBar returns a progress callback drawing a trainer's steps of a run of steps
// (steps/s, ETA, loss, tokens/s) on stderr, and a function that finishes the bar.
func trainBar(steps int, desc string) (func(gradients.Progress), func()) {
	b := new(phaseBar)
	b.enter(desc, int64(steps), desc)
	started := false
	return func(p gradients.Progress) {
		if !started {
			// The first step of a resumed run starts mid-way.
			started = true
			b.bar.Set(p.Step - 1)
		}
		b.bar.Describe(trainStatus(desc, p))
		b.bar.Set(p.Step)
	}, b.finish
}

// trainStatus describes a training bar: its name, the loss and the throughput.
func trainStatus(desc string, p gradients.Progress) string {
	return fmt.Sprintf("%s loss %.3f  %.0f tok/s", desc, p.Loss, float64(p.Tokens)/max(p.Elapsed.Seconds(), 1e-9))
}

package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"poa/gradients"
)

// progressMode is how progress shows on stderr.
type progressMode int

const (
	progressLines progressMode = iota // plain lines: stderr is a file or a pipe
	progressBars                      // redrawn bars: stderr is a terminal
	progressOff                       // nothing: --quiet
)

// console is the process's stderr, shared by progress bars, progress lines and log
// records (the default slog handler writes to it) so that they never interleave:
// a write clears the bar on screen, if any, and draws it again after the text.
type console struct {
	mu    sync.Mutex
	w     io.Writer
	mode  progressMode
	frame []byte // the bar line on screen (mode progressBars), nil when none
}

// errOut is the CLI's stderr. Until setup runs, progress goes there as plain lines.
var errOut = &console{w: os.Stderr}

// setup chooses bars when w is a terminal, plain lines otherwise, and nothing
// when quiet.
func (c *console) setup(w *os.File, quiet bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.w, c.frame = w, nil
	switch {
	case quiet:
		c.mode = progressOff
	case term.IsTerminal(int(w.Fd())):
		c.mode = progressBars
	default:
		c.mode = progressLines
	}
}

func (c *console) progress() progressMode {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.mode
}

// Write writes whole lines (a log record, a message) between bar frames.
func (c *console) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.frame != nil {
		io.WriteString(c.w, "\r\x1b[K") // erase the bar's line; it is redrawn below
	}
	n, err := c.w.Write(p)
	if c.frame != nil {
		c.w.Write(c.frame)
	}
	return n, err
}

// printf writes a progress line (a step, a stage), unless progress is off.
func (c *console) printf(format string, args ...any) {
	if c.progress() == progressOff {
		return
	}
	fmt.Fprintf(c, format, args...)
}

// barWriter is what a bar draws with: it remembers the last frame so that Write can
// draw it again after a line of text.
type barWriter struct{ c *console }

func (b barWriter) Write(p []byte) (int, error) {
	b.c.mu.Lock()
	defer b.c.mu.Unlock()
	if strings.TrimSpace(string(p)) == "" { // the bar clears its line
		b.c.frame = nil
	} else {
		b.c.frame = append(b.c.frame[:0], p...)
	}
	return b.c.w.Write(p)
}

// lineGap is the least time between two plain lines of one bar between its start and
// its end: a short phase prints only those two.
var lineGap = 2 * time.Second

// bar is one progress bar on errOut for total units of work (-1: unknown). On a
// terminal it is a schollz/progressbar redrawn in place; on a file or a pipe it is
// the same bar drawn nowhere, whose state is printed as plain lines when it starts,
// at each further 10% (at most one line per lineGap) and when it finishes; with
// --quiet it is nothing. Library code reports progress through callbacks; the CLI
// turns them into bars.
type bar struct {
	pb     *progressbar.ProgressBar // nil: progress is off
	plain  bool
	from   int64     // the first count set: a resumed run starts mid-way
	set    bool      // from is known
	decile int64     // the last 10% printed
	line   time.Time // when the last plain line was printed
}

func newBar(total int64, desc string) *bar {
	mode := errOut.progress()
	if mode == progressOff {
		return &bar{}
	}
	opts := []progressbar.Option{
		progressbar.OptionSetDescription(desc),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(200 * time.Millisecond),
		progressbar.OptionClearOnFinish(),
	}
	b := &bar{plain: mode == progressLines}
	if b.plain {
		// Keep the count and the clock, draw nothing, start no spinner goroutine.
		opts = append(opts, progressbar.OptionSetWriter(io.Discard), progressbar.OptionSetSpinnerChangeInterval(0))
	} else {
		opts = append(opts, progressbar.OptionSetWriter(barWriter{errOut}))
	}
	b.pb = progressbar.NewOptions64(total, opts...)
	b.pb.StartWithoutRender()
	if b.plain {
		b.print("")
	}
	return b
}

// Set sets the count of units done.
func (b *bar) Set(n int) { b.Set64(int64(n)) }

// Set64 sets the count of units done.
func (b *bar) Set64(n int64) {
	if b.pb == nil {
		return
	}
	if !b.set {
		b.from, b.set = n, true
	}
	_ = b.pb.Set64(n)
	if !b.plain {
		return
	}
	s := b.pb.State()
	if s.Max <= 0 {
		return
	}
	if d := 10 * s.CurrentNum / s.Max; d > b.decile && d < 10 && time.Since(b.line) >= lineGap {
		b.decile = d
		b.print("")
	}
}

// Add adds n units done; for a bar of unknown total it only keeps the spinner moving.
func (b *bar) Add(n int) error {
	if b.pb == nil || b.plain {
		return nil
	}
	return b.pb.Add(n)
}

// Describe changes the bar's description.
func (b *bar) Describe(desc string) {
	if b.pb != nil {
		b.pb.Describe(desc)
	}
}

// Finish ends the bar: on a terminal it fills and clears it, elsewhere it prints
// the last line.
func (b *bar) Finish() error {
	if b.pb == nil {
		return nil
	}
	if b.plain {
		b.print("done")
	}
	return b.pb.Finish()
}

// print writes the bar's state as one plain line: description, count, rate and ETA
// (or, with word "done", the elapsed time).
func (b *bar) print(word string) {
	s := b.pb.State()
	b.line = time.Now()
	var sb strings.Builder
	sb.WriteString(s.Description)
	if word != "" {
		sb.WriteString(": " + word)
	}
	if s.Max > 0 {
		fmt.Fprintf(&sb, " %d/%d (%.0f%%)", s.CurrentNum, s.Max, 100*s.CurrentPercent)
	}
	done := float64(s.CurrentNum - b.from)
	switch {
	case word != "":
		fmt.Fprintf(&sb, " in %s", seconds(s.SecondsSince))
		if s.Max > 0 && done > 0 {
			fmt.Fprintf(&sb, ", %s", rate(done/s.SecondsSince))
		}
	case s.Max > 0 && done > 0 && s.SecondsSince > 0:
		r := done / s.SecondsSince
		fmt.Fprintf(&sb, ", %s, ETA %s", rate(r), seconds(float64(s.Max-s.CurrentNum)/r))
	}
	sb.WriteByte('\n')
	io.WriteString(errOut, sb.String())
}

// seconds formats a duration in seconds for a progress line: 0.4s, 12s, 3m5s.
func seconds(s float64) string {
	if s < 10 {
		return fmt.Sprintf("%.1fs", s)
	}
	return time.Duration(s * float64(time.Second)).Round(time.Second).String()
}

// rate formats units per second for a progress line.
func rate(r float64) string {
	if r >= 100 {
		return fmt.Sprintf("%.0f/s", r)
	}
	return fmt.Sprintf("%.3g/s", r)
}

// phaseBar is the one progress bar a long job draws at a time: a job of several
// phases replaces it when the phase changes. The zero value draws nothing yet.
type phaseBar struct {
	bar   *bar
	phase string
}

// enter returns the bar of phase, first finishing the bar of another phase and
// starting one of total units described by desc.
func (b *phaseBar) enter(phase string, total int64, desc string) *bar {
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

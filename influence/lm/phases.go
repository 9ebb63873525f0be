package lm

import (
	"context"
	"log/slog"
	"time"
)

// phases times the steps of one Attribute call for the DEBUG log (`poa -v attribute`
// prints it): each mark records the time since the previous one.
type phases struct {
	start, last time.Time
	attrs       []any
}

func startPhases() *phases {
	now := time.Now()
	return &phases{start: now, last: now}
}

// mark ends the phase called name.
func (p *phases) mark(name string) {
	now := time.Now()
	p.attrs = append(p.attrs, slog.Duration(name, now.Sub(p.last).Round(10*time.Microsecond)))
	p.last = now
}

// log writes the phases and their total at DEBUG.
func (p *phases) log(ctx context.Context, msg string) {
	attrs := append(p.attrs, slog.Duration("total", time.Since(p.start).Round(10*time.Microsecond)))
	slog.DebugContext(ctx, msg, attrs...)
}

package server

import "context"

// SettleStep is what a CloseEpochFunc reports of a settle's progress to the job that
// runs it (WithSettleReporter). A step with an empty Phase keeps the job's phase and
// counts and only replaces its Detail (a sub-step); a step with a Phase starts or
// updates that phase.
type SettleStep struct {
	Phase  string // api.SettlePhaseKeys, …; "" for a sub-step
	Detail string // the step in words, e.g. "prove the reward split of epoch 3 (groth16, N=8)"
	// Done and Total count within the phase when known (records attested, key shapes
	// set up).
	Done, Total int
	// Record is the attribution record being attested (SettlePhaseAttesting).
	Record string
}

type settleReporterKey struct{}

// WithSettleReporter returns ctx carrying fn, which ReportSettle calls.
func WithSettleReporter(ctx context.Context, fn func(SettleStep)) context.Context {
	return context.WithValue(ctx, settleReporterKey{}, fn)
}

// ReportSettle reports step to ctx's settle reporter; without one it does nothing
// (a synchronous close).
func ReportSettle(ctx context.Context, step SettleStep) {
	if fn, ok := ctx.Value(settleReporterKey{}).(func(SettleStep)); ok && fn != nil {
		fn(step)
	}
}

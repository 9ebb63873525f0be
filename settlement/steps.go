package settlement

import "context"

// Phase is the part of an epoch's settlement a Step starts. Resume and Settle pass
// them in this order for each epoch they finish (an epoch already further along skips
// the earlier ones).
type Phase int

// The phases of a settlement. String gives each one's name, which is also the name
// the API's settle jobs use (api.SettlePhase*).
const (
	// PhaseClosing: closing the open epoch (Settle), or refiling a stranded epoch's
	// records into it (Resume).
	PhaseClosing Phase = iota + 1
	// PhaseProvingSplit: proving a fused epoch's reward split.
	PhaseProvingSplit
	// PhaseProvingAttributed: proving a proven epoch's attributed split (its scores
	// aggregated from its records' rows, and the split), instead of PhaseProvingSplit.
	PhaseProvingAttributed
	// PhaseAttesting: attesting the scores of the epoch's records (Options.Attest). The
	// step that starts it names no record; an attester reports one step per record it
	// proves (ReportStep) with Record, Done (records before it) and Total.
	PhaseAttesting
	// PhasePosting: sending the settle transaction (settleAttributed for a proven epoch).
	PhasePosting
	// PhaseConfirming: confirming a posted epoch from the chain's Settled event.
	PhaseConfirming
)

var phaseNames = [...]string{PhaseClosing: "closing", PhaseProvingSplit: "proving_split",
	PhaseProvingAttributed: "proving_attributed", PhaseAttesting: "attesting", PhasePosting: "posting",
	PhaseConfirming: "confirming"}

// String is the phase's name ("closing", "proving_split", …); "" for the zero Phase or
// one out of range.
func (p Phase) String() string {
	if p < PhaseClosing || int(p) >= len(phaseNames) {
		return ""
	}
	return phaseNames[p]
}

// Step is one step of a settlement as it starts: its phase, the epoch it concerns (0:
// the open epoch, before it is closed), counts within the phase when known, the
// attribution record it works on (PhaseAttesting), and the step in words (Detail, what
// Options.Step is told: "prove the reward split of epoch 3 (groth16, N=8)").
type Step struct {
	Phase  Phase
	Epoch  uint64
	Done   int    // items of the phase finished before this step (records attested)
	Total  int    // items of the phase (records to attest); 0 when not counted
	Record string // the attribution record of the step, if any
	Detail string
}

// String is the step in words.
func (s Step) String() string { return s.Detail }

type stepReporterKey struct{}

// WithStepReporter returns ctx carrying fn: Resume and Settle, and attesters that call
// ReportStep, report each step started under ctx to it, as a typed Step (the server's
// settle jobs map them to their phases this way, without reading the words).
func WithStepReporter(ctx context.Context, fn func(Step)) context.Context {
	return context.WithValue(ctx, stepReporterKey{}, fn)
}

// ReportStep reports s to ctx's step reporter (WithStepReporter); without one it does
// nothing.
func ReportStep(ctx context.Context, s Step) {
	if fn, ok := ctx.Value(stepReporterKey{}).(func(Step)); ok && fn != nil {
		fn(s)
	}
}

// report starts step s: ctx's reporter gets it typed, o.Step its words.
func (o Options) report(ctx context.Context, s Step) {
	ReportStep(ctx, s)
	if o.Step != nil {
		o.Step(s.Detail)
	}
}

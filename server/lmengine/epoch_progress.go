package lmengine

import (
	"context"
	"fmt"

	"poa/api"
	"poa/node"
	"poa/server"
	"poa/settlement"
)

// settleEvents returns ctx carrying a settlement step reporter that turns the typed
// steps of node.Settle (settlement.Step: package settlement's own, and node.Attester's
// one per record) into the settle job's phases (server.ReportSettle on ctx), and the
// node.Events for the same settle: their step names (the same steps in words, and
// sub-steps such as the score keys, a record's proof, its attestation) only change
// the job's detail, and the embedded chain's replay is a detail of the closing phase.
// Nothing is read from the words.
func settleEvents(ctx context.Context) (context.Context, *node.Events) {
	typed := settlement.WithStepReporter(ctx, func(s settlement.Step) { server.ReportSettle(ctx, jobStep(s)) })
	return typed, &node.Events{
		Step: func(name string) { server.ReportSettle(ctx, server.SettleStep{Detail: name}) },
		Progress: func(step, phase string, done, total int) {
			if step == "chain" && (done == total || done%256 == 0) {
				server.ReportSettle(ctx, server.SettleStep{Detail: fmt.Sprintf("replay the embedded chain: block %d of %d", done, total)})
			}
		},
	}
}

// jobPhases maps each settlement phase to the settle job's phase of the same meaning
// (docs/api.md, Settle jobs).
var jobPhases = map[settlement.Phase]string{
	settlement.PhaseClosing:           api.SettlePhaseClosing,
	settlement.PhaseProvingSplit:      api.SettlePhaseProvingSplit,
	settlement.PhaseProvingAttributed: api.SettlePhaseProvingAttributed,
	settlement.PhaseAttesting:         api.SettlePhaseAttesting,
	settlement.PhasePosting:           api.SettlePhasePosting,
	settlement.PhaseConfirming:        api.SettlePhaseConfirming,
}

// jobStep maps one settlement step to a job step: its phase, counts, record and words.
// A phase the job does not know (a newer settlement's) is a sub-step: the job keeps its
// phase and takes the words.
func jobStep(s settlement.Step) server.SettleStep {
	return server.SettleStep{Phase: jobPhases[s.Phase], Detail: s.Detail, Done: s.Done, Total: s.Total, Record: s.Record}
}

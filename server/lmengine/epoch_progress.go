package lmengine

import (
	"context"
	"fmt"
	"strings"

	"poa/api"
	"poa/node"
	"poa/server"
)

// settleEvents turns node.Settle's steps into the settle job's phases
// (server.ReportSettle on ctx): the steps of package settlement and node.Attester
// name what they do ("close epoch", "prove the reward split of epoch N …", "prove the
// attributed split of epoch N …" (a proven-basis epoch), "attest the scores of epoch
// N's K records", "score proof I of N: record ID", "post epoch N to …", "confirm epoch
// N"). Steps it does not know (the score keys, a record's
// proof, its attestation) are sub-steps: details of the phase.
func settleEvents(ctx context.Context) *node.Events {
	return &node.Events{
		Step: func(name string) { server.ReportSettle(ctx, settleStep(name)) },
		Progress: func(step, phase string, done, total int) {
			if step == "chain" && (done == total || done%256 == 0) {
				server.ReportSettle(ctx, server.SettleStep{Detail: fmt.Sprintf("replay the embedded chain: block %d of %d", done, total)})
			}
		},
	}
}

// settleStep maps one step name of node.Settle to a job step.
func settleStep(name string) server.SettleStep {
	var i, n int
	var id string
	if _, err := fmt.Sscanf(name, "score proof %d of %d: record %s", &i, &n, &id); err == nil {
		return server.SettleStep{Phase: api.SettlePhaseAttesting, Record: id, Done: i - 1, Total: n,
			Detail: fmt.Sprintf("prove and attest the scores of record %s (%d of %d)", id, i, n)}
	}
	phase := ""
	switch {
	case name == "close epoch", strings.HasPrefix(name, "refile "):
		phase = api.SettlePhaseClosing
	case strings.HasPrefix(name, "prove the reward split"):
		phase = api.SettlePhaseProvingSplit
	case strings.HasPrefix(name, "prove the attributed split"):
		phase = api.SettlePhaseProvingAttributed
	case strings.HasPrefix(name, "attest the scores of epoch"):
		phase = api.SettlePhaseAttesting
	case strings.HasPrefix(name, "post epoch"):
		phase = api.SettlePhasePosting
	case strings.HasPrefix(name, "confirm epoch"):
		phase = api.SettlePhaseConfirming
	}
	return server.SettleStep{Phase: phase, Detail: name}
}

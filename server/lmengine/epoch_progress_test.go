package lmengine

import (
	"context"
	"testing"

	"poa/api"
	"poa/server"
	"poa/settlement"
)

// TestSettleEvents: the typed steps of a settlement reported on the settle's context
// reach the job as the phases of docs/api.md (written out here, not read from the
// map under test), with their counts, record and words; step names of node.Events
// only change the detail, whatever their words say; a phase the job does not know is
// a sub-step.
func TestSettleEvents(t *testing.T) {
	var got []server.SettleStep
	ctx := server.WithSettleReporter(context.Background(), func(s server.SettleStep) { got = append(got, s) })
	sctx, ev := settleEvents(ctx)
	for _, c := range []struct {
		step settlement.Step
		want server.SettleStep
	}{
		{settlement.Step{Phase: settlement.PhaseClosing, Epoch: 2, Detail: "close epoch"}, server.SettleStep{Phase: "closing", Detail: "close epoch"}},
		{settlement.Step{Phase: settlement.PhaseClosing, Epoch: 1, Detail: "refile stranded epoch 1"}, server.SettleStep{Phase: "closing", Detail: "refile stranded epoch 1"}},
		{settlement.Step{Phase: settlement.PhaseProvingSplit, Epoch: 2, Detail: "w1"}, server.SettleStep{Phase: "proving_split", Detail: "w1"}},
		{settlement.Step{Phase: settlement.PhaseProvingAttributed, Epoch: 2, Detail: "w2"}, server.SettleStep{Phase: "proving_attributed", Detail: "w2"}},
		{settlement.Step{Phase: settlement.PhaseAttesting, Epoch: 2, Detail: "w3"}, server.SettleStep{Phase: "attesting", Detail: "w3"}},
		{settlement.Step{Phase: settlement.PhaseAttesting, Epoch: 2, Done: 1, Total: 3, Record: "rec-2", Detail: "w4"},
			server.SettleStep{Phase: "attesting", Done: 1, Total: 3, Record: "rec-2", Detail: "w4"}},
		{settlement.Step{Phase: settlement.PhasePosting, Epoch: 2, Detail: "w5"}, server.SettleStep{Phase: "posting", Detail: "w5"}},
		{settlement.Step{Phase: settlement.PhaseConfirming, Epoch: 2, Detail: "w6"}, server.SettleStep{Phase: "confirming", Detail: "w6"}},
		{settlement.Step{Phase: settlement.PhaseConfirming + 1, Detail: "w7"}, server.SettleStep{Detail: "w7"}},
	} {
		got = nil
		settlement.ReportStep(sctx, c.step)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("step %+v: job steps %+v, want %+v", c.step, got, c.want)
		}
	}
	// The phases written above are the API's.
	for _, p := range []string{api.SettlePhaseClosing, api.SettlePhaseProvingSplit, api.SettlePhaseProvingAttributed,
		api.SettlePhaseAttesting, api.SettlePhasePosting, api.SettlePhaseConfirming} {
		found := false
		for ph := settlement.PhaseClosing; ph <= settlement.PhaseConfirming; ph++ {
			found = found || jobStep(settlement.Step{Phase: ph}).Phase == p
		}
		if !found {
			t.Errorf("no settlement phase maps to the API's phase %q", p)
		}
	}
	// Words alone never move the phase, even words that used to name one.
	for _, name := range []string{"post epoch 1 to embedded", "score proof 2 of 3: record r", "prove record r (50 candidates)"} {
		got = nil
		ev.Step(name)
		if len(got) != 1 || got[0] != (server.SettleStep{Detail: name}) {
			t.Errorf("event step %q: job steps %+v, want a sub-step", name, got)
		}
	}
	got = nil
	ev.Progress("chain", "replay", 512, 1000)
	if len(got) != 1 || got[0].Phase != "" || got[0].Detail != "replay the embedded chain: block 512 of 1000" {
		t.Errorf("chain progress: %+v", got)
	}
}

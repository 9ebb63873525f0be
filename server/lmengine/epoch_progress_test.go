package lmengine

import (
	"testing"

	"poa/api"
	"poa/server"
)

// TestSettleStep: node.Settle's step names (as its settle logged them) map to the job's
// phases; the attester's "score proof I of N: record ID" names the record and counts
// those before it; the rest are sub-steps that only change the detail.
func TestSettleStep(t *testing.T) {
	for _, c := range []struct {
		name string
		want server.SettleStep
	}{
		{"close epoch", server.SettleStep{Phase: api.SettlePhaseClosing}},
		{"refile stranded epoch 2", server.SettleStep{Phase: api.SettlePhaseClosing}},
		{"prove the reward split of epoch 1 (groth16, N=8)", server.SettleStep{Phase: api.SettlePhaseProvingSplit}},
		// settlement's step for a proven-basis epoch (proveProvenEpoch's words).
		{"prove the attributed split of epoch 2 (n8-r4-c4: scores proven from 3 records)", server.SettleStep{Phase: api.SettlePhaseProvingAttributed}},
		{"attest the scores of epoch 1's 2 records", server.SettleStep{Phase: api.SettlePhaseAttesting}},
		{"score proof 2 of 3: record 4ccf83fae719dea143a0e736a451a875", server.SettleStep{Phase: api.SettlePhaseAttesting,
			Record: "4ccf83fae719dea143a0e736a451a875", Done: 1, Total: 3,
			Detail: "prove and attest the scores of record 4ccf83fae719dea143a0e736a451a875 (2 of 3)"}},
		{"score keys m64-k1024-d14-s4-t1024-l32-o128-c14", server.SettleStep{}},
		{"prove record 4ccf (50 candidates, 0 of 0 spans, 670017 constraints)", server.SettleStep{}},
		{"attest record 4ccf", server.SettleStep{}},
		{"post epoch 1 to embedded", server.SettleStep{Phase: api.SettlePhasePosting}},
		{"confirm epoch 3", server.SettleStep{Phase: api.SettlePhaseConfirming}},
	} {
		want := c.want
		if want.Detail == "" {
			want.Detail = c.name
		}
		if got := settleStep(c.name); got != want {
			t.Errorf("step %q: %+v, want %+v", c.name, got, want)
		}
	}
}

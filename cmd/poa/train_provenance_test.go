package main

import (
	"encoding/json"
	"testing"
)

// TestTrainAdapterAfterNewBase is issue 16's report: `poa train adapter devil
// --datanet devil` after a new `train base` must train over the new base, not
// "resume" the adapter checkpoint of the old one (0 tokens, provenance of the old
// base, byte-identical weights). It also checks held-out losses on the records.
func TestTrainAdapterAfterNewBase(t *testing.T) {
	data := t.TempDir()
	mustPoa(t, data, "datanet", "create", "devil")
	mustPoa(t, data, "datanet", "add", "devil", "--contributor", alice, "../../datanet/bundled/devil.index")
	type model struct {
		Model struct {
			SHA256  string `json:"sha256"`
			HeldOut *struct {
				Docs   int     `json:"docs"`
				Tokens int     `json:"tokens"`
				Loss   float64 `json:"loss"`
			} `json:"held_out"`
		} `json:"model"`
	}
	type adapter struct {
		Adapter struct {
			Base       string `json:"base"`
			BaseSHA256 string `json:"base_sha256"`
			SHA256     string `json:"sha256"`
			HeldOut    *struct {
				Loss     float64 `json:"loss"`
				BaseLoss float64 `json:"base_loss"`
			} `json:"held_out"`
		} `json:"adapter"`
		Result struct {
			ResumedFrom int `json:"resumed_from"`
			Tokens      int `json:"tokens"`
		} `json:"result"`
	}
	flags := []string{"--config", "tiny", "--steps", "10", "--seq-len", "32", "--batch", "2"}
	var b1, b2 model
	var a1, a2 adapter
	decode := func(out string, v any) {
		t.Helper()
		if err := json.Unmarshal([]byte(out), v); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
	}
	decode(mustPoa(t, data, append([]string{"--json", "train", "base", "--name", "demo", "--datanet", "devil"}, flags...)...), &b1)
	decode(mustPoa(t, data, "--json", "train", "adapter", "devil", "--datanet", "devil", "--rank", "2", "--steps", "5", "--seq-len", "32", "--batch", "2"), &a1)
	decode(mustPoa(t, data, append([]string{"--json", "train", "base", "--datanet", "devil", "--seed", "2"}, flags...)...), &b2)
	decode(mustPoa(t, data, "--json", "train", "adapter", "devil", "--datanet", "devil", "--rank", "2", "--steps", "5", "--seq-len", "32", "--batch", "2"), &a2)
	if b1.Model.SHA256 == b2.Model.SHA256 {
		t.Fatal("the two bases have the same weights")
	}
	if a2.Result.ResumedFrom != 0 || a2.Result.Tokens != 5*2*32 {
		t.Fatalf("adapter over the new base resumed from step %d, trained %d tokens", a2.Result.ResumedFrom, a2.Result.Tokens)
	}
	if a2.Adapter.Base != "base" || a2.Adapter.BaseSHA256 != b2.Model.SHA256 || a1.Adapter.BaseSHA256 != b1.Model.SHA256 {
		t.Fatalf("provenance: adapter 1 over %s, adapter 2 over %s (%s), bases %s, %s", a1.Adapter.BaseSHA256, a2.Adapter.Base, a2.Adapter.BaseSHA256, b1.Model.SHA256, b2.Model.SHA256)
	}
	if a1.Adapter.SHA256 == a2.Adapter.SHA256 {
		t.Fatal("the adapter over the new base has the old adapter's weights")
	}
	if h := b2.Model.HeldOut; h == nil || h.Docs == 0 || h.Tokens == 0 || !(h.Loss > 0) {
		t.Fatalf("base held-out loss %+v", h)
	}
	if h := a2.Adapter.HeldOut; h == nil || !(h.Loss > 0) || !(h.BaseLoss > 0) {
		t.Fatalf("adapter held-out loss %+v", h)
	}
}

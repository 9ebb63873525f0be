package main

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"poa/settlement"
	"poa/store"
)

// TestProveRecordCompleteCLI proves a real record's completeness from the CLI on the
// smallest data directory that has one (16 points, a tiny model, k = 2·2 per layer
// target), then checks what a user sees: verify-record runs the scan checks and passes,
// challenge-record says the candidates are proven complete, --slots below the leaves is
// refused, and a stored proof whose commitment was edited fails verify-record (exit 1)
// naming check scan-proof.
func TestProveRecordCompleteCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a tiny model and sets up scan keys (≈ 30 s on 2 cores); run without -short")
	}
	root := t.TempDir()
	src, err := os.ReadFile("../../datanet/bundled/jargon-sample.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	points := filepath.Join(root, "points.jsonl")
	if err := os.WriteFile(points, []byte(strings.Join(strings.SplitAfter(string(src), "\n")[:16], "")), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "data")
	for _, args := range [][]string{
		{"datanet", "create", "jargon"},
		{"datanet", "add", "jargon", "--contributor", alice, points},
		{"train", "base", "--datanet", "jargon", "--config", "tiny", "--steps", "2", "--seq-len", "16", "--batch", "2"},
		{"train", "adapter", "ad", "--datanet", "jargon", "--rank", "2", "--steps", "2", "--seq-len", "16", "--batch", "2"},
		{"index", "build"},
		{"influence", "sketch", "--adapter", "ad", "--k-in", "2", "--k-out", "2"},
	} {
		mustPoa(t, dir, append([]string{"--quiet"}, args...)...)
	}
	var att struct {
		Record string `json:"record"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--quiet", "--json", "attribute", "--adapter", "ad", "--prompt", "The hacker",
		"--max-tokens", "2", "--top", "3", "--fee", "10")), &att); err != nil {
		t.Fatal(err)
	}
	var cp struct {
		Shape struct {
			Slots, K, M int
		} `json:"shape"`
		Leaves      int    `json:"leaves"`
		Selected    int    `json:"selected"`
		Constraints int    `json:"constraints"`
		KeysSetup   bool   `json:"keys_setup"`
		SetupMs     int64  `json:"setup_ms"`
		ProveMs     int64  `json:"prove_ms"`
		ProofKeccak string `json:"proof_keccak"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--quiet", "--json", "prove-record", att.Record, "--complete")), &cp); err != nil {
		t.Fatal(err)
	}
	if cp.Shape.Slots != 16 || cp.Shape.M != 3 || cp.Leaves != 16 || cp.Selected != 3 || cp.Constraints == 0 || !cp.KeysSetup || len(cp.ProofKeccak) != 66 {
		t.Fatalf("prove-record --complete: %+v", cp)
	}
	t.Logf("scan n16 k%d m3: %d constraints, setup %d ms, prove %d ms", cp.Shape.K, cp.Constraints, cp.SetupMs, cp.ProveMs)

	out := mustPoa(t, dir, "verify-record", att.Record)
	for _, name := range []string{"scan-proof", "scan-root", "scan-query", "scan-commit", "scan-exclude"} {
		if !strings.Contains(out, "ok   "+name) {
			t.Fatalf("verify-record has no passing check %s:\n%s", name, out)
		}
	}
	var ch struct {
		Omitted      int `json:"omitted"`
		Completeness struct {
			OK bool `json:"ok"`
		} `json:"completeness"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "challenge-record", att.Record)), &ch); err != nil || ch.Omitted != 0 || !ch.Completeness.OK {
		t.Fatalf("challenge-record: %+v %v", ch, err)
	}
	if outC := mustPoa(t, dir, "challenge-record", att.Record); !strings.Contains(outC, "completeness proven") {
		t.Fatalf("challenge-record text:\n%s", outC)
	}
	if _, errs, code := runPoa(t, dir, "prove-record", att.Record, "--complete", "--slots", "8"); code == 0 || !strings.Contains(errs, "8 slots") {
		t.Fatalf("--slots 8 for 16 leaves: exit %d\n%s", code, errs)
	}
	if _, errs, code := runPoa(t, dir, "prove-record", att.Record, "--slots", "32"); code == 0 || !strings.Contains(errs, "--complete") {
		t.Fatalf("--slots without --complete: exit %d\n%s", code, errs)
	}

	// The stored proof's commitment edited: the proof no longer verifies.
	s, err := store.Open(store.DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	r, ok, err := settlement.CompletenessProof(s, att.Record)
	if err != nil || !ok {
		s.Close()
		t.Fatalf("stored proof: %v %v", ok, err)
	}
	r.Proof.Commitment = new(big.Int).Add(r.Proof.Commitment, big.NewInt(1))
	err = settlement.SaveCompletenessProof(s, r)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	outT, _, code := runPoa(t, dir, "verify-record", att.Record)
	if code != 1 || !strings.Contains(outT, "FAIL scan-proof") || !strings.Contains(outT, "FAIL scan-commit") || !strings.Contains(outT, "NOT verified") {
		t.Fatalf("tampered completeness proof: exit %d\n%s", code, outT)
	}
}

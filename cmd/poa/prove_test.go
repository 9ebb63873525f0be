package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"poa/settlement"
	"poa/store"
)

// TestProveCLI runs the settlement path through the binary: dev keys, epoch close,
// prove, verify (stored and file), a tampered proof file failing with exit 1, and the
// split.json input.
func TestProveCLI(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(store.DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	recs := []map[string]any{
		{"id": "a1", "epoch": 1, "fee": "1000000000000000000", "contributors": []map[string]any{
			{"address": "0x1000000000000000000000000000000000000001", "score": 300000}, {"address": "0x2000000000000000000000000000000000000002", "score": 100000}}},
		{"id": "a2", "epoch": 1, "fee": "500000000000000000", "contributors": []map[string]any{
			{"address": "0x2000000000000000000000000000000000000002", "score": 50000}}},
	}
	for _, r := range recs {
		if err := s.Put(store.KindAttribution, r["id"].(string), r); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()

	mustPoa(t, dir, "prover", "setup", "--circuit", "split", "--size", "8", "--dev")
	var ep settlement.Epoch
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "epoch", "close")), &ep); err != nil {
		t.Fatal(err)
	}
	// F = 1.5e18; data = 80% = 1.2e18; scores 300000 and 150000.
	if ep.Epoch != 1 || ep.DataFee != "1200000000000000000" || len(ep.Contributors) != 2 ||
		ep.Contributors[0].Payout != "800000000000000000" || ep.Contributors[1].Payout != "400000000000000000" {
		t.Fatalf("epoch record %+v", ep)
	}
	if out := mustPoa(t, dir, "epoch", "open"); strings.TrimSpace(out) != "2" {
		t.Fatalf("open epoch %q, want 2", out)
	}
	mustPoa(t, dir, "epoch", "show", "1")

	proofFile := filepath.Join(dir, "proof.json")
	var rep struct {
		Constraints  int     `json:"constraints"`
		ProveSeconds float64 `json:"prove_seconds"`
		ProofBytes   int     `json:"proof_bytes"`
		Stored       bool    `json:"stored"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "prove", "--epoch", "1", "--out", proofFile)), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Constraints == 0 || rep.ProofBytes != 256 || !rep.Stored {
		t.Fatalf("prove report %+v", rep)
	}
	mustPoa(t, dir, "verify", "--epoch", "1")
	mustPoa(t, dir, "verify", "--proof", proofFile)

	// A flipped byte in the proof: verify exits 1.
	raw, _ := os.ReadFile(proofFile)
	var m map[string]any
	json.Unmarshal(raw, &m)
	pr := []byte(m["proof"].(string))
	if pr[10] == 'a' {
		pr[10] = 'b'
	} else {
		pr[10] = 'a'
	}
	m["proof"] = string(pr)
	bad, _ := json.Marshal(m)
	badFile := filepath.Join(dir, "bad.json")
	os.WriteFile(badFile, bad, 0o644)
	if _, errs, code := runPoa(t, dir, "verify", "--proof", badFile); code != 1 {
		t.Fatalf("tampered proof: exit %d, want 1\n%s", code, errs)
	}

	// split.json input, and a malformed one.
	in := filepath.Join(dir, "split.json")
	os.WriteFile(in, []byte(`{"fee": "1000", "contributors": ["0x3000000000000000000000000000000000000003"], "scores": ["7"]}`), 0o644)
	mustPoa(t, dir, "prove", "--input", in, "--out", filepath.Join(dir, "p2.json"))
	mustPoa(t, dir, "verify", "--proof", filepath.Join(dir, "p2.json"))
	os.WriteFile(in, []byte(`{"fee": "-1", "contributors": [], "scores": []}`), 0o644)
	if _, errs, code := runPoa(t, dir, "prove", "--input", in); code == 0 || !strings.Contains(errs, "split.json") {
		t.Fatalf("bad input: exit %d, stderr %q", code, errs)
	}

	// The dev key's exported verifier is the committed one.
	sol := mustPoa(t, dir, "prover", "export-solidity", "--size", "8")
	want, err := os.ReadFile(filepath.Join("..", "..", "contracts", "solidity", "verifiers", "Groth16SplitVerifier8.sol"))
	if err != nil || sol != string(want) {
		t.Fatalf("exported verifier differs from the committed one (err %v)", err)
	}
}

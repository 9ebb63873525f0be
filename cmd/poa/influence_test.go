package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestInfluenceEvalCLI(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out := mustPoa(t, dir, "influence", "eval", "--logreg", "../../influence/logreg/testdata/digits360.csv",
		"--loo", "15", "--queries", "20", "--sketch-dim", "32", "--trak-models", "2", "--json")
	var rep struct {
		Train   int `json:"train"`
		Scorers map[string]struct {
			LooPearson  *float64 `json:"loo_pearson"`
			LooSpearman *float64 `json:"loo_spearman"`
			MislabelAUC *float64 `json:"mislabel_auc"`
		} `json:"scorers"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.Train != 252 || len(rep.Scorers) != 6 {
		t.Fatalf("train %d, %d scorers", rep.Train, len(rep.Scorers))
	}
	for n, s := range rep.Scorers {
		if s.LooPearson == nil || s.LooSpearman == nil || s.MislabelAUC == nil {
			t.Fatalf("scorer %s lacks a key: %s", n, out)
		}
	}
	// Bad input names the file and line.
	_, errs, code := runPoa(t, dir, "influence", "eval", "--logreg", "influence_test.go")
	if code == 0 || !strings.Contains(errs, "influence_test.go:") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
}

// jargonAdapter returns a data directory holding the bundled jargon sample, a tiny
// base model trained on it (40 steps) and adapter jad over it (20 steps).
func jargonAdapter(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	mustPoa(t, dir, "datanet", "create", "jargon")
	mustPoa(t, dir, "datanet", "add", "jargon", "../../datanet/bundled/jargon-sample.jsonl")
	mustPoa(t, dir, "train", "base", "--datanet", "jargon", "--config", "tiny", "--steps", "40")
	mustPoa(t, dir, "train", "adapter", "jad", "--datanet", "jargon", "--steps", "20")
	return dir
}

// TestAttributeCLI trains a tiny model and adapter on the bundled jargon datanet and
// runs sketch and attribute through the binary (about 30 s; not under -short).
func TestAttributeCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	t.Parallel()
	dir := jargonAdapter(t)
	_, errs, code := runPoa(t, dir, "attribute", "--adapter", "jad", "--prompt", "The hacker")
	if code == 0 || !strings.Contains(errs, "poa influence sketch") {
		t.Fatalf("attribute without sketches: exit %d, %q", code, errs)
	}
	mustPoa(t, dir, "influence", "sketch", "--adapter", "jad", "--k-in", "4", "--k-out", "4")
	out := mustPoa(t, dir, "attribute", "--adapter", "jad", "--prompt", "The hacker", "--max-tokens", "6", "--fee", "1000", "--json")
	var res map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"output", "tokens", "datapoints", "contributors", "record"} {
		if _, ok := res[k]; !ok {
			t.Fatalf("key %q missing: %s", k, out)
		}
	}
	var cs []struct {
		Address string `json:"address"`
		Score   uint64 `json:"score"`
	}
	if err := json.Unmarshal(res["contributors"], &cs); err != nil {
		t.Fatal(err)
	}
	var sum uint64
	for _, c := range cs {
		if !strings.HasPrefix(c.Address, "0x") {
			t.Fatalf("address %q", c.Address)
		}
		sum += c.Score
	}
	if len(cs) > 0 && sum != 1_000_000 {
		t.Fatalf("contributor scores sum to %d", sum)
	}
}

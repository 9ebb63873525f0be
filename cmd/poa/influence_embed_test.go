package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestEmbedCandidatesCLI trains a tiny model and adapter on the bundled jargon datanet,
// builds sketches and the embedding index, and attributes with candidates (about 10 s;
// not under -short).
func TestEmbedCandidatesCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	t.Parallel()
	dir := jargonAdapter(t)
	mustPoa(t, dir, "influence", "sketch", "--adapter", "jad", "--k-in", "4", "--k-out", "4")
	_, errs, code := runPoa(t, dir, "attribute", "--adapter", "jad", "--prompt", "The hacker", "--max-tokens", "4", "--candidates", "20")
	if code == 0 || !strings.Contains(errs, "poa influence embed --adapter jad") {
		t.Fatalf("candidates without an index: exit %d, %q", code, errs)
	}
	var meta struct {
		N     int `json:"n"`
		Layer int `json:"layer"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "influence", "embed", "--adapter", "jad", "--json")), &meta); err != nil {
		t.Fatal(err)
	}
	if meta.N != 300 || meta.Layer != 2 {
		t.Fatalf("embed: %+v", meta)
	}
	out := mustPoa(t, dir, "attribute", "--adapter", "jad", "--prompt", "The hacker", "--max-tokens", "4", "--candidates", "20", "--top", "5", "--json")
	var res struct {
		Record     string            `json:"record"`
		Datapoints []json.RawMessage `json:"datapoints"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Record == "" || len(res.Datapoints) == 0 {
		t.Fatalf("attribute: %v\n%s", err, out)
	}
	var rep struct {
		Queries int `json:"queries"`
		Sizes   []struct {
			Candidates int     `json:"candidates"`
			Recall     float64 `json:"recall"`
		} `json:"sizes"`
	}
	out = mustPoa(t, dir, "influence", "candidates", "--adapter", "jad", "--queries", "5", "--sizes", "10,299", "--top", "5", "--json")
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Queries != 5 || len(rep.Sizes) != 2 || rep.Sizes[1].Recall != 1 {
		t.Fatalf("candidates: %s", out)
	}
	if _, errs, code := runPoa(t, dir, "influence", "candidates", "--adapter", "jad", "--sizes", "10,x"); code == 0 || !strings.Contains(errs, `"x"`) {
		t.Fatalf("bad --sizes: exit %d, %q", code, errs)
	}
}

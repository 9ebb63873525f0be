package lm

import (
	"context"
	"errors"
	"slices"
	"testing"

	"poa/inference"
	"poa/influence"
)

// TestAttributeGivenIDsVerifies attributes a sampled continuation, cut short as a stop
// string would cut it, through Options.OutputIDs: the record holds exactly those ids
// (not a greedy regeneration), says how they were made, and verifies; a record whose
// ids no longer decode to its output fails the "output" check.
func TestAttributeGivenIDsVerifies(t *testing.T) {
	s := newStore(t, true)
	ctx := context.Background()
	if _, _, err := BuildSketches(ctx, s, SketchOptions{Adapter: "ad", KIn: 4, KOut: 4}); err != nil {
		t.Fatal(err)
	}
	l, err := load(s, "ad")
	if err != nil {
		t.Fatal(err)
	}
	prompt := "the quick"
	greedy, err := l.m.Decode(ctx, inference.DecodeRequest{Prompt: l.tok.Encode(prompt), MaxTokens: 8, Stop: -1}, l.ad)
	if err != nil {
		t.Fatal(err)
	}
	// A sampled continuation that differs from the greedy one (seeds tried in order).
	var ids []int
	for seed := uint64(1); seed < 50 && ids == nil; seed++ {
		g, err := l.m.Decode(ctx, inference.DecodeRequest{Prompt: l.tok.Encode(prompt), MaxTokens: 8, Stop: -1,
			Sampling: inference.Sampling{Temperature: 1.5, Seed: seed}}, l.ad)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(g.Tokens[:7], greedy.Tokens[:7]) {
			ids = g.Tokens[:7] // the last token dropped, as a stop string inside it would
		}
	}
	if ids == nil {
		t.Fatal("no seed samples away from the greedy continuation")
	}
	if _, _, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: prompt, Output: "x", OutputIDs: ids}); !errors.Is(err, ErrOptions) {
		t.Fatalf("Output and OutputIDs together: %v, want ErrOptions", err)
	}
	if _, _, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: prompt, OutputIDs: []int{1, 1 << 20}}); !errors.Is(err, influence.ErrBadInput) {
		t.Fatalf("id outside the vocabulary: %v, want ErrBadInput", err)
	}
	sampling := map[string]any{"temperature": 1.5, "seed": 3}
	_, rec, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: prompt, OutputIDs: ids, Generation: "sampled", Sampling: sampling, Fee: "1000"})
	if err != nil {
		t.Fatal(err)
	}
	rec.ID = "r-sampled"
	if !slices.Equal(rec.OutputIDs, ids) || rec.Output != l.tok.Decode(ids) || len(rec.Tokens) != len(ids) {
		t.Fatalf("record output %v %q with %d tokens; attributed %v", rec.OutputIDs, rec.Output, len(rec.Tokens), ids)
	}
	if rec.Scorer["generation"] != "sampled" || rec.Scorer["sampling"] == nil {
		t.Fatalf("scorer generation %v sampling %v", rec.Scorer["generation"], rec.Scorer["sampling"])
	}
	v, err := VerifyRecord(ctx, s, rec)
	if err != nil {
		t.Fatal(err)
	}
	if !v.OK {
		t.Fatalf("record of a sampled output does not verify: %+v", v.Checks)
	}
	bad := *rec
	bad.OutputIDs = slices.Clone(rec.OutputIDs)
	bad.OutputIDs[0] = (bad.OutputIDs[0] + 1) % l.m.Cfg.VocabSize
	v, err = VerifyRecord(ctx, s, &bad)
	if err != nil {
		t.Fatal(err)
	}
	failed := false
	for _, c := range v.Checks {
		failed = failed || c.Name == "output" && !c.OK
	}
	if v.OK || !failed {
		t.Fatalf("ids changed under the output: verifies %v, checks %+v", v.OK, v.Checks)
	}
}

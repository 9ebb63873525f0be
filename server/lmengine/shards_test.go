package lmengine_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"poa/inference/tokenizer"
	"poa/influence/lm"
	"poa/influence/shard"
	"poa/server/lmengine"
)

// TestResidentOverShards: with a sharded index and a sketch set of the devil adapter
// in the store, completions through the resident engine (the sets discovered, then
// named in Options.Shards) file the same records as the per-request path over the
// monolithic files. The sets are removed afterwards (the store is shared). Builds a
// sketch set of the demo's points with Beam on Prism (not under -short).
func TestResidentOverShards(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a sketch set")
	}
	ctx := context.Background()
	st := demoStore(t)
	a := asks[0]
	want := perRequest(t, st, a) // also commits the adapter's evidence
	tokDir, err := st.FilePath("models", "demo-tiny", "tokenizer")
	if err != nil {
		t.Fatal(err)
	}
	tok, err := tokenizer.Load(tokDir)
	if err != nil {
		t.Fatal(err)
	}
	idx, _ := shard.SetDir(st)
	sk, _ := shard.SketchSetDir(st, a.adapter)
	t.Cleanup(func() { os.RemoveAll(idx); os.RemoveAll(sk) })
	if _, err := shard.Build(ctx, st, shard.Options{Shards: 3, Tokenizer: tok, TokName: "model:demo-tiny", TokDir: tokDir, Model: "demo-tiny"}); err != nil {
		t.Fatal(err)
	}
	if _, err := shard.BuildSketches(ctx, st, shard.SketchOptions{SketchOptions: lm.SketchOptions{Adapter: a.adapter}, Shards: 3}); err != nil {
		t.Fatal(err)
	}
	src, err := shard.OpenSources(st, a.adapter, nil)
	if err != nil {
		t.Fatal(err)
	}
	if src.Spans == nil || src.Sketches == nil {
		t.Fatalf("the store's sets are not used: %v", src.Notes)
	}
	src.Close()
	for _, dirs := range [][]string{nil, {idx, sk}} {
		e := lmengine.NewEngine(st, lmengine.Options{Fee: "1000", Shards: dirs})
		for range 2 { // first use opens the sets, the second reuses them
			text, got := complete(t, st, e, a)
			if text != want.Output {
				t.Fatalf("shards %v: text %q, per-request %q", dirs, text, want.Output)
			}
			sameRecord(t, "over shards "+strings.Join(dirs, ","), got, want)
		}
	}
}

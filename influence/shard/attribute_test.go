package shard

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"poa/inference/tokenizer"
	"poa/influence"
	"poa/influence/lm"
	"poa/influence/sarray"
	"poa/store"
)

// preOnly hides a sketch set's raw sketches (an lm.SketchSource that is no
// lm.RawSketchSource).
type preOnly struct{ lm.SketchSource }

// TestAttributeOverShards attributes the same outputs with the store's monolithic
// index and sketch file, then with a sharded index and a sketch set of 1 and 3 shards
// (discovered in the store, and named explicitly), and checks the records are the
// same JSON (spans, candidates, integer and float scores, ids). A sketch set whose
// root is not the adapter's commitment and a stale sharded index are refused when
// named, and not used (with a note) when discovered.
func TestAttributeOverShards(t *testing.T) {
	ctx := context.Background()
	s := sketchStore(t, 48)
	so := lm.SketchOptions{Adapter: "ad", KIn: 4, KOut: 4, BatchSize: 4}
	if _, _, err := lm.BuildSketches(ctx, s, so); err != nil {
		t.Fatal(err)
	}
	if _, err := lm.Commit(ctx, s, "ad", nil); err != nil {
		t.Fatal(err)
	}
	// Outputs quoting data points (their numbers make the matches informative).
	var texts []string
	if err := s.Points("proverbs", func(p store.DataPoint) error { texts = append(texts, p.Text); return nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := lm.BuildEmbeddings(ctx, s, lm.EmbedOptions{Adapter: "ad"}); err != nil {
		t.Fatal(err)
	}
	queries := []lm.Options{
		{Adapter: "ad", Prompt: "early bird", Output: " " + texts[3] + " and " + texts[40], TopPoints: 7, TopTokens: 2},
		{Adapter: "ad", Prompt: "all that glitters", MaxTokens: 6, TopPoints: 48, TopTokens: 4},
		// The raw sketches: tracin and datainf over all rows and over candidates.
		{Adapter: "ad", Prompt: "early bird", Output: " " + texts[5], TopPoints: 9, TopTokens: 3, Method: "tracin"},
		{Adapter: "ad", Prompt: "stitch in time", Output: " " + texts[17], TopPoints: 9, TopTokens: 3, Method: "datainf"},
		{Adapter: "ad", Prompt: "stitch in time", Output: " " + texts[17], TopPoints: 5, TopTokens: 2, Method: "datainf", Candidates: 20},
		{Adapter: "ad", Prompt: "the lazy dog", Output: " " + texts[22], TopPoints: 5, TopTokens: 2, Method: "tracin", Candidates: 20},
	}
	attribute := func(o lm.Options) string {
		t.Helper()
		_, rec, err := lm.Attribute(ctx, s, o)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	var want []string
	for _, o := range queries {
		want = append(want, attribute(o)) // builds the monolithic index
	}
	if !strings.Contains(want[0], `"start"`) || !strings.Contains(want[0], `"leaf"`) {
		t.Fatalf("the first record has no span or no committed candidate, the test compares little: %s", want[0])
	}
	for i, m := range map[int]string{2: "tracin-cp-sketch", 3: "datainf-sketch", 4: "datainf-sketch", 5: "tracin-cp-sketch"} {
		if !strings.Contains(want[i], `"method":"`+m+`"`) || !strings.Contains(want[i], `"gradient":[{`) || (i >= 4) != strings.Contains(want[i], `"candidates":{`) {
			t.Fatalf("record %d is not a %s record with gradient evidence (and candidates for 4, 5): %s", i, m, want[i])
		}
	}
	tokDir, err := s.FilePath("models", "base", "tokenizer")
	if err != nil {
		t.Fatal(err)
	}
	tok, err := tokenizer.Load(tokDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, shards := range []int{1, 3} {
		if _, err := Build(ctx, s, Options{Shards: shards, Tokenizer: tok, TokName: "model:base", TokDir: tokDir, Model: "base"}); err != nil {
			t.Fatal(err)
		}
		if _, err := BuildSketches(ctx, s, SketchOptions{SketchOptions: so, Shards: shards}); err != nil {
			t.Fatal(err)
		}
		idxDir, _ := SetDir(s)
		skDir, _ := SketchSetDir(s, "ad")
		for _, dirs := range [][]string{nil, {idxDir, skDir}} {
			src, err := OpenSources(s, "ad", dirs)
			if err != nil {
				t.Fatal(err)
			}
			if src.Spans == nil || src.Sketches == nil || len(src.Notes) > 0 {
				t.Fatalf("%d shards, dirs %v: sources %+v", shards, dirs, src)
			}
			if src.Spans.Shards() != shards || src.Sketches.Shards() != shards {
				t.Fatalf("%d shards asked, %d index and %d sketch shards made", shards, src.Spans.Shards(), src.Sketches.Shards())
			}
			// The span filter over the shards is the monolithic one: its counts, and
			// its verdict on every n-gram (n ≤ 4) of the data points.
			mono, err := sarray.OpenStore(s, tok, nil)
			if err != nil {
				t.Fatal(err)
			}
			fm, fs := mono.SpanFilter(tok, 0), src.Spans.SpanFilter(tok, 0)
			if fm.Docs != fs.Docs || fm.Limit != fs.Limit || fm.Blank != fs.Blank || fm.Frequent != fs.Frequent || fm.Frequent == 0 {
				t.Fatalf("%d shards: span filter %+v, monolithic %+v", shards, fs, fm)
			}
			informative := 0
			for _, text := range texts {
				ids := tok.Encode(text)
				for i := range ids {
					for j := i + 1; j <= min(len(ids), i+4); j++ {
						w := ids[i:j]
						if a, b := fs.Informative(w), fm.Informative(w); a != b {
							t.Fatalf("%d shards: %q informative %v, monolithic %v", shards, tok.Decode(w), a, b)
						} else if a {
							informative++
						}
					}
				}
			}
			mono.Close()
			if informative == 0 {
				t.Fatal("no informative n-gram: the filter check compares little")
			}
			for i, o := range queries {
				src.Apply(&o)
				o.Index = lm.IndexRequire
				if got := attribute(o); got != want[i] {
					t.Fatalf("%d shards, dirs %v, query %d: record over shards\n%s\nmonolithic\n%s", shards, dirs, i, got, want[i])
				}
			}
			src.Close()
		}
	}

	// A sketch set whose root is not the commitment's: refused when named, in
	// lm.Attribute too; not used when discovered.
	skDir, _ := SketchSetDir(s, "ad")
	setPath := filepath.Join(skDir, SketchSetFile)
	orig, err := os.ReadFile(setPath)
	if err != nil {
		t.Fatal(err)
	}
	var set SketchSet
	if err := json.Unmarshal(orig, &set); err != nil {
		t.Fatal(err)
	}
	good := set.SketchRoot
	set.SketchRoot = "0x" + strings.Repeat("0", 63) + "1"
	b, _ := json.Marshal(set)
	if err := os.WriteFile(setPath, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenSources(s, "ad", []string{skDir}); !errors.Is(err, lm.ErrSketchSource) {
		t.Fatalf("a sketch set with another root, named: %v", err)
	}
	src, err := OpenSources(s, "ad", nil)
	if err != nil || src.Sketches != nil || src.Spans == nil || len(src.Notes) != 1 {
		t.Fatalf("a sketch set with another root, discovered: %+v, %v", src, err)
	}
	src.Close()
	x, err := OpenSketches(skDir, false, 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := lm.Attribute(ctx, s, lm.Options{Adapter: "ad", Prompt: "a", Output: " b", Sketches: x}); !errors.Is(err, lm.ErrSketchSource) {
		t.Fatalf("lm.Attribute over a sketch set with another root: %v", err)
	}
	x.Set.SketchRoot = good
	// A source with the preconditioned sketches only refuses the raw methods.
	if _, _, err := lm.Attribute(ctx, s, lm.Options{Adapter: "ad", Prompt: "a", Output: " b", Sketches: preOnly{x}, Method: "tracin"}); !errors.Is(err, influence.ErrBadInput) {
		t.Fatalf("the tracin method over preconditioned sketches only: %v", err)
	}
	x.Close()

	// A point added since the sharded index was built: refused when named, in
	// lm.Attribute too; not used when discovered.
	if _, err := s.AddPoints(ctx, "proverbs", []store.DataPoint{{ID: strings.Repeat("ab", 32), Contributor: "0x" + strings.Repeat("1", 40), Text: "a new point", Tokens: 11}}); err != nil {
		t.Fatal(err)
	}
	idxDir, _ := SetDir(s)
	if _, err := OpenSources(s, "ad", []string{idxDir}); !errors.Is(err, sarray.ErrCorpusVersion) {
		t.Fatalf("a stale sharded index, named: %v", err)
	}
	if src, err := OpenSources(s, "ad", nil); err != nil || src.Spans != nil {
		t.Fatalf("a stale sharded index, discovered: %+v, %v", src, err)
	}
	ix, err := Open(idxDir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, _, err := lm.Attribute(ctx, s, lm.Options{Adapter: "ad", Prompt: "a", Output: " b", Spans: ix}); !errors.Is(err, sarray.ErrCorpusVersion) {
		t.Fatalf("lm.Attribute over a stale sharded index: %v", err)
	}
}

package lm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"poa/inference"
	"poa/influence"
	"poa/influence/sarray"
	"poa/store"
)

// junkTexts are what a contributor farming span credit would add: white space,
// punctuation and stop words, which degenerate outputs repeat.
var junkTexts = []string{
	"\n\n\n\n\n\n\n\n",
	"the the the of of the of",
	"of the of the of the is the",
	", , , , . . . ; ;",
	"   \n   \n   \n   \n",
}

const junkAddr = "0x3333333333333333333333333333333333333333"

func addPoints(t *testing.T, s *store.Store, datanet, addr string, texts []string) store.ImportResult {
	t.Helper()
	var pts []store.DataPoint
	for _, tx := range texts {
		h := sha256.Sum256([]byte(tx))
		pts = append(pts, store.DataPoint{ID: hex.EncodeToString(h[:]), Contributor: addr, Text: tx, Tokens: len(tx)})
	}
	res, err := s.AddPoints(context.Background(), datanet, pts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func pointID(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// TestSpanEvidence: (1) uninformative span evidence earns nothing, in the evidence
// and in the scores, while a phrase copied from a data point still earns; (2) the
// index stays valid across an import of duplicates, and an import that adds a point
// makes attribution rebuild it (or refuse with IndexRequire), never drop spans.
func TestSpanEvidence(t *testing.T) {
	s := newStore(t, false)
	ctx := context.Background()
	if _, _, err := BuildSketches(ctx, s, SketchOptions{Adapter: "ad", KIn: 4, KOut: 4}); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateDatanet(store.Datanet{Name: "junk"}); err != nil {
		t.Fatal(err)
	}
	addPoints(t, s, "junk", junkAddr, junkTexts)
	_, tok, _, err := inference.OpenModel(s, "base")
	if err != nil {
		t.Fatal(err)
	}
	meta, err := sarray.BuildStore(ctx, s, sarray.BuildOptions{Tokenizer: tok, TokName: "model:base", Model: "base"})
	if err != nil {
		t.Fatal(err)
	}

	degenerate := []string{"\n\n\n\n", "the the the of of", " of the of the", ", , , ,", "\n   \n   \n"}
	t.Run("uninformative spans earn nothing", func(t *testing.T) {
		c, err := sarray.OpenStore(s, tok, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		for _, out := range degenerate {
			// Without the filter the junk datanet matches: the check below has teeth.
			sp, err := c.Spans(tok.Encode(out), &sarray.SpanOptions{WordStart: sarray.WordStarts(tok)})
			if err != nil || len(sp) == 0 || c.Refs[sp[0].Docs[0].Doc].Datanet != "junk" {
				t.Fatalf("%q: unfiltered spans %+v (%v)", out, sp, err)
			}
			res, rec, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: out})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range rec.Evidence.Spans {
				t.Errorf("%q: span evidence %+v", out, e)
			}
			for _, p := range res.Datapoints {
				if p.Datanet == "junk" || p.Span != 0 {
					t.Errorf("%q: point %s/%.8s scored %d (span %g)", out, p.Datanet, p.ID, p.Score, p.Span)
				}
			}
			for _, cs := range res.Contributors {
				if cs.Address == junkAddr {
					t.Errorf("%q: the junk contributor earns %d", out, cs.Score)
				}
			}
			if res.Spans != 0 || res.SpanNote != "" {
				t.Errorf("%q: %d spans, note %q", out, res.Spans, res.SpanNote)
			}
		}
		// A phrase copied from a data point still earns through its span.
		res, rec, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: " brown fox jumps over the lazy dog"})
		if err != nil {
			t.Fatal(err)
		}
		fox := pointID(texts[0])
		if len(rec.Evidence.Spans) == 0 {
			t.Fatal("no span evidence for a phrase copied from a data point")
		}
		for _, e := range rec.Evidence.Spans {
			if e.Point != fox {
				t.Fatalf("span %+v is not in the fox point", e)
			}
		}
		var share float64
		for _, p := range res.Datapoints {
			if p.ID == fox {
				share = p.Span
			}
		}
		if share != 1 {
			t.Fatalf("fox point's span share %g, want 1", share)
		}
		if sp, _ := rec.Scorer["spans"].(map[string]any); sp["corpus"] != meta.Corpus || sp["rule"] != sarray.SpanFilterRule {
			t.Fatalf("record's span parameters %v", rec.Scorer["spans"])
		}
	})

	copied := " brown fox jumps over the lazy dog"
	t.Run("an import of duplicates keeps the index", func(t *testing.T) {
		if r := addPoints(t, s, "proverbs", "0x1111111111111111111111111111111111111111", texts[:5]); r.Added != 0 || r.Duplicates != 5 {
			t.Fatalf("import %+v", r)
		}
		for _, policy := range []IndexPolicy{IndexRequire, IndexBuild} {
			res, _, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: copied, Index: policy})
			if err != nil || res.Spans == 0 || res.SpanNote != "" {
				t.Fatalf("policy %d: %v, %+v", policy, err, res)
			}
		}
		var m sarray.Meta
		if err := s.Get(store.KindIndex, sarray.MetaKey, &m); err != nil || !m.Built.Equal(meta.Built) {
			t.Fatalf("index record %+v (%v), built %v before", m, err, meta.Built)
		}
	})

	const added = "a rolling stone gathers no moss"
	t.Run("an import that adds a point rebuilds the index or is refused", func(t *testing.T) {
		addPoints(t, s, "proverbs", "0x2222222222222222222222222222222222222222", []string{added})
		_, _, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: copied, Index: IndexRequire})
		if !errors.Is(err, sarray.ErrCorpusVersion) || !strings.Contains(err.Error(), "poa index build") {
			t.Fatalf("stale index with IndexRequire: %v", err)
		}
		// The rebuilt index covers the added point (seen with Untrained: the point came
		// after the model's training, so by default it earns nothing: trainedOn).
		res, rec, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "a", Output: " rolling stone gathers no moss", Untrained: true})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(res.SpanNote, "rebuilt") || !strings.Contains(res.SpanNote, "proverbs") {
			t.Fatalf("span note %q", res.SpanNote)
		}
		found := func(ev influence.Evidence) bool {
			for _, e := range ev.Spans {
				if e.Point == pointID(added) {
					return true
				}
			}
			return false
		}
		if !found(rec.Evidence) {
			t.Fatalf("the added point has no span evidence: %+v", rec.Evidence.Spans)
		}
		_, rec, err = Attribute(ctx, s, Options{Adapter: "ad", Prompt: "a", Output: " rolling stone gathers no moss"})
		if err != nil {
			t.Fatal(err)
		}
		if td, _ := rec.Scorer["training_data"].(map[string]any); found(rec.Evidence) || td == nil || td["dropped"].(int) == 0 {
			t.Fatalf("a point added after training earns span credit: %+v (%v)", rec.Evidence.Spans, rec.Scorer["training_data"])
		}
		if res, _, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: copied, Index: IndexRequire}); err != nil || res.Spans == 0 {
			t.Fatalf("after the rebuild: %v", err)
		}
	})

	t.Run("no index", func(t *testing.T) {
		if err := s.Delete(store.KindIndex, sarray.MetaKey); err != nil {
			t.Fatal(err)
		}
		_, _, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: copied, Index: IndexRequire})
		if !errors.Is(err, sarray.ErrNoIndex) || !strings.Contains(err.Error(), "poa index build") {
			t.Fatalf("no index with IndexRequire: %v", err)
		}
		res, _, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: copied})
		if err != nil || res.Spans == 0 || !strings.Contains(res.SpanNote, "no index") {
			t.Fatalf("no index: %v, %+v", err, res)
		}
	})
}

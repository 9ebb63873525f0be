package lm

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"poa/circuits"
	"poa/influence"
	"poa/prover"
	"poa/store"
)

// TestVerifyRecordCatchesTampering attributes on a small store, checks that the record
// verifies (every step recomputes), then changes one thing at a time in a copy of the
// record or in the stored commitment and checks that the step that covers it fails.
func TestVerifyRecordCatchesTampering(t *testing.T) {
	s := newStore(t, true)
	ctx := context.Background()
	if _, _, err := BuildSketches(ctx, s, SketchOptions{Adapter: "ad", KIn: 4, KOut: 4}); err != nil {
		t.Fatal(err)
	}
	_, rec, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: " brown fox jumps over the lazy dog", Fee: "1000"})
	if err != nil {
		t.Fatal(err)
	}
	rec.ID = "r1"
	if rec.Query == nil || len(rec.Query.Candidates) < 2 || len(rec.Evidence.Spans) == 0 {
		t.Fatalf("record has query %v and %d spans; the test needs ≥ 2 candidates and a span", rec.Query != nil, len(rec.Evidence.Spans))
	}
	v, err := VerifyRecord(ctx, s, rec)
	if err != nil {
		t.Fatal(err)
	}
	if !v.OK {
		t.Fatalf("honest record does not verify: %+v", v.Checks)
	}
	if v.Quant == nil || v.Quant.Spearman < 0.99 || v.Quant.MaxRelErr > 0.05 {
		t.Fatalf("quantization error %+v", v.Quant)
	}

	clone := func() *influence.Record {
		b, _ := json.Marshal(rec)
		var c influence.Record
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatal(err)
		}
		return &c
	}

	// Completeness: the honest record omits nothing that outranks its last candidate;
	// one with its best candidate removed is challenged with exactly that point, whose
	// path verifies under the committed root.
	ch, err := ChallengeRecord(ctx, s, rec)
	if err != nil {
		t.Fatal(err)
	}
	if ch.Omitted != 0 {
		t.Fatalf("honest record challenged: %+v", ch)
	}
	short := clone()
	best := short.Query.Candidates[0]
	short.Query.Candidates = short.Query.Candidates[1:]
	ch, err = ChallengeRecord(ctx, s, short)
	if err != nil {
		t.Fatal(err)
	}
	if ch.Omitted != 1 || ch.Omissions[0].Leaf != best.Leaf || ch.Omissions[0].Score != best.Score {
		t.Fatalf("record without its best candidate: %+v, want leaf %d score %d omitted", ch, best.Leaf, best.Score)
	}
	root, _ := ParseRoot(ch.SketchRoot)
	var path []*big.Int
	for _, h := range ch.Omissions[0].Path {
		v, err := ParseRoot(h)
		if err != nil {
			t.Fatal(err)
		}
		path = append(path, v)
	}
	l, _ := load(s, "ad")
	sf, _, _, _ := openSketches(s, l)
	r, err := readRow(sf, best.Leaf, rec.Query.SketchShift, influence.StoreOwners(s))
	sf.Close()
	if err != nil {
		t.Fatal(err)
	}
	if !circuits.VerifyPath(root, circuits.SketchLeaf(r.pointHash, r.addr, r.q), best.Leaf, path) {
		t.Fatal("the omission's path does not verify under the committed root")
	}

	cases := []struct {
		name   string
		check  string
		tamper func(r *influence.Record)
	}{
		{"score raised by one unit", "scores", func(r *influence.Record) { r.Query.Candidates[0].Score++ }},
		{"score and its evidence raised together", "scores", func(r *influence.Record) {
			c := &r.Query.Candidates[0]
			c.Score++
			r.Evidence.Gradient[0].Score = influence.Dequantize(c.Score, r.Query.Shift, r.Query.SketchShift)
		}},
		{"contributor swapped", "scores", func(r *influence.Record) {
			c := r.Query.Candidates
			c[0].Contributor, c[1].Contributor = "0x3333333333333333333333333333333333333333", c[0].Contributor
		}},
		{"candidate outside the tree", "scores", func(r *influence.Record) { r.Query.Candidates[0].Leaf = 1 << 20 }},
		{"candidate names another point", "scores", func(r *influence.Record) {
			r.Query.Candidates[0].Leaf = (r.Query.Candidates[0].Leaf + 1) % len(texts)
		}},
		{"query sketch value changed", "query sketch", func(r *influence.Record) { r.Query.Sketch[0]++ }},
		{"query hash not the sketch's", "query hash", func(r *influence.Record) { r.Query.Hash = "0x" + r.Query.Hash[4:] + "00" }},
		{"output hash not the output's", "output hash", func(r *influence.Record) {
			r.Query.OutputHash = "0x" + r.Query.OutputHash[4:] + "00"
		}},
		{"gradient evidence not the proven score", "scores", func(r *influence.Record) { r.Evidence.Gradient[0].Score *= 2 }},
		{"span not in the cited document", "spans", func(r *influence.Record) {
			r.Evidence.Spans[0].Start, r.Evidence.Spans[0].End = 0, len(r.OutputIDs)
			r.Evidence.Spans[0].Length = len(r.OutputIDs)
			r.OutputIDs = append([]int{7, 7, 7}, r.OutputIDs[3:]...)
		}},
		{"fused score changed", "fusion", func(r *influence.Record) { r.Contributors[0].Score++ }},
		{"other sketch root", "sketch root", func(r *influence.Record) { r.Query.SketchRoot = "0x" + r.Query.SketchRoot[4:] + "00" }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := clone()
			c.tamper(r)
			v, err := VerifyRecord(ctx, s, r)
			if err != nil {
				t.Fatal(err)
			}
			if v.OK {
				t.Fatalf("tampered record verifies: %+v", v.Checks)
			}
			for _, ch := range v.Checks {
				if ch.Name == c.check && !ch.OK {
					return
				}
			}
			t.Fatalf("check %q did not fail: %+v", c.check, v.Checks)
		})
	}

	checkSpanStatement(t, s, rec, clone)

	// A stored commitment that does not match the sketch file is caught by the rebuild.
	cm, err := LoadCommitment(s, "ad")
	if err != nil {
		t.Fatal(err)
	}
	cm.SketchRoot = "0x" + cm.SketchRoot[4:] + "00"
	if err := s.Put(store.KindCommitment, "ad", cm); err != nil {
		t.Fatal(err)
	}
	v, err = VerifyRecord(ctx, s, rec)
	if err != nil {
		t.Fatal(err)
	}
	if v.OK {
		t.Fatal("a forged stored commitment verifies")
	}
}

// checkSpanStatement checks the span part of the record's score statement: the corpus
// root is the committed one, the output is the record's, every span is there with the
// run at its offset in its document, and the statement passes AssignScore's native
// checks (every document's path leads to the corpus root); a span whose document is not
// in the committed corpus is refused.
func checkSpanStatement(t *testing.T, s *store.Store, rec *influence.Record, clone func() *influence.Record) {
	t.Helper()
	ctx := context.Background()
	st, err := ScoreStatement(ctx, s, rec)
	if err != nil {
		t.Fatal(err)
	}
	// The record's output hash binds the output and the spans prove-record proves: the
	// statement's spans as the default shape fits them.
	fit := &circuits.ScoreStatement{Spans: append([]circuits.ScoreSpan(nil), st.Spans...)}
	prover.FitSpans(fit, prover.SpanShapeFor(len(st.Output), 0))
	if rec.Query.OutputHash != hexRoot(circuits.OutputHash(rec.OutputIDs, fit.Spans)) {
		t.Fatalf("record output hash %s is not the output's with its %d proven spans", rec.Query.OutputHash, len(fit.Spans))
	}
	if len(fit.Spans) > 0 && rec.Query.OutputHash == hexRoot(circuits.OutputHash(rec.OutputIDs, fit.Spans[1:])) {
		t.Fatal("record output hash does not change when a span is dropped")
	}
	cm, err := LoadCommitment(s, rec.Adapter)
	if err != nil {
		t.Fatal(err)
	}
	if hexRoot(st.CorpusRoot) != cm.Corpus.Root || len(st.Output) != len(rec.OutputIDs) || len(st.Spans) != len(rec.Evidence.Spans) {
		t.Fatalf("statement corpus root %s (committed %s), %d output tokens, %d spans; record has %d and %d",
			hexRoot(st.CorpusRoot), cm.Corpus.Root, len(st.Output), len(st.Spans), len(rec.OutputIDs), len(rec.Evidence.Spans))
	}
	sp := circuits.SpanShape{Slots: len(st.Spans), RunLen: 1, OutLen: len(st.Output), Depth: cm.Corpus.Depth}
	for i, x := range st.Spans {
		e := rec.Evidence.Spans[i]
		if x.Start != e.Start || x.Len != e.End-e.Start || x.Point.Cmp(circuits.PointHash(e.Datanet, e.Point)) != 0 {
			t.Fatalf("span %d is %+v, record says %+v", i, x, e)
		}
		for j := range x.Len {
			if x.Doc[x.Off+j] != rec.OutputIDs[x.Start+j] {
				t.Fatalf("span %d: document token %d differs from output token %d", i, x.Off+j, x.Start+j)
			}
		}
		sp.DocLen, sp.RunLen = max(sp.DocLen, len(x.Doc)), max(sp.RunLen, x.Len)
	}
	if _, err := circuits.AssignScore(max(1, len(st.Candidates)), len(st.Query), cm.Depth, sp, st); err != nil {
		t.Fatalf("the statement does not assign: %v", err)
	}
	bad := clone()
	bad.Evidence.Spans[0].Point = pointID("a document nobody contributed")
	if _, err := ScoreStatement(ctx, s, bad); !errors.Is(err, influence.ErrBadInput) || !strings.Contains(err.Error(), "span 0") {
		t.Fatalf("a span citing a document outside the corpus: %v", err)
	}
}

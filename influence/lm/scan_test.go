package lm

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"poa/circuits"
	"poa/influence"
	"poa/store"
)

// TestScanStatementOfRecord builds the completeness scan statement of a real record
// (16 committed leaves, the top 5 asked) and checks it against independent truths: the
// selection is the candidates Attribute chose (integerTopK), the root the record's
// committed one, the commitment its score statement's (the score circuit's), each score
// the brute-force dot product of the committed row. Records whose candidates were
// altered are refused naming the leaf; restricted records and too few slots are refused.
func TestScanStatementOfRecord(t *testing.T) {
	s := newStore(t, true)
	ctx := context.Background()
	if _, _, err := BuildSketches(ctx, s, SketchOptions{Adapter: "ad", KIn: 4, KOut: 4}); err != nil {
		t.Fatal(err)
	}
	_, rec, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: " brown fox", TopPoints: 5, Fee: "1000"})
	if err != nil {
		t.Fatal(err)
	}
	rec.ID = "r1"
	if rec.Query == nil || len(rec.Query.Candidates) != 5 {
		t.Fatalf("the test needs a record with 5 committed candidates")
	}
	clone := func() *influence.Record {
		b, _ := json.Marshal(rec)
		var c influence.Record
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatal(err)
		}
		return &c
	}
	// After a JSON round trip, as the store keeps it (top_points a float64).
	stmt, err := ScanStatement(ctx, s, clone(), 0)
	if err != nil {
		t.Fatal(err)
	}
	c, err := LoadCommitment(s, "ad")
	if err != nil {
		t.Fatal(err)
	}
	want := circuits.ScanShape{Slots: 16, K: c.K, Depth: c.Depth, M: 5, Rows: 5}
	if stmt.Shape != want || len(stmt.Leaves) != len(texts) {
		t.Fatalf("shape %s over %d leaves, want %s over %d", stmt.Shape, len(stmt.Leaves), want, len(texts))
	}
	if hexRoot(stmt.Root) != rec.Query.SketchRoot {
		t.Fatalf("scan root %s, record %s", hexRoot(stmt.Root), rec.Query.SketchRoot)
	}
	for i, cand := range rec.Query.Candidates {
		if stmt.Selected[i] != cand.Leaf || stmt.Scores[cand.Leaf] != cand.Score {
			t.Fatalf("selection %v, record candidate %d is leaf %d score %d", stmt.Selected, i, cand.Leaf, cand.Score)
		}
	}
	// Brute force: every leaf's score from its committed row, and the ranking of the
	// eligible ones.
	l, err := load(s, "ad")
	if err != nil {
		t.Fatal(err)
	}
	sf, _, _, err := openSketches(s, l)
	if err != nil {
		t.Fatal(err)
	}
	var elig []int
	for i := range stmt.Leaves {
		g, err := influence.Quantize(nil, sf.Row(i), rec.Query.SketchShift)
		if err != nil {
			t.Fatal(err)
		}
		if got := influence.DotInt(rec.Query.Sketch, g); got != stmt.Scores[i] {
			t.Fatalf("leaf %d: scan score %d, brute force %d", i, stmt.Scores[i], got)
		}
		if !stmt.Exclude[i] {
			elig = append(elig, i)
		}
	}
	sf.Close()
	slices.SortStableFunc(elig, func(a, b int) int { return cmp.Compare(stmt.Scores[b], stmt.Scores[a]) })
	if !slices.Equal(elig[:5], stmt.Selected) {
		t.Fatalf("brute-force top 5 %v, scan %v", elig[:5], stmt.Selected)
	}
	sc, err := ScoreStatement(ctx, s, rec)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Commitment().Cmp(stmt.Commitment) != 0 {
		t.Fatal("the scan's commitment is not the score statement's")
	}
	pub, err := RecomputeScan(ctx, s, rec, 16)
	if err != nil {
		t.Fatal(err)
	}
	sp := stmt.Public()
	if pub.Root.Cmp(sp[0]) != 0 || pub.QueryHash.Cmp(sp[1]) != 0 || pub.Commitment.Cmp(sp[2]) != 0 || pub.Excluded.Cmp(sp[3]) != 0 ||
		!slices.Equal(pub.ExcludedLeaves, ExcludedLeaves(stmt)) {
		t.Fatalf("recomputed inputs %+v differ from the statement's", pub)
	}

	cands := rec.Query.Candidates
	cases := []struct {
		name   string
		tamper func(r *influence.Record)
		want   error
		names  string
	}{
		{"last candidate swapped for a lower point", func(r *influence.Record) {
			// Top 4 asked; candidate 3 dropped and candidate 4 (ranked lower) listed.
			r.Scorer["top_points"] = 4
			r.Query.Candidates = append(slices.Clone(cands[:3]), cands[4])
		}, ErrIncomplete, fmt.Sprintf("leaf %d (score %d)", cands[3].Leaf, cands[3].Score)},
		{"best candidate dropped", func(r *influence.Record) {
			r.Query.Candidates = slices.Clone(cands[1:])
		}, ErrIncomplete, fmt.Sprintf("leaf %d (score %d)", cands[0].Leaf, cands[0].Score)},
		{"extra candidate", func(r *influence.Record) { r.Scorer["top_points"] = 4 }, ErrIncomplete, fmt.Sprintf("leaf %d", cands[4].Leaf)},
		{"candidate's leaf edited", func(r *influence.Record) {
			r.Query.Candidates[1].Leaf = (cands[1].Leaf + 1) % len(texts)
		}, influence.ErrBadInput, fmt.Sprintf("leaf %d", (cands[1].Leaf+1)%len(texts))},
		{"restricted scan", func(r *influence.Record) { r.Scorer["candidates"] = map[string]any{"k": 8} }, influence.ErrBadInput, "restricted"},
		{"no committed candidates", func(r *influence.Record) { r.Query = nil }, influence.ErrBadInput, "no committed candidates"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := clone()
			tc.tamper(r)
			_, err := ScanStatement(ctx, s, r, 0)
			if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.names) {
				t.Fatalf("got %v, want %v naming %q", err, tc.want, tc.names)
			}
		})
	}
	if _, err := ScanStatement(ctx, s, rec, 8); !errors.Is(err, circuits.ErrTooMany) {
		t.Fatalf("8 slots for 16 leaves: %v", err)
	}

	// A point excluded after proving (the base model and the adapter now finished before
	// every point was added): the recomputed exclusion hash changes.
	for _, kind := range []store.Kind{store.KindModel, store.KindAdapter} {
		name := map[store.Kind]string{store.KindModel: "base", store.KindAdapter: "ad"}[kind]
		var m map[string]any
		if err := s.Get(kind, name, &m); err != nil {
			t.Fatal(err)
		}
		m["created"] = time.Unix(0, 0).UTC()
		if err := s.Put(kind, name, m); err != nil {
			t.Fatal(err)
		}
	}
	pub2, err := RecomputeScan(ctx, s, rec, 16)
	if err != nil {
		t.Fatal(err)
	}
	if pub2.Excluded.Cmp(pub.Excluded) == 0 || len(pub2.ExcludedLeaves) != len(texts) {
		t.Fatalf("every point untrained: %d excluded, hash changed %v", len(pub2.ExcludedLeaves), pub2.Excluded.Cmp(pub.Excluded) != 0)
	}
}

// TestScanShapeOf checks the slot rule (the next power of two ≥ the leaves, at least
// 16) against a loop, and M from the record's top_points in each form the store gives.
func TestScanShapeOf(t *testing.T) {
	for n := 1; n <= 5000; n++ {
		want := 16
		for want < n {
			want *= 2
		}
		if got := ScanSlotsFor(n); got != want {
			t.Fatalf("ScanSlotsFor(%d) = %d, want %d", n, got, want)
		}
	}
	cands := &influence.QueryCommitment{Candidates: make([]influence.ProvenScore, 3)}
	for _, tc := range []struct {
		name string
		top  any
		n    int
		want circuits.ScanShape
	}{
		{"top_points int", 50, 300, circuits.ScanShape{Slots: 512, K: 8, Depth: 14, M: 50, Rows: 50}},
		{"top_points float64 (JSON)", 50.0, 300, circuits.ScanShape{Slots: 512, K: 8, Depth: 14, M: 50, Rows: 50}},
		{"top_points above the slots", 50, 10, circuits.ScanShape{Slots: 16, K: 8, Depth: 14, M: 16, Rows: 16}},
		{"no top_points: the candidates", nil, 10, circuits.ScanShape{Slots: 16, K: 8, Depth: 14, M: 3, Rows: 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := &influence.Record{Scorer: map[string]any{}, Query: cands}
			if tc.top != nil {
				rec.Scorer["top_points"] = tc.top
			}
			if got := ScanShapeOf(rec, tc.n, 8, 14, 0); got != tc.want {
				t.Fatalf("shape %s, want %s", got, tc.want)
			}
		})
	}
}

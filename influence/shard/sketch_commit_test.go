package shard

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"poa/circuits"
	"poa/influence"
	"poa/influence/lm"
)

// TestCommitFromSketchSet makes sketch sets an adapter's committed evidence. An exact
// set commits what lm.Commit commits over the monolithic file. A partial set built
// with another damping (so its root is its own) is skipped while the monolithic
// commitment stands, then committed; with the monolithic sketch files deleted, a
// record attributed over it names the set, and verify-record, the score statement
// (each candidate's leaf and path checked against the root by circuits.VerifyPath)
// and challenge-record work from the set alone: the committed scores equal a brute
// force over the set's preconditioned rows quantized here. A flipped byte in a set
// file fails verify-record's "sketch set" check.
func TestCommitFromSketchSet(t *testing.T) {
	ctx := context.Background()
	s := sketchStore(t, 40)
	so := lm.SketchOptions{Adapter: "ad", KIn: 4, KOut: 4, BatchSize: 4}
	if _, _, err := lm.BuildSketches(ctx, s, so); err != nil {
		t.Fatal(err)
	}
	mono, err := lm.Commit(ctx, s, "ad", nil)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := json.Marshal(mono); strings.Contains(string(b), `"set"`) {
		t.Fatalf("the monolithic commitment names a set: %s", b)
	}

	// An exact set commits the monolithic commitment but for the sketch's name.
	if _, err := BuildSketches(ctx, s, SketchOptions{SketchOptions: so, Shards: 3}); err != nil {
		t.Fatal(err)
	}
	exact, err := CommitSketchSet(ctx, s, "ad", nil)
	if err != nil {
		t.Fatal(err)
	}
	if exact.Set == nil || exact.Set.Fisher != FisherExact || exact.Set.Shards != 3 || exact.Sketch != "ad.shards" {
		t.Fatalf("exact set commitment names %q, set %+v", exact.Sketch, exact.Set)
	}
	same := *exact
	same.Sketch, same.SketchCRC, same.Set, same.Created, same.Seconds = mono.Sketch, mono.SketchCRC, nil, mono.Created, mono.Seconds
	if a, b := must(json.Marshal(same)), must(json.Marshal(mono)); string(a) != string(b) {
		t.Fatalf("commitment from the exact set\n%s\nlm.Commit's\n%s", a, b)
	}

	// A partial set with another damping: a root of its own.
	set, err := BuildSketches(ctx, s, SketchOptions{SketchOptions: lm.SketchOptions{Adapter: "ad", KIn: 4, KOut: 4, BatchSize: 4, Damping: 0.05},
		Shards: 2, Fisher: FisherPartial})
	if err != nil {
		t.Fatal(err)
	}
	if set.SketchRoot == mono.SketchRoot {
		t.Fatal("the partial set with damping 0.05 has the monolithic root; the test needs another")
	}
	if _, err := lm.Commit(ctx, s, "ad", nil); err != nil { // back to the monolithic commitment
		t.Fatal(err)
	}
	src, err := OpenSources(s, "ad", nil)
	if err != nil {
		t.Fatal(err)
	}
	if src.Sketches != nil || len(src.Notes) == 0 || !strings.Contains(strings.Join(src.Notes, " "), "--from-set") {
		t.Fatalf("an uncommitted partial set: sources %+v", src)
	}
	src.Close()
	c, err := CommitSketchSet(ctx, s, "ad", nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.SketchRoot != set.SketchRoot || c.Set.Fisher != FisherPartial || c.Set.Damping != 0.05 || c.Corpus != mono.Corpus {
		t.Fatalf("partial set commitment %+v (set root %s)", c, set.SketchRoot)
	}
	if got, err := lm.EnsureCommitment(ctx, s, "ad"); err != nil || got.SketchRoot != c.SketchRoot {
		t.Fatalf("EnsureCommitment of a set commitment: %v %v", got, err)
	}

	// No monolithic sketches from here on.
	for _, name := range []string{"ad.pre", "ad.raw"} {
		p, err := s.SketchPath(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
	}
	src, err = OpenSources(s, "ad", nil)
	if err != nil {
		t.Fatal(err)
	}
	if src.Sketches == nil || len(src.Notes) > 0 {
		t.Fatalf("the committed set is not used: %+v", src)
	}
	o := lm.Options{Adapter: "ad", Prompt: "early bird", MaxTokens: 5, TopPoints: 6, TopTokens: 2}
	src.Apply(&o)
	_, rec, err := lm.Attribute(ctx, s, o)
	src.Close()
	if err != nil {
		t.Fatal(err)
	}
	qc := rec.Query
	if qc == nil || qc.SketchRoot != c.SketchRoot || len(qc.Candidates) == 0 || rec.Scorer["sketch"] != "ad.shards" || rec.Scorer["sketch_crc32c"] != c.SketchCRC {
		t.Fatalf("record over the set: query %+v, scorer %v", qc, rec.Scorer)
	}
	// Brute force: every row of the set's pre.sks quantized with the commitment's
	// shift; the candidates are the first rows in (score desc, row asc) order.
	x, err := OpenSketches(filepath.Join(s.Dir(), "files", "sketches", "ad.shards"), true, 1)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := x.Dims()
	score := make([]int64, n)
	for i := range n {
		q, err := influence.Quantize(nil, x.Row(i), c.Shift)
		if err != nil {
			t.Fatal(err)
		}
		score[i] = influence.DotInt(qc.Sketch, q)
	}
	x.Close()
	chosen := map[int]bool{}
	for i, cand := range qc.Candidates {
		if score[cand.Leaf] != cand.Score {
			t.Fatalf("candidate %d: score %d, brute force %d", i, cand.Score, score[cand.Leaf])
		}
		chosen[cand.Leaf] = true
	}
	last := qc.Candidates[len(qc.Candidates)-1]
	for i := range n {
		if !chosen[i] && (score[i] > last.Score || score[i] == last.Score && i < last.Leaf) {
			t.Fatalf("row %d (score %d) outranks the last candidate (leaf %d, %d) and is not one", i, score[i], last.Leaf, last.Score)
		}
	}

	v, err := lm.VerifyRecord(ctx, s, rec)
	if err != nil {
		t.Fatal(err)
	}
	checks := map[string]bool{}
	for _, ch := range v.Checks {
		checks[ch.Name] = ch.OK
	}
	if !v.OK || !checks["sketch set"] || !checks["sketch root"] || !checks["scores"] {
		t.Fatalf("verify-record over the set: %+v", v)
	}
	st, err := lm.ScoreStatement(ctx, s, rec)
	if err != nil {
		t.Fatal(err)
	}
	root, _ := lm.ParseRoot(c.SketchRoot)
	if st.Root.Cmp(root) != 0 || len(st.Candidates) != len(qc.Candidates) {
		t.Fatalf("statement root %x over %d candidates", st.Root, len(st.Candidates))
	}
	for i, sc := range st.Candidates {
		leaf := circuits.SketchLeaf(sc.Point, sc.Contributor, sc.Sketch)
		if !circuits.VerifyPath(root, leaf, sc.Leaf, sc.Path) || influence.DotInt(qc.Sketch, sc.Sketch) != qc.Candidates[i].Score {
			t.Fatalf("statement candidate %d (leaf %d) is not under the committed root or scores otherwise", i, sc.Leaf)
		}
	}
	chal, err := lm.ChallengeRecord(ctx, s, rec)
	if err != nil || chal.Omitted != 0 || chal.SketchRoot != c.SketchRoot {
		t.Fatalf("challenge-record: %+v %v", chal, err)
	}

	// A flipped byte in a set file: verify-record fails, naming the step.
	qp := filepath.Join(s.Dir(), "files", "sketches", "ad.shards", set.Shards[1].Dir, QuantFile)
	b, err := os.ReadFile(qp)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 1
	if err := os.WriteFile(qp, b, 0o644); err != nil {
		t.Fatal(err)
	}
	v, err = lm.VerifyRecord(ctx, s, rec)
	if err != nil {
		t.Fatal(err)
	}
	if v.OK || len(v.Checks) == 0 || v.Checks[len(v.Checks)-1].Name != "sketch set" || v.Checks[len(v.Checks)-1].OK {
		t.Fatalf("verify-record over a tampered set: %+v", v)
	}
	// The attribute path refuses the monolithic file it no longer has, and a
	// monolithic re-commit needs the monolithic sketches.
	if _, err := lm.Commit(ctx, s, "ad", nil); !errors.Is(err, lm.ErrNoSketches) {
		t.Fatalf("lm.Commit without the monolithic file: %v", err)
	}
}

package prover

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"poa/circuits"
)

// scoreStatement builds a random tree of n leaves and a statement over some of them.
func scoreStatement(t *testing.T, rng *rand.Rand, n, k, depth int, pick []int) *circuits.ScoreStatement {
	t.Helper()
	type row struct {
		point, addr *big.Int
		v           []int32
	}
	rows := make([]row, n)
	leaves := make([]*big.Int, n)
	for i := range rows {
		v := make([]int32, k)
		for j := range v {
			v[j] = int32(rng.IntN(2*circuits.QuantMax+1) - circuits.QuantMax)
		}
		rows[i] = row{point: big.NewInt(int64(1000 + i)), addr: big.NewInt(int64(1 + i%3)), v: v}
		leaves[i] = circuits.SketchLeaf(rows[i].point, rows[i].addr, v)
	}
	tree, err := circuits.NewSketchTree(leaves, depth)
	if err != nil {
		t.Fatal(err)
	}
	q := make([]int32, k)
	for j := range q {
		q[j] = int32(rng.IntN(2*circuits.QuantMax+1) - circuits.QuantMax)
	}
	st := &circuits.ScoreStatement{Root: tree.Root(), Query: q}
	for _, i := range pick {
		st.Candidates = append(st.Candidates, circuits.ScoreCandidate{Leaf: i, Point: rows[i].point, Contributor: rows[i].addr, Sketch: rows[i].v, Path: tree.Path(i)})
	}
	addSpans(t, rng, st)
	return st
}

// addSpans gives st a corpus of three documents (depth 3), an output of 20 tokens and
// two spans: output [2, 7) from document 0 and [10, 13) from document 2 (whose run
// occurs at 20 and again at 25).
func addSpans(t *testing.T, rng *rand.Rand, st *circuits.ScoreStatement) {
	t.Helper()
	docs := make([][]int, 3)
	leaves := make([]*big.Int, 3)
	for i := range docs {
		docs[i] = make([]int, 10+9*i)
		for j := range docs[i] {
			docs[i][j] = 50 + rng.IntN(2000)
		}
		if i == 2 {
			copy(docs[2][25:28], docs[2][20:23]) // the second span's run occurs twice
		}
		leaves[i] = circuits.CorpusLeaf(big.NewInt(int64(77+i)), docs[i])
	}
	tree, err := circuits.NewSketchTree(leaves, 3)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]int, 20)
	copy(out[2:7], docs[0][4:9])
	copy(out[10:13], docs[2][20:23])
	st.CorpusRoot, st.Output = tree.Root(), out
	st.Spans = []circuits.ScoreSpan{
		{Leaf: 0, Point: big.NewInt(77), Doc: docs[0], Off: 4, Len: 5, Start: 2, Path: tree.Path(0)},
		{Leaf: 2, Point: big.NewInt(79), Doc: docs[2], Off: 20, Len: 3, Start: 10, Path: tree.Path(2)},
	}
}

// TestScoreProveVerify proves a small score statement with the development setup,
// verifies it, and checks that the verifier rejects the proof under other public
// inputs (another root, query hash or commitment) and that a statement that does not
// fit the shape is refused before proving.
func TestScoreProveVerify(t *testing.T) {
	ctx := context.Background()
	sp := SpanShapeFor(24, 14)
	if got := ScoreShapeFor(3, 16, 3, sp); got != (ScoreShape{M: MinScoreRows, K: 16, Depth: 3, Spans: sp}) {
		t.Fatalf("shape %v", got)
	}
	if got := ScoreShapeFor(65, 16, 3, sp); got.M != 128 {
		t.Fatalf("shape for 65 candidates %v", got)
	}
	if got := SpanShapeFor(129, 14); got.OutLen != 256 || sp.OutLen != MinSpanOutLen {
		t.Fatalf("span shapes for 24 and 129 output tokens: %v, %v", sp, got)
	}
	shape := TestScoreShape
	k, err := SetupScore(ctx, shape, DevBeacon)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	st := scoreStatement(t, rng, 7, 16, 3, []int{1, 4, 6})
	p, err := ProveScore(ctx, k, st)
	if err != nil {
		t.Fatal(err)
	}
	if p.Commitment.Cmp(st.Commitment()) != 0 || p.QueryHash.Cmp(circuits.QueryHash(st.Query)) != 0 ||
		p.CorpusRoot.Cmp(st.CorpusRoot) != 0 || p.OutputHash.Cmp(circuits.OutputHash(st.Output, st.Spans)) != 0 || p.Spans != 2 {
		t.Fatal("proof's public inputs are not the statement's")
	}
	if err := VerifyScore(k, p); err != nil {
		t.Fatal(err)
	}
	one := big.NewInt(1)
	for name, mut := range map[string]func(p *ScoreProof){
		"root":        func(p *ScoreProof) { p.SketchRoot = new(big.Int).Add(p.SketchRoot, one) },
		"query hash":  func(p *ScoreProof) { p.QueryHash = new(big.Int).Add(p.QueryHash, one) },
		"commitment":  func(p *ScoreProof) { p.Commitment = new(big.Int).Add(p.Commitment, one) },
		"corpus root": func(p *ScoreProof) { p.CorpusRoot = new(big.Int).Add(p.CorpusRoot, one) },
		"output hash": func(p *ScoreProof) { p.OutputHash = new(big.Int).Add(p.OutputHash, one) },
	} {
		bad := *p
		mut(&bad)
		if err := VerifyScore(k, &bad); !errors.Is(err, ErrInvalidProof) {
			t.Fatalf("%s changed: %v, want ErrInvalidProof", name, err)
		}
	}
	// A proof that drops a span slot, or moves a span's offset, proves its own output hash
	// (it verifies under it) and is rejected under the record's (the statement's).
	for name, edit := range map[string]func(s *circuits.ScoreStatement){
		"span slot dropped": func(s *circuits.ScoreStatement) { s.Spans = s.Spans[:1] },
		"span offset moved": func(s *circuits.ScoreStatement) { s.Spans[1].Off = 25 }, // the run occurs at 20 and 25
	} {
		alt := *st
		alt.Spans = append([]circuits.ScoreSpan(nil), st.Spans...)
		edit(&alt)
		pa, err := ProveScore(ctx, k, &alt)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := VerifyScore(k, pa); err != nil {
			t.Fatalf("%s: proof does not verify under its own output hash: %v", name, err)
		}
		pa.OutputHash = p.OutputHash
		if err := VerifyScore(k, pa); !errors.Is(err, ErrInvalidProof) {
			t.Fatalf("%s: verified against the record's output hash: %v, want ErrInvalidProof", name, err)
		}
	}
	// Saved keys load back and verify the proof; the wrong shape is refused.
	dir := t.TempDir()
	if err := k.Save(dir); err != nil {
		t.Fatal(err)
	}
	kl, err := LoadScoreKeys(ctx, dir, shape)
	if err != nil {
		t.Fatal(err)
	}
	if kl.KeyID != k.KeyID || VerifyScore(kl, p) != nil {
		t.Fatal("loaded keys differ")
	}
	if p2, err := ProveScore(ctx, kl, st); err != nil || VerifyScore(k, p2) != nil {
		t.Fatalf("proof with loaded keys: %v", err)
	}
	other := shape
	other.Spans.Slots++
	if _, err := LoadScoreKeys(ctx, dir, other); !errors.Is(err, ErrKeyFile) {
		t.Fatalf("wrong shape: %v", err)
	}
	// The same deterministic setup gives the same key.
	k2, err := SetupScore(ctx, shape, DevBeacon)
	if err != nil {
		t.Fatal(err)
	}
	if k2.KeyID != k.KeyID {
		t.Fatal("development score setup is not deterministic")
	}
	big5 := scoreStatement(t, rng, 7, 16, 3, []int{0, 1, 2, 3, 4})
	if _, err := ProveScore(ctx, k, big5); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("5 candidates in a 4-row shape: %v", err)
	}
	forged := scoreStatement(t, rng, 7, 16, 3, []int{2})
	forged.Candidates[0].Sketch[0] ^= 1
	if _, err := ProveScore(ctx, k, forged); !errors.Is(err, ErrInput) {
		t.Fatalf("a sketch not in the tree: %v", err)
	}
	notInCorpus := scoreStatement(t, rng, 7, 16, 3, []int{2})
	notInCorpus.Spans[1].Doc = append([]int(nil), notInCorpus.Spans[1].Doc...)
	notInCorpus.Spans[1].Doc[0]++
	if _, err := ProveScore(ctx, k, notInCorpus); !errors.Is(err, ErrInput) {
		t.Fatalf("a span document not in the corpus: %v", err)
	}
	threeSpans := scoreStatement(t, rng, 7, 16, 3, []int{2})
	threeSpans.Spans = append(threeSpans.Spans, threeSpans.Spans[0])
	if _, err := ProveScore(ctx, k, threeSpans); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("3 spans in a 2-slot shape: %v", err)
	}
}

// TestFitSpans checks the long-document, long-run and slot-count rules against a
// hand-made list.
func TestFitSpans(t *testing.T) {
	sp := circuits.SpanShape{Slots: 2, DocLen: 10, RunLen: 3, OutLen: 16, Depth: 3}
	doc := func(n int) []int { return make([]int, n) }
	st := &circuits.ScoreStatement{Spans: []circuits.ScoreSpan{
		{Doc: doc(11), Len: 1}, // 0: document too long
		{Doc: doc(10), Len: 3}, // 1: kept
		{Doc: doc(5), Len: 4},  // 2: run too long
		{Doc: doc(5), Len: 1},  // 3: kept
		{Doc: doc(5), Len: 1},  // 4: no slot left
	}}
	out := FitSpans(st, sp)
	if len(st.Spans) != 2 || len(st.Spans[0].Doc) != 10 || st.Spans[1].Len != 1 {
		t.Fatalf("kept %+v", st.Spans)
	}
	if len(out) != 3 || out[0].Index != 0 || out[1].Index != 2 || out[2].Index != 4 {
		t.Fatalf("unproven %+v", out)
	}
}

// TestParseScoreShape checks that every development shape's name parses back to it and
// that malformed or out-of-bounds names are refused.
func TestParseScoreShape(t *testing.T) {
	for _, s := range DevScoreShapes {
		got, err := ParseScoreShape(s.String())
		if err != nil || got != s {
			t.Fatalf("%s parses as %v, %v", s, got, err)
		}
	}
	for _, bad := range []string{"m64-k1024-d14", "m64-k1024-d14-s4-t1024-l32-o128-c14x", "m64-k1024-d14-s4-t8-l32-o128-c14", "m0-k16-d3-s0-t0-l0-o0-c0"} {
		if _, err := ParseScoreShape(bad); !errors.Is(err, ErrInput) {
			t.Fatalf("%q: %v, want ErrInput", bad, err)
		}
	}
}

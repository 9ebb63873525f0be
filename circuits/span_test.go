package circuits

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/rangecheck"
	"github.com/consensys/gnark/test"
)

// spanShape is the span shape of the span tests: documents of up to 40 tokens (three
// packed blocks), runs of up to 8, outputs of up to 32, a depth-3 corpus tree.
var spanShape = SpanShape{Slots: 3, DocLen: 40, RunLen: 8, OutLen: 32, Depth: 3}

// spanCase is a committed corpus of documents whose lengths straddle the packing
// blocks, and an output built from runs of three of them.
type spanCase struct {
	docs   [][]int
	points []*big.Int
	tree   *SketchTree
	output []int
	spans  []ScoreSpan
}

func newSpanCase(t testing.TB) *spanCase {
	t.Helper()
	rng := rand.New(rand.NewPCG(13, 5))
	c := &spanCase{}
	lens := []int{15, 40, 7, 30, 16, 1}
	leaves := make([]*big.Int, len(lens))
	for i, n := range lens {
		doc := make([]int, n)
		for j := range doc {
			doc[j] = 100 + rng.IntN(1<<TokenBits-100) // ≥ 100: never one of the output's filler tokens
		}
		c.docs = append(c.docs, doc)
		c.points = append(c.points, PointHash("corpus-test", fmt.Sprint("doc", i)))
		leaves[i] = CorpusLeaf(c.points[i], doc)
	}
	c.docs[1][39] = 1<<TokenBits - 1 // the largest token, in the last (partial) block
	leaves[1] = CorpusLeaf(c.points[1], c.docs[1])
	tree, err := NewSketchTree(leaves, spanShape.Depth)
	if err != nil {
		t.Fatal(err)
	}
	c.tree = tree
	// output: 2 filler, doc1[30:38], 3 filler, doc0[10:15], 1 filler, doc3[0:4], 2 filler
	// (fillers < 100 differ from every document token, so no run extends by one).
	c.output = []int{1, 2}
	c.add(1, 30, 8)
	c.output = append(c.output, 3, 4, 5)
	c.add(0, 10, 5)
	c.output = append(c.output, 6)
	c.add(3, 0, 4)
	c.output = append(c.output, 7, 8)
	return c
}

// add appends doc i's tokens [off, off+n) to the output and records the span.
func (c *spanCase) add(i, off, n int) {
	c.spans = append(c.spans, ScoreSpan{Leaf: i, Point: c.points[i], Doc: c.docs[i], Off: off, Len: n,
		Start: len(c.output), Path: c.tree.Path(i)})
	c.output = append(c.output, c.docs[i][off:off+n]...)
}

// statement is the gradient statement of the score tests with the output and spans.
func (c *spanCase) statement(t testing.TB, spans ...int) *ScoreStatement {
	sc := newScoreCase(t)
	s := sc.statement(sc.query, 0, 3, 5)
	s.CorpusRoot, s.Output = c.tree.Root(), append([]int(nil), c.output...)
	for _, i := range spans {
		s.Spans = append(s.Spans, c.spans[i])
	}
	return s
}

func spanSolved(w *ScoreCircuit) error {
	return test.IsSolved(NewScoreCircuit(scoreM, scoreK, scoreDepth, spanShape), w, ecc.BN254.ScalarField())
}

func TestSpanCircuitValid(t *testing.T) {
	c := newSpanCase(t)
	for _, spans := range [][]int{{}, {0}, {2, 1}, {0, 1, 2}} {
		t.Run(fmt.Sprint("spans=", spans), func(t *testing.T) {
			w, err := AssignScore(scoreM, scoreK, scoreDepth, spanShape, c.statement(t, spans...))
			if err != nil {
				t.Fatal(err)
			}
			if err := spanSolved(w); err != nil {
				t.Fatalf("valid statement not solved: %v", err)
			}
		})
	}
	// Every document length around the block edges, each with a one-token span at its
	// last token against an output of that length.
	for _, n := range []int{1, 14, 15, 16, 29, 30, 31, 40} {
		t.Run(fmt.Sprint("doclen=", n), func(t *testing.T) {
			doc := make([]int, n)
			for j := range doc {
				doc[j] = 1000 + 7*j
			}
			point := PointHash("corpus-test", "edge")
			tree, err := NewSketchTree([]*big.Int{CorpusLeaf(point, doc)}, spanShape.Depth)
			if err != nil {
				t.Fatal(err)
			}
			out := doc[:min(n, spanShape.OutLen)]
			s := &ScoreStatement{Root: big.NewInt(0), Query: make([]int32, scoreK), CorpusRoot: tree.Root(), Output: out,
				Spans: []ScoreSpan{{Leaf: 0, Point: point, Doc: doc, Off: len(out) - 1, Len: 1, Start: len(out) - 1, Path: tree.Path(0)}}}
			w, err := AssignScore(scoreM, scoreK, scoreDepth, spanShape, s)
			if err != nil {
				t.Fatal(err)
			}
			if err := spanSolved(w); err != nil {
				t.Fatalf("not solved: %v", err)
			}
		})
	}
}

// TestSpanCircuitTamper checks that the circuit rejects every way of claiming a span
// that is not in the committed corpus or not in the output.
func TestSpanCircuitTamper(t *testing.T) {
	c := newSpanCase(t)
	valid := func(t *testing.T) *ScoreCircuit {
		w, err := AssignScore(scoreM, scoreK, scoreDepth, spanShape, c.statement(t, 0, 1))
		if err != nil {
			t.Fatal(err)
		}
		if err := spanSolved(w); err != nil {
			t.Fatalf("untampered witness not solved: %v", err)
		}
		return w
	}
	// A document that is not in the tree, its run copied into the output, with the path
	// of the leaf it claims.
	foreign := func(t *testing.T) *ScoreCircuit {
		doc := append([]int(nil), c.docs[1]...)
		doc[0]++ // outside the run
		s := c.statement(t)
		s.Spans = []ScoreSpan{c.spans[0]}
		s.Spans[0].Doc = doc
		return fillScore(scoreM, scoreK, scoreDepth, spanShape, s)
	}
	cases := []struct {
		name   string
		tamper func(t *testing.T) *ScoreCircuit
	}{
		{"document not in the corpus tree", foreign},
		{"document token changed inside the run", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanDoc[0][30] = big.NewInt(int64(c.docs[1][30] + 1))
			return w
		}},
		{"document token changed outside the run", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanDoc[0][2] = big.NewInt(int64(c.docs[1][2] ^ 1))
			return w
		}},
		{"output token changed", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.Out[c.spans[0].Start] = big.NewInt(int64(c.output[c.spans[0].Start] + 1))
			return w
		}},
		{"output token changed with its hash", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			out := append([]int(nil), c.output...)
			out[c.spans[1].Start+2] ^= 1
			for j, v := range out {
				w.Out[j] = v
			}
			w.OutputHash = OutputHash(out, c.statement(t, 0, 1).Spans)
			return w
		}},
		{"offset shifted by one", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanOff[0] = c.spans[0].Off + 1
			return w
		}},
		{"offset shifted back by one", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanOff[1] = c.spans[1].Off - 1
			return w
		}},
		{"output start shifted by one", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanStart[1] = c.spans[1].Start + 1
			return w
		}},
		{"length one longer than the match", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanLen[1] = c.spans[1].Len + 1
			return w
		}},
		{"length zero", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanLen[0] = 0
			return w
		}},
		{"length past RunLen", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanLen[0] = spanShape.RunLen + 1
			return w
		}},
		{"offset wrapped below zero", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanOff[1] = new(big.Int).Sub(Modulus(), big.NewInt(1))
			return w
		}},
		{"run past the document end", func(t *testing.T) *ScoreCircuit {
			// doc 2 has 7 tokens; claim a run at offset 7 against zero output tokens
			s := c.statement(t)
			s.Output = make([]int, 4)
			s.Spans = []ScoreSpan{{Leaf: 2, Point: c.points[2], Doc: c.docs[2], Off: 7, Len: 1, Start: 0, Path: c.tree.Path(2)}}
			return fillScore(scoreM, scoreK, scoreDepth, spanShape, s)
		}},
		{"document length claimed shorter", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanDocLen[0], w.SpanBlocks[0] = 38, blocksOf(38)
			return w
		}},
		{"wrong OutputHash", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.OutputHash = OutputHash(c.output[1:], c.statement(t, 0, 1).Spans)
			return w
		}},
		{"wrong CorpusRoot", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.CorpusRoot = new(big.Int).Add(c.tree.Root(), big.NewInt(1))
			return w
		}},
		{"wrong block count", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanBlocks[0] = blocksOf(40) + 1
			return w
		}},
		{"inactive slot with a document token", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanDoc[2][5] = 7
			return w
		}},
		{"inactive slot with a point", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanPoint[2] = c.points[3]
			return w
		}},
		{"inactive slot with a sibling", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanPath[2][1] = 5
			return w
		}},
		{"inactive slot with a run", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanLen[2], w.SpanStart[2] = 1, 3
			return w
		}},
		{"active flag not boolean", func(t *testing.T) *ScoreCircuit {
			w := valid(t)
			w.SpanActive[1] = 2
			return w
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := spanSolved(tc.tamper(t)); err == nil {
				t.Fatal("tampered witness solved")
			}
		})
	}
}

// TestSpanAssignErrors checks AssignScore refuses span statements that are not true
// or do not fit, naming the span.
func TestSpanAssignErrors(t *testing.T) {
	c := newSpanCase(t)
	cases := []struct {
		name   string
		edit   func(s *ScoreStatement)
		want   error
		naming string
	}{
		{"too many spans", func(s *ScoreStatement) { s.Spans = append(s.Spans, c.spans[0], c.spans[1]) }, ErrTooMany, "5 spans"},
		{"output too long", func(s *ScoreStatement) { s.Output = make([]int, spanShape.OutLen+1) }, ErrLength, "output"},
		{"run too long", func(s *ScoreStatement) { s.Spans[1].Len = spanShape.RunLen + 1 }, ErrLength, "span 1"},
		{"document too long", func(s *ScoreStatement) { s.Spans[0].Doc = make([]int, spanShape.DocLen+1) }, ErrLength, "span 0"},
		{"token out of range", func(s *ScoreStatement) { s.Output[0] = 1 << TokenBits }, ErrRange, "output token 0"},
		{"run outside the output", func(s *ScoreStatement) { s.Spans[2].Start = len(s.Output) - 2 }, ErrRange, "span 2"},
		{"run differs", func(s *ScoreStatement) { s.Spans[0].Off-- }, ErrSpanMismatch, "span 0"},
		{"not in the corpus", func(s *ScoreStatement) {
			s.Spans[0].Doc = append([]int(nil), s.Spans[0].Doc...)
			s.Spans[0].Doc[0]++
		}, ErrNotInCorpus, "span 0"},
		{"no corpus root", func(s *ScoreStatement) { s.CorpusRoot = nil }, ErrRange, "corpus root"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := c.statement(t, 0, 1, 2)
			tc.edit(s)
			_, err := AssignScore(scoreM, scoreK, scoreDepth, spanShape, s)
			if !errors.Is(err, tc.want) || !containsAll(fmt.Sprint(err), tc.naming) {
				t.Fatalf("got %v, want %v naming %q", err, tc.want, tc.naming)
			}
		})
	}
}

// TestOutputHashNative checks OutputHash and SpanListHash against the chains built by
// hand with Chain from big-integer packing, and that the output hash differs from a
// corpus leaf of the same tokens and changes with every field of the span list.
func TestOutputHashNative(t *testing.T) {
	spans := []ScoreSpan{{Point: big.NewInt(77), Off: 3, Start: 5, Len: 2}, {Point: big.NewInt(1 << 40), Off: 0, Start: 9, Len: 4}}
	for _, ns := range []int{0, 1, 2} {
		list := []*big.Int{big.NewInt(SpanListTag), big.NewInt(int64(ns))}
		for _, x := range spans[:ns] {
			list = append(list, x.Point, big.NewInt(int64(x.Off)), big.NewInt(int64(x.Start)), big.NewInt(int64(x.Len)))
		}
		if got, want := SpanListHash(spans[:ns]), Chain(list...); got.Cmp(want) != 0 {
			t.Fatalf("%d spans: SpanListHash %v, chain by hand %v", ns, got, want)
		}
		for _, n := range []int{0, 1, 15, 16, 31, 180, 181} {
			toks := make([]int, n)
			for j := range toks {
				toks[j] = (j*7919 + 3) % (1 << TokenBits)
			}
			els := []*big.Int{big.NewInt(OutputTag), Chain(list...), big.NewInt(int64(n))}
			for e := 0; e < n; e += PackPer {
				v := new(big.Int)
				for t := e; t < min(n, e+PackPer); t++ {
					v.Add(v, new(big.Int).Lsh(big.NewInt(int64(toks[t])), uint(16*(t-e))))
				}
				els = append(els, v)
			}
			if got, want := OutputHash(toks, spans[:ns]), Chain(els...); got.Cmp(want) != 0 {
				t.Fatalf("n=%d, %d spans: OutputHash %v, chain by hand %v", n, ns, got, want)
			}
			if OutputHash(toks, spans[:ns]).Cmp(CorpusLeaf(big.NewInt(int64(n)), toks)) == 0 {
				t.Fatalf("n=%d: output hash equals a corpus leaf", n)
			}
		}
	}
	base := OutputHash([]int{1, 2, 3}, spans)
	for f := range 4 {
		moved := append([]ScoreSpan(nil), spans...)
		x := &moved[1]
		switch f {
		case 0:
			x.Point = big.NewInt(1<<40 + 1)
		case 1:
			x.Off++
		case 2:
			x.Start++
		case 3:
			x.Len++
		}
		if OutputHash([]int{1, 2, 3}, moved).Cmp(base) == 0 {
			t.Fatalf("field %d of a span changed, output hash did not", f)
		}
	}
}

// tokenChainCircuit checks tokenChain over a corpus leaf's prefix against Want (the
// native CorpusLeaf) for a witness length N.
type tokenChainCircuit struct {
	Point, N, Blocks frontend.Variable
	Toks             []frontend.Variable
	Want             frontend.Variable
}

func (c *tokenChainCircuit) Define(api frontend.API) error {
	rc := rangecheck.New(api)
	got := tokenChain(api, rc, newPerm(api), []frontend.Variable{CorpusTag, c.Point, c.N}, c.Toks, c.N, c.Blocks)
	api.AssertIsEqual(got, c.Want)
	return nil
}

// TestTokenChainPermutationEdges compares the in-circuit variable-length corpus leaf
// with the native CorpusLeaf at every document length around the edges of the packing
// blocks and of the width-16 permutations (3 + 12 elements fill the first permutation:
// 180 tokens; 3 + 27 the second: 405), in a circuit of 420 tokens, and checks that a
// wrong block count, a wrong length or a token past the length inside the last absorbed
// block is rejected.
func TestTokenChainPermutationEdges(t *testing.T) {
	const d = 420
	point := PointHash("corpus-test", "edges")
	doc := make([]int, d)
	for j := range doc {
		doc[j] = (j*40503 + 11) % (1 << TokenBits)
	}
	witness := func(n int) *tokenChainCircuit {
		w := &tokenChainCircuit{Point: point, N: n, Blocks: blocksOf(n), Toks: make([]frontend.Variable, d), Want: CorpusLeaf(point, doc[:n])}
		for j := range d {
			w.Toks[j] = 0
			if j < n {
				w.Toks[j] = doc[j]
			}
		}
		return w
	}
	circuit := &tokenChainCircuit{Toks: make([]frontend.Variable, d)}
	for _, n := range []int{0, 1, 14, 15, 16, 165, 166, 179, 180, 181, 195, 196, 390, 404, 405, 406, 419, 420} {
		if err := test.IsSolved(circuit, witness(n), ecc.BN254.ScalarField()); err != nil {
			t.Fatalf("n=%d: in-circuit leaf differs from CorpusLeaf: %v", n, err)
		}
	}
	for _, n := range []int{16, 180, 181, 405} {
		w := witness(n)
		w.Blocks = blocksOf(n) + 1
		if test.IsSolved(circuit, w, ecc.BN254.ScalarField()) == nil {
			t.Fatalf("n=%d: wrong block count accepted", n)
		}
		w = witness(n)
		w.N = n - 1
		if test.IsSolved(circuit, w, ecc.BN254.ScalarField()) == nil {
			t.Fatalf("n=%d: length one short accepted", n)
		}
	}
	// 16 and 181 tokens leave zero elements in their last permutation's block.
	for _, n := range []int{16, 181} {
		w := witness(n)
		w.Toks[(blocksOf(n)+1)*PackPer-1] = 5 // the next packed element, in the last absorbed block
		if test.IsSolved(circuit, w, ecc.BN254.ScalarField()) == nil {
			t.Fatalf("n=%d: nonzero padding accepted", n)
		}
	}
}

// TestSpanListBinding checks that the public OutputHash binds the proven span list: a
// witness that drops an active slot, or moves a span to another occurrence of its run
// in the same document, is rejected against the statement's OutputHash and accepted
// once the OutputHash is recomputed for the span list it proves (so the rejection is
// the binding, not another constraint).
func TestSpanListBinding(t *testing.T) {
	c := newSpanCase(t)
	drop := func(w *ScoreCircuit, i int) {
		w.SpanActive[i], w.SpanPoint[i], w.SpanDocLen[i], w.SpanBlocks[i] = 0, 0, 0, 0
		w.SpanOff[i], w.SpanLen[i], w.SpanStart[i] = 0, 0, 0
		for j := range w.SpanDoc[i] {
			w.SpanDoc[i][j] = 0
		}
		for d := range w.SpanPath[i] {
			w.SpanPathBits[i][d], w.SpanPath[i][d] = 0, 0
		}
	}
	t.Run("slot dropped", func(t *testing.T) {
		st := c.statement(t, 0, 1, 2)
		w, err := AssignScore(scoreM, scoreK, scoreDepth, spanShape, st)
		if err != nil {
			t.Fatal(err)
		}
		drop(w, 2)
		if spanSolved(w) == nil {
			t.Fatal("witness with a dropped span slot solved against the statement's OutputHash")
		}
		w.OutputHash = OutputHash(st.Output, st.Spans[:2])
		if err := spanSolved(w); err != nil {
			t.Fatalf("control: the two remaining spans with their own OutputHash not solved: %v", err)
		}
	})

	// A document holding the run twice (at 2 and 9): both offsets prove the same output.
	doc := []int{500, 501, 600, 601, 602, 603, 502, 503, 504, 600, 601, 602, 603, 505}
	point := PointHash("corpus-test", "twice")
	tree, err := NewSketchTree([]*big.Int{CorpusLeaf(point, doc)}, spanShape.Depth)
	if err != nil {
		t.Fatal(err)
	}
	out := []int{1, 600, 601, 602, 603, 2}
	st := &ScoreStatement{Root: big.NewInt(0), Query: make([]int32, scoreK), CorpusRoot: tree.Root(), Output: out,
		Spans: []ScoreSpan{{Leaf: 0, Point: point, Doc: doc, Off: 2, Len: 4, Start: 1, Path: tree.Path(0)}}}
	t.Run("offset changed", func(t *testing.T) {
		w, err := AssignScore(scoreM, scoreK, scoreDepth, spanShape, st)
		if err != nil {
			t.Fatal(err)
		}
		if err := spanSolved(w); err != nil {
			t.Fatalf("honest witness not solved: %v", err)
		}
		w.SpanOff[0] = 9
		if spanSolved(w) == nil {
			t.Fatal("witness with a moved offset solved against the statement's OutputHash")
		}
		moved := []ScoreSpan{st.Spans[0]}
		moved[0].Off = 9
		w.OutputHash = OutputHash(out, moved)
		if err := spanSolved(w); err != nil {
			t.Fatalf("control: the moved span with its own OutputHash not solved: %v", err)
		}
	})
	t.Run("active slot after an inactive one", func(t *testing.T) {
		s := c.statement(t, 0, 1)
		w, err := AssignScore(scoreM, scoreK, scoreDepth, spanShape, s)
		if err != nil {
			t.Fatal(err)
		}
		drop(w, 0)
		w.OutputHash = OutputHash(s.Output, s.Spans[1:])
		if spanSolved(w) == nil {
			t.Fatal("active slot after an inactive one solved")
		}
	})
}

// windowCircuit checks window(v, s, width) against Want for a witness shift s.
type windowCircuit struct {
	V     []frontend.Variable
	S     frontend.Variable
	Want  []frontend.Variable
	nbits int
}

func (c *windowCircuit) Define(api frontend.API) error {
	w := window(api, c.V, api.ToBinary(c.S, c.nbits), len(c.Want))
	for j := range w {
		api.AssertIsEqual(w[j], c.Want[j])
	}
	return nil
}

// TestWindowBruteForce checks the barrel shift against direct indexing for every
// shift, reading zeros past the end.
func TestWindowBruteForce(t *testing.T) {
	const n, width, nbits = 13, 4, 4
	for s := range 1 << nbits {
		c := &windowCircuit{V: make([]frontend.Variable, n), Want: make([]frontend.Variable, width), nbits: nbits}
		w := &windowCircuit{V: make([]frontend.Variable, n), Want: make([]frontend.Variable, width), S: s, nbits: nbits}
		for j := range n {
			w.V[j] = 10 + j
		}
		for j := range width {
			w.Want[j] = 0
			if s+j < n {
				w.Want[j] = 10 + s + j
			}
		}
		if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err != nil {
			t.Fatalf("shift %d: %v", s, err)
		}
		w.Want[width-1] = 99
		if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err == nil {
			t.Fatalf("shift %d: wrong window accepted", s)
		}
	}
}

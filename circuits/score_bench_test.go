package circuits

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// BenchmarkScoreProve measures a Groth16 proof of ScoreCircuit at the shape
// (m, k, depth) = (64, 1024, 10), all 64 rows active. It reports the constraint count
// and the compile and setup times (once, outside the timed loop); ns/op is the proving
// time. Run with -run '^$' -bench ScoreProve -benchtime=1x.
func BenchmarkScoreProve(b *testing.B) {
	benchScoreProve(b, 64, 1024, 10)
}

func benchScoreProve(b *testing.B, m, k, depth int) {
	rng := rand.New(rand.NewPCG(1, 1))
	d := newSketchData(b, rng, 3*m, k, depth, 16)
	s := d.statement(randSketch(rng, k), rng.Perm(3 * m)[:m]...)
	w, err := AssignScore(m, k, depth, SpanShape{}, s)
	if err != nil {
		b.Fatal(err)
	}

	t0 := time.Now()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewScoreCircuit(m, k, depth, SpanShape{}))
	if err != nil {
		b.Fatal(err)
	}
	compile := time.Since(t0)
	t0 = time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		b.Fatal(err)
	}
	setup := time.Since(t0)
	full, err := frontend.NewWitness(w, ecc.BN254.ScalarField())
	if err != nil {
		b.Fatal(err)
	}
	pub, err := full.Public()
	if err != nil {
		b.Fatal(err)
	}

	b.ResetTimer()
	var proof groth16.Proof
	for range b.N {
		if proof, err = groth16.Prove(ccs, pk, full); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if err := groth16.Verify(proof, vk, pub); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(ccs.GetNbConstraints()), "constraints")
	b.ReportMetric(compile.Seconds(), "compile_s")
	b.ReportMetric(setup.Seconds(), "setup_s")
}

// BenchmarkSpanSlots measures what span slots add to a proof, against a baseline proved
// in the same run: the shape (4, 64, 10) without spans, then with 2 active slots of
// (D, L, O, depth) = (1024, 32, 128, 14). It reports both proving times, their ratio and
// the time per slot. Run with -run '^$' -bench SpanSlots -benchtime=1x.
func BenchmarkSpanSlots(b *testing.B) {
	base := proveOnce(b, SpanShape{}, 0)
	sp := SpanShape{Slots: 2, DocLen: 1024, RunLen: 32, OutLen: 128, Depth: 14}
	with := proveOnce(b, sp, 2)
	b.ReportMetric(base.Seconds(), "base_prove_s")
	b.ReportMetric(with.Seconds(), "spans_prove_s")
	b.ReportMetric(with.Seconds()/base.Seconds(), "ratio")
	b.ReportMetric((with-base).Seconds()*1000/float64(sp.Slots), "ms_per_slot")
}

// proveOnce proves a statement of shape (4, 64, 10, sp) with n active span slots (the
// runs quote documents of sp.DocLen tokens) and returns the proving time.
func proveOnce(b *testing.B, sp SpanShape, n int) time.Duration {
	b.Helper()
	rng := rand.New(rand.NewPCG(2, 2))
	d := newSketchData(b, rng, 12, 64, 10, 3)
	s := d.statement(randSketch(rng, 64), 0, 3, 5, 7)
	if n > 0 {
		var leaves []*big.Int
		var docs [][]int
		for i := range n {
			doc := make([]int, sp.DocLen)
			for j := range doc {
				doc[j] = rng.IntN(1 << TokenBits)
			}
			docs = append(docs, doc)
			leaves = append(leaves, CorpusLeaf(big.NewInt(int64(i+1)), doc))
		}
		tree, err := NewSketchTree(leaves, sp.Depth)
		if err != nil {
			b.Fatal(err)
		}
		s.CorpusRoot = tree.Root()
		for i := range n {
			off := sp.DocLen - sp.RunLen - i
			s.Spans = append(s.Spans, ScoreSpan{Leaf: i, Point: big.NewInt(int64(i + 1)), Doc: docs[i], Off: off, Len: sp.RunLen,
				Start: len(s.Output), Path: tree.Path(i)})
			s.Output = append(s.Output, docs[i][off:off+sp.RunLen]...)
		}
	}
	w, err := AssignScore(4, 64, 10, sp, s)
	if err != nil {
		b.Fatal(err)
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewScoreCircuit(4, 64, 10, sp))
	if err != nil {
		b.Fatal(err)
	}
	pk, _, err := groth16.Setup(ccs)
	if err != nil {
		b.Fatal(err)
	}
	full, err := frontend.NewWitness(w, ecc.BN254.ScalarField())
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	if _, err := groth16.Prove(ccs, pk, full); err != nil {
		b.Fatal(err)
	}
	return time.Since(t0)
}

package circuits

import (
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
	w, err := AssignScore(m, k, depth, s)
	if err != nil {
		b.Fatal(err)
	}

	t0 := time.Now()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewScoreCircuit(m, k, depth))
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

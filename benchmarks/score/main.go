// Command score measures the attribution score circuit (circuits.ScoreCircuit) against
// baselines built and run in the same process:
//
//   - constraints and Groth16 proving time against a naive circuit proving the same
//     statement the straightforward way: one sketch value per hashed field element, range
//     checks by bit decomposition (api.ToBinary), the positive part by a 44-bit
//     decomposition, one commitment row per candidate instead of per contributor;
//   - proving time against the native check of the same statement (Merkle paths and
//     integer dot products recomputed in Go): what a proof costs over recomputation.
//
// With -dummy it measures only the score circuit's proving time at large shapes, where
// the development setup takes many minutes: the proving key comes from gnark's
// groth16.DummySetup (random points, for benchmarks only: the proof does not verify),
// and the naive baseline (tens of millions of constraints there) is skipped.
//
// Usage: go run ./benchmarks/score [-m 4] [-k 64,256] [-depth 14] [-dummy [-spans]]
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"

	"poa/circuits"
	"poa/prover"
)

func main() {
	m := flag.Int("m", 4, "candidate rows")
	ks := flag.String("k", "64,256", "sketch dimensions, comma-separated")
	depth := flag.Int("depth", 14, "tree depth")
	dummy := flag.Bool("dummy", false, "time only our prover, with groth16.DummySetup keys (no naive baseline, no real setup)")
	spans := flag.Bool("spans", false, "with -dummy: include the product's span slots (prover.SpanShapeFor(128, depth)), all inactive")
	flag.Parse()
	logger.Disable()
	for _, f := range strings.Split(*ks, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			log.Fatalf("-k %q: %v", f, err)
		}
		run := run
		if *dummy {
			sp := circuits.SpanShape{}
			if *spans {
				sp = prover.SpanShapeFor(prover.MinSpanOutLen, *depth)
			}
			run = func(m, k, depth int) error { return runDummy(m, k, depth, sp) }
		}
		if err := run(*m, k, *depth); err != nil {
			log.Fatal(err)
		}
	}
}

func run(m, k, depth int) error {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(uint64(k), uint64(m)))
	st := statement(rng, m, k, depth)
	shape := prover.ScoreShape{M: m, K: k, Depth: depth}

	keys, err := prover.SetupScore(ctx, shape, prover.DevBeacon)
	if err != nil {
		return err
	}
	p, err := prover.ProveScore(ctx, keys, st)
	if err != nil {
		return err
	}
	ours := time.Duration(p.ProveMs) * time.Millisecond

	nccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, newNaive(m, k, depth))
	if err != nil {
		return err
	}
	npk, _, err := groth16.Setup(nccs)
	if err != nil {
		return err
	}
	w, err := frontend.NewWitness(assignNaive(st, depth), ecc.BN254.ScalarField())
	if err != nil {
		return err
	}
	t0 := time.Now()
	if _, err := groth16.Prove(nccs, npk, w); err != nil {
		return fmt.Errorf("naive prove: %w", err)
	}
	naive := time.Since(t0)

	// The native check of the same statement: paths and integer dot products.
	t1 := time.Now()
	const reps = 20
	for range reps {
		for _, c := range st.Candidates {
			leaf := circuits.SketchLeaf(c.Point, c.Contributor, c.Sketch)
			if !circuits.VerifyPath(st.Root, leaf, c.Leaf, c.Path) {
				return fmt.Errorf("native check failed")
			}
		}
		st.Commitment()
	}
	native := time.Since(t1) / reps

	nc, bc := keys.Constraints, nccs.GetNbConstraints()
	fmt.Printf("score circuit m=%d k=%d depth=%d: %d constraints (%.1f per candidate·dimension); naive %d: %.2f× fewer\n",
		m, k, depth, nc, float64(nc)/float64(m*k), bc, float64(bc)/float64(nc))
	fmt.Printf("  groth16 prove %v; naive %v: %.2f× faster; native check %v: the proof costs %.0f× recomputation\n",
		ours.Round(time.Millisecond), naive.Round(time.Millisecond), naive.Seconds()/ours.Seconds(),
		native.Round(time.Microsecond), ours.Seconds()/native.Seconds())
	return nil
}

// runDummy compiles the score circuit, fills a proving key with groth16.DummySetup and
// times one Groth16 proof of a random statement (as prover.ProveScore makes it, for the
// Solidity verifier). The proof is not checked: a dummy key has no verifying key.
func runDummy(m, k, depth int, sp circuits.SpanShape) error {
	rng := rand.New(rand.NewPCG(uint64(k), uint64(m)))
	st := statement(rng, m, k, depth)
	t0 := time.Now()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuits.NewScoreCircuit(m, k, depth, sp))
	if err != nil {
		return err
	}
	compile := time.Since(t0)
	pk, err := groth16.DummySetup(ccs)
	if err != nil {
		return err
	}
	assign, err := circuits.AssignScore(m, k, depth, sp, st)
	if err != nil {
		return err
	}
	w, err := frontend.NewWitness(assign, ecc.BN254.ScalarField())
	if err != nil {
		return err
	}
	t1, c1 := time.Now(), cpuTime()
	if _, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("prove: %w", err)
	}
	prove, cpu := time.Since(t1), cpuTime()-c1
	nc := ccs.GetNbConstraints()
	fmt.Printf("score circuit m=%d k=%d depth=%d spans=%s: %d constraints (%.0f per candidate), compile %v; groth16 prove (DummySetup key) %v wall, %v CPU\n",
		m, k, depth, sp, nc, float64(nc)/float64(m), compile.Round(time.Millisecond), prove.Round(time.Millisecond), cpu.Round(time.Millisecond))
	return nil
}

// cpuTime is the process's user + system CPU time so far (the proving time that other
// work on a shared machine does not inflate; on an idle machine wall ≈ CPU / cores).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// statement is a random tree of 2m sketches (3 contributors) and a statement over m of
// its leaves.
func statement(rng *rand.Rand, m, k, depth int) *circuits.ScoreStatement {
	randVec := func() []int32 {
		v := make([]int32, k)
		for j := range v {
			v[j] = int32(rng.IntN(2*circuits.QuantMax+1) - circuits.QuantMax)
		}
		return v
	}
	n := 2 * m
	points, addrs, vecs, leaves := make([]*big.Int, n), make([]*big.Int, n), make([][]int32, n), make([]*big.Int, n)
	for i := range n {
		points[i], addrs[i], vecs[i] = circuits.PointHash("bench", strconv.Itoa(i)), big.NewInt(int64(0x100+i%3)), randVec()
		leaves[i] = circuits.SketchLeaf(points[i], addrs[i], vecs[i])
	}
	tree, err := circuits.NewSketchTree(leaves, depth)
	if err != nil {
		log.Fatal(err)
	}
	st := &circuits.ScoreStatement{Root: tree.Root(), Query: randVec()}
	for i := 0; i < n; i += 2 {
		st.Candidates = append(st.Candidates, circuits.ScoreCandidate{Leaf: i, Point: points[i], Contributor: addrs[i], Sketch: vecs[i], Path: tree.Path(i)})
	}
	return st
}

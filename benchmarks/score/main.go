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
// Usage: go run ./benchmarks/score [-m 4] [-k 64,256] [-depth 14]
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
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
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
	flag.Parse()
	logger.Disable()
	for _, f := range strings.Split(*ks, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			log.Fatalf("-k %q: %v", f, err)
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

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
	return st
}

// TestScoreProveVerify proves a small score statement with the development setup,
// verifies it, and checks that the verifier rejects the proof under other public
// inputs (another root, query hash or commitment) and that a statement that does not
// fit the shape is refused before proving.
func TestScoreProveVerify(t *testing.T) {
	ctx := context.Background()
	if got := ScoreShapeFor(3, 16, 3); got != (ScoreShape{M: MinScoreRows, K: 16, Depth: 3}) {
		t.Fatalf("shape %v", got)
	}
	if got := ScoreShapeFor(65, 16, 3); got.M != 128 {
		t.Fatalf("shape for 65 candidates %v", got)
	}
	shape := ScoreShape{M: 4, K: 16, Depth: 3}
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
	if p.Commitment.Cmp(st.Commitment()) != 0 || p.QueryHash.Cmp(circuits.QueryHash(st.Query)) != 0 {
		t.Fatal("proof's public inputs are not the statement's")
	}
	if err := VerifyScore(k, p); err != nil {
		t.Fatal(err)
	}
	one := big.NewInt(1)
	for name, mut := range map[string]func(p *ScoreProof){
		"root":       func(p *ScoreProof) { p.SketchRoot = new(big.Int).Add(p.SketchRoot, one) },
		"query hash": func(p *ScoreProof) { p.QueryHash = new(big.Int).Add(p.QueryHash, one) },
		"commitment": func(p *ScoreProof) { p.Commitment = new(big.Int).Add(p.Commitment, one) },
	} {
		bad := *p
		mut(&bad)
		if err := VerifyScore(k, &bad); !errors.Is(err, ErrInvalidProof) {
			t.Fatalf("%s changed: %v, want ErrInvalidProof", name, err)
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
	if _, err := LoadScoreKeys(ctx, dir, ScoreShape{M: 8, K: 16, Depth: 3}); !errors.Is(err, ErrKeyFile) {
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
}

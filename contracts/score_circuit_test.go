package contracts

import (
	"bytes"
	"context"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"poa/circuits"
	"poa/prover"
)

// TestRealScoreProofOnChain runs the real score circuit end to end on the EVM: the
// committed development-key verifier of prover.TestScoreShape (which must be what the
// deterministic setup exports today), a proof of a random statement, the adapter's
// evidence registered with the statement's sketch root, and attestScores accepting the
// proof; then the proof under a changed commitment, a changed query hash, and against
// re-published evidence with another sketch root, each rejected with InvalidScoreProof
// and nothing recorded.
func TestRealScoreProofOnChain(t *testing.T) {
	ctx := context.Background()
	shape := prover.TestScoreShape
	keys, err := prover.SetupScore(ctx, shape, prover.DevBeacon)
	if err != nil {
		t.Fatal(err)
	}
	var src bytes.Buffer
	if err := keys.ExportSolidity(&src); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("solidity", "verifiers", keys.VerifierName()+".sol"))
	if err != nil || !bytes.Equal(committed, src.Bytes()) {
		t.Fatalf("solidity/verifiers/%s.sol is missing or stale (%v): run go run ./prover/internal/genverifiers -split=false, then make contracts", keys.VerifierName(), err)
	}
	v, ok := ScoreVerifiers()[keys.VerifierName()]
	if !ok {
		t.Fatalf("%s not compiled in: run make contracts", keys.VerifierName())
	}

	// A random tree of 6 sketches by 3 contributors; the statement scores 3 of them.
	rng := rand.New(rand.NewPCG(11, 12))
	randSketch := func() []int32 {
		v := make([]int32, shape.K)
		for j := range v {
			v[j] = int32(rng.IntN(2*circuits.QuantMax+1) - circuits.QuantMax)
		}
		return v
	}
	type row struct {
		point, addr *big.Int
		v           []int32
	}
	var rows []row
	var leaves []*big.Int
	for i := range 6 {
		r := row{point: circuits.PointHash("net", string(rune('a'+i))), addr: big.NewInt(int64(0x1000 + i%3)), v: randSketch()}
		rows = append(rows, r)
		leaves = append(leaves, circuits.SketchLeaf(r.point, r.addr, r.v))
	}
	tree, err := circuits.NewSketchTree(leaves, shape.Depth)
	if err != nil {
		t.Fatal(err)
	}
	st := &circuits.ScoreStatement{Root: tree.Root(), Query: randSketch()}
	for _, i := range []int{0, 2, 5} {
		st.Candidates = append(st.Candidates, circuits.ScoreCandidate{Leaf: i, Point: rows[i].point, Contributor: rows[i].addr, Sketch: rows[i].v, Path: tree.Path(i)})
	}
	p, err := prover.ProveScore(ctx, keys, st)
	if err != nil {
		t.Fatal(err)
	}

	e := newEnv(t, Groth16)
	addr, ok := e.d.ScoreVerifier(v.Name)
	if !ok {
		t.Fatalf("Deploy did not deploy %s", v.Name)
	}
	adapter := AdapterID("devil")
	if _, err := RegisterEvidence(ctx, e.c, e.d, e.owner, adapter, st.Root, big.NewInt(1), addr); err != nil {
		t.Fatal(err)
	}
	proof := func(record string, mut func(sp *ScoreProof)) *ScoreProof {
		sp := &ScoreProof{Record: AdapterID(record), Adapter: adapter, QueryHash: p.QueryHash, Commitment: p.Commitment, Proof: p.Solidity}
		if mut != nil {
			mut(sp)
		}
		return sp
	}
	one := big.NewInt(1)
	for name, mut := range map[string]func(sp *ScoreProof){
		"commitment+1": func(sp *ScoreProof) { sp.Commitment = new(big.Int).Add(sp.Commitment, one) },
		"query hash+1": func(sp *ScoreProof) { sp.QueryHash = new(big.Int).Add(sp.QueryHash, one) },
	} {
		if _, err := AttestScores(ctx, e.c, e.d, e.poster, proof("tampered", mut)); revertName(err) != "InvalidScoreProof" {
			t.Fatalf("%s: %v, want InvalidScoreProof", name, err)
		}
	}
	rc, err := AttestScores(ctx, e.c, e.d, e.poster, proof("r1", nil))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("attestScores with the real score verifier (%s): gas %d", shape, rc.GasUsed)
	a, err := Attestation(ctx, e.c, e.d, AdapterID("r1"))
	if err != nil || a.Version != 1 || a.Commitment.Cmp(p.Commitment) != 0 {
		t.Fatalf("attestation %+v %v", a, err)
	}
	if ok, _ := IsAttested(ctx, e.c, e.d, AdapterID("tampered")); ok {
		t.Fatal("a tampered proof left an attestation")
	}
	// Re-published evidence with another sketch root: the same proof no longer opens it.
	if _, err := RegisterEvidence(ctx, e.c, e.d, e.owner, adapter, new(big.Int).Add(st.Root, one), big.NewInt(1), addr); err != nil {
		t.Fatal(err)
	}
	if _, err := AttestScores(ctx, e.c, e.d, e.poster, proof("r2", nil)); revertName(err) != "InvalidScoreProof" {
		t.Fatalf("proof against re-published roots: %v, want InvalidScoreProof", err)
	}
}

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
// deterministic setup exports today), a proof of a random statement with two spans, the
// adapter's evidence registered with the statement's sketch and corpus roots, and
// attestScores accepting the proof; then the proof under a changed commitment, query
// hash or output hash, a proof whose span document is not in the registered corpus
// (proven against a corpus of the prover's own), and the proof against re-published
// evidence with another sketch or corpus root, each rejected with InvalidScoreProof and
// nothing recorded.
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
	// A corpus of 4 documents and an output quoting documents 1 and 3.
	docs := make([][]int, 4)
	var docLeaves []*big.Int
	for i := range docs {
		docs[i] = make([]int, 12+4*i)
		for j := range docs[i] {
			docs[i][j] = 100 + rng.IntN(50000)
		}
		docLeaves = append(docLeaves, circuits.CorpusLeaf(circuits.PointHash("net", "doc"+string(rune('a'+i))), docs[i]))
	}
	corpus, err := circuits.NewSketchTree(docLeaves, shape.Spans.Depth)
	if err != nil {
		t.Fatal(err)
	}
	out := []int{1, 2}
	out = append(out, docs[1][3:9]...)
	out = append(out, 3)
	out = append(out, docs[3][20:24]...)
	st.CorpusRoot, st.Output = corpus.Root(), out
	st.Spans = []circuits.ScoreSpan{
		{Leaf: 1, Point: circuits.PointHash("net", "docb"), Doc: docs[1], Off: 3, Len: 6, Start: 2, Path: corpus.Path(1)},
		{Leaf: 3, Point: circuits.PointHash("net", "docd"), Doc: docs[3], Off: 20, Len: 4, Start: 9, Path: corpus.Path(3)},
	}
	p, err := prover.ProveScore(ctx, keys, st)
	if err != nil {
		t.Fatal(err)
	}
	// The same record's spans proven against a corpus of the prover's own, which holds a
	// document the registered corpus does not (document 3 with one token changed outside
	// the run): a valid proof of another statement.
	forged := *st
	fakeDoc := append([]int(nil), docs[3]...)
	fakeDoc[0]++
	fakeLeaves := append([]*big.Int(nil), docLeaves...)
	fakeLeaves[3] = circuits.CorpusLeaf(circuits.PointHash("net", "docd"), fakeDoc)
	fake, err := circuits.NewSketchTree(fakeLeaves, shape.Spans.Depth)
	if err != nil {
		t.Fatal(err)
	}
	forged.CorpusRoot = fake.Root()
	forged.Spans = []circuits.ScoreSpan{st.Spans[0], st.Spans[1]}
	forged.Spans[0].Path, forged.Spans[1].Path, forged.Spans[1].Doc = fake.Path(1), fake.Path(3), fakeDoc
	pf, err := prover.ProveScore(ctx, keys, &forged)
	if err != nil {
		t.Fatal(err)
	}

	e := newEnv(t, Groth16)
	addr, ok := e.d.ScoreVerifier(v.Name)
	if !ok {
		t.Fatalf("Deploy did not deploy %s", v.Name)
	}
	adapter := AdapterID("devil")
	if _, err := RegisterEvidence(ctx, e.c, e.d, e.owner, adapter, st.Root, st.CorpusRoot, addr); err != nil {
		t.Fatal(err)
	}
	proof := func(record string, mut func(sp *ScoreProof)) *ScoreProof {
		sp := &ScoreProof{Record: AdapterID(record), Adapter: adapter, QueryHash: p.QueryHash, Commitment: p.Commitment,
			OutputHash: p.OutputHash, Proof: p.Solidity}
		if mut != nil {
			mut(sp)
		}
		return sp
	}
	if p.OutputHash.Cmp(circuits.OutputHash(out, st.Spans)) != 0 || p.Spans != 2 {
		t.Fatalf("proof of output hash %v with %d spans", p.OutputHash, p.Spans)
	}
	one := big.NewInt(1)
	for name, mut := range map[string]func(sp *ScoreProof){
		"commitment+1":  func(sp *ScoreProof) { sp.Commitment = new(big.Int).Add(sp.Commitment, one) },
		"query hash+1":  func(sp *ScoreProof) { sp.QueryHash = new(big.Int).Add(sp.QueryHash, one) },
		"output hash+1": func(sp *ScoreProof) { sp.OutputHash = new(big.Int).Add(sp.OutputHash, one) },
		"span document not in the registered corpus": func(sp *ScoreProof) { sp.Proof = pf.Solidity },
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
	if a.OutputHash.Cmp(p.OutputHash) != 0 {
		t.Fatalf("attested output hash %v, want %v", a.OutputHash, p.OutputHash)
	}
	// Re-published evidence with another sketch root, or another corpus root: the same
	// proof no longer opens it.
	for i, roots := range [][2]*big.Int{{new(big.Int).Add(st.Root, one), st.CorpusRoot}, {st.Root, new(big.Int).Add(st.CorpusRoot, one)}} {
		if _, err := RegisterEvidence(ctx, e.c, e.d, e.owner, adapter, roots[0], roots[1], addr); err != nil {
			t.Fatal(err)
		}
		if _, err := AttestScores(ctx, e.c, e.d, e.poster, proof("r2", nil)); revertName(err) != "InvalidScoreProof" {
			t.Fatalf("proof against re-published roots %d: %v, want InvalidScoreProof", i, err)
		}
	}
	if ok, _ := IsAttested(ctx, e.c, e.d, AdapterID("r2")); ok {
		t.Fatal("a proof against re-published roots left an attestation")
	}
}

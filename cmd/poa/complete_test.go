package main

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/influence/lm"
	"poa/node"
	"poa/prover"
	"poa/settlement"
	"poa/store"
)

// TestProveRecordCompleteCLI proves a real record's completeness from the CLI on the
// smallest data directory that has one (16 points, a tiny model, k = 2·2 per layer
// target), then checks what a user sees: verify-record runs the scan checks and passes,
// challenge-record says the candidates are proven complete, --slots below the leaves is
// refused; posting: refused before the record's scores are attested (naming
// prove-record --post), posted once attested (the on-chain statement equals the ABI
// encoding of the stored proof's inputs), verify-record and challenge-record show it,
// a second post sends nothing; a stored proof whose commitment was edited fails
// verify-record (exit 1) naming checks scan-proof and scan-chain and is refused a post
// before anything is sent; prover scan-verifier exports the committed verifier byte for
// byte; a shape without a compiled verifier is refused naming how to get one.
func TestProveRecordCompleteCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a tiny model, sets up scan keys and posts on the embedded chain (≈ 25 s on 2 cores); run without -short")
	}
	root := t.TempDir()
	src, err := os.ReadFile("../../datanet/bundled/jargon-sample.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	points := filepath.Join(root, "points.jsonl")
	if err := os.WriteFile(points, []byte(strings.Join(strings.SplitAfter(string(src), "\n")[:16], "")), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "data")
	for _, args := range [][]string{
		{"datanet", "create", "jargon"},
		{"datanet", "add", "jargon", "--contributor", alice, points},
		{"train", "base", "--datanet", "jargon", "--config", "tiny", "--steps", "2", "--seq-len", "16", "--batch", "2"},
		{"train", "adapter", "ad", "--datanet", "jargon", "--rank", "2", "--steps", "2", "--seq-len", "16", "--batch", "2"},
		{"index", "build"},
		{"influence", "sketch", "--adapter", "ad", "--k-in", "2", "--k-out", "2"},
	} {
		mustPoa(t, dir, append([]string{"--quiet"}, args...)...)
	}
	var att struct {
		Record string `json:"record"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--quiet", "--json", "attribute", "--adapter", "ad", "--prompt", "The hacker",
		"--max-tokens", "2", "--top", "3", "--fee", "10")), &att); err != nil {
		t.Fatal(err)
	}
	var cp struct {
		Shape struct {
			Slots, K, Depth, M, Rows int
		} `json:"shape"`
		Leaves      int    `json:"leaves"`
		Selected    int    `json:"selected"`
		Constraints int    `json:"constraints"`
		KeysSetup   bool   `json:"keys_setup"`
		SetupMs     int64  `json:"setup_ms"`
		ProveMs     int64  `json:"prove_ms"`
		ProofKeccak string `json:"proof_keccak"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--quiet", "--json", "prove-record", att.Record, "--complete")), &cp); err != nil {
		t.Fatal(err)
	}
	if cp.Shape.Slots != 16 || cp.Shape.M != 3 || cp.Leaves != 16 || cp.Selected != 3 || cp.Constraints == 0 || !cp.KeysSetup || len(cp.ProofKeccak) != 66 {
		t.Fatalf("prove-record --complete: %+v", cp)
	}
	t.Logf("scan %+v: %d constraints, setup %d ms, prove %d ms", cp.Shape, cp.Constraints, cp.SetupMs, cp.ProveMs)

	out := mustPoa(t, dir, "verify-record", att.Record)
	for _, name := range []string{"scan-proof", "scan-root", "scan-query", "scan-commit", "scan-exclude"} {
		if !strings.Contains(out, "ok   "+name) {
			t.Fatalf("verify-record has no passing check %s:\n%s", name, out)
		}
	}
	var ch struct {
		Omitted      int `json:"omitted"`
		Completeness struct {
			OK bool `json:"ok"`
		} `json:"completeness"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "challenge-record", att.Record)), &ch); err != nil || ch.Omitted != 0 || !ch.Completeness.OK {
		t.Fatalf("challenge-record: %+v %v", ch, err)
	}
	if outC := mustPoa(t, dir, "challenge-record", att.Record); !strings.Contains(outC, "completeness proven") {
		t.Fatalf("challenge-record text:\n%s", outC)
	}
	if _, errs, code := runPoa(t, dir, "prove-record", att.Record, "--complete", "--slots", "8"); code == 0 || !strings.Contains(errs, "8 slots") {
		t.Fatalf("--slots 8 for 16 leaves: exit %d\n%s", code, errs)
	}
	if _, errs, code := runPoa(t, dir, "prove-record", att.Record, "--slots", "32"); code == 0 || !strings.Contains(errs, "--complete") {
		t.Fatalf("--slots without --complete: exit %d\n%s", code, errs)
	}

	// Posting (the record's scan shape is prover.CLIScanShape, whose verifier is compiled
	// in): before the record's scores are attested it is refused, naming the fix.
	if cp.Shape.K != prover.CLIScanShape.K || cp.Shape.Depth != prover.CLIScanShape.Depth || cp.Shape.Rows != prover.CLIScanShape.Rows {
		t.Fatalf("the record's scan shape %+v is not prover.CLIScanShape %s: update it and regenerate the verifiers", cp.Shape, prover.CLIScanShape)
	}
	if _, errs, code := runPoa(t, dir, "prove-record", att.Record, "--complete", "--post"); code == 0 || !strings.Contains(errs, "poa prove-record "+att.Record+" --post") {
		t.Fatalf("--complete --post before the score attestation: exit %d\n%s", code, errs)
	}
	if out := mustPoa(t, dir, "verify-record", att.Record); !strings.Contains(out, "ok   scan-chain") || !strings.Contains(out, "not proven complete on chain") {
		t.Fatalf("verify-record before posting:\n%s", out)
	}
	attestScoresOptimistically(t, dir, att.Record)
	var posted node.CompletenessProof
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--quiet", "--json", "prove-record", att.Record, "--complete", "--post")), &posted); err != nil {
		t.Fatal(err)
	}
	if posted.Receipt == nil || posted.OnChain == nil || !posted.Stored || !posted.OnChain.Current || posted.VerifierName != prover.ScanVerifierName(prover.CLIScanShape) {
		t.Fatalf("--complete --post: %+v", posted)
	}
	on := completeOnChain(t, dir, att.Record)
	if on == nil || on.Block != posted.Receipt.Block || on.Statement != statementOf(t, posted.Proof) || on.Excluded.Cmp(posted.Proof.Excluded) != 0 {
		t.Fatalf("on chain %+v, posted in block %d, statement %s", on, posted.Receipt.Block, statementOf(t, posted.Proof).Hex())
	}
	t.Logf("attestComplete at %s: gas %d, block %d", prover.CLIScanShape, posted.Receipt.GasUsed, posted.Receipt.Block)
	if out := mustPoa(t, dir, "verify-record", att.Record); !strings.Contains(out, "ok   scan-chain") || !strings.Contains(out, "complete on chain since block") {
		t.Fatalf("verify-record after posting:\n%s", out)
	}
	if out := mustPoa(t, dir, "challenge-record", att.Record); !strings.Contains(out, "complete on chain since block") {
		t.Fatalf("challenge-record after posting:\n%s", out)
	}
	var again node.CompletenessProof
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--quiet", "--json", "prove-record", att.Record, "--complete", "--post")), &again); err != nil {
		t.Fatal(err)
	}
	if again.Receipt != nil || again.OnChain == nil || again.OnChain.Block != on.Block {
		t.Fatalf("second --complete --post sent again or lost the record: %+v", again)
	}

	// The stored proof's commitment edited: the proof no longer verifies.
	s, err := store.Open(store.DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	r, ok, err := settlement.CompletenessProof(s, att.Record)
	if err != nil || !ok {
		s.Close()
		t.Fatalf("stored proof: %v %v", ok, err)
	}
	r.Proof.Commitment = new(big.Int).Add(r.Proof.Commitment, big.NewInt(1))
	err = settlement.SaveCompletenessProof(s, r)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	outT, _, code := runPoa(t, dir, "verify-record", att.Record)
	if code != 1 || !strings.Contains(outT, "FAIL scan-proof") || !strings.Contains(outT, "FAIL scan-commit") || !strings.Contains(outT, "FAIL scan-chain") || !strings.Contains(outT, "NOT verified") {
		t.Fatalf("tampered completeness proof: exit %d\n%s", code, outT)
	}
	if _, errs, code := runPoa(t, dir, "prove-record", att.Record, "--complete", "--post"); code == 0 || !strings.Contains(errs, "nothing sent") || !strings.Contains(errs, "scan-proof") {
		t.Fatalf("--complete --post of a tampered stored proof: exit %d\n%s", code, errs)
	}
	if after := completeOnChain(t, dir, att.Record); after == nil || after.Block != on.Block || after.Statement != on.Statement {
		t.Fatalf("the chain changed after a refused post: %+v, was %+v", after, on)
	}

	// poa prover scan-verifier exports the data directory's saved keys: for the record's
	// shape, byte for byte the committed verifier (both the DevBeacon setup).
	sol := filepath.Join(root, "scan.sol")
	mustPoa(t, dir, "prover", "scan-verifier", "--shape", prover.CLIScanShape.String(), "--out", sol)
	got, err := os.ReadFile(sol)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../contracts/solidity/verifiers/" + prover.ScanVerifierName(prover.CLIScanShape) + ".sol")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatalf("poa prover scan-verifier --shape %s differs from the committed verifier", prover.CLIScanShape)
	}
	if _, errs, code := runPoa(t, dir, "prover", "scan-verifier", "--shape", "scan-n16-k32"); code == 0 || !strings.Contains(errs, "--shape") {
		t.Fatalf("scan-verifier with a bad shape: exit %d\n%s", code, errs)
	}

	// A shape without a compiled verifier (32 slots): proven, then refused naming the way
	// to get one.
	sh32 := prover.CLIScanShape
	sh32.Slots = 32
	if _, errs, code := runPoa(t, dir, "prove-record", att.Record, "--complete", "--post", "--slots", "32"); code == 0 ||
		!strings.Contains(errs, "poa prover scan-verifier --shape "+sh32.String()) || !strings.Contains(errs, "setScanVerifier") {
		t.Fatalf("--complete --post of a shape without a verifier: exit %d\n%s", code, errs)
	}
}

// attestScoresOptimistically attests record id's scores on dir's embedded chain the way
// prove-record --optimistic does, with the test score verifier registered as the
// adapter's (the 16-point record's score shape has no compiled verifier): evidence from
// the adapter's stored commitment, the record's query hash and commitment from its
// stored completeness proof, unverified (postScores).
func attestScoresOptimistically(t *testing.T, dir, id string) {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(store.DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rec, err := settlement.Record(s, id)
	if err != nil {
		t.Fatal(err)
	}
	c, err := lm.LoadCommitment(s, rec.Adapter)
	if err != nil {
		t.Fatal(err)
	}
	r, ok, err := settlement.CompletenessProof(s, id)
	if err != nil || !ok {
		t.Fatalf("stored completeness proof: %v %v", ok, err)
	}
	chain, dev, err := contracts.OpenEmbedded(ctx, filepath.Join(dir, "chain"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	d, err := settlement.LoadDeployment(ctx, s, chain)
	if err != nil {
		t.Fatal(err)
	}
	v, ok := d.ScoreVerifier(prover.ScoreVerifierName(prover.TestScoreShape))
	if !ok {
		t.Fatalf("deployment has no %s", prover.ScoreVerifierName(prover.TestScoreShape))
	}
	root := func(h string) *big.Int {
		b, ok := new(big.Int).SetString(strings.TrimPrefix(h, "0x"), 16)
		if !ok {
			t.Fatalf("root %q", h)
		}
		return b
	}
	adapter := contracts.AdapterID(rec.Adapter)
	if p, err := contracts.ReadProver(ctx, chain, d, crypto.PubkeyToAddress(dev.Poster.PublicKey)); err != nil {
		t.Fatal(err)
	} else if !p.IsPoster {
		if _, err := contracts.Stake(ctx, chain, d, dev.Poster, new(big.Int).Mul(big.NewInt(10000), big.NewInt(1e18))); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := contracts.RegisterEvidence(ctx, chain, d, dev.Poster, adapter, root(c.SketchRoot), root(c.Corpus.Root), v); err != nil {
		t.Fatal(err)
	}
	if _, err := contracts.PostScores(ctx, chain, d, dev.Poster, &contracts.ScoreProof{Record: contracts.RecordKey(id), Adapter: adapter,
		QueryHash: r.Proof.QueryHash, Commitment: r.Proof.Commitment, OutputHash: big.NewInt(1), Proof: []byte{1}}); err != nil {
		t.Fatal(err)
	}
}

// completeOnChain reads the Completeness contract's record of id on dir's embedded chain.
func completeOnChain(t *testing.T, dir, id string) *contracts.Completeness {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(store.DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	chain, _, err := contracts.OpenEmbedded(ctx, filepath.Join(dir, "chain"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	d, err := settlement.LoadDeployment(ctx, s, chain)
	if err != nil {
		t.Fatal(err)
	}
	on, err := contracts.CompleteOf(ctx, chain, d, contracts.RecordKey(id))
	if err != nil {
		t.Fatal(err)
	}
	return on
}

// statementOf is keccak256(abi.encode(sketchRoot, queryHash, commitment)) of p, packed
// with go-ethereum's ABI encoder (the contract's statement hash).
func statementOf(t *testing.T, p *prover.ScanProof) common.Hash {
	t.Helper()
	u, err := abi.NewType("uint256", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := abi.Arguments{{Type: u}, {Type: u}, {Type: u}}.Pack(p.SketchRoot, p.QueryHash, p.Commitment)
	if err != nil {
		t.Fatal(err)
	}
	return crypto.Keccak256Hash(b)
}

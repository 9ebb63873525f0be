package node

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/circuits"
	"poa/gradients"
	"poa/inference"
	"poa/influence/lm"
	"poa/prover"
	"poa/settlement"
	"poa/store"
)

var scanTexts = []string{
	"the quick brown fox jumps over the lazy dog", "a stitch in time saves nine",
	"all that glitters is not gold", "the early bird catches the worm",
	"actions speak louder than words", "beauty is in the eye of the beholder",
	"better late than never", "birds of a feather flock together",
	"cleanliness is next to godliness", "do not count your chickens before they hatch",
	"every cloud has a silver lining", "fortune favors the bold",
	"honesty is the best policy", "if it is not broken do not fix it",
	"knowledge is power", "laughter is the best medicine",
}

// scanStore builds the smallest store with a real committed record: one datanet of 16
// points of two contributors, a tiny base model and adapter, sketches of k = 4·4 per
// layer target, and record "r1" attributed with the top 4 points (stored as the
// settlement files it).
func scanStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(store.DefaultOptions(t.TempDir()).WithSyncWrites(false))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx := context.Background()
	if err := s.CreateDatanet(store.Datanet{Name: "proverbs"}); err != nil {
		t.Fatal(err)
	}
	var pts []store.DataPoint
	for i, tx := range scanTexts {
		h := sha256.Sum256([]byte(tx))
		addr := "0x1111111111111111111111111111111111111111"
		if i%2 == 1 {
			addr = "0x2222222222222222222222222222222222222222"
		}
		pts = append(pts, store.DataPoint{ID: hex.EncodeToString(h[:]), Contributor: addr, Text: tx, Tokens: len(tx)})
	}
	if _, err := s.AddPoints(ctx, "proverbs", pts); err != nil {
		t.Fatal(err)
	}
	cfg := inference.Tiny
	cfg.VocabSize = 300
	tc := gradients.DefaultTrainConfig()
	tc.Steps, tc.CheckpointEvery = 50, 0
	if _, _, err := gradients.TrainBase(ctx, s, gradients.BaseOptions{Name: "base", Datanets: []string{"proverbs"}, Config: cfg, Train: tc}, nil); err != nil {
		t.Fatal(err)
	}
	tc.Steps = 20
	if _, _, err := gradients.TrainAdapter(ctx, s, gradients.AdapterOptions{Name: "ad", Datanets: []string{"proverbs"},
		Lora: inference.LoraConfig{Rank: 4, Alpha: 8, Targets: []string{"attn.c_attn", "mlp.c_fc"}}, Train: tc}, nil); err != nil {
		t.Fatal(err)
	}
	if _, _, err := lm.BuildSketches(ctx, s, lm.SketchOptions{Adapter: "ad", KIn: 4, KOut: 4}); err != nil {
		t.Fatal(err)
	}
	_, rec, err := lm.Attribute(ctx, s, lm.Options{Adapter: "ad", Prompt: "the quick", Output: " brown fox", TopPoints: 4, Fee: "1000", Index: lm.IndexBuild})
	if err != nil {
		t.Fatal(err)
	}
	rec.ID = "r1"
	if err := s.Put(store.KindAttribution, rec.ID, rec); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestProveCompleteness proves a real record's completeness (16 leaves), verifies the
// stored proof against the record and the store, then tampers: the proof's bytes (check
// scan-proof fails), the training records so that every point is excluded after proving
// (scan-exclude fails, naming the leaves), and a record missing a better point (refused,
// nothing stored).
func TestProveCompleteness(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a tiny model and sets up scan keys (≈ 20 s); run without -short")
	}
	s := scanStore(t)
	ctx := context.Background()
	cp, err := ProveCompleteness(ctx, s, "r1", CompletenessOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := lm.LoadCommitment(s, "ad")
	if err != nil {
		t.Fatal(err)
	}
	if cp.Shape.Slots != 16 || cp.Shape.K != c.K || cp.Shape.Depth != c.Depth || cp.Shape.M != 4 || cp.Leaves != 16 ||
		cp.Selected != 4 || !cp.KeysSetup || cp.Constraints == 0 || cp.ProofBytes == 0 {
		t.Fatalf("report %+v", cp)
	}
	if cp.ProofKeccak != crypto.Keccak256Hash(cp.Proof.Solidity) {
		t.Fatal("proof keccak is not the Solidity bytes' hash")
	}
	rec, err := settlement.Record(s, "r1")
	if err != nil {
		t.Fatal(err)
	}
	sc, err := lm.ScoreStatement(ctx, s, rec)
	if err != nil {
		t.Fatal(err)
	}
	if cp.Proof.Commitment.Cmp(sc.Commitment()) != 0 {
		t.Fatal("the completeness proof's commitment is not the score statement's")
	}
	t.Logf("scan %s: %d constraints, setup %d ms, prove %d ms, %d excluded", cp.Shape, cp.Constraints, cp.SetupMs, cp.ProveMs, cp.Excluded)

	checks := func() map[string]bool {
		t.Helper()
		v, err := VerifyCompleteness(ctx, s, rec)
		if err != nil || v == nil {
			t.Fatalf("verify: %v %v", v, err)
		}
		out := map[string]bool{}
		for _, c := range v.Checks {
			out[c.Name] = c.OK
			if !c.OK {
				t.Logf("%s: %s", c.Name, c.Detail)
			}
		}
		if len(out) != 5 {
			t.Fatalf("checks %+v", v.Checks)
		}
		return out
	}
	for name, ok := range checks() {
		if !ok {
			t.Fatalf("honest proof: check %s fails", name)
		}
	}
	// A second proof loads the saved keys.
	if cp2, err := ProveCompleteness(ctx, s, "r1", CompletenessOptions{}, nil); err != nil || cp2.KeysSetup {
		t.Fatalf("second proof: %v, keys set up again %v", err, cp2 != nil && cp2.KeysSetup)
	}
	// Damaged saved keys (a flipped proving-key byte) are set up again, not an error.
	dir, err := scanKeyDir(s, cp.Shape)
	if err != nil {
		t.Fatal(err)
	}
	pkPath := filepath.Join(dir, "pk.bin")
	pk, err := os.ReadFile(pkPath)
	if err != nil {
		t.Fatal(err)
	}
	pk[len(pk)/2] ^= 1
	if err := os.WriteFile(pkPath, pk, 0o644); err != nil {
		t.Fatal(err)
	}
	if cp3, err := ProveCompleteness(ctx, s, "r1", CompletenessOptions{}, nil); err != nil || !cp3.KeysSetup {
		t.Fatalf("proof over damaged keys: %v, keys set up again %v", err, cp3 != nil && cp3.KeysSetup)
	}

	stored, ok, err := settlement.CompletenessProof(s, "r1")
	if err != nil || !ok {
		t.Fatalf("stored proof: %v %v", ok, err)
	}
	honest := *stored.Proof
	bad := honest
	bad.Raw = append([]byte(nil), honest.Raw...)
	bad.Raw[40] ^= 1
	if err := settlement.SaveCompletenessProof(s, &settlement.CompletenessProofRecord{Record: "r1", Proof: &bad, ExcludedLeaves: stored.ExcludedLeaves}); err != nil {
		t.Fatal(err)
	}
	if got := checks(); got["scan-proof"] || !got["scan-root"] || !got["scan-exclude"] {
		t.Fatalf("tampered proof bytes: %v, want scan-proof alone failing", got)
	}
	bad = honest
	bad.Commitment = new(big.Int).Add(honest.Commitment, big.NewInt(1))
	if err := settlement.SaveCompletenessProof(s, &settlement.CompletenessProofRecord{Record: "r1", Proof: &bad, ExcludedLeaves: stored.ExcludedLeaves}); err != nil {
		t.Fatal(err)
	}
	if got := checks(); got["scan-proof"] || got["scan-commit"] {
		t.Fatalf("tampered commitment: %v, want scan-proof and scan-commit failing", got)
	}
	if err := settlement.SaveCompletenessProof(s, stored); err != nil {
		t.Fatal(err)
	}

	// An embedded chain whose log does not replay fails the on-chain check alone,
	// naming why; the proof's own checks still pass.
	chainDir := filepath.Join(s.Dir(), "chain")
	if err := os.MkdirAll(chainDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(chainDir, "txs.log"), []byte("not a transaction\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	v, err := VerifyCompleteness(ctx, s, rec)
	if err != nil {
		t.Fatalf("verify with a broken chain log: %v, want a failed scan-chain check", err)
	}
	for _, c := range v.Checks {
		if c.OK != (c.Name != "scan-chain") || c.Name == "scan-chain" && !strings.Contains(c.Detail, "could not be opened") {
			t.Fatalf("broken chain log: check %s ok=%v (%s)", c.Name, c.OK, c.Detail)
		}
	}
	if len(v.Checks) != 6 {
		t.Fatalf("broken chain log: checks %+v, want the five proof checks and scan-chain", v.Checks)
	}
	if err := os.RemoveAll(chainDir); err != nil {
		t.Fatal(err)
	}

	// An incomplete record (its best candidate dropped) is refused, naming the leaf.
	short := *rec
	q := *rec.Query
	q.Candidates = q.Candidates[1:]
	short.ID, short.Query = "r2", &q
	if err := s.Put(store.KindAttribution, short.ID, &short); err != nil {
		t.Fatal(err)
	}
	if _, err := ProveCompleteness(ctx, s, "r2", CompletenessOptions{}, nil); !errors.Is(err, lm.ErrIncomplete) || !strings.Contains(err.Error(), "leaf") {
		t.Fatalf("incomplete record: %v", err)
	}
	if _, ok, _ := settlement.CompletenessProof(s, "r2"); ok {
		t.Fatal("a proof was stored for the incomplete record")
	}

	// Every point now untrained (the training finished before they were added): the
	// recomputed exclusion bitmap differs from the proven one.
	for kind, name := range map[store.Kind]string{store.KindModel: "base", store.KindAdapter: "ad"} {
		var m map[string]any
		if err := s.Get(kind, name, &m); err != nil {
			t.Fatal(err)
		}
		m["created"] = time.Unix(0, 0).UTC()
		if err := s.Put(kind, name, m); err != nil {
			t.Fatal(err)
		}
	}
	if got := checks(); !got["scan-proof"] || got["scan-exclude"] || !got["scan-commit"] {
		t.Fatalf("exclusion changed after proving: %v, want scan-exclude alone failing", got)
	}
}

// TestScanStatementHashMatchesABI checks ScanStatementHash against go-ethereum's ABI
// encoder (the contract's keccak256(abi.encode(sketchRoot, queryHash, commitment))), and
// that each input moves it.
func TestScanStatementHashMatchesABI(t *testing.T) {
	u, err := abi.NewType("uint256", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	r := circuits.Modulus()
	p := &prover.ScanProof{SketchRoot: new(big.Int).Sub(r, big.NewInt(1)), QueryHash: big.NewInt(7), Commitment: new(big.Int).Lsh(big.NewInt(1), 200)}
	b, err := abi.Arguments{{Type: u}, {Type: u}, {Type: u}}.Pack(p.SketchRoot, p.QueryHash, p.Commitment)
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.Keccak256Hash(b)
	if got := ScanStatementHash(p); got != want {
		t.Fatalf("ScanStatementHash %s, abi.encode gives %s", got.Hex(), want.Hex())
	}
	for i := range 3 {
		q := *p
		ins := []*big.Int{q.SketchRoot, q.QueryHash, q.Commitment}
		ins[i] = new(big.Int).Add(ins[i], big.NewInt(1))
		q.SketchRoot, q.QueryHash, q.Commitment = ins[0], ins[1], ins[2]
		if ScanStatementHash(&q) == want {
			t.Fatalf("input %d raised by one: same statement hash", i)
		}
	}
}

package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts/fixture"
)

// scoreEnv is a deployment with the score fixture's verifier deployed next to it.
type scoreEnv struct {
	*env
	verifier  common.Address // the deployment's FixtureScoreVerifier, allowed
	unallowed common.Address // another FixtureScoreVerifier, not allowed
	prover    *fixture.ScoreBackend
}

func newScoreEnv(t *testing.T) *scoreEnv {
	t.Helper()
	return newScoreEnvWith(t, nil)
}

// newScoreEnvWith is newScoreEnv with parameters p (nil: DefaultParams).
func newScoreEnvWith(t *testing.T, p *Params) *scoreEnv {
	t.Helper()
	e := &scoreEnv{env: newEnvWith(t, Groth16, p)}
	addr, ok := e.d.ScoreVerifier("FixtureScoreVerifier")
	if !ok {
		t.Fatal("FixtureScoreVerifier not deployed with the Settlement")
	}
	if allowed, err := IsScoreVerifier(context.Background(), e.c, e.d, addr); err != nil || !allowed {
		t.Fatalf("deployed score verifier not allowed: %v, %v", allowed, err)
	}
	e.verifier = addr
	var err error
	if e.unallowed, _, err = DeployVerifier(context.Background(), e.c, e.owner, ScoreVerifiers()["FixtureScoreVerifier"]); err != nil {
		t.Fatal(err)
	}
	if e.prover, err = fixture.Score(); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *scoreEnv) evidence(t *testing.T, adapter [32]byte) *Evidence {
	t.Helper()
	ev, err := EvidenceOf(context.Background(), e.c, e.d, adapter)
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

func (e *scoreEnv) history(t *testing.T, adapter [32]byte) []EvidenceUpdate {
	t.Helper()
	h, err := EvidenceHistory(context.Background(), e.c, e.d, adapter)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func (e *scoreEnv) attestation(t *testing.T, record [32]byte) *ScoreAttestation {
	t.Helper()
	a, err := Attestation(context.Background(), e.c, e.d, record)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// scoreProof proves fresh random (queryHash, outputHash, x) against sketchRoot and the
// adapter's currently registered corpus root for record and adapter.
func (e *scoreEnv) scoreProof(t *testing.T, rng *rand.Rand, record, adapter [32]byte, sketchRoot *big.Int) *ScoreProof {
	t.Helper()
	return e.scoreProofCorpus(t, rng, record, adapter, sketchRoot, e.evidence(t, adapter).CorpusRoot)
}

// scoreProofCorpus is scoreProof against the given corpus root.
func (e *scoreEnv) scoreProofCorpus(t *testing.T, rng *rand.Rand, record, adapter [32]byte, sketchRoot, corpusRoot *big.Int) *ScoreProof {
	t.Helper()
	x := randBelow(rng, R)
	in := fixture.ScoreInputs{SketchRoot: sketchRoot, QueryHash: randBelow(rng, R), CorpusRoot: corpusRoot, OutputHash: randBelow(rng, R)}
	in.Commitment = fixture.ScoreCommitment(in, x)
	proof, err := e.prover.Prove(in, x)
	if err != nil {
		t.Fatal(err)
	}
	return &ScoreProof{Record: record, Adapter: adapter, QueryHash: in.QueryHash, Commitment: in.Commitment, OutputHash: in.OutputHash, Proof: proof}
}

func sameEvidence(a, b *Evidence) bool {
	return a.Adapter == b.Adapter && a.SketchRoot.Cmp(b.SketchRoot) == 0 && a.CorpusRoot.Cmp(b.CorpusRoot) == 0 &&
		a.ScoreVerifier == b.ScoreVerifier && a.Version == b.Version
}

func nonZeroBelowR(rng *rand.Rand) *big.Int {
	return new(big.Int).Add(randBelow(rng, new(big.Int).Sub(R, big.NewInt(1))), big.NewInt(1))
}

func TestAdapterID(t *testing.T) {
	if got, want := common.Hash(AdapterID("")).Hex(), "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"; got != want {
		t.Fatalf("AdapterID(\"\") = %s, want keccak256 of nothing %s", got, want)
	}
	if AdapterID("lora-a") != crypto.Keccak256Hash([]byte("lora-a")) || AdapterID("lora-a") == AdapterID("lora-A") {
		t.Fatal("AdapterID is not keccak256 of the name's bytes")
	}
}

func TestScoreVerifiersListed(t *testing.T) {
	v, ok := ScoreVerifiers()["FixtureScoreVerifier"]
	if !ok || !v.Score || v.Backend != Groth16 || len(v.Bytecode) == 0 {
		t.Fatalf("ScoreVerifiers()[FixtureScoreVerifier] = %+v, %v", v.Name, ok)
	}
	for name, v := range Verifiers() {
		if v.Score || strings.Contains(name, "Score") {
			t.Fatalf("Verifiers() lists score verifier %s", name)
		}
	}
	k := newKey(t)
	c := NewSimulated([]common.Address{Address(k)})
	defer c.Close()
	if _, err := Deploy(context.Background(), c, DeployConfig{Owner: k, Verifier: v}); err == nil {
		t.Fatal("Deploy accepted a score verifier as the settlement's verifier")
	}
}

func TestRegisterEvidence(t *testing.T) {
	ctx := context.Background()
	e := newScoreEnv(t)
	rng := rand.New(rand.NewPCG(7, 1))
	adapter := AdapterID("adapter-a")
	if ev := e.evidence(t, adapter); ev.Version != 0 || ev.SketchRoot.Sign() != 0 {
		t.Fatalf("unregistered adapter has evidence %+v", ev)
	}

	s1, c1 := nonZeroBelowR(rng), nonZeroBelowR(rng)
	rc, err := RegisterEvidence(ctx, e.c, e.d, e.poster, adapter, s1, c1, e.verifier)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("registerEvidence gas %d (first publication)", rc.GasUsed)
	want := &Evidence{Adapter: adapter, SketchRoot: s1, CorpusRoot: c1, ScoreVerifier: e.verifier, Version: 1}
	if got := e.evidence(t, adapter); !sameEvidence(got, want) {
		t.Fatalf("evidence %+v, want %+v", got, want)
	}
	h := e.history(t, adapter)
	if len(h) != 1 || !sameEvidence(&h[0].Evidence, want) || h[0].By != Address(e.poster) || h[0].Block != rc.Block || h[0].TxHash != rc.TxHash {
		t.Fatalf("events %+v", h)
	}

	// Refusals leave the evidence and its history as they were.
	huge := new(big.Int).Lsh(big.NewInt(1), 256)
	cases := []struct {
		name             string
		key              *ecdsa.PrivateKey
		sketch, corpus   *big.Int
		verifier         common.Address
		want, wantString string
	}{
		{"non-poster", e.stranger, s1, c1, e.verifier, "InsufficientStake", ""},
		{"zero-sketch-root", e.poster, big.NewInt(0), c1, e.verifier, "InvalidSketchRoot", "InvalidSketchRoot(0)"},
		{"sketch-root-r", e.poster, R, c1, e.verifier, "InvalidSketchRoot", "InvalidSketchRoot(" + R.String() + ")"},
		{"zero-corpus-root", e.poster, s1, big.NewInt(0), e.verifier, "InvalidCorpusRoot", "InvalidCorpusRoot(0)"},
		{"corpus-root-above-r", e.poster, s1, new(big.Int).Add(R, big.NewInt(5)), e.verifier, "InvalidCorpusRoot", ""},
		{"zero-verifier", e.poster, s1, c1, common.Address{}, "ZeroAddress", ""},
		{"verifier-without-code", e.poster, s1, c1, Address(e.stranger), "ScoreVerifierNotAllowed", "ScoreVerifierNotAllowed(" + Address(e.stranger).Hex() + ")"},
		{"verifier-not-allowed", e.poster, s1, c1, e.unallowed, "ScoreVerifierNotAllowed", "ScoreVerifierNotAllowed(" + e.unallowed.Hex() + ")"},
	}
	for _, tc := range cases {
		t.Run("case="+tc.name, func(t *testing.T) {
			_, err := RegisterEvidence(ctx, e.c, e.d, tc.key, adapter, tc.sketch, tc.corpus, tc.verifier)
			if got := revertName(err); got != tc.want || !errors.Is(err, ErrReverted) {
				t.Fatalf("error %v (reason %q), want %s", err, got, tc.want)
			}
			if tc.wantString != "" && !strings.Contains(err.Error(), tc.wantString) {
				t.Fatalf("error %q does not say %s", err, tc.wantString)
			}
			if got := e.evidence(t, adapter); !sameEvidence(got, want) {
				t.Fatalf("evidence changed to %+v", got)
			}
			if len(e.history(t, adapter)) != 1 {
				t.Fatal("a refused registration emitted an event")
			}
		})
	}
	for _, v := range []*big.Int{nil, big.NewInt(-1), huge} {
		if _, err := RegisterEvidence(ctx, e.c, e.d, e.poster, adapter, v, c1, e.verifier); !errors.Is(err, ErrUint256) {
			t.Fatalf("sketch root %v: %v, want ErrUint256", v, err)
		}
	}

	// Re-publishing (by the owner, with a second verifier governance allowed) replaces the
	// roots and bumps the version; the first version stays readable.
	v2 := e.unallowed
	if _, err := e.c.transact(ctx, "allow", e.settlement(), e.owner, PackSetScoreVerifier(v2, true)); err != nil {
		t.Fatal(err)
	}
	s2, c2 := nonZeroBelowR(rng), new(big.Int).Sub(R, big.NewInt(1))
	rc2, err := RegisterEvidence(ctx, e.c, e.d, e.owner, adapter, s2, c2, v2)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("registerEvidence gas %d (re-publication)", rc2.GasUsed)
	want2 := &Evidence{Adapter: adapter, SketchRoot: s2, CorpusRoot: c2, ScoreVerifier: v2, Version: 2}
	if got := e.evidence(t, adapter); !sameEvidence(got, want2) {
		t.Fatalf("evidence %+v, want %+v", got, want2)
	}
	if v1, err := EvidenceAt(ctx, e.c, e.d, adapter, 1); err != nil || !sameEvidence(v1, want) {
		t.Fatalf("evidence version 1 %+v, %v; want %+v", v1, err, want)
	}
	h = e.history(t, adapter)
	if len(h) != 2 || !sameEvidence(&h[0].Evidence, want) || !sameEvidence(&h[1].Evidence, want2) || h[1].By != Address(e.owner) || h[1].TxHash != rc2.TxHash {
		t.Fatalf("events %+v", h)
	}
	// Another adapter's evidence is separate.
	other := AdapterID("adapter-b")
	if _, err := RegisterEvidence(ctx, e.c, e.d, e.poster, other, s1, c1, e.verifier); err != nil {
		t.Fatal(err)
	}
	if got := e.evidence(t, other); got.Version != 1 || got.SketchRoot.Cmp(s1) != 0 {
		t.Fatalf("adapter-b evidence %+v", got)
	}
	if got := e.evidence(t, adapter); !sameEvidence(got, want2) || len(e.history(t, adapter)) != 2 {
		t.Fatalf("adapter-a evidence changed to %+v", got)
	}
}

func TestAttestScores(t *testing.T) {
	ctx := context.Background()
	e := newScoreEnv(t)
	rng := rand.New(rand.NewPCG(7, 2))
	a, b, c := AdapterID("adapter-a"), AdapterID("adapter-b"), AdapterID("adapter-c")
	sa, sb := nonZeroBelowR(rng), nonZeroBelowR(rng)
	for _, reg := range []struct {
		id     [32]byte
		sketch *big.Int
	}{{a, sa}, {b, sb}, {c, sa}} { // c: a's sketch root, another corpus root
		if _, err := RegisterEvidence(ctx, e.c, e.d, e.poster, reg.id, reg.sketch, nonZeroBelowR(rng), e.verifier); err != nil {
			t.Fatal(err)
		}
	}
	record := crypto.Keccak256Hash([]byte("record-1"))
	good := e.scoreProof(t, rng, record, a, sa)
	// A proof made against a corpus root that is not the registered one (say, a span from a
	// document outside the committed corpus) is rejected like any other.
	foreignCorpus := e.scoreProofCorpus(t, rng, record, a, sa, nonZeroBelowR(rng))

	one := big.NewInt(1)
	cases := []struct {
		name   string
		key    *ecdsa.PrivateKey
		change func(*ScoreProof)
		want   string
		says   string // in the error's text
	}{
		{"other-query-hash", e.poster, func(p *ScoreProof) { p.QueryHash = new(big.Int).Add(p.QueryHash, one) },
			"InvalidScoreProof", "InvalidScoreProof(" + common.Hash(a).Hex() + ", 1)"},
		{"other-commitment", e.poster, func(p *ScoreProof) { p.Commitment = new(big.Int).Add(p.Commitment, one) }, "InvalidScoreProof", ""},
		{"adapter-with-other-sketch-root", e.poster, func(p *ScoreProof) { p.Adapter = b }, "InvalidScoreProof", ""},
		{"adapter-with-other-corpus-root", e.poster, func(p *ScoreProof) { p.Adapter = c }, "InvalidScoreProof", ""},
		{"other-output-hash", e.poster, func(p *ScoreProof) { p.OutputHash = new(big.Int).Add(p.OutputHash, one) }, "InvalidScoreProof", ""},
		{"proof-against-unregistered-corpus", e.poster, func(p *ScoreProof) { *p = *foreignCorpus }, "InvalidScoreProof", ""},
		{"output-hash-r", e.poster, func(p *ScoreProof) { p.OutputHash = R }, "OutputHashOutOfField", ""},
		{"tampered-proof", e.poster, func(p *ScoreProof) { p.Proof[40] ^= 1 }, "InvalidScoreProof", ""},
		{"short-proof", e.poster, func(p *ScoreProof) { p.Proof = p.Proof[:255] }, "InvalidScoreProof", ""},
		{"unregistered-adapter", e.poster, func(p *ScoreProof) { p.Adapter = AdapterID("nobody") },
			"EvidenceNotRegistered", "EvidenceNotRegistered(" + common.Hash(AdapterID("nobody")).Hex() + ")"},
		{"query-hash-r", e.poster, func(p *ScoreProof) { p.QueryHash = R }, "QueryHashOutOfField", ""},
		{"commitment-r", e.poster, func(p *ScoreProof) { p.Commitment = R }, "CommitmentOutOfField", ""},
		{"non-poster", e.stranger, func(*ScoreProof) {}, "InsufficientStake", ""},
		{"owner-not-poster", e.owner, func(*ScoreProof) {}, "InsufficientStake", ""},
	}
	for _, tc := range cases {
		t.Run("case="+tc.name, func(t *testing.T) {
			p := *good
			p.Proof = append([]byte(nil), good.Proof...)
			tc.change(&p)
			_, err := AttestScores(ctx, e.c, e.d, tc.key, &p)
			if got := revertName(err); got != tc.want || !errors.Is(err, ErrReverted) {
				t.Fatalf("error %v (reason %q), want %s", err, got, tc.want)
			}
			if tc.says != "" && !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("error %q does not say %s", err, tc.says)
			}
			e.checkNotAttested(t, record)
		})
	}

	rc, err := AttestScores(ctx, e.c, e.d, e.poster, good)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("attestScores gas %d", rc.GasUsed)
	want := &ScoreAttestation{Record: record, Adapter: a, QueryHash: good.QueryHash, Commitment: good.Commitment,
		OutputHash: good.OutputHash, Version: 1, Block: rc.Block}
	checkAttestation(t, e.attestation(t, record), want)
	if ok, err := IsAttested(ctx, e.c, e.d, record); err != nil || !ok {
		t.Fatalf("isAttested %v, %v", ok, err)
	}
	ev, err := FindAttested(ctx, e.c, e.d, record)
	if err != nil || ev == nil {
		t.Fatalf("ScoresAttested event: %v, %v", ev, err)
	}
	checkAttestation(t, ev, want)
	if ev.TxHash != rc.TxHash {
		t.Fatalf("event in tx %s, want %s", ev.TxHash.Hex(), rc.TxHash.Hex())
	}

	// The same record again, even with another valid proof, is refused and changes nothing.
	again := e.scoreProof(t, rng, record, b, sb)
	for _, p := range []*ScoreProof{good, again} {
		if _, err := AttestScores(ctx, e.c, e.d, e.poster, p); revertName(err) != "AlreadyAttested" {
			t.Fatalf("second attestation: %v, want AlreadyAttested", err)
		}
	}
	checkAttestation(t, e.attestation(t, record), want)

	// Re-published evidence: a proof against the old sketch root no longer verifies; one
	// against the new root attests with version 2; the first attestation keeps version 1.
	sa2 := nonZeroBelowR(rng)
	if _, err := RegisterEvidence(ctx, e.c, e.d, e.owner, a, sa2, nonZeroBelowR(rng), e.verifier); err != nil {
		t.Fatal(err)
	}
	record2 := crypto.Keccak256Hash([]byte("record-2"))
	stale := e.scoreProof(t, rng, record2, a, sa)
	_, err = AttestScores(ctx, e.c, e.d, e.poster, stale)
	if revertName(err) != "InvalidScoreProof" || !strings.Contains(err.Error(), ", 2)") {
		t.Fatalf("proof against the old root: %v, want InvalidScoreProof(adapter, 2)", err)
	}
	e.checkNotAttested(t, record2)
	fresh := e.scoreProof(t, rng, record2, a, sa2)
	rc2, err := AttestScores(ctx, e.c, e.d, e.poster, fresh)
	if err != nil {
		t.Fatal(err)
	}
	checkAttestation(t, e.attestation(t, record2), &ScoreAttestation{Record: record2, Adapter: a, QueryHash: fresh.QueryHash,
		Commitment: fresh.Commitment, OutputHash: fresh.OutputHash, Version: 2, Block: rc2.Block})
	checkAttestation(t, e.attestation(t, record), want)
}

func (e *scoreEnv) checkNotAttested(t *testing.T, record [32]byte) {
	t.Helper()
	if a := e.attestation(t, record); a.Version != 0 || a.Adapter != (common.Hash{}) || a.QueryHash.Sign() != 0 || a.Block != 0 {
		t.Fatalf("record attested: %+v", a)
	}
	if ok, err := IsAttested(context.Background(), e.c, e.d, record); err != nil || ok {
		t.Fatalf("isAttested %v, %v", ok, err)
	}
	if ev, err := FindAttested(context.Background(), e.c, e.d, record); err != nil || ev != nil {
		t.Fatalf("ScoresAttested event %+v, %v", ev, err)
	}
}

func checkAttestation(t *testing.T, got, want *ScoreAttestation) {
	t.Helper()
	if got.Record != want.Record || got.Adapter != want.Adapter || got.QueryHash.Cmp(want.QueryHash) != 0 ||
		got.Commitment.Cmp(want.Commitment) != 0 || got.Version != want.Version || got.Block != want.Block ||
		(want.OutputHash != nil && (got.OutputHash == nil || got.OutputHash.Cmp(want.OutputHash) != 0)) {
		t.Fatalf("attestation %+v, want %+v", got, want)
	}
}

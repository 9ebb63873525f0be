package contracts

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/circuits"
	"poa/contracts/bindings"
	"poa/prover"
)

// scanStatement is a random scan statement of shape sh over n leaves of 3 contributors,
// leaves 1 and n-1 excluded.
func scanStatement(t *testing.T, sh circuits.ScanShape, n int, seed uint64) *circuits.ScanStatement {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 13))
	vec := func() []int32 {
		v := make([]int32, sh.K)
		for j := range v {
			v[j] = int32(rng.IntN(2*circuits.QuantMax+1) - circuits.QuantMax)
		}
		return v
	}
	q := vec()
	leaves := make([]circuits.ScanLeaf, n)
	excl := make([]bool, n)
	for i := range leaves {
		leaves[i] = circuits.ScanLeaf{Point: circuits.PointHash("net", fmt.Sprint(i)), Contributor: big.NewInt(int64(0x2000 + i%3)), Sketch: vec()}
		excl[i] = i == 1 || i == n-1
	}
	st, err := circuits.NewScanStatement(sh, q, leaves, excl)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// statementHash is keccak256(abi.encode(sketchRoot, queryHash, commitment)), recomputed
// here from the three words.
func statementHash(root, query, commitment *big.Int) common.Hash {
	var b []byte
	for _, v := range []*big.Int{root, query, commitment} {
		b = append(b, common.LeftPadBytes(v.Bytes(), 32)...)
	}
	return crypto.Keccak256Hash(b)
}

// completeEnv is a deployment with two adapters' evidence whose sketch roots are two scan
// statements' roots, and one record of each posted optimistically with its statement's
// query hash and commitment.
type completeEnv struct {
	*env
	scan, unallowed common.Address
	st, other       *circuits.ScanStatement
	p, po           *prover.ScanProof
	recA, recB      [32]byte
	adapterA        [32]byte
	adapterB        [32]byte
}

func (e *completeEnv) of(t *testing.T, record [32]byte) *Completeness {
	t.Helper()
	c, err := CompleteOf(context.Background(), e.c, e.d, record)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (e *completeEnv) current(t *testing.T, record [32]byte) bool {
	t.Helper()
	ok, err := IsComplete(context.Background(), e.c, e.d, record)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

func (e *completeEnv) post(t *testing.T, record, adapter [32]byte, st *circuits.ScanStatement, proof []byte) {
	t.Helper()
	rng := rand.New(rand.NewPCG(uint64(record[0]), 3))
	if _, err := PostScores(context.Background(), e.c, e.d, e.poster, &ScoreProof{Record: record, Adapter: adapter,
		QueryHash: st.QueryHash, Commitment: st.Commitment, OutputHash: randBelow(rng, R), Proof: proof}); err != nil {
		t.Fatal(err)
	}
}

func sameCompleteness(a, b *Completeness) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Record == b.Record && a.Verifier == b.Verifier && a.Excluded.Cmp(b.Excluded) == 0 && a.Block == b.Block &&
		a.Statement == b.Statement && a.Current == b.Current
}

// TestCompletenessOnChain runs real completeness scan proofs (prover.TestScanShape,
// development keys) through the committed scan verifier and the Completeness contract on
// the EVM: a record attested (optimistically) with a scan statement's query hash and
// commitment, under evidence whose sketch root is the statement's root, is proven
// complete by anyone, against that evidence version even after the adapter re-published
// another root; a tampered proof, another statement's proof, a wrong exclusion
// hash, an unattested record, a verifier governance has not allowed and a second proof
// are each rejected with the contract's state unchanged. Governance withdrawing the
// verifier ends isComplete, and a record whose attestation was challenged away and
// posted again with another statement may be proven again.
func TestCompletenessOnChain(t *testing.T) {
	ctx := context.Background()
	sh := prover.TestScanShape
	keys, err := prover.SetupScan(ctx, sh, prover.DevBeacon)
	if err != nil {
		t.Fatal(err)
	}
	var src bytes.Buffer
	if err := keys.ExportSolidity(&src); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("solidity", "verifiers", keys.VerifierName()+".sol"))
	if err != nil || !bytes.Equal(committed, src.Bytes()) {
		t.Fatalf("solidity/verifiers/%s.sol is missing or stale (%v): regenerate it, then make contracts", keys.VerifierName(), err)
	}
	v, ok := ScanVerifiers()[keys.VerifierName()]
	if !ok || !v.Scan || v.Score || v.Attributed {
		t.Fatalf("%s not compiled in as a scan verifier (%+v): run make contracts", keys.VerifierName(), ok)
	}

	e := &completeEnv{env: newEnv(t, Groth16), st: scanStatement(t, sh, 11, 1), other: scanStatement(t, sh, 9, 2),
		recA: AdapterID("record-a"), recB: AdapterID("record-b"), adapterA: AdapterID("adapter-a"), adapterB: AdapterID("adapter-b")}
	if e.p, err = prover.ProveScan(ctx, keys, e.st); err != nil {
		t.Fatal(err)
	}
	if e.po, err = prover.ProveScan(ctx, keys, e.other); err != nil {
		t.Fatal(err)
	}
	if e.st.Root.Cmp(e.other.Root) == 0 || e.st.Commitment.Cmp(e.other.Commitment) == 0 {
		t.Fatal("the two statements coincide")
	}
	if e.scan, ok = e.d.ScanVerifier(v.Name); !ok || e.d.Completeness == (common.Address{}) {
		t.Fatalf("Deploy did not deploy %s and Completeness: %+v", v.Name, e.d)
	}
	if allowed, err := IsScanVerifier(ctx, e.c, e.d, e.scan); err != nil || !allowed {
		t.Fatalf("deployed scan verifier allowed %v, %v", allowed, err)
	}
	if e.unallowed, _, err = DeployVerifier(ctx, e.c, e.owner, v); err != nil {
		t.Fatal(err)
	}
	scoreV, _ := e.d.ScoreVerifier("FixtureScoreVerifier")
	rng := rand.New(rand.NewPCG(5, 6))
	for _, ev := range []struct {
		adapter [32]byte
		root    *big.Int
	}{{e.adapterA, e.st.Root}, {e.adapterB, e.other.Root}} {
		if _, err := RegisterEvidence(ctx, e.c, e.d, e.poster, ev.adapter, ev.root, nonZeroBelowR(rng), scoreV); err != nil {
			t.Fatal(err)
		}
	}
	// postScores takes any proof bytes; these fail the fixture score verifier, so that
	// record B's attestation can be challenged away below.
	e.post(t, e.recA, e.adapterA, e.st, []byte("optimistic a"))
	e.post(t, e.recB, e.adapterB, e.other, []byte("optimistic b"))
	// Adapter A re-publishes its evidence with another sketch root (version 2): record A
	// stays bound to version 1, the version it was attested under.
	if _, err := RegisterEvidence(ctx, e.c, e.d, e.poster, e.adapterA, e.other.Root, nonZeroBelowR(rng), scoreV); err != nil {
		t.Fatal(err)
	}

	tampered := bytes.Clone(e.p.Solidity)
	tampered[len(tampered)/2] ^= 1
	none := circuits.ExclusionHash(make([]bool, len(e.st.Leaves)), sh.Slots)
	if none.Cmp(e.st.Excluded) == 0 {
		t.Fatal("exclusion hash of no exclusions equals the statement's")
	}
	type attempt struct {
		name     string
		record   [32]byte
		verifier common.Address
		excluded *big.Int
		proof    []byte
		want     string
	}
	rejectAll := func(cases []attempt) {
		t.Helper()
		before := []*Completeness{e.of(t, e.recA), e.of(t, e.recB)}
		for _, c := range cases {
			if _, err := AttestComplete(ctx, e.c, e.d, e.stranger, c.record, c.verifier, c.excluded, c.proof); revertName(err) != c.want {
				t.Fatalf("%s: %v, want %s", c.name, err, c.want)
			}
			if !sameCompleteness(e.of(t, e.recA), before[0]) || !sameCompleteness(e.of(t, e.recB), before[1]) {
				t.Fatalf("%s: completeness changed by a rejected call", c.name)
			}
		}
	}
	rejectAll([]attempt{
		{"tampered-proof", e.recA, e.scan, e.st.Excluded, tampered, "InvalidCompletenessProof"},
		{"other-statement-proof", e.recA, e.scan, e.po.Excluded, e.po.Solidity, "InvalidCompletenessProof"},
		{"proof-for-other-record", e.recB, e.scan, e.st.Excluded, e.p.Solidity, "InvalidCompletenessProof"},
		{"excluded-none", e.recA, e.scan, none, e.p.Solidity, "InvalidCompletenessProof"},
		{"excluded-plus-one", e.recA, e.scan, new(big.Int).Add(e.st.Excluded, big.NewInt(1)), e.p.Solidity, "InvalidCompletenessProof"},
		{"excluded-r", e.recA, e.scan, R, e.p.Solidity, "ExcludedOutOfField"},
		{"unattested-record", AdapterID("nobody"), e.scan, e.st.Excluded, e.p.Solidity, "RecordNotAttested"},
		{"disallowed-verifier", e.recA, e.unallowed, e.st.Excluded, e.p.Solidity, "ScanVerifierNotAllowed"},
		{"empty-proof", e.recA, e.scan, e.st.Excluded, nil, "InvalidCompletenessProof"},
	})
	if e.of(t, e.recA) != nil || e.current(t, e.recA) {
		t.Fatal("record A complete before any valid proof")
	}
	if _, err := AttestComplete(ctx, e.c, e.d, e.stranger, e.recA, e.scan, big.NewInt(-1), e.p.Solidity); !errors.Is(err, ErrUint256) {
		t.Fatalf("negative excluded: %v, want ErrUint256", err)
	}

	// The valid proof, sent by an account that is neither poster nor owner.
	rc, err := AttestComplete(ctx, e.c, e.d, e.stranger, e.recA, e.scan, e.st.Excluded, e.p.Solidity)
	if err != nil {
		t.Fatal(err)
	}
	verifyGas, err := e.c.Client.EstimateGas(ctx, ethereum.CallMsg{To: &e.scan,
		Data: mustPack(t, "verifyProof", e.p.Solidity, [4]*big.Int{e.st.Root, e.st.QueryHash, e.st.Commitment, e.st.Excluded})})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("attestComplete gas %d (the verifier called alone: %d with the 21,000 base and calldata; proof %d bytes)", rc.GasUsed, verifyGas, len(e.p.Solidity))
	want := &Completeness{Record: e.recA, Verifier: e.scan, Excluded: e.st.Excluded, Block: rc.Block,
		Statement: statementHash(e.st.Root, e.st.QueryHash, e.st.Commitment), Current: true}
	if got := e.of(t, e.recA); !sameCompleteness(got, want) {
		t.Fatalf("completeness %+v, want %+v", got, want)
	}
	cp := bindings.NewCompleteness()
	it, err := bind.FilterEvents(cp.Instance(e.c.Client, e.d.Completeness), &bind.FilterOpts{Start: e.d.Block, Context: ctx},
		cp.UnpackCompletenessProvenEvent)
	if err != nil {
		t.Fatal(err)
	}
	var events []*bindings.CompletenessCompletenessProven
	for it.Next() {
		events = append(events, it.Value())
	}
	if len(events) != 1 || events[0].Record != e.recA || events[0].Adapter != e.adapterA || events[0].Verifier != e.scan ||
		events[0].Excluded.Cmp(e.st.Excluded) != 0 || events[0].Prover != Address(e.stranger) || events[0].Raw.TxHash != rc.TxHash {
		t.Fatalf("CompletenessProven events %+v", events)
	}
	// The other statement's proof for its own record: accepted.
	if _, err := AttestComplete(ctx, e.c, e.d, e.poster, e.recB, e.scan, e.po.Excluded, e.po.Solidity); err != nil {
		t.Fatal(err)
	}
	rejectAll([]attempt{
		{"second-proof", e.recA, e.scan, e.st.Excluded, e.p.Solidity, "AlreadyProvenComplete"},
		{"second-proof-other-excluded", e.recA, e.scan, none, e.p.Solidity, "AlreadyProvenComplete"},
	})

	// Governance: only the owner (the Settlement's) sets scan verifiers; withdrawing the
	// verifier ends isComplete for what it proved, and the record may be proven again.
	if _, err := SetScanVerifier(ctx, e.c, e.d, e.stranger, e.scan, false); revertName(err) != "OwnableUnauthorizedAccount" {
		t.Fatalf("setScanVerifier by a stranger: %v", err)
	}
	if _, err := SetScanVerifier(ctx, e.c, e.d, e.owner, Address(e.stranger), true); revertName(err) != "NotAContract" {
		t.Fatalf("allow an account without code: %v", err)
	}
	if _, err := SetScanVerifier(ctx, e.c, e.d, e.owner, e.scan, false); err != nil {
		t.Fatal(err)
	}
	if e.current(t, e.recA) || e.of(t, e.recA).Current {
		t.Fatal("record A still complete after its verifier was withdrawn")
	}
	rejectAll([]attempt{{"withdrawn-verifier", e.recA, e.scan, e.st.Excluded, e.p.Solidity, "ScanVerifierNotAllowed"}})
	if _, err := SetScanVerifier(ctx, e.c, e.d, e.owner, e.unallowed, true); err != nil {
		t.Fatal(err)
	}
	rc2, err := AttestComplete(ctx, e.c, e.d, e.stranger, e.recA, e.unallowed, e.st.Excluded, e.p.Solidity)
	if err != nil {
		t.Fatalf("re-proof with a newly allowed verifier: %v", err)
	}
	if got := e.of(t, e.recA); got.Verifier != e.unallowed || got.Block != rc2.Block || !got.Current {
		t.Fatalf("re-proven completeness %+v", got)
	}

	// Record B's optimistic attestation challenged away (its posted proof fails): no
	// longer complete, and not provable until attested again; posted again with statement
	// A's values, the old proof no longer holds and statement A's proof is accepted.
	if e.current(t, e.recB) {
		t.Fatal("record B complete while its verifier is withdrawn")
	}
	if _, err := SetScanVerifier(ctx, e.c, e.d, e.owner, e.scan, true); err != nil {
		t.Fatal(err)
	}
	if !e.current(t, e.recB) {
		t.Fatal("record B not complete once its verifier is allowed again")
	}
	if _, err := ChallengeScores(ctx, e.c, e.d, e.stranger, e.recB, []byte("optimistic b")); err != nil {
		t.Fatal(err)
	}
	if e.current(t, e.recB) || e.of(t, e.recB).Current {
		t.Fatal("record B complete after its attestation was deleted")
	}
	rejectAll([]attempt{{"challenged-away", e.recB, e.scan, e.po.Excluded, e.po.Solidity, "RecordNotAttested"}})
	if _, err := Stake(ctx, e.c, e.d, e.poster, e.params.MinStake); err != nil { // back above the minimum after the slash
		t.Fatal(err)
	}
	if _, err := RegisterEvidence(ctx, e.c, e.d, e.poster, e.adapterA, e.st.Root, nonZeroBelowR(rng), scoreV); err != nil {
		t.Fatal(err)
	}
	e.post(t, e.recB, e.adapterA, e.st, []byte("optimistic b again"))
	if e.current(t, e.recB) {
		t.Fatal("record B complete for a statement never proven")
	}
	rejectAll([]attempt{{"old-statement-proof", e.recB, e.scan, e.po.Excluded, e.po.Solidity, "InvalidCompletenessProof"}})
	if _, err := AttestComplete(ctx, e.c, e.d, e.stranger, e.recB, e.scan, e.st.Excluded, e.p.Solidity); err != nil {
		t.Fatalf("re-attested record B: %v", err)
	}
	if got := e.of(t, e.recB); !got.Current || got.Statement != want.Statement {
		t.Fatalf("record B re-proven: %+v", got)
	}
}

func mustPack(t *testing.T, method string, args ...any) []byte {
	t.Helper()
	b, err := attributedVerifierABI().Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCompletenessCodeSize measures the deployed Completeness contract's runtime bytecode
// and checks its owner is the Settlement's.
func TestCompletenessCodeSize(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, Groth16)
	code, err := e.c.Client.CodeAt(ctx, e.d.Completeness, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Completeness runtime bytecode: %d bytes (EIP-170 limit 24,576)", len(code))
	if len(code) == 0 || len(code) > 24_576 {
		t.Fatalf("Completeness runtime bytecode is %d bytes", len(code))
	}
	cp, st := bindings.NewCompleteness(), bindings.NewSettlement()
	owner, err := bind.Call(cp.Instance(e.c.Client, e.d.Completeness), nil, cp.PackOwner(), cp.UnpackOwner)
	if err != nil {
		t.Fatal(err)
	}
	stOwner, err := bind.Call(st.Instance(e.c.Client, e.d.Settlement), nil, st.PackOwner(), st.UnpackOwner)
	if err != nil || owner != stOwner || owner != e.d.Owner {
		t.Fatalf("Completeness owner %s, Settlement owner %s (%v), deployment owner %s", owner.Hex(), stOwner.Hex(), err, e.d.Owner.Hex())
	}
	settlement, err := bind.Call(cp.Instance(e.c.Client, e.d.Completeness), nil, cp.PackSettlement(), cp.UnpackSettlement)
	if err != nil || settlement != e.d.Settlement {
		t.Fatalf("Completeness reads settlement %s (%v), want %s", settlement.Hex(), err, e.d.Settlement.Hex())
	}
	if len(e.d.ScanVerifiers) != len(ScanVerifiers()) || len(e.d.ScanVerifiers) == 0 {
		t.Fatalf("deployed scan verifiers %v, compiled %d", e.d.ScanVerifiers, len(ScanVerifiers()))
	}
}

// TestDeploymentWithoutCompleteness: a deployment record saved before the Completeness
// contract existed loads with it zero, and the completeness calls refuse it with
// ErrNoCompleteness before anything is sent; a record with it round-trips.
func TestDeploymentWithoutCompleteness(t *testing.T) {
	old := `{"network":"embedded","chain_id":1337,"settlement":"0x00000000000000000000000000000000000000aa","score_verifiers":{"X":"0x00000000000000000000000000000000000000bb"}}`
	var d Deployment
	if err := json.Unmarshal([]byte(old), &d); err != nil {
		t.Fatal(err)
	}
	if d.Completeness != (common.Address{}) || d.ScanVerifiers != nil {
		t.Fatalf("old record loaded with completeness %s, scan verifiers %v", d.Completeness.Hex(), d.ScanVerifiers)
	}
	c := NewSimulated(nil)
	t.Cleanup(c.Close)
	ctx := context.Background()
	if _, err := CompleteOf(ctx, c, &d, [32]byte{1}); !errors.Is(err, ErrNoCompleteness) {
		t.Fatalf("CompleteOf: %v, want ErrNoCompleteness", err)
	}
	if _, err := AttestComplete(ctx, c, &d, newKey(t), [32]byte{1}, common.Address{2}, big.NewInt(3), nil); !errors.Is(err, ErrNoCompleteness) {
		t.Fatalf("AttestComplete: %v, want ErrNoCompleteness", err)
	}
	d.Completeness = common.HexToAddress("0xcc")
	d.ScanVerifiers = map[string]common.Address{"Groth16ScanVerifierN16K16D5M4R4": common.HexToAddress("0xdd")}
	b, err := json.Marshal(&d)
	if err != nil {
		t.Fatal(err)
	}
	var back Deployment
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if a, ok := back.ScanVerifier("Groth16ScanVerifierN16K16D5M4R4"); back.Completeness != d.Completeness || !ok || a != common.HexToAddress("0xdd") {
		t.Fatalf("round trip %s", b)
	}
}

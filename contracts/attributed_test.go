package contracts

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"poa/circuits"
	"poa/contracts/bindings"
	"poa/prover"
)

var (
	attributedKeysMu sync.Mutex
	attributedKeys   = map[prover.AttributedShape]*prover.AttributedKeys{}
)

// devAttributed returns the development keys of shape (those of the committed verifier),
// made once per test binary.
func devAttributed(t testing.TB, shape prover.AttributedShape) *prover.AttributedKeys {
	t.Helper()
	attributedKeysMu.Lock()
	defer attributedKeysMu.Unlock()
	if k := attributedKeys[shape]; k != nil {
		return k
	}
	k, err := prover.SetupAttributed(context.Background(), shape, prover.DevBeacon)
	if err != nil {
		t.Fatal(err)
	}
	attributedKeys[shape] = k
	return k
}

// attributedEnv is a deployment with an adapter's evidence registered, so that records
// can be attested (optimistically: postScores stores any commitment, which is what a
// settleAttributed reads).
type attributedEnv struct {
	*scoreEnv
	adapter [32]byte
	rng     *rand.Rand
}

func newAttributedEnv(t *testing.T, seed uint64) *attributedEnv {
	t.Helper()
	e := &attributedEnv{scoreEnv: newScoreEnv(t), adapter: AdapterID("adapter-attributed"), rng: rand.New(rand.NewPCG(seed, 13))}
	if _, err := RegisterEvidence(context.Background(), e.c, e.d, e.poster, e.adapter, nonZeroBelowR(e.rng), nonZeroBelowR(e.rng), e.verifier); err != nil {
		t.Fatal(err)
	}
	return e
}

// attest posts record id's scores with commitment c.
func (e *attributedEnv) attest(t *testing.T, id string, c *big.Int) {
	t.Helper()
	p := &ScoreProof{Record: RecordKey(id), Adapter: e.adapter, QueryHash: randBelow(e.rng, R), Commitment: c,
		OutputHash: randBelow(e.rng, R), Proof: []byte("optimistic")}
	if _, err := PostScores(context.Background(), e.c, e.d, e.poster, p); err != nil {
		t.Fatal(err)
	}
}

// records makes n records over contributors addrs: record r has rows for rows
// consecutive addresses from r·step, with random positive totals; ids sorted by key.
func attributedRecords(rng *rand.Rand, prefix string, n, rows, step int, addrs []*big.Int) ([]string, []circuits.RecordRows) {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("%s-%d", prefix, i)
	}
	SortRecordIDs(ids)
	recs := make([]circuits.RecordRows, n)
	for r := range recs {
		var as []*big.Int
		for j := range rows {
			as = append(as, addrs[(r*step+j)%len(addrs)])
		}
		slices.SortFunc(as, func(a, b *big.Int) int { return a.Cmp(b) })
		recs[r].Addrs = as
		for range as {
			recs[r].Scores = append(recs[r].Scores, 1+rng.Uint64N(1<<40))
		}
	}
	return ids, recs
}

func randAddrs(rng *rand.Rand, n int) []*big.Int {
	out := make([]*big.Int, n)
	for i := range out {
		b := make([]byte, 20)
		for j := range b {
			b[j] = byte(rng.Uint32())
		}
		out[i] = new(big.Int).SetBytes(b)
	}
	return out
}

// proveAttributed proves epoch's split of the data share of total among the records'
// epoch scores and returns the settlement to send from the deployment's verifier of
// the keys' shape.
func (e *attributedEnv) proveAttributed(t testing.TB, k *prover.AttributedKeys, epoch uint64, total *big.Int, ids []string, recs []circuits.RecordRows) *Epoch {
	t.Helper()
	_, _, data := e.params.FeeRule().Parts(total)
	p, err := prover.ProveAttributed(context.Background(), k, &prover.AttributedStatement{Epoch: epoch, DataFee: data, Records: recs})
	if err != nil {
		t.Fatal(err)
	}
	v, ok := e.d.AttributedVerifier(k.Shape.String())
	if !ok {
		t.Fatalf("no attributed verifier of shape %s deployed (have %v)", k.Shape, e.d.AttributedVerifiers)
	}
	ep := EpochOfAttributed(p, ids, v)
	ep.TotalFee = total
	return ep
}

// settleAttributedRaw sends settleAttributed for ep from the poster without Post's
// checks (an unlimited approval first), with the record keys given.
func (e *attributedEnv) settleAttributedRaw(t *testing.T, ep *Epoch, keys [][32]byte) (*Receipt, error) {
	t.Helper()
	ctx := context.Background()
	open, st := bindings.NewOPEN(), bindings.NewSettlement()
	if _, err := e.c.transact(ctx, "approve", open.Instance(e.c.Client, e.d.Token), e.poster,
		open.PackApprove(e.d.Settlement, new(big.Int).Lsh(big.NewInt(1), 200))); err != nil {
		t.Fatal(err)
	}
	a := ep.Attributed
	return e.c.transact(ctx, "settleAttributed", st.Instance(e.c.Client, e.d.Settlement), e.poster,
		st.PackSettleAttributed(ep.Epoch, ep.TotalFee, ep.Commitment, bindings.SettlementAttributedRecords{Ids: keys, Digest: a.Digest, Verifier: a.Verifier},
			ep.Contributors, ep.Payouts, ep.Proof))
}

// TestSettleAttributed settles an epoch of attested records with settleAttributed on the
// simulated chain (test shape n8-r4-c4, development keys): the contract holds exactly the
// proven split's payouts and the treasury the rest, each contributor claims its proven
// payout. Before that, tampered settlements revert and move nothing: a record id repeated
// or out of order, an unattested record, a changed payout, a proof of other records, a
// changed digest, a verifier governance does not allow.
func TestSettleAttributed(t *testing.T) {
	ctx := context.Background()
	e := newAttributedEnv(t, 1)
	k := devAttributed(t, prover.TestAttributedShape)
	addrs := randAddrs(e.rng, 7)
	ids, recs := attributedRecords(e.rng, "rec", 3, 3, 2, addrs)
	for i, id := range ids {
		e.attest(t, id, recs[i].Commitment())
	}
	// A fourth attested record, not in the epoch, and one never attested.
	otherIDs, otherRecs := attributedRecords(e.rng, "other", 1, 2, 1, addrs)
	e.attest(t, otherIDs[0], otherRecs[0].Commitment())
	total := new(big.Int).Add(new(big.Int).Mul(big.NewInt(1000), oneOPEN()), big.NewInt(777))
	ep := e.proveAttributed(t, k, 1, total, ids, recs)

	// The payouts are the exact split of the data fee among circuits.EpochScores (the
	// independent truth: the native aggregation rule and prover.Split).
	wantAddrs, wantScores := circuits.EpochScores(recs)
	wantPays, _ := prover.Split(ep.DataFee, wantScores)
	if len(ep.Contributors) != len(wantAddrs) {
		t.Fatalf("%d contributors, the records give %d", len(ep.Contributors), len(wantAddrs))
	}
	for i, a := range wantAddrs {
		if ep.Contributors[i] != common.BigToAddress(a) || ep.Payouts[i].Cmp(wantPays[i]) != 0 {
			t.Fatalf("contributor %d: %s %s, want %s %s", i, ep.Contributors[i].Hex(), ep.Payouts[i], common.BigToAddress(a).Hex(), wantPays[i])
		}
	}

	keys := ep.Attributed.Keys()
	watch := []common.Address{Address(e.poster), treasury, e.d.Settlement}
	before := e.balances(t, watch...)
	unallowed, _, err := DeployVerifier(ctx, e.c, e.owner, AttributedVerifiers()[prover.AttributedVerifierName(prover.TestAttributedShape)])
	if err != nil {
		t.Fatal(err)
	}
	// Another epoch's proof: the same contributors' proof over the records without the last.
	fewer := e.proveAttributed(t, k, 1, total, ids[:2], recs[:2])
	// Epoch and data fee are private in the proof (bound through gamma and the fingerprint):
	// a proof of the same records for epoch 2, and one of another total fee.
	otherEpoch := e.proveAttributed(t, k, 2, total, ids, recs)
	otherFee := e.proveAttributed(t, k, 1, new(big.Int).Sub(total, oneOPEN()), ids, recs)
	unattested := append(slices.Clone(ids), "never-attested")
	SortRecordIDs(unattested)
	for _, c := range []struct {
		name string
		mut  func(ep *Epoch) [][32]byte
		want string
	}{
		{"record repeated", func(ep *Epoch) [][32]byte { return [][32]byte{keys[0], keys[0], keys[1], keys[2]} }, "RecordsNotAscending"},
		{"records unsorted", func(ep *Epoch) [][32]byte { return [][32]byte{keys[1], keys[0], keys[2]} }, "RecordsNotAscending"},
		{"unattested record", func(ep *Epoch) [][32]byte {
			return (&AttributedRecords{IDs: unattested}).Keys()
		}, "RecordNotAttested"},
		{"changed payout", func(ep *Epoch) [][32]byte {
			ep.Payouts = slices.Clone(ep.Payouts)
			ep.Payouts[0] = new(big.Int).Sub(ep.Payouts[0], big.NewInt(1))
			return keys
		}, "InvalidProof"},
		{"payout moved between contributors", func(ep *Epoch) [][32]byte {
			ep.Payouts = slices.Clone(ep.Payouts)
			ep.Payouts[0] = new(big.Int).Sub(ep.Payouts[0], big.NewInt(1))
			ep.Payouts[1] = new(big.Int).Add(ep.Payouts[1], big.NewInt(1))
			return keys
		}, "InvalidProof"},
		{"proof of other records", func(ep *Epoch) [][32]byte {
			ep.Proof, ep.Attributed = fewer.Proof, &AttributedRecords{IDs: ids, Digest: fewer.Attributed.Digest, Verifier: ep.Attributed.Verifier}
			ep.Commitment, ep.Contributors, ep.Payouts = fewer.Commitment, fewer.Contributors, fewer.Payouts
			return keys
		}, "InvalidProof"},
		{"other attested record swapped in", func(ep *Epoch) [][32]byte {
			ks := [][32]byte{keys[0], keys[1], RecordKey(otherIDs[0])}
			slices.SortFunc(ks, func(a, b [32]byte) int { return new(big.Int).SetBytes(a[:]).Cmp(new(big.Int).SetBytes(b[:])) })
			return ks
		}, "InvalidProof"},
		{"changed digest", func(ep *Epoch) [][32]byte {
			ep.Attributed = &AttributedRecords{IDs: ids, Digest: new(big.Int).Add(ep.Attributed.Digest, big.NewInt(1)), Verifier: ep.Attributed.Verifier}
			return keys
		}, "InvalidProof"},
		{"proof of another epoch", func(ep *Epoch) [][32]byte {
			ep.Proof = otherEpoch.Proof
			return keys
		}, "InvalidProof"},
		{"changed total fee", func(ep *Epoch) [][32]byte {
			ep.TotalFee = new(big.Int).Add(ep.TotalFee, oneOPEN())
			return keys
		}, "InvalidProof"},
		{"proof and payouts of another fee", func(ep *Epoch) [][32]byte {
			ep.Proof, ep.Payouts = otherFee.Proof, otherFee.Payouts
			return keys
		}, "InvalidProof"},
		{"verifier not allowed", func(ep *Epoch) [][32]byte {
			ep.Attributed = &AttributedRecords{IDs: ids, Digest: ep.Attributed.Digest, Verifier: unallowed}
			return keys
		}, "AttributedVerifierNotAllowed"},
	} {
		bad := *ep
		ks := c.mut(&bad)
		if _, err := e.settleAttributedRaw(t, &bad, ks); revertName(err) != c.want {
			t.Errorf("%s: got %v, want revert %s", c.name, err, c.want)
		}
	}
	if after := e.balances(t, watch...); !equalBalances(before, after) {
		t.Fatalf("balances moved by reverted settlements: %v → %v", before, after)
	}
	if st, err := ReadEpoch(ctx, e.c, e.d, 1); err != nil || st.Status != "" {
		t.Fatalf("epoch 1 after the reverted settlements: %+v, %v", st, err)
	}

	res, err := Post(ctx, e.c, e.d, e.poster, ep)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("settleAttributed n8-r4-c4, %d records, %d contributors: %d gas", len(ids), len(ep.Contributors), res.Settle.GasUsed)
	ev, err := FindSettled(ctx, e.c, e.d, 1)
	if err != nil || ev == nil || ev.Records != RecordsHash(ids) || ev.Root != NewMerkleTree(ep.Contributors, ep.Payouts).Root() {
		t.Fatalf("Settled event %+v, %v", ev, err)
	}
	paid := ep.Paid()
	owner, protocol, data := e.params.FeeRule().Parts(total)
	owed := new(big.Int).Add(protocol, new(big.Int).Sub(data, paid))
	if got, err := TreasuryOwed(ctx, e.c, e.d); err != nil || got.Cmp(owed) != 0 {
		t.Fatalf("treasuryOwed %v, %v; want the protocol share and the remainder %v", got, err, owed)
	}
	if _, err := SweepTreasury(ctx, e.c, e.d, e.stranger); err != nil {
		t.Fatal(err)
	}
	after := e.balances(t, watch...)
	if d := new(big.Int).Sub(after[2], before[2]); d.Cmp(paid) != 0 {
		t.Fatalf("the Settlement holds %s more after the sweep, the proven payouts sum to %s", d, paid)
	}
	if d := new(big.Int).Sub(after[1], before[1]); d.Cmp(owed) != 0 {
		t.Fatalf("the treasury received %s, want %s", d, owed)
	}
	if d := new(big.Int).Sub(before[0], after[0]); d.Cmp(new(big.Int).Sub(total, owner)) != 0 {
		t.Fatalf("the poster paid %s, want the total fee less the owner share", d)
	}
	e.advance(t, time.Duration(e.params.ChallengeWindow+1)*time.Second)
	for i, a := range ep.Contributors {
		b0, err := BalanceOf(ctx, e.c, e.d, a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Claim(ctx, e.c, e.d, e.stranger, 1, i, ep.Contributors, ep.Payouts); err != nil {
			t.Fatalf("claim %d: %v", i, err)
		}
		b1, _ := BalanceOf(ctx, e.c, e.d, a)
		if got := new(big.Int).Sub(b1, b0); got.Cmp(wantPays[i]) != 0 {
			t.Fatalf("contributor %d claimed %s, the proven split pays %s", i, got, wantPays[i])
		}
	}
}

func equalBalances(a, b []*big.Int) bool {
	return slices.EqualFunc(a, b, func(x, y *big.Int) bool { return x.Cmp(y) == 0 })
}

// TestSettlementCodeSize measures the deployed Settlement's runtime bytecode with
// CodeAt: it must stay under EIP-170's 24,576 bytes (a larger one does not deploy on
// mainnet; the simulated chain would not refuse it).
func TestSettlementCodeSize(t *testing.T) {
	e := newEnv(t, Groth16)
	code, err := e.c.Client.CodeAt(context.Background(), e.d.Settlement, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Settlement runtime bytecode: %d bytes (EIP-170 limit 24,576)", len(code))
	if len(code) == 0 || len(code) > 24_576 {
		t.Fatalf("Settlement runtime bytecode is %d bytes: over EIP-170's 24,576", len(code))
	}
}

// TestSettleAttributedGas64 settles an epoch of the product shape n64-r16-c16 with every
// slot full (16 attested records of 16 contributors, 64 contributors in all) and logs
// settleAttributed's gas and that of the verifier call alone (docs/proofs.md). Not under
// -short: the shape's development setup takes about a minute.
func TestSettleAttributedGas64(t *testing.T) {
	if testing.Short() {
		t.Skip("n64-r16-c16 setup: not under -short")
	}
	ctx := context.Background()
	e := withGasTrace(func() *attributedEnv { return newAttributedEnv(t, 2) })
	k := devAttributed(t, prover.ProductAttributedShape)
	addrs := randAddrs(e.rng, 64)
	ids, recs := attributedRecords(e.rng, "rec64", 16, 16, 4, addrs)
	for i, id := range ids {
		e.attest(t, id, recs[i].Commitment())
	}
	ep := e.proveAttributed(t, k, 1, new(big.Int).Mul(big.NewInt(5000), oneOPEN()), ids, recs)
	if len(ep.Contributors) != 64 {
		t.Fatalf("%d contributors, want 64", len(ep.Contributors))
	}
	res, err := Post(ctx, e.c, e.d, e.poster, ep)
	if err != nil {
		t.Fatal(err)
	}
	// The attributed verifier's call alone, as a transaction (21,000 base included).
	pub := prover.AttributedGamma(ep.Epoch, ep.Commitment, ep.DataFee, ep.Contributors, ep.Payouts, ep.Attributed.Digest, commitmentsOf(recs))
	fp := circuits.AttributedFingerprint(pub, ep.DataFee, prover.Fingerprint(pub, ep.Contributors, ep.Payouts),
		circuits.RecordsFingerprint(pub, commitmentsOf(recs)))
	in := [4]*big.Int{ep.Commitment, pub, fp, ep.Attributed.Digest}
	cd, err := attributedVerifierABI().Pack("verifyProof", ep.Proof, in)
	if err != nil {
		t.Fatal(err)
	}
	verify, err := e.c.Client.EstimateGas(ctx, ethereum.CallMsg{From: Address(e.poster), To: &ep.Attributed.Verifier, Data: cd})
	if err != nil {
		t.Fatalf("verifier call: %v", err)
	}

	// Baseline in the same run: today's settle of the same 64 contributors' epoch scores
	// with the committed Groth16SplitVerifier64 and its development keys.
	sk, err := prover.Setup(ctx, prover.Groth16, 64, prover.WithDevBeacon(prover.DevBeacon))
	if err != nil {
		t.Fatal(err)
	}
	_, scores := circuits.EpochScores(recs)
	stmt, err := prover.NewStatement(prover.Input{Epoch: 1, Fee: ep.DataFee, Contributors: ep.Contributors, Scores: scores})
	if err != nil {
		t.Fatal(err)
	}
	sp, err := prover.Prove(ctx, sk, stmt)
	if err != nil {
		t.Fatal(err)
	}
	base := withGasTrace(func() *attributedEnv { return newAttributedEnv(t, 3) })
	split, _, err := DeployVerifier(ctx, base.c, base.owner, Verifiers()["Groth16SplitVerifier64"])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := base.c.transact(ctx, "setVerifier", base.settlement(), base.owner, bindings.NewSettlement().PackSetVerifier(split, uint8(Groth16))); err != nil {
		t.Fatal(err)
	}
	plain := EpochOf(sp)
	plain.TotalFee, plain.Records = ep.TotalFee, RecordsHash(ids)
	baseRes, err := Post(ctx, base.c, base.d, base.poster, plain)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("n64-r16-c16, 16 records, 64 contributors: settleAttributed %d gas (its verifier call alone %d as a transaction); settle with Groth16SplitVerifier64 in the same run %d gas; difference %d",
		res.Settle.GasUsed, verify, baseRes.Settle.GasUsed, int64(res.Settle.GasUsed)-int64(baseRes.Settle.GasUsed))

	// Where the gas goes (docs/proofs.md): the traced split of each receipt must add up.
	keys := ep.Attributed.Keys()
	attested := attestationCommitmentSlots(t, e.c, e.d.Settlement, keys, recs[0].Commitment())
	for _, c := range []struct {
		name  string
		rc    *Receipt
		names map[common.Address]string
	}{
		{"settleAttributed n64-r16-c16", &res.Settle, map[common.Address]string{ep.Attributed.Verifier: "attributed verifier", e.d.Token: "OPEN (transferFrom)"}},
		{"settle n64, Groth16SplitVerifier64", &baseRes.Settle, map[common.Address]string{split: "split verifier", base.d.Token: "OPEN (transferFrom)"}},
	} {
		g := traceGasOf(c.rc.TxHash)
		if g == nil {
			t.Fatalf("%s: transaction %s not traced", c.name, c.rc.TxHash.Hex())
		}
		if g.Used != c.rc.GasUsed || g.sum() != g.Used {
			t.Fatalf("%s: traced parts add up to %d, the receipt says %d (traced %d)", c.name, g.sum(), c.rc.GasUsed, g.Used)
		}
		t.Logf("%s, gas by part:\n| part | gas |\n|---|---:|\n%s", c.name, breakdownTable(g, c.names, attested))
	}
}

func commitmentsOf(recs []circuits.RecordRows) []*big.Int {
	out := make([]*big.Int, len(recs))
	for i, r := range recs {
		out[i] = r.Commitment()
	}
	return out
}

func attributedVerifierABI() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"verifyProof","stateMutability":"view","inputs":[{"name":"proof","type":"bytes"},{"name":"input","type":"uint256[4]"}],"outputs":[]}]`))
	if err != nil {
		panic(err)
	}
	return a
}

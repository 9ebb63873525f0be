package settlement

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"poa/circuits"
	"poa/contracts"
	"poa/influence"
	"poa/prover"
	"poa/store"
)

// testRows is the tests' RowSource: a record's rows are its contributors with a positive
// score, summed per address, in ascending address order (the product reads them from the
// record's score statement, node.ScoreRows).
func testRows(s *store.Store) RowSource {
	return func(ctx context.Context, id string) (circuits.RecordRows, error) {
		r, err := Record(s, id)
		if err != nil {
			return circuits.RecordRows{}, err
		}
		return rowsOfRecord(r), nil
	}
}

func rowsOfRecord(r *influence.Record) circuits.RecordRows {
	sum := map[common.Address]uint64{}
	for _, c := range r.Contributors {
		if c.Score > 0 {
			sum[common.HexToAddress(c.Address)] += c.Score
		}
	}
	var out circuits.RecordRows
	for _, a := range slices.SortedFunc(func(yield func(common.Address) bool) {
		for a := range sum {
			if !yield(a) {
				return
			}
		}
	}, func(a, b common.Address) int { return new(big.Int).SetBytes(a[:]).Cmp(new(big.Int).SetBytes(b[:])) }) {
		out.Addrs, out.Scores = append(out.Addrs, new(big.Int).SetBytes(a[:])), append(out.Scores, sum[a])
	}
	return out
}

// attestOptimistic is an Attest hook that posts each unattested record's rows commitment
// (postScores: the contract stores it unverified, as poa settle's default attester does
// after proving), against an adapter's evidence it registers first.
func attestOptimistic(t *testing.T, tg Target) func(ctx context.Context, t Target, e *Epoch) error {
	t.Helper()
	adapter := contracts.AdapterID("adapter-proven")
	v, ok := tg.Deployment.ScoreVerifier("FixtureScoreVerifier")
	if !ok {
		t.Fatal("no FixtureScoreVerifier deployed")
	}
	if _, err := contracts.RegisterEvidence(t.Context(), tg.Chain, tg.Deployment, tg.Poster, adapter, big.NewInt(11), big.NewInt(12), v); err != nil {
		t.Fatal(err)
	}
	return func(ctx context.Context, tg Target, e *Epoch) error {
		if e.Proven == nil {
			return nil
		}
		for _, r := range e.Proven.Records {
			if ok, err := contracts.IsAttested(ctx, tg.Chain, tg.Deployment, contracts.RecordKey(r.ID)); err != nil || ok {
				continue
			}
			c, _ := new(big.Int).SetString(r.Commitment, 10)
			if _, err := contracts.PostScores(ctx, tg.Chain, tg.Deployment, tg.Poster, &contracts.ScoreProof{Record: contracts.RecordKey(r.ID),
				Adapter: adapter, Epoch: e.Epoch, QueryHash: big.NewInt(1), Commitment: c, OutputHash: big.NewInt(2), Proof: []byte("p")}); err != nil {
				return err
			}
		}
		return nil
	}
}

func provenOptions(t *testing.T, s *store.Store, tg Target) Options {
	return Options{Keys: devKeys(t), FeeRule: DefaultFeeRule, Basis: BasisProven, Rows: testRows(s),
		Shape: prover.TestAttributedShape, AttributedKeys: DevAttributedKeySource(), Attest: attestOptimistic(t, tg)}
}

// addr is the i-th test contributor address (distinct, non-zero, EIP-55).
func addr(i int) string { return common.BigToAddress(big.NewInt(int64(0x1000 + 7919*i))).Hex() }

// TestSettleProven settles an epoch with the proven basis end to end on the simulated
// chain: 5 paid records and a free one are open; the shape n8-r4-c4 takes 4 paid records
// (the fifth stays open), the free one closes unaggregated; the epoch is proven, its
// records attested, posted with settleAttributed and confirmed. Its payouts, and the
// chain's payout root, equal the split of the data fee among circuits.EpochScores of the
// records' rows (recomputed here from the filed records); CheckAggregate recomputes it
// and catches a tampered row.
func TestSettleProven(t *testing.T) {
	s := memStore(t)
	tg := chainTarget(t, s)
	o := provenOptions(t, s, tg)
	var filed []*influence.Record
	for i := range 5 {
		filed = append(filed, file(t, s, record(fmt.Sprint(1_000_000+i), addr(i), uint64(3+i), addr(i+1), uint64(1), addr(i+2), uint64(2*i+1))))
	}
	free := file(t, s, record("0", addr(0), uint64(100)))
	rep, err := Settle(t.Context(), s, tg, o)
	if err != nil {
		t.Fatal(err)
	}
	e := rep.Epoch
	if e == nil || e.Status != Confirmed || !e.IsProven() || len(e.Records) != 4 || !slices.Equal(e.Proven.Free, []string{free.ID}) ||
		e.Proof == nil || e.Proof.Shape != "n8-r4-c4" {
		t.Fatalf("settled epoch %+v", e)
	}
	open, _ := OpenEpoch(s)
	if open.Epoch != 2 || open.Records != 1 {
		t.Fatalf("open epoch %+v: want the fifth paid record left open", open)
	}
	// The independent truth: rows from the filed records, in RecordKey order.
	byID := map[string]*influence.Record{}
	for _, r := range filed {
		byID[r.ID] = r
	}
	keyed := slices.Clone(e.Records)
	contracts.SortRecordIDs(keyed)
	if !slices.Equal(keyed, e.Records) {
		t.Fatalf("records %v not in RecordKey order", e.Records)
	}
	var recs []circuits.RecordRows
	total := new(big.Int)
	for _, id := range e.Records {
		r := byID[id]
		if r == nil {
			t.Fatalf("epoch record %s is not a paid filed record", id)
		}
		recs = append(recs, rowsOfRecord(r))
		f, _ := new(big.Int).SetString(r.Fee, 10)
		total.Add(total, f)
	}
	if e.Fee != total.String() {
		t.Fatalf("fee %s, the 4 records' fees sum to %s", e.Fee, total)
	}
	_, _, data := DefaultFeeRule.Parts(total)
	addrs, scores := circuits.EpochScores(recs)
	pays, _ := prover.Split(data, scores)
	var wantC []common.Address
	for i, a := range addrs {
		c := e.Contributors[i]
		wantC = append(wantC, common.BigToAddress(a))
		if c.Address != common.BigToAddress(a).Hex() || c.Score != fmt.Sprint(scores[i]) || c.Payout != pays[i].String() {
			t.Fatalf("contributor %d: %+v, want %s score %d payout %s", i, c, common.BigToAddress(a).Hex(), scores[i], pays[i])
		}
	}
	ev, err := contracts.FindSettled(t.Context(), tg.Chain, tg.Deployment, 1)
	if err != nil || ev == nil || ev.Root != contracts.NewMerkleTree(wantC, pays).Root() || ev.Records != contracts.RecordsHash(e.Records) {
		t.Fatalf("Settled event %+v, %v", ev, err)
	}
	if err := CheckAggregate(s, 1); err != nil {
		t.Fatalf("CheckAggregate of the proven epoch: %v", err)
	}
	// A tampered row (its commitment kept) no longer recomputes.
	bad, _ := LoadEpoch(s, 1)
	bad.Proven.Records[0].Rows[0].Total = "999"
	if err := s.Put(store.KindEpoch, epochKey(1), bad); err != nil {
		t.Fatal(err)
	}
	if err := CheckAggregate(s, 1); !errors.Is(err, ErrRecompute) {
		t.Fatalf("CheckAggregate of a tampered row: %v, want ErrRecompute", err)
	}
}

// TestProvenResume stops a proven epoch's settlement at each state and resumes it:
// closed (nothing proven), proven (not re-proven on resume), and posted on-chain but not
// recorded (recovered from the Settled event, nothing sent again). Each epoch is
// settled exactly once.
func TestProvenResume(t *testing.T) {
	s := memStore(t)
	tg := chainTarget(t, s)
	o := provenOptions(t, s, tg)
	ctx := t.Context()
	closeOne := func(i int) *Epoch {
		file(t, s, record(fmt.Sprint(5_000+i), addr(i), uint64(2), addr(i+3), uint64(5)))
		e, err := CloseProven(ctx, s, DefaultFeeRule, time.Now(), prover.TestAttributedShape, o.Rows)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	// Crash after close.
	closeOne(0)
	rep, err := Resume(ctx, s, tg, o)
	if err != nil || len(rep.Resumed) != 1 || rep.Resumed[0].Status != Confirmed || rep.Attributed == nil {
		t.Fatalf("resume after close: %+v %v", rep, err)
	}
	// Crash after prove.
	closeOne(1)
	k, err := o.AttributedKeys(ctx, prover.TestAttributedShape)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ProveProven(ctx, s, 2, k); err != nil {
		t.Fatal(err)
	}
	if e, _ := LoadEpoch(s, 2); e.Status != Proven {
		t.Fatalf("epoch 2 after prove: %s", e.Status)
	}
	rep, err = Resume(ctx, s, tg, o)
	if err != nil || len(rep.Resumed) != 1 || rep.Resumed[0].Status != Confirmed || rep.Attributed != nil {
		t.Fatalf("resume after prove (must not prove again): %+v %v", rep, err)
	}
	// Crash after the settle transaction, before recording it.
	closeOne(2)
	if _, err := ProveProven(ctx, s, 3, k); err != nil {
		t.Fatal(err)
	}
	e3, _ := LoadEpoch(s, 3)
	if err := o.Attest(ctx, tg, e3); err != nil {
		t.Fatal(err)
	}
	p, err := LoadAttributedProof(s, 3)
	if err != nil {
		t.Fatal(err)
	}
	ce, err := provenSettlementOf(ctx, tg, e3, p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := contracts.Post(ctx, tg.Chain, tg.Deployment, tg.Poster, ce); err != nil {
		t.Fatal(err)
	}
	block, _ := tg.Chain.Client.BlockNumber(ctx)
	rep, err = Resume(ctx, s, tg, o)
	if err != nil || len(rep.Resumed) != 1 || rep.Resumed[0].Status != Confirmed || !rep.Resumed[0].Post.Recovered {
		t.Fatalf("resume after a lost receipt: %+v %v", rep, err)
	}
	if after, _ := tg.Chain.Client.BlockNumber(ctx); after != block {
		t.Fatalf("resume sent transactions: block %d → %d", block, after)
	}
	if got := settledEvents(t, tg); got[1] != 1 || got[2] != 1 || got[3] != 1 {
		t.Fatalf("Settled events %v", got)
	}
	for e := uint64(1); e <= 3; e++ {
		if err := CheckAggregate(s, e); err != nil {
			t.Fatalf("epoch %d: %v", e, err)
		}
	}
}

// TestProvenRefusals: a record without attested scores stops the post naming it (the
// contract would revert) and sends nothing; a record over more contributors than the
// shape's C fails the close naming it and changes nothing.
func TestProvenRefusals(t *testing.T) {
	s := memStore(t)
	tg := chainTarget(t, s)
	o := provenOptions(t, s, tg)
	o.Attest = nil
	r := file(t, s, record("7000", addrA, uint64(1), addrB, uint64(2)))
	block, _ := tg.Chain.Client.BlockNumber(t.Context())
	_, err := Settle(t.Context(), s, tg, o)
	if !errors.Is(err, ErrState) || !strings.Contains(err.Error(), r.ID) || !strings.Contains(err.Error(), "not attested") {
		t.Fatalf("settle with an unattested record: %v", err)
	}
	if after, _ := tg.Chain.Client.BlockNumber(t.Context()); after != block {
		t.Fatalf("sent transactions: block %d → %d", block, after)
	}
	if e, _ := LoadEpoch(s, 1); e.Status != Proven {
		t.Fatalf("epoch 1 %s, want proven (waiting for its attestation)", e.Status)
	}

	s2 := memStore(t)
	wide := file(t, s2, record("7000", addr(1), uint64(1), addr(2), uint64(1), addr(3), uint64(1), addr(4), uint64(1), addr(5), uint64(1)))
	_, err = CloseProven(t.Context(), s2, DefaultFeeRule, time.Now(), prover.TestAttributedShape, testRows(s2))
	if !errors.Is(err, ErrInput) || !strings.Contains(err.Error(), wide.ID) {
		t.Fatalf("close with a record of 5 contributors at C = 4: %v", err)
	}
	if all, _ := Epochs(s2); len(all) != 0 {
		t.Fatalf("epochs after a refused close: %v", all)
	}
}

package settlement

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/prover"
	"poa/store"
)

var (
	devOnce sync.Once
	devK    *prover.Keys
	devErr  error
)

// devKeys are the Groth16 development keys of size 8, whose verifier is compiled into
// contracts (Groth16SplitVerifier8); made once per test binary.
func devKeys(t *testing.T) KeySource {
	t.Helper()
	devOnce.Do(func() {
		devK, devErr = prover.Setup(context.Background(), prover.Groth16, 8, prover.WithDevBeacon(prover.DevBeacon))
	})
	if devErr != nil {
		t.Fatal(devErr)
	}
	return func(ctx context.Context, b prover.Backend, n int) (*prover.Keys, error) {
		if b != prover.Groth16 || n != 8 {
			return nil, ErrNoKeys
		}
		return devK, nil
	}
}

// chainTarget deploys OPEN, the size-8 Groth16 verifier and the Settlement on a fresh
// simulated chain and records the deployment in s.
func chainTarget(t *testing.T, s *store.Store) Target {
	t.Helper()
	owner, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	poster, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	c := contracts.NewSimulated([]common.Address{contracts.Address(owner), contracts.Address(poster)})
	t.Cleanup(c.Close)
	v, ok := contracts.Verifiers()["Groth16SplitVerifier8"]
	if !ok {
		t.Skip("no Groth16SplitVerifier8 compiled in")
	}
	d, err := contracts.Deploy(t.Context(), c, contracts.DeployConfig{Owner: owner, Verifier: v,
		Posters: []*ecdsa.PrivateKey{poster}, FundPosters: contracts.OPENUnits(1000)})
	if err != nil {
		t.Fatal(err)
	}
	if err := SaveDeployment(s, c, d); err != nil {
		t.Fatal(err)
	}
	back, err := LoadDeployment(t.Context(), s, c)
	if err != nil {
		t.Fatal(err)
	}
	return Target{Chain: c, Key: DeploymentKey(c), Deployment: back, Poster: poster}
}

// settlementFor is what Post would send for stored epoch p.Statement.Epoch proven by p.
func settlementFor(t *testing.T, s *store.Store, p *prover.Proof) *contracts.Epoch {
	t.Helper()
	rec, err := LoadEpoch(s, p.Statement.Epoch)
	if err != nil {
		t.Fatal(err)
	}
	e, err := settlementOf(rec, p)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func settledEvents(t *testing.T, tg Target) map[uint64]int {
	t.Helper()
	stat, err := contracts.ReadStatus(t.Context(), tg.Chain, tg.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	n := map[uint64]int{}
	for _, e := range stat.Settlements {
		n[e.Epoch]++
	}
	return n
}

func TestSettleAndClaims(t *testing.T) {
	s := memStore(t)
	tg := chainTarget(t, s)
	o := Options{Keys: devKeys(t), FeeRule: DefaultFeeRule}
	rep, err := Settle(t.Context(), s, tg, o)
	if err != nil || rep.Epoch != nil || rep.Skipped == "" {
		t.Fatalf("settle of an empty epoch: %+v %v", rep, err)
	}
	file(t, s, record("1000000000000000000", addrA, uint64(3), addrB, uint64(1)))
	rep, err = Settle(t.Context(), s, tg, o)
	if err != nil {
		t.Fatal(err)
	}
	e := rep.Epoch
	if e != nil && e.Post != nil && (e.Post.Records != contracts.RecordsHash(e.Records) || len(e.Records) != 1 ||
		!slices.Equal(e.Post.Unattested, e.Records) || e.Post.Statement.Records != e.Post.Records) {
		t.Fatalf("epoch settled records %x, unattested %v, statement %x; its records %v", e.Post.Records, e.Post.Unattested, e.Post.Statement.Records, e.Records)
	}
	if e == nil || e.Status != Confirmed || e.Post == nil || e.Post.Settle.GasUsed == 0 || e.Post.Recovered {
		t.Fatalf("settled epoch %+v", e)
	}
	if got := settledEvents(t, tg); got[1] != 1 {
		t.Fatalf("Settled events %v", got)
	}
	// Claims see the posted payouts; addresses are checked as imports check them.
	pays, err := PayoutsOf(s, tg.Key, addrA, 0)
	if err != nil || len(pays) != 1 || pays[0].Amount.String() != e.Contributors[1].Payout {
		t.Fatalf("payouts of A: %+v %v (epoch %+v)", pays, err, e.Contributors)
	}
	for _, bad := range []string{"0xaAaAaAaaAaAaAaaAaAAAAAAAAaaaAaAaAaaAaaAA", "0x0000000000000000000000000000000000000000", "0x12"} {
		if _, err := PayoutsOf(s, tg.Key, bad, 0); !errors.Is(err, ErrInput) {
			t.Errorf("claim address %s: %v", bad, err)
		}
	}
	if _, err := Prove(t.Context(), s, 1, devK); !errors.Is(err, ErrState) {
		t.Fatalf("proving a confirmed epoch: %v", err)
	}
}

// TestResumeAfterLostReceipt: a run that sent the settle transaction and stopped before
// recording it leaves a proven epoch that the chain has settled. Resuming records it from
// the chain's Settled event and sends nothing.
func TestResumeAfterLostReceipt(t *testing.T) {
	s := memStore(t)
	tg := chainTarget(t, s)
	o := Options{Keys: devKeys(t), FeeRule: DefaultFeeRule}
	file(t, s, record("500", addrA, uint64(1), addrC, uint64(2)))
	if _, err := Close(s, DefaultFeeRule, time.Now()); err != nil {
		t.Fatal(err)
	}
	p, err := Prove(t.Context(), s, 1, devK)
	if err != nil {
		t.Fatal(err)
	}
	// The lost post: on the chain, not in the store.
	if _, err := contracts.Post(t.Context(), tg.Chain, tg.Deployment, tg.Poster, settlementFor(t, s, p)); err != nil {
		t.Fatal(err)
	}
	block, _ := tg.Chain.Client.BlockNumber(t.Context())
	rep, err := Resume(t.Context(), s, tg, o)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Resumed) != 1 || rep.Resumed[0].Status != Confirmed || !rep.Resumed[0].Post.Recovered {
		t.Fatalf("resume %+v", rep.Resumed)
	}
	if after, _ := tg.Chain.Client.BlockNumber(t.Context()); after != block {
		t.Fatalf("resume sent transactions: block %d → %d", block, after)
	}
	if got := settledEvents(t, tg); got[1] != 1 {
		t.Fatalf("Settled events %v", got)
	}
}

// TestEpochsPostInOrder: a later epoch is not posted while an earlier one is unposted
// (the contract would then refuse the earlier one forever); Resume posts both in order.
func TestEpochsPostInOrder(t *testing.T) {
	s := memStore(t)
	tg := chainTarget(t, s)
	o := Options{Keys: devKeys(t), FeeRule: DefaultFeeRule}
	for range 2 {
		file(t, s, record("900", addrB, uint64(1)))
		if _, err := Close(s, DefaultFeeRule, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Prove(t.Context(), s, 2, devK); err != nil {
		t.Fatal(err)
	}
	if _, err := Post(t.Context(), s, tg, 2); !errors.Is(err, ErrOrder) {
		t.Fatalf("posting epoch 2 before 1: %v", err)
	}
	rep, err := Resume(t.Context(), s, tg, o)
	if err != nil || len(rep.Resumed) != 2 || rep.Resumed[0].Epoch != 1 || rep.Resumed[1].Epoch != 2 {
		t.Fatalf("resume %+v %v", rep, err)
	}
	if got := settledEvents(t, tg); got[1] != 1 || got[2] != 1 {
		t.Fatalf("Settled events %v", got)
	}
}

// TestResumeRefilesStranded: a data directory written before epochs were posted in order
// has a closed epoch below the contract's last epoch. Its records are refiled into the
// open epoch and paid there, once.
func TestResumeRefilesStranded(t *testing.T) {
	s := memStore(t)
	tg := chainTarget(t, s)
	o := Options{Keys: devKeys(t), FeeRule: DefaultFeeRule}
	for range 2 {
		file(t, s, record("1000", addrA, uint64(1)))
		if _, err := Close(s, DefaultFeeRule, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	// The old bug: epoch 2 posted while epoch 1 was not.
	p, err := Prove(t.Context(), s, 2, devK)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := contracts.Post(t.Context(), tg.Chain, tg.Deployment, tg.Poster, settlementFor(t, s, p)); err != nil {
		t.Fatal(err)
	}
	rep, err := Settle(t.Context(), s, tg, o)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Refiled) != 1 || rep.Refiled[0] != 1 || rep.Epoch == nil || rep.Epoch.Epoch != 3 || rep.Epoch.Fee != "1000" {
		t.Fatalf("settle %+v (epoch %+v)", rep, rep.Epoch)
	}
	e1, _ := LoadEpoch(s, 1)
	if e1.Status != Refiled || e1.RefiledTo != 3 {
		t.Fatalf("epoch 1 %+v", e1)
	}
	got := settledEvents(t, tg)
	if got[1] != 0 || got[2] != 1 || got[3] != 1 {
		t.Fatalf("Settled events %v", got)
	}
	total := new(big.Int)
	for _, e := range []uint64{2, 3} {
		ep, _ := LoadEpoch(s, e)
		f, _ := new(big.Int).SetString(ep.Fee, 10)
		total.Add(total, f)
	}
	if total.Int64() != 2000 {
		t.Fatalf("fees settled %v, want both records' 2000", total)
	}
}

package settlement

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/contracts/bindings"
	"poa/governance"
	"poa/protocol"
	"poa/store"
)

// governedTarget deploys the whole protocol (genesis vaults, governance, the Settlement
// owned by the timelock) on a fresh simulated chain, with the size-8 Groth16 verifier,
// and records it in s. The deployer holds the votes.
func governedTarget(t *testing.T, s *store.Store) (Target, *ecdsa.PrivateKey) {
	t.Helper()
	owner, _ := crypto.GenerateKey()
	poster, _ := crypto.GenerateKey()
	c := contracts.NewSimulated([]common.Address{contracts.Address(owner), contracts.Address(poster)})
	t.Cleanup(c.Close)
	v, ok := contracts.Verifiers()["Groth16SplitVerifier8"]
	if !ok {
		t.Skip("no Groth16SplitVerifier8 compiled in")
	}
	d, err := protocol.Deploy(t.Context(), c, protocol.Config{Deployer: owner, Verifier: v, Posters: []*ecdsa.PrivateKey{poster},
		FundPosters: contracts.OPENUnits(1000), Vote: contracts.OPENUnits(1_000_000)})
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
	return Target{Chain: c, Key: DeploymentKey(c), Deployment: back, Poster: poster}, owner
}

// TestGovernedFeeRule: a fee share changed by a governance proposal (propose, vote,
// queue, execute through the timelock) is the split of the next epoch Settle closes; an
// epoch closed under the old rule before the change is refiled and paid under the new
// one; a caller expecting another rule is refused before anything closes; nobody can set
// the rule directly.
func TestGovernedFeeRule(t *testing.T) {
	ctx := t.Context()
	s := memStore(t)
	tg, voter := governedTarget(t, s)
	c, d := tg.Chain, tg.Deployment

	// Epoch 1 closed offline under the genesis rule.
	file(t, s, record("10000", addrA, uint64(3), addrB, uint64(1)))
	if _, err := Close(s, DefaultFeeRule, time.Now()); err != nil {
		t.Fatal(err)
	}

	// The deployer owns nothing: the timelock does.
	newRule := FeeRule{OwnerBps: 500, ProtocolBps: 700, DataBps: 8800}
	direct := contracts.PackSetFeeRule(contracts.FeeRule(newRule))
	if _, err := c.Send(ctx, "direct setFeeRule", bindings.NewSettlement().Instance(c.Client, d.Settlement), voter, direct); !errors.Is(err, contracts.ErrReverted) {
		t.Fatalf("the deployer set the fee rule directly: %v", err)
	}

	calls, err := governance.Calls(d, "fee-rule=500/700/8800")
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := governance.Propose(ctx, c, d, voter, calls, "fee rule 5/7/88")
	if err != nil {
		t.Fatal(err)
	}
	gp := governance.DefaultParams()
	advance := func(dur time.Duration) {
		t.Helper()
		if err := c.AdvanceTime(ctx, dur+time.Second); err != nil {
			t.Fatal(err)
		}
	}
	advance(gp.VotingDelay)
	if _, err := governance.Vote(ctx, c, d, voter, id, governance.For, "yes"); err != nil {
		t.Fatal(err)
	}
	advance(gp.VotingPeriod)
	if _, err := governance.Queue(ctx, c, d, voter, id); err != nil {
		t.Fatal(err)
	}
	// The timelock cannot be skipped.
	if _, err := governance.Execute(ctx, c, d, voter, id); err == nil {
		t.Fatal("executed before the timelock delay")
	}
	if r, _ := ChainFeeRule(ctx, tg); r != DefaultFeeRule {
		t.Fatalf("fee rule changed before execution: %v", r)
	}
	advance(gp.TimelockDelay)
	if _, err := governance.Execute(ctx, c, d, voter, id); err != nil {
		t.Fatal(err)
	}
	if r, err := ChainFeeRule(ctx, tg); err != nil || r != newRule {
		t.Fatalf("fee rule after execution %v, %v; want %v", r, err, newRule)
	}

	file(t, s, record("20000", addrA, uint64(1)))
	o := Options{Keys: devKeys(t), FeeRule: DefaultFeeRule}
	if _, err := Settle(ctx, s, tg, o); !errors.Is(err, ErrInput) {
		t.Fatalf("settle expecting the old rule: %v, want ErrInput", err)
	}
	o.FeeRule = FeeRule{}
	rep, err := Settle(ctx, s, tg, o)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Refiled) != 1 || rep.Refiled[0] != 1 {
		t.Fatalf("refiled %v, want epoch 1 (closed under the old rule)", rep.Refiled)
	}
	e := rep.Epoch
	if e == nil || e.Status != Confirmed || e.FeeRule != newRule || e.Fee != "30000" {
		t.Fatalf("settled epoch %+v", e)
	}
	_, _, data := newRule.Parts(big.NewInt(30000))
	if e.DataFee != data.String() {
		t.Fatalf("data fee %s, want %s under %v", e.DataFee, data, newRule)
	}
	if e.Post.Statement == nil || e.Post.Statement.Root != e.Post.Root {
		t.Fatalf("no signed statement of the posted root: %+v", e.Post.Statement)
	}
}

// TestVoidedEpochRefiled: a settled epoch whose poster signed a conflicting statement is
// voided on-chain by anyone's equivocation challenge (the poster slashed, the epoch's
// payouts to the treasury, its claims closed); the next Settle marks it Voided and pays
// its records again in the epoch it closes, once the poster has bonded back up.
func TestVoidedEpochRefiled(t *testing.T) {
	ctx := t.Context()
	s := memStore(t)
	tg, deployer := governedTarget(t, s)
	c, d := tg.Chain, tg.Deployment
	o := Options{Keys: devKeys(t)}
	file(t, s, record("10000", addrA, uint64(3), addrB, uint64(1)))
	rep, err := Settle(ctx, s, tg, o)
	if err != nil {
		t.Fatal(err)
	}
	e1 := rep.Epoch
	if e1 == nil || e1.Post.Statement == nil {
		t.Fatalf("settled epoch %+v", e1)
	}
	// The poster signs another root for the same epoch; the deployer (anyone) challenges.
	other, err := contracts.NewEpochStatement(tg.Poster, d, e1.Epoch, common.Hash{1}, e1.Post.Statement.Commitment, e1.Post.Statement.Records)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := contracts.ChallengeEquivocation(ctx, c, d, deployer, e1.Post.Statement, other); err != nil {
		t.Fatal(err)
	}
	if on, err := contracts.ReadEpoch(ctx, c, d, e1.Epoch); err != nil || on.Status != "voided" {
		t.Fatalf("epoch on-chain %+v, %v", on, err)
	}
	// Slashed below the minimum, the poster cannot settle until it bonds again.
	file(t, s, record("5000", addrB, uint64(1)))
	if _, err := Settle(ctx, s, tg, o); err == nil {
		t.Fatal("a poster slashed below the minimum stake settled")
	}
	open := bindings.NewOPEN()
	if _, err := c.Send(ctx, "fund poster", open.Instance(c.Client, d.Token), deployer,
		open.PackTransfer(contracts.Address(tg.Poster), contracts.OPENUnits(5000))); err != nil {
		t.Fatal(err)
	}
	if _, err := contracts.Stake(ctx, c, d, tg.Poster, contracts.OPENUnits(5000)); err != nil {
		t.Fatal(err)
	}
	rep, err = Settle(ctx, s, tg, o)
	if err != nil {
		t.Fatal(err)
	}
	// The failed run above already marked epoch 1 voided and moved its records into the
	// open epoch 2, which it closed with the new record (15000) before the post failed;
	// this run finished epoch 2.
	back, err := LoadEpoch(s, e1.Epoch)
	if err != nil || back.Status != Voided || back.RefiledTo != 2 {
		t.Fatalf("epoch 1 after settle %+v, %v", back, err)
	}
	if len(rep.Resumed) != 1 || rep.Resumed[0].Epoch != 2 || rep.Resumed[0].Fee != "15000" || rep.Resumed[0].Status != Confirmed {
		t.Fatalf("settle after bonding again: %+v", rep)
	}
	if ev := settledEvents(t, tg); ev[1] != 1 || ev[2] != 1 {
		t.Fatalf("Settled events %v", ev)
	}
}

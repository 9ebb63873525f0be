package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"
)

// newProver is a fresh account with ETH and amount OPEN.
func (e *env) newProver(t *testing.T, amount *big.Int) *ecdsa.PrivateKey {
	t.Helper()
	k := newKey(t)
	fundETH(t, e, Address(k))
	e.fundOPEN(t, Address(k), amount)
	return k
}

func (e *env) stake(t *testing.T, a *ecdsa.PrivateKey) *ProverStake {
	t.Helper()
	p, err := ReadProver(context.Background(), e.c, e.d, Address(a))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func checkStake(t *testing.T, got *ProverStake, bonded, unbonding *big.Int, poster bool) {
	t.Helper()
	if got.Bonded.Cmp(bonded) != 0 || got.Unbonding.Cmp(unbonding) != 0 || got.IsPoster != poster {
		t.Fatalf("stake %+v, want bonded %v unbonding %v poster %v", got, bonded, unbonding, poster)
	}
}

// TestStakeAndUnbond: a stake below the minimum cannot post; unbonding waits one challenge
// window (a second request adds and restarts it) and the challenge windows of what the
// prover posted; balances move exactly.
func TestStakeAndUnbond(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, Groth16)
	rng := rand.New(rand.NewPCG(31, 1))
	min := e.params.MinStake
	one := big.NewInt(1)
	k := e.newProver(t, new(big.Int).Mul(min, big.NewInt(3)))
	a := Address(k)

	rc, err := Stake(ctx, e.c, e.d, k, new(big.Int).Sub(min, one))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("stake gas %d (first)", rc.GasUsed)
	checkStake(t, e.stake(t, k), new(big.Int).Sub(min, one), new(big.Int), false)
	ep := splitEpoch(rng, 1, 3, OPENUnits(100))
	e.prove(t, ep)
	_, err = Post(ctx, e.c, e.d, k, ep)
	var re *RevertError
	if !errors.As(err, &re) || re.Name != "InsufficientStake" || re.Args[0] != a ||
		re.Args[1].(*big.Int).Cmp(new(big.Int).Sub(min, one)) != 0 || re.Args[2].(*big.Int).Cmp(min) != 0 {
		t.Fatalf("settle below the minimum stake: %v, want InsufficientStake(%s, min-1, min)", err, a.Hex())
	}
	if _, err := RegisterEvidence(ctx, e.c, e.d, k, AdapterID("x"), one, one, e.d.ScoreVerifiers["FixtureScoreVerifier"]); revertName(err) != "InsufficientStake" {
		t.Fatalf("register below the minimum stake: %v", err)
	}
	if _, err := Stake(ctx, e.c, e.d, k, big.NewInt(0)); revertName(err) != "ZeroAmount" {
		t.Fatalf("stake 0: %v", err)
	}
	rc, err = Stake(ctx, e.c, e.d, k, one)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("stake gas %d (top-up)", rc.GasUsed)
	checkStake(t, e.stake(t, k), min, new(big.Int), true)
	posted, err := Post(ctx, e.c, e.d, k, ep)
	if err != nil {
		t.Fatal(err)
	}
	if p := e.stake(t, k); p.LockedUntil != posted.ClaimableAt {
		t.Fatalf("locked until %d, want the epoch's claimableAt %d", p.LockedUntil, posted.ClaimableAt)
	}

	for _, c := range []struct {
		amount *big.Int
		want   string
	}{{big.NewInt(0), "ZeroAmount"}, {new(big.Int).Add(min, one), "AmountExceedsBond"}} {
		if _, err := RequestUnstake(ctx, e.c, e.d, k, c.amount); revertName(err) != c.want {
			t.Fatalf("unstake %v: %v, want %s", c.amount, err, c.want)
		}
	}
	if _, err := WithdrawUnstaked(ctx, e.c, e.d, k); revertName(err) != "NothingToWithdraw" {
		t.Fatalf("withdraw nothing: %v", err)
	}
	part := big.NewInt(400)
	rc, err = RequestUnstake(ctx, e.c, e.d, k, part)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("requestUnstake gas %d", rc.GasUsed)
	now, _ := e.c.Time(ctx)
	p := e.stake(t, k)
	checkStake(t, p, new(big.Int).Sub(min, part), part, false)
	if p.ReadyAt != now+e.params.ChallengeWindow {
		t.Fatalf("ready at %d, want %d", p.ReadyAt, now+e.params.ChallengeWindow)
	}
	bal := e.balance(t, a)
	_, err = WithdrawUnstaked(ctx, e.c, e.d, k)
	if !errors.As(err, &re) || re.Name != "UnbondingNotReady" || re.Args[1] != p.ReadyAt {
		t.Fatalf("early withdrawal: %v, want UnbondingNotReady(_, %d)", err, p.ReadyAt)
	}
	e.advance(t, e.params.Window()-1*time.Second) // the head is at readyAt - 1
	if _, err := WithdrawUnstaked(ctx, e.c, e.d, k); revertName(err) != "UnbondingNotReady" {
		t.Fatalf("withdrawal 1 s early: %v", err)
	}
	checkDelta(t, "prover", bal, e.balance(t, a), new(big.Int))
	// Gas estimation runs at the head's time: the head must reach readyAt.
	e.advance(t, time.Second)
	s0 := e.balance(t, e.d.Settlement)
	rc, err = WithdrawUnstaked(ctx, e.c, e.d, k)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("withdrawUnstaked gas %d", rc.GasUsed)
	checkDelta(t, "prover", bal, e.balance(t, a), part)
	checkDelta(t, "settlement", s0, e.balance(t, e.d.Settlement), new(big.Int).Neg(part))
	checkStake(t, e.stake(t, k), new(big.Int).Sub(min, part), new(big.Int), false)
	if _, err := WithdrawUnstaked(ctx, e.c, e.d, k); revertName(err) != "NothingToWithdraw" {
		t.Fatalf("second withdrawal: %v", err)
	}

	// A second request adds to the first and restarts the delay.
	if _, err := RequestUnstake(ctx, e.c, e.d, k, big.NewInt(100)); err != nil {
		t.Fatal(err)
	}
	e.advance(t, e.params.Window()/2)
	if _, err := RequestUnstake(ctx, e.c, e.d, k, big.NewInt(50)); err != nil {
		t.Fatal(err)
	}
	p = e.stake(t, k)
	now, _ = e.c.Time(ctx)
	if p.Unbonding.Int64() != 150 || p.ReadyAt != now+e.params.ChallengeWindow {
		t.Fatalf("after two requests %+v, want 150 unbonding ready at %d", p, now+e.params.ChallengeWindow)
	}
	e.advance(t, e.params.Window()/2)
	if _, err := WithdrawUnstaked(ctx, e.c, e.d, k); revertName(err) != "UnbondingNotReady" {
		t.Fatalf("withdrawal before the restarted delay: %v", err)
	}
	e.advance(t, e.params.Window()/2)
	bal = e.balance(t, a)
	if _, err := WithdrawUnstaked(ctx, e.c, e.d, k); err != nil {
		t.Fatal(err)
	}
	checkDelta(t, "prover", bal, e.balance(t, a), big.NewInt(150))

	// A shorter window set by governance does not release a stake before the windows of
	// what the prover already posted: withdrawals wait for lockedUntil.
	if _, err := Stake(ctx, e.c, e.d, k, big.NewInt(550)); err != nil {
		t.Fatal(err)
	}
	ep2 := splitEpoch(rng, 2, 2, OPENUnits(10))
	e.prove(t, ep2)
	posted, err = Post(ctx, e.c, e.d, k, ep2)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.transact(ctx, "shorten", e.settlement(), e.owner, PackSetChallengeWindow(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := RequestUnstake(ctx, e.c, e.d, k, big.NewInt(10)); err != nil {
		t.Fatal(err)
	}
	e.advance(t, time.Hour+time.Second)
	_, err = WithdrawUnstaked(ctx, e.c, e.d, k)
	if !errors.As(err, &re) || re.Name != "UnbondingNotReady" || re.Args[1] != posted.ClaimableAt {
		t.Fatalf("withdrawal inside a posted epoch's window: %v, want UnbondingNotReady(_, %d)", err, posted.ClaimableAt)
	}

	provers, err := ReadProvers(ctx, e.c, e.d)
	if err != nil || len(provers) != 2 || provers[0].Prover != Address(e.poster) || provers[1].Prover != a || !provers[0].IsPoster {
		t.Fatalf("provers %+v, %v", provers, err)
	}
}

package contracts

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"poa/contracts/bindings"
)

// ProverStake is a prover's stake as the Settlement holds it: Bonded counts toward
// MinStake (IsPoster), Unbonding is still slashable and can be withdrawn from
// max(ReadyAt, LockedUntil) on (LockedUntil is the end of the last challenge window of
// what the prover posted) while no governance challenge against it is pending. Amounts
// are OPEN base units, times Unix seconds.
type ProverStake struct {
	Prover            common.Address `json:"prover"`
	Bonded            *big.Int       `json:"bonded"`
	Unbonding         *big.Int       `json:"unbonding"`
	ReadyAt           uint64         `json:"ready_at,omitempty"`
	LockedUntil       uint64         `json:"locked_until,omitempty"`
	PendingChallenges uint32         `json:"pending_challenges,omitempty"`
	IsPoster          bool           `json:"is_poster"`
}

// Stake bonds amount OPEN of key's account, approving the Settlement first when the
// allowance is short, and waits for the receipts (the stake's is returned). The contract
// rejects a zero amount (ZeroAmount); a balance short of it fails with
// ERC20InsufficientBalance. A nil, negative or over-256-bit amount fails with ErrUint256.
func Stake(ctx context.Context, c *Chain, d *Deployment, key *ecdsa.PrivateKey, amount *big.Int) (*Receipt, error) {
	what := fmt.Sprintf("stake %v from %s", amount, Address(key).Hex())
	if err := checkUint256(what, "amount", amount); err != nil {
		return nil, err
	}
	if _, err := approveIfShort(ctx, c, d, key, amount, "approve stake"); err != nil {
		return nil, err
	}
	st := bindings.NewSettlement()
	return c.transact(ctx, what, st.Instance(c.Client, d.Settlement), key, st.PackStake(amount))
}

// RequestUnstake moves amount of key's bond to unbonding, withdrawable one challenge
// window later (a further request adds to it and restarts the delay). The contract
// rejects zero (ZeroAmount) and more than the bond (AmountExceedsBond).
func RequestUnstake(ctx context.Context, c *Chain, d *Deployment, key *ecdsa.PrivateKey, amount *big.Int) (*Receipt, error) {
	what := fmt.Sprintf("request unstake of %v by %s", amount, Address(key).Hex())
	if err := checkUint256(what, "amount", amount); err != nil {
		return nil, err
	}
	st := bindings.NewSettlement()
	return c.transact(ctx, what, st.Instance(c.Client, d.Settlement), key, st.PackRequestUnstake(amount))
}

// WithdrawUnstaked pays key's unbonding OPEN back to it. The contract rejects nothing to
// withdraw (NothingToWithdraw), a withdrawal before the delay and the challenge windows
// of what it posted are over (UnbondingNotReady(prover, readyAt)) and one while a
// governance challenge against it is open (ChallengePending).
func WithdrawUnstaked(ctx context.Context, c *Chain, d *Deployment, key *ecdsa.PrivateKey) (*Receipt, error) {
	st := bindings.NewSettlement()
	return c.transact(ctx, "withdraw unstaked OPEN of "+Address(key).Hex(), st.Instance(c.Client, d.Settlement), key, st.PackWithdrawUnstaked())
}

// ReadProver reads a's stake.
func ReadProver(ctx context.Context, c *Chain, d *Deployment, a common.Address) (*ProverStake, error) {
	st := bindings.NewSettlement()
	sc, opts := st.Instance(c.Client, d.Settlement), &bind.CallOpts{Context: ctx}
	out, err := bind.Call(sc, opts, st.PackProvers(a), st.UnpackProvers)
	if err != nil {
		return nil, fmt.Errorf("read stake of %s at %s: %w", a.Hex(), d.Settlement.Hex(), err)
	}
	ok, err := bind.Call(sc, opts, st.PackIsPoster(a), st.UnpackIsPoster)
	if err != nil {
		return nil, err
	}
	return &ProverStake{Prover: a, Bonded: out.Bonded, Unbonding: out.Unbonding, ReadyAt: out.ReadyAt,
		LockedUntil: out.LockedUntil, PendingChallenges: out.PendingChallenges, IsPoster: ok}, nil
}

// ReadProvers lists every account that has staked since the deployment (from the Staked
// events, in order of first stake) with its current stake.
func ReadProvers(ctx context.Context, c *Chain, d *Deployment) ([]ProverStake, error) {
	st := bindings.NewSettlement()
	it, err := bind.FilterEvents(st.Instance(c.Client, d.Settlement), &bind.FilterOpts{Start: d.Block, Context: ctx}, st.UnpackStakedEvent)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var order []common.Address
	seen := map[common.Address]bool{}
	for it.Next() {
		if p := it.Value().Prover; !seen[p] {
			seen[p] = true
			order = append(order, p)
		}
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	out := make([]ProverStake, 0, len(order))
	for _, a := range order {
		p, err := ReadProver(ctx, c, d, a)
		if err != nil {
			return nil, err
		}
		out = append(out, *p)
	}
	return out, nil
}

// approveIfShort approves the Settlement to pull amount of key's OPEN when the allowance
// is below it; it returns the approval's receipt, or nil when none was needed.
func approveIfShort(ctx context.Context, c *Chain, d *Deployment, key *ecdsa.PrivateKey, amount *big.Int, what string) (*Receipt, error) {
	open := bindings.NewOPEN()
	tc := open.Instance(c.Client, d.Token)
	allowance, err := bind.Call(tc, &bind.CallOpts{Context: ctx}, open.PackAllowance(Address(key), d.Settlement), open.UnpackAllowance)
	if err != nil {
		return nil, fmt.Errorf("read allowance: %w", err)
	}
	if allowance.Cmp(amount) >= 0 {
		return nil, nil
	}
	return c.transact(ctx, what, tc, key, open.PackApprove(d.Settlement, amount))
}

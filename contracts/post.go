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

// Posted is the outcome of Post: the settle transaction (and the approval before it,
// if one was needed).
type Posted struct {
	Epoch   uint64      `json:"epoch"`
	Settle  Receipt     `json:"settle"`
	Approve *Receipt    `json:"approve,omitempty"`
	Root    common.Hash `json:"root"`
	Paid    string      `json:"paid"`
	Remain  string      `json:"remainder"`
}

// Post settles e from poster's key: approves the settlement to pull e.DataFee of OPEN if
// the allowance is short, then calls settle and waits for the receipt. A settlement the
// contract rejects fails at gas estimation with a *RevertError naming the reason
// (NotPoster, EpochAlreadySettled, WrongEpoch, InvalidProof, ERC20InsufficientBalance…)
// and sends nothing.
func Post(ctx context.Context, c *Chain, d *Deployment, poster *ecdsa.PrivateKey, e *Epoch) (*Posted, error) {
	if len(e.Contributors) != len(e.Payouts) {
		panic("contracts: contributors and payouts lengths differ")
	}
	open, st := bindings.NewOPEN(), bindings.NewSettlement()
	tc, sc := open.Instance(c.Client, d.Token), st.Instance(c.Client, d.Settlement)
	from := Address(poster)
	out := &Posted{Epoch: e.Epoch}
	allowance, err := bind.Call(tc, &bind.CallOpts{Context: ctx}, open.PackAllowance(from, d.Settlement), open.UnpackAllowance)
	if err != nil {
		return nil, fmt.Errorf("read allowance: %w", err)
	}
	if allowance.Cmp(e.DataFee) < 0 {
		if out.Approve, err = c.transact(ctx, "approve data fee", tc, poster, open.PackApprove(d.Settlement, e.DataFee)); err != nil {
			return nil, err
		}
	}
	rc, err := c.transact(ctx, fmt.Sprintf("settle epoch %d", e.Epoch), sc, poster,
		st.PackSettle(e.Epoch, e.DataFee, e.Commitment, e.Contributors, e.Payouts, e.Proof))
	if err != nil {
		return nil, err
	}
	out.Settle = *rc
	out.Root = NewMerkleTree(e.Contributors, e.Payouts).Root()
	paid := e.Paid()
	out.Paid, out.Remain = paid.String(), new(big.Int).Sub(e.DataFee, paid).String()
	return out, nil
}

// Claim pays leaf index of epoch's payout tree (contributors, payouts as settled) to its
// account; key signs and pays the gas (it need not be the account).
func Claim(ctx context.Context, c *Chain, d *Deployment, key *ecdsa.PrivateKey, epoch uint64, index int,
	contributors []common.Address, payouts []*big.Int) (*Receipt, error) {
	t := NewMerkleTree(contributors, payouts)
	st := bindings.NewSettlement()
	return c.transact(ctx, fmt.Sprintf("claim epoch %d index %d", epoch, index), st.Instance(c.Client, d.Settlement), key,
		st.PackClaim(epoch, big.NewInt(int64(index)), contributors[index], payouts[index], t.Proof(index)))
}

// IsClaimed reports whether leaf index of epoch has been claimed.
func IsClaimed(ctx context.Context, c *Chain, d *Deployment, epoch uint64, index int) (bool, error) {
	st := bindings.NewSettlement()
	return bind.Call(st.Instance(c.Client, d.Settlement), &bind.CallOpts{Context: ctx},
		st.PackIsClaimed(epoch, big.NewInt(int64(index))), st.UnpackIsClaimed)
}

// BalanceOf is a's OPEN balance in base units.
func BalanceOf(ctx context.Context, c *Chain, d *Deployment, a common.Address) (*big.Int, error) {
	open := bindings.NewOPEN()
	return bind.Call(open.Instance(c.Client, d.Token), &bind.CallOpts{Context: ctx}, open.PackBalanceOf(a), open.UnpackBalanceOf)
}

// SettledEpoch is one Settled event.
type SettledEpoch struct {
	Epoch        uint64         `json:"epoch"`
	Poster       common.Address `json:"poster"`
	Root         common.Hash    `json:"root"`
	Contributors uint64         `json:"contributors"`
	DataFee      string         `json:"data_fee"`
	Paid         string         `json:"paid"`
	Commitment   string         `json:"commitment"`
	Block        uint64         `json:"block"`
	TxHash       common.Hash    `json:"tx_hash"`
}

// Status is the on-chain state of a deployment.
type Status struct {
	Network     string         `json:"network"`
	ChainID     uint64         `json:"chain_id"`
	Block       uint64         `json:"block"`
	Deployment  *Deployment    `json:"deployment"`
	LastEpoch   uint64         `json:"last_epoch"`
	Verifier    common.Address `json:"verifier"`
	Backend     string         `json:"backend"`
	Held        string         `json:"held_for_claims"` // OPEN held by the settlement
	Settlements []SettledEpoch `json:"settlements"`
}

// ReadStatus reads the settlement's parameters and its Settled events.
func ReadStatus(ctx context.Context, c *Chain, d *Deployment) (*Status, error) {
	st := bindings.NewSettlement()
	sc := st.Instance(c.Client, d.Settlement)
	opts := &bind.CallOpts{Context: ctx}
	s := &Status{Network: c.URL, ChainID: c.ChainID.Uint64(), Deployment: d, Settlements: []SettledEpoch{}}
	var err error
	if s.Block, err = c.Client.BlockNumber(ctx); err != nil {
		return nil, err
	}
	if s.LastEpoch, err = bind.Call(sc, opts, st.PackLastEpoch(), st.UnpackLastEpoch); err != nil {
		return nil, fmt.Errorf("read settlement at %s: %w", d.Settlement.Hex(), err)
	}
	if s.Verifier, err = bind.Call(sc, opts, st.PackVerifier(), st.UnpackVerifier); err != nil {
		return nil, err
	}
	b, err := bind.Call(sc, opts, st.PackBackend(), st.UnpackBackend)
	if err != nil {
		return nil, err
	}
	s.Backend = Backend(b).String()
	held, err := BalanceOf(ctx, c, d, d.Settlement)
	if err != nil {
		return nil, err
	}
	s.Held = held.String()
	it, err := bind.FilterEvents(sc, &bind.FilterOpts{Start: d.Block, Context: ctx}, st.UnpackSettledEvent)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	for it.Next() {
		ev := it.Value()
		s.Settlements = append(s.Settlements, SettledEpoch{Epoch: ev.Epoch, Poster: ev.Poster, Root: ev.Root,
			Contributors: ev.Contributors.Uint64(), DataFee: ev.DataFee.String(), Paid: ev.Paid.String(),
			Commitment: ev.Commitment.String(), Block: ev.Raw.BlockNumber, TxHash: ev.Raw.TxHash})
	}
	return s, it.Error()
}

// LastEpoch reads the highest epoch the deployment's Settlement has settled.
func LastEpoch(ctx context.Context, c *Chain, d *Deployment) (uint64, error) {
	st := bindings.NewSettlement()
	e, err := bind.Call(st.Instance(c.Client, d.Settlement), &bind.CallOpts{Context: ctx}, st.PackLastEpoch(), st.UnpackLastEpoch)
	if err != nil {
		return 0, fmt.Errorf("read settlement at %s: %w", d.Settlement.Hex(), err)
	}
	return e, nil
}

// FindSettled returns the Settled event of epoch on the deployment, or nil when the
// contract has not settled it. This is how a settlement whose receipt was lost (the
// process stopped after sending) is found again: from the chain, not by sending twice.
func FindSettled(ctx context.Context, c *Chain, d *Deployment, epoch uint64) (*SettledEpoch, error) {
	st := bindings.NewSettlement()
	ev, err := firstEvent(ctx, c, d, st.UnpackSettledEvent, epoch,
		func(ev *bindings.SettlementSettled) bool { return ev.Epoch == epoch })
	if ev == nil || err != nil {
		return nil, err
	}
	return &SettledEpoch{Epoch: ev.Epoch, Poster: ev.Poster, Root: ev.Root,
		Contributors: ev.Contributors.Uint64(), DataFee: ev.DataFee.String(), Paid: ev.Paid.String(),
		Commitment: ev.Commitment.String(), Block: ev.Raw.BlockNumber, TxHash: ev.Raw.TxHash}, nil
}

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
// if one was needed), the payouts' root and how the total fee was split.
type Posted struct {
	Epoch       uint64      `json:"epoch"`
	Settle      Receipt     `json:"settle"`
	Approve     *Receipt    `json:"approve,omitempty"`
	Root        common.Hash `json:"root"`
	Paid        string      `json:"paid"`
	Remain      string      `json:"remainder"`
	TotalFee    string      `json:"total_fee"`
	OwnerFee    string      `json:"owner_fee"`    // kept by the poster (the model owner's share)
	ProtocolFee string      `json:"protocol_fee"` // sent to the treasury with the remainder
	ClaimableAt uint64      `json:"claimable_at"` // Unix seconds: claims open then
}

// Post settles e from poster's key: reads the Settlement's fee rule and checks that it
// splits e.TotalFee into e.DataFee (ErrFeeRule otherwise: the proof would fail), approves
// the settlement to pull the total fee less the owner share (which the poster keeps) if
// the allowance is short, then calls settle and waits for the receipt. The contract pulls
// the payouts into itself and the remainder plus the protocol share to the treasury; the
// payouts can be claimed one challenge window later. With e.Attributed set it calls
// settleAttributed instead (the scores proven from the listed attested records; a record
// out of order or unattested reverts with RecordsNotAscending or RecordNotAttested). A settlement the contract rejects
// fails at gas estimation with a *RevertError naming the reason (InsufficientStake,
// EpochAlreadySettled, WrongEpoch, TooEarly, InvalidProof, ERC20InsufficientBalance…) and
// sends nothing. A nil TotalFee fails with ErrInput.
func Post(ctx context.Context, c *Chain, d *Deployment, poster *ecdsa.PrivateKey, e *Epoch) (*Posted, error) {
	if len(e.Contributors) != len(e.Payouts) {
		panic("contracts: contributors and payouts lengths differ")
	}
	what := fmt.Sprintf("settle epoch %d", e.Epoch)
	if e.TotalFee == nil {
		return nil, fmt.Errorf("%s: no total fee: %w", what, ErrInput)
	}
	if err := checkUint256(what, "total fee", e.TotalFee); err != nil {
		return nil, err
	}
	p, err := ReadParams(ctx, c, d)
	if err != nil {
		return nil, err
	}
	owner, protocol, data := p.FeeRule().Parts(e.TotalFee)
	if e.DataFee == nil || data.Cmp(e.DataFee) != 0 {
		return nil, fmt.Errorf("%s: the Settlement's fee rule %d/%d/%d bps splits total fee %v into data fee %v, the proof's is %v: %w",
			what, p.OwnerBps, p.ProtocolBps, p.DataBps, e.TotalFee, data, e.DataFee, ErrFeeRule)
	}
	out := &Posted{Epoch: e.Epoch, TotalFee: e.TotalFee.String(), OwnerFee: owner.String(), ProtocolFee: protocol.String()}
	if out.Approve, err = approveIfShort(ctx, c, d, poster, new(big.Int).Sub(e.TotalFee, owner), "approve fee"); err != nil {
		return nil, err
	}
	st := bindings.NewSettlement()
	call := st.PackSettle(e.Epoch, e.TotalFee, e.Commitment, e.Records, e.Contributors, e.Payouts, e.Proof)
	if a := e.Attributed; a != nil {
		what = fmt.Sprintf("settle epoch %d with proven scores (settleAttributed)", e.Epoch)
		if a.Digest == nil || RecordsHash(a.IDs) != e.Records {
			return nil, fmt.Errorf("%s: missing record digest, or records hash %s is not that of the %d record ids: %w", what, e.Records.Hex(), len(a.IDs), ErrInput)
		}
		if err := checkUint256(what, "record digest", a.Digest); err != nil {
			return nil, err
		}
		call = st.PackSettleAttributed(e.Epoch, e.TotalFee, e.Commitment,
			bindings.SettlementAttributedRecords{Ids: a.Keys(), Digest: a.Digest, Verifier: a.Verifier}, e.Contributors, e.Payouts, e.Proof)
	}
	rc, err := c.transact(ctx, what, st.Instance(c.Client, d.Settlement), poster, call)
	if err != nil {
		return nil, err
	}
	out.Settle = *rc
	out.Root = NewMerkleTree(e.Contributors, e.Payouts).Root()
	paid := e.Paid()
	out.Paid, out.Remain = paid.String(), new(big.Int).Sub(e.DataFee, paid).String()
	if h, err := c.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(rc.Block)); err == nil {
		out.ClaimableAt = h.Time + p.ChallengeWindow
	}
	return out, nil
}

// Claim pays leaf index of epoch's payout tree (contributors, payouts as settled) to its
// account; key signs and pays the gas (it need not be the account). The claim proof ends
// with the epoch's scores hash, computed from its Settled event (commitment, records). The
// contract rejects a
// claim before the epoch's challenge window is over (ChallengeWindowOpen), while a
// governance challenge holds it (EpochDisputed) and on a voided epoch (EpochVoided).
func Claim(ctx context.Context, c *Chain, d *Deployment, key *ecdsa.PrivateKey, epoch uint64, index int,
	contributors []common.Address, payouts []*big.Int) (*Receipt, error) {
	what := fmt.Sprintf("claim epoch %d index %d", epoch, index)
	if index < 0 || index >= len(contributors) || len(payouts) != len(contributors) {
		return nil, fmt.Errorf("%s: index outside the %d contributors (%d payouts): %w", what, len(contributors), len(payouts), ErrInput)
	}
	sh, err := settledScoresHash(ctx, c, d, epoch)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	t := NewMerkleTree(contributors, payouts)
	st := bindings.NewSettlement()
	return c.transact(ctx, what, st.Instance(c.Client, d.Settlement), key,
		st.PackClaim(epoch, big.NewInt(int64(index)), contributors[index], payouts[index], t.ClaimProof(index, sh)))
}

// settledScoresHash is the scores hash of epoch's settlement, from its Settled event; a
// missing event is ErrInput (the epoch is not settled on this deployment).
func settledScoresHash(ctx context.Context, c *Chain, d *Deployment, epoch uint64) (common.Hash, error) {
	ev, err := findSettledEvent(ctx, c, d, epoch)
	if err != nil {
		return common.Hash{}, fmt.Errorf("read the Settled event: %w", err)
	}
	if ev == nil {
		return common.Hash{}, fmt.Errorf("no Settled event for epoch %d on %s: %w", epoch, d.Settlement.Hex(), ErrInput)
	}
	return ScoresHash(ev.Commitment, ev.Records), nil
}

func findSettledEvent(ctx context.Context, c *Chain, d *Deployment, epoch uint64) (*bindings.SettlementSettled, error) {
	st := bindings.NewSettlement()
	return firstEvent(ctx, c, d, st.UnpackSettledEvent, epoch,
		func(ev *bindings.SettlementSettled) bool { return ev.Epoch == epoch })
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
	TotalFee     string         `json:"total_fee"`
	DataFee      string         `json:"data_fee"`
	Paid         string         `json:"paid"`
	Commitment   string         `json:"commitment"`
	Records      common.Hash    `json:"records"`
	ClaimableAt  uint64         `json:"claimable_at"`
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
	Held        string         `json:"held_for_claims"` // OPEN the settlement holds for claims (not stakes, deposits or the treasury's share)
	Treasury    string         `json:"treasury_owed"`   // OPEN the settlement holds for the treasury until sweepTreasury()
	Staked      string         `json:"staked"`          // bonded + unbonding OPEN of the provers
	Params      *Params        `json:"params"`
	Provers     []ProverStake  `json:"provers"`
	Settlements []SettledEpoch `json:"settlements"`
}

// ReadStatus reads the settlement's parameters, its provers' stakes and its Settled events.
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
	if s.Params, err = ReadParams(ctx, c, d); err != nil {
		return nil, err
	}
	if s.Provers, err = ReadProvers(ctx, c, d); err != nil {
		return nil, err
	}
	staked := new(big.Int)
	for _, p := range s.Provers {
		staked.Add(staked, p.Bonded).Add(staked, p.Unbonding)
	}
	challenges, err := ReadChallenges(ctx, c, d)
	if err != nil {
		return nil, err
	}
	owed, err := TreasuryOwed(ctx, c, d)
	if err != nil {
		return nil, err
	}
	held.Sub(held, staked).Sub(held, owed)
	s.Treasury = owed.String()
	for _, g := range challenges {
		if g.Status == "open" {
			held.Sub(held, g.Deposit)
		}
	}
	s.Held, s.Staked = held.String(), staked.String()
	it, err := bind.FilterEvents(sc, &bind.FilterOpts{Start: d.Block, Context: ctx}, st.UnpackSettledEvent)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	for it.Next() {
		s.Settlements = append(s.Settlements, *settledOf(it.Value()))
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
	ev, err := findSettledEvent(ctx, c, d, epoch)
	if ev == nil || err != nil {
		return nil, err
	}
	return settledOf(ev), nil
}

func settledOf(ev *bindings.SettlementSettled) *SettledEpoch {
	return &SettledEpoch{Epoch: ev.Epoch, Poster: ev.Poster, Root: ev.Root, Contributors: ev.Contributors.Uint64(),
		TotalFee: ev.TotalFee.String(), DataFee: ev.DataFee.String(), Paid: ev.Paid.String(), Commitment: ev.Commitment.String(),
		Records: ev.Records, ClaimableAt: ev.ClaimableAt, Block: ev.Raw.BlockNumber, TxHash: ev.Raw.TxHash}
}

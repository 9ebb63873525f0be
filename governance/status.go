package governance

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"poa/contracts"
	"poa/contracts/bindings"
)

// Status is governance as the chain has it now.
type Status struct {
	GOPEN    common.Address `json:"gopen"`
	Governor common.Address `json:"governor"`
	Timelock common.Address `json:"timelock"`
	Clock    uint64         `json:"clock"` // the latest block's timestamp (GOPEN's clock)
	// Params are the Governor's and the timelock's settings now (proposals can change
	// them).
	Params Params   `json:"params"`
	Supply *big.Int `json:"supply"` // GOPEN supply: OPEN wrapped
	Quorum *big.Int `json:"quorum"` // quorum of a snapshot at the latest second
	// SettlementOwner is who owns the Settlement's parameters: the timelock once handed
	// over; PendingOwner is the timelock between HandOver and the accept-ownership proposal.
	SettlementOwner common.Address `json:"settlement_owner"`
	PendingOwner    common.Address `json:"settlement_pending_owner,omitzero"`
	Account         *Account       `json:"account,omitempty"`
}

// Account is one account's tokens and voting power (base units).
type Account struct {
	Address  common.Address `json:"address"`
	OPEN     *big.Int       `json:"open"`
	GOPEN    *big.Int       `json:"gopen"`
	Votes    *big.Int       `json:"votes"`    // voting power now (delegated to it)
	Delegate common.Address `json:"delegate"` // whom its GOPEN votes for (zero: nobody yet)
}

// MarshalJSON writes amounts as decimal strings of base units.
func (s Status) MarshalJSON() ([]byte, error) {
	type plain Status
	return json.Marshal(struct {
		plain
		Supply string `json:"supply"`
		Quorum string `json:"quorum"`
	}{plain(s), bigOrZero(s.Supply).String(), bigOrZero(s.Quorum).String()})
}

// MarshalJSON writes amounts as decimal strings of base units.
func (a Account) MarshalJSON() ([]byte, error) {
	type plain Account
	return json.Marshal(struct {
		plain
		OPEN  string `json:"open"`
		GOPEN string `json:"gopen"`
		Votes string `json:"votes"`
	}{plain(a), bigOrZero(a.OPEN).String(), bigOrZero(a.GOPEN).String(), bigOrZero(a.Votes).String()})
}

// ReadStatus reads the Governor's settings, GOPEN's supply and quorum, the Settlement's
// owner and, unless account is the zero address, that account's balances, votes and
// delegate.
func ReadStatus(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, account common.Address) (*Status, error) {
	if err := check(d); err != nil {
		return nil, err
	}
	now, err := c.Time(ctx)
	if err != nil {
		return nil, err
	}
	s := &Status{GOPEN: d.GOPEN, Governor: d.Governor, Timelock: d.Timelock, Clock: now}
	opts := &bind.CallOpts{Context: ctx}
	g, gi := governor(c, d)
	tl := bindings.NewPoaTimelock()
	ti := tl.Instance(c.Client, d.Timelock)
	tok := bindings.NewGOPEN()
	ki := tok.Instance(c.Client, d.GOPEN)
	read := func(what string, f func() error) {
		if err == nil {
			if e := f(); e != nil {
				err = fmt.Errorf("governance status: %s: %w", what, e)
			}
		}
	}
	var delay, period, minDelay, quorumNum *big.Int
	read("voting delay", func() (e error) { delay, e = bind.Call(gi, opts, g.PackVotingDelay(), g.UnpackVotingDelay); return })
	read("voting period", func() (e error) { period, e = bind.Call(gi, opts, g.PackVotingPeriod(), g.UnpackVotingPeriod); return })
	read("proposal threshold", func() (e error) {
		s.Params.ProposalThreshold, e = bind.Call(gi, opts, g.PackProposalThreshold(), g.UnpackProposalThreshold)
		return
	})
	read("quorum numerator", func() (e error) {
		quorumNum, e = bind.Call(gi, opts, g.PackQuorumNumerator0(), g.UnpackQuorumNumerator0)
		return
	})
	read("timelock delay", func() (e error) {
		minDelay, e = bind.Call(ti, opts, tl.PackGetMinDelay(), tl.UnpackGetMinDelay)
		return
	})
	read("GOPEN supply", func() (e error) {
		s.Supply, e = bind.Call(ki, opts, tok.PackTotalSupply(), tok.UnpackTotalSupply)
		return
	})
	read("quorum", func() (e error) {
		s.Quorum, e = bind.Call(gi, opts, g.PackQuorum(new(big.Int).SetUint64(now-1)), g.UnpackQuorum)
		return
	})
	read("settlement owner", func() (e error) { s.SettlementOwner, s.PendingOwner, e = Owners(ctx, c, d); return })
	if err != nil {
		return nil, err
	}
	s.Params.VotingDelay = time.Duration(delay.Int64()) * time.Second
	s.Params.VotingPeriod = time.Duration(period.Int64()) * time.Second
	s.Params.TimelockDelay = time.Duration(minDelay.Int64()) * time.Second
	s.Params.QuorumPercent = quorumNum.Uint64()
	if account == (common.Address{}) {
		return s, nil
	}
	a := &Account{Address: account}
	open := bindings.NewOPEN()
	oi := open.Instance(c.Client, d.Token)
	read("OPEN balance", func() (e error) {
		a.OPEN, e = bind.Call(oi, opts, open.PackBalanceOf(account), open.UnpackBalanceOf)
		return
	})
	read("GOPEN balance", func() (e error) {
		a.GOPEN, e = bind.Call(ki, opts, tok.PackBalanceOf(account), tok.UnpackBalanceOf)
		return
	})
	read("votes", func() (e error) {
		a.Votes, e = bind.Call(ki, opts, tok.PackGetVotes(account), tok.UnpackGetVotes)
		return
	})
	read("delegate", func() (e error) {
		a.Delegate, e = bind.Call(ki, opts, tok.PackDelegates(account), tok.UnpackDelegates)
		return
	})
	if err != nil {
		return nil, err
	}
	s.Account = a
	return s, nil
}

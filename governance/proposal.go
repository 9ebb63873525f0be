package governance

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/contracts/bindings"
)

// Vote choices (GovernorCountingSimple's support values).
const (
	Against uint8 = 0
	For     uint8 = 1
	Abstain uint8 = 2
)

// Proposal is one proposal as the Governor's events and views report it. Times are
// GOPEN clock values (Unix seconds).
type Proposal struct {
	ID          *big.Int       `json:"id"`
	Proposer    common.Address `json:"proposer"`
	Description string         `json:"description"`
	Calls       []Call         `json:"calls"`
	State       string         `json:"state"` // Pending, Active, Canceled, Defeated, Succeeded, Queued, Expired, Executed
	// VoteStart is the snapshot: votes are GOPEN voting power at this time, and voting
	// opens just after it; VoteEnd is the last second of voting.
	VoteStart uint64 `json:"vote_start"`
	VoteEnd   uint64 `json:"vote_end"`
	// ETA is when a queued proposal becomes executable (0 until queued).
	ETA     uint64   `json:"eta"`
	For     *big.Int `json:"for"`
	Against *big.Int `json:"against"`
	Abstain *big.Int `json:"abstain"`
	// Quorum is the For+Abstain votes needed: the quorum at the snapshot once it has
	// passed, before that the quorum at the latest second (GOPEN's supply may change).
	Quorum *big.Int    `json:"quorum"`
	Block  uint64      `json:"block"` // block of ProposalCreated
	TxHash common.Hash `json:"tx_hash"`
}

// MarshalJSON writes the id and the vote tallies as decimal strings (a proposal id is a
// 256-bit hash, beyond a JSON number's precision).
func (p Proposal) MarshalJSON() ([]byte, error) {
	type plain Proposal
	str := func(b *big.Int) string { return bigOrZero(b).String() }
	return json.Marshal(struct {
		plain
		ID      string `json:"id"`
		For     string `json:"for"`
		Against string `json:"against"`
		Abstain string `json:"abstain"`
		Quorum  string `json:"quorum"`
	}{plain(p), str(p.ID), str(p.For), str(p.Against), str(p.Abstain), str(p.Quorum)})
}

func governor(c *contracts.Chain, d *contracts.Deployment) (*bindings.PoaGovernor, *bind.BoundContract) {
	g := bindings.NewPoaGovernor()
	return g, g.Instance(c.Client, d.Governor)
}

// split turns calls into the Governor's parallel arrays.
func split(calls []Call) (targets []common.Address, values []*big.Int, datas [][]byte) {
	for _, c := range calls {
		targets = append(targets, c.Target)
		values = append(values, bigOrZero(c.Value))
		datas = append(datas, c.Data)
	}
	return targets, values, datas
}

// ProposalID is the Governor's id of a proposal: keccak256(abi.encode(targets, values,
// calldatas, keccak256(description))), computed in Go.
func ProposalID(calls []Call, description string) *big.Int {
	g := bindings.NewPoaGovernor()
	t, v, ds := split(calls)
	packed := g.PackHashProposal(t, v, ds, crypto.Keccak256Hash([]byte(description)))
	// hashProposal's arguments are exactly what the Governor hashes (after its selector).
	return new(big.Int).SetBytes(crypto.Keccak256(packed[4:]))
}

// Propose submits calls with description from key's account and returns the proposal
// id. The account needs voting power of at least the proposal threshold one second
// before (GovernorInsufficientProposerVotes otherwise: wrap and delegate first). The
// snapshot is now + voting delay.
func Propose(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, key *ecdsa.PrivateKey, calls []Call, description string) (*big.Int, *contracts.Receipt, error) {
	if err := check(d); err != nil {
		return nil, nil, err
	}
	if len(calls) == 0 {
		return nil, nil, fmt.Errorf("propose: %w: no calls", ErrValue)
	}
	if err := Preflight(ctx, c, d, calls); err != nil {
		return nil, nil, err
	}
	g, inst := governor(c, d)
	t, v, ds := split(calls)
	rc, err := send(ctx, c, "propose", inst, key, g.PackPropose(t, v, ds, description))
	if err != nil {
		return nil, nil, err
	}
	return ProposalID(calls, description), rc, nil
}

// Preflight runs, as eth_call from the timelock on the latest state, each call the
// timelock could already make: calls to the timelock itself, and calls to the Settlement
// once the timelock owns it. A call that would revert there (a value the contract
// refuses: a zero minimum stake, a challenge window over its maximum) fails here, named,
// instead of after the vote. Calls to the Governor (which only accepts them inside an
// execution), to other contracts, and to the Settlement before the handover are not
// checked. Propose runs it first.
func Preflight(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, calls []Call) error {
	owner, _, err := Owners(ctx, c, d)
	if err != nil {
		return err
	}
	for i, call := range calls {
		if call.Target != d.Timelock && (call.Target != d.Settlement || owner != d.Timelock) {
			continue
		}
		to := call.Target
		msg := ethereum.CallMsg{From: d.Timelock, To: &to, Value: bigOrZero(call.Value), Data: call.Data}
		if _, err := c.Client.CallContract(ctx, msg, nil); err != nil {
			label := call.Label
			if label == "" {
				label = Describe(d, call)
			}
			return fmt.Errorf("call %d %s would fail when executed: %w", i+1, label, callRevert(err))
		}
	}
	return nil
}

// Vote casts key's vote on proposal id: support is Against, For or Abstain; reason, if
// not empty, is recorded in the VoteCast event. The weight is the voter's voting power at
// the proposal's snapshot (tokens wrapped or delegated after it do not count).
func Vote(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, key *ecdsa.PrivateKey, id *big.Int, support uint8, reason string) (*contracts.Receipt, error) {
	if err := check(d); err != nil {
		return nil, err
	}
	if support > Abstain {
		return nil, fmt.Errorf("vote: %w: support %d (0 against, 1 for, 2 abstain)", ErrValue, support)
	}
	g, inst := governor(c, d)
	data := g.PackCastVote(id, support)
	if reason != "" {
		data = g.PackCastVoteWithReason(id, support, reason)
	}
	rc, err := send(ctx, c, "vote", inst, key, data)
	return rc, err
}

// Queue schedules a succeeded proposal in the timelock (anyone may send it); it becomes
// executable after the timelock's delay (the proposal's ETA). The targets, values,
// calldatas and description are recovered from the proposal's ProposalCreated event.
func Queue(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, key *ecdsa.PrivateKey, id *big.Int) (*contracts.Receipt, error) {
	return lifecycle(ctx, c, d, key, id, "queue", (*bindings.PoaGovernor).PackQueue)
}

// Execute runs a queued proposal whose ETA has passed through the timelock (anyone may
// send it); before the ETA the timelock reverts (TimelockUnexpectedOperationState).
func Execute(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, key *ecdsa.PrivateKey, id *big.Int) (*contracts.Receipt, error) {
	return lifecycle(ctx, c, d, key, id, "execute", (*bindings.PoaGovernor).PackExecute)
}

// Cancel withdraws a proposal while it is still Pending (before voting opens); only its
// proposer may (OpenZeppelin Governor 5.x), anyone else gets GovernorUnableToCancel.
func Cancel(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, key *ecdsa.PrivateKey, id *big.Int) (*contracts.Receipt, error) {
	return lifecycle(ctx, c, d, key, id, "cancel", (*bindings.PoaGovernor).PackCancel)
}

func lifecycle(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, key *ecdsa.PrivateKey, id *big.Int, what string,
	pack func(*bindings.PoaGovernor, []common.Address, []*big.Int, [][]byte, [32]byte) []byte) (*contracts.Receipt, error) {
	if err := check(d); err != nil {
		return nil, err
	}
	ev, err := created(ctx, c, d, id)
	if err != nil {
		return nil, err
	}
	g, inst := governor(c, d)
	rc, err := send(ctx, c, fmt.Sprintf("%s proposal %s", what, id), inst, key,
		pack(g, ev.Targets, ev.Values, ev.Calldatas, crypto.Keccak256Hash([]byte(ev.Description))))
	return rc, err
}

// created finds proposal id's ProposalCreated event.
func created(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, id *big.Int) (*bindings.PoaGovernorProposalCreated, error) {
	evs, err := createdEvents(ctx, c, d)
	if err != nil {
		return nil, err
	}
	for _, ev := range evs {
		if ev.ProposalId.Cmp(id) == 0 {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("proposal %s: %w on governor %s", id, ErrNoProposal, d.Governor.Hex())
}

func createdEvents(ctx context.Context, c *contracts.Chain, d *contracts.Deployment) ([]*bindings.PoaGovernorProposalCreated, error) {
	g, inst := governor(c, d)
	it, err := bind.FilterEvents(inst, &bind.FilterOpts{Start: d.Block, Context: ctx}, g.UnpackProposalCreatedEvent)
	if err != nil {
		return nil, fmt.Errorf("governor ProposalCreated events: %w", err)
	}
	defer it.Close()
	var out []*bindings.PoaGovernorProposalCreated
	for it.Next() {
		out = append(out, it.Value())
	}
	return out, it.Error()
}

// Proposals lists the Governor's proposals, oldest first, with their state, votes,
// quorum and times read at the latest block.
func Proposals(ctx context.Context, c *contracts.Chain, d *contracts.Deployment) ([]Proposal, error) {
	if err := check(d); err != nil {
		return nil, err
	}
	evs, err := createdEvents(ctx, c, d)
	if err != nil {
		return nil, err
	}
	now, err := c.Time(ctx)
	if err != nil {
		return nil, err
	}
	g, inst := governor(c, d)
	opts := &bind.CallOpts{Context: ctx}
	out := make([]Proposal, 0, len(evs))
	for _, ev := range evs {
		p := Proposal{ID: ev.ProposalId, Proposer: ev.Proposer, Description: ev.Description,
			VoteStart: ev.VoteStart.Uint64(), VoteEnd: ev.VoteEnd.Uint64(), Block: ev.Raw.BlockNumber, TxHash: ev.Raw.TxHash}
		for i := range ev.Targets {
			call := Call{Target: ev.Targets[i], Value: ev.Values[i], Data: ev.Calldatas[i]}
			call.Label = Describe(d, call)
			p.Calls = append(p.Calls, call)
		}
		st, err := bind.Call(inst, opts, g.PackState(ev.ProposalId), g.UnpackState)
		if err != nil {
			return nil, fmt.Errorf("proposal %s: state: %w", ev.ProposalId, err)
		}
		p.State = StateName(st)
		votes, err := bind.Call(inst, opts, g.PackProposalVotes(ev.ProposalId), g.UnpackProposalVotes)
		if err != nil {
			return nil, fmt.Errorf("proposal %s: votes: %w", ev.ProposalId, err)
		}
		p.For, p.Against, p.Abstain = votes.ForVotes, votes.AgainstVotes, votes.AbstainVotes
		at := p.VoteStart
		if at >= now {
			at = now - 1
		}
		if p.Quorum, err = bind.Call(inst, opts, g.PackQuorum(new(big.Int).SetUint64(at)), g.UnpackQuorum); err != nil {
			return nil, fmt.Errorf("proposal %s: quorum: %w", ev.ProposalId, err)
		}
		eta, err := bind.Call(inst, opts, g.PackProposalEta(ev.ProposalId), g.UnpackProposalEta)
		if err != nil {
			return nil, fmt.Errorf("proposal %s: eta: %w", ev.ProposalId, err)
		}
		p.ETA = eta.Uint64()
		out = append(out, p)
	}
	return out, nil
}

// Get is Proposals for one id (ErrNoProposal when the Governor has no such proposal).
func Get(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, id *big.Int) (*Proposal, error) {
	ps, err := Proposals(ctx, c, d)
	if err != nil {
		return nil, err
	}
	for i := range ps {
		if ps[i].ID.Cmp(id) == 0 {
			return &ps[i], nil
		}
	}
	return nil, fmt.Errorf("proposal %s: %w on governor %s", id, ErrNoProposal, d.Governor.Hex())
}

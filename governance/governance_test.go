package governance_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/contracts/bindings"
	"poa/governance"
)

// env is a fresh simulated chain with OPEN and the Settlement deployed by contracts.Deploy
// and governance by governance.Deploy, all from owner.
type env struct {
	t     *testing.T
	ctx   context.Context
	c     *contracts.Chain
	d     *contracts.Deployment
	p     governance.Params
	owner *ecdsa.PrivateKey
	keys  map[string]*ecdsa.PrivateKey
}

var names = []string{"alice", "bob", "carol", "dave", "erin", "mallory"}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{t: t, ctx: context.Background(), owner: newKey(t), keys: map[string]*ecdsa.PrivateKey{}, p: governance.DefaultParams()}
	addrs := []common.Address{contracts.Address(e.owner)}
	for _, n := range names {
		e.keys[n] = newKey(t)
		addrs = append(addrs, contracts.Address(e.keys[n]))
	}
	e.c = contracts.NewSimulated(addrs)
	t.Cleanup(e.c.Close)
	var err error
	e.d, err = contracts.Deploy(e.ctx, e.c, contracts.DeployConfig{Owner: e.owner, Verifier: contracts.Verifiers()["FixtureGroth16Verifier"]})
	if err != nil {
		t.Fatal(err)
	}
	if e.d.GOPEN, e.d.Governor, e.d.Timelock, err = governance.Deploy(e.ctx, e.c, e.owner, e.d.Token, e.p); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) addr(name string) common.Address { return contracts.Address(e.keys[name]) }

// fund sends n whole OPEN from the owner to name, wraps it and delegates it to name.
func (e *env) fund(name string, n int64) (gas map[string]uint64) {
	e.t.Helper()
	open := bindings.NewOPEN()
	if _, err := e.c.Send(e.ctx, "fund "+name, open.Instance(e.c.Client, e.d.Token), e.owner, open.PackTransfer(e.addr(name), governance.GOPENUnits(n))); err != nil {
		e.t.Fatalf("fund %s (does the owner still hold OPEN after contracts.Deploy?): %v", name, err)
	}
	gas = map[string]uint64{}
	rcs, err := governance.Wrap(e.ctx, e.c, e.d, e.keys[name], governance.GOPENUnits(n))
	if err != nil {
		e.t.Fatal(err)
	}
	for _, rc := range rcs {
		gas["wrap"] += rc.GasUsed
	}
	gas["wrap (depositFor)"] = rcs[len(rcs)-1].GasUsed
	rc, err := governance.Delegate(e.ctx, e.c, e.d, e.keys[name], e.addr(name))
	if err != nil {
		e.t.Fatal(err)
	}
	gas["delegate"] = rc.GasUsed
	return gas
}

func (e *env) advance(d time.Duration) {
	e.t.Helper()
	if err := e.c.AdvanceTime(e.ctx, d); err != nil {
		e.t.Fatal(err)
	}
}

// advanceTo moves the head block's time to t.
func (e *env) advanceTo(t uint64) {
	e.t.Helper()
	now, err := e.c.Time(e.ctx)
	if err != nil || now >= t {
		e.t.Fatalf("advance to %d from %d: %v", t, now, err)
	}
	e.advance(time.Duration(t-now) * time.Second)
}

func (e *env) proposal(id *big.Int) *governance.Proposal {
	e.t.Helper()
	p, err := governance.Get(e.ctx, e.c, e.d, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

func (e *env) calls(sets ...string) []governance.Call {
	e.t.Helper()
	cs, err := governance.Calls(e.d, sets...)
	if err != nil {
		e.t.Fatal(err)
	}
	return cs
}

// wantRevert fails unless err is a revert naming the custom error name.
func wantRevert(t *testing.T, err error, name string) {
	t.Helper()
	var re *contracts.RevertError
	if !errors.Is(err, contracts.ErrReverted) || !errors.As(err, &re) || re.Name != name {
		t.Fatalf("got error %v, want a revert with %s", err, name)
	}
}

func call[T any](t *testing.T, bc *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := bind.Call(bc, &bind.CallOpts{Context: context.Background()}, data, unpack)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (e *env) recipient() common.Address {
	st := bindings.NewSettlement()
	return call(e.t, st.Instance(e.c.Client, e.d.Settlement), st.PackRemainderRecipient(), st.UnpackRemainderRecipient)
}

// TestGovernanceCycle hands the Settlement to the timelock as a deployment does and runs
// the first proposal (accept ownership, set the remainder recipient, lengthen the voting
// delay) from proposal to execution, checking each stage's guard on the way.
func TestGovernanceCycle(t *testing.T) {
	e := newEnv(t)
	gas := e.fund("alice", 100_000)
	e.fund("bob", 1_000_000)
	before := e.recipient()
	newRecipient := common.HexToAddress("0x00000000000000000000000000000000000dEaD2")

	// Handover, step 1: the owner names the timelock pending owner and keeps its powers.
	if _, err := governance.HandOver(e.ctx, e.c, e.d, e.owner); err != nil {
		t.Fatal(err)
	}
	owner, pending, err := governance.Owners(e.ctx, e.c, e.d)
	if err != nil || owner != contracts.Address(e.owner) || pending != e.d.Timelock {
		t.Fatalf("after HandOver: owner %s pending %s (%v), want %s and the timelock", owner.Hex(), pending.Hex(), err, contracts.Address(e.owner).Hex())
	}
	if e.d.Completeness == (common.Address{}) {
		t.Fatal("contracts.Deploy made no Completeness contract")
	}
	if owner, pending, err := governance.CompletenessOwners(e.ctx, e.c, e.d); err != nil || owner != contracts.Address(e.owner) || pending != e.d.Timelock {
		t.Fatalf("after HandOver: completeness owner %s pending %s (%v), want %s and the timelock", owner.Hex(), pending.Hex(), err, contracts.Address(e.owner).Hex())
	}

	calls := e.calls("accept-ownership", "remainder-recipient="+newRecipient.Hex(), "voting-delay=2d", "accept-completeness-ownership")
	const desc = "Hand the Settlement to governance; burn the remainder; 2-day voting delay"
	id, rc, err := governance.Propose(e.ctx, e.c, e.d, e.keys["alice"], calls, desc)
	if err != nil {
		t.Fatal(err)
	}
	gas["propose"] = rc.GasUsed
	p := e.proposal(id)
	if p.State != "Pending" || p.Proposer != e.addr("alice") || p.Description != desc || len(p.Calls) != 4 {
		t.Fatalf("new proposal: %+v", p)
	}
	if !strings.Contains(p.Calls[1].Label, "setRemainderRecipient("+newRecipient.Hex()+")") {
		t.Errorf("call label %q", p.Calls[1].Label)
	}
	if got := p.VoteEnd - p.VoteStart; got != uint64(e.p.VotingPeriod/time.Second) {
		t.Errorf("vote lasts %d s, want %v", got, e.p.VotingPeriod)
	}

	// No voting during the delay.
	_, err = governance.Vote(e.ctx, e.c, e.d, e.keys["alice"], id, governance.For, "")
	wantRevert(t, err, "GovernorUnexpectedProposalState")
	if !strings.Contains(err.Error(), "Pending") {
		t.Errorf("error %q does not name the state", err)
	}

	e.advance(e.p.VotingDelay)
	if rc, err = governance.Vote(e.ctx, e.c, e.d, e.keys["alice"], id, governance.For, ""); err != nil {
		t.Fatal(err)
	}
	gas["vote"] = rc.GasUsed
	if rc, err = governance.Vote(e.ctx, e.c, e.d, e.keys["bob"], id, governance.Abstain, "fine by me"); err != nil {
		t.Fatal(err)
	}
	gas["vote with reason"] = rc.GasUsed
	_, err = governance.Vote(e.ctx, e.c, e.d, e.keys["alice"], id, governance.For, "")
	wantRevert(t, err, "GovernorAlreadyCastVote")
	p = e.proposal(id)
	if p.State != "Active" || p.For.Cmp(governance.GOPENUnits(100_000)) != 0 || p.Abstain.Cmp(governance.GOPENUnits(1_000_000)) != 0 || p.Against.Sign() != 0 {
		t.Fatalf("active proposal: %s for %v against %v abstain %v", p.State, p.For, p.Against, p.Abstain)
	}
	if want := governance.GOPENUnits(55_000); p.Quorum.Cmp(want) != 0 { // 5% of 1.1M GOPEN
		t.Errorf("quorum %v, want %v", p.Quorum, want)
	}

	// No queueing while voting.
	_, err = governance.Queue(e.ctx, e.c, e.d, e.keys["carol"], id)
	wantRevert(t, err, "GovernorUnexpectedProposalState")

	e.advance(e.p.VotingPeriod)
	if p = e.proposal(id); p.State != "Succeeded" {
		t.Fatalf("after the period: %s", p.State)
	}
	if rc, err = governance.Queue(e.ctx, e.c, e.d, e.keys["carol"], id); err != nil { // anyone queues
		t.Fatal(err)
	}
	gas["queue"] = rc.GasUsed
	p = e.proposal(id)
	now, _ := e.c.Time(e.ctx)
	if p.State != "Queued" || p.ETA != now+uint64(e.p.TimelockDelay/time.Second) {
		t.Fatalf("queued: %s eta %d (now %d)", p.State, p.ETA, now)
	}

	// The timelock cannot be skipped.
	_, err = governance.Execute(e.ctx, e.c, e.d, e.keys["carol"], id)
	wantRevert(t, err, "TimelockUnexpectedOperationState")
	if r := e.recipient(); r != before {
		t.Fatalf("recipient changed before execution: %s", r.Hex())
	}
	// Two seconds before the ETA: the transaction would land one second before it.
	// (On the embedded chain each governance call mines an empty block first.)
	e.advanceTo(p.ETA - 2)
	_, err = governance.Execute(e.ctx, e.c, e.d, e.keys["carol"], id)
	wantRevert(t, err, "TimelockUnexpectedOperationState")
	if rc, err = governance.Execute(e.ctx, e.c, e.d, e.keys["carol"], id); err != nil {
		t.Fatal(err)
	}
	gas["execute (4 calls)"] = rc.GasUsed
	if p = e.proposal(id); p.State != "Executed" {
		t.Fatalf("after execute: %s", p.State)
	}
	if r := e.recipient(); r != newRecipient {
		t.Fatalf("recipient %s, want %s", r.Hex(), newRecipient.Hex())
	}
	owner, pending, _ = governance.Owners(e.ctx, e.c, e.d)
	if owner != e.d.Timelock || pending != (common.Address{}) {
		t.Fatalf("owner %s pending %s, want the timelock and none", owner.Hex(), pending.Hex())
	}
	if owner, pending, _ = governance.CompletenessOwners(e.ctx, e.c, e.d); owner != e.d.Timelock || pending != (common.Address{}) {
		t.Fatalf("completeness owner %s pending %s, want the timelock and none", owner.Hex(), pending.Hex())
	}
	st, err := governance.ReadStatus(e.ctx, e.c, e.d, e.addr("alice"))
	if err != nil {
		t.Fatal(err)
	}
	if st.Params.VotingDelay != 2*governance.Day || st.Params.VotingPeriod != e.p.VotingPeriod || st.Params.QuorumPercent != 5 ||
		st.Params.TimelockDelay != e.p.TimelockDelay || st.Params.ProposalThreshold.Cmp(e.p.ProposalThreshold) != 0 {
		t.Errorf("params after execution: %+v", st.Params)
	}
	if st.Account.Votes.Cmp(governance.GOPENUnits(100_000)) != 0 || st.Account.Delegate != e.addr("alice") || st.Account.GOPEN.Cmp(st.Account.Votes) != 0 {
		t.Errorf("alice: %+v", st.Account)
	}

	// After the handover the former owner cannot touch the Settlement.
	stb := bindings.NewSettlement()
	_, err = e.c.Send(e.ctx, "owner sets recipient", stb.Instance(e.c.Client, e.d.Settlement), e.owner, stb.PackSetRemainderRecipient(contracts.Address(e.owner)))
	wantRevert(t, err, "OwnableUnauthorizedAccount")
	if r := e.recipient(); r != newRecipient {
		t.Fatalf("recipient %s after the former owner's call", r.Hex())
	}
	// Now that the timelock owns the Settlement, a value the Settlement refuses is caught
	// before proposing (when this build's Settlement has the setter).
	if cs, err := governance.Calls(e.d, "challenge-window=31d"); err == nil {
		_, _, err = governance.Propose(e.ctx, e.c, e.d, e.keys["alice"], cs, "too long a window")
		wantRevert(t, err, "InvalidChallengeWindow")
	}
	// And an executed proposal cannot run again.
	_, err = governance.Execute(e.ctx, e.c, e.d, e.keys["carol"], id)
	wantRevert(t, err, "GovernorUnexpectedProposalState")

	for _, k := range []string{"wrap", "wrap (depositFor)", "delegate", "propose", "vote", "vote with reason", "queue", "execute (4 calls)"} {
		t.Logf("gas %-18s %8d", k, gas[k])
	}
}

// TestDefeated: a proposal below quorum, or with more against than for, cannot be queued
// or executed.
func TestDefeated(t *testing.T) {
	for _, tc := range []struct {
		name    string
		against bool // alice (100,000) votes against carol's 20,000 for; otherwise she stays out and quorum (56,000) fails
	}{{"quorum=unmet", false}, {"against=more", true}} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			e.fund("alice", 100_000)
			e.fund("bob", 1_000_000)
			e.fund("carol", 20_000)
			id, _, err := governance.Propose(e.ctx, e.c, e.d, e.keys["carol"], e.calls("quorum=10"), "raise the quorum")
			if err != nil {
				t.Fatal(err)
			}
			e.advance(e.p.VotingDelay)
			if _, err := governance.Vote(e.ctx, e.c, e.d, e.keys["carol"], id, governance.For, ""); err != nil {
				t.Fatal(err)
			}
			if tc.against {
				if _, err := governance.Vote(e.ctx, e.c, e.d, e.keys["alice"], id, governance.Against, "no"); err != nil {
					t.Fatal(err)
				}
			}
			e.advance(e.p.VotingPeriod)
			if p := e.proposal(id); p.State != "Defeated" {
				t.Fatalf("state %s, want Defeated (for %v against %v quorum %v)", p.State, p.For, p.Against, p.Quorum)
			}
			_, err = governance.Queue(e.ctx, e.c, e.d, e.keys["carol"], id)
			wantRevert(t, err, "GovernorUnexpectedProposalState")
			if !strings.Contains(err.Error(), "Defeated") {
				t.Errorf("error %q does not say Defeated", err)
			}
			e.advance(e.p.TimelockDelay)
			_, err = governance.Execute(e.ctx, e.c, e.d, e.keys["carol"], id)
			wantRevert(t, err, "GovernorUnexpectedProposalState")
			if st, err := governance.ReadStatus(e.ctx, e.c, e.d, common.Address{}); err != nil || st.Params.QuorumPercent != 5 {
				t.Fatalf("quorum after a defeated proposal: %v %v", st, err)
			}
		})
	}
}

// TestTimelockRoles: the timelock has no admin but itself, only the governor proposes
// and cancels, and a direct schedule by anyone else reverts.
func TestTimelockRoles(t *testing.T) {
	e := newEnv(t)
	tl := bindings.NewPoaTimelock()
	ti := tl.Instance(e.c.Client, e.d.Timelock)
	role := func(pack func() []byte) [32]byte {
		return call(t, ti, pack(), func(b []byte) ([32]byte, error) { return [32]byte(b), nil })
	}
	admin, proposer, canceller, executor := role(tl.PackDEFAULTADMINROLE), role(tl.PackPROPOSERROLE), role(tl.PackCANCELLERROLE), role(tl.PackEXECUTORROLE)
	for _, tc := range []struct {
		who  string
		a    common.Address
		role [32]byte
		want bool
	}{
		{"deployer admin", contracts.Address(e.owner), admin, false},
		{"timelock admin (self)", e.d.Timelock, admin, true},
		{"governor admin", e.d.Governor, admin, false},
		{"governor proposer", e.d.Governor, proposer, true},
		{"governor canceller", e.d.Governor, canceller, true},
		{"deployer proposer", contracts.Address(e.owner), proposer, false},
		{"deployer canceller", contracts.Address(e.owner), canceller, false},
		{"anyone executes", common.Address{}, executor, true},
	} {
		if got := call(t, ti, tl.PackHasRole(tc.role, tc.a), tl.UnpackHasRole); got != tc.want {
			t.Errorf("%s: hasRole %v, want %v", tc.who, got, tc.want)
		}
	}
	if got := call(t, ti, tl.PackGetMinDelay(), tl.UnpackGetMinDelay); got.Int64() != int64(e.p.TimelockDelay/time.Second) {
		t.Errorf("min delay %v", got)
	}
	st := bindings.NewSettlement()
	data := st.PackSetRemainderRecipient(e.addr("mallory"))
	for _, k := range []*ecdsa.PrivateKey{e.owner, e.keys["mallory"]} {
		_, err := e.c.Send(e.ctx, "schedule", ti, k, tl.PackSchedule(e.d.Settlement, new(big.Int), data, [32]byte{}, [32]byte{}, big.NewInt(86_400)))
		wantRevert(t, governance.Decode(err), "AccessControlUnauthorizedAccount")
		_, err = e.c.Send(e.ctx, "grant", ti, k, tl.PackGrantRole(proposer, contracts.Address(k)))
		wantRevert(t, governance.Decode(err), "AccessControlUnauthorizedAccount")
	}
}

// TestThresholdAndSnapshots: a proposer below the threshold is refused; votes are the
// power at the snapshot (a timestamp): wrapped or received after it, they weigh nothing.
func TestThresholdAndSnapshots(t *testing.T) {
	e := newEnv(t)
	e.fund("alice", 100_000)
	e.fund("dave", 9_999) // below 10,000
	_, _, err := governance.Propose(e.ctx, e.c, e.d, e.keys["dave"], e.calls("remainder-recipient="+e.addr("dave").Hex()), "pay dave the remainder")
	wantRevert(t, err, "GovernorInsufficientProposerVotes")

	id, _, err := governance.Propose(e.ctx, e.c, e.d, e.keys["alice"], e.calls("remainder-recipient="+e.addr("dave").Hex()), "pay dave the remainder")
	if err != nil {
		t.Fatal(err)
	}
	e.fund("carol", 50_000) // during the delay: counts
	e.advance(e.p.VotingDelay)
	e.fund("erin", 70_000) // after the snapshot: does not
	// alice moves her GOPEN to mallory after the snapshot: mallory's vote weighs nothing,
	// alice's keeps its snapshot weight.
	g := bindings.NewGOPEN()
	e.advance(time.Second) // see governance's send: the estimate runs at the head's time
	if _, err := e.c.Send(e.ctx, "transfer", g.Instance(e.c.Client, e.d.GOPEN), e.keys["alice"], g.PackTransfer(e.addr("mallory"), governance.GOPENUnits(100_000))); err != nil {
		t.Fatal(err)
	}
	if _, err := governance.Delegate(e.ctx, e.c, e.d, e.keys["mallory"], e.addr("mallory")); err != nil {
		t.Fatal(err)
	}
	for _, v := range []struct {
		who     string
		support uint8
	}{{"carol", governance.For}, {"erin", governance.Against}, {"mallory", governance.Against}, {"alice", governance.For}} {
		if _, err := governance.Vote(e.ctx, e.c, e.d, e.keys[v.who], id, v.support, ""); err != nil {
			t.Fatal(err)
		}
	}
	p := e.proposal(id)
	if p.For.Cmp(governance.GOPENUnits(150_000)) != 0 || p.Against.Sign() != 0 {
		t.Fatalf("for %v against %v, want 150,000 GOPEN for and nothing against", p.For, p.Against)
	}
	// The quorum is 5% of the supply at the snapshot (159,999 GOPEN), not of today's.
	if want := new(big.Int).Div(new(big.Int).Mul(governance.GOPENUnits(159_999), big.NewInt(5)), big.NewInt(100)); p.Quorum.Cmp(want) != 0 {
		t.Errorf("quorum %v, want %v", p.Quorum, want)
	}
}

// TestUnauthorised: calls without the right leave every balance and setting unchanged.
func TestUnauthorised(t *testing.T) {
	e := newEnv(t)
	e.fund("alice", 100_000)
	open, g, st, gov := bindings.NewOPEN(), bindings.NewGOPEN(), bindings.NewSettlement(), bindings.NewPoaGovernor()
	oi, gi, si, govi := open.Instance(e.c.Client, e.d.Token), g.Instance(e.c.Client, e.d.GOPEN), st.Instance(e.c.Client, e.d.Settlement), gov.Instance(e.c.Client, e.d.Governor)
	holders := []common.Address{e.addr("alice"), e.addr("mallory"), e.d.GOPEN, e.d.Timelock, e.d.Settlement}
	balances := func() []string {
		var out []string
		for _, h := range holders {
			out = append(out, call(t, oi, open.PackBalanceOf(h), open.UnpackBalanceOf).String(), call(t, gi, g.PackBalanceOf(h), g.UnpackBalanceOf).String())
		}
		return out
	}
	before, recipient := balances(), e.recipient()
	m := e.keys["mallory"]
	for _, tc := range []struct {
		what string
		bc   *bind.BoundContract
		data []byte
		want string
	}{
		{"unwrap more than held", gi, g.PackWithdrawTo(e.addr("mallory"), big.NewInt(1)), "ERC20InsufficientBalance"},
		{"take alice's GOPEN", gi, g.PackTransferFrom(e.addr("alice"), e.addr("mallory"), big.NewInt(1)), "ERC20InsufficientAllowance"},
		{"wrap without OPEN", gi, g.PackDepositFor(e.addr("mallory"), big.NewInt(1)), "ERC20InsufficientAllowance"},
		{"governor setting", govi, gov.PackSetVotingDelay(big.NewInt(1)), "GovernorOnlyExecutor"},
		{"governor relay", govi, gov.PackRelay(e.d.Token, new(big.Int), open.PackTransfer(e.addr("mallory"), big.NewInt(1))), "GovernorOnlyExecutor"},
		{"settlement setter", si, st.PackSetRemainderRecipient(e.addr("mallory")), "OwnableUnauthorizedAccount"},
		{"settlement takeover", si, st.PackTransferOwnership(e.addr("mallory")), "OwnableUnauthorizedAccount"},
	} {
		_, err := e.c.Send(e.ctx, tc.what, tc.bc, m, tc.data)
		wantRevert(t, governance.Decode(err), tc.want)
	}
	if got := balances(); strings.Join(got, ",") != strings.Join(before, ",") {
		t.Errorf("balances changed: %v -> %v", before, got)
	}
	if e.recipient() != recipient {
		t.Error("recipient changed")
	}
	// Unwrap gives the OPEN back 1:1 and removes the votes.
	if _, err := governance.Unwrap(e.ctx, e.c, e.d, e.keys["alice"], governance.GOPENUnits(40_000)); err != nil {
		t.Fatal(err)
	}
	s, err := governance.ReadStatus(e.ctx, e.c, e.d, e.addr("alice"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Account.OPEN.Cmp(governance.GOPENUnits(40_000)) != 0 || s.Account.Votes.Cmp(governance.GOPENUnits(60_000)) != 0 || s.Supply.Cmp(governance.GOPENUnits(60_000)) != 0 {
		t.Errorf("after unwrap: %+v supply %v", s.Account, s.Supply)
	}
}

// TestGOPEN: the token's name, symbol, decimals and timestamp clock.
func TestGOPEN(t *testing.T) {
	e := newEnv(t)
	g := bindings.NewGOPEN()
	gi := g.Instance(e.c.Client, e.d.GOPEN)
	if n := call(t, gi, g.PackName(), g.UnpackName); n != "OpenLedger Governance" {
		t.Errorf("name %q", n)
	}
	if s := call(t, gi, g.PackSymbol(), g.UnpackSymbol); s != "GOPEN" {
		t.Errorf("symbol %q", s)
	}
	if d := call(t, gi, g.PackDecimals(), g.UnpackDecimals); d != 18 {
		t.Errorf("decimals %d", d)
	}
	if m := call(t, gi, g.PackCLOCKMODE(), g.UnpackCLOCKMODE); m != "mode=timestamp" {
		t.Errorf("clock mode %q", m)
	}
	now, _ := e.c.Time(e.ctx)
	if c := call(t, gi, g.PackClock(), g.UnpackClock); c.Uint64() != now {
		t.Errorf("clock %v, block time %d", c, now)
	}
	if u := call(t, gi, g.PackUnderlying(), g.UnpackUnderlying); u != e.d.Token {
		t.Errorf("underlying %s", u.Hex())
	}
	// EIP-170: deployed code at most 24,576 bytes.
	for name, a := range map[string]common.Address{"GOPEN": e.d.GOPEN, "PoaGovernor": e.d.Governor, "PoaTimelock": e.d.Timelock} {
		code, err := e.c.Client.CodeAt(e.ctx, a, nil)
		if err != nil || len(code) == 0 || len(code) > 24_576 {
			t.Errorf("%s: %d bytes of code (%v)", name, len(code), err)
		}
		t.Logf("%s: %d bytes deployed", name, len(code))
	}
	gov := bindings.NewPoaGovernor()
	govi := gov.Instance(e.c.Client, e.d.Governor)
	if m := call(t, govi, gov.PackCLOCKMODE(), gov.UnpackCLOCKMODE); m != "mode=timestamp" {
		t.Errorf("governor clock mode %q", m)
	}
}

// TestCancel: only the proposer can withdraw a proposal, and only while it is pending; a
// canceled proposal takes no votes.
func TestCancel(t *testing.T) {
	e := newEnv(t)
	e.fund("alice", 100_000)
	e.fund("carol", 20_000)
	id, _, err := governance.Propose(e.ctx, e.c, e.d, e.keys["carol"], e.calls("quorum=10"), "raise the quorum")
	if err != nil {
		t.Fatal(err)
	}
	_, err = governance.Cancel(e.ctx, e.c, e.d, e.keys["alice"], id)
	wantRevert(t, err, "GovernorUnableToCancel")
	if p := e.proposal(id); p.State != "Pending" {
		t.Fatalf("state after a stranger's cancel: %s", p.State)
	}
	if _, err := governance.Cancel(e.ctx, e.c, e.d, e.keys["carol"], id); err != nil {
		t.Fatal(err)
	}
	if p := e.proposal(id); p.State != "Canceled" {
		t.Fatalf("state after cancel: %s", p.State)
	}
	e.advance(e.p.VotingDelay)
	_, err = governance.Vote(e.ctx, e.c, e.d, e.keys["alice"], id, governance.For, "")
	wantRevert(t, err, "GovernorUnexpectedProposalState")
}

package contracts

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"poa/contracts/bindings"
)

// govState is everything the owner's setters change.
type govState struct {
	Params   *Params
	Verifier common.Address
	Backend  uint8
	Treasury common.Address
	Allowed  map[common.Address]bool
}

func (e *env) govState(t *testing.T, verifiers ...common.Address) string {
	t.Helper()
	ctx := context.Background()
	st := bindings.NewSettlement()
	sc, opts := e.settlement(), &bind.CallOpts{Context: ctx}
	var g govState
	var err error
	if g.Params, err = ReadParams(ctx, e.c, e.d); err != nil {
		t.Fatal(err)
	}
	if g.Verifier, err = bind.Call(sc, opts, st.PackVerifier(), st.UnpackVerifier); err != nil {
		t.Fatal(err)
	}
	if g.Backend, err = bind.Call(sc, opts, st.PackBackend(), st.UnpackBackend); err != nil {
		t.Fatal(err)
	}
	if g.Treasury, err = bind.Call(sc, opts, st.PackRemainderRecipient(), st.UnpackRemainderRecipient); err != nil {
		t.Fatal(err)
	}
	g.Allowed = map[common.Address]bool{}
	for _, v := range verifiers {
		if g.Allowed[v], err = IsScoreVerifier(ctx, e.c, e.d, v); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := json.Marshal(g)
	return string(b)
}

// TestSettersOnlyOwner: every governance setter reverts with OwnableUnauthorizedAccount
// for anyone but the owner (a staked poster included) and changes nothing; the owner's
// call changes exactly what it names and emits one event.
func TestSettersOnlyOwner(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, Groth16)
	allowed, _ := e.d.ScoreVerifier("FixtureScoreVerifier")
	other, _, err := DeployVerifier(ctx, e.c, e.owner, ScoreVerifiers()["FixtureScoreVerifier"])
	if err != nil {
		t.Fatal(err)
	}
	plonk, _, err := DeployVerifier(ctx, e.c, e.owner, Verifiers()["FixturePlonkVerifier"])
	if err != nil {
		t.Fatal(err)
	}
	newTreasury := common.HexToAddress("0x00000000000000000000000000000000000beef0")
	cases := []struct {
		name   string
		data   []byte
		change func(g *govState)
	}{
		{"setFeeRule", PackSetFeeRule(FeeRule{2000, 500, 7500}), func(g *govState) {
			g.Params.OwnerBps, g.Params.ProtocolBps, g.Params.DataBps = 2000, 500, 7500
		}},
		{"setMinStake", PackSetMinStake(OPENUnits(5)), func(g *govState) { g.Params.MinStake = OPENUnits(5) }},
		{"setChallengeWindow", PackSetChallengeWindow(2 * time.Hour), func(g *govState) { g.Params.ChallengeWindow = 7200 }},
		{"setEpochLength", PackSetEpochLength(time.Hour), func(g *govState) { g.Params.EpochLength = 3600 }},
		{"setSlashing", PackSetSlashing(1000, 2000), func(g *govState) { g.Params.SlashBps, g.Params.ChallengerBps = 1000, 2000 }},
		{"setChallengeDeposit", PackSetChallengeDeposit(OPENUnits(7)), func(g *govState) { g.Params.ChallengeDeposit = OPENUnits(7) }},
		{"setRemainderRecipient", PackSetRemainderRecipient(newTreasury), func(g *govState) { g.Treasury = newTreasury }},
		{"setScoreVerifier-allow", PackSetScoreVerifier(other, true), func(g *govState) { g.Allowed[other] = true }},
		{"setScoreVerifier-disallow", PackSetScoreVerifier(allowed, false), func(g *govState) { g.Allowed[allowed] = false }},
		{"setVerifier", PackSetVerifier(plonk, Plonk), func(g *govState) { g.Verifier, g.Backend = plonk, uint8(Plonk) }},
	}
	for _, tc := range cases {
		t.Run("setter="+tc.name, func(t *testing.T) {
			before := e.govState(t, allowed, other)
			for _, key := range []*ecdsa.PrivateKey{e.stranger, e.poster} {
				_, err := e.c.transact(ctx, tc.name, e.settlement(), key, tc.data)
				var re *RevertError
				if !errors.As(err, &re) || re.Name != "OwnableUnauthorizedAccount" || re.Args[0] != Address(key) {
					t.Fatalf("%s from %s: %v, want OwnableUnauthorizedAccount(%s)", tc.name, Address(key).Hex(), err, Address(key).Hex())
				}
				if got := e.govState(t, allowed, other); got != before {
					t.Fatalf("a refused %s changed the state:\n%s\nto\n%s", tc.name, before, got)
				}
			}
			rc, err := e.c.transact(ctx, tc.name, e.settlement(), e.owner, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			var want govState
			if err := json.Unmarshal([]byte(before), &want); err != nil {
				t.Fatal(err)
			}
			tc.change(&want)
			wb, _ := json.Marshal(want)
			if got := e.govState(t, allowed, other); got != string(wb) {
				t.Fatalf("after %s:\n%s\nwant\n%s", tc.name, got, wb)
			}
			r, err := e.c.Client.TransactionReceipt(ctx, rc.TxHash)
			if err != nil || len(r.Logs) != 1 || r.Logs[0].Address != e.d.Settlement {
				t.Fatalf("%s emitted %d logs (%v), want 1 event", tc.name, len(r.Logs), err)
			}
			t.Logf("%s gas %d", tc.name, rc.GasUsed)
		})
	}
}

// TestSetterValidation: out-of-range values are refused (by the contract, and by
// Params.Check before Deploy sends anything) and change nothing.
func TestSetterValidation(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, Groth16)
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"fee-rule-sum", PackSetFeeRule(FeeRule{1000, 1000, 7999}), "InvalidFeeRule"},
		{"slash-over-100%", PackSetSlashing(10001, 0), "InvalidSlashing"},
		{"challenger-over-100%", PackSetSlashing(0, 10001), "InvalidSlashing"},
		{"min-stake-0", PackSetMinStake(big.NewInt(0)), "InvalidMinStake"},
		{"min-stake-2^128", PackSetMinStake(new(big.Int).Lsh(big.NewInt(1), 128)), "InvalidMinStake"},
		{"window-over-max", PackSetChallengeWindow(MaxChallengeWindow + time.Second), "InvalidChallengeWindow"},
		{"deposit-0", PackSetChallengeDeposit(big.NewInt(0)), "InvalidChallengeDeposit"},
		{"deposit-2^96", PackSetChallengeDeposit(new(big.Int).Lsh(big.NewInt(1), 96)), "InvalidChallengeDeposit"},
		{"treasury-0", PackSetRemainderRecipient(common.Address{}), "ZeroAddress"},
		{"verifier-0", PackSetVerifier(common.Address{}, Groth16), "ZeroAddress"},
		{"score-verifier-without-code", PackSetScoreVerifier(Address(e.stranger), true), "NotAContract"},
	}
	before := e.govState(t)
	for _, tc := range cases {
		if _, err := e.c.transact(ctx, tc.name, e.settlement(), e.owner, tc.data); revertName(err) != tc.want {
			t.Fatalf("%s: %v, want %s", tc.name, err, tc.want)
		}
	}
	if got := e.govState(t); got != before {
		t.Fatalf("refused setters changed the state to %s", got)
	}
	// The limits are inclusive.
	for _, data := range [][]byte{PackSetChallengeWindow(MaxChallengeWindow), PackSetChallengeWindow(0), PackSetSlashing(10000, 10000),
		PackSetFeeRule(FeeRule{0, 0, 10000}), PackSetMinStake(big.NewInt(1))} {
		if _, err := e.c.transact(ctx, "limit", e.settlement(), e.owner, data); err != nil {
			t.Fatal(err)
		}
	}
	// Params.Check mirrors the contract; Deploy refuses before sending, and the
	// constructor refuses what Check would.
	bad := DefaultParams()
	bad.DataBps++
	if err := bad.Check(); !errors.Is(err, ErrInput) {
		t.Fatalf("Check of a bad fee rule: %v", err)
	}
	if _, err := Deploy(ctx, e.c, DeployConfig{Owner: e.owner, Verifier: Verifiers()["FixtureGroth16Verifier"], Params: &bad}); !errors.Is(err, ErrInput) {
		t.Fatalf("Deploy with a bad fee rule: %v, want ErrInput", err)
	}
	st := bindings.NewSettlement()
	_, _, err := e.c.deploy(ctx, "Settlement", e.owner, hexutil.MustDecode(bindings.SettlementMetaData.Bin),
		st.PackConstructor(e.d.Token, e.d.Verifier, 0, treasury, Address(e.owner), bad.binding(), nil, nil))
	if revertName(err) != "InvalidFeeRule" {
		t.Fatalf("constructor with a bad fee rule: %v, want InvalidFeeRule", err)
	}
	// A Settlement governed by another address: the deployer cannot set anything.
	gov := newKey(t)
	d, err := Deploy(ctx, e.c, DeployConfig{Owner: e.owner, Verifier: Verifiers()["FixtureGroth16Verifier"], Governor: Address(gov), ScoreVerifiers: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	if d.Owner != Address(gov) || d.Recipient != Address(gov) || len(d.ScoreVerifiers) != 0 {
		t.Fatalf("deployment owner %s treasury %s score verifiers %v, want the governor", d.Owner.Hex(), d.Recipient.Hex(), d.ScoreVerifiers)
	}
	if _, err := e.c.transact(ctx, "set", st.Instance(e.c.Client, d.Settlement), e.owner, PackSetMinStake(big.NewInt(1))); revertName(err) != "OwnableUnauthorizedAccount" {
		t.Fatalf("deployer sets a governed parameter: %v", err)
	}
}

// TestFeeRuleChange: governance changes the fee rule; the next settlement must split by
// it (a proof made under the old rule fails with InvalidProof on-chain and with
// ErrFeeRule in Post), and the treasury and the poster see the new shares exactly.
func TestFeeRuleChange(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, Groth16)
	rng := rand.New(rand.NewPCG(21, 1))
	total := new(big.Int).Add(OPENUnits(5_000), big.NewInt(999_999))
	e.post(t, splitEpoch(rng, 1, 3, total))
	rule := FeeRule{OwnerBps: 500, ProtocolBps: 700, DataBps: 8800} // a larger data share: the old payouts fit it
	if _, err := e.c.transact(ctx, "set fee rule", e.settlement(), e.owner, PackSetFeeRule(rule)); err != nil {
		t.Fatal(err)
	}
	if p, err := ReadParams(ctx, e.c, e.d); err != nil || p.FeeRule() != rule {
		t.Fatalf("params %+v, %v; want fee rule %v", p, err, rule)
	}
	old := splitEpoch(rng, 2, 4, total)
	e.prove(t, old)
	if _, err := e.settleRaw(t, e.poster, old); revertName(err) != "InvalidProof" {
		t.Fatalf("old-rule split: %v, want InvalidProof", err)
	}
	if _, err := Post(ctx, e.c, e.d, e.poster, old); !errors.Is(err, ErrFeeRule) {
		t.Fatalf("Post of an old-rule split: %v, want ErrFeeRule", err)
	}
	ep := splitEpochRule(rng, 2, 4, total, rule)
	e.prove(t, ep)
	// The treasury's share stays in the contract until swept: sweep epoch 1's first, then
	// this settlement's, so that the deltas are this settlement's.
	if _, err := SweepTreasury(ctx, e.c, e.d, e.stranger); err != nil {
		t.Fatal(err)
	}
	p0, r0, s0 := e.balance(t, Address(e.poster)), e.balance(t, treasury), e.balance(t, e.d.Settlement)
	res, err := Post(ctx, e.c, e.d, e.poster, ep)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := SweepTreasury(ctx, e.c, e.d, e.stranger); err != nil {
		t.Fatal(err)
	}
	owner, protocol, data := rule.Parts(total)
	paid := ep.Paid()
	checkDelta(t, "poster", p0, e.balance(t, Address(e.poster)), new(big.Int).Sub(owner, total))
	checkDelta(t, "treasury", r0, e.balance(t, treasury), new(big.Int).Add(new(big.Int).Sub(data, paid), protocol))
	checkDelta(t, "settlement", s0, e.balance(t, e.d.Settlement), paid)
	ev, err := FindSettled(ctx, e.c, e.d, 2)
	if err != nil || ev == nil || ev.TotalFee != total.String() || ev.DataFee != data.String() || ev.ClaimableAt != res.ClaimableAt {
		t.Fatalf("Settled event %+v, %v", ev, err)
	}
	// A fee rule is the contract's: it agrees with the Go split for awkward totals.
	st := bindings.NewSettlement()
	for _, f := range []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(9_999), big.NewInt(10_001), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))} {
		out, err := bind.Call(e.settlement(), nil, st.PackFeeParts(f), st.UnpackFeeParts)
		if err != nil {
			t.Fatal(err)
		}
		o, p, d := rule.Parts(f)
		if out.OwnerFee.Cmp(o) != 0 || out.ProtocolFee.Cmp(p) != 0 || out.DataFee.Cmp(d) != 0 {
			t.Fatalf("fee %v: contract %v/%v/%v, Go %v/%v/%v", f, out.OwnerFee, out.ProtocolFee, out.DataFee, o, p, d)
		}
	}
}

// TestEpochLength: with a minimum epoch length, a settlement earlier than the previous
// one's time plus the length fails with TooEarly(epoch, notBefore).
func TestEpochLength(t *testing.T) {
	ctx := context.Background()
	p := DefaultParams()
	p.EpochLength = 3600
	e := newEnvWith(t, Groth16, &p)
	rng := rand.New(rand.NewPCG(22, 1))
	e.post(t, splitEpoch(rng, 1, 2, OPENUnits(10)))
	first, err := ReadEpoch(ctx, e.c, e.d, 1)
	if err != nil {
		t.Fatal(err)
	}
	ep := splitEpoch(rng, 2, 2, OPENUnits(10))
	e.prove(t, ep)
	_, err = Post(ctx, e.c, e.d, e.poster, ep)
	var re *RevertError
	if !errors.As(err, &re) || re.Name != "TooEarly" || re.Args[0] != uint64(2) || re.Args[1] != first.SettledAt+3600 {
		t.Fatalf("early settlement: %v, want TooEarly(2, %d)", err, first.SettledAt+3600)
	}
	e.advance(t, time.Hour-2*time.Second) // with the approval Post mines first: 1 s early
	if _, err := Post(ctx, e.c, e.d, e.poster, ep); revertName(err) != "TooEarly" {
		t.Fatalf("1 s early: %v, want TooEarly", err)
	}
	e.advance(t, time.Second)
	if _, err := Post(ctx, e.c, e.d, e.poster, ep); err != nil {
		t.Fatal(err)
	}
}

func TestSettlementCall(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []any
		want []byte
	}{
		{"setMinStake", []any{OPENUnits(3)}, PackSetMinStake(OPENUnits(3))},
		{"setFeeRule", []any{uint16(1), uint16(2), uint16(9997)}, PackSetFeeRule(FeeRule{1, 2, 9997})},
		{"resolveChallenge", []any{big.NewInt(4), true}, PackResolveChallenge(4, true)},
		{"setChallengeWindow", []any{uint64(60)}, PackSetChallengeWindow(time.Minute)},
	} {
		got, err := SettlementCall(tc.name, tc.args...)
		if err != nil || !bytes.Equal(got, tc.want) {
			t.Fatalf("%s: %x, %v; want %x", tc.name, got, err, tc.want)
		}
	}
	if _, err := SettlementCall("setPoster", common.Address{}, true); !errors.Is(err, ErrInput) {
		t.Fatalf("unknown method: %v", err)
	}
	if _, err := SettlementCall("setMinStake", "ten"); !errors.Is(err, ErrInput) {
		t.Fatalf("bad argument: %v", err)
	}
}

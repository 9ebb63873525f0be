package contracts

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"poa/contracts/bindings"
)

// FeeRule splits an epoch's total fee F as the Settlement does: owner =
// floor(F·OwnerBps/10000), protocol = floor(F·ProtocolBps/10000), data = F − owner −
// protocol. settlement.FeeRule is this type.
type FeeRule struct {
	OwnerBps    uint32 `json:"owner_bps"`
	ProtocolBps uint32 `json:"protocol_bps"`
	DataBps     uint32 `json:"data_bps"`
}

// Check returns an error (ErrInput) unless the shares sum to 10000.
func (r FeeRule) Check() error {
	if uint64(r.OwnerBps)+uint64(r.ProtocolBps)+uint64(r.DataBps) != 10000 {
		return fmt.Errorf("fee rule %d/%d/%d bps does not sum to 10000: %w", r.OwnerBps, r.ProtocolBps, r.DataBps, ErrInput)
	}
	return nil
}

// Parts returns the owner, protocol and data parts of total; they sum to total exactly.
func (r FeeRule) Parts(total *big.Int) (owner, protocol, data *big.Int) {
	bps := func(b uint32) *big.Int {
		v := new(big.Int).Mul(total, big.NewInt(int64(b)))
		return v.Quo(v, big.NewInt(10000))
	}
	owner, protocol = bps(r.OwnerBps), bps(r.ProtocolBps)
	data = new(big.Int).Sub(total, owner)
	return owner, protocol, data.Sub(data, protocol)
}

// Params are the Settlement's governed parameters (Settlement.params()). Amounts are
// OPEN base units; durations are seconds.
type Params struct {
	OwnerBps    uint32 `json:"owner_bps"`
	ProtocolBps uint32 `json:"protocol_bps"`
	DataBps     uint32 `json:"data_bps"`
	// MinStake is the bond a prover needs to settle, attest scores and register (> 0).
	MinStake *big.Int `json:"min_stake"`
	// ChallengeWindow is how long after a settlement its claims stay closed (and it can be
	// challenged and voided), how long an optimistic score post can be challenged, and the
	// unbonding delay; at most MaxChallengeWindow. 0 (development chains only) opens
	// claims at once.
	ChallengeWindow uint64 `json:"challenge_window"`
	// EpochLength is the least time between two settlements' blocks (0: none).
	EpochLength uint64 `json:"epoch_length"`
	// SlashBps is the share of a faulty prover's bonded + unbonding stake a proven fault
	// takes; ChallengerBps the share of that the challenger receives (the treasury gets
	// the rest).
	SlashBps      uint32 `json:"slash_bps"`
	ChallengerBps uint32 `json:"challenger_bps"`
	// ChallengeDeposit is what a governance challenge locks (> 0, < 2^96): returned when
	// upheld, the treasury's when rejected.
	ChallengeDeposit *big.Int `json:"challenge_deposit"`
}

// MaxChallengeWindow is the longest challenge window the Settlement accepts.
const MaxChallengeWindow = 30 * 24 * time.Hour

// DefaultParams are the parameters Deploy uses unless told otherwise: the fee rule
// 1000/1000/8000 (settlement.DefaultFeeRule), a 10,000 OPEN minimum stake, a one-day
// challenge window (time for watchers to recompute an epoch and challenge it; a mainnet
// governance may want a week, so that an outage of its watchers cannot let a fault
// through), no minimum epoch length, 50% slashing of which half goes to the challenger (a fault costs
// the prover far more than any one epoch's fees it could skim, and a challenger earns
// more than its gas and deposit), and a 1,000 OPEN challenge deposit (a tenth of the
// minimum stake: enough to price griefing, small next to the reward of an upheld
// challenge, 2,500 OPEN or more).
func DefaultParams() Params {
	return Params{OwnerBps: 1000, ProtocolBps: 1000, DataBps: 8000, MinStake: OPENUnits(10_000),
		ChallengeWindow: uint64((24 * time.Hour).Seconds()), SlashBps: 5000, ChallengerBps: 5000,
		ChallengeDeposit: OPENUnits(1_000)}
}

// FeeRule is p's fee rule.
func (p Params) FeeRule() FeeRule {
	return FeeRule{OwnerBps: p.OwnerBps, ProtocolBps: p.ProtocolBps, DataBps: p.DataBps}
}

// Window is p's challenge window as a duration.
func (p Params) Window() time.Duration { return time.Duration(p.ChallengeWindow) * time.Second }

// Check returns an error (ErrInput) for parameters the contract would refuse.
func (p Params) Check() error {
	switch {
	case uint64(p.OwnerBps)+uint64(p.ProtocolBps)+uint64(p.DataBps) != 10000 || p.OwnerBps > 10000 || p.ProtocolBps > 10000 || p.DataBps > 10000:
		return fmt.Errorf("fee rule %d/%d/%d bps does not sum to 10000: %w", p.OwnerBps, p.ProtocolBps, p.DataBps, ErrInput)
	case p.SlashBps > 10000 || p.ChallengerBps > 10000:
		return fmt.Errorf("slashing %d bps, challenger %d bps: at most 10000: %w", p.SlashBps, p.ChallengerBps, ErrInput)
	case p.MinStake == nil || p.MinStake.Sign() <= 0 || p.MinStake.BitLen() > 128:
		return fmt.Errorf("min stake %v: want 0 < min stake < 2^128: %w", p.MinStake, ErrInput)
	case p.ChallengeDeposit == nil || p.ChallengeDeposit.Sign() <= 0 || p.ChallengeDeposit.BitLen() > 96:
		return fmt.Errorf("challenge deposit %v: want 0 < deposit < 2^96: %w", p.ChallengeDeposit, ErrInput)
	case p.ChallengeWindow > uint64(MaxChallengeWindow.Seconds()):
		return fmt.Errorf("challenge window %ds: at most %v: %w", p.ChallengeWindow, MaxChallengeWindow, ErrInput)
	}
	return nil
}

func (p Params) binding() bindings.SettlementParams {
	return bindings.SettlementParams{OwnerBps: uint16(p.OwnerBps), ProtocolBps: uint16(p.ProtocolBps), DataBps: uint16(p.DataBps),
		MinStake: p.MinStake, ChallengeWindow: p.ChallengeWindow, EpochLength: p.EpochLength,
		SlashBps: uint16(p.SlashBps), ChallengerBps: uint16(p.ChallengerBps), ChallengeDeposit: p.ChallengeDeposit}
}

// ReadParams reads the Settlement's current parameters.
func ReadParams(ctx context.Context, c *Chain, d *Deployment) (*Params, error) {
	st := bindings.NewSettlement()
	p, err := bind.Call(st.Instance(c.Client, d.Settlement), &bind.CallOpts{Context: ctx}, st.PackParams(), st.UnpackParams)
	if err != nil {
		return nil, fmt.Errorf("read parameters at %s: %w", d.Settlement.Hex(), err)
	}
	return &Params{OwnerBps: uint32(p.OwnerBps), ProtocolBps: uint32(p.ProtocolBps), DataBps: uint32(p.DataBps),
		MinStake: p.MinStake, ChallengeWindow: p.ChallengeWindow, EpochLength: p.EpochLength,
		SlashBps: uint32(p.SlashBps), ChallengerBps: uint32(p.ChallengerBps), ChallengeDeposit: p.ChallengeDeposit}, nil
}

// Calldata for governance proposals: each returns the Settlement call a proposal (or its
// timelock) executes with the Settlement as target and no value. They panic on a value
// the ABI cannot encode (nil or negative amounts), a programmer error.

// PackSetFeeRule is setFeeRule(ownerBps, protocolBps, dataBps): the next settlements'
// fee split (shares must sum to 10000).
func PackSetFeeRule(r FeeRule) []byte {
	return bindings.NewSettlement().PackSetFeeRule(uint16(r.OwnerBps), uint16(r.ProtocolBps), uint16(r.DataBps))
}

// PackSetMinStake is setMinStake(amount).
func PackSetMinStake(amount *big.Int) []byte { return bindings.NewSettlement().PackSetMinStake(amount) }

// PackSetChallengeWindow is setChallengeWindow(seconds) (whole seconds of d).
func PackSetChallengeWindow(d time.Duration) []byte {
	return bindings.NewSettlement().PackSetChallengeWindow(uint64(d / time.Second))
}

// PackSetEpochLength is setEpochLength(seconds) (whole seconds of d; 0: no minimum).
func PackSetEpochLength(d time.Duration) []byte {
	return bindings.NewSettlement().PackSetEpochLength(uint64(d / time.Second))
}

// PackSetSlashing is setSlashing(slashBps, challengerBps).
func PackSetSlashing(slashBps, challengerBps uint32) []byte {
	return bindings.NewSettlement().PackSetSlashing(uint16(slashBps), uint16(challengerBps))
}

// PackSetChallengeDeposit is setChallengeDeposit(amount).
func PackSetChallengeDeposit(amount *big.Int) []byte {
	return bindings.NewSettlement().PackSetChallengeDeposit(amount)
}

// PackSetRemainderRecipient is setRemainderRecipient(treasury).
func PackSetRemainderRecipient(treasury common.Address) []byte {
	return bindings.NewSettlement().PackSetRemainderRecipient(treasury)
}

// PackSetScoreVerifier is setScoreVerifier(verifier, allowed): the adapter registry's
// allow-list of score verifier contracts.
func PackSetScoreVerifier(verifier common.Address, allowed bool) []byte {
	return bindings.NewSettlement().PackSetScoreVerifier(verifier, allowed)
}

// PackSetVerifier is setVerifier(verifier, backend): the split verifier.
func PackSetVerifier(verifier common.Address, b Backend) []byte {
	return bindings.NewSettlement().PackSetVerifier(verifier, uint8(b))
}

// PackResolveChallenge is resolveChallenge(id, upheld): a governance vote's verdict.
func PackResolveChallenge(id uint64, upheld bool) []byte {
	return bindings.NewSettlement().PackResolveChallenge(new(big.Int).SetUint64(id), upheld)
}

// PackAcceptOwnership is acceptOwnership(): the pending owner (a timelock) takes over the
// Settlement after transferOwnership (Ownable2Step).
func PackAcceptOwnership() []byte { return bindings.NewSettlement().PackAcceptOwnership() }

// PackTransferOwnership is transferOwnership(newOwner) (the new owner must accept).
func PackTransferOwnership(newOwner common.Address) []byte {
	return bindings.NewSettlement().PackTransferOwnership(newOwner)
}

var (
	settlementABIOnce sync.Once
	settlementABI     *abi.ABI
)

// SettlementCall packs a call of the Settlement's method name with args (Go values of
// the ABI types: *big.Int for uint256, uint16/uint64 for the small integers,
// common.Address, bool…), for proposals the Pack helpers above do not cover. It fails with
// ErrInput for an unknown method or arguments that do not fit.
func SettlementCall(name string, args ...any) ([]byte, error) {
	settlementABIOnce.Do(func() {
		a, err := abi.JSON(strings.NewReader(bindings.SettlementMetaData.ABI))
		if err != nil {
			panic(err)
		}
		settlementABI = &a
	})
	if _, ok := settlementABI.Methods[name]; !ok {
		return nil, fmt.Errorf("settlement has no method %q: %w", name, ErrInput)
	}
	data, err := settlementABI.Pack(name, args...)
	if err != nil {
		return nil, fmt.Errorf("settlement %s: %w: %v", name, ErrInput, err)
	}
	return data, nil
}

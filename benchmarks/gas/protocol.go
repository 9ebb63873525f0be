package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"poa/contracts"
	"poa/contracts/bindings"
	"poa/contracts/bridge"
	"poa/governance"
	"poa/protocol"
	"poa/tokenomics"
)

// protocolActions runs the protocol around the Settlement on a fresh simulated chain
// (protocol.Deploy with the default genesis) and returns the gas of each user action:
// releasing vested OPEN, wrapping and delegating GOPEN, a proposal's whole lifecycle
// through the timelock, and the L2 token's bridge-only mint and burn.
func protocolActions() ([]action, error) {
	ctx := context.Background()
	owner, poster, user := key(), key(), key()
	c := contracts.NewSimulated([]common.Address{contracts.Address(owner), contracts.Address(poster), contracts.Address(user)})
	defer c.Close()
	start, err := c.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	d, err := protocol.Deploy(ctx, c, protocol.Config{Deployer: owner, Verifier: contracts.Verifiers()["FixtureGroth16Verifier"],
		Posters: []*ecdsa.PrivateKey{poster}, FundPosters: contracts.OPENUnits(1000)})
	if err != nil {
		return nil, err
	}
	var out []action
	add := func(name, note string, rc *contracts.Receipt, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, action{Action: name, Gas: rc.GasUsed, Note: note})
		return nil
	}
	deployGas, err := gasSince(ctx, c, start)
	if err != nil {
		return nil, err
	}
	out = append(out, action{Action: "deploy the whole protocol", Gas: deployGas,
		Note: fmt.Sprintf("%d vaults, OPEN, GOPEN, governor, timelock, verifiers, Settlement, 1 prover bonded", len(d.Vaults))})

	// Vesting: release the team's vault at month 13 (12-month cliff, then linear).
	team := d.Vaults[0]
	for _, v := range d.Vaults {
		if v.Allocation == "team" {
			team = v
		}
	}
	if err := c.AdvanceTime(ctx, time.Duration(13*tokenomics.MonthSeconds)*time.Second); err != nil {
		return nil, err
	}
	vv := bindings.NewVestingVault()
	rc, err := c.Send(ctx, "release", vv.Instance(c.Client, team.Address), user, vv.PackRelease(d.Token))
	if err := add("VestingWallet release (first)", "anyone may call; OPEN goes to the beneficiary", rc, err); err != nil {
		return nil, err
	}
	if err := c.AdvanceTime(ctx, time.Duration(tokenomics.MonthSeconds)*time.Second); err != nil {
		return nil, err
	}
	rc, err = c.Send(ctx, "release", vv.Instance(c.Client, team.Address), user, vv.PackRelease(d.Token))
	if err := add("VestingWallet release (later)", "", rc, err); err != nil {
		return nil, err
	}

	// Governance: wrap, delegate, a proposal through the timelock.
	rcs, err := governance.Wrap(ctx, c, d, owner, contracts.OPENUnits(1_000_000))
	if err := add("GOPEN wrap (depositFor)", "after an approve", last(rcs), err); err != nil {
		return nil, err
	}
	rc, err = governance.Delegate(ctx, c, d, owner, contracts.Address(owner))
	if err := add("GOPEN delegate", "", rc, err); err != nil {
		return nil, err
	}
	calls, err := governance.Calls(d, "fee-rule=500/700/8800")
	if err != nil {
		return nil, err
	}
	id, rc, err := governance.Propose(ctx, c, d, owner, calls, "fee rule 5/7/88")
	if err := add("Governor propose", "one call: setFeeRule", rc, err); err != nil {
		return nil, err
	}
	p := governance.DefaultParams()
	if err := c.AdvanceTime(ctx, p.VotingDelay+time.Second); err != nil {
		return nil, err
	}
	rc, err = governance.Vote(ctx, c, d, owner, id, governance.For, "")
	if err := add("Governor castVote", "", rc, err); err != nil {
		return nil, err
	}
	if err := c.AdvanceTime(ctx, p.VotingPeriod+time.Second); err != nil {
		return nil, err
	}
	rc, err = governance.Queue(ctx, c, d, owner, id)
	if err := add("Governor queue", "schedules in the timelock", rc, err); err != nil {
		return nil, err
	}
	if err := c.AdvanceTime(ctx, p.TimelockDelay+time.Second); err != nil {
		return nil, err
	}
	rc, err = governance.Execute(ctx, c, d, owner, id)
	if err := add("Governor execute", "the timelock calls setFeeRule", rc, err); err != nil {
		return nil, err
	}

	// Bridge: the L2 token's mint and burn, the bridge played by an account.
	l2, rc, err := bridge.DeployL2OPEN(ctx, c, owner, d.Token, contracts.Address(poster))
	if err := add("L2OPEN deploy", "IOptimismMintableERC20", rc, err); err != nil {
		return nil, err
	}
	rc, err = bridge.Mint(ctx, c, poster, l2, contracts.Address(user), contracts.OPENUnits(5))
	if err := add("L2OPEN mint (by the bridge)", "deposit finalized on L2", rc, err); err != nil {
		return nil, err
	}
	rc, err = bridge.Burn(ctx, c, poster, l2, contracts.Address(user), contracts.OPENUnits(2))
	if err := add("L2OPEN burn (by the bridge)", "withdrawal initiated on L2", rc, err); err != nil {
		return nil, err
	}
	return out, nil
}

func last(rcs []*contracts.Receipt) *contracts.Receipt {
	if len(rcs) == 0 {
		return &contracts.Receipt{}
	}
	return rcs[len(rcs)-1]
}

// gasSince sums the gas used by every block after start.
func gasSince(ctx context.Context, c *contracts.Chain, start uint64) (uint64, error) {
	head, err := c.Client.BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	var total uint64
	for n := start + 1; n <= head; n++ {
		h, err := c.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return 0, err
		}
		total += h.GasUsed
	}
	return total, nil
}

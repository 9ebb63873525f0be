package governance

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/contracts/bindings"
)

// Deploy deploys GOPEN over the OPEN token at token, the PoaTimelock and the
// PoaGovernor with settings p, from deployer, in three transactions waiting for each
// receipt. The timelock is born with no admin: its constructor names as proposer (and
// canceller) the governor's address predicted from deployer's next nonces, anyone as
// executor, and admin address(0); the governor is then deployed at that address with
// the timelock, and Deploy checks that it landed there (another transaction from
// deployer in between would move it: the error says so and the contracts must not be
// used). Nothing is handed over: see HandOver for the Settlement.
func Deploy(ctx context.Context, c *contracts.Chain, deployer *ecdsa.PrivateKey, token common.Address, p Params) (gopen, governor, timelock common.Address, err error) {
	var zero common.Address
	if err := p.Validate(); err != nil {
		return zero, zero, zero, err
	}
	from := contracts.Address(deployer)
	nonce, err := c.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return zero, zero, zero, fmt.Errorf("deploy governance: nonce of %s: %w", from.Hex(), err)
	}
	if gopen, _, err = c.DeployContract(ctx, "GOPEN", deployer, hexutil.MustDecode(bindings.GOPENMetaData.Bin),
		bindings.NewGOPEN().PackConstructor(token)); err != nil {
		return zero, zero, zero, err
	}
	predicted := crypto.CreateAddress(from, nonce+2)
	if timelock, _, err = c.DeployContract(ctx, "PoaTimelock", deployer, hexutil.MustDecode(bindings.PoaTimelockMetaData.Bin),
		bindings.NewPoaTimelock().PackConstructor(seconds(p.TimelockDelay), []common.Address{predicted},
			[]common.Address{{}}, common.Address{})); err != nil {
		return zero, zero, zero, err
	}
	if governor, _, err = c.DeployContract(ctx, "PoaGovernor", deployer, hexutil.MustDecode(bindings.PoaGovernorMetaData.Bin),
		bindings.NewPoaGovernor().PackConstructor(gopen, timelock, seconds(p.VotingDelay), uint32(p.VotingPeriod/time.Second),
			p.ProposalThreshold, new(big.Int).SetUint64(p.QuorumPercent))); err != nil {
		return zero, zero, zero, err
	}
	if governor != predicted {
		return zero, zero, zero, fmt.Errorf("deploy governance: governor at %s, but the timelock %s names %s as proposer "+
			"(another transaction from %s interleaved): do not use these contracts", governor.Hex(), timelock.Hex(), predicted.Hex(), from.Hex())
	}
	return gopen, governor, timelock, nil
}

// seconds is d in whole seconds (uint48 and uint256 arguments are *big.Int in the bindings).
func seconds(d time.Duration) *big.Int { return big.NewInt(int64(d / time.Second)) }

// HandOver starts the Settlement's handover to the timelock: its owner (key) calls
// transferOwnership(timelock), which under Ownable2Step only names the timelock pending
// owner; the owner keeps every power until a proposal executes acceptOwnership() (the
// registry's "accept-ownership"). From then on only proposals change the Settlement. The
// deployment's Completeness contract, when it has one that key still owns, is handed over
// the same way in a second transaction ("accept-completeness-ownership"). The receipt is
// the Settlement's.
func HandOver(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, key *ecdsa.PrivateKey) (*contracts.Receipt, error) {
	if err := check(d); err != nil {
		return nil, err
	}
	st := bindings.NewSettlement()
	rc, err := send(ctx, c, "settlement transferOwnership to the timelock", st.Instance(c.Client, d.Settlement), key,
		st.PackTransferOwnership(d.Timelock))
	if err != nil || d.Completeness == (common.Address{}) {
		return rc, err
	}
	cm := bindings.NewCompleteness()
	inst := cm.Instance(c.Client, d.Completeness)
	owner, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, cm.PackOwner(), cm.UnpackOwner)
	if err != nil {
		return rc, fmt.Errorf("completeness owner: %w", err)
	}
	if owner != contracts.Address(key) {
		return rc, nil // already the timelock's (protocol.Deploy), or not ours to hand over
	}
	if _, err := send(ctx, c, "completeness transferOwnership to the timelock", inst, key, cm.PackTransferOwnership(d.Timelock)); err != nil {
		return rc, err
	}
	return rc, nil
}

// CompletenessOwners reads the Completeness contract's owner and pending owner (zero
// when none); a deployment without one gives zeros.
func CompletenessOwners(ctx context.Context, c *contracts.Chain, d *contracts.Deployment) (owner, pending common.Address, err error) {
	if d.Completeness == (common.Address{}) {
		return owner, pending, nil
	}
	cm := bindings.NewCompleteness()
	inst := cm.Instance(c.Client, d.Completeness)
	opts := &bind.CallOpts{Context: ctx}
	if owner, err = bind.Call(inst, opts, cm.PackOwner(), cm.UnpackOwner); err != nil {
		return owner, pending, fmt.Errorf("completeness owner: %w", err)
	}
	if pending, err = bind.Call(inst, opts, cm.PackPendingOwner(), cm.UnpackPendingOwner); err != nil {
		return owner, pending, fmt.Errorf("completeness pending owner: %w", err)
	}
	return owner, pending, nil
}

// Owners reads the Settlement's owner and pending owner (zero when none).
func Owners(ctx context.Context, c *contracts.Chain, d *contracts.Deployment) (owner, pending common.Address, err error) {
	st := bindings.NewSettlement()
	inst := st.Instance(c.Client, d.Settlement)
	opts := &bind.CallOpts{Context: ctx}
	if owner, err = bind.Call(inst, opts, st.PackOwner(), st.UnpackOwner); err != nil {
		return owner, pending, fmt.Errorf("settlement owner: %w", err)
	}
	if pending, err = bind.Call(inst, opts, st.PackPendingOwner(), st.UnpackPendingOwner); err != nil {
		return owner, pending, fmt.Errorf("settlement pending owner: %w", err)
	}
	return owner, pending, nil
}

// check reports ErrNoGovernance for a deployment without governance.
func check(d *contracts.Deployment) error {
	if d == nil || d.Governor == (common.Address{}) || d.GOPEN == (common.Address{}) || d.Timelock == (common.Address{}) {
		return fmt.Errorf("%w: deploy it with governance.Deploy (the CLI's `poa chain up` on a new chain)", ErrNoGovernance)
	}
	return nil
}

package governance

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"poa/contracts"
	"poa/contracts/bindings"
)

func checkAmount(amount *big.Int) error {
	if amount == nil || amount.Sign() <= 0 || amount.BitLen() > 256 {
		return fmt.Errorf("%w: %v (want base units in (0, 2^256))", ErrAmount, amount)
	}
	return nil
}

// Wrap turns amount OPEN (base units) of key's account into as much GOPEN: it approves
// GOPEN for the amount unless the allowance already covers it, then calls
// depositFor(account, amount). The receipts are in that order (one when no approve was
// needed). Wrapped GOPEN carries no votes until its holder delegates (Delegate).
func Wrap(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, key *ecdsa.PrivateKey, amount *big.Int) ([]*contracts.Receipt, error) {
	if err := check(d); err != nil {
		return nil, err
	}
	if err := checkAmount(amount); err != nil {
		return nil, err
	}
	from := contracts.Address(key)
	open := bindings.NewOPEN()
	oi := open.Instance(c.Client, d.Token)
	allowance, err := bind.Call(oi, &bind.CallOpts{Context: ctx}, open.PackAllowance(from, d.GOPEN), open.UnpackAllowance)
	if err != nil {
		return nil, fmt.Errorf("wrap: OPEN allowance: %w", err)
	}
	var out []*contracts.Receipt
	if allowance.Cmp(amount) < 0 {
		rc, err := send(ctx, c, "wrap: approve GOPEN", oi, key, open.PackApprove(d.GOPEN, amount))
		if err != nil {
			return nil, err
		}
		out = append(out, rc)
	}
	g := bindings.NewGOPEN()
	rc, err := send(ctx, c, "wrap: depositFor", g.Instance(c.Client, d.GOPEN), key, g.PackDepositFor(from, amount))
	if err != nil {
		return out, err
	}
	return append(out, rc), nil
}

// Unwrap burns amount GOPEN of key's account and returns as much OPEN to it
// (withdrawTo); the account's votes (or its delegate's) drop by the amount.
func Unwrap(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, key *ecdsa.PrivateKey, amount *big.Int) (*contracts.Receipt, error) {
	if err := check(d); err != nil {
		return nil, err
	}
	if err := checkAmount(amount); err != nil {
		return nil, err
	}
	g := bindings.NewGOPEN()
	rc, err := send(ctx, c, "unwrap: withdrawTo", g.Instance(c.Client, d.GOPEN), key, g.PackWithdrawTo(contracts.Address(key), amount))
	return rc, err
}

// Delegate gives key's GOPEN voting power to `to` (key's own address to vote itself):
// the delegate's votes are checkpointed at this block's timestamp and count for
// proposals whose snapshot is at or after it.
func Delegate(ctx context.Context, c *contracts.Chain, d *contracts.Deployment, key *ecdsa.PrivateKey, to common.Address) (*contracts.Receipt, error) {
	if err := check(d); err != nil {
		return nil, err
	}
	g := bindings.NewGOPEN()
	rc, err := send(ctx, c, "delegate to "+to.Hex(), g.Instance(c.Client, d.GOPEN), key, g.PackDelegate(to))
	return rc, err
}

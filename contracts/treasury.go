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

// TreasuryOwed reads the OPEN the Settlement holds for the treasury: the remainders and
// protocol shares of settlements since the last SweepTreasury (base units).
func TreasuryOwed(ctx context.Context, c *Chain, d *Deployment) (*big.Int, error) {
	st := bindings.NewSettlement()
	v, err := bind.Call(st.Instance(c.Client, d.Settlement), &bind.CallOpts{Context: ctx}, st.PackTreasuryOwed(), st.UnpackTreasuryOwed)
	if err != nil {
		return nil, fmt.Errorf("read treasuryOwed at %s: %w", d.Settlement.Hex(), err)
	}
	return v, nil
}

// SweepTreasury sends sweepTreasury() from key (anyone may): the Settlement pays
// TreasuryOwed to the treasury (remainderRecipient) and zeroes it; nothing moves when
// nothing is owed.
func SweepTreasury(ctx context.Context, c *Chain, d *Deployment, key *ecdsa.PrivateKey) (*Receipt, error) {
	st := bindings.NewSettlement()
	return c.transact(ctx, "sweep the treasury's OPEN", st.Instance(c.Client, d.Settlement), key, st.PackSweepTreasury())
}

// TreasuryAddress reads the Settlement's remainderRecipient: where sweepTreasury pays.
// Governance may have changed it since the deployment was recorded.
func TreasuryAddress(ctx context.Context, c *Chain, d *Deployment) (common.Address, error) {
	st := bindings.NewSettlement()
	to, err := bind.Call(st.Instance(c.Client, d.Settlement), &bind.CallOpts{Context: ctx}, st.PackRemainderRecipient(), st.UnpackRemainderRecipient)
	if err != nil {
		return common.Address{}, fmt.Errorf("read remainderRecipient at %s: %w", d.Settlement.Hex(), err)
	}
	return to, nil
}

// SweptEvent returns the TreasurySwept event of the sweep rc mined: the treasury paid and
// the amount, or a nil amount when the transaction paid nothing (nothing was owed).
func SweptEvent(ctx context.Context, c *Chain, d *Deployment, rc *Receipt) (common.Address, *big.Int, error) {
	full, err := c.Client.TransactionReceipt(ctx, rc.TxHash)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("sweep tx %s: read receipt: %w", rc.TxHash.Hex(), err)
	}
	st := bindings.NewSettlement()
	for _, l := range full.Logs {
		if l.Address != d.Settlement {
			continue
		}
		if ev, err := st.UnpackTreasurySweptEvent(l); err == nil {
			return ev.Treasury, ev.Amount, nil
		}
	}
	return common.Address{}, nil, nil
}

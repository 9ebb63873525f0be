package contracts

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

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

package tokenomics

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"poa/contracts"
	"poa/contracts/bindings"
)

// Deploy sets up OPEN's genesis on c from deployer: one VestingVault (OpenZeppelin's
// VestingWallet) per allocation with a vesting part, owned by its beneficiary, starting
// at tge + cliff and lasting the vesting period; then OPEN, whose constructor mints the
// vaults' amounts into them and each TGE part straight to its beneficiary (the
// deployer for "deployer"). tge is a Unix time in seconds; 0 means the latest block's
// time. It returns OPEN's address and one Vault per part, in the genesis's order (an
// allocation with both a TGE part and a vesting part has two). Every step waits for its
// receipt.
func Deploy(ctx context.Context, c *contracts.Chain, deployer *ecdsa.PrivateKey, g *Genesis, tge uint64) (token common.Address, vaults []contracts.Vault, err error) {
	if err := g.Validate(); err != nil {
		return common.Address{}, nil, err
	}
	if tge == 0 {
		if tge, err = c.Time(ctx); err != nil {
			return common.Address{}, nil, err
		}
	}
	if tge > math.MaxUint64/2 {
		return common.Address{}, nil, fmt.Errorf("genesis: tge %d: out of range", tge)
	}
	from := contracts.Address(deployer)
	vault := bindings.NewVestingVault()
	code := hexutil.MustDecode(bindings.VestingVaultMetaData.Bin)
	var holders []common.Address
	var amounts []*big.Int
	for _, a := range g.Token.Allocations {
		ben := a.BeneficiaryAddress(from)
		if t := a.TGEAmount(); t.Sign() > 0 {
			holders, amounts = append(holders, ben), append(amounts, t)
			vaults = append(vaults, contracts.Vault{Allocation: a.Name, Beneficiary: ben, Address: ben, Amount: t.String(), Start: tge})
		}
		if !a.Vests() {
			continue
		}
		start, dur := tge+a.VaultStart(), a.VaultDuration()
		addr, _, err := c.DeployContract(ctx, "vesting vault "+a.Name, deployer, code, vault.PackConstructor(ben, start, dur))
		if err != nil {
			return common.Address{}, nil, err
		}
		holders, amounts = append(holders, addr), append(amounts, a.VaultAmount())
		vaults = append(vaults, contracts.Vault{Allocation: a.Name, Beneficiary: ben, Address: addr,
			Amount: a.VaultAmount().String(), Start: start, Duration: dur})
	}
	open := bindings.NewOPEN()
	token, _, err = c.DeployContract(ctx, "OPEN", deployer, hexutil.MustDecode(bindings.OPENMetaData.Bin), open.PackConstructor(holders, amounts))
	if err != nil {
		return common.Address{}, nil, err
	}
	return token, vaults, nil
}

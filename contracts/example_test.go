package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/contracts/bindings"
)

// Deploy the settlement stack on the in-process simulated chain and read it back.
func ExampleDeploy() {
	ctx := context.Background()
	owner, _ := crypto.GenerateKey()
	poster, _ := crypto.GenerateKey()
	c := contracts.NewSimulated([]common.Address{contracts.Address(owner), contracts.Address(poster)})
	defer c.Close()
	d, err := contracts.Deploy(ctx, c, contracts.DeployConfig{
		Owner:       owner,
		Verifier:    contracts.Verifiers()["FixtureGroth16Verifier"],
		Posters:     []*ecdsa.PrivateKey{poster},
		FundPosters: contracts.OPENUnits(1_000),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	open := bindings.NewOPEN()
	supply, _ := bind.Call(open.Instance(c.Client, d.Token), nil, open.PackTotalSupply(), open.UnpackTotalSupply)
	bal, _ := contracts.BalanceOf(ctx, c, d, contracts.Address(poster))
	st, _ := contracts.ReadStatus(ctx, c, d)
	fmt.Println("chain id:", d.ChainID)
	fmt.Println("OPEN supply:", new(big.Int).Div(supply, contracts.OPENUnits(1)))
	fmt.Println("poster holds:", new(big.Int).Div(bal, contracts.OPENUnits(1)))
	fmt.Println("backend:", st.Backend, "last epoch:", st.LastEpoch)
	fmt.Println("fee rule:", st.Params.FeeRule(), "challenge window:", st.Params.Window())
	for _, p := range st.Provers {
		fmt.Println("poster staked:", new(big.Int).Div(p.Bonded, contracts.OPENUnits(1)), "can post:", p.IsPoster)
	}
	// Output:
	// chain id: 1337
	// OPEN supply: 1000000000
	// poster holds: 1000
	// backend: groth16 last epoch: 0
	// fee rule: {1000 1000 8000} challenge window: 24h0m0s
	// poster staked: 10000 can post: true
}

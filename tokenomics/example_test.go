package tokenomics_test

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/tokenomics"
)

// The default genesis's circulating supply, yearly from TGE.
func ExampleSchedule() {
	g := tokenomics.Default()
	for _, m := range tokenomics.Schedule(g, 48) {
		if m.Month%12 == 0 {
			fmt.Printf("month %2d: %s OPEN (%.2f%%)\n", m.Month, tokenomics.FormatTokens(m.Circulating), m.Percent)
		}
	}
	team, _ := tokenomics.VestedAt(g, "team", 30*int64(tokenomics.MonthSeconds))
	fmt.Println("team at month 30:", tokenomics.FormatTokens(team))
	// Output:
	// month  0: 215500000 OPEN (21.55%)
	// month 12: 328400000 OPEN (32.84%)
	// month 24: 552266666.666666666666666666 OPEN (55.23%)
	// month 36: 776133333.333333333333333333 OPEN (77.61%)
	// month 48: 1000000000 OPEN (100.00%)
	// team at month 30: 75000000
}

// Deploy the genesis on the simulated chain: three vesting wallets, two TGE unlocks.
func ExampleDeploy() {
	ctx := context.Background()
	deployer, _ := crypto.GenerateKey()
	c := contracts.NewSimulated([]common.Address{contracts.Address(deployer)})
	defer c.Close()
	tge, _ := c.Time(ctx)
	_, vaults, err := tokenomics.Deploy(ctx, c, deployer, tokenomics.Default(), tge)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, v := range vaults {
		kind := "vesting wallet"
		if v.Address == v.Beneficiary {
			kind = "unlocked at TGE"
		}
		fmt.Printf("%-13s %-15s start TGE+%d months, %d months\n", v.Allocation, kind,
			(v.Start-tge)/tokenomics.MonthSeconds, v.Duration/tokenomics.MonthSeconds)
	}
	// Output:
	// ecosystem     vesting wallet  start TGE+0 months, 48 months
	// ecosystem_tge unlocked at TGE start TGE+0 months, 0 months
	// team          vesting wallet  start TGE+12 months, 36 months
	// investors     vesting wallet  start TGE+12 months, 36 months
	// liquidity     unlocked at TGE start TGE+0 months, 0 months
}

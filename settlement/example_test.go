package settlement_test

import (
	"fmt"
	"math/big"

	"poa/settlement"
)

func ExampleFeeRule_Parts() {
	owner, protocol, data := settlement.DefaultFeeRule.Parts(big.NewInt(1_000_000_000_000_000_001))
	fmt.Println(owner, protocol, data)
	// Output: 100000000000000000 100000000000000000 800000000000000001
}

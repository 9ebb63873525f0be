package prover_test

import (
	"fmt"
	"math/big"

	"poa/prover"
)

func ExampleSplit() {
	// 100 units among scores 1, 1, 1: 33 each, 1 to the remainder recipient.
	payouts, remainder := prover.Split(big.NewInt(100), []uint64{1, 1, 1})
	fmt.Println(payouts, remainder)
	// Output: [33 33 33] 1
}

package circuits

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/test"
)

// TestRewardSplitCheckCircuit runs gnark's test harness on RewardSplit: the test engine
// under -short; without -short also the R1CS and SCS solvers (both backends' builders)
// on the valid witness and on invalid ones (a payout off by one, a padding row carrying
// value).
func TestRewardSplitCheckCircuit(t *testing.T) {
	assert := test.NewAssert(t)
	s := honest(5, big.NewInt(999_999_937), []uint64{4, 0, 9, 1 << 40})
	valid := mustAssign(s)

	off := s
	off.Payouts = append([]*big.Int(nil), s.Payouts...)
	off.Payouts[0] = new(big.Int).Add(s.Payouts[0], big.NewInt(1))
	off.Remainder = new(big.Int).Sub(s.Remainder, big.NewInt(1))
	offByOne := mustAssign(off)

	padded := mustAssign(s)
	padded.Payout[7] = 1
	padded.Remainder = new(big.Int).Sub(s.Remainder, big.NewInt(1))

	assert.CheckCircuit(NewRewardSplit(8),
		test.WithValidAssignment(valid),
		test.WithInvalidAssignment(offByOne),
		test.WithInvalidAssignment(padded),
		test.WithCurves(ecc.BN254),
		test.WithBackends(backend.GROTH16, backend.PLONK),
		test.NoFuzzing(), test.NoSerializationChecks(), test.NoProverChecks(), test.NoSolidityChecks())
}

package prover

import (
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/circuits"
)

var gammaArgs = func() abi.Arguments {
	u256, _ := abi.NewType("uint256", "", nil)
	addrs, _ := abi.NewType("address[]", "", nil)
	u256s, _ := abi.NewType("uint256[]", "", nil)
	return abi.Arguments{{Type: u256}, {Type: u256}, {Type: u256}, {Type: addrs}, {Type: u256s}}
}()

// Gamma is the fingerprint challenge of docs/settlement-abi.md:
//
//	uint256(keccak256(abi.encode(uint256 epoch, uint256 commitment, uint256 dataFee,
//	        address[] contributors, uint256[] payouts))) mod r
//
// exactly as the settlement contract computes it from calldata. It panics if the lists
// differ in length or a value does not fit a uint256 (programmer errors).
func Gamma(epoch uint64, commitment, dataFee *big.Int, contributors []common.Address, payouts []*big.Int) *big.Int {
	if len(contributors) != len(payouts) {
		panic("prover: Gamma: contributors and payouts differ in length")
	}
	enc, err := gammaArgs.Pack(new(big.Int).SetUint64(epoch), commitment, dataFee, contributors, payouts)
	if err != nil {
		panic("prover: Gamma: " + err.Error())
	}
	h := new(big.Int).SetBytes(crypto.Keccak256(enc))
	return h.Mod(h, circuits.Modulus())
}

// Fingerprint is Σ addr_i·γ^(2i+1) + payout_i·γ^(2i+2) mod r over the contributors'
// addresses (as 160-bit integers) and payouts, the value the contract recomputes.
func Fingerprint(gamma *big.Int, contributors []common.Address, payouts []*big.Int) *big.Int {
	return circuits.Fingerprint(gamma, addrInts(contributors), payouts)
}

func addrInts(as []common.Address) []*big.Int {
	out := make([]*big.Int, len(as))
	for i, a := range as {
		out[i] = new(big.Int).SetBytes(a[:])
	}
	return out
}

package prover

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/circuits"
)

// word is a 32-byte big-endian ABI word.
func word(v *big.Int) []byte { return common.LeftPadBytes(v.Bytes(), 32) }

// TestGammaMatchesHandEncoding checks Gamma against abi.encode written out by hand:
// three static words, two offsets, then each dynamic array as length + elements.
func TestGammaMatchesHandEncoding(t *testing.T) {
	t.Parallel()
	epoch := uint64(42)
	com := new(big.Int).Sub(circuits.Modulus(), big.NewInt(5))
	fee := new(big.Int).Lsh(big.NewInt(3), 90)
	addrs := []common.Address{common.HexToAddress("0x00000000000000000000000000000000000000ff"), common.HexToAddress("0xAbCdEf0123456789aBcDeF0123456789AbCdEf01")}
	pays := []*big.Int{big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 95)}
	var enc []byte
	enc = append(enc, word(big.NewInt(int64(epoch)))...)
	enc = append(enc, word(com)...)
	enc = append(enc, word(fee)...)
	off1 := 5 * 32
	off2 := off1 + 32 + 32*len(addrs)
	enc = append(enc, word(big.NewInt(int64(off1)))...)
	enc = append(enc, word(big.NewInt(int64(off2)))...)
	enc = append(enc, word(big.NewInt(int64(len(addrs))))...)
	for _, a := range addrs {
		enc = append(enc, common.LeftPadBytes(a[:], 32)...)
	}
	enc = append(enc, word(big.NewInt(int64(len(pays))))...)
	for _, p := range pays {
		enc = append(enc, word(p)...)
	}
	want := new(big.Int).SetBytes(crypto.Keccak256(enc))
	want.Mod(want, circuits.Modulus())
	if got := Gamma(epoch, com, fee, addrs, pays); got.Cmp(want) != 0 {
		t.Fatalf("gamma %s, want %s", got, want)
	}
}

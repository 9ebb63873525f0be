package circuits

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Modulus returns a copy of the BN254 scalar field order r.
func Modulus() *big.Int { return fr.Modulus() }

// Fingerprint returns Σ_{i<n} addr_i·γ^(2i+1) + payout_i·γ^(2i+2) mod r, the value the
// settlement contract recomputes from calldata (two mulmods per entry).
// gamma is reduced mod r first. It panics if the lists differ in length.
func Fingerprint(gamma *big.Int, addrs, payouts []*big.Int) *big.Int {
	if len(addrs) != len(payouts) {
		panic("circuits: Fingerprint: addrs and payouts differ in length")
	}
	var g, pow, acc, t, v fr.Element
	g.SetBigInt(gamma)
	pow.SetOne()
	for i := range addrs {
		pow.Mul(&pow, &g)
		v.SetBigInt(addrs[i])
		t.Mul(&v, &pow)
		acc.Add(&acc, &t)
		pow.Mul(&pow, &g)
		v.SetBigInt(payouts[i])
		t.Mul(&v, &pow)
		acc.Add(&acc, &t)
	}
	return acc.BigInt(new(big.Int))
}

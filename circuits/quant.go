package circuits

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// PackQuantized packs quantized values PackPer to a field element:
// element e holds Σ_t (v_{15e+t} + 2^15)·2^(16t) over the values of its group, so it
// returns ceil(len(v)/PackPer) elements, each < 2^240. A value of the admitted range
// contributes at least 1 to its slot, so the packing of a shorter vector differs from
// that of a longer one with the same number of elements.
// It panics if some |v_t| > QuantMax.
func PackQuantized(v []int32) []*big.Int {
	els := packNative(v)
	out := make([]*big.Int, len(els))
	for i := range els {
		out[i] = els[i].BigInt(new(big.Int))
	}
	return out
}

func packNative(v []int32) []fr.Element {
	out := make([]fr.Element, (len(v)+PackPer-1)/PackPer)
	for e := range out {
		acc := new(big.Int)
		end := min(len(v), (e+1)*PackPer)
		for t := end - 1; t >= e*PackPer; t-- {
			checkQuant(v[t])
			acc.Lsh(acc, QuantBits)
			acc.Add(acc, big.NewInt(int64(v[t])+quantOffset))
		}
		out[e].SetBigInt(acc)
	}
	return out
}

func checkQuant(v int32) {
	if v > QuantMax || v < -QuantMax {
		panic(fmt.Sprintf("circuits: quantized value %d outside [-%d, %d]", v, QuantMax, QuantMax))
	}
}

// Dot returns the exact integer dot product Σ_j q_j·g_j of two quantized vectors
// (|Σ| ≤ len·QuantMax², exact in int64 for any length up to 2^33).
// It panics if the lengths differ or a value is outside [−QuantMax, QuantMax].
func Dot(q, g []int32) int64 {
	if len(q) != len(g) {
		panic(fmt.Sprintf("circuits: Dot of lengths %d and %d", len(q), len(g)))
	}
	var s int64
	for j := range q {
		checkQuant(q[j])
		checkQuant(g[j])
		s += int64(q[j]) * int64(g[j])
	}
	return s
}

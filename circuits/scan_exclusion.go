package circuits

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
)

// ExclusionTag ("excl") starts the chain of an exclusion bitmap (ExclusionHash); it
// differs from the other chain tags.
const ExclusionTag = 0x6578636c

// ExclusionPer is the number of bitmap bits packed into one field element.
const ExclusionPer = 248

// ExclusionHash returns the ScanCircuit's public Excluded: the leaf chain (Chain) over
//
//	ExclusionTag, slots, b_0, …, b_{⌈slots/248⌉−1},  b_e = Σ_{t<248} bit_{248e+t}·2^t
//
// with the bits past len(bits) zero. It panics if len(bits) > slots or slots < 1.
func ExclusionHash(bits []bool, slots int) *big.Int {
	if slots < 1 || len(bits) > slots {
		panic(fmt.Sprintf("circuits: ExclusionHash of %d bits over %d slots", len(bits), slots))
	}
	els := []*big.Int{big.NewInt(ExclusionTag), big.NewInt(int64(slots))}
	for e := 0; e < (slots+ExclusionPer-1)/ExclusionPer; e++ {
		v := new(big.Int)
		for t := 0; t < ExclusionPer && e*ExclusionPer+t < len(bits); t++ {
			if bits[e*ExclusionPer+t] {
				v.SetBit(v, t, 1)
			}
		}
		els = append(els, v)
	}
	return Chain(els...)
}

// exclusionHash is the in-circuit ExclusionHash over boolean bits (one per slot).
func exclusionHash(api frontend.API, perm *hasher, bits []frontend.Variable) frontend.Variable {
	els := []frontend.Variable{ExclusionTag, len(bits)}
	for e := 0; e < (len(bits)+ExclusionPer-1)/ExclusionPer; e++ {
		acc := frontend.Variable(0)
		for t := 0; t < ExclusionPer && e*ExclusionPer+t < len(bits); t++ {
			acc = api.Add(acc, api.Mul(bits[e*ExclusionPer+t], new(big.Int).Lsh(big.NewInt(1), uint(t))))
		}
		els = append(els, acc)
	}
	return hashChain(perm, els...)
}

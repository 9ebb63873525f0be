package circuits

import (
	"math/big"

	"github.com/consensys/gnark/frontend"
)

// checkQuantized constrains v + 2^15 < 2^QuantBits, so v is an integer in
// [−2^15, 2^15 − 1] (a superset of the native [−QuantMax, QuantMax]).
func checkQuantized(api frontend.API, rc frontend.Rangechecker, v frontend.Variable) {
	rc.Check(api.Add(v, quantOffset), QuantBits)
}

// packQuantized is the in-circuit PackQuantized: element e = Σ_t (v_{15e+t} + 2^15)·2^(16t)
// (a linear combination, no multiplication constraint). It is injective on values that
// checkQuantized accepts, since each slot then holds a 16-bit digit.
func packQuantized(api frontend.API, v []frontend.Variable) []frontend.Variable {
	out := make([]frontend.Variable, (len(v)+PackPer-1)/PackPer)
	for e := range out {
		acc := frontend.Variable(0)
		for t := e * PackPer; t < min(len(v), (e+1)*PackPer); t++ {
			shift := new(big.Int).Lsh(big.NewInt(1), uint(QuantBits*(t-e*PackPer)))
			acc = api.Add(acc, api.Mul(api.Add(v[t], quantOffset), shift))
		}
		out[e] = acc
	}
	return out
}

// sketchLeaf is the in-circuit SketchLeaf over already range-checked values.
func sketchLeaf(api frontend.API, perm *hasher, point, contributor frontend.Variable, v []frontend.Variable) frontend.Variable {
	els := append([]frontend.Variable{LeafTag, point, contributor}, packQuantized(api, v)...)
	return hashChain(perm, els...)
}

// queryHash is the in-circuit QueryHash over already range-checked values.
func queryHash(api frontend.API, perm *hasher, q []frontend.Variable) frontend.Variable {
	els := append([]frontend.Variable{QueryTag, len(q)}, packQuantized(api, q)...)
	return hashChain(perm, els...)
}

// foldPath is the in-circuit VerifyPath fold: from leaf up, node ← Compress(node, sib_d)
// when bits[d] = 0 and Compress(sib_d, node) when bits[d] = 1. It constrains each bit to
// be boolean and returns the root and the leaf index Σ bits[d]·2^d.
func foldPath(api frontend.API, perm *hasher, leaf frontend.Variable, bits, sibs []frontend.Variable) (root, index frontend.Variable) {
	node := leaf
	index = 0
	for d := range sibs {
		api.AssertIsBoolean(bits[d])
		left := api.Add(node, api.Mul(bits[d], api.Sub(sibs[d], node)))
		right := api.Sub(api.Add(node, sibs[d]), left)
		node = perm.Compress(left, right)
		index = api.Add(index, api.Mul(bits[d], new(big.Int).Lsh(big.NewInt(1), uint(d))))
	}
	return node, index
}

// dot returns Σ_j q_j·g_j (one multiplication constraint per term under R1CS).
func dot(api frontend.API, q, g []frontend.Variable) frontend.Variable {
	s := frontend.Variable(0)
	for j := range q {
		s = api.MulAcc(s, q[j], g[j])
	}
	return s
}

// assertSignedSplit constrains s = pos − neg with pos, neg < 2^nbits and pos·neg = 0.
// For an integer s with |s| < 2^nbits (and 2^(nbits+1) < r) this has the single
// solution pos = max(0, s), neg = max(0, −s): if neg = 0 then pos ≡ s is < 2^nbits only
// for s ≥ 0, and if pos = 0 then neg ≡ −s is < 2^nbits only for s ≤ 0.
func assertSignedSplit(api frontend.API, rc frontend.Rangechecker, s, pos, neg frontend.Variable, nbits int) {
	rc.Check(pos, nbits)
	rc.Check(neg, nbits)
	api.AssertIsEqual(api.Mul(pos, neg), 0)
	api.AssertIsEqual(s, api.Sub(pos, neg))
}

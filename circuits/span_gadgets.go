package circuits

import (
	"math/big"
	"math/bits"

	"github.com/consensys/gnark/frontend"
	p2 "github.com/consensys/gnark/std/permutation/poseidon2"
)

// packTokenVars is the in-circuit packTokens over padded tokens (a linear combination,
// no constraint): element e = Σ_t toks[e·PackPer+t]·2^(16t). It is injective on tokens
// that are range-checked to TokenBits.
func packTokenVars(api frontend.API, toks []frontend.Variable) []frontend.Variable {
	out := make([]frontend.Variable, (len(toks)+PackPer-1)/PackPer)
	for e := range out {
		acc := frontend.Variable(0)
		for t := e * PackPer; t < min(len(toks), (e+1)*PackPer); t++ {
			acc = api.Add(acc, api.Mul(toks[t], new(big.Int).Lsh(big.NewInt(1), uint(TokenBits*(t-e*PackPer)))))
		}
		out[e] = acc
	}
	return out
}

// tokenChain is the in-circuit chain of prefix… followed by the packed blocks of
// toks[:n] for a witness length n, as CorpusLeaf and OutputHash hash it: the chain over
// prefix (hashChain) continued block by block, and the state after the blocks-th block
// selected. It constrains blocks ∈ [0, ceil(len(toks)/PackPer)] (a one-hot selector),
// blocks·PackPer − n ∈ [0, PackPer) so blocks = ceil(n/PackPer), and n ∈ [0, len(toks)].
// Tokens past n inside the last block enter the packing as given: a prover who puts
// anything but the committed zeros there changes the hash. It does not range-check the
// tokens (the caller does, once).
//
// The continuation steps h ← Compress(h, e) are hashChain's step: a change of the chain
// in hashChain must be made here too (the tests compare with the native hashes).
func tokenChain(api frontend.API, rc frontend.Rangechecker, perm *p2.Permutation, prefix []frontend.Variable,
	toks []frontend.Variable, n, blocks frontend.Variable) frontend.Variable {
	packed := packTokenVars(api, toks)
	h := hashChain(perm, prefix...)
	sum := frontend.Variable(0)
	hit := api.IsZero(blocks)
	sel := api.Mul(hit, h)
	sum = api.Add(sum, hit)
	for b, e := range packed {
		h = perm.Compress(h, e)
		hit = api.IsZero(api.Sub(blocks, b+1))
		sel = api.MulAcc(sel, hit, h)
		sum = api.Add(sum, hit)
	}
	api.AssertIsEqual(sum, 1)
	r := api.Sub(api.Mul(blocks, PackPer), n)
	rc.Check(r, bitLen(PackPer-1))
	rc.Check(api.Sub(PackPer-1, r), bitLen(PackPer-1))
	rc.Check(n, bitLen(len(toks)))
	rc.Check(api.Sub(len(toks), n), bitLen(len(toks)))
	return sel
}

// bitLen is bits.Len(v), at least 1 (a range check of 0 bits is not allowed).
func bitLen(v int) int { return max(1, bits.Len(uint(v))) }

// window returns w[j] = v[s+j] for j < width, reading 0 past the end of v, where s = Σ
// sbits[k]·2^k (bits already constrained boolean): a barrel shift applying the highest
// bit first, so that level k keeps only the width + 2^k − 1 entries later levels can
// read. It costs about width·len(sbits) + 2^len(sbits) selections.
func window(api frontend.API, v, sbits []frontend.Variable, width int) []frontend.Variable {
	at := func(u []frontend.Variable, j int) frontend.Variable {
		if j < len(u) {
			return u[j]
		}
		return 0
	}
	cur := v
	for k := len(sbits) - 1; k >= 0; k-- {
		step := 1 << k
		next := make([]frontend.Variable, width+step-1)
		for j := range next {
			next[j] = api.Select(sbits[k], at(cur, j+step), at(cur, j))
		}
		cur = next
	}
	w := make([]frontend.Variable, width)
	for j := range w {
		w[j] = at(cur, j)
	}
	return w
}

// prefixFlags returns g[j] = [j < n] for j < width and constrains n ∈ [0, width]
// (exactly one of n = 0, …, n = width holds).
func prefixFlags(api frontend.API, n frontend.Variable, width int) []frontend.Variable {
	g := make([]frontend.Variable, width)
	seen := api.IsZero(n) // [n ≤ j] once j reaches n
	for j := range width {
		g[j] = api.Sub(1, seen)
		seen = api.Add(seen, api.IsZero(api.Sub(n, j+1)))
	}
	api.AssertIsEqual(seen, 1)
	return g
}

package circuits

import (
	"math/big"
	"math/bits"

	"github.com/consensys/gnark/frontend"
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

// tokenChain is the in-circuit leaf chain (chainNative) over prefix… followed by the
// packed elements of toks[:n] for a witness length n, as CorpusLeaf and OutputHash hash
// it. The chain starts from the element count len(prefix) + blocks and absorbs the
// prefix and all ceil(len(toks)/PackPer) packed elements, ChainRate per width-16
// permutation; the state after ceil((len(prefix) + blocks)/ChainRate) permutations is
// selected (varChain). It constrains blocks ∈ [0, ceil(len(toks)/PackPer)] (a one-hot
// selector), blocks·PackPer − n ∈ [0, PackPer) so blocks = ceil(n/PackPer), and n ∈
// [0, len(toks)]. Tokens past n that fall in the last absorbed block enter the hash as
// given: the native chain zero-pads that block, so a prover who puts anything but zeros
// there changes the hash. Tokens past the last absorbed block are not hashed (callers
// only read tokens before n). It does not range-check the tokens (the caller does, once).
func tokenChain(api frontend.API, rc frontend.Rangechecker, perm *hasher, prefix []frontend.Variable,
	toks []frontend.Variable, n, blocks frontend.Variable) frontend.Variable {
	packed := packTokenVars(api, toks)
	els := append(append([]frontend.Variable(nil), prefix...), packed...)
	hits := make([]frontend.Variable, len(packed)+1)
	counts := make([]int, len(packed)+1)
	sum := frontend.Variable(0)
	for b := range hits {
		hits[b] = api.IsZero(api.Sub(blocks, b))
		counts[b] = len(prefix) + b
		sum = api.Add(sum, hits[b])
	}
	api.AssertIsEqual(sum, 1)
	h := varChain(api, perm, els, api.Add(blocks, len(prefix)), hits, counts)
	r := api.Sub(api.Mul(blocks, PackPer), n)
	rc.Check(r, bitLen(PackPer-1))
	rc.Check(api.Sub(PackPer-1, r), bitLen(PackPer-1))
	rc.Check(n, bitLen(len(toks)))
	rc.Check(api.Sub(len(toks), n), bitLen(len(toks)))
	return h
}

// varChain is the in-circuit leaf chain (hashChain) over the first count elements of
// els, for a count known only as a witness: hits is a one-hot selector (the caller
// constrains it) over the possible counts counts[i] ≥ 1, and count = Σ hits[i]·counts[i].
// The chain starts from count, absorbs els ChainRate per width-16 permutation up to the
// last block any counts[i] reaches, and returns the state after ceil(count/ChainRate)
// permutations. Elements of els past count inside the last absorbed block must be zero
// for the result to equal chainNative over els[:count] (the native chain zero-pads).
//
// Its steps are hashChain's (hasher.absorb); the tests compare both with the native
// hashes.
func varChain(api frontend.API, perm *hasher, els []frontend.Variable, count frontend.Variable,
	hits []frontend.Variable, counts []int) frontend.Variable {
	perms := 0
	for _, c := range counts {
		perms = max(perms, (c+ChainRate-1)/ChainRate)
	}
	// group[p] = Σ hits[i] over the counts that take p permutations (linear, no constraint).
	group := make([]frontend.Variable, perms+1)
	for p := range group {
		group[p] = frontend.Variable(0)
	}
	for i, c := range counts {
		p := (c + ChainRate - 1) / ChainRate
		group[p] = api.Add(group[p], hits[i])
	}
	h := count
	sel := frontend.Variable(0)
	for p := 1; p <= perms; p++ {
		h = perm.absorb(api, h, els, (p-1)*ChainRate)
		sel = api.MulAcc(sel, group[p], h)
	}
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

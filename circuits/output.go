package circuits

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// OutputTag starts the chain of an output hash ("output" in ASCII), so that an output
// hash never hashes the same sequence as a corpus leaf, a sketch leaf or a query hash.
const OutputTag = 0x6f7574707574

// OutputHash returns the commitment to an inference's output tokens, the ScoreCircuit's
// public OutputHash: the Poseidon2 Merkle–Damgård chain (zero IV) over
//
//	OutputTag, len(tokens), packed_0, …, packed_{m−1}
//
// with the token packing of CorpusLeaf (PackPer tokens of 16 bits per element, the last
// element holding the rest). It panics if a token is outside [0, 2^TokenBits).
func OutputHash(tokens []int) *big.Int {
	els := make([]fr.Element, 2, 2+(len(tokens)+PackPer-1)/PackPer)
	els[0].SetUint64(OutputTag)
	els[1].SetUint64(uint64(len(tokens)))
	els = append(els, packTokens(tokens)...)
	h := chainNative(els)
	return h.BigInt(new(big.Int))
}

// packTokens packs token ids PackPer to an element, 16 bits each, low token first:
// element e = Σ_t tokens[e·PackPer+t]·2^(16t). It panics on a token outside
// [0, 2^TokenBits).
func packTokens(tokens []int) []fr.Element {
	out := make([]fr.Element, 0, (len(tokens)+PackPer-1)/PackPer)
	for e := 0; e < len(tokens); e += PackPer {
		v := new(big.Int)
		for t := min(e+PackPer, len(tokens)) - 1; t >= e; t-- {
			tok := tokens[t]
			if tok < 0 || tok >= 1<<TokenBits {
				panic("circuits: token out of range")
			}
			v.Lsh(v, TokenBits)
			v.Or(v, big.NewInt(int64(tok)))
		}
		var x fr.Element
		x.SetBigInt(v)
		out = append(out, x)
	}
	return out
}

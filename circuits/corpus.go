package circuits

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// CorpusTag starts the chain of a corpus leaf ("corpus" in ASCII), so that a corpus leaf
// and a sketch leaf or query hash never hash the same sequence.
const CorpusTag = 0x636f72707573

// TokenBits bounds a token id: 0 ≤ t < 2^TokenBits (GPT-2's vocabulary has 50,257).
const TokenBits = 16

// CorpusLeaf returns the commitment to one tokenized document: the leaf chain (Chain,
// the width-16 Poseidon2 Merkle–Damgård chain) over
//
//	CorpusTag, point, len(tokens), packed_0, …, packed_{m−1}
//
// where packed_e = Σ_{t<PackPer} tokens[e·PackPer+t]·2^(16t) (the last element holds the
// rest). Leaves of the corpus tree are these values, one per document, under the same
// kind of fixed-depth tree as sketches (NewSketchTree). It panics if point ≥ 2^248 or a
// token is outside [0, 2^16).
func CorpusLeaf(point *big.Int, tokens []int) *big.Int {
	if point.Sign() < 0 || point.BitLen() > 248 {
		panic("circuits: CorpusLeaf: point hash out of range")
	}
	els := make([]fr.Element, 3, 3+(len(tokens)+PackPer-1)/PackPer)
	els[0].SetUint64(CorpusTag)
	els[1].SetBigInt(point)
	els[2].SetUint64(uint64(len(tokens)))
	for e := 0; e < len(tokens); e += PackPer {
		v := new(big.Int)
		for t := min(e+PackPer, len(tokens)) - 1; t >= e; t-- {
			tok := tokens[t]
			if tok < 0 || tok >= 1<<TokenBits {
				panic("circuits: CorpusLeaf: token out of range")
			}
			v.Lsh(v, 16)
			v.Or(v, big.NewInt(int64(tok)))
		}
		var x fr.Element
		x.SetBigInt(v)
		els = append(els, x)
	}
	h := chainNative(els)
	return h.BigInt(new(big.Int))
}

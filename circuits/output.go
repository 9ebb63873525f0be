package circuits

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// OutputTag starts the chain of an output hash ("output" in ASCII), so that an output
// hash never hashes the same sequence as a corpus leaf, a sketch leaf or a query hash.
const OutputTag = 0x6f7574707574

// SpanListTag starts the chain of a span list hash ("spans" in ASCII).
const SpanListTag = 0x7370616e73

// OutputHash returns the commitment to an inference's output tokens and to the spans a
// score proof proves over them, the ScoreCircuit's public OutputHash: the leaf chain
// (Chain, the width-16 Poseidon2 Merkle–Damgård chain) over
//
//	OutputTag, SpanListHash(spans), len(tokens), packed_0, …, packed_{m−1}
//
// with the token packing of CorpusLeaf (PackPer tokens of 16 bits per element, the last
// element holding the rest). The spans are those of the proof's slots, in slot order; a
// proof that drops, adds, reorders or moves a span proves another OutputHash. It panics
// if a token is outside [0, 2^TokenBits) or a span's point is not below 2^248.
func OutputHash(tokens []int, spans []ScoreSpan) *big.Int {
	els := make([]fr.Element, 3, 3+(len(tokens)+PackPer-1)/PackPer)
	els[0].SetUint64(OutputTag)
	els[1] = spanListHash(spans)
	els[2].SetUint64(uint64(len(tokens)))
	els = append(els, packTokens(tokens)...)
	h := chainNative(els)
	return h.BigInt(new(big.Int))
}

// SpanListHash returns the commitment to a proof's span list, the leaf chain over
//
//	SpanListTag, len(spans), then per span: Point, Off, Start, Len
//
// (the document's point hash, the run's offset in the document, its start in the output
// and its length). Documents and paths are not part of it: the circuit binds them to the
// point through the corpus root. It panics if a point is nil or not below 2^248.
func SpanListHash(spans []ScoreSpan) *big.Int {
	h := spanListHash(spans)
	return h.BigInt(new(big.Int))
}

func spanListHash(spans []ScoreSpan) fr.Element {
	els := make([]fr.Element, 2, 2+4*len(spans))
	els[0].SetUint64(SpanListTag)
	els[1].SetUint64(uint64(len(spans)))
	for _, x := range spans {
		if x.Point == nil || x.Point.Sign() < 0 || x.Point.BitLen() > PointBits {
			panic("circuits: SpanListHash: point hash out of range")
		}
		var p, off, start, n fr.Element
		p.SetBigInt(x.Point)
		off.SetInt64(int64(x.Off))
		start.SetInt64(int64(x.Start))
		n.SetInt64(int64(x.Len))
		els = append(els, p, off, start, n)
	}
	return chainNative(els)
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

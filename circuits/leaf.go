package circuits

import (
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Domain tags: the first element of a sketch-leaf chain and of a query chain. They
// are distinct and larger than any row count a ScoresCommitment chain starts with, so
// the three kinds of chains never share a first block.
const (
	LeafTag  = 0x6c656166 // "leaf"
	QueryTag = 0x71756572 // "quer"
)

// PointHash names a training data point: the first 31 bytes of
// SHA-256(datanet + "/" + id), read as a big-endian integer (< 2^248).
func PointHash(datanet, id string) *big.Int {
	h := sha256.Sum256([]byte(datanet + "/" + id))
	return new(big.Int).SetBytes(h[:PointBits/8])
}

// SketchLeaf returns the tree leaf of a data point: the leaf chain (Chain: the width-16
// Poseidon2 Merkle–Damgård chain, see ChainWidth) over
//
//	LeafTag, point, contributor, PackQuantized(v)…
//
// It panics if point is negative or ≥ 2^248, contributor negative or ≥ 2^160, or some
// |v_t| > QuantMax.
func SketchLeaf(point, contributor *big.Int, v []int32) *big.Int {
	if point.Sign() < 0 || point.BitLen() > PointBits {
		panic("circuits: SketchLeaf: point hash out of range")
	}
	if contributor.Sign() < 0 || contributor.BitLen() > AddrBits {
		panic("circuits: SketchLeaf: contributor address out of range")
	}
	els := make([]fr.Element, 3, 3+(len(v)+PackPer-1)/PackPer)
	els[0].SetUint64(LeafTag)
	els[1].SetBigInt(point)
	els[2].SetBigInt(contributor)
	els = append(els, packNative(v)...)
	h := chainNative(els)
	return h.BigInt(new(big.Int))
}

// QueryHash returns the hash of a quantized query sketch: the leaf chain (Chain) over
// QueryTag, len(q), PackQuantized(q)…
// It panics if some |q_t| > QuantMax.
func QueryHash(q []int32) *big.Int {
	els := make([]fr.Element, 2, 2+(len(q)+PackPer-1)/PackPer)
	els[0].SetUint64(QueryTag)
	els[1].SetUint64(uint64(len(q)))
	els = append(els, packNative(q)...)
	h := chainNative(els)
	return h.BigInt(new(big.Int))
}

// Chain returns the leaf chain over els, each reduced mod r: the width-16 Poseidon2
// Merkle–Damgård chain that starts from the element count and absorbs 15 elements per
// permutation (see ChainWidth). Sketch leaves, query hashes and corpus leaves are made of
// it; callers that build other layouts use it too. (Merkle nodes and ScoresCommitment use
// the width-2 compression instead.)
func Chain(els ...*big.Int) *big.Int {
	fe := make([]fr.Element, len(els))
	for i, v := range els {
		fe[i].SetBigInt(v)
	}
	h := chainNative(fe)
	return h.BigInt(new(big.Int))
}

// fieldElement converts v, which must be in [0, r), to a field element.
func fieldElement(what string, v *big.Int) (fr.Element, error) {
	var e fr.Element
	if v == nil || v.Sign() < 0 || v.Cmp(fr.Modulus()) >= 0 {
		return e, fmt.Errorf("%s %v not in [0, r): %w", what, v, ErrRange)
	}
	e.SetBigInt(v)
	return e, nil
}

package circuits

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark/frontend"
	p2 "github.com/consensys/gnark/std/permutation/poseidon2"
)

// packShift is 2^ScoreBits: a row is committed as addr·2^64 + score.
var packShift = new(big.Int).Lsh(big.NewInt(1), ScoreBits)

// ScoresCommitment returns the commitment to a list of (address, score) rows, as a
// canonical value in [0, r): the Poseidon2 Merkle–Damgård chain (zero IV) over
// n, addr_0·2^64 + s_0, …, addr_{n−1}·2^64 + s_{n−1}.
// It panics if the lists differ in length or an address is negative or ≥ 2^160
// (Assign checks these for data).
func ScoresCommitment(addrs []*big.Int, scores []uint64) *big.Int {
	if len(addrs) != len(scores) {
		panic("circuits: ScoresCommitment: addrs and scores differ in length")
	}
	perm := poseidon2.NewDefaultPermutation()
	var h fr.Element
	var n fr.Element
	n.SetUint64(uint64(len(addrs)))
	h = compressNative(perm, h, n)
	for i, a := range addrs {
		if a.Sign() < 0 || a.BitLen() > AddrBits {
			panic("circuits: ScoresCommitment: address out of range")
		}
		v := new(big.Int).Mul(a, packShift)
		v.Add(v, new(big.Int).SetUint64(scores[i]))
		var x fr.Element
		x.SetBigInt(v)
		h = compressNative(perm, h, x)
	}
	return h.BigInt(new(big.Int))
}

// compressNative is gnark's Poseidon2 compression: permute (l, r), return out[1] + r.
func compressNative(perm *poseidon2.Permutation, l, r fr.Element) fr.Element {
	x := [2]fr.Element{l, r}
	if err := perm.Permutation(x[:]); err != nil {
		panic(err) // width is 2 by construction
	}
	var out fr.Element
	out.Add(&x[1], &r)
	return out
}

// rowCommitter is the in-circuit twin of ScoresCommitment: it absorbs rows into a
// running state, keeping the state unchanged on inactive rows.
type rowCommitter struct {
	api   frontend.API
	perm  *p2.Permutation
	state frontend.Variable
}

// newRowCommitter starts the chain with the count n.
func newRowCommitter(api frontend.API, n frontend.Variable) *rowCommitter {
	perm, err := p2.NewPoseidon2(api)
	if err != nil {
		panic(err) // only BN254 is used; another field is a programmer error
	}
	return &rowCommitter{api: api, perm: perm, state: perm.Compress(0, n)}
}

// absorb folds addr·2^64 + score into the state when active is 1 and leaves the state
// unchanged when active is 0. active must be boolean (the caller constrains it).
func (c *rowCommitter) absorb(active, addr, score frontend.Variable) {
	api := c.api
	packed := api.Add(api.Mul(addr, packShift), score)
	next := c.perm.Compress(c.state, packed)
	c.state = api.Add(c.state, api.Mul(active, api.Sub(next, c.state)))
}

package circuits

import (
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark/frontend"
	p2 "github.com/consensys/gnark/std/permutation/poseidon2"
)

// The leaf chain (Chain, SketchLeaf, QueryHash, CorpusLeaf) is a Merkle–Damgård chain of
// a wide Poseidon2 compression: the BN254 Poseidon2 permutation of width ChainWidth = 16
// with ChainFullRounds = 8 full and ChainPartialRounds = 57 partial rounds, the instance
// of the Poseidon2 paper (eprint 2023/323, Table 1: S-box x^5, 254-bit prime, 128-bit
// security, t = 16: R_F = 8, R_P = 57) whose round constants and internal diagonal
// gnark-crypto pins (generated with HorizenLabs' poseidon2_rust_params.sage, security
// margin included; gnark-crypto refuses other round numbers at t = 16).
//
// Over elements e_0, …, e_{n−1}:
//
//	h_0 = n,  h_{j+1} = P16(h_j, e_{15j}, …, e_{15j+14})[0] + h_j,  Chain = h_{⌈n/15⌉}
//
// with the elements past n of the last block zero. Starting from the length makes the
// zero padding unambiguous (sequences of different lengths start from different
// states), and the compression, a truncated permutation with feed-forward, is the
// Poseidon2 paper's compression mode. It absorbs ChainRate = 15 elements per
// permutation where the width-2 compression of Merkle nodes and ScoresCommitment
// absorbs one: in R1CS about 37 constraints per element instead of 186.
const (
	ChainWidth         = 16
	ChainRate          = ChainWidth - 1
	ChainFullRounds    = 8
	ChainPartialRounds = 57
)

// chainPerm is the native width-16 permutation (stateless, safe for concurrent use).
var chainPerm = sync.OnceValue(func() *poseidon2.Permutation {
	return poseidon2.NewPermutation(ChainWidth, ChainFullRounds, ChainPartialRounds)
})

// chainNative is the leaf chain over els (see ChainWidth).
func chainNative(els []fr.Element) fr.Element {
	perm := chainPerm()
	var h fr.Element
	h.SetUint64(uint64(len(els)))
	var state [ChainWidth]fr.Element
	for j := 0; j < len(els); j += ChainRate {
		state[0] = h
		for t := range ChainRate {
			if j+t < len(els) {
				state[1+t] = els[j+t]
			} else {
				state[1+t].SetZero()
			}
		}
		if err := perm.Permutation(state[:]); err != nil {
			panic(err) // the width is ChainWidth by construction
		}
		h.Add(&state[0], &h)
	}
	return h
}

// hasher holds the in-circuit permutations: the width-16 one of the leaf chain
// (hashChain) and the width-2 one of Merkle nodes (Compress).
type hasher struct {
	api  frontend.API
	wide *p2.Permutation
	pair *p2.Permutation
}

// newPerm returns the in-circuit hasher: gnark's Poseidon2 of width 16 (the leaf chain)
// and of width 2 with the default BN254 parameters (the permutation of compressNative).
func newPerm(api frontend.API) *hasher {
	pair, err := p2.NewPoseidon2(api)
	if err != nil {
		panic(err) // only BN254 is used; another field is a programmer error
	}
	wide, err := p2.NewPoseidon2FromParameters(api, ChainWidth, ChainFullRounds, ChainPartialRounds)
	if err != nil {
		panic(err)
	}
	return &hasher{api: api, wide: wide, pair: pair}
}

// Compress is the width-2 compression of Merkle nodes (compressNative).
func (h *hasher) Compress(left, right frontend.Variable) frontend.Variable {
	return h.pair.Compress(left, right)
}

// hashChain is the in-circuit chainNative over els (their count is a constant of the
// circuit). It panics if perm was not made by newPerm.
func hashChain(perm *hasher, els ...frontend.Variable) frontend.Variable {
	api := perm.api
	h := frontend.Variable(len(els))
	for j := 0; j < len(els); j += ChainRate {
		h = perm.absorb(api, h, els, j)
	}
	return h
}

// absorb is one step of the chain: the state (h, els[j:j+ChainRate], zero-padded past the
// end of els) through the width-16 permutation, whose first output is fed forward with h.
func (perm *hasher) absorb(api frontend.API, h frontend.Variable, els []frontend.Variable, j int) frontend.Variable {
	state := make([]frontend.Variable, ChainWidth)
	state[0] = h
	for t := range ChainRate {
		if j+t < len(els) {
			state[1+t] = els[j+t]
		} else {
			state[1+t] = 0
		}
	}
	if err := perm.wide.Permutation(state); err != nil {
		panic(err) // the width is ChainWidth by construction
	}
	return api.Add(state[0], h)
}

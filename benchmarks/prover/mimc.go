package main

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
	"github.com/consensys/gnark-crypto/hash"
)

// nativeMiMC is the out-of-circuit twin of std/hash/mimc for the naive baseline.
type nativeMiMC struct{ h hash.StateStorer }

func newMiMC() *nativeMiMC { return &nativeMiMC{h: mimc.NewMiMC()} }

func (m *nativeMiMC) write(v *big.Int) {
	var e fr.Element
	e.SetBigInt(v)
	b := e.Bytes()
	m.h.Write(b[:])
}

func (m *nativeMiMC) sum() *big.Int { return new(big.Int).SetBytes(m.h.Sum(nil)) }

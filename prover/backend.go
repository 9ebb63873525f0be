package prover

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"

	"poa/circuits"
)

// Backend names a proof system on BN254.
type Backend string

// The supported proof systems.
const (
	Groth16 Backend = "groth16"
	Plonk   Backend = "plonk"
)

// CircuitSplit is the name of the reward-split circuit in key and proof files.
const CircuitSplit = "split"

// ParseBackend returns the backend named s ("groth16" or "plonk").
func ParseBackend(s string) (Backend, error) {
	switch Backend(s) {
	case Groth16, Plonk:
		return Backend(s), nil
	}
	return "", fmt.Errorf("%q (want groth16 or plonk): %w", s, ErrBackend)
}

func (b Backend) id() backend.ID {
	if b == Plonk {
		return backend.PLONK
	}
	return backend.GROTH16
}

// Compile compiles the reward-split circuit of size n for backend b (R1CS for Groth16,
// SCS for PLONK). It panics if n is outside [1, circuits.MaxSize].
func Compile(b Backend, n int) (constraint.ConstraintSystem, error) {
	c := circuits.NewRewardSplit(n)
	field := ecc.BN254.ScalarField()
	var ccs constraint.ConstraintSystem
	var err error
	switch b {
	case Groth16:
		ccs, err = frontend.Compile(field, r1cs.NewBuilder, c)
	case Plonk:
		ccs, err = frontend.Compile(field, scs.NewBuilder, c)
	default:
		return nil, fmt.Errorf("%q: %w", b, ErrBackend)
	}
	if err != nil {
		return nil, fmt.Errorf("compile split circuit size %d for %s: %w", n, b, err)
	}
	return ccs, nil
}

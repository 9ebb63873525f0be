package prover

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"poa/circuits"
)

// AttributedKeyFileVersion is the version of the attributed key directory layout
// (keydir.go: meta.json, vk.bin, pk.bin).
const AttributedKeyFileVersion = 1

type attributedMeta struct {
	Version int    `json:"version"`
	Circuit string `json:"circuit"` // CircuitAttributedSplit
	AttributedKeys
	Gnark string `json:"gnark"`
	keyDirHashes
}

// AttributedCircuitHash compiles the attributed split of shape and returns the hex
// sha256 of its constraint system: what SaveAttributed records and
// LoadAttributedKeys compares.
func AttributedCircuitHash(shape AttributedShape) (string, error) {
	if err := shape.check(); err != nil {
		return "", err
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuits.NewAttributedSplit(shape.N, shape.R, shape.C))
	if err != nil {
		return "", fmt.Errorf("compile attributed split %s: %w", shape, err)
	}
	return circuitHash(ccs)
}

// SaveAttributed writes k into dir (created if needed), each file atomically, meta.json
// last. It panics if k holds no keys (not made by SetupAttributed or
// LoadAttributedKeys).
func SaveAttributed(dir string, k *AttributedKeys) error {
	if k == nil {
		panic("prover: SaveAttributed: nil keys")
	}
	err := saveKeyDir(dir, groth16Set{k.ccs, k.pk, k.vk}, k.KeyID, func(h keyDirHashes) any {
		return attributedMeta{Version: AttributedKeyFileVersion, Circuit: CircuitAttributedSplit, AttributedKeys: *k, Gnark: GnarkVersion, keyDirHashes: h}
	})
	if err != nil {
		return fmt.Errorf("attributed keys %s: %w", k.Shape, err)
	}
	return nil
}

// LoadAttributedKeys reads the keys SaveAttributed wrote into dir for shape, compiling
// the circuit. A directory without meta.json is fs.ErrNotExist (no keys saved). Keys of
// another format version, shape or gnark version, made for another circuit (its
// constraint system hashes otherwise, e.g. after a change to the circuit's range
// checks), or whose files do not hash to what meta.json records (a corrupt or swapped
// pk.bin or vk.bin) are ErrKeyFile, with the file and the reason.
func LoadAttributedKeys(ctx context.Context, dir string, shape AttributedShape) (*AttributedKeys, error) {
	var m attributedMeta
	if err := readKeyDirMeta(dir, &m); err != nil {
		return nil, err
	}
	if err := checkKeyDirHeader(dir, m.Version, AttributedKeyFileVersion, m.Circuit, CircuitAttributedSplit, m.Gnark, m.KeyID, m.keyDirHashes); err != nil {
		return nil, err
	}
	if m.Shape != shape {
		return nil, fmt.Errorf("%s: %w: keys of shape %s, want %s", filepath.Join(dir, keyDirMetaFile), ErrKeyFile, m.Shape, shape)
	}
	k := m.AttributedKeys
	set, ms, err := loadKeyDir(ctx, dir, "attributed split", k.KeyID, k.Constraints, m.keyDirHashes, func() (constraint.ConstraintSystem, error) {
		return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuits.NewAttributedSplit(shape.N, shape.R, shape.C))
	})
	if err != nil {
		return nil, err
	}
	k.ccs, k.pk, k.vk, k.CompileMs = set.ccs, set.pk, set.vk, ms
	return &k, nil
}

package prover

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"poa/circuits"
)

// Attributed key directory layout (AttributedKeyFileVersion): meta.json (the format
// version, AttributedKeys' exported fields, the gnark version, the sha256 of the
// compiled constraint system and of pk.bin), vk.bin (the verifying key, gnark's
// compressed encoding; its sha256 is the key id) and pk.bin (the proving key, gnark's
// raw encoding). SaveAttributed writes meta.json last and removes it first: a
// directory without it holds no keys.
const (
	// AttributedKeyFileVersion is the version of the attributed key directory layout.
	AttributedKeyFileVersion = 1

	attributedMetaFile = "meta.json"
	attributedVKFile   = "vk.bin"
	attributedPKFile   = "pk.bin"
)

type attributedMeta struct {
	Version int    `json:"version"`
	Circuit string `json:"circuit"` // CircuitAttributedSplit
	AttributedKeys
	Gnark string `json:"gnark"`
	// CircuitHash is the hex sha256 of the compiled constraint system (gnark's
	// serialization, deterministic): keys are only loaded for the circuit they were
	// made for, even when a change keeps its constraint count.
	CircuitHash string `json:"circuit_sha256"`
	PKHash      string `json:"pk_sha256"`
}

// circuitHash is the hex sha256 of ccs's serialization. gnark's encoding of a compiled
// constraint system is deterministic (CBOR, core deterministic encoding): the same
// circuit compiles to the same bytes in every process, and any change to its
// constraints, coefficients, wires or hints changes them. Costs about 40 ms for the
// 88,658 constraints of n64-r16-c16.
func circuitHash(ccs constraint.ConstraintSystem) (string, error) {
	h := sha256.New()
	if _, err := ccs.WriteTo(h); err != nil {
		return "", fmt.Errorf("hash the constraint system: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
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
	if k == nil || k.ccs == nil || k.pk == nil || k.vk == nil {
		panic("prover: SaveAttributed: keys without a constraint system, proving or verifying key")
	}
	ch, err := circuitHash(k.ccs)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.Remove(filepath.Join(dir, attributedMetaFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	pkHash, err := writeProvingKey(filepath.Join(dir, attributedPKFile), k.pk)
	if err != nil {
		return err
	}
	if err := writeVerifyingKey(filepath.Join(dir, attributedVKFile), k.vk, k.KeyID); err != nil {
		return fmt.Errorf("attributed keys %s: %w", k.Shape, err)
	}
	meta, err := json.MarshalIndent(attributedMeta{Version: AttributedKeyFileVersion, Circuit: CircuitAttributedSplit, AttributedKeys: *k,
		Gnark: GnarkVersion, CircuitHash: ch, PKHash: pkHash}, "", "  ")
	if err != nil {
		return err
	}
	return writeFileBytes(filepath.Join(dir, attributedMetaFile), append(meta, '\n'))
}

// LoadAttributedKeys reads the keys SaveAttributed wrote into dir for shape, compiling
// the circuit. A directory without meta.json is fs.ErrNotExist (no keys saved). Keys of
// another format version, shape or gnark version, made for another circuit (its
// constraint system hashes otherwise, e.g. after a change to the circuit's range
// checks), or whose files do not hash to what meta.json records (a corrupt or swapped
// pk.bin or vk.bin) are ErrKeyFile, with the file and the reason.
func LoadAttributedKeys(ctx context.Context, dir string, shape AttributedShape) (*AttributedKeys, error) {
	metaPath := filepath.Join(dir, attributedMetaFile)
	raw, err := os.ReadFile(metaPath)
	if err != nil {
		return nil, err
	}
	var m attributedMeta
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%s: %w: %v", metaPath, ErrKeyFile, err)
	}
	switch {
	case m.Version != AttributedKeyFileVersion:
		return nil, fmt.Errorf("%s: %w: format version %d, this poa reads %d", metaPath, ErrKeyFile, m.Version, AttributedKeyFileVersion)
	case m.Circuit != CircuitAttributedSplit:
		return nil, fmt.Errorf("%s: %w: keys of circuit %q, want %q", metaPath, ErrKeyFile, m.Circuit, CircuitAttributedSplit)
	case m.Shape != shape:
		return nil, fmt.Errorf("%s: %w: keys of shape %s, want %s", metaPath, ErrKeyFile, m.Shape, shape)
	case m.Gnark != GnarkVersion:
		return nil, fmt.Errorf("%s: %w: keys made with gnark %s, this poa uses %s", metaPath, ErrKeyFile, m.Gnark, GnarkVersion)
	case len(m.KeyID) != 64 || len(m.CircuitHash) != 64 || len(m.PKHash) != 64:
		return nil, fmt.Errorf("%s: %w: key id, circuit_sha256 or pk_sha256 is not a sha256", metaPath, ErrKeyFile)
	}
	k := m.AttributedKeys
	if k.vk, err = readVerifyingKey(filepath.Join(dir, attributedVKFile), k.KeyID); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	t0 := time.Now()
	if k.ccs, err = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuits.NewAttributedSplit(shape.N, shape.R, shape.C)); err != nil {
		return nil, fmt.Errorf("compile attributed split %s: %w", shape, err)
	}
	k.CompileMs = time.Since(t0).Milliseconds()
	ch, err := circuitHash(k.ccs)
	if err != nil {
		return nil, err
	}
	if ch != m.CircuitHash || k.ccs.GetNbConstraints() != k.Constraints {
		return nil, fmt.Errorf("%s: %w: keys made for another attributed split circuit (%d constraints, sha256 %.16s…); this build's %s has %d constraints, sha256 %.16s… (the circuit changed: set the keys up again)",
			metaPath, ErrKeyFile, k.Constraints, m.CircuitHash, shape, k.ccs.GetNbConstraints(), ch)
	}
	if k.pk, err = readProvingKey(filepath.Join(dir, attributedPKFile), m.PKHash); err != nil {
		return nil, err
	}
	return &k, nil
}

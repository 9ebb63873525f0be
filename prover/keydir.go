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

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
)

// A checked key directory (attributed and scan keys) holds meta.json (the format
// version, the circuit's name, the keys' exported fields, the gnark version, the sha256
// of the compiled constraint system and of pk.bin), vk.bin (the verifying key, gnark's
// compressed encoding; its sha256 is the key id) and pk.bin (the proving key, gnark's
// raw encoding). saveKeyDir writes meta.json last and removes it first: a directory
// without it holds no keys.
const (
	keyDirMetaFile = "meta.json"
	keyDirVKFile   = "vk.bin"
	keyDirPKFile   = "pk.bin"
)

// keyDirHashes are the meta.json fields that bind the key files to one circuit.
type keyDirHashes struct {
	// CircuitHash is the hex sha256 of the compiled constraint system (circuitHash):
	// keys are only loaded for the circuit they were made for, even when a change keeps
	// its constraint count.
	CircuitHash string `json:"circuit_sha256"`
	PKHash      string `json:"pk_sha256"`
}

// groth16Set is a circuit's compiled constraint system with its Groth16 keys.
type groth16Set struct {
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
	vk  groth16.VerifyingKey
}

// saveKeyDir writes set into dir (created if needed), each file atomically: pk.bin,
// vk.bin (checked to hash to keyID), then meta.json, the value meta returns for the
// hashes of what was written. It panics if set lacks a part.
func saveKeyDir(dir string, set groth16Set, keyID string, meta func(keyDirHashes) any) error {
	if set.ccs == nil || set.pk == nil || set.vk == nil {
		panic("prover: saveKeyDir: keys without a constraint system, proving or verifying key")
	}
	var h keyDirHashes
	var err error
	if h.CircuitHash, err = circuitHash(set.ccs); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.Remove(filepath.Join(dir, keyDirMetaFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if h.PKHash, err = writeProvingKey(filepath.Join(dir, keyDirPKFile), set.pk); err != nil {
		return err
	}
	if err := writeVerifyingKey(filepath.Join(dir, keyDirVKFile), set.vk, keyID); err != nil {
		return err
	}
	b, err := json.MarshalIndent(meta(h), "", "  ")
	if err != nil {
		return err
	}
	return writeFileBytes(filepath.Join(dir, keyDirMetaFile), append(b, '\n'))
}

// readKeyDirMeta decodes dir's meta.json into m. A directory without it is
// fs.ErrNotExist (no keys saved); an undecodable one is ErrKeyFile.
func readKeyDirMeta(dir string, m any) error {
	path := filepath.Join(dir, keyDirMetaFile)
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, m); err != nil {
		return fmt.Errorf("%s: %w: %v", path, ErrKeyFile, err)
	}
	return nil
}

// checkKeyDirHeader checks the meta.json fields every key directory shares: the
// format version, the circuit's name, the gnark version and that the key id and both
// hashes are sha256s (ErrKeyFile naming meta.json otherwise).
func checkKeyDirHeader(dir string, version, wantVersion int, circuit, wantCircuit, gnark, keyID string, h keyDirHashes) error {
	path := filepath.Join(dir, keyDirMetaFile)
	switch {
	case version != wantVersion:
		return fmt.Errorf("%s: %w: format version %d, this poa reads %d", path, ErrKeyFile, version, wantVersion)
	case circuit != wantCircuit:
		return fmt.Errorf("%s: %w: keys of circuit %q, want %q", path, ErrKeyFile, circuit, wantCircuit)
	case gnark != GnarkVersion:
		return fmt.Errorf("%s: %w: keys made with gnark %s, this poa uses %s", path, ErrKeyFile, gnark, GnarkVersion)
	case len(keyID) != 64 || len(h.CircuitHash) != 64 || len(h.PKHash) != 64:
		return fmt.Errorf("%s: %w: key id, circuit_sha256 or pk_sha256 is not a sha256", path, ErrKeyFile)
	}
	return nil
}

// loadKeyDir reads dir's key files once its meta.json has been checked: vk.bin against
// keyID, the circuit compiled by compile against the recorded constraint count and
// hash (keys of another circuit are ErrKeyFile, naming what, e.g.
// "attributed split"), and pk.bin against its hash before it is decoded. It returns the set and
// the compile time in milliseconds.
func loadKeyDir(ctx context.Context, dir, what, keyID string, constraints int, h keyDirHashes,
	compile func() (constraint.ConstraintSystem, error)) (groth16Set, int64, error) {
	var set groth16Set
	var err error
	if set.vk, err = readVerifyingKey(filepath.Join(dir, keyDirVKFile), keyID); err != nil {
		return set, 0, err
	}
	if err := ctx.Err(); err != nil {
		return set, 0, err
	}
	t0 := time.Now()
	if set.ccs, err = compile(); err != nil {
		return set, 0, fmt.Errorf("compile %s: %w", what, err)
	}
	ms := time.Since(t0).Milliseconds()
	ch, err := circuitHash(set.ccs)
	if err != nil {
		return set, 0, err
	}
	if ch != h.CircuitHash || set.ccs.GetNbConstraints() != constraints {
		return set, 0, fmt.Errorf("%s: %w: keys made for another %s circuit (%d constraints, sha256 %.16s…); this build's has %d constraints, sha256 %.16s… (the circuit changed: set the keys up again)",
			filepath.Join(dir, keyDirMetaFile), ErrKeyFile, what, constraints, h.CircuitHash, set.ccs.GetNbConstraints(), ch)
	}
	if set.pk, err = readProvingKey(filepath.Join(dir, keyDirPKFile), h.PKHash); err != nil {
		return set, 0, err
	}
	return set, ms, nil
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

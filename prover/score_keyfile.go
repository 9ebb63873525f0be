package prover

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// Score key directory layout: meta.json (ScoreKeys' exported fields and the gnark
// version), vk.bin (the verifying key, gnark's compressed encoding; its sha256 is the
// key id) and pk.bin (the proving key, gnark's raw encoding: large but fast to read).
const (
	scoreMetaFile = "meta.json"
	scoreVKFile   = "vk.bin"
	scorePKFile   = "pk.bin"
)

type scoreMeta struct {
	ScoreKeys
	Gnark string `json:"gnark"`
}

// Save writes the keys into dir (created if needed), each file atomically.
func (k *ScoreKeys) Save(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if _, err := writeProvingKey(filepath.Join(dir, scorePKFile), k.pk); err != nil {
		return err
	}
	if err := writeVerifyingKey(filepath.Join(dir, scoreVKFile), k.vk, k.KeyID); err != nil {
		return fmt.Errorf("score keys %s: %w", k.Shape, err)
	}
	meta, err := json.MarshalIndent(scoreMeta{ScoreKeys: *k, Gnark: GnarkVersion}, "", "  ")
	if err != nil {
		return err
	}
	return writeFileBytes(filepath.Join(dir, scoreMetaFile), append(meta, '\n'))
}

// LoadScoreKeys reads keys saved by Save for the given shape, recompiling the circuit.
// Keys of another shape, another gnark version, or whose verifying key does not hash to
// the recorded key id are refused (ErrKeyFile).
func LoadScoreKeys(ctx context.Context, dir string, shape ScoreShape) (*ScoreKeys, error) {
	raw, err := os.ReadFile(filepath.Join(dir, scoreMetaFile))
	if err != nil {
		return nil, err
	}
	var m scoreMeta
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%s: %w: %v", dir, ErrKeyFile, err)
	}
	if m.Shape != shape || m.Gnark != GnarkVersion {
		return nil, fmt.Errorf("%s: keys of shape %s (gnark %s), want %s (gnark %s): %w", dir, m.Shape, m.Gnark, shape, GnarkVersion, ErrKeyFile)
	}
	k := m.ScoreKeys
	if k.vk, err = readVerifyingKey(filepath.Join(dir, scoreVKFile), k.KeyID); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	t0 := time.Now()
	if k.ccs, err = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, shape.newCircuit()); err != nil {
		return nil, fmt.Errorf("compile score circuit %s: %w", shape, err)
	}
	k.CompileMs = time.Since(t0).Milliseconds()
	if k.ccs.GetNbConstraints() != k.Constraints {
		return nil, fmt.Errorf("%s: keys for %d constraints, the circuit has %d (another circuit version): %w", dir, k.Constraints, k.ccs.GetNbConstraints(), ErrKeyFile)
	}
	if k.pk, err = readProvingKey(filepath.Join(dir, scorePKFile), ""); err != nil {
		return nil, err
	}
	return &k, nil
}

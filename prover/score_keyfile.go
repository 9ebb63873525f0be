package prover

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
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
	if err := writeFileAtomic(filepath.Join(dir, scorePKFile), func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<20)
		if _, err := k.pk.WriteRawTo(bw); err != nil {
			return err
		}
		return bw.Flush()
	}); err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(dir, scoreVKFile), func(w io.Writer) error { _, err := k.vk.WriteTo(w); return err }); err != nil {
		return err
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
	vkb, err := os.ReadFile(filepath.Join(dir, scoreVKFile))
	if err != nil {
		return nil, err
	}
	if h := sha256.Sum256(vkb); hex.EncodeToString(h[:]) != k.KeyID {
		return nil, fmt.Errorf("%s: verifying key hashes to %x, meta says %s: %w", dir, h, k.KeyID, ErrKeyFile)
	}
	k.vk = groth16.NewVerifyingKey(ecc.BN254)
	if _, err := k.vk.ReadFrom(bytes.NewReader(vkb)); err != nil {
		return nil, fmt.Errorf("%s: verifying key: %w: %v", dir, ErrKeyFile, err)
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
	f, err := os.Open(filepath.Join(dir, scorePKFile))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	k.pk = groth16.NewProvingKey(ecc.BN254)
	if _, err := k.pk.UnsafeReadFrom(bufio.NewReaderSize(f, 1<<20)); err != nil {
		return nil, fmt.Errorf("%s: proving key: %w: %v", dir, ErrKeyFile, err)
	}
	return &k, nil
}

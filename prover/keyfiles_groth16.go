package prover

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
)

// The files of a Groth16 key directory (score and attributed keys): the verifying key in
// gnark's compressed encoding, whose sha256 is the key id, and the proving key in gnark's
// raw encoding (large, fast to read). These helpers read and write them; each key
// directory's meta.json is its own.

// writeProvingKey writes pk to path atomically, streamed through a 1 MiB buffer, and
// returns the hex sha256 of the bytes written.
func writeProvingKey(path string, pk groth16.ProvingKey) (string, error) {
	h := sha256.New()
	err := writeFileAtomic(path, func(w io.Writer) error {
		bw := bufio.NewWriterSize(io.MultiWriter(w, h), 1<<20)
		if _, err := pk.WriteRawTo(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// writeVerifyingKey writes vk to path atomically after checking that its encoding hashes
// to keyID (ErrKeyMismatch otherwise: the keys in memory are not the ones their id names).
func writeVerifyingKey(path string, vk groth16.VerifyingKey, keyID string) error {
	var b bytes.Buffer
	if _, err := vk.WriteTo(&b); err != nil {
		return err
	}
	if h := sha256.Sum256(b.Bytes()); hex.EncodeToString(h[:]) != keyID {
		return fmt.Errorf("%s: the verifying key hashes to %x, the keys say %s: %w", path, h, keyID, ErrKeyMismatch)
	}
	return writeFileBytes(path, b.Bytes())
}

// readVerifyingKey reads the verifying key at path. A file that does not hash to keyID
// (corrupt or replaced) or does not decode is ErrKeyFile, naming the file.
func readVerifyingKey(path, keyID string) (groth16.VerifyingKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", path, ErrKeyFile, err)
	}
	if h := sha256.Sum256(b); hex.EncodeToString(h[:]) != keyID {
		return nil, fmt.Errorf("%s: %w: the verifying key hashes to %x, meta.json's key id is %s (corrupt or replaced)", path, ErrKeyFile, h, keyID)
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if _, err := vk.ReadFrom(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("%s: %w: verifying key: %v", path, ErrKeyFile, err)
	}
	return vk, nil
}

// readProvingKey streams the proving key at path into memory. With wantHash (hex
// sha256) set, the file is hashed in a first streaming pass and refused (ErrKeyFile,
// naming it) unless it matches, before any of it is decoded: gnark's unsafe reader
// trusts the lengths it reads. Neither pass holds the file's bytes whole.
func readProvingKey(path, wantHash string) (groth16.ProvingKey, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", path, ErrKeyFile, err)
	}
	defer f.Close()
	if wantHash != "" {
		h := sha256.New()
		if _, err := io.Copy(h, bufio.NewReaderSize(f, 1<<20)); err != nil {
			return nil, fmt.Errorf("%s: %w: %v", path, ErrKeyFile, err)
		}
		if got := hex.EncodeToString(h.Sum(nil)); got != wantHash {
			return nil, fmt.Errorf("%s: %w: the proving key hashes to %.16s…, meta.json records %.16s… (corrupt or replaced)", path, ErrKeyFile, got, wantHash)
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil, fmt.Errorf("%s: %w: %v", path, ErrKeyFile, err)
		}
	}
	pk := groth16.NewProvingKey(ecc.BN254)
	if _, err := pk.UnsafeReadFrom(bufio.NewReaderSize(f, 1<<20)); err != nil {
		return nil, fmt.Errorf("%s: %w: proving key: %v", path, ErrKeyFile, err)
	}
	return pk, nil
}

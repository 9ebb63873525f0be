package inference

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"poa/store"
)

// weightsFile is a safetensors file read once for both its check and its load: the
// file is mapped (store.MapFile), its sha256 is computed from the mapped bytes on
// another goroutine while the caller decodes the same bytes, and Close waits for the
// hash before unmapping. OpenModel and OpenAdapter used to read the file twice
// (FileSHA256, then LoadModel); now the bytes hashed are the bytes loaded.
type weightsFile struct {
	path string
	mf   *store.MappedFile
	sum  chan string // the hex sha256, once
	got  string
	done bool
}

// openWeights maps the file at path and, when hash is set, starts hashing it. Errors
// are MapFile's (the os package's, or naming the file).
func openWeights(path string, hash bool) (*weightsFile, error) {
	mf, err := store.MapFile(path)
	if err != nil {
		return nil, err
	}
	w := &weightsFile{path: path, mf: mf, done: !hash}
	if hash {
		w.sum = make(chan string, 1)
		go func(b []byte) {
			h := sha256.Sum256(b)
			w.sum <- hex.EncodeToString(h[:])
		}(mf.Bytes())
	}
	return w, nil
}

// SHA256 is the file's hex sha256 (waiting for the hash); empty when openWeights was
// not asked to hash.
func (w *weightsFile) SHA256() string {
	if !w.done {
		w.got, w.done = <-w.sum, true
	}
	return w.got
}

// Safetensors parses the mapped file; its tensors alias the mapping, so they must be
// decoded (ParamsFromSafetensors, AdapterFromSafetensors copy) before Close. Errors
// name the file.
func (w *weightsFile) Safetensors() (*Safetensors, error) {
	st, err := ParseSafetensors(w.mf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", w.path, err)
	}
	return st, nil
}

// Close waits for the hash and unmaps the file.
func (w *weightsFile) Close() error {
	w.SHA256()
	return w.mf.Close()
}

package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"
)

// SketchMeta is the badger record (kind KindSketch, key Name) describing one sketch
// file: which adapter and checkpoint its rows were computed at, how, and the shape
// and checksum the file must have.
type SketchMeta struct {
	Name       string `json:"name"`       // record key; also the file name under files/sketch/
	Adapter    string `json:"adapter"`    // adapter (or model) name the gradients belong to
	Checkpoint int    `json:"checkpoint"` // training step of the checkpoint
	// LR is the learning rate η_c at the checkpoint (TracIn-CP weight).
	LR float64 `json:"lr"`
	// Kind says what the rows are: "gradient", "sketch" or "preconditioned".
	Kind string `json:"kind"`
	// Method names the projection (e.g. "logra", "gaussian", "identity") and Params its settings.
	Method string         `json:"method,omitempty"`
	Params map[string]any `json:"params,omitempty"`
	// Damping is λ of the preconditioner for Kind "preconditioned".
	Damping float64   `json:"damping,omitempty"`
	N       int       `json:"n"`
	K       int       `json:"k"`
	CRC     uint32    `json:"crc32c"`
	Created time.Time `json:"created"`
}

// SketchPath is the path of the flat file of the sketch named name.
func (s *Store) SketchPath(name string) (string, error) {
	if !ValidName(name) {
		return "", fmt.Errorf("sketch %q: %w", name, ErrInvalidName)
	}
	return s.FilePath("sketch", name+".sks")
}

// PutSketch writes the n×k matrix data with its ids as the sketch file of meta.Name
// (atomically replacing an older one) and then records meta with the file's shape and
// checksum. It panics if len(data) != len(ids)·meta.K.
func (s *Store) PutSketch(meta SketchMeta, ids []string, data []float32) (SketchMeta, error) {
	p, err := s.SketchPath(meta.Name)
	if err != nil {
		return meta, err
	}
	h, err := WriteSketchFile(p, meta.K, ids, data)
	if err != nil {
		return meta, err
	}
	return s.recordSketch(meta, h)
}

// CreateSketch starts a streaming sketch file for meta.Name; call CommitSketch with
// the writer to finish it and record meta.
func (s *Store) CreateSketch(meta SketchMeta) (*SketchWriter, error) {
	p, err := s.SketchPath(meta.Name)
	if err != nil {
		return nil, err
	}
	return CreateSketchFile(p, meta.K)
}

// CommitSketch closes sw (renaming the file into place) and records meta.
func (s *Store) CommitSketch(meta SketchMeta, sw *SketchWriter) (SketchMeta, error) {
	h, err := sw.Close()
	if err != nil {
		return meta, err
	}
	return s.recordSketch(meta, h)
}

func (s *Store) recordSketch(meta SketchMeta, h SketchHeader) (SketchMeta, error) {
	meta.N, meta.K, meta.CRC = int(h.N), int(h.K), h.DataCRC
	if meta.Created.IsZero() {
		meta.Created = time.Now().UTC()
	}
	if err := s.Put(KindSketch, meta.Name, meta); err != nil {
		return meta, err
	}
	return meta, nil
}

// OpenSketch opens the sketch named name, verifying the file's checksum and that its
// shape and checksum are the ones its record states (ErrStale otherwise).
func (s *Store) OpenSketch(name string) (*SketchFile, SketchMeta, error) {
	var meta SketchMeta
	if err := s.Get(KindSketch, name, &meta); err != nil {
		return nil, meta, err
	}
	p, err := s.SketchPath(name)
	if err != nil {
		return nil, meta, err
	}
	sf, err := OpenSketchFile(p, true)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, meta, fmt.Errorf("sketch %q: file %s is missing: %w", name, p, ErrNotFound)
		}
		return nil, meta, err
	}
	h := sf.Header()
	if int(h.N) != meta.N || int(h.K) != meta.K || h.DataCRC != meta.CRC {
		sf.Close()
		return nil, meta, fmt.Errorf("sketch %q: file %s is %d×%d crc %08x, record says %d×%d crc %08x: %w",
			name, p, h.N, h.K, h.DataCRC, meta.N, meta.K, meta.CRC, ErrStale)
	}
	return sf, meta, nil
}

// Sketches lists the sketch records whose name starts with prefix, in name order.
func (s *Store) Sketches(prefix string) ([]SketchMeta, error) {
	var out []SketchMeta
	err := s.List(KindSketch, prefix, func(_ string, raw []byte) error {
		var m SketchMeta
		if err := json.Unmarshal(raw, &m); err != nil {
			return err
		}
		out = append(out, m)
		return nil
	})
	return out, err
}

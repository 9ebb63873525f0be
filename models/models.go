// Package models holds poa's shipped base model (models/base, embedded in the
// binary) and imports it into a store.
//
// The base was trained by poa's own trainer with the command in its manifest
// (`make base` reruns it); docs/model.md gives the recipe and the numbers. The
// manifest (base/manifest.json) records the weights' sha256, the tokenizer files'
// sha256, the model and training settings, the data (each datanet's sha256) and the
// held-out loss next to count-model baselines; base/loss.csv is the loss curve
// (base/loss.png its plot).
// ImportBase checks every sha256 before it writes anything.
package models

import (
	"crypto/sha256"
	"embed"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"time"

	"poa/gradients"
	"poa/inference"
	"poa/store"
)

//go:embed base
var shipped embed.FS

// ErrNotShipped is returned when the binary was built without the base model's
// files (models/base/manifest.json missing).
var ErrNotShipped = errors.New("no shipped base model in this build")

// ErrSHA256 is returned when a shipped file does not have the sha256 its manifest
// records.
var ErrSHA256 = errors.New("shipped model file has the wrong sha256")

// Manifest describes the shipped base model (base/manifest.json).
type Manifest struct {
	Name   string           `json:"name"`
	Config inference.Config `json:"config"`
	Params int              `json:"params"`
	// Files maps each file of the model folder (config.json, model.safetensors,
	// tokenizer/vocab.json, tokenizer/merges.txt) to its hex sha256.
	Files map[string]string `json:"files"`
	// SHA256 is Files["model.safetensors"], the store record's sha256.
	SHA256 string `json:"sha256"`
	// Command is the training command as run (`make base` runs it again).
	Command string                `json:"command"`
	Train   gradients.TrainConfig `json:"train"`
	// Datanets is the training data: each datanet's points (DatanetSHA256).
	Datanets   []DatanetManifest `json:"datanets"`
	Docs       int               `json:"docs"`   // training documents (held-out ones excluded)
	Tokens     int               `json:"tokens"` // their tokens
	DataSHA256 string            `json:"data_sha256"`
	Steps      int               `json:"steps"`
	Loss       float64           `json:"loss"` // last step's training loss
	// HeldOut is the loss on the held-out documents (gradients.HeldOut), and
	// Baselines the count models' on the same tokens (nats per token).
	HeldOut   inference.HeldOutLoss `json:"held_out"`
	Baselines map[string]float64    `json:"baselines"`
	Seconds   float64               `json:"seconds"` // training wall time
	Trained   time.Time             `json:"trained"`
}

// DatanetManifest names one datanet of the training data.
type DatanetManifest struct {
	Name   string `json:"name"`
	Source string `json:"source"` // where its data came from
	Points int    `json:"points"`
	SHA256 string `json:"sha256"` // DatanetSHA256
}

// Base returns the shipped base model's manifest, ErrNotShipped if there is none.
func Base() (Manifest, error) {
	var m Manifest
	b, err := shipped.ReadFile("base/manifest.json")
	if err != nil {
		return m, fmt.Errorf("%w: %v", ErrNotShipped, err)
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("base/manifest.json: %w", err)
	}
	return m, nil
}

// BaseFS returns the shipped base model's files (config.json, model.safetensors,
// tokenizer/, manifest.json, sha256, loss.csv, loss.png).
func BaseFS() fs.FS {
	sub, _ := fs.Sub(shipped, "base")
	return sub
}

// ImportBase writes the shipped base model into s as model name (its folder, the
// store.KindModel record with the manifest's data, held-out loss and training
// settings, and Source naming the shipped sha256), after checking every file
// against the manifest's sha256, and makes it the current model. If a model of
// that name with the same weights' sha256 exists, it only makes it current and
// reports true.
func ImportBase(s *store.Store, name string) (inference.ModelRecord, bool, error) {
	var rec inference.ModelRecord
	man, err := Base()
	if err != nil {
		return rec, false, err
	}
	if err := s.Get(store.KindModel, name, &rec); err == nil && rec.SHA256 == man.SHA256 {
		return rec, true, inference.SetCurrentModel(s, name)
	} else if err != nil && !errors.Is(err, store.ErrNotFound) {
		return rec, false, err
	}
	files := map[string][]byte{}
	for f, want := range man.Files {
		b, err := fs.ReadFile(BaseFS(), f)
		if err != nil {
			return rec, false, fmt.Errorf("shipped model: %w", err)
		}
		if got := sum(b); got != want {
			return rec, false, fmt.Errorf("%w: %s has %s, the manifest says %s", ErrSHA256, f, got, want)
		}
		files[f] = b
	}
	if man.Files["model.safetensors"] != man.SHA256 {
		return rec, false, fmt.Errorf("%w: manifest lists model.safetensors as %s and the model as %s", ErrSHA256, man.Files["model.safetensors"], man.SHA256)
	}
	dir, err := inference.ModelDir(s, name)
	if err != nil {
		return rec, false, err
	}
	// A different model of this name (or a checkpoint of one) is replaced whole.
	if err := os.RemoveAll(dir); err != nil {
		return rec, false, err
	}
	for f, b := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return rec, false, err
		}
		if err := store.WriteFileAtomic(p, b); err != nil {
			return rec, false, err
		}
	}
	if _, err := inference.LoadModel(dir); err != nil { // shapes agree with config.json
		return rec, false, fmt.Errorf("shipped model: %w", err)
	}
	var dn []string
	for _, d := range man.Datanets {
		dn = append(dn, d.Name)
	}
	rel, _ := filepath.Rel(filepath.Join(s.Dir(), "files"), dir)
	ho := man.HeldOut
	rec = inference.ModelRecord{Name: name, Config: man.Config, Dir: rel, SHA256: man.SHA256, Params: man.Params, Datanets: dn,
		Docs: man.Docs, Tokens: man.Tokens, Steps: man.Steps, Loss: man.Loss, HeldOut: &ho, DataSHA256: man.DataSHA256,
		Source: "shipped models/" + path.Base(man.Name) + " (sha256 " + man.SHA256 + ")", Train: man.Train, Created: time.Now().UTC()}
	if err := s.Put(store.KindModel, name, rec); err != nil {
		return rec, false, err
	}
	return rec, false, inference.SetCurrentModel(s, name)
}

// DatanetSHA256 returns the hex sha256 of a datanet's committed points in point-id
// order, each text as its byte length (uint64, little-endian) followed by its
// bytes, and the number of points.
func DatanetSHA256(s *store.Store, datanet string) (string, int, error) {
	h := sha256.New()
	n := 0
	err := s.Points(datanet, func(p store.DataPoint) error {
		var l [8]byte
		binary.LittleEndian.PutUint64(l[:], uint64(len(p.Text)))
		h.Write(l[:])
		h.Write([]byte(p.Text))
		n++
		return nil
	})
	return hex.EncodeToString(h.Sum(nil)), n, err
}

func sum(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

package inference

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"poa/inference/tokenizer"
	"poa/store"
)

// ModelRecord is the store record (store.KindModel, key = name) of a trained base
// model. Its files live in Dir: config.json, model.safetensors, tokenizer/.
type ModelRecord struct {
	Name     string   `json:"name"`
	Config   Config   `json:"config"`
	Dir      string   `json:"dir"` // relative to the store's files folder
	SHA256   string   `json:"sha256"`
	Params   int      `json:"params"`
	Datanets []string `json:"datanets"`
	Docs     int      `json:"docs"`
	Tokens   int      `json:"tokens"`
	Steps    int      `json:"steps"`
	Loss     float64  `json:"loss"`
	// HeldOut is the loss on the documents of Datanets that training kept out
	// (gradients.HeldOut); nil when none was held out.
	HeldOut *HeldOutLoss `json:"held_out,omitempty"`
	// DataSHA256 is the sha256 of the training token stream (gradients.StreamSHA256):
	// tokenizer and data together.
	DataSHA256 string `json:"data_sha256,omitempty"`
	// Source says where the weights came from when they were not trained in this
	// store ("shipped models/base, sha256 …"); Train is then the recorded run's.
	Source  string    `json:"source,omitempty"`
	Train   any       `json:"train,omitempty"`
	Created time.Time `json:"created"`
}

// HeldOutLoss is a model's or adapter's next-token loss on held-out documents
// (gradients.EvalLoss over gradients.HeldOut's split).
type HeldOutLoss struct {
	Docs   int     `json:"docs"`
	Tokens int     `json:"tokens"` // tokens scored
	Loss   float64 `json:"loss"`   // nats per token
	// NatsPerByte is Loss·Tokens over the UTF-8 bytes of the documents: comparable
	// across tokenizers.
	NatsPerByte float64 `json:"nats_per_byte"`
	// BaseLoss (adapters) is the frozen base model's loss on the same tokens, so
	// Loss < BaseLoss says what the adapter learned.
	BaseLoss float64 `json:"base_loss,omitempty"`
}

// AdapterRecord is the store record (store.KindAdapter, key = name) of a LoRA adapter.
// Its files (PEFT format) live in Dir.
type AdapterRecord struct {
	Name     string     `json:"name"`
	Base     string     `json:"base"`
	Lora     LoraConfig `json:"lora"`
	Dir      string     `json:"dir"`
	SHA256   string     `json:"sha256"`
	Params   int        `json:"params"`
	Datanets []string   `json:"datanets"`
	Docs     int        `json:"docs"`
	Tokens   int        `json:"tokens"`
	Steps    int        `json:"steps"`
	Loss     float64    `json:"loss"`
	// HeldOut is the loss on the held-out documents of Datanets, with the base's.
	HeldOut *HeldOutLoss `json:"held_out,omitempty"`
	// BaseSHA256 is the sha256 of the base weights the adapter was trained over.
	BaseSHA256 string    `json:"base_sha256,omitempty"`
	DataSHA256 string    `json:"data_sha256,omitempty"`
	Train      any       `json:"train,omitempty"`
	Created    time.Time `json:"created"`
}

// CurrentModelKey is the store.KindConfig key holding {"name": ...} of the current model.
const CurrentModelKey = "model"

// ModelDir returns (creating its parent) the folder of model name in s.
func ModelDir(s *store.Store, name string) (string, error) { return s.FilePath("models", name) }

// AdapterDir returns (creating its parent) the folder of adapter name in s.
func AdapterDir(s *store.Store, name string) (string, error) { return s.FilePath("adapters", name) }

// FileSHA256 returns the hex sha256 of a file.
func FileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// CurrentModel returns the name of the current model, ErrNotFound-wrapped if none.
func CurrentModel(s *store.Store) (string, error) {
	var v struct {
		Name string `json:"name"`
	}
	if err := s.Get(store.KindConfig, CurrentModelKey, &v); err != nil {
		return "", fmt.Errorf("current model: %w (train one with `poa train base`)", err)
	}
	return v.Name, nil
}

// SetCurrentModel makes name the current model.
func SetCurrentModel(s *store.Store, name string) error {
	return s.Put(store.KindConfig, CurrentModelKey, map[string]string{"name": name})
}

// OpenModel loads model name (the current one when name is empty) and its tokenizer,
// checking the weights file against the record's sha256.
func OpenModel(s *store.Store, name string) (*Model[float32], tokenizer.Tokenizer, ModelRecord, error) {
	var rec ModelRecord
	if name == "" {
		n, err := CurrentModel(s)
		if err != nil {
			return nil, nil, rec, err
		}
		name = n
	}
	if err := s.Get(store.KindModel, name, &rec); err != nil {
		return nil, nil, rec, fmt.Errorf("model %q: %w", name, err)
	}
	dir := filepath.Join(s.Dir(), "files", rec.Dir)
	// One read of the weights for the check and the load (weightsFile); the sha256 is
	// checked before any error of the load is reported, as when the file was hashed
	// first and loaded after.
	w, err := openWeights(filepath.Join(dir, "model.safetensors"), true)
	if err != nil {
		return nil, nil, rec, fmt.Errorf("model %q: %w", name, err)
	}
	defer w.Close()
	cfg, err := ReadConfig(filepath.Join(dir, "config.json"))
	var m *Model[float32]
	if err == nil {
		m, err = modelFrom(cfg, w)
	}
	if sum := w.SHA256(); sum != rec.SHA256 {
		return nil, nil, rec, fmt.Errorf("model %q: %s/model.safetensors has sha256 %s, the record says %s (file changed after training)", name, dir, sum, rec.SHA256)
	}
	if err != nil {
		return nil, nil, rec, fmt.Errorf("model %q: %w", name, err)
	}
	tok, err := tokenizer.Load(filepath.Join(dir, "tokenizer"))
	if err != nil {
		return nil, nil, rec, fmt.Errorf("model %q: %w", name, err)
	}
	return m, tok, rec, nil
}

// OpenAdapter loads adapter name for a base model of config base, checking its
// record's base name (when baseName is not empty) and sha256.
func OpenAdapter(s *store.Store, name, baseName string, base Config) (*Adapter[float32], AdapterRecord, error) {
	var rec AdapterRecord
	if err := s.Get(store.KindAdapter, name, &rec); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, rec, fmt.Errorf("adapter %q: %w", name, ErrAdapterNotFound)
		}
		return nil, rec, fmt.Errorf("adapter %q: %w", name, err)
	}
	if baseName != "" && rec.Base != baseName {
		return nil, rec, fmt.Errorf("%w: adapter %q was trained on model %q, not %q", ErrAdapter, name, rec.Base, baseName)
	}
	dir := filepath.Join(s.Dir(), "files", rec.Dir)
	w, err := openWeights(filepath.Join(dir, "adapter_model.safetensors"), true)
	if err != nil {
		return nil, rec, fmt.Errorf("adapter %q: %w", name, err)
	}
	defer w.Close()
	cfg, err := readLoraConfig(dir)
	var a *Adapter[float32]
	if err == nil {
		a, err = adapterFrom(name, base, cfg, w)
	}
	if sum := w.SHA256(); sum != rec.SHA256 {
		return nil, rec, fmt.Errorf("adapter %q: weights have sha256 %s, the record says %s", name, sum, rec.SHA256)
	}
	return a, rec, err
}

// StoreLoader returns an AdapterLoader for a Server, reading adapters of base model
// baseName from s.
func StoreLoader(s *store.Store, baseName string) AdapterLoader {
	return func(name string, base Config) (*Adapter[float32], error) {
		a, _, err := OpenAdapter(s, name, baseName, base)
		return a, err
	}
}

// ListModels returns all model records in name order.
func ListModels(s *store.Store) ([]ModelRecord, error) {
	var out []ModelRecord
	err := s.List(store.KindModel, "", func(_ string, raw []byte) error {
		var r ModelRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			return err
		}
		out = append(out, r)
		return nil
	})
	return out, err
}

// ListAdapters returns all adapter records in name order.
func ListAdapters(s *store.Store) ([]AdapterRecord, error) {
	var out []AdapterRecord
	err := s.List(store.KindAdapter, "", func(_ string, raw []byte) error {
		var r AdapterRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			return err
		}
		out = append(out, r)
		return nil
	})
	return out, err
}

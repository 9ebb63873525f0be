package lmengine

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"poa/inference"
	"poa/inference/tokenizer"
	"poa/influence/lm"
	"poa/server"
	"poa/store"
)

// DefaultAdapterCacheBytes is Options.AdapterCacheBytes's default: 256 MiB of adapter
// parameters (the tiny demo's adapters are well under 1 MiB each).
const DefaultAdapterCacheBytes = 256 << 20

// resident is the completer's in-memory engine: one base model and its tokenizer,
// loaded once, and an inference.Server over it whose LRU holds the adapters within
// maxBytes. Every request reads the adapter's and its base model's store records (two
// small reads) and compares them with what is resident: a model whose record changed
// (retrained or replaced: sha256 or folder) is reloaded, an adapter whose sha256
// changed is loaded afresh under its new cache key (name@sha256) while the old
// version ages out of the LRU, and an adapter trained after the engine started is
// loaded on first use. Safe for concurrent use: the base model is swapped under mu,
// the adapter cache locks itself, and model and adapters are only read after loading.
type resident struct {
	st       *store.Store
	maxBytes int64

	mu   sync.Mutex
	base *baseModel // nil until the first completion

	modelLoads   atomic.Int64 // inference.OpenModel calls
	adapterLoads atomic.Int64 // adapter loader calls, over every base model
}

// baseModel is a loaded base model with its record and adapter server.
type baseModel struct {
	rec inference.ModelRecord
	tok tokenizer.Tokenizer
	srv *inference.Server
}

// records reads the adapter's record and its base model's, mapping a missing adapter
// to server.ErrUnknownAdapter.
func (r *resident) records(adapter string) (inference.AdapterRecord, inference.ModelRecord, error) {
	var arec inference.AdapterRecord
	var mrec inference.ModelRecord
	if err := r.st.Get(store.KindAdapter, adapter, &arec); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return arec, mrec, fmt.Errorf("adapter %q: %w", adapter, server.ErrUnknownAdapter)
		}
		return arec, mrec, fmt.Errorf("adapter %q: %w", adapter, err)
	}
	if err := r.st.Get(store.KindModel, arec.Base, &mrec); err != nil {
		return arec, mrec, fmt.Errorf("adapter %q: base model %q: %w", adapter, arec.Base, err)
	}
	return arec, mrec, nil
}

// model returns the resident base model for mrec, (re)loading it when none is
// resident or the resident one's record differs from mrec. Loading holds mu, so
// concurrent first requests load the model once; requests already running on a
// replaced model finish on it.
func (r *resident) model(mrec inference.ModelRecord) (*baseModel, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if b := r.base; b != nil && b.rec.Name == mrec.Name && b.rec.SHA256 == mrec.SHA256 && b.rec.Dir == mrec.Dir {
		return b, nil
	}
	r.modelLoads.Add(1)
	m, tok, rec, err := inference.OpenModel(r.st, mrec.Name)
	if err != nil {
		return nil, err
	}
	b := &baseModel{rec: rec, tok: tok}
	b.srv = inference.NewServer(m, r.maxBytes, r.loader(rec))
	r.base = b
	return b, nil
}

// loader reads adapters of base model base from the store. Its keys are
// name@sha256: a record whose sha256 is no longer the one asked for (the adapter was
// retrained while this request ran) is an error, never a mislabeled cache entry.
func (r *resident) loader(base inference.ModelRecord) inference.AdapterLoader {
	return func(key string, cfg inference.Config) (*inference.Adapter[float32], error) {
		r.adapterLoads.Add(1)
		i := strings.LastIndexByte(key, '@')
		if i < 0 {
			return nil, fmt.Errorf("adapter cache key %q: want name@sha256", key)
		}
		name, sha := key[:i], key[i+1:]
		a, rec, err := inference.OpenAdapter(r.st, name, base.Name, cfg)
		if err != nil {
			return nil, err
		}
		if rec.SHA256 != sha {
			return nil, fmt.Errorf("adapter %q changed while loading (sha256 %s, this request read %s): retry the request", name, rec.SHA256, sha)
		}
		return a, nil
	}
}

// resolve returns adapter's model, tokenizer and adapter from memory, loading what is
// missing or stale, with the adapter server holding them and the adapter's cache key
// there (name@sha256), for inference.Server.Decode.
func (r *resident) resolve(adapter string) (*lm.Loaded, *inference.Server, string, error) {
	arec, mrec, err := r.records(adapter)
	if err != nil {
		return nil, nil, "", err
	}
	b, err := r.model(mrec)
	if err != nil {
		return nil, nil, "", err
	}
	key := arec.Name + "@" + arec.SHA256
	ad, err := b.srv.Adapter(key)
	if err != nil {
		if errors.Is(err, inference.ErrAdapterNotFound) {
			return nil, nil, "", fmt.Errorf("adapter %q: %w", adapter, server.ErrUnknownAdapter)
		}
		return nil, nil, "", err
	}
	return &lm.Loaded{Model: b.srv.Model, Tokenizer: b.tok, ModelRecord: b.rec, Adapter: ad, AdapterRecord: arec}, b.srv, key, nil
}

// Stats describes an Engine's resident state, for tests and metrics.
type Stats struct {
	// Model is the resident base model's name ("" before the first completion).
	Model string
	// ModelLoads and AdapterLoads count loads from the store since the engine
	// started (a model reloads when its record changes; an adapter when evicted or
	// changed).
	ModelLoads, AdapterLoads int
	// Cached lists the cached adapters as name@sha256, most recently used first,
	// and CachedBytes their parameter bytes (at most Options.AdapterCacheBytes).
	Cached      []string
	CachedBytes int64
}

func (r *resident) stats() Stats {
	s := Stats{ModelLoads: int(r.modelLoads.Load()), AdapterLoads: int(r.adapterLoads.Load())}
	r.mu.Lock()
	b := r.base
	r.mu.Unlock()
	if b != nil {
		s.Model = b.rec.Name
		s.Cached, s.CachedBytes = b.srv.Cached()
	}
	return s
}

package inference

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"sync"
)

// AdapterLoader loads a named adapter for base (e.g. from the store's files).
type AdapterLoader func(name string, base Config) (*Adapter[float32], error)

// Server holds one base model and serves many adapters over it. Adapters are loaded
// on demand through the loader and kept in an LRU cache bounded by MaxBytes of adapter
// parameters; the base weights are shared by every request and never copied.
// Concurrent Decode calls are batched together whatever their adapters (see
// Decode). It is safe for concurrent use.
type Server struct {
	Model    *Model[float32]
	MaxBytes int64
	// MaxBatch bounds the sequences Decode runs at once, decoded together one
	// token each per step (0: DefaultMaxBatch; 1: one request at a time). Further
	// requests wait for a slot, in arrival order. It is read on the first Decode.
	MaxBatch int
	load     AdapterLoader

	// The decode loop (batching.go): admission slots, sequences whose prefill is
	// done waiting to join the loop, whether the loop runs, its counts, and spare
	// KV caches. stepHook, when set (tests), is called before each step with the
	// active rows and may ask for a re-check of the pending ones (false).
	dmu      sync.Mutex
	slots    chan struct{}
	pending  []*decodeSeq
	looping  bool
	stats    BatchStats
	caches   sync.Pool
	stepHook func(rows int) bool

	mu    sync.Mutex
	lru   *list.List // of *entry, most recent at the front
	items map[string]*list.Element
	bytes int64
	// loading holds the loads in progress, so that concurrent requests for one
	// adapter load it once.
	loading map[string]*loadCall
	// Loads counts loader calls (for tests and metrics); read it with LoadCount
	// while the server is in use.
	Loads int
}

// entry is one cached adapter under the name it was asked for (the loader's key,
// which need not be the adapter's own Name: a caller may key by name and version).
type entry struct {
	key string
	a   *Adapter[float32]
}

// NewServer returns a server over m whose adapter cache holds at most maxBytes.
func NewServer(m *Model[float32], maxBytes int64, load AdapterLoader) *Server {
	return &Server{Model: m, MaxBytes: maxBytes, load: load, lru: list.New(), items: map[string]*list.Element{}, loading: map[string]*loadCall{}}
}

// Adapter returns the named adapter, loading it (and evicting least recently used
// ones beyond the memory bound) if needed. The empty name is the base model (nil).
// An adapter larger than the whole bound is still served but not cached. The name is
// the cache key passed to the loader as is: a caller that keys by name and version
// (say "name@sha256") gets a new version loaded on first use, while the old one ages
// out of the cache. An adapter returned stays valid after its eviction.
func (s *Server) Adapter(name string) (*Adapter[float32], error) {
	if name == "" {
		return nil, nil
	}
	s.mu.Lock()
	if e, ok := s.items[name]; ok {
		s.lru.MoveToFront(e)
		s.mu.Unlock()
		return e.Value.(*entry).a, nil
	}
	// One load per name at a time: concurrent first requests wait for it.
	if c, ok := s.loading[name]; ok {
		s.mu.Unlock()
		<-c.done
		return c.a, c.err
	}
	c := &loadCall{done: make(chan struct{})}
	s.loading[name] = c
	s.Loads++
	s.mu.Unlock()
	c.a, c.err = s.load(name, s.Model.Cfg)
	if c.err != nil && !errors.Is(c.err, ErrAdapterNotFound) {
		c.err = fmt.Errorf("adapter %q: %w", name, c.err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.loading, name)
	close(c.done)
	if c.err != nil {
		return nil, c.err
	}
	a := c.a
	if a.Bytes() > s.MaxBytes {
		return a, nil
	}
	for s.bytes+a.Bytes() > s.MaxBytes && s.lru.Len() > 0 {
		old := s.lru.Remove(s.lru.Back()).(*entry)
		delete(s.items, old.key)
		s.bytes -= old.a.Bytes()
	}
	s.items[name] = s.lru.PushFront(&entry{key: name, a: a})
	s.bytes += a.Bytes()
	return a, nil
}

// loadCall is a load in progress; done closes when a and err are set.
type loadCall struct {
	done chan struct{}
	a    *Adapter[float32]
	err  error
}

// Cached lists the cached adapters' keys, most recently used first, and their total bytes.
func (s *Server) Cached() ([]string, int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for e := s.lru.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value.(*entry).key)
	}
	return out, s.bytes
}

// LoadCount returns the number of loader calls so far (Loads, read under the lock).
func (s *Server) LoadCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.Loads
}

// Request is one row of a mixed batch: a token sequence scored under an adapter.
type Request struct {
	Adapter string
	Tokens  []int
}

// ScoreBatch computes per-token log-probs (log p(tokens[i] | tokens[:i]), i ≥ 1) for
// each request in one forward pass whose rows use different adapters. Rows are
// padded to the longest; padding does not affect earlier positions (causal).
func (s *Server) ScoreBatch(ctx context.Context, reqs []Request) ([][]float64, error) {
	if len(reqs) == 0 {
		return nil, nil
	}
	T := 0
	for i, r := range reqs {
		if len(r.Tokens) < 2 {
			return nil, fmt.Errorf("request %d: need at least 2 tokens to score", i)
		}
		T = max(T, len(r.Tokens))
	}
	ads := make([]*Adapter[float32], len(reqs))
	for i, r := range reqs {
		a, err := s.Adapter(r.Adapter)
		if err != nil {
			return nil, fmt.Errorf("request %d: %w", i, err)
		}
		ads[i] = a
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	B := len(reqs)
	toks := make([]int, B*T)
	tg := make([]int, B*T)
	for b, r := range reqs {
		for t := 0; t < T; t++ {
			tg[b*T+t] = -1
			if t < len(r.Tokens) {
				toks[b*T+t] = r.Tokens[t]
			}
			if t+1 < len(r.Tokens) {
				tg[b*T+t] = r.Tokens[t+1]
			}
		}
	}
	var acts Acts[float32]
	if err := s.Model.Forward(&acts, Batch[float32]{Tokens: toks, B: B, T: T, Targets: tg, Adapters: ads}); err != nil {
		return nil, err
	}
	out := make([][]float64, B)
	for b, r := range reqs {
		out[b] = make([]float64, len(r.Tokens)-1)
		for t := range out[b] {
			out[b][t] = -float64(acts.Losses[b*T+t])
		}
	}
	return out, nil
}

// Generate continues prompt under the named adapter ("" = base), loading it through
// the LRU cache; see Model.Generate.
func (s *Server) Generate(ctx context.Context, adapter string, prompt []int, maxTokens int, sp Sampling, stop int, hook ActivationHook) (Generation, error) {
	return s.Decode(ctx, DecodeRequest{Adapter: adapter, Prompt: prompt, MaxTokens: maxTokens, Sampling: sp, Stop: stop, Hook: hook})
}

// Decode runs one generation under r.Adapter, loaded through the LRU cache, with the
// results of Model.Decode: the same tokens, log-probs and Stopped. It is what a
// serving process calls for every completion.
//
// Concurrent calls are decoded together (continuous batching): a call waits for
// one of MaxBatch slots, runs its prompt on its own goroutine, then joins the
// server's decode loop, whose every step is one Forward over all active sequences,
// whatever their adapters and positions (Batch.Caches). A sequence's tokens do not
// depend on the others: its logits equal Model.Decode's bit for bit in batches of
// fewer than 8 rows and to float32 rounding above (the base products switch to the
// blocked GEMM), so tokens agree unless two candidates tie within that rounding.
// OnToken runs on the caller's goroutine, overlapping the next step: a slow
// callback delays only its own request (when it returns false, the sequence leaves
// the batch at the next step and the token computed meanwhile is dropped).
// Canceling ctx ends only this request. A request with a Hook runs alone
// (Model.Decode): hidden states are per request.
func (s *Server) Decode(ctx context.Context, r DecodeRequest) (Generation, error) {
	a, err := s.Adapter(r.Adapter)
	if err != nil {
		return Generation{}, err
	}
	if r.Hook != nil {
		return s.Model.Decode(ctx, r, a)
	}
	return s.decodeBatched(ctx, r, a)
}

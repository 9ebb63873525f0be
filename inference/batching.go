package inference

import (
	"context"
	"math/rand/v2"
	"sync/atomic"

	"poa/kernels"
)

// DefaultMaxBatch is Server.MaxBatch's default: the sequences decoded together.
const DefaultMaxBatch = 16

// Continuous batching (Orca's iteration-level scheduling, with S-LoRA's and Punica's
// mixed adapters): Server.Decode admits a request when one of MaxBatch slots is free,
// runs its prompt (prefill) on the caller's goroutine, and hands the sequence to one
// decode loop shared by every request. Each step of the loop is one Forward over
// all active sequences, one token each, every row with its own KV cache, position
// and adapter: the base weights' products run once over the B rows, the low-rank
// products once per adapter over its rows. The loop then samples each row with its
// request's own Sampling and generator, sends the token to the request's goroutine
// (which calls OnToken and decides the end exactly as Model.Decode does), retires
// finished, stopped and canceled rows and takes in the ones whose prefill is done.
// It runs while there is a sequence to decode and exits when there is none.

// decodeSeq is one request's sequence in the decode loop.
type decodeSeq struct {
	ctx   context.Context
	r     DecodeRequest
	ad    *Adapter[float32]
	cache *KVCache[float32]
	rng   *rand.Rand
	n     int // tokens generated so far
	last  int // the last token, the next step's input
	// out carries every token (and at most one error) to the request's goroutine;
	// its capacity is the most it can carry, so the loop never blocks on it.
	out chan seqEvent
	// quit is set by the request's goroutine when it stops listening (OnToken
	// returned false): the loop drops the sequence at its next step.
	quit atomic.Bool
	done bool // the loop's view: the last token was produced
}

type seqEvent struct {
	tok Token
	err error
}

// BatchStats are counts of the decode loop's work, for tests and metrics.
type BatchStats struct {
	Steps   int64 // forwards of the decode loop
	Rows    int64 // sequence-steps in them (Rows/Steps: the mean batch)
	MaxRows int   // the largest batch
}

// Batching returns the decode loop's counts so far.
func (s *Server) Batching() BatchStats {
	s.dmu.Lock()
	defer s.dmu.Unlock()
	return s.stats
}

// slotChan returns the admission semaphore, created on first use with MaxBatch
// slots.
func (s *Server) slotChan() chan struct{} {
	s.dmu.Lock()
	defer s.dmu.Unlock()
	if s.slots == nil {
		n := s.MaxBatch
		if n <= 0 {
			n = DefaultMaxBatch
		}
		s.slots = make(chan struct{}, n)
	}
	return s.slots
}

func (s *Server) newCache() *KVCache[float32] {
	if kc, ok := s.caches.Get().(*KVCache[float32]); ok {
		kc.Len = 0
		return kc
	}
	return s.Model.NewKVCache()
}

// decodeBatched is Server.Decode's path for requests without a Hook: see the
// comment above decodeSeq.
func (s *Server) decodeBatched(ctx context.Context, r DecodeRequest, ad *Adapter[float32]) (Generation, error) {
	m := s.Model
	g := Generation{Prompt: r.Prompt}
	if err := m.checkDecode(r); err != nil {
		return g, err
	}
	if r.MaxTokens <= 0 {
		g.Stopped = "max_tokens"
		return g, nil
	}
	slots := s.slotChan()
	select {
	case slots <- struct{}{}:
	case <-ctx.Done():
		return g, ctx.Err()
	}
	npos := m.Cfg.NPositions
	sq := &decodeSeq{ctx: ctx, r: r, ad: ad, rng: newSamplingRNG(r.Sampling)}
	// At most min(MaxTokens, the room left in the context) tokens, and one error.
	sq.out = make(chan seqEvent, min(r.MaxTokens, npos-len(r.Prompt)+1)+1)
	if err := s.prefill(sq); err != nil {
		<-slots
		return g, err
	}
	if sq.done {
		<-slots
	} else {
		s.enqueue(sq)
	}
	for {
		var ev seqEvent
		select {
		case ev = <-sq.out:
		case <-ctx.Done():
			sq.quit.Store(true)
			return g, ctx.Err()
		}
		if ev.err != nil {
			return g, ev.err
		}
		g.add(ev.tok)
		more := r.OnToken == nil || r.OnToken(ev.tok)
		// The cache holds the prompt and every token but the last one.
		if g.Stopped = stopReason(r, ev.tok.ID, more, len(g.Tokens), len(r.Prompt)+len(g.Tokens)-1, npos); g.Stopped != "" {
			sq.quit.Store(true)
			return g, nil
		}
	}
}

// prefill runs sq's prompt through the model into a fresh cache and produces the
// first token.
func (s *Server) prefill(sq *decodeSeq) error {
	if err := sq.ctx.Err(); err != nil {
		return err
	}
	var ads []*Adapter[float32]
	if sq.ad != nil {
		ads = []*Adapter[float32]{sq.ad}
	}
	sq.cache = s.newCache()
	var acts Acts[float32]
	p := sq.r.Prompt
	if err := s.Model.Forward(&acts, Batch[float32]{Tokens: p, B: 1, T: len(p), Adapters: ads, Cache: sq.cache, LastLogits: true}); err != nil {
		s.caches.Put(sq.cache)
		return err
	}
	s.produce(sq, acts.Logits[:s.Model.Cfg.VocabSize], acts.LogZ[0])
	if sq.done {
		s.caches.Put(sq.cache)
	}
	return nil
}

// produce samples sq's next token from its logits row and sends it, marking sq
// done when the token ends the generation whatever OnToken says.
func (s *Server) produce(sq *decodeSeq, logits []float32, logZ float64) {
	tok := chooseToken(logits, logZ, sq.r, sq.rng)
	sq.n++
	sq.last = tok.ID
	sq.out <- seqEvent{tok: tok}
	sq.done = stopReason(sq.r, tok.ID, true, sq.n, sq.cache.Len, s.Model.Cfg.NPositions) != ""
}

// enqueue hands sq to the decode loop, starting the loop if it is not running.
func (s *Server) enqueue(sq *decodeSeq) {
	s.dmu.Lock()
	defer s.dmu.Unlock()
	s.pending = append(s.pending, sq)
	if !s.looping {
		s.looping = true
		go s.decodeLoop()
	}
}

// decodeLoop runs decode steps over the active sequences until there are none.
func (s *Server) decodeLoop() {
	m := s.Model
	V := m.Cfg.VocabSize
	var (
		active []*decodeSeq
		acts   Acts[float32]
		toks   []int
		ads    []*Adapter[float32]
		caches []*KVCache[float32]
	)
	retire := func(sq *decodeSeq) {
		s.caches.Put(sq.cache)
		<-s.slots
	}
	for {
		s.dmu.Lock()
		active = append(active, s.pending...)
		clear(s.pending)
		s.pending = s.pending[:0]
		if len(active) == 0 {
			s.looping = false
			s.dmu.Unlock()
			return
		}
		s.dmu.Unlock()
		if s.stepHook != nil && !s.stepHook(len(active)) {
			continue
		}
		keep := active[:0]
		for _, sq := range active {
			if err := sq.ctx.Err(); err != nil {
				sq.out <- seqEvent{err: err}
				retire(sq)
				continue
			}
			if sq.quit.Load() {
				retire(sq)
				continue
			}
			keep = append(keep, sq)
		}
		clear(active[len(keep):])
		active = keep
		B := len(active)
		if B == 0 {
			continue
		}
		toks, ads, caches = toks[:0], ads[:0], caches[:0]
		adapted := false
		for _, sq := range active {
			toks = append(toks, sq.last)
			ads = append(ads, sq.ad)
			caches = append(caches, sq.cache)
			adapted = adapted || sq.ad != nil
		}
		bt := Batch[float32]{Tokens: toks, B: B, T: 1, Caches: caches}
		if adapted {
			bt.Adapters = ads
		}
		err := m.Forward(&acts, bt)
		clear(caches) // the loop keeps no references past a step
		clear(ads)
		s.dmu.Lock()
		s.stats.Steps++
		s.stats.Rows += int64(B)
		s.stats.MaxRows = max(s.stats.MaxRows, B)
		s.dmu.Unlock()
		if err != nil { // not expected: tokens, positions and adapters were checked
			for _, sq := range active {
				sq.out <- seqEvent{err: err}
				retire(sq)
			}
			clear(active)
			active = active[:0]
			continue
		}
		// Sampling sorts a row of logits when the temperature is positive: rows in
		// parallel, each with its own generator.
		kernels.ForEach(B, func(b int) {
			s.produce(active[b], acts.Logits[b*V:(b+1)*V], acts.LogZ[b])
		})
		keep = active[:0]
		for _, sq := range active {
			if sq.done {
				retire(sq)
				continue
			}
			keep = append(keep, sq)
		}
		clear(active[len(keep):])
		active = keep
	}
}

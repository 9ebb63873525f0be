package inference

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"

	"poa/bounds"
)

// Sampling chooses the next token. Temperature 0 is greedy (argmax); otherwise logits
// are divided by Temperature, restricted to the TopK most likely tokens (0: all) and
// to the smallest set whose probability reaches TopP (0 or 1: all), renormalized and
// sampled with a PCG generator seeded by Seed.
type Sampling struct {
	Temperature float64
	TopK        int
	TopP        float64
	Seed        uint64
}

// MaxTemperature is the largest Sampling.Temperature Validate accepts (the HTTP
// API's limit too).
const MaxTemperature = 2

// Validate checks s for a model of vocabSize tokens: Temperature in [0,
// MaxTemperature] (0: greedy), TopK in [0, vocabSize] (0: all), TopP in [0, 1] (0 or
// 1: all). A failure wraps ErrSampling and a *bounds.Error naming the field
// ("Sampling.TopK").
func (s Sampling) Validate(vocabSize int) error {
	err := bounds.First(
		bounds.In("Sampling.Temperature", s.Temperature, 0, MaxTemperature),
		bounds.In("Sampling.TopP", s.TopP, 0, 1),
	)
	if err == nil && (s.TopK < 0 || s.TopK > vocabSize) {
		err = bounds.Fail("Sampling.TopK", s.TopK, fmt.Sprintf("[0, %d] (the vocabulary; 0: all)", vocabSize))
	}
	if err != nil {
		return fmt.Errorf("%w: %w", ErrSampling, err)
	}
	return nil
}

// Generation is the result of Generate.
type Generation struct {
	Prompt   []int     `json:"prompt"`
	Tokens   []int     `json:"tokens"`   // generated ids (not including the prompt)
	LogProbs []float64 `json:"logprobs"` // log p of each generated token under the model (T=1)
	// Top holds, per generated token, the DecodeRequest.TopLogProbs most likely
	// tokens at that step (nil when none were asked for).
	Top [][]TokenLogProb `json:"top_logprobs,omitempty"`
	// Stopped says why generation ended: "max_tokens", "eot" (the stop token),
	// "context" (the model's context is full) or "stop" (OnToken returned false).
	Stopped string `json:"stopped"`
}

// MaxTopLogProbs is the largest DecodeRequest.TopLogProbs (OpenAI's limit).
const MaxTopLogProbs = 20

// TokenLogProb is one token id with its log-probability under the model (T=1).
type TokenLogProb struct {
	ID      int     `json:"id"`
	LogProb float64 `json:"logprob"`
}

// Token is one generated token as DecodeRequest.OnToken sees it.
type Token struct {
	ID      int
	LogProb float64        // log p(ID | context) under the model (T=1)
	Top     []TokenLogProb // the TopLogProbs most likely tokens, most likely first
}

// DecodeRequest is one generation: Prompt continued by up to MaxTokens tokens under
// Adapter ("" is the base model) with Sampling, ending early at the Stop token (when
// ≥ 0), at the end of the context, or when OnToken returns false.
type DecodeRequest struct {
	Adapter     string
	Prompt      []int
	MaxTokens   int
	Sampling    Sampling
	Stop        int
	TopLogProbs int // alternatives reported per token, in [0, MaxTopLogProbs]
	// OnToken, when set, is called with each token as soon as it is chosen (the
	// stop token included) from the generating goroutine; returning false ends the
	// generation after that token with Stopped "stop".
	OnToken func(Token) bool
	// Hook, when set, sees hidden states of the prompt and every generated token.
	Hook ActivationHook
}

// Generate continues prompt by up to maxTokens tokens with a KV cache, stopping early
// at stop (when ≥ 0) or at the end of the context. ad may be nil. hook, when non-nil,
// sees hidden states of the prompt and every generated token. s must pass
// s.Validate(vocab_size).
func (m *Model[T]) Generate(ctx context.Context, prompt []int, maxTokens int, s Sampling, ad *Adapter[T], stop int, hook ActivationHook) (Generation, error) {
	return m.Decode(ctx, DecodeRequest{Prompt: prompt, MaxTokens: maxTokens, Sampling: s, Stop: stop, Hook: hook}, ad)
}

// Decode runs one DecodeRequest with adapter ad (nil: the base model; r.Adapter is
// not looked at) with a KV cache of its own.
func (m *Model[T]) Decode(ctx context.Context, r DecodeRequest, ad *Adapter[T]) (Generation, error) {
	g := Generation{Prompt: r.Prompt}
	if err := m.checkDecode(r); err != nil {
		return g, err
	}
	if r.MaxTokens <= 0 {
		g.Stopped = "max_tokens"
		return g, nil
	}
	var ads []*Adapter[T]
	if ad != nil {
		ads = []*Adapter[T]{ad}
	}
	cache := m.NewKVCache()
	var acts Acts[T]
	rng := newSamplingRNG(r.Sampling)
	in := r.Prompt
	V := m.Cfg.VocabSize
	for {
		if err := ctx.Err(); err != nil {
			return g, err
		}
		err := m.Forward(&acts, Batch[T]{Tokens: in, B: 1, T: len(in), Adapters: ads, Pos0: cache.Len, Cache: cache, Hook: r.Hook, LastLogits: true})
		if err != nil {
			return g, err
		}
		tok := chooseToken(acts.Logits[:V], acts.LogZ[0], r, rng)
		g.add(tok)
		more := r.OnToken == nil || r.OnToken(tok)
		if g.Stopped = stopReason(r, tok.ID, more, len(g.Tokens), cache.Len, m.Cfg.NPositions); g.Stopped != "" {
			return g, nil
		}
		in = []int{tok.ID}
	}
}

// checkDecode validates r's sampling, TopLogProbs and prompt length for m.
func (m *Model[T]) checkDecode(r DecodeRequest) error {
	if err := r.Sampling.Validate(m.Cfg.VocabSize); err != nil {
		return err
	}
	if r.TopLogProbs < 0 || r.TopLogProbs > MaxTopLogProbs {
		return fmt.Errorf("%w: %w", ErrSampling, bounds.Fail("DecodeRequest.TopLogProbs", r.TopLogProbs, fmt.Sprintf("[0, %d]", MaxTopLogProbs)))
	}
	if len(r.Prompt) == 0 {
		return fmt.Errorf("%w: empty prompt", ErrContextLength)
	}
	if len(r.Prompt) > m.Cfg.NPositions {
		return fmt.Errorf("%w: prompt of %d tokens, n_positions=%d", ErrContextLength, len(r.Prompt), m.Cfg.NPositions)
	}
	return nil
}

// newSamplingRNG is the generator a request's sampling draws from.
func newSamplingRNG(s Sampling) *rand.Rand {
	return rand.New(rand.NewPCG(s.Seed, 0xda942042e4dd58b5))
}

// chooseToken samples the next token from one row of logits (log-partition logZ)
// and reports it with its log-probability and r.TopLogProbs alternatives.
func chooseToken[T Float](logits []T, logZ float64, r DecodeRequest, rng *rand.Rand) Token {
	next := sample(logits, r.Sampling, rng)
	tok := Token{ID: next, LogProb: float64(logits[next]) - logZ}
	if r.TopLogProbs > 0 {
		tok.Top = topLogProbs(logits, logZ, r.TopLogProbs)
	}
	return tok
}

// add appends a generated token to g.
func (g *Generation) add(tok Token) {
	g.Tokens = append(g.Tokens, tok.ID)
	g.LogProbs = append(g.LogProbs, tok.LogProb)
	if tok.Top != nil {
		g.Top = append(g.Top, tok.Top)
	}
}

// stopReason says whether a generation ends after its n-th token id (OnToken having
// returned more, the cache holding pos positions of a context of npos) and why:
// "eot", "stop", "max_tokens", "context", in that order of precedence, or "" to go on.
func stopReason(r DecodeRequest, id int, more bool, n, pos, npos int) string {
	switch {
	case id == r.Stop && r.Stop >= 0:
		return "eot"
	case !more:
		return "stop"
	case n >= r.MaxTokens:
		return "max_tokens"
	case pos >= npos:
		return "context"
	}
	return ""
}

// topLogProbs returns the k most likely tokens of one logits row whose
// log-partition is logZ, most likely first (ties by lower id).
func topLogProbs[T Float](logits []T, logZ float64, k int) []TokenLogProb {
	top := make([]TokenLogProb, 0, k+1)
	for i, v := range logits {
		lp := float64(v) - logZ
		if len(top) == k && lp <= top[k-1].LogProb {
			continue
		}
		j := len(top)
		if j < k {
			top = append(top, TokenLogProb{})
		} else {
			j = k - 1
		}
		for j > 0 && top[j-1].LogProb < lp {
			top[j] = top[j-1]
			j--
		}
		top[j] = TokenLogProb{ID: i, LogProb: lp}
	}
	return top
}

// candidate is a token id and its (unnormalized) probability.
type candidate struct {
	id int
	p  float64
}

// sortByProb orders cs, which arrives in id order, most likely first and ties in id
// order (a stable sort by p), by a stable LSD radix sort on the bits of p: the bit
// patterns of non-negative floats order as the floats do. Eight passes of one byte,
// those where every key has the same byte skipped: O(len(cs)), against
// O(len(cs)·log len(cs)) comparisons, the bulk of a sampled step's cost at GPT-2
// vocabularies.
func sortByProb(cs []candidate) {
	n := len(cs)
	keys, keys2 := make([]uint64, n), make([]uint64, n)
	for i, c := range cs {
		keys[i] = ^math.Float64bits(c.p) // larger p, smaller key
	}
	src, dst := cs, make([]candidate, n)
	for shift := 0; shift < 64; shift += 8 {
		var count [256]int
		for _, k := range keys {
			count[byte(k>>shift)]++
		}
		if n == 0 || count[byte(keys[0]>>shift)] == n {
			continue
		}
		at := 0
		for b, c := range count {
			count[b] = at
			at += c
		}
		for i, k := range keys {
			d := byte(k >> shift)
			keys2[count[d]], dst[count[d]] = k, src[i]
			count[d]++
		}
		keys, keys2 = keys2, keys
		src, dst = dst, src
	}
	if n > 0 && &src[0] != &cs[0] {
		copy(cs, src)
	}
}

func sample[T Float](logits []T, s Sampling, rng *rand.Rand) int {
	if s.Temperature <= 0 {
		best := 0
		for i, v := range logits {
			if v > logits[best] {
				best = i
			}
		}
		return best
	}
	cs := make([]candidate, len(logits))
	mx := math.Inf(-1)
	for i, v := range logits {
		cs[i] = candidate{i, float64(v) / s.Temperature}
		mx = max(mx, cs[i].p)
	}
	var sum float64
	for i := range cs {
		cs[i].p = math.Exp(cs[i].p - mx)
		sum += cs[i].p
	}
	sortByProb(cs)
	if s.TopK > 0 && s.TopK < len(cs) {
		cs = cs[:s.TopK]
	}
	var tot float64
	for _, c := range cs {
		tot += c.p
	}
	if s.TopP > 0 && s.TopP < 1 {
		var acc float64
		for i, c := range cs {
			acc += c.p
			if acc >= s.TopP*tot {
				cs = cs[:i+1]
				break
			}
		}
		tot = 0
		for _, c := range cs {
			tot += c.p
		}
	}
	u := rng.Float64() * tot
	for _, c := range cs {
		u -= c.p
		if u <= 0 {
			return c.id
		}
	}
	return cs[len(cs)-1].id
}

// Score returns log p(ids[i] | ids[:i]) for i ≥ 1 (len(ids)−1 values) under the
// model with adapter ad (nil: base).
func (m *Model[T]) Score(ids []int, ad *Adapter[T]) ([]float64, error) {
	if len(ids) < 2 {
		return nil, nil
	}
	if len(ids) > m.Cfg.NPositions {
		return nil, fmt.Errorf("%w: text of %d tokens, n_positions=%d", ErrContextLength, len(ids), m.Cfg.NPositions)
	}
	var ads []*Adapter[T]
	if ad != nil {
		ads = []*Adapter[T]{ad}
	}
	var acts Acts[T]
	tg := make([]int, len(ids))
	copy(tg, ids[1:])
	tg[len(ids)-1] = -1
	if err := m.Forward(&acts, Batch[T]{Tokens: ids, B: 1, T: len(ids), Targets: tg, Adapters: ads}); err != nil {
		return nil, err
	}
	out := make([]float64, len(ids)-1)
	for i := range out {
		out[i] = -float64(acts.Losses[i])
	}
	return out, nil
}

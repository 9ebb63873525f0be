package inference

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"

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
	Stopped  string    `json:"stopped"`  // "max_tokens", "eot" or "context"
}

// Generate continues prompt by up to maxTokens tokens with a KV cache, stopping early
// at stop (when ≥ 0) or at the end of the context. ad may be nil. hook, when non-nil,
// sees hidden states of the prompt and every generated token. s must pass
// s.Validate(vocab_size).
func (m *Model[T]) Generate(ctx context.Context, prompt []int, maxTokens int, s Sampling, ad *Adapter[T], stop int, hook ActivationHook) (Generation, error) {
	g := Generation{Prompt: prompt}
	if err := s.Validate(m.Cfg.VocabSize); err != nil {
		return g, err
	}
	if len(prompt) == 0 {
		return g, fmt.Errorf("%w: empty prompt", ErrContextLength)
	}
	if len(prompt) > m.Cfg.NPositions {
		return g, fmt.Errorf("%w: prompt of %d tokens, n_positions=%d", ErrContextLength, len(prompt), m.Cfg.NPositions)
	}
	if maxTokens <= 0 {
		g.Stopped = "max_tokens"
		return g, nil
	}
	var ads []*Adapter[T]
	if ad != nil {
		ads = []*Adapter[T]{ad}
	}
	cache := m.NewKVCache()
	var acts Acts[T]
	rng := rand.New(rand.NewPCG(s.Seed, 0xda942042e4dd58b5))
	in := prompt
	V := m.Cfg.VocabSize
	for {
		if err := ctx.Err(); err != nil {
			return g, err
		}
		err := m.Forward(&acts, Batch[T]{Tokens: in, B: 1, T: len(in), Adapters: ads, Pos0: cache.Len, Cache: cache, Hook: hook})
		if err != nil {
			return g, err
		}
		last := len(in) - 1
		logits := acts.Logits[last*V : (last+1)*V]
		next := sample(logits, s, rng)
		g.Tokens = append(g.Tokens, next)
		g.LogProbs = append(g.LogProbs, float64(logits[next])-acts.LogZ[last])
		switch {
		case next == stop && stop >= 0:
			g.Stopped = "eot"
			return g, nil
		case len(g.Tokens) >= maxTokens:
			g.Stopped = "max_tokens"
			return g, nil
		case cache.Len >= m.Cfg.NPositions:
			g.Stopped = "context"
			return g, nil
		}
		in = []int{next}
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
	type cand struct {
		id int
		p  float64
	}
	cs := make([]cand, len(logits))
	mx := math.Inf(-1)
	for i, v := range logits {
		cs[i] = cand{i, float64(v) / s.Temperature}
		mx = max(mx, cs[i].p)
	}
	var sum float64
	for i := range cs {
		cs[i].p = math.Exp(cs[i].p - mx)
		sum += cs[i].p
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].p > cs[j].p })
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

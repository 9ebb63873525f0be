package inference

import (
	"context"
	"errors"
	"math"
	"testing"

	"poa/bounds"
)

// TestLoraConfigValidate: ranks outside [1, n_embd], negative or huge alpha and
// unknown targets are refused; alpha 0 (= rank) passes.
func TestLoraConfigValidate(t *testing.T) {
	base := Tiny // n_embd 32
	for _, c := range []struct {
		name    string
		cfg     LoraConfig
		setting string // "" valid; "-" refused without a *bounds.Error
	}{
		{name: "rank=8", cfg: LoraConfig{Rank: 8, Alpha: 16, Targets: []string{"attn.c_attn"}}},
		{name: "rank=n_embd", cfg: LoraConfig{Rank: 32, Targets: []string{"mlp.c_fc"}}},
		{name: "alpha=0", cfg: LoraConfig{Rank: 4, Alpha: 0, Targets: []string{"attn.c_attn"}}},
		{name: "rank=0", cfg: LoraConfig{Rank: 0, Targets: []string{"attn.c_attn"}}, setting: "LoraConfig.Rank"},
		{name: "rank=100000", cfg: LoraConfig{Rank: 100000, Targets: []string{"attn.c_attn"}}, setting: "LoraConfig.Rank"},
		{name: "rank=n_embd+1", cfg: LoraConfig{Rank: 33, Targets: []string{"attn.c_attn"}}, setting: "LoraConfig.Rank"},
		{name: "alpha=-1", cfg: LoraConfig{Rank: 4, Alpha: -1, Targets: []string{"attn.c_attn"}}, setting: "LoraConfig.Alpha"},
		{name: "alpha=NaN", cfg: LoraConfig{Rank: 4, Alpha: math.NaN(), Targets: []string{"attn.c_attn"}}, setting: "LoraConfig.Alpha"},
		{name: "alpha=1e300", cfg: LoraConfig{Rank: 4, Alpha: 1e300, Targets: []string{"attn.c_attn"}}, setting: "LoraConfig.Alpha"},
		{name: "no targets", cfg: LoraConfig{Rank: 4}, setting: "-"},
		{name: "unknown target", cfg: LoraConfig{Rank: 4, Targets: []string{"wte"}}, setting: "-"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := c.cfg.Validate(base)
			var be *bounds.Error
			switch {
			case c.setting == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case c.setting == "-" && !errors.Is(err, ErrAdapter):
				t.Fatalf("got %v, want ErrAdapter", err)
			case c.setting != "" && c.setting != "-" && (!errors.Is(err, ErrAdapter) || !errors.As(err, &be) || be.Setting != c.setting):
				t.Fatalf("got %v, want ErrAdapter naming %s", err, c.setting)
			}
		})
	}
}

// TestSamplingValidate: Generate refuses sampling settings outside their ranges.
func TestSamplingValidate(t *testing.T) {
	p := NewParams[float32](Tiny)
	p.Init(1)
	m := NewModel(p)
	for _, c := range []struct {
		name    string
		s       Sampling
		setting string
	}{
		{name: "greedy", s: Sampling{}},
		{name: "full", s: Sampling{Temperature: 2, TopK: Tiny.VocabSize, TopP: 1}},
		{name: "temperature=-1", s: Sampling{Temperature: -1}, setting: "Sampling.Temperature"},
		{name: "temperature=1e300", s: Sampling{Temperature: 1e300}, setting: "Sampling.Temperature"},
		{name: "top-k=-1", s: Sampling{TopK: -1}, setting: "Sampling.TopK"},
		{name: "top-k=vocab+1", s: Sampling{TopK: Tiny.VocabSize + 1}, setting: "Sampling.TopK"},
		{name: "top-p=1.5", s: Sampling{TopP: 1.5}, setting: "Sampling.TopP"},
		{name: "top-p=NaN", s: Sampling{TopP: math.NaN()}, setting: "Sampling.TopP"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := m.Generate(context.Background(), []int{1, 2}, 2, c.s, nil, -1, nil)
			var be *bounds.Error
			if c.setting == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrSampling) || !errors.As(err, &be) || be.Setting != c.setting {
				t.Fatalf("got %v, want ErrSampling naming %s", err, c.setting)
			}
		})
	}
}

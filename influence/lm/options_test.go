package lm

import (
	"errors"
	"testing"

	"poa/bounds"
	"poa/influence"
)

// TestOptionsValidate: each options struct refuses a value outside its range with
// ErrOptions (an influence.ErrBadInput) naming the field, and passes its defaults.
func TestOptionsValidate(t *testing.T) {
	fusion := influence.FusionParams{GradientWeight: 1.5}
	for _, c := range []struct {
		name    string
		err     error
		setting string // "" when valid
	}{
		{name: "options defaults", err: Options{MaxTokens: 32, TopPoints: 50, TopTokens: 3}.Validate()},
		{name: "options candidates=-1", err: Options{MaxTokens: 32, TopPoints: 50, TopTokens: 3, Candidates: -1}.Validate()},
		{name: "options max-tokens=0", err: Options{TopPoints: 50, TopTokens: 3}.Validate(), setting: "Options.MaxTokens"},
		{name: "options top=huge", err: Options{MaxTokens: 32, TopPoints: 1 << 40, TopTokens: 3}.Validate(), setting: "Options.TopPoints"},
		{name: "options candidates=-2", err: Options{MaxTokens: 32, TopPoints: 50, TopTokens: 3, Candidates: -2}.Validate(), setting: "Options.Candidates"},
		{name: "options fusion=1.5", err: Options{MaxTokens: 32, TopPoints: 50, TopTokens: 3, Fusion: &fusion}.Validate(), setting: "FusionParams.GradientWeight"},
		{name: "sketch defaults", err: SketchOptions{KIn: 8, KOut: 8, BatchSize: 8}.Validate()},
		{name: "sketch damping=-1", err: SketchOptions{KIn: 8, KOut: 8, BatchSize: 8, Damping: -1}.Validate(), setting: "SketchOptions.Damping"},
		{name: "sketch k-in=0", err: SketchOptions{KOut: 8, BatchSize: 8}.Validate(), setting: "SketchOptions.KIn"},
		{name: "embed layer=0", err: EmbedOptions{BatchSize: 16}.Validate()},
		{name: "embed batch=0", err: EmbedOptions{}.Validate(), setting: "EmbedOptions.BatchSize"},
		{name: "recall sizes", err: RecallOptions{Queries: 5, TopK: 3, Candidates: []int{10, 0}}.Validate(), setting: "RecallOptions.Candidates"},
		{name: "lds defaults", err: LDSOptions{Subsets: 16, Frac: 0.5, Queries: 16, KIn: 8, KOut: 8}.Validate()},
		{name: "lds frac=1", err: LDSOptions{Subsets: 16, Frac: 1, Queries: 16, KIn: 8, KOut: 8}.Validate(), setting: "LDSOptions.Frac"},
		{name: "lds subsets=1", err: LDSOptions{Subsets: 1, Frac: 0.5, Queries: 16, KIn: 8, KOut: 8}.Validate(), setting: "LDSOptions.Subsets"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.setting == "" {
				if c.err != nil {
					t.Fatalf("refused: %v", c.err)
				}
				return
			}
			var be *bounds.Error
			if !errors.Is(c.err, ErrOptions) || !errors.Is(c.err, influence.ErrBadInput) || !errors.As(c.err, &be) || be.Setting != c.setting {
				t.Fatalf("got %v, want ErrOptions naming %s", c.err, c.setting)
			}
		})
	}
}

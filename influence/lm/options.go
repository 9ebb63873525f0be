package lm

import (
	"fmt"

	"poa/bounds"
	"poa/gradients"
	"poa/inference"
)

// Upper limits of the options' counts and sizes (inclusive): sanity bounds, beyond
// which a value is a typo. Sizes that depend on the model (tokens generated, sketch
// sides, the pooled layer) are checked against it once it is loaded.
const (
	MaxTopPoints  = 100_000
	MaxTopTokens  = 1_000
	MaxCandidates = 100_000_000
	MaxSketchSide = 4_096
	MaxBatchSize  = 1_024
	MaxDamping    = 1e6
	MaxQueries    = 100_000
	MaxSubsets    = 10_000
	MaxLOO        = 100_000
	MaxPoolPoints = 1_000_000_000
)

// Validate checks the options as given (defaults are not filled in): MaxTokens in
// [1, 65536] (generation also stops at the end of the model's context), TopPoints in
// [1, MaxTopPoints], TopTokens in [1, MaxTopTokens], Candidates in [-1,
// MaxCandidates] (-1: all points, 0: automatic), Fusion valid when set, at most
// one of Output and OutputIDs set. A range failure wraps ErrOptions and a
// *bounds.Error naming the field ("Options.TopPoints").
func (o Options) Validate() error {
	if o.Output != "" && len(o.OutputIDs) > 0 {
		return fmt.Errorf("%w: Options.Output and Options.OutputIDs are both set", ErrOptions)
	}
	err := bounds.First(
		bounds.In("Options.MaxTokens", o.MaxTokens, 1, 1<<16),
		bounds.In("Options.TopPoints", o.TopPoints, 1, MaxTopPoints),
		bounds.In("Options.TopTokens", o.TopTokens, 1, MaxTopTokens),
		bounds.In("Options.Candidates", o.Candidates, -1, MaxCandidates),
	)
	if err == nil && o.Fusion != nil {
		err = o.Fusion.Validate()
	}
	return optionsErr(err)
}

// Validate checks the options as given: KIn and KOut in [1, MaxSketchSide] (at most
// the model's n_embd, checked by BuildSketches), BatchSize in [1, MaxBatchSize],
// Damping in [0, MaxDamping] (0: 0.1·tr(F)/k).
func (o SketchOptions) Validate() error {
	return optionsErr(bounds.First(
		bounds.In("SketchOptions.KIn", o.KIn, 1, MaxSketchSide),
		bounds.In("SketchOptions.KOut", o.KOut, 1, MaxSketchSide),
		bounds.In("SketchOptions.BatchSize", o.BatchSize, 1, MaxBatchSize),
		bounds.In("SketchOptions.Damping", o.Damping, 0, MaxDamping),
	))
}

// Validate checks the options as given: Layer in [0, 1024] (0: the last block; at
// most the model's n_layer+1, checked by BuildEmbeddings), BatchSize in [1,
// MaxBatchSize].
func (o EmbedOptions) Validate() error {
	return optionsErr(bounds.First(
		bounds.In("EmbedOptions.Layer", o.Layer, 0, 1024),
		bounds.In("EmbedOptions.BatchSize", o.BatchSize, 1, MaxBatchSize),
	))
}

// Validate checks the options as given: Queries in [1, MaxQueries], TopK in [1,
// MaxTopPoints], every candidate set size in [1, MaxCandidates].
func (o RecallOptions) Validate() error {
	err := bounds.First(
		bounds.In("RecallOptions.Queries", o.Queries, 1, MaxQueries),
		bounds.In("RecallOptions.TopK", o.TopK, 1, MaxTopPoints),
	)
	for _, c := range o.Candidates {
		if err == nil {
			err = bounds.In("RecallOptions.Candidates", c, 1, MaxCandidates)
		}
	}
	return optionsErr(err)
}

// Validate checks the options as given: Subsets in [2, MaxSubsets], Frac in (0, 1),
// Queries in [1, MaxQueries], MaxPoints in [0, MaxPoolPoints] (0: all), Steps in [0,
// gradients.MaxSteps] (0: the adapter's), KIn and KOut in [1, MaxSketchSide], LOO in
// [0, MaxLOO] (0: none).
func (o LDSOptions) Validate() error {
	err := bounds.First(
		bounds.In("LDSOptions.Subsets", o.Subsets, 2, MaxSubsets),
		bounds.Open("LDSOptions.Frac", o.Frac, 0, 1),
		bounds.In("LDSOptions.Queries", o.Queries, 1, MaxQueries),
		bounds.In("LDSOptions.MaxPoints", o.MaxPoints, 0, MaxPoolPoints),
		bounds.In("LDSOptions.Steps", o.Steps, 0, gradients.MaxSteps),
		bounds.In("LDSOptions.KIn", o.KIn, 1, MaxSketchSide),
		bounds.In("LDSOptions.KOut", o.KOut, 1, MaxSketchSide),
		bounds.In("LDSOptions.LOO", o.LOO, 0, MaxLOO),
	)
	return optionsErr(err)
}

// sketchSides checks LoGra sides against the model: a side larger than n_embd (the
// smallest side of every adapted layer) only adds cost.
func sketchSides(cfg inference.Config, prefix string, kIn, kOut int) error {
	want := fmt.Sprintf("[1, %d] (n_embd of the model)", cfg.NEmbd)
	if kIn > cfg.NEmbd {
		return optionsErr(bounds.Fail(prefix+".KIn", kIn, want))
	}
	if kOut > cfg.NEmbd {
		return optionsErr(bounds.Fail(prefix+".KOut", kOut, want))
	}
	return nil
}

func optionsErr(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%w: %w", ErrOptions, err)
}

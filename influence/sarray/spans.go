package sarray

import (
	"fmt"
	"math"

	"poa/bounds"
)

// SpanOptions tunes Spans; nil or zero fields take the defaults in brackets, and
// the result must pass Validate.
type SpanOptions struct {
	MinLen   int     // shortest span kept, in tokens [2]
	MaxCount int64   // spans occurring more often are dropped [10]
	KeepFrac float64 // keep at most ⌈KeepFrac·len(q)⌉ spans [0.05]
	MaxDocs  int     // documents returned per span [10]
	// WordStart reports whether a span may start at position i of the query q
	// (OLMoTrace starts spans at word starts only; see WordStarts); nil allows every
	// position.
	WordStart func(q []int, i int) bool
	// Informative, when set, reports whether a match carries information (e.g.
	// SpanFilter.Informative); a longest match it rejects is dropped at step 2.
	Informative func(tokens []int) bool
}

func (o *SpanOptions) withDefaults() SpanOptions {
	var r SpanOptions
	if o != nil {
		r = *o
	}
	if r.MinLen == 0 {
		r.MinLen = 2
	}
	if r.MaxCount == 0 {
		r.MaxCount = 10
	}
	if r.KeepFrac == 0 {
		r.KeepFrac = 0.05
	}
	if r.MaxDocs == 0 {
		r.MaxDocs = 10
	}
	return r
}

// MaxSpanDocs is the largest SpanOptions.MaxDocs Validate accepts.
const MaxSpanDocs = 100_000

// Validate checks the options as given (Spans fills zero fields with their defaults
// first): MinLen in [1, MaxQuery], MaxCount ≥ 1, KeepFrac in (0, 1], MaxDocs in
// [1, MaxSpanDocs]. A failure wraps ErrOptions and a *bounds.Error naming the field
// ("SpanOptions.MinLen").
func (o SpanOptions) Validate() error {
	err := bounds.First(
		bounds.In("SpanOptions.MinLen", o.MinLen, 1, MaxQuery),
		bounds.In("SpanOptions.MaxCount", o.MaxCount, 1, math.MaxInt64),
		bounds.Above("SpanOptions.KeepFrac", o.KeepFrac, 0, 1),
		bounds.In("SpanOptions.MaxDocs", o.MaxDocs, 1, MaxSpanDocs),
	)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrOptions, err)
	}
	return nil
}

// SpanPart is one maximal matching span: q[Start:End] occurs Count times in the
// corpus; LogProb is its unigram log-probability Σ log(count(token)/N), N the number
// of non-separator tokens (lower is rarer); Docs are up to MaxDocs occurrences.
type SpanPart struct {
	Start   int        `json:"start"`
	End     int        `json:"end"`
	Count   int64      `json:"count"`
	LogProb float64    `json:"logprob"`
	Docs    []Location `json:"docs"`
}

// Span is a run of overlapping kept parts, merged: q[Start:End]. Docs is the union of
// the parts' documents (first occurrence of each document, parts in start order),
// at most MaxDocs.
type Span struct {
	Start int        `json:"start"`
	End   int        `json:"end"`
	Parts []SpanPart `json:"parts"`
	Docs  []Location `json:"docs"`
}

// Spans finds the maximal matching spans of q in the corpus, as OLMoTrace does:
//
//  1. from each allowed start i, the longest prefix q[i:i+l] occurring in the corpus;
//  2. drop it if l < MinLen, it occurs more than MaxCount times, or Informative
//     rejects it;
//  3. keep it only if it ends past every span kept before it (maximality: a span
//     inside an earlier one is not maximal);
//  4. keep the ⌈KeepFrac·len(q)⌉ rarest by unigram log-probability (ties: earlier
//     start first);
//  5. merge kept spans that overlap (start before the previous one ends) and attach
//     up to MaxDocs documents per part and per merged span.
//
// Spans are returned in start order. Cost: O(Σ_i l_i · log Tokens) for step 1, plus
// O(len(q) · log Tokens) for unigram counts and O(MaxDocs · log Docs) per part.
func (x *Index) Spans(q []int, opts *SpanOptions) ([]Span, error) {
	return SpansOf(x, q, opts)
}

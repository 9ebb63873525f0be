package lm

import (
	"fmt"

	"poa/inference/tokenizer"
	"poa/influence/sarray"
	"poa/store"
)

// SpanSource is a suffix-array index Attribute takes span evidence from, in place of
// the store's monolithic one (Options.Spans): influence/shard's sharded index
// implements it. It must answer Spans, SpanFilter and Ref exactly as one sarray.Corpus
// over the same documents in the same order does, so that the records are the same.
type SpanSource interface {
	// Current returns the corpus version and tokenizer fingerprint the record keeps,
	// or an error wrapping sarray.ErrCorpusVersion when the index is stale for s (data
	// points added since it was built) or was built with another tokenizer than tok.
	Current(s *store.Store, tok tokenizer.Tokenizer) (corpus, tokenizer string, err error)
	Spans(q []int, opts *sarray.SpanOptions) ([]sarray.Span, error)
	SpanFilter(tok tokenizer.Tokenizer, maxDocFrac float64) *sarray.SpanFilter
	// Ref names the data point of a global document id.
	Ref(doc int) sarray.DocRef
	// Describe names the source for logs ("shards 3 at DIR").
	Describe() string
}

// spanEvidence is what Attribute reads span evidence from: the source's answers and
// the record's corpus identity.
type spanEvidence struct {
	SpanSource
	corpus, tokenizer string
	note              string
	close             func() error
}

// monoSpans is the monolithic index behind the SpanSource methods Attribute uses.
type monoSpans struct{ *sarray.Corpus }

func (c monoSpans) Current(*store.Store, tokenizer.Tokenizer) (string, string, error) {
	return c.Meta.Corpus, c.Meta.Tokenizer, nil
}
func (c monoSpans) Ref(d int) sarray.DocRef { return c.Refs[d] }
func (c monoSpans) Describe() string        { return fmt.Sprintf("monolithic index %s", c.Meta.File) }

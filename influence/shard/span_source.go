package shard

import (
	"fmt"

	"poa/inference/tokenizer"
	"poa/influence/lm"
	"poa/influence/sarray"
	"poa/store"
)

// Index is an lm.SpanSource: attribution takes span evidence from the shards exactly
// as from one index over the same documents.
var _ lm.SpanSource = (*Index)(nil)

// Vocab is the vocabulary size all shards share (sarray.DocCounter).
func (x *Index) Vocab() int { return x.shards[0].Vocab() }

// ClassDocFreq is sarray.Index.ClassDocFreq over all shards: documents are disjoint
// between shards, so the counts add up (sarray.DocCounter). One pass over every
// shard's tokens, over the fan-out's workers.
func (x *Index) ClassDocFreq(class []int32, n int) []int32 {
	per := make([][]int32, len(x.shards))
	x.fanOut(func(k int) { per[k] = x.shards[k].ClassDocFreq(class, n) })
	df := make([]int32, n)
	for _, p := range per {
		for c, v := range p {
			df[c] += v
		}
	}
	return df
}

// NgramDocFreq is sarray.Index.NgramDocFreq over all shards: the sum of the shards'
// counts, each stopped at stop. The sum is below stop exactly when the monolithic
// count is, and equals it then, which is all SpanFilter compares.
func (x *Index) NgramDocFreq(q []int, stop int64) int64 {
	ns := make([]int64, len(x.shards))
	x.fanOut(func(k int) { ns[k] = x.shards[k].NgramDocFreq(q, stop) })
	var n int64
	for _, c := range ns {
		n += c
	}
	return n
}

// SpanFilter is sarray.Index.SpanFilter over all shards (sarray.NewSpanFilter).
func (x *Index) SpanFilter(tok tokenizer.Tokenizer, maxDocFrac float64) *sarray.SpanFilter {
	return sarray.NewSpanFilter(x, tok, maxDocFrac)
}

// Ref names the data point of global document d.
func (x *Index) Ref(d int) sarray.DocRef { return x.Refs[d] }

// Current returns the set's corpus version and tokenizer fingerprint, or an error
// wrapping sarray.ErrCorpusVersion when tok is not the set's tokenizer or a datanet of
// s gained or lost points since the set was built (sarray.Staleness).
func (x *Index) Current(s *store.Store, tok tokenizer.Tokenizer) (string, string, error) {
	if th := sarray.TokenizerHash(tok).String(); th != x.Set.Tokenizer {
		return "", "", fmt.Errorf("shard set %s: %w: built with tokenizer %s %.12s…, the model's is %.12s… (run `poa index build --shards N`)",
			x.Dir, sarray.ErrCorpusVersion, x.Set.TokName, x.Set.Tokenizer, th)
	}
	dns, err := s.Datanets()
	if err != nil {
		return "", "", err
	}
	if d := sarray.Staleness(x.Set.Counts, dns); d != "" {
		return "", "", fmt.Errorf("shard set %s: %w: stale: data points were added since it was built (%s); run `poa index update` or `poa index build --shards N`",
			x.Dir, sarray.ErrCorpusVersion, d)
	}
	return x.Set.Corpus, x.Set.Tokenizer, nil
}

// Describe names the set for logs.
func (x *Index) Describe() string {
	return fmt.Sprintf("sharded index, %d shards at %s (corpus %.12s…)", len(x.shards), x.Dir, x.Set.Corpus)
}

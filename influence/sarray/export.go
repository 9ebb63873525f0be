package sarray

import (
	"encoding/hex"
	"fmt"
	"math"
	"sort"

	"poa/inference/tokenizer"
)

// This file holds the exported building blocks that an index made of several
// files (package influence/shard) needs to answer exactly as one Index does: raw
// access to the suffix array and the tokens, the span rules over any source of
// counts and locations, and the document table codec.

// CheckQuery returns ErrQueryTooLong or ErrTokenRange for a query Count would refuse.
func (x *Index) CheckQuery(q []int) error { return x.checkQuery(q) }

// LongestMatch is the longest prefix of q found in the corpus and its count (the
// element LongestMatches returns for position 0), without checking q.
// Cost: O(Len · log Tokens).
func (x *Index) LongestMatch(q []int) Match { return x.longestAt(q) }

// Find returns the suffix-array rank range [lo, hi) of the suffixes starting with
// q (empty for a q holding the separator), without checking q. O(len(q)·log Tokens).
func (x *Index) Find(q []int) (lo, hi int64) { return x.find(q) }

// Suffix is the corpus position of the suffix of rank r. It panics if r is out of
// [0, Tokens).
func (x *Index) Suffix(r int64) int64 { return int64(x.sa[r]) }

// TokenAt is the token at corpus position i, or -1 at or past the end (the virtual
// end of text, smaller than every token, as the suffix order treats it).
func (x *Index) TokenAt(i int64) int32 { return x.tokenAt(i) }

// Position maps a corpus position to its document and offset. O(log Docs).
func (x *Index) Position(pos int64) Location { return x.locate(pos) }

// DocStart is the corpus position of document d's first token; DocStart(Docs())
// is Tokens().
func (x *Index) DocStart(d int) int64 { return int64(x.starts[d]) }

// TextTokens is the number of non-separator tokens, N in the unigram
// log-probabilities of Spans.
func (x *Index) TextTokens() int64 { return x.h.Tokens - x.h.Docs }

// SpanSource is what the span rules need from an index: Index implements it, and so
// does an index split into shards.
type SpanSource interface {
	CheckQuery(q []int) error
	LongestMatch(q []int) Match
	Count(q []int) (int64, error)
	Locate(q []int, limit int) ([]Location, int64, error)
	TextTokens() int64
}

// SpansOf applies the rules of Index.Spans to src; Index.Spans is SpansOf(x, q, opts).
func SpansOf(src SpanSource, q []int, opts *SpanOptions) ([]Span, error) {
	if err := src.CheckQuery(q); err != nil {
		return nil, err
	}
	o := opts.withDefaults()
	if err := o.Validate(); err != nil {
		return nil, err
	}
	var parts []SpanPart
	maxEnd := 0
	for i := range q {
		if o.WordStart != nil && !o.WordStart(q, i) {
			continue
		}
		m := src.LongestMatch(q[i:])
		if m.Len < o.MinLen || m.Count > o.MaxCount || o.Informative != nil && !o.Informative(q[i:i+m.Len]) {
			continue
		}
		if end := i + m.Len; end > maxEnd {
			parts = append(parts, SpanPart{Start: i, End: end, Count: m.Count})
			maxEnd = end
		}
	}
	if len(parts) == 0 {
		return nil, nil
	}
	logN := math.Log(float64(src.TextTokens()))
	uni := map[int]float64{}
	for p := range parts {
		var lp float64
		for _, id := range q[parts[p].Start:parts[p].End] {
			v, ok := uni[id]
			if !ok {
				n, _ := src.Count([]int{id})
				v = math.Log(float64(n)) - logN
				uni[id] = v
			}
			lp += v
		}
		parts[p].LogProb = lp
	}
	keep := int(math.Ceil(o.KeepFrac * float64(len(q))))
	if keep < len(parts) {
		sort.SliceStable(parts, func(a, b int) bool { return parts[a].LogProb < parts[b].LogProb })
		parts = parts[:keep]
		sort.Slice(parts, func(a, b int) bool { return parts[a].Start < parts[b].Start })
	}
	var spans []Span
	for _, p := range parts {
		p.Docs, _, _ = src.Locate(q[p.Start:p.End], o.MaxDocs)
		if n := len(spans); n > 0 && p.Start < spans[n-1].End {
			s := &spans[n-1]
			s.End = max(s.End, p.End)
			s.Parts = append(s.Parts, p)
			continue
		}
		spans = append(spans, Span{Start: p.Start, End: p.End, Parts: []SpanPart{p}})
	}
	for i := range spans {
		seen := map[int]bool{}
		for _, p := range spans[i].Parts {
			for _, l := range p.Docs {
				if !seen[l.Doc] && len(spans[i].Docs) < o.MaxDocs {
					seen[l.Doc] = true
					spans[i].Docs = append(spans[i].Docs, l)
				}
			}
		}
	}
	return spans, nil
}

// DocReader returns the tokens of document d in [from, to), as Index.DocTokens.
type DocReader interface {
	DocTokens(d, from, to int) []int
}

// ResolveSpans is Corpus.Resolve over any document reader and document table.
func ResolveSpans(docs DocReader, refs []DocRef, tok tokenizer.Tokenizer, q []int, spans []Span, context int) []SpanReport {
	out := make([]SpanReport, 0, len(spans))
	for _, sp := range spans {
		r := SpanReport{Start: sp.Start, End: sp.End, Text: tok.Decode(q[sp.Start:sp.End]), Parts: sp.Parts}
		// The match length of this document is that of the part it came from.
		length := map[int]int{}
		for _, p := range sp.Parts {
			for _, l := range p.Docs {
				if _, ok := length[l.Doc]; !ok {
					length[l.Doc] = p.End - p.Start
				}
			}
		}
		for _, l := range sp.Docs {
			n := length[l.Doc]
			snip := tok.Decode(docs.DocTokens(l.Doc, l.Offset-context, l.Offset+n+context))
			r.Docs = append(r.Docs, DocHit{Doc: l.Doc, DocRef: refs[l.Doc], Offset: l.Offset, Snippet: snip})
		}
		out = append(out, r)
	}
	return out
}

// EncodeDocTable returns the binary document table (docs.bin) of refs; its header
// records CorpusVersion(refs).
func EncodeDocTable(refs []DocRef) ([]byte, error) { return encodeDocTable(refs) }

// ReadDocTable reads and validates the document table at path (binary, or the JSON
// lines of earlier builds) and returns its documents and corpus version. Tables are
// cached per process while the file is unchanged; the refs are shared: read-only.
func ReadDocTable(path string) ([]DocRef, Hash, error) { return readDocTable(path) }

// ParseHash reads the hex form of a Hash.
func ParseHash(s string) (Hash, error) {
	var h Hash
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != len(h) {
		return h, fmt.Errorf("%w: hash %q is not 64 hex digits", ErrFormat, s)
	}
	copy(h[:], b)
	return h, nil
}

// Vocab is the vocabulary size of the index header (token ids are below it).
func (x *Index) Vocab() int { return x.h.Vocab }

// ClassDocFreq counts the documents holding each class of tokens, class[id] in
// [0, n) (nil: the id itself): one pass over the token section (DocCounter).
func (x *Index) ClassDocFreq(class []int32, n int) []int32 { return x.docFreq(class, n) }

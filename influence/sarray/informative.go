package sarray

import (
	"encoding/binary"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"poa/inference/tokenizer"
)

// DefaultMaxDocFrac is the document-frequency threshold of the informative-span rule:
// a word found in more than this fraction of the indexed documents is a stop word.
// Chosen on the bundled corpus (docs/influence.md, "Uninformative spans").
const DefaultMaxDocFrac = 0.10

// SpanFilterRule names the rule of SpanFilter, recorded with attribution records.
const SpanFilterRule = "informative-words-v1"

// DocFreq returns, for every token id, the number of documents it occurs in. The
// first call computes it from the index's token section (one pass, O(Tokens)) and
// caches it; it is safe for concurrent use and must not be modified.
func (x *Index) DocFreq() []int32 {
	x.dfOnce.Do(func() { x.df = x.docFreq(nil, x.h.Vocab) })
	return x.df
}

// docFreq counts the documents holding each class of tokens, class[id] in [0, n)
// (nil: the id itself). One pass over the token section.
func (x *Index) docFreq(class []int32, n int) []int32 {
	df := make([]int32, n)
	last := make([]int32, n) // 1 + the last document each class was seen in
	for d := int64(0); d < x.h.Docs; d++ {
		mark := int32(d + 1)
		for i, e := int64(x.starts[d]), int64(x.starts[d+1])-1; i < e; i++ {
			c := x.token(i)
			if c < 0 || int(c) >= x.h.Vocab {
				continue // only in a damaged file opened without its checksum
			}
			if class != nil {
				c = class[c]
			}
			if last[c] != mark {
				last[c] = mark
				df[c]++
			}
		}
	}
	return df
}

// NgramDocFreq returns the number of documents holding the n-gram q, counting no
// further than stop (≤ 0: all). An empty q, or one holding a separator or an id
// outside the vocabulary, has 0. Cost: O(len(q)·log Tokens) plus O(log Docs) per
// occurrence visited.
func (x *Index) NgramDocFreq(q []int, stop int64) int64 {
	if len(q) == 0 || x.checkQuery(q) != nil {
		return 0
	}
	if len(q) == 1 {
		return int64(x.DocFreq()[q[0]])
	}
	lo, hi := x.find(q)
	if hi-lo <= 1 {
		return hi - lo
	}
	seen := map[int]bool{}
	for j := lo; j < hi && (stop <= 0 || int64(len(seen)) < stop); j++ {
		seen[x.locate(int64(x.sa[j])).Doc] = true
	}
	return int64(len(seen))
}

// SpanFilter decides which matches carry information. A match is split into words:
// a word starts at a token beginning with white space, or at a letter or digit after
// a token that does not end in one (WordStarts), and blank tokens — only white space,
// punctuation, symbols or control characters — separate words and are never
// informative. A word is informative when it occurs in at most MaxDocFrac of the
// indexed documents; a match is informative when it holds an informative word. So a
// run of newlines, a row of commas or "the the the of of" earns nothing, while
// " theory" (" the"+"ory" in a small BPE) is judged as the word it is.
//
// A SpanFilter caches word frequencies and is safe for concurrent use.
type SpanFilter struct {
	Rule       string  `json:"rule"` // SpanFilterRule
	MaxDocFrac float64 `json:"max_doc_frac"`
	Docs       int     `json:"docs"`  // documents of the index
	Limit      int64   `json:"limit"` // a word in more than Limit documents is a stop word
	// Blank and Frequent count vocabulary tokens: blank ones, and the others whose
	// word (any case, any leading white space) is in more than Limit documents: stop
	// words when they stand alone.
	Blank    int `json:"blank_tokens"`
	Frequent int `json:"frequent_tokens"`

	x         DocCounter
	blank     []bool
	frequent  []bool // the token, standing alone, is a stop word
	wordStart func(q []int, i int) bool
	mu        sync.Mutex
	words     map[string]bool
}

// SpanFilter returns the filter of x's corpus for tok (the tokenizer the index was
// built with) at threshold maxDocFrac (≤ 0: DefaultMaxDocFrac). Cost: one pass over the
// corpus tokens and one Decode per vocabulary id.
func (x *Index) SpanFilter(tok tokenizer.Tokenizer, maxDocFrac float64) *SpanFilter {
	return NewSpanFilter(x, tok, maxDocFrac)
}

// DocCounter is what a SpanFilter counts documents in: one Index, or several indexes
// over disjoint documents that add their counts up (influence/shard's sharded index).
// Vocab is the vocabulary size of the index header; ClassDocFreq is DocFreq over
// classes of token ids (class[id] in [0, n); nil: the id itself); NgramDocFreq is
// Index.NgramDocFreq (a sum of per-part counts each stopped at stop compares with a
// limit below stop exactly as one count does).
type DocCounter interface {
	Docs() int
	Vocab() int
	ClassDocFreq(class []int32, n int) []int32
	NgramDocFreq(q []int, stop int64) int64
}

// NewSpanFilter is Index.SpanFilter over any DocCounter: the same filter, field for
// field, as one index over the same documents gives.
func NewSpanFilter(x DocCounter, tok tokenizer.Tokenizer, maxDocFrac float64) *SpanFilter {
	if maxDocFrac <= 0 {
		maxDocFrac = DefaultMaxDocFrac
	}
	vocab := x.Vocab()
	f := &SpanFilter{Rule: SpanFilterRule, MaxDocFrac: maxDocFrac, Docs: x.Docs(), Limit: int64(maxDocFrac * float64(x.Docs())),
		x: x, blank: make([]bool, vocab), frequent: make([]bool, vocab), wordStart: WordStarts(tok), words: map[string]bool{}}
	// Classes: token ids whose text is the same up to case and leading white space.
	class := make([]int32, vocab)
	ids := map[string]int32{}
	for id := range vocab {
		text := ""
		if id < tok.VocabSize() {
			text = tok.Decode([]int{id})
			f.blank[id] = blankText(text)
		}
		key := strings.ToLower(strings.TrimLeftFunc(text, unicode.IsSpace))
		if id >= tok.VocabSize() || id == tok.EOT() || !utf8.ValidString(key) {
			key = "\xff" + strconv.Itoa(id) // its own class (valid keys are UTF-8)
		}
		c, ok := ids[key]
		if !ok {
			c = int32(len(ids))
			ids[key] = c
		}
		class[id] = c
	}
	df := x.ClassDocFreq(class, len(ids))
	for id := range vocab {
		switch {
		case f.blank[id]:
			f.Blank++
		case int64(df[class[id]]) > f.Limit:
			f.frequent[id] = true
			f.Frequent++
		}
	}
	return f
}

// blankText reports whether s holds only white space, punctuation, symbols or
// control characters (true for ""); invalid UTF-8 is not blank.
func blankText(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError {
			return false
		}
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) && !unicode.IsSymbol(r) && !unicode.IsControl(r) {
			return false
		}
	}
	return true
}

// IsBlank reports whether token id is blank (ids outside the vocabulary are not).
func (f *SpanFilter) IsBlank(id int) bool { return id >= 0 && id < len(f.blank) && f.blank[id] }

// Words splits tokens into words (see SpanFilter), dropping blank tokens.
func (f *SpanFilter) Words(tokens []int) [][]int {
	var words [][]int
	start := -1
	for i, id := range tokens {
		switch {
		case f.IsBlank(id):
			if start >= 0 {
				words = append(words, tokens[start:i])
			}
			start = -1
		case start < 0:
			start = i
		case f.wordStart(tokens, i):
			words = append(words, tokens[start:i])
			start = i
		}
	}
	if start >= 0 {
		words = append(words, tokens[start:])
	}
	return words
}

// InformativeWord reports whether the word (tokens, none blank) occurs in at most
// Limit documents (see SpanFilter for how words are counted).
func (f *SpanFilter) InformativeWord(word []int) bool {
	kb := make([]byte, 0, 4*len(word))
	for _, id := range word {
		kb = binary.LittleEndian.AppendUint32(kb, uint32(id))
	}
	k := string(kb)
	f.mu.Lock()
	v, ok := f.words[k]
	f.mu.Unlock()
	if ok {
		return v
	}
	if len(word) == 1 {
		return word[0] < 0 || word[0] >= len(f.frequent) || !f.frequent[word[0]]
	}
	v = f.x.NgramDocFreq(word, f.Limit+1) <= f.Limit
	f.mu.Lock()
	f.words[k] = v
	f.mu.Unlock()
	return v
}

// Informative reports whether tokens hold an informative word: the test a match must
// pass to count as evidence (SpanOptions.Informative).
func (f *SpanFilter) Informative(tokens []int) bool {
	for _, w := range f.Words(tokens) {
		if f.InformativeWord(w) {
			return true
		}
	}
	return false
}

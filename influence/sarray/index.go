package sarray

import (
	"fmt"
	"hash/crc32"
	"os"
	"sort"
	"sync"
	"syscall"
	"unsafe"
)

// MaxQuery is the longest query, in tokens, that Count, Locate, LongestMatches and
// Spans accept.
const MaxQuery = 8192

// Index is an open, memory-mapped index file. Queries read the mapping directly, so
// the corpus may be larger than RAM (the kernel pages it in). It is safe for
// concurrent queries; Close must not run concurrently with them.
// The file is little endian, as are the machines poa runs on (amd64, arm64).
type Index struct {
	h      Header
	path   string
	data   []byte
	tok16  []uint16
	tok32  []uint32
	starts []uint64
	sa     []uint32
	dfOnce sync.Once
	df     []int32 // document frequency per token id (DocFreq)
}

// OpenOptions adjusts Open; nil means the defaults.
type OpenOptions struct {
	// SkipPayloadChecksum skips reading the whole file to check its CRC at open
	// (the header is always checked). For indexes much larger than RAM.
	SkipPayloadChecksum bool
	// Corpus and Tokenizer, when set, must equal the header's (ErrCorpusVersion).
	Corpus, Tokenizer *Hash
	// AllowStale lets OpenStore open an index although datanets changed since it
	// was built (its answers then miss the new data points).
	AllowStale bool
}

// Open maps the index file at path read-only and validates it: header, section
// layout against the file size, document table, and (unless skipped) the payload
// checksum. Errors name the file and wrap ErrFormat, ErrTruncated, ErrChecksum or
// ErrCorpusVersion. Cost: O(file size) for the checksum, O(1) otherwise.
func Open(path string, opts *OpenOptions) (*Index, error) {
	if opts == nil {
		opts = &OpenOptions{}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("sarray: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("sarray: %w", err)
	}
	hb := make([]byte, headerSize)
	n, _ := f.ReadAt(hb, 0)
	h, err := parseHeader(hb[:n], fi.Size())
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", path, err)
	}
	if opts.Corpus != nil && *opts.Corpus != h.Corpus {
		return nil, fmt.Errorf("index %s: %w: built from corpus %.12s…, expected %.12s…", path, ErrCorpusVersion, h.Corpus, *opts.Corpus)
	}
	if opts.Tokenizer != nil && *opts.Tokenizer != h.Tokenizer {
		return nil, fmt.Errorf("index %s: %w: built with tokenizer %s %.12s…, expected %.12s…", path, ErrCorpusVersion, h.TokName, h.Tokenizer, *opts.Tokenizer)
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(h.size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, fmt.Errorf("sarray: mmap %s: %w", path, err)
	}
	x := &Index{h: h, path: path, data: data}
	if !opts.SkipPayloadChecksum {
		if got := crc32.Checksum(data[headerSize:], castagnoli); got != h.payload {
			x.Close()
			return nil, fmt.Errorf("index %s: %w: payload CRC %08x, header says %08x", path, ErrChecksum, got, h.payload)
		}
	}
	if h.Tokens > 0 {
		if h.Width == 2 {
			x.tok16 = unsafe.Slice((*uint16)(unsafe.Pointer(&data[h.tokOff])), h.Tokens)
		} else {
			x.tok32 = unsafe.Slice((*uint32)(unsafe.Pointer(&data[h.tokOff])), h.Tokens)
		}
		x.sa = unsafe.Slice((*uint32)(unsafe.Pointer(&data[h.saOff])), h.Tokens)
	}
	x.starts = unsafe.Slice((*uint64)(unsafe.Pointer(&data[h.docOff])), h.Docs+1)
	if err := x.checkDocs(); err != nil {
		x.Close()
		return nil, fmt.Errorf("index %s: %w", path, err)
	}
	return x, nil
}

// checkDocs validates the document table: starts from 0, increasing, ends at the
// corpus length, each document followed by the separator. O(documents).
func (x *Index) checkDocs() error {
	if x.starts[0] != 0 || x.starts[x.h.Docs] != uint64(x.h.Tokens) {
		return fmt.Errorf("%w: document table spans [%d, %d), corpus has %d tokens", ErrFormat, x.starts[0], x.starts[x.h.Docs], x.h.Tokens)
	}
	for d := int64(0); d < x.h.Docs; d++ {
		s, e := x.starts[d], x.starts[d+1]
		if e <= s || x.token(int64(e-1)) != int32(x.h.EOT) {
			return fmt.Errorf("%w: document %d [%d, %d) is empty or not followed by the separator", ErrFormat, d, s, e)
		}
	}
	return nil
}

// Close unmaps the file.
func (x *Index) Close() error {
	if x.data == nil {
		return nil
	}
	err := syscall.Munmap(x.data)
	x.data, x.tok16, x.tok32, x.sa, x.starts = nil, nil, nil, nil, nil
	return err
}

// Header returns the file header.
func (x *Index) Header() Header { return x.h }

// Path is the file the index was opened from.
func (x *Index) Path() string { return x.path }

// Docs is the number of documents.
func (x *Index) Docs() int { return int(x.h.Docs) }

// Tokens is the corpus length, separators included.
func (x *Index) Tokens() int64 { return x.h.Tokens }

func (x *Index) token(i int64) int32 {
	if x.tok16 != nil {
		return int32(x.tok16[i])
	}
	return int32(x.tok32[i])
}

// tokenAt is the token at position i, or -1 past the end (the virtual sentinel).
func (x *Index) tokenAt(i int64) int32 {
	if i >= x.h.Tokens {
		return -1
	}
	return x.token(i)
}

// DocTokens returns the tokens of document d in [from, to) (clamped to the
// document, separator excluded). It panics if d is out of range.
func (x *Index) DocTokens(d, from, to int) []int {
	if d < 0 || int64(d) >= x.h.Docs {
		panic(fmt.Sprintf("sarray: document %d out of range [0, %d)", d, x.h.Docs))
	}
	s, e := int64(x.starts[d]), int64(x.starts[d+1])-1
	lo, hi := s+int64(max(from, 0)), min(s+int64(max(to, 0)), e)
	var out []int
	for i := lo; i < hi; i++ {
		out = append(out, int(x.token(i)))
	}
	return out
}

// DocLen is the length of document d in tokens (separator excluded).
func (x *Index) DocLen(d int) int { return int(x.starts[d+1]-x.starts[d]) - 1 }

// Location is one occurrence: document id and token offset within the document.
type Location struct {
	Doc    int `json:"doc"`
	Offset int `json:"offset"`
}

func (x *Index) locate(pos int64) Location {
	d := sort.Search(int(x.h.Docs), func(d int) bool { return int64(x.starts[d+1]) > pos })
	return Location{Doc: d, Offset: int(pos - int64(x.starts[d]))}
}

// narrow returns the sub-range of [lo, hi) — suffixes sharing a prefix of length
// depth — whose token at depth is c. Two binary searches: O(log(hi-lo)).
func (x *Index) narrow(lo, hi int64, depth int, c int32) (int64, int64) {
	d := int64(depth)
	first := lo + int64(sort.Search(int(hi-lo), func(j int) bool { return x.tokenAt(int64(x.sa[lo+int64(j)])+d) >= c }))
	last := first + int64(sort.Search(int(hi-first), func(j int) bool { return x.tokenAt(int64(x.sa[first+int64(j)])+d) > c }))
	return first, last
}

func (x *Index) checkQuery(q []int) error {
	if len(q) > MaxQuery {
		return fmt.Errorf("%w: %d tokens (at most %d)", ErrQueryTooLong, len(q), MaxQuery)
	}
	for i, id := range q {
		if id < 0 || id >= x.h.Vocab {
			return fmt.Errorf("%w: query token %d is %d (vocabulary %d)", ErrTokenRange, i, id, x.h.Vocab)
		}
	}
	return nil
}

// find returns the suffix-array range of the suffixes starting with q. The
// separator never matches, so an n-gram cannot span two documents.
func (x *Index) find(q []int) (int64, int64) {
	lo, hi := int64(0), x.h.Tokens
	for k, id := range q {
		if id == x.h.EOT {
			return 0, 0
		}
		lo, hi = x.narrow(lo, hi, k, int32(id))
		if lo == hi {
			break
		}
	}
	return lo, hi
}

// Count returns how many times the n-gram q occurs in the corpus. An empty q counts
// every position (Tokens). A q holding the separator counts 0.
// Cost: O(len(q) · log Tokens) token reads.
func (x *Index) Count(q []int) (int64, error) {
	if err := x.checkQuery(q); err != nil {
		return 0, err
	}
	lo, hi := x.find(q)
	return hi - lo, nil
}

// Locate returns the total number of occurrences of q and up to limit of them
// (limit ≤ 0: all), sorted by document and offset. Which occurrences are returned
// when there are more than limit is deterministic (the first in suffix order).
// Cost: O(len(q) · log Tokens + limit · log Docs).
func (x *Index) Locate(q []int, limit int) ([]Location, int64, error) {
	if err := x.checkQuery(q); err != nil {
		return nil, 0, err
	}
	lo, hi := x.find(q)
	k := hi - lo
	if limit > 0 && int64(limit) < k {
		k = int64(limit)
	}
	out := make([]Location, 0, k)
	for j := lo; j < lo+k; j++ {
		out = append(out, x.locate(int64(x.sa[j])))
	}
	sort.Slice(out, func(a, b int) bool {
		return out[a].Doc < out[b].Doc || (out[a].Doc == out[b].Doc && out[a].Offset < out[b].Offset)
	})
	return out, hi - lo, nil
}

// Match is the longest match of a query at one start position.
type Match struct {
	Len   int   `json:"len"`   // tokens of the longest prefix of q[i:] found in the corpus
	Count int64 `json:"count"` // occurrences of that prefix (0 when Len is 0)
}

// LongestMatches returns, for each position i of q, the longest prefix of q[i:]
// that occurs in the corpus and its count. Cost: O(Σ_i Len_i · log Tokens).
func (x *Index) LongestMatches(q []int) ([]Match, error) {
	if err := x.checkQuery(q); err != nil {
		return nil, err
	}
	out := make([]Match, len(q))
	for i := range q {
		out[i] = x.longestAt(q[i:])
	}
	return out, nil
}

func (x *Index) longestAt(q []int) Match {
	lo, hi := int64(0), x.h.Tokens
	var m Match
	for k, id := range q {
		if id == x.h.EOT {
			break
		}
		nlo, nhi := x.narrow(lo, hi, k, int32(id))
		if nlo == nhi {
			break
		}
		lo, hi = nlo, nhi
		m = Match{Len: k + 1, Count: hi - lo}
	}
	return m
}

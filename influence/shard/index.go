package shard

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"sort"

	"poa/inference/tokenizer"
	"poa/influence/sarray"
)

// Index is an open shard set: the shards' memory-mapped indexes and the documents of
// all of them. Global document ids and offsets equal those of one sarray.Index built
// over the same documents in the same order. Safe for concurrent queries; Close must
// not run concurrently with them.
type Index struct {
	Set    Set
	Dir    string
	shards []*sarray.Index
	first  []int   // global id of each shard's document 0; len(shards)+1
	off    []int64 // global token position of each shard's start; len(shards)+1
	// workers bounds the goroutines of one query's fan-out (fanOut).
	workers int
	// Refs names the data point of each global document id: read-only.
	Refs []sarray.DocRef
}

// OpenOptions adjusts Open; nil means the defaults.
type OpenOptions struct {
	// Tokenizer, when set, must be the set's (sarray.ErrCorpusVersion).
	Tokenizer *sarray.Hash
	// SkipPayloadChecksum skips each shard's CRC-32C read at open (sarray.OpenOptions).
	SkipPayloadChecksum bool
	// VerifySHA256 re-reads every shard file and checks its sha256 against the
	// manifest (O(bytes)); the CRC-32C check is on by default.
	VerifySHA256 bool
	// Workers bounds the goroutines one query fans out on (SetWorkers): 0 means
	// GOMAXPROCS, 1 sequential.
	Workers int
}

// Open opens the shard set in dir: set.json, then each shard's manifest (sha256 as
// the set records it), document table and index (versions as the manifest records
// them, CRC-32C checked), and checks that the shards' documents are contiguous and
// that their table hashes to the set's corpus version. Cost: O(bytes) for the CRCs,
// plus O(D) to hash the document list.
func Open(dir string, opts *OpenOptions) (*Index, error) {
	if opts == nil {
		opts = &OpenOptions{}
	}
	set, err := ReadSet(dir)
	if err != nil {
		return nil, err
	}
	if opts.Tokenizer != nil && opts.Tokenizer.String() != set.Tokenizer {
		return nil, fmt.Errorf("shard set %s: %w: built with tokenizer %s %.12s…, expected %.12s…", dir, sarray.ErrCorpusVersion, set.TokName, set.Tokenizer, opts.Tokenizer)
	}
	x := &Index{Set: set, Dir: dir, first: []int{0}, off: []int64{0}}
	x.SetWorkers(opts.Workers)
	fail := func(err error) (*Index, error) {
		x.Close()
		return nil, err
	}
	for k, ref := range set.Shards {
		if ref.Dir == "" || ref.Dir == "." || ref.Dir == ".." || filepath.Base(ref.Dir) != ref.Dir {
			return fail(fmt.Errorf("shard set %s: %w: shard directory %q is not a name inside the set", dir, sarray.ErrFormat, ref.Dir))
		}
		sdir := filepath.Join(dir, ref.Dir)
		m, sum, err := readManifest[Manifest](sdir, "shard")
		if err != nil {
			return fail(err)
		}
		if sum != ref.ManifestSHA256 {
			return fail(fmt.Errorf("shard %s: %w: manifest sha256 %.12s…, the set records %.12s…", sdir, sarray.ErrChecksum, sum, ref.ManifestSHA256))
		}
		if m.FirstDoc != int64(x.first[k]) || m.Tokenizer != set.Tokenizer {
			return fail(fmt.Errorf("shard %s: %w: first document %d (want %d) or tokenizer differs from the set's", sdir, sarray.ErrFormat, m.FirstDoc, x.first[k]))
		}
		if opts.VerifySHA256 {
			for name, want := range m.Files {
				got, err := sumFile(filepath.Join(sdir, name))
				if err != nil {
					return fail(err)
				}
				if got != want {
					return fail(fmt.Errorf("shard %s: %w: %s sha256 %.12s… (%d bytes), manifest says %.12s… (%d bytes)", sdir, sarray.ErrChecksum, name, got.SHA256, got.Bytes, want.SHA256, want.Bytes))
				}
			}
		}
		corpus, err := sarray.ParseHash(m.Corpus)
		if err != nil {
			return fail(fmt.Errorf("shard %s: %w", sdir, err))
		}
		tokHash, err := sarray.ParseHash(m.Tokenizer)
		if err != nil {
			return fail(fmt.Errorf("shard %s: %w", sdir, err))
		}
		refs, tcorpus, err := sarray.ReadDocTable(filepath.Join(sdir, DocsFile))
		if err != nil {
			return fail(err)
		}
		if tcorpus != corpus {
			return fail(fmt.Errorf("shard %s: %w: document table is of corpus %.12s…, the manifest says %.12s…", sdir, sarray.ErrCorpusVersion, tcorpus, corpus))
		}
		si, err := sarray.Open(filepath.Join(sdir, IndexFile), &sarray.OpenOptions{Corpus: &corpus, Tokenizer: &tokHash, SkipPayloadChecksum: opts.SkipPayloadChecksum})
		if err != nil {
			return fail(err)
		}
		x.shards = append(x.shards, si)
		if int64(len(refs)) != int64(si.Docs()) || int64(si.Docs()) != m.Docs {
			return fail(fmt.Errorf("shard %s: %w: %d documents in the table, %d in the index, %d in the manifest", sdir, sarray.ErrFormat, len(refs), si.Docs(), m.Docs))
		}
		if k > 0 {
			if h0, h := x.shards[0].Header(), si.Header(); h.Vocab != h0.Vocab || h.EOT != h0.EOT {
				return fail(fmt.Errorf("shard %s: %w: vocabulary or separator differs from shard 0's", sdir, sarray.ErrFormat))
			}
		}
		x.Refs = append(x.Refs, refs...)
		x.first = append(x.first, x.first[k]+si.Docs())
		x.off = append(x.off, x.off[k]+si.Tokens())
	}
	if len(x.shards) == 0 {
		return fail(fmt.Errorf("shard set %s: %w: no shards", dir, sarray.ErrFormat))
	}
	if got := sarray.CorpusVersion(x.Refs).String(); got != set.Corpus {
		return fail(fmt.Errorf("shard set %s: %w: shards hold corpus %.12s…, the set says %.12s…", dir, sarray.ErrCorpusVersion, got, set.Corpus))
	}
	return x, nil
}

// Close unmaps every shard.
func (x *Index) Close() error {
	var first error
	for _, s := range x.shards {
		if err := s.Close(); err != nil && first == nil {
			first = err
		}
	}
	x.shards = nil
	return first
}

// Shards is the number of shards.
func (x *Index) Shards() int { return len(x.shards) }

// Shard returns shard k's index (for inspection).
func (x *Index) Shard(k int) *sarray.Index { return x.shards[k] }

// Docs is the number of documents of all shards.
func (x *Index) Docs() int { return x.first[len(x.shards)] }

// Tokens is the corpus length of all shards, separators included.
func (x *Index) Tokens() int64 { return x.off[len(x.shards)] }

// TextTokens is the number of non-separator tokens.
func (x *Index) TextTokens() int64 { return x.Tokens() - int64(x.Docs()) }

// CheckQuery refuses what sarray.Index.CheckQuery refuses (all shards share one vocabulary).
func (x *Index) CheckQuery(q []int) error { return x.shards[0].CheckQuery(q) }

// Count is the number of occurrences of q in all shards: the sum of the shards'
// counts. Cost: S · O(len(q) · log(T/S)), over the fan-out's workers.
func (x *Index) Count(q []int) (int64, error) {
	if err := x.CheckQuery(q); err != nil {
		return 0, err
	}
	ns := make([]int64, len(x.shards))
	x.fanOut(func(k int) {
		lo, hi := x.shards[k].Find(q)
		ns[k] = hi - lo
	})
	var n int64
	for _, c := range ns {
		n += c
	}
	return n, nil
}

// LongestMatch is the longest prefix of q found in any shard, with its count over
// all shards (those shards whose longest match is shorter hold none of it).
func (x *Index) LongestMatch(q []int) sarray.Match {
	ms := make([]sarray.Match, len(x.shards))
	x.fanOut(func(k int) { ms[k] = x.shards[k].LongestMatch(q) })
	return mergeMatches(ms)
}

// mergeMatches merges the shards' longest matches of one query, in shard order.
func mergeMatches(ms []sarray.Match) sarray.Match {
	var m sarray.Match
	for _, sm := range ms {
		switch {
		case sm.Len > m.Len:
			m = sm
		case sm.Len == m.Len && sm.Len > 0:
			m.Count += sm.Count
		}
	}
	return m
}

// LongestMatches is sarray.Index.LongestMatches over all shards: each shard answers
// every position (one fan-out), then positions are merged in shard order.
func (x *Index) LongestMatches(q []int) ([]sarray.Match, error) {
	if err := x.CheckQuery(q); err != nil {
		return nil, err
	}
	per := make([][]sarray.Match, len(x.shards))
	x.fanOut(func(k int) {
		per[k] = make([]sarray.Match, len(q))
		for i := range q {
			per[k][i] = x.shards[k].LongestMatch(q[i:])
		}
	})
	out := make([]sarray.Match, len(q))
	ms := make([]sarray.Match, len(x.shards))
	for i := range q {
		for k := range per {
			ms[k] = per[k][i]
		}
		out[i] = mergeMatches(ms)
	}
	return out, nil
}

// Spans is sarray.Index.Spans over all shards (sarray.SpansOf).
func (x *Index) Spans(q []int, opts *sarray.SpanOptions) ([]sarray.Span, error) {
	return sarray.SpansOf(x, q, opts)
}

// Resolve is sarray.Corpus.Resolve over all shards.
func (x *Index) Resolve(tok tokenizer.Tokenizer, q []int, spans []sarray.Span, context int) []sarray.SpanReport {
	return sarray.ResolveSpans(x, x.Refs, tok, q, spans, context)
}

// shardOfDoc is the shard holding global document d.
func (x *Index) shardOfDoc(d int) int {
	return sort.Search(len(x.shards), func(k int) bool { return x.first[k+1] > d })
}

// DocTokens is sarray.Index.DocTokens for global document d. It panics if d is out
// of range.
func (x *Index) DocTokens(d, from, to int) []int {
	if d < 0 || d >= x.Docs() {
		panic(fmt.Sprintf("shard: document %d out of range [0, %d)", d, x.Docs()))
	}
	k := x.shardOfDoc(d)
	return x.shards[k].DocTokens(d-x.first[k], from, to)
}

// DocLen is the length of global document d in tokens.
func (x *Index) DocLen(d int) int {
	k := x.shardOfDoc(d)
	return x.shards[k].DocLen(d - x.first[k])
}

// globalToken is the token at global position g, -1 past the end.
func (x *Index) globalToken(g int64) int32 {
	if g >= x.Tokens() {
		return -1
	}
	k := sort.Search(len(x.shards), func(k int) bool { return x.off[k+1] > g })
	return x.shards[k].TokenAt(g - x.off[k])
}

// compareSuffixes orders the global suffixes at g1 and g2 (g1 ≠ g2), which agree on
// their first skip tokens, as the monolithic suffix array does.
func (x *Index) compareSuffixes(g1, g2 int64, skip int) int {
	for i := int64(skip); ; i++ {
		a, b := x.globalToken(g1+i), x.globalToken(g2+i)
		if a != b {
			return cmp.Compare(a, b)
		}
		if a < 0 {
			return cmp.Compare(g2, g1) // unreachable for distinct suffixes
		}
	}
}

// reachesEnd reports whether shard k's text from b to its end is a prefix of its
// text from a (they agree on the first skip tokens): then the shard sorted b before
// a only because its text ends there, and the global order may differ.
func (x *Index) reachesEnd(k int, b, a int64, skip int) bool {
	s := x.shards[k]
	end := s.Tokens()
	for i := int64(skip); ; i++ {
		if b+i >= end {
			return true
		}
		if a+i >= end || s.TokenAt(b+i) != s.TokenAt(a+i) {
			return false
		}
	}
}

// Locate is sarray.Index.Locate over all shards: the total count and up to limit
// occurrences (limit ≤ 0: all) sorted by global document and offset; with a limit,
// the first occurrences in global suffix order, as the monolithic index picks them.
// Cost: S · O(len(q) · log(T/S)) plus O(limit · S · log) candidates, each compared
// over their common continuation.
func (x *Index) Locate(q []int, limit int) ([]sarray.Location, int64, error) {
	if err := x.CheckQuery(q); err != nil {
		return nil, 0, err
	}
	type occ struct {
		k   int
		pos int64
	}
	los, his := make([]int64, len(x.shards)), make([]int64, len(x.shards))
	x.fanOut(func(k int) { los[k], his[k] = x.shards[k].Find(q) })
	var total int64
	for k := range x.shards {
		total += his[k] - los[k]
	}
	all := limit <= 0 || int64(limit) >= total
	per := make([][]occ, len(x.shards))
	x.fanOut(func(k int) {
		s := x.shards[k]
		if all {
			for r := los[k]; r < his[k]; r++ {
				per[k] = append(per[k], occ{k, s.Suffix(r)})
			}
			return
		}
		// The shard's first limit occurrences that keep their rank globally, and
		// the ambiguous ones before them (see the package comment).
		kept := 0
		for r := los[k]; r < his[k] && kept < limit; r++ {
			p := s.Suffix(r)
			per[k] = append(per[k], occ{k, p})
			if r+1 >= his[k] || !x.reachesEnd(k, p, s.Suffix(r+1), len(q)) {
				kept++
			}
		}
	})
	var cands []occ
	for _, c := range per {
		cands = append(cands, c...)
	}
	if !all {
		slices.SortFunc(cands, func(a, b occ) int {
			return x.compareSuffixes(x.off[a.k]+a.pos, x.off[b.k]+b.pos, len(q))
		})
		cands = cands[:limit]
	}
	out := make([]sarray.Location, len(cands))
	for i, c := range cands {
		l := x.shards[c.k].Position(c.pos)
		l.Doc += x.first[c.k]
		out[i] = l
	}
	slices.SortFunc(out, func(a, b sarray.Location) int {
		return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Offset, b.Offset))
	})
	return out, total, nil
}

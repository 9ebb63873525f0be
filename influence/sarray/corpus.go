package sarray

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"poa/inference/tokenizer"
	"poa/store"
)

// DocRef names the data point behind a document id.
type DocRef struct {
	Datanet     string `json:"datanet"`
	Point       string `json:"point"`
	Contributor string `json:"contributor"`
}

// CorpusVersion is the sha256 of the document list, "datanet\x00point id\n" per
// document in document-id order. Point ids are content hashes, so it changes with
// any added, removed or edited data point.
func CorpusVersion(refs []DocRef) Hash {
	h := sha256.New()
	buf := make([]byte, 0, 32<<10)
	for _, r := range refs {
		buf = append(append(buf, r.Datanet...), 0)
		buf = append(append(buf, r.Point...), '\n')
		if len(buf) >= 16<<10 {
			h.Write(buf)
			buf = buf[:0]
		}
	}
	h.Write(buf)
	var out Hash
	h.Sum(out[:0])
	return out
}

// tokenizerProbe is encoded by TokenizerHash so that merges, not only the
// vocabulary, enter the fingerprint.
const tokenizerProbe = "The quick brown fox's 12,345 jumps — über naïve 日本語\n\tdon't <|endoftext|> ok"

// TokenizerHash fingerprints a tokenizer: vocabulary size, EOT, every token's display
// form and the encoding of a probe text. Cost: O(VocabSize).
func TokenizerHash(tok tokenizer.Tokenizer) Hash {
	h := sha256.New()
	var b [8]byte
	binary.LittleEndian.PutUint32(b[:], uint32(tok.VocabSize()))
	binary.LittleEndian.PutUint32(b[4:], uint32(tok.EOT()))
	h.Write(b[:])
	for id := 0; id < tok.VocabSize(); id++ {
		h.Write([]byte(tok.Token(id)))
		h.Write([]byte{0})
	}
	for _, id := range tok.Encode(tokenizerProbe) {
		binary.LittleEndian.PutUint32(b[:], uint32(id))
		h.Write(b[:4])
	}
	var out Hash
	h.Sum(out[:0])
	return out
}

// Meta is the index's record in the store (kind store.KindIndex, key MetaKey).
type Meta struct {
	File      string   `json:"file"`      // index file, relative to the store's files folder
	DocsFile  string   `json:"docs_file"` // document table (docs.bin; docs.jsonl, JSON lines of DocRef, before)
	Corpus    string   `json:"corpus"`    // corpus version, hex
	Tokenizer string   `json:"tokenizer"` // tokenizer fingerprint, hex
	TokName   string   `json:"tokenizer_name"`
	Model     string   `json:"model,omitempty"` // model whose tokenizer was used ("" = GPT-2)
	Datanets  []string `json:"datanets"`
	// Counts holds each datanet's committed points at build time; OpenStore
	// compares them with the store's to detect a stale index (see Staleness).
	Counts      map[string]DatanetCount `json:"counts"`
	Docs        int64                   `json:"docs"`
	Tokens      int64                   `json:"tokens"`
	Width       int                     `json:"width"`
	Bytes       int64                   `json:"bytes"`
	Built       time.Time               `json:"built"`
	TokenizeSec float64                 `json:"tokenize_seconds"`
	SortSec     float64                 `json:"sort_seconds"`
	WriteSec    float64                 `json:"write_seconds"`
}

// DatanetCount is a datanet's committed points when the index was built. (Records
// written before this rule also hold an "imports" counter, now ignored: an import of
// duplicates adds no document.)
type DatanetCount struct {
	Points int `json:"points"`
}

func countsOf(dns []store.Datanet) map[string]DatanetCount {
	m := make(map[string]DatanetCount, len(dns))
	for _, d := range dns {
		if d.Points > 0 {
			m[d.Name] = DatanetCount{d.Points}
		}
	}
	return m
}

// Staleness describes how the store's datanets differ from the documents an index
// built with counts covers ("" if they agree). The store only ever adds points, and a
// point's id is the hash of its text (an edit is a new point), so a datanet whose
// committed point count is unchanged holds the same points: imports that add nothing
// (all duplicates) and empty datanets leave the index valid; any added point makes it
// stale. Cost: one read of the datanet records.
func Staleness(counts map[string]DatanetCount, dns []store.Datanet) string {
	now := countsOf(dns)
	var diffs []string
	for name, c := range now {
		b, ok := counts[name]
		switch {
		case !ok || b.Points == 0:
			diffs = append(diffs, fmt.Sprintf("%s: %d points, none indexed", name, c.Points))
		case b != c:
			diffs = append(diffs, fmt.Sprintf("%s: %d points indexed, %d now", name, b.Points, c.Points))
		}
	}
	for name, b := range counts {
		if _, ok := now[name]; !ok && b.Points > 0 {
			diffs = append(diffs, fmt.Sprintf("%s: %d points indexed, none now", name, b.Points))
		}
	}
	slices.Sort(diffs)
	return strings.Join(diffs, "; ")
}

// MetaKey is the key of the suffix-array index record under store.KindIndex.
const MetaKey = "sarray"

// Store-relative paths of the index files.
var (
	indexFile = []string{"index", "sarray", "corpus.sa"}
	docsFile  = []string{"index", "sarray", "docs.bin"}
	// legacyDocsFile is the JSON-lines document table of earlier builds, removed
	// when the index is rebuilt.
	legacyDocsFile = []string{"index", "sarray", "docs.jsonl"}
)

// BuildOptions names the tokenizer a store index is built with.
type BuildOptions struct {
	Tokenizer tokenizer.Tokenizer
	TokName   string // e.g. "gpt2" or "model:tiny" (≤ 32 bytes)
	Model     string // recorded in Meta; "" for GPT-2
	// Progress, if set, receives (phase, done, total): "tokenize" in documents,
	// "sort" in tokens, "write" in bytes.
	Progress func(phase string, done, total int64)
}

// BuildStore indexes every committed data point of every datanet of s (datanets in
// name order, points in id order; document id = position in that order), writes the
// index file and the document table under the store's files folder and records Meta.
// Tokenizing runs on all cores; ctx cancels it between documents. On error the
// previous index, if any, stays in place. Builds (and EnsureStore) of one store are
// serialized within the process.
func BuildStore(ctx context.Context, s *store.Store, o BuildOptions) (Meta, error) {
	mu := storeLock(s)
	mu.Lock()
	defer mu.Unlock()
	return buildStore(ctx, s, o)
}

// buildLocks holds a mutex per store folder (BuildStore, EnsureStore).
var buildLocks sync.Map

func storeLock(s *store.Store) *sync.Mutex {
	mu, _ := buildLocks.LoadOrStore(filepath.Clean(s.Dir()), &sync.Mutex{})
	return mu.(*sync.Mutex)
}

// EnsureStore opens the store's index for o.Tokenizer (as OpenStore does), first
// building it with o (BuildStore) when there is none, when data points were added
// since it was built (Staleness), or when it was built with another tokenizer or its
// files disagree on the corpus version (ErrNoIndex, ErrCorpusVersion). It returns the
// open index and why it was built ("" when the existing one was current). The build
// is logged at INFO: why, each phase with its progress every 2 s, the result. A
// damaged file (ErrChecksum, ErrTruncated, ErrFormat) is returned as an error, not
// rebuilt over. Builds of one store are serialized within the process, so concurrent
// callers build once.
func EnsureStore(ctx context.Context, s *store.Store, o BuildOptions) (*Corpus, string, error) {
	if c, err := OpenStore(s, o.Tokenizer, nil); err == nil {
		return c, "", nil // the common case, without waiting for the lock
	}
	mu := storeLock(s)
	mu.Lock()
	defer mu.Unlock()
	c, err := OpenStore(s, o.Tokenizer, nil)
	switch {
	case err == nil:
		return c, "", nil
	case !errors.Is(err, ErrNoIndex) && !errors.Is(err, ErrCorpusVersion):
		return nil, "", fmt.Errorf("%w (run `poa index build` to rebuild it)", err)
	}
	reason := strings.TrimSuffix(strings.TrimSuffix(err.Error(), " (run `poa index build`)"), "; run `poa index build`")
	slog.Info("building the suffix-array index", "reason", reason, "tokenizer", o.TokName)
	progress := o.Progress
	last, logged := "", time.Time{}
	o.Progress = func(phase string, done, total int64) {
		if phase != last || time.Since(logged) >= 2*time.Second {
			slog.Info("index build", "phase", phase, "done", done, "total", total)
			last, logged = phase, time.Now()
		}
		if progress != nil {
			progress(phase, done, total)
		}
	}
	t0 := time.Now()
	meta, err := buildStore(ctx, s, o)
	if err != nil {
		return nil, "", fmt.Errorf("build the suffix-array index (%s): %w", reason, err)
	}
	slog.Info("suffix-array index built", "docs", meta.Docs, "tokens", meta.Tokens, "seconds", time.Since(t0).Seconds())
	c, err = OpenStore(s, o.Tokenizer, nil)
	if err != nil {
		return nil, "", err
	}
	return c, reason, nil
}

func buildStore(ctx context.Context, s *store.Store, o BuildOptions) (Meta, error) {
	progress := o.Progress
	if progress == nil {
		progress = func(string, int64, int64) {}
	}
	var refs []DocRef
	var texts []string
	meta := Meta{TokName: o.TokName, Model: o.Model}
	// Read every datanet; if an import commits meanwhile, read again.
	for attempt := 0; ; attempt++ {
		dns, err := s.Datanets()
		if err != nil {
			return Meta{}, err
		}
		refs, texts, meta.Datanets = nil, nil, []string{}
		for _, d := range dns {
			meta.Datanets = append(meta.Datanets, d.Name)
			err := s.Points(d.Name, func(p store.DataPoint) error {
				refs = append(refs, DocRef{Datanet: d.Name, Point: p.ID, Contributor: p.Contributor})
				texts = append(texts, p.Text)
				return ctx.Err()
			})
			if err != nil {
				return Meta{}, fmt.Errorf("sarray: read datanet %s: %w", d.Name, err)
			}
		}
		after, err := s.Datanets()
		if err != nil {
			return Meta{}, err
		}
		if Staleness(countsOf(dns), after) == "" {
			meta.Counts = countsOf(dns)
			break
		}
		if attempt == 2 {
			return Meta{}, fmt.Errorf("sarray: datanets keep changing while the index is read; try again")
		}
	}
	t0 := time.Now()
	ids, err := encodeAll(ctx, o.Tokenizer, texts, func(done int) { progress("tokenize", int64(done), int64(len(texts))) })
	if err != nil {
		return Meta{}, err
	}
	meta.TokenizeSec = time.Since(t0).Seconds()
	b := NewBuilder(o.Tokenizer.VocabSize(), o.Tokenizer.EOT())
	total := 0
	for _, doc := range ids {
		total += len(doc) + 1
	}
	b.Grow(total, len(ids))
	for i, doc := range ids {
		if err := b.Add(doc); err != nil {
			return Meta{}, fmt.Errorf("data point %s/%s: %w", refs[i].Datanet, refs[i].Point, err)
		}
		ids[i] = nil
	}
	corpus, tokHash := CorpusVersion(refs), TokenizerHash(o.Tokenizer)

	docsPath, err := s.FilePath(docsFile...)
	if err != nil {
		return Meta{}, err
	}
	table, err := encodeDocTable(refs)
	if err != nil {
		return Meta{}, err
	}
	if err := writeAtomic(docsPath+".new", table); err != nil {
		return Meta{}, err
	}
	idxPath, err := s.FilePath(indexFile...)
	if err != nil {
		return Meta{}, err
	}
	st, err := b.Write(ctx, idxPath+".new", Identity{Corpus: corpus, Tokenizer: tokHash, TokName: o.TokName}, progress)
	if err != nil {
		os.Remove(docsPath + ".new")
		return Meta{}, err
	}
	if err := os.Rename(docsPath+".new", docsPath); err != nil {
		return Meta{}, fmt.Errorf("sarray: %w", err)
	}
	if err := os.Rename(idxPath+".new", idxPath); err != nil {
		return Meta{}, fmt.Errorf("sarray: %w", err)
	}
	if legacy, err := s.FilePath(legacyDocsFile...); err == nil {
		os.Remove(legacy) // superseded by docsPath; absent unless built by an earlier poa
	}
	meta.File, meta.DocsFile = filepath.Join(indexFile...), filepath.Join(docsFile...)
	meta.Corpus, meta.Tokenizer = corpus.String(), tokHash.String()
	meta.Docs, meta.Tokens, meta.Width, meta.Bytes = st.Docs, st.Tokens, st.Width, st.Bytes
	meta.SortSec, meta.WriteSec = st.SortTime.Seconds(), st.WriteTime.Seconds()
	meta.Built = time.Now().UTC()
	if err := s.Put(store.KindIndex, MetaKey, meta); err != nil {
		return meta, err
	}
	return meta, nil
}

// encodeAll tokenizes texts on all cores, preserving order.
func encodeAll(ctx context.Context, tok tokenizer.Tokenizer, texts []string, progress func(int)) ([][]int, error) {
	out := make([][]int, len(texts))
	workers := runtime.GOMAXPROCS(0)
	var next, done int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= int64(len(texts)) || ctx.Err() != nil {
					return
				}
				out[i] = tok.Encode(texts[i])
				mu.Lock()
				done++
				if done%256 == 0 || done == int64(len(texts)) {
					progress(int(done))
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

func writeAtomic(path string, b []byte) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("sarray: %w", err)
	}
	if _, err := f.Write(b); err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("sarray: write %s: %w", path, err)
	}
	return nil
}

// Corpus is a store's index opened for queries: the index, its document table and
// its record.
type Corpus struct {
	*Index
	Meta Meta
	// Refs names the data point of each document id. The document table is read
	// once per process while its file is unchanged, and Refs is shared by every
	// Corpus opened from it: read-only.
	Refs []DocRef
}

// OpenStore opens the index recorded in s. It checks that the document table, the
// record and the index file agree on the corpus version, that no datanet gained points
// since the build (Staleness; OpenOptions.AllowStale skips this) — both
// ErrCorpusVersion — and,
// when tok is not nil, that the index was built with tok (ErrCorpusVersion: rebuild
// with `poa index build`). ErrNoIndex if none was built. The document table is read
// and checked once per process while its file is unchanged (readDocTable); each call
// still reads the index record and the datanet counts, so staleness is always current.
func OpenStore(s *store.Store, tok tokenizer.Tokenizer, opts *OpenOptions) (*Corpus, error) {
	var meta Meta
	if err := s.Get(store.KindIndex, MetaKey, &meta); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, fmt.Errorf("%w (run `poa index build`)", ErrNoIndex)
		}
		return nil, err
	}
	docsPath := filepath.Join(s.Dir(), "files", meta.DocsFile)
	refs, corpus, err := readDocTable(docsPath)
	if err != nil {
		return nil, err
	}
	if corpus.String() != meta.Corpus {
		return nil, fmt.Errorf("%s: %w: document table is of corpus %.12s…, the index record says %.12s…",
			docsPath, ErrCorpusVersion, corpus, meta.Corpus)
	}
	o := OpenOptions{}
	if opts != nil {
		o = *opts
	}
	if !o.AllowStale {
		dns, err := s.Datanets()
		if err != nil {
			return nil, err
		}
		if d := Staleness(meta.Counts, dns); d != "" {
			return nil, fmt.Errorf("%w: stale: data points were added since the index was built (%s); run `poa index build`", ErrCorpusVersion, d)
		}
	}
	o.Corpus = &corpus
	if tok != nil {
		th := TokenizerHash(tok)
		o.Tokenizer = &th
	}
	x, err := Open(filepath.Join(s.Dir(), "files", meta.File), &o)
	if err != nil {
		return nil, err
	}
	if int64(len(refs)) != x.h.Docs {
		x.Close()
		return nil, fmt.Errorf("%s: %w: %d documents, the index has %d", docsPath, ErrFormat, len(refs), x.h.Docs)
	}
	return &Corpus{Index: x, Meta: meta, Refs: refs}, nil
}

// parseDocTable decodes a document table of earlier builds (JSON lines of DocRef);
// path is used in errors. Errors wrap ErrFormat and name the line.
func parseDocTable(r io.Reader, path string) ([]DocRef, error) {
	var refs []DocRef
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		var r DocRef
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil || r.Datanet == "" || r.Point == "" {
			return nil, fmt.Errorf("%s:%d: %w: bad document entry", path, line, ErrFormat)
		}
		refs = append(refs, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w: %v", path, ErrFormat, err)
	}
	return refs, nil
}

// DocHit is one occurrence of a span, resolved to its data point.
type DocHit struct {
	Doc     int    `json:"doc"`
	DocRef         // datanet, point, contributor
	Offset  int    `json:"offset"`  // token offset in the data point
	Snippet string `json:"snippet"` // the matched text with up to context tokens each side
}

// SpanReport is a merged span with its text and documents resolved.
type SpanReport struct {
	Start int        `json:"start"` // token range in the query
	End   int        `json:"end"`
	Text  string     `json:"text"`
	Parts []SpanPart `json:"parts"`
	Docs  []DocHit   `json:"docs"`
}

// Resolve turns spans of q into reports: span text, and each document's data point
// and a snippet of context tokens around the match (decoded with tok).
func (c *Corpus) Resolve(tok tokenizer.Tokenizer, q []int, spans []Span, context int) []SpanReport {
	return ResolveSpans(c, c.Refs, tok, q, spans, context)
}

// WordStarts returns a SpanOptions.WordStart for tok's tokens: position 0, a token
// whose display form starts with a space, newline or tab (Ġ, Ċ, ĉ), or a token
// starting with a letter or digit after one ending in neither (as after "(" or '"').
func WordStarts(tok tokenizer.Tokenizer) func(q []int, i int) bool {
	return func(q []int, i int) bool {
		if i == 0 {
			return true
		}
		cur := tok.Token(q[i])
		if strings.HasPrefix(cur, "Ġ") || strings.HasPrefix(cur, "Ċ") || strings.HasPrefix(cur, "ĉ") {
			return true
		}
		first, _ := utf8.DecodeRuneInString(cur)
		last, _ := utf8.DecodeLastRuneInString(tok.Token(q[i-1]))
		alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
		return alnum(first) && !alnum(last)
	}
}

package sarray

import (
	"bufio"
	"context"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// Builder collects the tokenized documents of a corpus and writes their index.
// Memory while building: 4 bytes per token for the text and 4 for the suffix array,
// plus one byte per token of SA-IS types.
type Builder struct {
	vocab, eot int
	text       []int32
	starts     []int64
}

// NewBuilder returns a Builder for token ids in [0, vocab) with eot, the separator
// written after every document. It panics if eot is not in [0, vocab).
func NewBuilder(vocab, eot int) *Builder {
	if eot < 0 || eot >= vocab {
		panic(fmt.Sprintf("sarray: separator %d outside vocabulary %d", eot, vocab))
	}
	return &Builder{vocab: vocab, eot: eot, starts: []int64{0}}
}

// Add appends one document; its id is the number of documents added before it.
// A token outside [0, vocab) or equal to the separator is an error (ErrTokenRange),
// and the document is not added.
func (b *Builder) Add(ids []int) error {
	for i, id := range ids {
		if id < 0 || id >= b.vocab || id == b.eot {
			return fmt.Errorf("%w: document %d token %d is %d (vocabulary %d, separator %d)",
				ErrTokenRange, len(b.starts)-1, i, id, b.vocab, b.eot)
		}
	}
	if int64(len(b.text))+int64(len(ids))+1 >= 1<<31 {
		return fmt.Errorf("%w: document %d would bring it past 2^31-1 tokens", ErrTooLarge, len(b.starts)-1)
	}
	for _, id := range ids {
		b.text = append(b.text, int32(id))
	}
	b.text = append(b.text, int32(b.eot))
	b.starts = append(b.starts, int64(len(b.text)))
	return nil
}

// Grow reserves room for n more tokens (separators included) and docs more
// documents, so that adding a corpus of known size does not reallocate.
func (b *Builder) Grow(n, docs int) {
	b.text = slices.Grow(b.text, n)
	b.starts = slices.Grow(b.starts, docs)
}

// Docs is the number of documents added.
func (b *Builder) Docs() int { return len(b.starts) - 1 }

// Tokens is the corpus length so far, separators included.
func (b *Builder) Tokens() int64 { return int64(len(b.text)) }

// Identity names what an index was built from; it goes into the file header.
type Identity struct {
	Corpus    Hash   // corpus version (e.g. CorpusVersion of the document list)
	Tokenizer Hash   // tokenizer fingerprint (TokenizerHash)
	TokName   string // tokenizer name, at most 32 bytes
}

// BuildStats reports what Write did.
type BuildStats struct {
	Tokens    int64         `json:"tokens"`
	Docs      int64         `json:"docs"`
	Width     int           `json:"width"`
	Bytes     int64         `json:"bytes"`
	SortTime  time.Duration `json:"sort_ns"`
	WriteTime time.Duration `json:"write_ns"`
}

// Write sorts the suffixes (SA-IS) and writes the index file at path atomically
// (a temporary file renamed into place; on any error nothing is left at path).
// progress, if not nil, is called with a phase name ("sort", "write") and
// done/total bytes of that phase. ctx is checked between phases and while writing.
func (b *Builder) Write(ctx context.Context, path string, id Identity, progress func(phase string, done, total int64)) (BuildStats, error) {
	if len(id.TokName) > 32 {
		return BuildStats{}, fmt.Errorf("sarray: tokenizer name %q longer than 32 bytes", id.TokName)
	}
	if progress == nil {
		progress = func(string, int64, int64) {}
	}
	n := int64(len(b.text))
	h := Header{Version: fileVersion, Width: 4, Tokens: n, Docs: int64(b.Docs()), Vocab: b.vocab, EOT: b.eot,
		Corpus: id.Corpus, Tokenizer: id.Tokenizer, TokName: id.TokName}
	if b.vocab <= 1<<16 {
		h.Width = 2
	}
	h.layout()
	st := BuildStats{Tokens: n, Docs: h.Docs, Width: h.Width, Bytes: h.size}

	progress("sort", 0, n)
	t0 := time.Now()
	sa := make([]int32, n)
	sais(b.text, sa, b.vocab)
	st.SortTime = time.Since(t0)
	progress("sort", n, n)
	if err := ctx.Err(); err != nil {
		return st, err
	}

	t0 = time.Now()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return st, fmt.Errorf("sarray: %w", err)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return st, fmt.Errorf("sarray: %w", err)
	}
	tmp := f.Name()
	fail := func(err error) (BuildStats, error) {
		f.Close()
		os.Remove(tmp)
		return st, err
	}
	crc := crc32.New(castagnoli)
	bw := bufio.NewWriterSize(io.MultiWriter(f, crc), 1<<20)
	if _, err := f.Write(make([]byte, headerSize)); err != nil {
		return fail(fmt.Errorf("sarray: write %s: %w", path, err))
	}
	w := &sectionWriter{w: bw, ctx: ctx, progress: progress, total: h.size - headerSize}
	var buf [8]byte
	for _, t := range b.text {
		if h.Width == 2 {
			binary.LittleEndian.PutUint16(buf[:], uint16(t))
		} else {
			binary.LittleEndian.PutUint32(buf[:], uint32(t))
		}
		w.write(buf[:h.Width])
	}
	pad := h.docOff - (h.tokOff + n*int64(h.Width))
	w.write(make([]byte, pad))
	for _, s := range b.starts {
		binary.LittleEndian.PutUint64(buf[:], uint64(s))
		w.write(buf[:8])
	}
	for _, p := range sa {
		binary.LittleEndian.PutUint32(buf[:], uint32(p))
		w.write(buf[:4])
	}
	if w.err == nil {
		w.err = bw.Flush()
	}
	if w.err != nil {
		return fail(fmt.Errorf("sarray: write %s: %w", path, w.err))
	}
	h.payload = crc.Sum32()
	if _, err := f.WriteAt(h.encode(), 0); err != nil {
		return fail(fmt.Errorf("sarray: write %s: %w", path, err))
	}
	if err := f.Sync(); err != nil {
		return fail(fmt.Errorf("sarray: write %s: %w", path, err))
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return st, fmt.Errorf("sarray: write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return st, fmt.Errorf("sarray: %w", err)
	}
	st.WriteTime = time.Since(t0)
	return st, nil
}

// sectionWriter writes through a buffered writer, remembering the first error,
// reporting progress and checking ctx every MiB.
type sectionWriter struct {
	w        *bufio.Writer
	ctx      context.Context
	progress func(string, int64, int64)
	done     int64
	total    int64
	next     int64
	err      error
}

func (s *sectionWriter) write(p []byte) {
	if s.err != nil {
		return
	}
	_, s.err = s.w.Write(p)
	s.done += int64(len(p))
	if s.done >= s.next {
		s.next = s.done + 1<<20
		s.progress("write", s.done, s.total)
		if s.err == nil {
			s.err = s.ctx.Err()
		}
	}
}

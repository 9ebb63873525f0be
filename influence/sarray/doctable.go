package sarray

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"log/slog"
	"os"
	"sync"
	"syscall"
	"unsafe"
)

// Document table file layout (little endian), version 1 — docs.bin:
//
//	[0,128)    header (below), its last 4 bytes a CRC-32C of the first 124
//	offsets    3·docs+1 uint32 string offsets: field f (0 datanet, 1 point,
//	           2 contributor) of document i is strings[off[3i+f] : off[3i+f+1]]
//	strings    the fields' bytes, back to back
//
// Header fields:
//
//	0   magic "POADOCS\x00"   8   version uint32   12  reserved uint32 (0)
//	16  docs uint64           24  string bytes uint64
//	32  corpus version [32]byte (CorpusVersion of the table's documents)
//	64  payload CRC-32C uint32 (bytes [128, size))   124 header CRC-32C uint32
//
// It replaces the JSON-lines table (docs.jsonl) of earlier builds, which OpenStore
// still reads: a binary table is validated by two CRCs and its offsets, and its
// strings are taken in one copy, with no per-document parsing.
const (
	docsHeaderSize = 128
	docsVersion    = 1
	// maxDocStrings bounds a table's string bytes (uint32 offsets).
	maxDocStrings = 1<<32 - 1
)

var docsMagic = [8]byte{'P', 'O', 'A', 'D', 'O', 'C', 'S', 0}

// encodeDocTable returns the binary document table of refs (docs.bin).
func encodeDocTable(refs []DocRef) ([]byte, error) {
	n := 0
	for _, r := range refs {
		n += len(r.Datanet) + len(r.Point) + len(r.Contributor)
	}
	if n > maxDocStrings {
		return nil, fmt.Errorf("%w: document table of %d string bytes (at most %d)", ErrTooLarge, n, maxDocStrings)
	}
	offEnd := docsHeaderSize + 4*(3*len(refs)+1)
	b := make([]byte, offEnd+n)
	le := binary.LittleEndian
	copy(b, docsMagic[:])
	le.PutUint32(b[8:], docsVersion)
	le.PutUint64(b[16:], uint64(len(refs)))
	le.PutUint64(b[24:], uint64(n))
	corpus := CorpusVersion(refs)
	copy(b[32:64], corpus[:])
	o, s := docsHeaderSize, offEnd
	put := func(f string) {
		s += copy(b[s:], f)
		o += 4
		le.PutUint32(b[o:], uint32(s-offEnd))
	}
	for _, r := range refs {
		put(r.Datanet)
		put(r.Point)
		put(r.Contributor)
	}
	le.PutUint32(b[64:], crc32.Checksum(b[docsHeaderSize:], castagnoli))
	le.PutUint32(b[124:], crc32.Checksum(b[:124], castagnoli))
	return b, nil
}

// isBinaryDocTable says whether b starts like a binary document table.
func isBinaryDocTable(b []byte) bool { return bytes.HasPrefix(b, docsMagic[:]) }

// decodeDocTable validates a binary document table (header and payload CRCs, version,
// sizes, monotone offsets, a datanet and point for every document) and returns its
// documents and the corpus version its header records; path is used in errors, which
// wrap ErrFormat, ErrTruncated or ErrChecksum. The returned strings share one copy of
// the string section, so they stay valid after b is unmapped. Cost: O(len(b)).
func decodeDocTable(b []byte, path string) ([]DocRef, Hash, error) {
	var corpus Hash
	le := binary.LittleEndian
	switch {
	case len(b) < docsHeaderSize:
		return nil, corpus, fmt.Errorf("%s: %w: %d bytes, shorter than the %d-byte header", path, ErrTruncated, len(b), docsHeaderSize)
	case !isBinaryDocTable(b):
		return nil, corpus, fmt.Errorf("%s: %w: bad magic %q", path, ErrFormat, b[:8])
	}
	if got, want := le.Uint32(b[124:]), crc32.Checksum(b[:124], castagnoli); got != want {
		return nil, corpus, fmt.Errorf("%s: %w: header CRC %08x, computed %08x", path, ErrChecksum, got, want)
	}
	if v := le.Uint32(b[8:]); v != docsVersion {
		return nil, corpus, fmt.Errorf("%s: %w: document table version %d (this poa reads %d; run `poa index build`)", path, ErrFormat, v, docsVersion)
	}
	docs, n := le.Uint64(b[16:]), le.Uint64(b[24:])
	if le.Uint32(b[12:]) != 0 || bytes.Count(b[68:124], []byte{0}) != 124-68 {
		return nil, corpus, fmt.Errorf("%s: %w: reserved header bytes are not zero", path, ErrFormat)
	}
	if docs > uint64(len(b)) || n > maxDocStrings {
		return nil, corpus, fmt.Errorf("%s: %w: %d documents, %d string bytes in a %d-byte file", path, ErrFormat, docs, n, len(b))
	}
	size := uint64(docsHeaderSize) + 4*(3*docs+1) + n
	if uint64(len(b)) < size {
		return nil, corpus, fmt.Errorf("%s: %w: %d bytes, header says %d", path, ErrTruncated, len(b), size)
	}
	if uint64(len(b)) > size {
		return nil, corpus, fmt.Errorf("%s: %w: %d bytes, header says %d (trailing data)", path, ErrFormat, len(b), size)
	}
	if got, want := le.Uint32(b[64:]), crc32.Checksum(b[docsHeaderSize:], castagnoli); got != want {
		return nil, corpus, fmt.Errorf("%s: %w: payload CRC %08x, computed %08x", path, ErrChecksum, got, want)
	}
	copy(corpus[:], b[32:64])
	offs := b[docsHeaderSize : docsHeaderSize+4*(3*docs+1)]
	strs := bytes.Clone(b[len(b)-int(n):])
	str := func(lo, hi uint32) string {
		if lo == hi {
			return ""
		}
		return unsafe.String(&strs[lo], int(hi-lo))
	}
	refs := make([]DocRef, docs)
	prev := le.Uint32(offs)
	if prev != 0 {
		return nil, corpus, fmt.Errorf("%s: %w: first string offset %d", path, ErrFormat, prev)
	}
	var f [3]string
	for i := range refs {
		for k := range f {
			next := le.Uint32(offs[4*(3*i+k+1):])
			if next < prev || uint64(next) > n {
				return nil, corpus, fmt.Errorf("%s: %w: document %d: string offsets %d..%d outside 0..%d", path, ErrFormat, i, prev, next, n)
			}
			f[k], prev = str(prev, next), next
		}
		if f[0] == "" || f[1] == "" {
			return nil, corpus, fmt.Errorf("%s: %w: document %d has no datanet or point", path, ErrFormat, i)
		}
		refs[i] = DocRef{Datanet: f[0], Point: f[1], Contributor: f[2]}
	}
	if uint64(prev) != n {
		return nil, corpus, fmt.Errorf("%s: %w: strings end at %d of %d bytes", path, ErrFormat, prev, n)
	}
	return refs, corpus, nil
}

// docTable is a document table read once per process (docTables).
type docTable struct {
	key    fileKey
	refs   []DocRef
	corpus Hash // CorpusVersion(refs)
}

// fileKey identifies one version of a file: a rewrite, in place or by rename, changes
// its inode, size, modification or change time.
type fileKey struct {
	dev, ino     uint64
	size         int64
	mtime, ctime int64
}

func keyOf(fi os.FileInfo) fileKey {
	k := fileKey{size: fi.Size(), mtime: fi.ModTime().UnixNano()}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		k.dev, k.ino = uint64(st.Dev), st.Ino
		k.ctime = st.Ctim.Sec*1e9 + st.Ctim.Nsec
	}
	return k
}

// docTables caches the last version read of each document table path: OpenStore
// then costs a stat, not a read, while the table is unchanged.
var docTables struct {
	sync.Mutex
	m map[string]*docTable
}

// readDocTable returns the documents of the table at path and their corpus version,
// from the process's cache when the file is unchanged (same inode, size, modification
// and change time); else it maps the file read-only, validates it (binary, or the
// JSON lines of earlier builds, read with a note at INFO that `poa index build`
// rewrites it) and caches it. The refs are shared by every caller: read-only.
func readDocTable(path string) ([]DocRef, Hash, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, Hash{}, fmt.Errorf("sarray: document table: %w", err)
	}
	key := keyOf(fi)
	docTables.Lock()
	t := docTables.m[path]
	docTables.Unlock()
	if t != nil && t.key == key {
		return t.refs, t.corpus, nil
	}
	t, err = loadDocTable(path)
	if err != nil {
		return nil, Hash{}, err
	}
	docTables.Lock()
	if docTables.m == nil {
		docTables.m = map[string]*docTable{}
	}
	docTables.m[path] = t
	docTables.Unlock()
	return t.refs, t.corpus, nil
}

func loadDocTable(path string) (*docTable, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("sarray: document table: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("sarray: document table: %w", err)
	}
	t := &docTable{key: keyOf(fi)}
	if fi.Size() == 0 {
		return t, nil // a JSON table of no documents
	}
	if fi.Size() > 1<<40 {
		return nil, fmt.Errorf("%s: %w: %d bytes", path, ErrFormat, fi.Size())
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, int(fi.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, fmt.Errorf("sarray: mmap %s: %w", path, err)
	}
	defer syscall.Munmap(b)
	if !isBinaryDocTable(b) {
		slog.Info("the suffix-array document table is in the JSON form of earlier builds; `poa index build` rewrites it in the binary form, faster to open", "path", path)
		if t.refs, err = parseDocTable(bytes.NewReader(b), path); err != nil {
			return nil, err
		}
		t.corpus = CorpusVersion(t.refs)
		return t, nil
	}
	// The corpus version is the header's: the writer computed it from these documents
	// and the CRCs cover both (recomputing it, a sha256 of every id, would cost more
	// than the rest of the read).
	if t.refs, t.corpus, err = decodeDocTable(b, path); err != nil {
		return nil, err
	}
	return t, nil
}

package store

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"math"
	"unsafe"
)

// Sketch files hold an n×k row-major float32 matrix (one row per training data point:
// a per-example gradient or its sketch) and the table of the rows' data point ids.
//
// Layout (all integers little-endian):
//
//	offset  size  field
//	0       8     magic "POASKT\x00\x01"
//	8       4     format version (SketchFileVersion)
//	12      4     flags (0)
//	16      8     n, rows
//	24      8     k, columns
//	32      8     length in bytes of the ids table
//	40      4     crc32c (Castagnoli) of the matrix bytes followed by the ids table
//	44      4     crc32c of header bytes 0..44
//	48      16    reserved, zero
//	64      4nk   the matrix, float32 IEEE-754, row-major
//	64+4nk  ...   ids table: n entries, each a uvarint length then that many bytes
//
// The file size is exactly 64 + 4nk + ids length; anything else is an error.
const (
	// SketchFileVersion is the sketch file format version this package writes and reads.
	SketchFileVersion = 1
	sketchHeaderSize  = 64
	// maxSketchID bounds one id's length in bytes.
	maxSketchID = 1 << 12
)

var sketchMagic = [8]byte{'P', 'O', 'A', 'S', 'K', 'T', 0, 1}

// SketchHeader is the decoded fixed header of a sketch file.
type SketchHeader struct {
	Version uint32
	N, K    uint64
	IDsLen  uint64
	DataCRC uint32 // crc32c of matrix and ids table
}

// encodeSketchHeader returns the 64 header bytes of h.
func encodeSketchHeader(h SketchHeader) []byte {
	b := make([]byte, sketchHeaderSize)
	copy(b, sketchMagic[:])
	binary.LittleEndian.PutUint32(b[8:], h.Version)
	binary.LittleEndian.PutUint64(b[16:], h.N)
	binary.LittleEndian.PutUint64(b[24:], h.K)
	binary.LittleEndian.PutUint64(b[32:], h.IDsLen)
	binary.LittleEndian.PutUint32(b[40:], h.DataCRC)
	binary.LittleEndian.PutUint32(b[44:], Checksum(b[:44]))
	return b
}

// DecodeSketchHeader parses and checks the fixed header of a sketch file of size
// fileSize bytes. name is used in error messages.
func DecodeSketchHeader(name string, b []byte, fileSize int64) (SketchHeader, error) {
	var h SketchHeader
	if len(b) < sketchHeaderSize {
		return h, fmt.Errorf("sketch file %s: %d header bytes, want %d: %w", name, len(b), sketchHeaderSize, ErrTruncated)
	}
	if [8]byte(b[:8]) != sketchMagic {
		return h, fmt.Errorf("sketch file %s: bad magic %q: %w", name, b[:8], ErrCorrupt)
	}
	if got, want := binary.LittleEndian.Uint32(b[44:]), Checksum(b[:44]); got != want {
		return h, fmt.Errorf("sketch file %s: header checksum %08x, computed %08x: %w", name, got, want, ErrCorrupt)
	}
	h.Version = binary.LittleEndian.Uint32(b[8:])
	if h.Version != SketchFileVersion {
		return h, fmt.Errorf("sketch file %s: format version %d, this poa reads %d: %w", name, h.Version, SketchFileVersion, ErrFormatVersion)
	}
	if flags := binary.LittleEndian.Uint32(b[12:]); flags != 0 {
		return h, fmt.Errorf("sketch file %s: unknown flags %#x: %w", name, flags, ErrCorrupt)
	}
	h.N = binary.LittleEndian.Uint64(b[16:])
	h.K = binary.LittleEndian.Uint64(b[24:])
	h.IDsLen = binary.LittleEndian.Uint64(b[32:])
	h.DataCRC = binary.LittleEndian.Uint32(b[40:])
	const maxDim = 1 << 40
	if h.N > maxDim || h.K > maxDim || h.IDsLen > maxDim || (h.K > 0 && h.N > maxDim/h.K) {
		return h, fmt.Errorf("sketch file %s: implausible shape %d×%d (ids %d bytes): %w", name, h.N, h.K, h.IDsLen, ErrCorrupt)
	}
	if h.IDsLen < h.N {
		return h, fmt.Errorf("sketch file %s: ids table of %d bytes cannot hold %d ids: %w", name, h.IDsLen, h.N, ErrCorrupt)
	}
	want := int64(sketchHeaderSize) + int64(4*h.N*h.K) + int64(h.IDsLen)
	switch {
	case fileSize < want:
		return h, fmt.Errorf("sketch file %s: %d bytes, header says %d (%d×%d): %w", name, fileSize, want, h.N, h.K, ErrTruncated)
	case fileSize > want:
		return h, fmt.Errorf("sketch file %s: %d bytes, header says %d (%d×%d): trailing data: %w", name, fileSize, want, h.N, h.K, ErrCorrupt)
	}
	return h, nil
}

// SketchWriter streams rows into a new sketch file. Rows go to an AtomicFile;
// Close writes the header and commits it, so readers see either the old file or
// the whole new one. Abort (or a failed Close) removes the temporary file. It is
// not safe for concurrent use.
type SketchWriter struct {
	path string
	f    *AtomicFile
	w    *bufio.Writer
	crc  hash.Hash32
	k    int
	n    uint64
	ids  []byte
	buf  []byte
	err  error
}

// CreateSketchFile starts a sketch file at path with rows of k float32 values.
// It panics if k < 1.
func CreateSketchFile(path string, k int) (*SketchWriter, error) {
	if k < 1 {
		panic(fmt.Sprintf("store: sketch dimension %d < 1", k))
	}
	f, err := CreateAtomic(path)
	if err != nil {
		return nil, fmt.Errorf("sketch file %s: %w", path, err)
	}
	sw := &SketchWriter{path: path, f: f, w: bufio.NewWriterSize(f, 1<<20),
		crc: NewChecksum(), k: k, buf: make([]byte, 4*k)}
	if _, err := sw.w.Write(make([]byte, sketchHeaderSize)); err != nil {
		sw.Abort()
		return nil, fmt.Errorf("sketch file %s: %w", path, err)
	}
	return sw, nil
}

// Append adds one row with its data point id. It panics if len(row) != k. A non-finite
// value or an empty or over-long id is an error (ErrInvalidRecord), and the writer is
// then unusable.
func (sw *SketchWriter) Append(id string, row []float32) error {
	if len(row) != sw.k {
		panic(fmt.Sprintf("store: sketch row of %d values, file has k=%d", len(row), sw.k))
	}
	if sw.err != nil {
		return sw.err
	}
	if id == "" || len(id) > maxSketchID {
		sw.err = fmt.Errorf("sketch file %s: row %d: id of %d bytes (want 1..%d): %w", sw.path, sw.n, len(id), maxSketchID, ErrInvalidRecord)
		return sw.err
	}
	for j, v := range row {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			sw.err = fmt.Errorf("sketch file %s: row %d (%s) column %d is %v: %w", sw.path, sw.n, id, j, v, ErrInvalidRecord)
			return sw.err
		}
		binary.LittleEndian.PutUint32(sw.buf[4*j:], math.Float32bits(v))
	}
	sw.crc.Write(sw.buf)
	if _, err := sw.w.Write(sw.buf); err != nil {
		sw.err = fmt.Errorf("sketch file %s: %w", sw.path, err)
		return sw.err
	}
	sw.ids = binary.AppendUvarint(sw.ids, uint64(len(id)))
	sw.ids = append(sw.ids, id...)
	sw.n++
	return nil
}

// Rows is the number of rows appended so far.
func (sw *SketchWriter) Rows() int { return int(sw.n) }

// Close finishes the file: ids table, header, then AtomicFile.Commit (fsync, rename
// over path, fsync of the folder). It returns the header written.
func (sw *SketchWriter) Close() (SketchHeader, error) {
	var h SketchHeader
	if sw.err != nil {
		sw.Abort()
		return h, sw.err
	}
	sw.crc.Write(sw.ids)
	h = SketchHeader{Version: SketchFileVersion, N: sw.n, K: uint64(sw.k), IDsLen: uint64(len(sw.ids)), DataCRC: sw.crc.Sum32()}
	err := func() error {
		if _, err := sw.w.Write(sw.ids); err != nil {
			return err
		}
		if err := sw.w.Flush(); err != nil {
			return err
		}
		if _, err := sw.f.WriteAt(encodeSketchHeader(h), 0); err != nil {
			return err
		}
		return sw.f.Commit()
	}()
	if err != nil {
		sw.Abort()
		return h, fmt.Errorf("sketch file %s: %w", sw.path, err)
	}
	sw.err = errors.New("store: sketch writer closed")
	return h, nil
}

// Abort discards the temporary file; the destination is left as it was.
func (sw *SketchWriter) Abort() {
	sw.f.Abort()
	if sw.err == nil {
		sw.err = errors.New("store: sketch writer aborted")
	}
}

// WriteSketchFile writes the n×k matrix data (row-major, len(data) = len(ids)·k) with its
// ids atomically to path. It panics if the lengths disagree.
func WriteSketchFile(path string, k int, ids []string, data []float32) (SketchHeader, error) {
	if len(data) != len(ids)*k {
		panic(fmt.Sprintf("store: %d values for %d ids × k=%d", len(data), len(ids), k))
	}
	sw, err := CreateSketchFile(path, k)
	if err != nil {
		return SketchHeader{}, err
	}
	for i, id := range ids {
		if err := sw.Append(id, data[i*k:(i+1)*k]); err != nil {
			sw.Abort()
			return SketchHeader{}, err
		}
	}
	return sw.Close()
}

// SketchFile is an open, read-only sketch file. Its matrix is memory-mapped
// (MapFile) on little-endian hosts and copied into memory elsewhere. Close unmaps
// it; slices returned by RawMatrix and Row are invalid afterwards.
type SketchFile struct {
	path   string
	header SketchHeader
	mapped *MappedFile // the whole file, while its matrix is in use
	data   []float32   // n*k
	ids    []string
}

// OpenSketchFile maps path and checks its header, size and (if verify) the checksum of
// its contents, which costs one read pass over the file. Errors wrap ErrTruncated,
// ErrCorrupt or ErrFormatVersion and name the file.
func OpenSketchFile(path string, verify bool) (*SketchFile, error) {
	m, err := MapFile(path)
	if err != nil {
		return nil, fmt.Errorf("sketch file: %w", err)
	}
	sf := &SketchFile{path: path, mapped: m}
	b := m.Bytes()
	h, err := DecodeSketchHeader(path, b[:min(len(b), sketchHeaderSize)], int64(len(b)))
	if err != nil {
		sf.Close()
		return nil, err
	}
	sf.header = h
	body := b[sketchHeaderSize:]
	if verify {
		if got := Checksum(body); got != h.DataCRC {
			sf.Close()
			return nil, fmt.Errorf("sketch file %s: data checksum %08x, header says %08x: %w", path, got, h.DataCRC, ErrCorrupt)
		}
	}
	nk := int(h.N * h.K)
	mat := body[:4*nk]
	ids, err := decodeSketchIDs(path, body[4*nk:], int(h.N))
	if err != nil {
		sf.Close()
		return nil, err
	}
	sf.ids = ids
	switch {
	case nk > 0 && nativeLittleEndian():
		sf.data = unsafe.Slice((*float32)(unsafe.Pointer(&mat[0])), nk)
	default: // copied: the mapping is not needed any more
		data := make([]float32, nk)
		for i := range data {
			data[i] = math.Float32frombits(binary.LittleEndian.Uint32(mat[4*i:]))
		}
		sf.Close()
		sf.data = data
	}
	return sf, nil
}

func decodeSketchIDs(path string, b []byte, n int) ([]string, error) {
	ids := make([]string, n)
	for i := range n {
		l, m := binary.Uvarint(b)
		if m <= 0 || l == 0 || l > maxSketchID || l > uint64(len(b)-m) {
			return nil, fmt.Errorf("sketch file %s: ids table entry %d is malformed: %w", path, i, ErrCorrupt)
		}
		ids[i] = string(b[m : m+int(l)])
		b = b[m+int(l):]
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("sketch file %s: %d bytes after the ids table: %w", path, len(b), ErrCorrupt)
	}
	return ids, nil
}

// Path is the file's path.
func (sf *SketchFile) Path() string { return sf.path }

// Header is the decoded header.
func (sf *SketchFile) Header() SketchHeader { return sf.header }

// Dims returns (n, k): rows and columns.
func (sf *SketchFile) Dims() (n, k int) { return int(sf.header.N), int(sf.header.K) }

// RawMatrix is the n×k row-major matrix. It aliases the mapping: read only.
func (sf *SketchFile) RawMatrix() []float32 { return sf.data }

// Row returns row i (aliasing the mapping). It panics if i is out of range.
func (sf *SketchFile) Row(i int) []float32 {
	k := int(sf.header.K)
	return sf.data[i*k : (i+1)*k : (i+1)*k]
}

// ID returns the data point id of row i.
func (sf *SketchFile) ID(i int) string { return sf.ids[i] }

// IDs returns all row ids in row order; the caller must not modify it.
func (sf *SketchFile) IDs() []string { return sf.ids }

// Close unmaps the file. It is safe to call more than once.
func (sf *SketchFile) Close() error {
	sf.data = nil
	if sf.mapped == nil {
		return nil
	}
	m := sf.mapped
	sf.mapped = nil
	return m.Close()
}

func nativeLittleEndian() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}

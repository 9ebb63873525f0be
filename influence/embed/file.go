package embed

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"os"
	"path/filepath"
)

// File layout (little endian), version 1: a 64-byte header — magic "POAEMBD\x00",
// version uint32, dim uint32, n uint64, payload CRC-32C uint32, zero padding, header
// CRC-32C uint32 in the last 4 bytes — then n int64 keys, then n·dim float32.
const (
	embHeader  = 64
	embVersion = 1
)

var (
	embMagic   = []byte("POAEMBD\x00")
	castagnoli = crc32.MakeTable(crc32.Castagnoli)
)

// Save writes the keys and normalised vectors to path atomically (options and the
// HNSW graph are not saved; the graph is rebuilt on demand after Load).
func (x *Index) Save(path string) error {
	var p bytes.Buffer
	for _, k := range x.keys {
		binary.Write(&p, binary.LittleEndian, int64(k))
	}
	for _, f := range x.vecs {
		binary.Write(&p, binary.LittleEndian, math.Float32bits(f))
	}
	h := make([]byte, embHeader)
	copy(h, embMagic)
	le := binary.LittleEndian
	le.PutUint32(h[8:], embVersion)
	le.PutUint32(h[12:], uint32(x.dim))
	le.PutUint64(h[16:], uint64(len(x.keys)))
	le.PutUint32(h[24:], crc32.Checksum(p.Bytes(), castagnoli))
	le.PutUint32(h[60:], crc32.Checksum(h[:60], castagnoli))
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("embed: %w", err)
	}
	_, err = tmp.Write(append(h, p.Bytes()...))
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("embed: write %s: %w", path, err)
	}
	return nil
}

// Load reads an index written by Save, with opts for searching it.
func Load(path string, opts *Options) (*Index, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("embed: %w", err)
	}
	x, err := decode(b, opts)
	if err != nil {
		return nil, fmt.Errorf("embedding index %s: %w", path, err)
	}
	return x, nil
}

func decode(b []byte, opts *Options) (*Index, error) {
	if len(b) < embHeader {
		return nil, fmt.Errorf("%w: %d bytes, shorter than the header", ErrTruncated, len(b))
	}
	if !bytes.Equal(b[:8], embMagic) {
		return nil, fmt.Errorf("%w: bad magic %q", ErrFormat, b[:8])
	}
	le := binary.LittleEndian
	if le.Uint32(b[60:]) != crc32.Checksum(b[:60], castagnoli) {
		return nil, fmt.Errorf("%w: header", ErrChecksum)
	}
	if v := le.Uint32(b[8:]); v != embVersion {
		return nil, fmt.Errorf("%w: version %d (this poa reads %d)", ErrFormat, v, embVersion)
	}
	dim, n := uint64(le.Uint32(b[12:])), le.Uint64(b[16:])
	if dim < 1 || dim > 1<<20 || n > 1<<40 {
		return nil, fmt.Errorf("%w: dimension %d, %d vectors", ErrFormat, dim, n)
	}
	want := uint64(embHeader) + 8*n + 4*n*dim
	if uint64(len(b)) < want {
		return nil, fmt.Errorf("%w: %d bytes, header says %d", ErrTruncated, len(b), want)
	}
	if uint64(len(b)) > want {
		return nil, fmt.Errorf("%w: %d bytes, header says %d (trailing data)", ErrFormat, len(b), want)
	}
	if le.Uint32(b[24:]) != crc32.Checksum(b[embHeader:], castagnoli) {
		return nil, fmt.Errorf("%w: payload", ErrChecksum)
	}
	x := New(int(dim), opts)
	p := b[embHeader:]
	x.keys = make([]int, n)
	for i := range x.keys {
		x.keys[i] = int(int64(le.Uint64(p[8*i:])))
		if _, dup := x.pos[x.keys[i]]; dup {
			return nil, fmt.Errorf("%w: key %d twice", ErrFormat, x.keys[i])
		}
		x.pos[x.keys[i]] = i
	}
	p = p[8*n:]
	x.vecs = make([]float32, n*dim)
	for i := range x.vecs {
		f := math.Float32frombits(le.Uint32(p[4*i:]))
		if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
			return nil, fmt.Errorf("%w: vector %d has a non-finite value", ErrFormat, uint64(i)/dim)
		}
		x.vecs[i] = f
	}
	return x, nil
}

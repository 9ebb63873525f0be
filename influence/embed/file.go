package embed

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"

	"poa/store"
)

// File layout (little endian), version 1: a 64-byte header — magic "POAEMBD\x00",
// version uint32, dim uint32, n uint64, payload CRC-32C uint32, zero padding, header
// CRC-32C uint32 in the last 4 bytes — then n int64 keys, then n·dim float32.
const (
	embHeader  = 64
	embVersion = 1
)

var embMagic = []byte("POAEMBD\x00")

// Save writes the keys and normalised vectors to path atomically
// (store.WriteFileAtomic).
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
	le.PutUint32(h[24:], store.Checksum(p.Bytes()))
	le.PutUint32(h[60:], store.Checksum(h[:60]))
	if err := store.WriteFileAtomic(path, append(h, p.Bytes()...)); err != nil {
		return fmt.Errorf("embed: write %s: %w", path, err)
	}
	return nil
}

// Load reads an index written by Save.
func Load(path string) (*Index, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("embed: %w", err)
	}
	x, err := decode(b)
	if err != nil {
		return nil, fmt.Errorf("embedding index %s: %w", path, err)
	}
	return x, nil
}

func decode(b []byte) (*Index, error) {
	if len(b) < embHeader {
		return nil, fmt.Errorf("%w: %d bytes, shorter than the header", ErrTruncated, len(b))
	}
	if !bytes.Equal(b[:8], embMagic) {
		return nil, fmt.Errorf("%w: bad magic %q", ErrFormat, b[:8])
	}
	le := binary.LittleEndian
	if le.Uint32(b[60:]) != store.Checksum(b[:60]) {
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
	if le.Uint32(b[24:]) != store.Checksum(b[embHeader:]) {
		return nil, fmt.Errorf("%w: payload", ErrChecksum)
	}
	x := New(int(dim))
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

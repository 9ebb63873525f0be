package store

import (
	"fmt"
	"hash"
	"hash/crc32"
	"os"
)

// castagnoli is the CRC-32C table of the flat files' checksums.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Checksum is the CRC-32C (Castagnoli) of b: the checksum poa's flat files carry
// in their headers.
func Checksum(b []byte) uint32 { return crc32.Checksum(b, castagnoli) }

// NewChecksum returns a running CRC-32C (see Checksum), for files written in pieces.
func NewChecksum() hash.Hash32 { return crc32.New(castagnoli) }

// MappedFile is a whole file mapped read-only into memory: mmap on unix, and read
// into memory where mmap is unavailable. Its bytes must not be written (a write
// faults on unix), nor used after Close.
type MappedFile struct {
	b      []byte
	mapped bool
}

// MapFile maps the file at path. An empty file maps to no bytes. Errors are the os
// package's, or name the file.
func MapFile(path string) (*MappedFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := st.Size()
	if size == 0 {
		return &MappedFile{}, nil
	}
	if int64(int(size)) != size {
		return nil, fmt.Errorf("map %s: %d bytes do not fit in the address space", path, size)
	}
	b, mapped, err := mmapFile(f, int(size))
	if err != nil {
		return nil, fmt.Errorf("map %s: %w", path, err)
	}
	return &MappedFile{b: b, mapped: mapped}, nil
}

// Bytes is the file's contents (aliasing the mapping).
func (m *MappedFile) Bytes() []byte { return m.b }

// Close unmaps the file. It is safe to call more than once.
func (m *MappedFile) Close() error {
	b, mapped := m.b, m.mapped
	m.b, m.mapped = nil, false
	if mapped {
		return munmapFile(b)
	}
	return nil
}

package sarray

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
)

// File layout (little endian), version 1:
//
//	[0,256)    header (below), its last 4 bytes a CRC-32C of the first 252
//	tokens     n token ids, 2 or 4 bytes each (Width), zero-padded to 8 bytes
//	docs       nDocs+1 uint64 document start offsets (the last is n)
//	sa         n uint32 suffix array entries
//
// Header fields:
//
//	0   magic "POASARR\x00"        8   version uint32   12  width uint32 (2|4)
//	16  tokens uint64              24  docs uint64
//	32  vocab uint32               36  eot uint32
//	40  corpus version [32]byte    72  tokenizer hash [32]byte
//	104 tokenizer name [32]byte    136 tokens/docs/sa offsets, file size (4×uint64)
//	168 payload CRC-32C uint32 (bytes [256, size))   252 header CRC-32C uint32
const (
	headerSize  = 256
	fileVersion = 1
)

var magic = [8]byte{'P', 'O', 'A', 'S', 'A', 'R', 'R', 0}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Header describes an index file.
type Header struct {
	Version   uint32
	Width     int    // bytes per token id: 2 (vocab ≤ 65535) or 4
	Tokens    int64  // corpus length in tokens, separators included
	Docs      int64  // number of documents
	Vocab     int    // vocabulary size of the tokenizer
	EOT       int    // separator id written after every document
	Corpus    Hash   // corpus version: hash of the document list
	Tokenizer Hash   // tokenizer fingerprint
	TokName   string // tokenizer name (≤ 32 bytes)
	tokOff    int64
	docOff    int64
	saOff     int64
	size      int64
	payload   uint32
}

// Hash is a 32-byte identity (sha256).
type Hash [32]byte

// String is the hex form.
func (h Hash) String() string { return fmt.Sprintf("%x", h[:]) }

func align8(x int64) int64 { return (x + 7) &^ 7 }

// layout fills the section offsets and size for the counts and width.
func (h *Header) layout() {
	h.tokOff = headerSize
	h.docOff = align8(h.tokOff + h.Tokens*int64(h.Width))
	h.saOff = h.docOff + 8*(h.Docs+1)
	h.size = h.saOff + 4*h.Tokens
}

func (h *Header) encode() []byte {
	b := make([]byte, headerSize)
	copy(b, magic[:])
	le := binary.LittleEndian
	le.PutUint32(b[8:], h.Version)
	le.PutUint32(b[12:], uint32(h.Width))
	le.PutUint64(b[16:], uint64(h.Tokens))
	le.PutUint64(b[24:], uint64(h.Docs))
	le.PutUint32(b[32:], uint32(h.Vocab))
	le.PutUint32(b[36:], uint32(h.EOT))
	copy(b[40:72], h.Corpus[:])
	copy(b[72:104], h.Tokenizer[:])
	copy(b[104:136], h.TokName)
	le.PutUint64(b[136:], uint64(h.tokOff))
	le.PutUint64(b[144:], uint64(h.docOff))
	le.PutUint64(b[152:], uint64(h.saOff))
	le.PutUint64(b[160:], uint64(h.size))
	le.PutUint32(b[168:], h.payload)
	le.PutUint32(b[252:], crc32.Checksum(b[:252], castagnoli))
	return b
}

// parseHeader decodes and validates a header; fileSize is the actual file length
// (-1 to skip the size check). Errors wrap ErrFormat, ErrChecksum or ErrTruncated.
func parseHeader(b []byte, fileSize int64) (Header, error) {
	var h Header
	if len(b) < headerSize {
		return h, fmt.Errorf("%w: %d bytes, shorter than the %d-byte header", ErrTruncated, len(b), headerSize)
	}
	if !bytes.Equal(b[:8], magic[:]) {
		return h, fmt.Errorf("%w: bad magic %q", ErrFormat, b[:8])
	}
	le := binary.LittleEndian
	if got, want := le.Uint32(b[252:]), crc32.Checksum(b[:252], castagnoli); got != want {
		return h, fmt.Errorf("%w: header CRC %08x, computed %08x", ErrChecksum, got, want)
	}
	h.Version = le.Uint32(b[8:])
	if h.Version != fileVersion {
		return h, fmt.Errorf("%w: version %d (this poa reads %d; rebuild the index)", ErrFormat, h.Version, fileVersion)
	}
	h.Width = int(le.Uint32(b[12:]))
	tokens, docs := le.Uint64(b[16:]), le.Uint64(b[24:])
	h.Vocab, h.EOT = int(le.Uint32(b[32:])), int(le.Uint32(b[36:]))
	copy(h.Corpus[:], b[40:72])
	copy(h.Tokenizer[:], b[72:104])
	h.TokName = string(bytes.TrimRight(b[104:136], "\x00"))
	switch {
	case h.Width != 2 && h.Width != 4:
		return h, fmt.Errorf("%w: token width %d (want 2 or 4)", ErrFormat, h.Width)
	case tokens >= 1<<31:
		return h, fmt.Errorf("%w: %d tokens (at most 2^31-1)", ErrFormat, tokens)
	case docs > tokens:
		return h, fmt.Errorf("%w: %d documents in %d tokens", ErrFormat, docs, tokens)
	case h.Vocab < 1 || h.EOT >= h.Vocab:
		return h, fmt.Errorf("%w: vocabulary %d, separator %d", ErrFormat, h.Vocab, h.EOT)
	case h.Width == 2 && h.Vocab > 1<<16:
		return h, fmt.Errorf("%w: vocabulary %d does not fit 2-byte ids", ErrFormat, h.Vocab)
	}
	h.Tokens, h.Docs = int64(tokens), int64(docs)
	want := h
	want.layout()
	h.tokOff, h.docOff = int64(le.Uint64(b[136:])), int64(le.Uint64(b[144:]))
	h.saOff, h.size = int64(le.Uint64(b[152:])), int64(le.Uint64(b[160:]))
	h.payload = le.Uint32(b[168:])
	if bytes.Count(b[172:252], []byte{0}) != 252-172 {
		return h, fmt.Errorf("%w: reserved header bytes 172-251 are not zero", ErrFormat)
	}
	if h.tokOff != want.tokOff || h.docOff != want.docOff || h.saOff != want.saOff || h.size != want.size {
		return h, fmt.Errorf("%w: section offsets do not match %d tokens and %d documents", ErrFormat, tokens, docs)
	}
	if fileSize >= 0 && fileSize < h.size {
		return h, fmt.Errorf("%w: %d bytes, header says %d", ErrTruncated, fileSize, h.size)
	}
	if fileSize > h.size {
		return h, fmt.Errorf("%w: %d bytes, header says %d (trailing data)", ErrFormat, fileSize, h.size)
	}
	return h, nil
}

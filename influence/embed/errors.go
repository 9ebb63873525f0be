package embed

import "errors"

var (
	// ErrVector is returned by Add for a zero-length-norm or non-finite vector.
	ErrVector = errors.New("embed: zero or non-finite vector")
	// ErrDuplicate is returned by Add for a key already in the index.
	ErrDuplicate = errors.New("embed: duplicate key")
	// ErrFormat is returned by Load for a file that is not an embedding index file or
	// is inconsistent.
	ErrFormat = errors.New("embed: not a valid embedding index file")
	// ErrTruncated is returned by Load for a file shorter than its header says.
	ErrTruncated = errors.New("embed: embedding index file is truncated")
	// ErrChecksum is returned by Load when a checksum does not match (corruption).
	ErrChecksum = errors.New("embed: embedding index file checksum mismatch")
)

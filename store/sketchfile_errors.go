package store

import "errors"

// Sentinels of the flat-file layer (sketch files). Errors that wrap them name the file.
var (
	// ErrTruncated is returned when a flat file is shorter than its header says.
	ErrTruncated = errors.New("file truncated")
	// ErrCorrupt is returned when a flat file's magic, checksum or structure is wrong.
	ErrCorrupt = errors.New("file corrupt")
	// ErrFormatVersion is returned for a flat file written in another format version.
	ErrFormatVersion = errors.New("file format version mismatch")
	// ErrStale is returned when a flat file does not match the metadata record that
	// names it (another corpus, adapter or checkpoint wrote it).
	ErrStale = errors.New("file does not match its metadata record")
)

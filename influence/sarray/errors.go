package sarray

import "errors"

var (
	// ErrFormat is returned by Open for a file that is not an index file, has an
	// unknown version, or whose header or sections are inconsistent.
	ErrFormat = errors.New("sarray: not a valid index file")
	// ErrTruncated is returned by Open for a file shorter than its header says.
	ErrTruncated = errors.New("sarray: index file is truncated")
	// ErrChecksum is returned by Open when the header or payload checksum does not match.
	ErrChecksum = errors.New("sarray: index file checksum mismatch (corrupted)")
	// ErrCorpusVersion is returned when an index was built from another corpus (or with
	// another tokenizer) than the one expected.
	ErrCorpusVersion = errors.New("sarray: index is of another corpus version")
	// ErrTooLarge is returned by Build for a corpus of 2^31-1 tokens or more.
	ErrTooLarge = errors.New("sarray: corpus too large for one index")
	// ErrQueryTooLong is returned by queries longer than MaxQuery tokens.
	ErrQueryTooLong = errors.New("sarray: query too long")
	// ErrTokenRange is returned for a query or document token id outside the vocabulary.
	ErrTokenRange = errors.New("sarray: token id outside the vocabulary")
	// ErrOptions is returned for SpanOptions outside their ranges (Validate).
	ErrOptions = errors.New("sarray: invalid options")
	// ErrNoIndex is returned by OpenStore when the store holds no index.
	ErrNoIndex = errors.New("sarray: no index built")
)

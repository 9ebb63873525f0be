package datanet

import "errors"

var (
	// ErrSyntax is returned for a record that cannot be decoded (bad JSON, bad index line).
	ErrSyntax = errors.New("syntax error")
	// ErrEncoding is returned for text that is not valid UTF-8.
	ErrEncoding = errors.New("text is not valid UTF-8")
	// ErrEmpty is returned for a record whose text is empty after normalization.
	ErrEmpty = errors.New("empty text")
	// ErrNoRecords is returned by ParseFile (and so Import) for a file that holds no
	// record: an empty or blank jsonl, text or fortune file, a dictd pair with only
	// metadata entries.
	ErrNoRecords = errors.New("no records in the file")
	// ErrTooLarge is returned for a record over Options.MaxDocBytes.
	ErrTooLarge = errors.New("document too large")
	// ErrAddress is returned for a malformed contributor address or a bad EIP-55 checksum.
	ErrAddress = errors.New("invalid contributor address")
	// ErrIDMismatch is returned when a record's id is not the hash of its text.
	ErrIDMismatch = errors.New("id does not match text")
	// ErrMissingFile is returned when a format needs a companion file that is absent
	// (a dictd .index without its .dict, or the reverse).
	ErrMissingFile = errors.New("missing file")
	// ErrCorrupt is returned for a truncated or corrupt file (a short .dict.dz, an index
	// entry pointing past the end of the dictionary).
	ErrCorrupt = errors.New("corrupt or truncated file")
	// ErrOptions is returned for parse options outside their ranges (Options.Validate).
	ErrOptions = errors.New("invalid options")
	// ErrFormat is returned for an unknown format name.
	ErrFormat = errors.New("unknown format")
)

package datanet

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"poa/bounds"
)

// Record is one parsed data point, normalized, with its content id.
type Record struct {
	ID          string          `json:"id"`
	Text        string          `json:"text"`
	Contributor string          `json:"contributor,omitempty"` // checksummed; empty = the import's default
	Meta        json.RawMessage `json:"meta,omitempty"`
	// Source locates the record for error messages and provenance: "file:line" or
	// "file#headword".
	Source string `json:"-"`
}

// Format names an input format.
type Format string

// The supported formats.
const (
	JSONL   Format = "jsonl"
	Text    Format = "text"
	Dictd   Format = "dictd"
	Fortune Format = "fortune"
)

// Formats lists the supported formats.
var Formats = []Format{JSONL, Text, Dictd, Fortune}

// DefaultMaxDocBytes is the default size limit of one data point's text.
const DefaultMaxDocBytes = 1 << 20

// Options configures parsing. The zero value means defaults.
type Options struct {
	// MaxDocBytes rejects records whose normalized text is longer (0 = DefaultMaxDocBytes).
	MaxDocBytes int
	// Paragraphs splits text files into blank-line-separated paragraphs.
	Paragraphs bool
}

// MaxDocBytesLimit is the largest Options.MaxDocBytes Validate accepts: a data point
// is one store value and is tokenized whole.
const MaxDocBytesLimit = 256 << 20

// Validate checks the options as given (ParseFile and Import read a zero MaxDocBytes
// as DefaultMaxDocBytes first): MaxDocBytes in [1, MaxDocBytesLimit]. A failure wraps
// ErrOptions and a *bounds.Error naming "Options.MaxDocBytes".
func (o Options) Validate() error {
	if err := bounds.In("Options.MaxDocBytes", o.MaxDocBytes, 1, MaxDocBytesLimit); err != nil {
		return fmt.Errorf("%w: %w", ErrOptions, err)
	}
	return nil
}

// withDefaults returns o with a zero MaxDocBytes set to DefaultMaxDocBytes.
func (o *Options) withDefaults() Options {
	var r Options
	if o != nil {
		r = *o
	}
	if r.MaxDocBytes == 0 {
		r.MaxDocBytes = DefaultMaxDocBytes
	}
	return r
}

func (o *Options) maxDoc() int {
	if o == nil || o.MaxDocBytes <= 0 {
		return DefaultMaxDocBytes
	}
	return o.MaxDocBytes
}

// ParseFormat returns the Format called name.
func ParseFormat(name string) (Format, error) {
	for _, f := range Formats {
		if string(f) == name {
			return f, nil
		}
	}
	return "", fmt.Errorf("%q (want one of jsonl, text, dictd, fortune): %w", name, ErrFormat)
}

// DetectFormat guesses a file's format from its name: .jsonl/.ndjson, .index/.dict/.dict.dz,
// .txt/.md, and files in a fortunes folder or with a fortune .dat beside them.
func DetectFormat(path string) Format {
	base := strings.ToLower(filepath.Base(path))
	switch {
	case strings.HasSuffix(base, ".jsonl"), strings.HasSuffix(base, ".ndjson"):
		return JSONL
	case strings.HasSuffix(base, ".index"), strings.HasSuffix(base, ".dict"), strings.HasSuffix(base, ".dict.dz"):
		return Dictd
	case strings.Contains(filepath.ToSlash(path), "/fortunes/"):
		return Fortune
	}
	return Text
}

// newRecord normalizes text and validates it, returning the record or an error that
// names src.
func newRecord(text, src string, opts *Options) (Record, error) {
	if !utf8.ValidString(text) {
		return Record{}, fmt.Errorf("%s: %w", src, ErrEncoding)
	}
	n := Normalize(text)
	if n == "" {
		return Record{}, fmt.Errorf("%s: %w", src, ErrEmpty)
	}
	if len(n) > opts.maxDoc() {
		return Record{}, fmt.Errorf("%s: %d bytes, limit %d: %w", src, len(n), opts.maxDoc(), ErrTooLarge)
	}
	return Record{ID: ID(n), Text: n, Source: src}, nil
}

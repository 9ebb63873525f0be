package datanet

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// ParseText reads a text file as one data point or, with opts.Paragraphs, as
// blank-line-separated paragraphs (each labelled with the line it starts on). A file
// of white space only has no records (ParseFile makes that ErrNoRecords, as for the
// other formats).
func ParseText(r io.Reader, name string, opts *Options) ([]Record, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(opts.maxDoc())*64+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	text := strings.ReplaceAll(strings.ReplaceAll(string(b), "\r\n", "\n"), "\r", "\n")
	if strings.TrimSpace(text) == "" && utf8.ValidString(text) {
		return nil, nil
	}
	if opts == nil || !opts.Paragraphs {
		rec, err := newRecord(text, name+":1", opts)
		if err != nil {
			return nil, err
		}
		return []Record{rec}, nil
	}
	var out []Record
	var para []string
	start := 0
	flush := func() error {
		if len(para) == 0 {
			return nil
		}
		rec, err := newRecord(strings.Join(para, "\n"), fmt.Sprintf("%s:%d", name, start), opts)
		if err != nil {
			return err
		}
		out = append(out, rec)
		para = para[:0]
		return nil
	}
	for i, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if len(para) == 0 {
			start = i + 1
		}
		para = append(para, line)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

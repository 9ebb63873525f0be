package datanet

import (
	"fmt"
	"io"
	"strings"
)

// ParseText reads a text file as one data point or, with opts.Paragraphs, as
// blank-line-separated paragraphs (each labelled with the line it starts on).
func ParseText(r io.Reader, name string, opts *Options) ([]Record, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(opts.maxDoc())*64+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	text := strings.ReplaceAll(strings.ReplaceAll(string(b), "\r\n", "\n"), "\r", "\n")
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
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no paragraphs: %w", name, ErrEmpty)
	}
	return out, nil
}

package datanet

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"
)

// jsonlLine is the accepted shape of one jsonl record.
type jsonlLine struct {
	Text        *string         `json:"text"`
	ID          string          `json:"id"`
	Contributor string          `json:"contributor"`
	Meta        json.RawMessage `json:"meta"`
}

// ParseJSONL reads one JSON object per line. Blank lines are skipped. name labels
// errors ("name:line").
func ParseJSONL(r io.Reader, name string, opts *Options) ([]Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4*opts.maxDoc()+(1<<16))
	var out []Record
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		src := fmt.Sprintf("%s:%d", name, line)
		if !utf8.Valid(b) {
			return nil, fmt.Errorf("%s: %w", src, ErrEncoding)
		}
		var l jsonlLine
		dec := json.NewDecoder(bytes.NewReader(b))
		if err := dec.Decode(&l); err != nil {
			return nil, fmt.Errorf("%s: invalid JSON (%v): %w", src, err, ErrSyntax)
		}
		if dec.More() {
			return nil, fmt.Errorf("%s: more than one JSON value on the line: %w", src, ErrSyntax)
		}
		if l.Text == nil {
			return nil, fmt.Errorf("%s: no \"text\" field: %w", src, ErrSyntax)
		}
		rec, err := newRecord(*l.Text, src, opts)
		if err != nil {
			return nil, err
		}
		if l.ID != "" && l.ID != rec.ID {
			return nil, fmt.Errorf("%s: id %s, text hashes to %s: %w", src, l.ID, rec.ID, ErrIDMismatch)
		}
		if l.Contributor != "" {
			a, err := CheckContributor(l.Contributor)
			if err != nil {
				return nil, fmt.Errorf("%s: contributor %w", src, err)
			}
			rec.Contributor = a
		}
		if len(l.Meta) > 0 && !bytes.Equal(l.Meta, []byte("null")) {
			var c bytes.Buffer
			if err := json.Compact(&c, l.Meta); err != nil {
				return nil, fmt.Errorf("%s: meta: %v: %w", src, err, ErrSyntax)
			}
			rec.Meta = c.Bytes()
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			return nil, fmt.Errorf("%s: a line is over %d bytes: %w", name, 4*opts.maxDoc()+(1<<16), ErrTooLarge)
		}
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	return out, nil
}

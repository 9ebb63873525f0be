package datanet

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// ParseFortune reads fortune-mod's format: entries separated by lines that hold a single
// '%'. Empty entries (two separators in a row) are skipped, as fortune(6) does.
func ParseFortune(r io.Reader, name string, opts *Options) ([]Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), opts.maxDoc()+(1<<16))
	meta, _ := json.Marshal(map[string]string{"collection": filepath.Base(name)})
	var out []Record
	var buf []string
	start := 1
	flush := func() error {
		text := strings.Join(buf, "\n")
		buf = buf[:0]
		if strings.TrimSpace(text) == "" {
			return nil
		}
		rec, err := newRecord(text, fmt.Sprintf("%s:%d", name, start), opts)
		if err != nil {
			return err
		}
		rec.Meta = meta
		out = append(out, rec)
		return nil
	}
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if l == "%" {
			if err := flush(); err != nil {
				return nil, err
			}
			start = line + 1
			continue
		}
		buf = append(buf, l)
	}
	if err := sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			return nil, fmt.Errorf("%s:%d: line over %d bytes: %w", name, line+1, opts.maxDoc(), ErrTooLarge)
		}
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

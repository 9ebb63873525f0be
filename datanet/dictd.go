package datanet

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// maxDictBytes bounds a decompressed .dict (a guard against gzip bombs).
const maxDictBytes = 1 << 30

// dictdDigits is dictd's base64 alphabet for index offsets and lengths (big-endian).
const dictdDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func decodeDictdNumber(s string) (int64, bool) {
	if s == "" || len(s) > 10 {
		return 0, false
	}
	var v int64
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(dictdDigits, s[i])
		if d < 0 {
			return 0, false
		}
		v = v*64 + int64(d)
	}
	return v, true
}

// DictdPair resolves the .index and .dict/.dict.dz files of a dictd dictionary from
// any one of them or from their common stem.
func DictdPair(path string) (index, dict string, err error) {
	stem := path
	for _, suf := range []string{".index", ".dict.dz", ".dict"} {
		if strings.HasSuffix(stem, suf) {
			stem = strings.TrimSuffix(stem, suf)
			break
		}
	}
	index = stem + ".index"
	if _, err := os.Stat(index); err != nil {
		return "", "", fmt.Errorf("dictd %s: index %s: %w", path, index, ErrMissingFile)
	}
	for _, cand := range []string{stem + ".dict.dz", stem + ".dict"} {
		if _, err := os.Stat(cand); err == nil {
			return index, cand, nil
		}
	}
	return "", "", fmt.Errorf("dictd %s: no %s.dict.dz or %s.dict: %w", path, stem, stem, ErrMissingFile)
}

// ReadDictFile reads a .dict, decompressing a .dict.dz (dictzip is gzip with a random
// access table in the header, which sequential reading ignores).
func ReadDictFile(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".dz") {
		return b, nil
	}
	out, err := gunzip(b)
	if err != nil {
		return nil, fmt.Errorf("%s: truncated or damaged: %w", path, err)
	}
	return out, nil
}

// ParseDictd reads a dictd index (headword TAB offset TAB length, dictd base64) and
// cuts each headword's definition out of dict. name labels errors.
func ParseDictd(index io.Reader, dict []byte, name string, opts *Options) ([]Record, error) {
	sc := bufio.NewScanner(index)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var out []Record
	for line := 1; sc.Scan(); line++ {
		l := strings.TrimRight(sc.Text(), "\r")
		if l == "" {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("%s.index:%d: want headword<TAB>offset<TAB>length, got %q: %w", name, line, l, ErrSyntax)
		}
		head := f[0]
		off, ok1 := decodeDictdNumber(f[1])
		n, ok2 := decodeDictdNumber(f[2])
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("%s.index:%d (%q): bad offset/length %q %q: %w", name, line, head, f[1], f[2], ErrSyntax)
		}
		if strings.HasPrefix(head, "00database") || strings.HasPrefix(head, "00-database") {
			continue
		}
		if off+n > int64(len(dict)) {
			return nil, fmt.Errorf("%s#%s: entry [%d,+%d) past the end of the dictionary (%d bytes): %w",
				name, head, off, n, len(dict), ErrCorrupt)
		}
		rec, err := newRecord(string(dict[off:off+n]), name+"#"+head, opts)
		if err != nil {
			return nil, err
		}
		rec.Meta, _ = json.Marshal(map[string]string{"headword": head})
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s.index: read: %w", name, err)
	}
	return out, nil
}

// ParseDictdFiles parses the dictd dictionary that path belongs to.
func ParseDictdFiles(path string, opts *Options) ([]Record, error) {
	index, dict, err := DictdPair(path)
	if err != nil {
		return nil, err
	}
	body, err := ReadDictFile(dict)
	if err != nil {
		return nil, err
	}
	ib, err := os.ReadFile(index)
	if err != nil {
		return nil, err
	}
	name := strings.TrimSuffix(index, ".index")
	return ParseDictd(bytes.NewReader(ib), body, name, opts)
}

// ParseFile parses one file in the given format ("" = DetectFormat).
func ParseFile(path string, format Format, opts *Options) ([]Record, error) {
	o := opts.withDefaults()
	if err := o.Validate(); err != nil {
		return nil, err
	}
	recs, err := parseFile(path, format, &o)
	if err == nil && len(recs) == 0 {
		err = fmt.Errorf("%s: %w", path, ErrNoRecords)
	}
	return recs, err
}

func parseFile(path string, format Format, opts *Options) ([]Record, error) {
	if format == "" {
		format = DetectFormat(path)
	}
	if format == Dictd {
		return ParseDictdFiles(path, opts)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	switch format {
	case JSONL:
		return ParseJSONL(f, path, opts)
	case Text:
		return ParseText(f, path, opts)
	case Fortune:
		return ParseFortune(f, path, opts)
	}
	return nil, fmt.Errorf("%s: %q: %w", path, format, ErrFormat)
}

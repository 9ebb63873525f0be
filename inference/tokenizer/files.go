package tokenizer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"poa/store"
)

// File names of a BPE in the Hugging Face format.
const (
	VocabFile  = "vocab.json" // {"token": id, ...}, tokens in the byte→unicode alphabet
	MergesFile = "merges.txt" // "#version: 0.2" then one "left right" merge per line, in rank order
)

// Save writes dir/vocab.json and dir/merges.txt (each atomically), creating dir.
func (t *BPE) Save(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("tokenizer: %w", err)
	}
	var v bytes.Buffer
	v.WriteString("{")
	for id := range t.pieces {
		if id > 0 {
			v.WriteString(",")
		}
		v.WriteString("\n  ")
		v.Write(jsonString(t.Token(id)))
		fmt.Fprintf(&v, ": %d", id)
	}
	v.WriteString("\n}\n")
	var m bytes.Buffer
	m.WriteString("#version: 0.2\n")
	for _, mg := range t.merges {
		m.WriteString(displayBytes(t.pieces[mg[0]]))
		m.WriteByte(' ')
		m.WriteString(displayBytes(t.pieces[mg[1]]))
		m.WriteByte('\n')
	}
	for _, f := range []struct {
		name string
		b    []byte
	}{{VocabFile, v.Bytes()}, {MergesFile, m.Bytes()}} {
		if err := store.WriteFileAtomic(filepath.Join(dir, f.name), f.b); err != nil {
			return fmt.Errorf("tokenizer: write %s: %w", filepath.Join(dir, f.name), err)
		}
	}
	return nil
}

// LoadBPE reads dir/vocab.json and dir/merges.txt, ours or a real GPT-2 pair.
// Errors name the file and entry at fault and wrap ErrFormat.
func LoadBPE(dir string) (*BPE, error) {
	vp, mp := filepath.Join(dir, VocabFile), filepath.Join(dir, MergesFile)
	vocab, err := os.ReadFile(vp)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	merges, err := os.ReadFile(mp)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	return parseBPE(vocab, merges, vp, mp)
}

// parseBPE decodes a vocab.json and merges.txt pair; the names appear in errors.
func parseBPE(vocab, merges []byte, vocabName, mergesName string) (*BPE, error) {
	var m map[string]int
	if err := json.Unmarshal(vocab, &m); err != nil {
		return nil, fmt.Errorf("%s: %w: %v", vocabName, ErrFormat, err)
	}
	if len(m) < 257 || len(m) > 1<<24 {
		return nil, fmt.Errorf("%s: %w: %d tokens (want 257..%d)", vocabName, ErrFormat, len(m), 1<<24)
	}
	pieces := make([]string, len(m))
	have := make([]bool, len(m))
	eot := -1
	byBytes := make(map[string]int32, len(m))
	for tok, id := range m {
		if id < 0 || id >= len(m) {
			return nil, fmt.Errorf("%s: %w: token %q has id %d outside [0, %d): ids must be dense",
				vocabName, ErrFormat, tok, id, len(m))
		}
		if have[id] {
			return nil, fmt.Errorf("%s: %w: id %d is used twice", vocabName, ErrFormat, id)
		}
		have[id] = true
		if tok == EndOfText {
			eot = id
			continue
		}
		raw, ok := undisplay(tok)
		if !ok || raw == "" {
			return nil, fmt.Errorf("%s: %w: token %q (id %d) is not in the byte-level alphabet",
				vocabName, ErrFormat, tok, id)
		}
		if _, dup := byBytes[raw]; dup {
			return nil, fmt.Errorf("%s: %w: token %q appears twice", vocabName, ErrFormat, tok)
		}
		pieces[id] = raw
		byBytes[raw] = int32(id)
	}
	if eot < 0 {
		return nil, fmt.Errorf("%s: %w: no %q token", vocabName, ErrFormat, EndOfText)
	}
	var mg [][2]int32
	lines := strings.Split(string(merges), "\n")
	for n, line := range lines {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || (n == 0 && strings.HasPrefix(line, "#version")) {
			continue
		}
		l, r, ok := strings.Cut(line, " ")
		if !ok || l == "" || r == "" || strings.Contains(r, " ") {
			return nil, fmt.Errorf("%s:%d: %w: want two tokens separated by one space, got %q",
				mergesName, n+1, ErrFormat, line)
		}
		var ids [2]int32
		for i, tok := range [2]string{l, r} {
			raw, ok := undisplay(tok)
			id, known := byBytes[raw]
			if !ok || !known {
				return nil, fmt.Errorf("%s:%d: %w: %q is not in %s", mergesName, n+1, ErrFormat, tok, vocabName)
			}
			ids[i] = id
		}
		mg = append(mg, ids)
	}
	t, err := newBPE(pieces, mg, eot)
	if err != nil {
		return nil, fmt.Errorf("%s, %s: %w", vocabName, mergesName, err)
	}
	return t, nil
}

// jsonString encodes s as a JSON string without HTML escaping ("<|endoftext|>" stays
// readable, as in Hugging Face's files).
func jsonString(s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

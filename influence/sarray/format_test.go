package sarray

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"os"
	"testing"
)

func isErr(err, target error) bool { return errors.Is(err, target) }

func TestOpenDamagedFiles(t *testing.T) {
	tok, docs := testCorpus(t)
	_, path := buildIndex(t, tok.VocabSize(), tok.EOT(), docs)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	flip := func(off int) []byte {
		b := append([]byte(nil), good...)
		b[off] ^= 0x40
		return b
	}
	other := Hash(sha256.Sum256([]byte("another corpus")))
	cases := []struct {
		name string
		data []byte
		opts *OpenOptions
		want error
	}{
		{"truncated", good[:len(good)-10], nil, ErrTruncated},
		{"header only", good[:headerSize], nil, ErrTruncated},
		{"shorter than header", good[:100], nil, ErrTruncated},
		{"trailing data", append(append([]byte(nil), good...), 0), nil, ErrFormat},
		{"payload byte flipped", flip(len(good) - 3), nil, ErrChecksum},
		{"token byte flipped", flip(headerSize + 1), nil, ErrChecksum},
		{"header byte flipped", flip(20), nil, ErrChecksum},
		{"magic", flip(0), nil, ErrFormat},
		{"other corpus", good, &OpenOptions{Corpus: &other}, ErrCorpusVersion},
		{"other tokenizer", good, &OpenOptions{Tokenizer: &other}, ErrCorpusVersion},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := t.TempDir() + "/x.sa"
			if err := os.WriteFile(p, c.data, 0o644); err != nil {
				t.Fatal(err)
			}
			x, err := Open(p, c.opts)
			if err == nil {
				x.Close()
			}
			if !errors.Is(err, c.want) {
				t.Fatalf("Open = %v, want %v", err, c.want)
			}
		})
	}
	// A payload flip goes unnoticed only when the checksum is skipped on purpose,
	// and never when it breaks the document table.
	p := t.TempDir() + "/ok.sa"
	os.WriteFile(p, good, 0o644)
	x, err := Open(p, &OpenOptions{SkipPayloadChecksum: true})
	if err != nil {
		t.Fatal(err)
	}
	x.Close()
}

func FuzzParseHeader(f *testing.F) {
	tok, docs := testCorpus(f)
	_, path := buildIndex(f, tok.VocabSize(), tok.EOT(), docs)
	good, _ := os.ReadFile(path)
	f.Add(good[:headerSize], int64(len(good)))
	f.Add(good[:headerSize], int64(len(good)-1))
	f.Add(make([]byte, headerSize), int64(headerSize))
	f.Fuzz(func(t *testing.T, b []byte, size int64) {
		// Half the time, repair the header CRC so that the field checks behind it
		// are reached.
		if len(b) >= headerSize && size%2 == 0 {
			b = fixCRC(b)
		}
		h, err := parseHeader(b, size)
		if err != nil {
			if !errors.Is(err, ErrFormat) && !errors.Is(err, ErrTruncated) && !errors.Is(err, ErrChecksum) {
				t.Fatalf("unclassified error %v", err)
			}
			return
		}
		// Accepted headers are self-consistent and re-encode to the same bytes.
		if h.size != size && size >= 0 {
			t.Fatalf("accepted size %d for a %d-byte file", h.size, size)
		}
		if got := h.encode(); string(got) != string(b[:headerSize]) {
			t.Fatal("header does not re-encode to its bytes")
		}
	})
}

// FuzzOpen feeds whole files to Open: it must return an error or a usable index,
// never panic or read outside the mapping.
func FuzzOpen(f *testing.F) {
	tok, docs := testCorpus(f)
	_, path := buildIndex(f, tok.VocabSize(), tok.EOT(), docs[:3])
	good, _ := os.ReadFile(path)
	f.Add(good)
	f.Add(good[:len(good)/2])
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		p := dir + "/f.sa"
		if len(b) >= headerSize {
			b = fixCRC(b)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		x, err := Open(p, &OpenOptions{SkipPayloadChecksum: true})
		if err != nil {
			return
		}
		defer x.Close()
		x.Count([]int{1, 2})
		for d := 0; d < x.Docs(); d++ {
			x.DocTokens(d, 0, 5)
		}
	})
}

// fixCRC returns b with a valid header CRC.
func fixCRC(b []byte) []byte {
	b = append([]byte(nil), b...)
	binary.LittleEndian.PutUint32(b[252:], crc32.Checksum(b[:252], castagnoli))
	return b
}

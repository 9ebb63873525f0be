package sarray

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"poa/store"
)

func syntheticRefs(n int) []DocRef {
	refs := make([]DocRef, n)
	for i := range refs {
		refs[i] = DocRef{Datanet: fmt.Sprintf("net%d", i%5), Point: fmt.Sprintf("%064x", i*7919), Contributor: fmt.Sprintf("0x%040x", i%97)}
		if i%11 == 0 {
			refs[i].Contributor = ""
		}
	}
	return refs
}

func TestDocTableRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 3, 1000} {
		t.Run(fmt.Sprintf("docs=%d", n), func(t *testing.T) {
			refs := syntheticRefs(n)
			b, err := encodeDocTable(refs)
			if err != nil {
				t.Fatal(err)
			}
			got, corpus, err := decodeDocTable(b, "docs.bin")
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != n || (n > 0 && !slices.Equal(got, refs)) || corpus != CorpusVersion(refs) {
				t.Fatalf("round trip: %d documents, corpus %s", len(got), corpus)
			}
			// Every single-byte change is refused: a CRC, the magic or a bound catches it.
			for i := 0; i < len(b); i += max(1, len(b)/200) {
				c := bytes.Clone(b)
				c[i] ^= 0x40
				if _, _, err := decodeDocTable(c, "docs.bin"); err == nil {
					t.Fatalf("byte %d changed: accepted", i)
				}
			}
			if _, _, err := decodeDocTable(b[:len(b)-1], "docs.bin"); !errors.Is(err, ErrTruncated) && n > 0 {
				t.Fatalf("truncated: %v", err)
			}
			if _, _, err := decodeDocTable(append(bytes.Clone(b), 0), "docs.bin"); !errors.Is(err, ErrFormat) {
				t.Fatalf("trailing byte: %v", err)
			}
		})
	}
}

// TestDocTableVersion: a table of another format version is refused with a message
// that names `poa index build`.
func TestDocTableVersion(t *testing.T) {
	b, _ := encodeDocTable(syntheticRefs(2))
	binary.LittleEndian.PutUint32(b[8:], docsVersion+1)
	binary.LittleEndian.PutUint32(b[124:], crc32.Checksum(b[:124], castagnoli))
	if _, _, err := decodeDocTable(b, "docs.bin"); !errors.Is(err, ErrFormat) || !bytes.Contains([]byte(err.Error()), []byte("poa index build")) {
		t.Fatalf("version %d: %v", docsVersion+1, err)
	}
}

// TestOpenStoreDocTable: the table is read once per process while unchanged, an
// earlier build's JSON table still opens, and a rebuild replaces it by the binary one.
func TestOpenStoreDocTable(t *testing.T) {
	s, tok, meta := bundledStore(t)
	if filepath.Base(meta.DocsFile) != "docs.bin" {
		t.Fatalf("built a %s", meta.DocsFile)
	}
	c1, err := OpenStore(s, tok, nil)
	if err != nil {
		t.Fatal(err)
	}
	c1.Close()
	c2, err := OpenStore(s, tok, nil)
	if err != nil {
		t.Fatal(err)
	}
	c2.Close()
	if &c1.Refs[0] != &c2.Refs[0] {
		t.Fatal("the unchanged document table was read twice")
	}
	refs := slices.Clone(c1.Refs)

	// An index of an earlier build: a JSON-lines table named by the record.
	legacy, _ := s.FilePath(legacyDocsFile...)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, r := range refs {
		enc.Encode(r)
	}
	if err := os.WriteFile(legacy, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(s.Dir(), "files", meta.DocsFile))
	meta.DocsFile = filepath.Join(legacyDocsFile...)
	if err := s.Put(store.KindIndex, MetaKey, meta); err != nil {
		t.Fatal(err)
	}
	c3, err := OpenStore(s, tok, nil)
	if err != nil {
		t.Fatalf("JSON document table: %v", err)
	}
	c3.Close()
	if !slices.Equal(c3.Refs, refs) {
		t.Fatal("the JSON table reads other documents")
	}
	// Rebuilt: binary again, the JSON table gone.
	if meta, err = BuildStore(t.Context(), s, BuildOptions{Tokenizer: tok, TokName: "gpt2"}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(legacy); !errors.Is(err, os.ErrNotExist) || filepath.Base(meta.DocsFile) != "docs.bin" {
		t.Fatalf("after the rebuild: %s, JSON table: %v", meta.DocsFile, err)
	}
	c4, err := OpenStore(s, tok, nil)
	if err != nil {
		t.Fatal(err)
	}
	c4.Close()
	if !slices.Equal(c4.Refs, refs) || &c4.Refs[0] == &c1.Refs[0] {
		t.Fatal("the rebuilt table was not read again")
	}
}

func FuzzDecodeDocTable(f *testing.F) {
	for _, n := range []int{0, 1, 4} {
		b, _ := encodeDocTable(syntheticRefs(n))
		f.Add(b)
	}
	f.Add([]byte("POADOCS\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		refs, _, err := decodeDocTable(b, "docs.bin")
		if err != nil {
			if !errors.Is(err, ErrFormat) && !errors.Is(err, ErrTruncated) && !errors.Is(err, ErrChecksum) {
				t.Fatalf("unclassified error %v", err)
			}
			return
		}
		for _, r := range refs {
			if r.Datanet == "" || r.Point == "" {
				t.Fatalf("accepted an entry without datanet or point: %+v", r)
			}
		}
		// The documents re-encode to the same bytes (the corpus version and the CRCs
		// aside: a table whose CRCs were forged over another version is not a fuzzer's).
		again, err := encodeDocTable(refs)
		if err != nil || !bytes.Equal(again[:32], b[:32]) || !bytes.Equal(again[docsHeaderSize:], b[docsHeaderSize:]) {
			t.Fatalf("accepted a table that does not re-encode to itself: %v", err)
		}
	})
}

// BenchmarkDocTable: decoding a table of 42,292 documents (the `make data` store's
// count) in the JSON-lines form of earlier builds, in the binary form, and from the
// process's cache.
func BenchmarkDocTable(b *testing.B) {
	refs := syntheticRefs(42292)
	bin, _ := encodeDocTable(refs)
	var js bytes.Buffer
	enc := json.NewEncoder(&js)
	for _, r := range refs {
		enc.Encode(r)
	}
	dir := b.TempDir()
	path := filepath.Join(dir, "docs.bin")
	os.WriteFile(path, bin, 0o644)
	b.Run("form=json", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(js.Len()))
		for b.Loop() {
			refs, _ := parseDocTable(bytes.NewReader(js.Bytes()), "docs.jsonl")
			CorpusVersion(refs)
		}
	})
	b.Run("form=binary", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(bin)))
		for b.Loop() {
			if _, err := loadDocTable(path); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("form=cached", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := readDocTable(path); err != nil {
				b.Fatal(err)
			}
		}
	})
}

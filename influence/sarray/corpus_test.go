package sarray

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"poa/datanet"
	"poa/inference/tokenizer"
	"poa/store"
)

// bundledStore is a store holding the bundled public-domain datanets (The Devil's
// Dictionary, Jargon File entries), indexed with GPT-2's tokenizer.
func bundledStore(t *testing.T) (*store.Store, tokenizer.Tokenizer, Meta) {
	t.Helper()
	s, err := store.Open(store.DefaultOptions(t.TempDir()).WithSyncWrites(false))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	tok, err := tokenizer.GPT2()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := datanet.ImportBundled(ctx, s, func(x string) int { return len(tok.Encode(x)) }); err != nil {
		t.Fatal(err)
	}
	var phases []string
	meta, err := BuildStore(ctx, s, BuildOptions{Tokenizer: tok, TokName: "gpt2", Progress: func(p string, _, _ int64) {
		if len(phases) == 0 || phases[len(phases)-1] != p {
			phases = append(phases, p)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(phases, []string{"tokenize", "sort", "write"}) {
		t.Fatalf("progress phases %v", phases)
	}
	return s, tok, meta
}

func TestBuildStoreBruteForce(t *testing.T) {
	s, tok, meta := bundledStore(t)
	c, err := OpenStore(s, tok, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	// The documents, re-read from the store and re-tokenized independently.
	var docs [][]int
	for _, r := range c.Refs {
		p, err := s.Point(r.Datanet, r.Point)
		if err != nil {
			t.Fatal(err)
		}
		if p.Contributor != r.Contributor {
			t.Fatalf("doc table contributor %s, store %s", r.Contributor, p.Contributor)
		}
		docs = append(docs, tok.Encode(p.Text))
	}
	if len(docs) < 100 || int64(len(docs)) != meta.Docs {
		t.Fatalf("%d documents indexed (meta %d)", len(docs), meta.Docs)
	}
	rng := rand.New(rand.NewPCG(13, 14))
	trials := 2000
	if testing.Short() {
		trials = 600
	}
	present := 0
	for it := 0; it < trials; it++ {
		d := docs[rng.IntN(len(docs))]
		n := min(len(d), 1+rng.IntN(6))
		off := rng.IntN(len(d) - n + 1)
		q := slices.Clone(d[off : off+n])
		if it%2 == 1 {
			q[rng.IntN(n)] = rng.IntN(tok.EOT())
		}
		want := bruteLocate(docs, q)
		if len(want) > 0 {
			present++
		}
		got, total, err := c.Locate(q, 0)
		if err != nil {
			t.Fatal(err)
		}
		if total != int64(len(want)) || !slices.Equal(got, want) {
			t.Fatalf("Locate(%q): %d %v, brute force %d %v", tok.Decode(q), total, got, len(want), want)
		}
	}
	if present < trials/2 || present == trials {
		t.Fatalf("%d of %d present", present, trials)
	}
	// Spans of a sentence copied from a document point back at it.
	d := rng.IntN(len(docs))
	for len(docs[d]) < 40 {
		d = rng.IntN(len(docs))
	}
	q := append(tok.Encode("As the saying goes, "), docs[d][5:35]...)
	spans, err := c.Spans(q, &SpanOptions{KeepFrac: 1})
	if err != nil || len(spans) == 0 {
		t.Fatalf("Spans: %v, %v", spans, err)
	}
	rep := c.Resolve(tok, q, spans, 5)
	found := false
	for _, r := range rep {
		for _, h := range r.Docs {
			found = found || h.Doc == d && h.Datanet == c.Refs[d].Datanet && h.Snippet != ""
		}
	}
	if !found {
		t.Fatalf("spans of a copied passage do not point at document %d: %+v", d, rep)
	}
}

func TestOpenStoreMismatch(t *testing.T) {
	s, tok, meta := bundledStore(t)
	// Another tokenizer than the one the index was built with.
	bpe, err := tokenizer.TrainBPE([]string{"some text to train a tiny tokenizer on"}, 300)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenStore(s, bpe, nil); !errors.Is(err, ErrCorpusVersion) {
		t.Fatalf("other tokenizer: %v", err)
	}
	// A document table of another corpus version.
	docsPath := filepath.Join(s.Dir(), "files", meta.DocsFile)
	b, _ := os.ReadFile(docsPath)
	refs, _, err := decodeDocTable(b, docsPath)
	if err != nil {
		t.Fatal(err)
	}
	half, _ := encodeDocTable(refs[:len(refs)/2])
	os.WriteFile(docsPath, half, 0o644)
	if _, err := OpenStore(s, tok, nil); !errors.Is(err, ErrCorpusVersion) {
		t.Fatalf("doc table with half the documents: %v", err)
	}
	os.WriteFile(docsPath, b[:len(b)-10], 0o644)
	if _, err := OpenStore(s, tok, nil); !errors.Is(err, ErrTruncated) {
		t.Fatalf("doc table cut mid-entry: %v", err)
	}
	flip := bytes.Clone(b)
	flip[len(flip)-3] ^= 1
	os.WriteFile(docsPath, flip, 0o644)
	if _, err := OpenStore(s, tok, nil); !errors.Is(err, ErrChecksum) {
		t.Fatalf("doc table with a flipped bit: %v", err)
	}
	os.WriteFile(docsPath, b, 0o644)
	if c, err := OpenStore(s, tok, nil); err != nil {
		t.Fatalf("restored: %v", err)
	} else {
		c.Close()
	}
	// A data point added after the build makes the index stale.
	const stale = "STALENESS, n. What an index has after an import."
	if _, err := datanet.ImportRecords(context.Background(), s, "devil", []datanet.Record{{Text: stale, ID: datanet.ID(datanet.Normalize(stale))}},
		datanet.ImportOptions{Contributor: "0x52908400098527886E0F7030069857D2E4169EE7"}); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenStore(s, tok, nil); !errors.Is(err, ErrCorpusVersion) || !strings.Contains(err.Error(), "devil") {
		t.Fatalf("stale index: %v", err)
	}
	if c, err := OpenStore(s, tok, &OpenOptions{AllowStale: true}); err != nil {
		t.Fatalf("AllowStale: %v", err)
	} else {
		c.Close()
	}
	if _, err := BuildStore(context.Background(), s, BuildOptions{Tokenizer: tok, TokName: "gpt2"}); err != nil {
		t.Fatal(err)
	}
	c, err := OpenStore(s, tok, nil)
	if err != nil {
		t.Fatalf("rebuilt: %v", err)
	}
	if n, _ := c.Count(tok.Encode("STALENESS, n.")); n != 1 {
		t.Fatalf("rebuilt index counts the new point %d times", n)
	}
	c.Close()
	meta, _ = func() (Meta, error) { var m Meta; return m, s.Get(store.KindIndex, MetaKey, &m) }()
	// A record pointing at an index of another corpus.
	meta.Corpus = Hash{1}.String()
	s.Put(store.KindIndex, MetaKey, meta)
	if _, err := OpenStore(s, tok, nil); !errors.Is(err, ErrCorpusVersion) {
		t.Fatalf("record of another corpus: %v", err)
	}
	s.Delete(store.KindIndex, MetaKey)
	if _, err := OpenStore(s, tok, nil); !errors.Is(err, ErrNoIndex) {
		t.Fatalf("no index: %v", err)
	}
}

func FuzzParseDocTable(f *testing.F) {
	f.Add([]byte(`{"datanet":"devil","point":"ab12","contributor":"0x52908400098527886E0F7030069857D2E4169EE7"}` + "\n"))
	f.Add([]byte("{\"datanet\":\"a\",\"point\":\"b\"}\n{\"datanet\":\"\"}\n"))
	f.Add([]byte("not json\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		refs, err := parseDocTable(bytes.NewReader(b), "docs.jsonl")
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("unclassified error %v", err)
			}
			return
		}
		for _, r := range refs {
			if r.Datanet == "" || r.Point == "" {
				t.Fatalf("accepted an entry without datanet or point: %+v", r)
			}
		}
	})
}

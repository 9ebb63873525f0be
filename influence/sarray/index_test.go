package sarray

import (
	"context"
	"crypto/sha256"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"poa/inference/tokenizer"
)

// testCorpus tokenizes testdata/docs.txt, one document per non-empty line.
func testCorpus(t testing.TB) (tokenizer.Tokenizer, [][]int) {
	t.Helper()
	tok, err := tokenizer.GPT2()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join("testdata", "docs.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var docs [][]int
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) != "" {
			docs = append(docs, tok.Encode(line))
		}
	}
	return tok, docs
}

func buildIndex(t testing.TB, vocab, eot int, docs [][]int) (*Index, string) {
	t.Helper()
	b := NewBuilder(vocab, eot)
	for _, d := range docs {
		if err := b.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "corpus.sa")
	id := Identity{Corpus: sha256.Sum256([]byte("test corpus")), TokName: "test"}
	if _, err := b.Write(context.Background(), path, id, nil); err != nil {
		t.Fatal(err)
	}
	x, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x, path
}

// bruteLocate scans every document for q: the reference for Count and Locate.
func bruteLocate(docs [][]int, q []int) []Location {
	var out []Location
	for d, doc := range docs {
		for off := 0; off+len(q) <= len(doc); off++ {
			if slices.Equal(doc[off:off+len(q)], q) {
				out = append(out, Location{d, off})
			}
		}
	}
	return out
}

func TestSuffixArraySorted(t *testing.T) {
	tok, docs := testCorpus(t)
	x, _ := buildIndex(t, tok.VocabSize(), tok.EOT(), docs)
	n := x.Tokens()
	seen := make([]bool, n)
	suffix := func(p uint32) []int32 {
		var s []int32
		for i := int64(p); i < n; i++ {
			s = append(s, x.token(i))
		}
		return s
	}
	for j, p := range x.sa {
		if seen[p] {
			t.Fatalf("position %d appears twice", p)
		}
		seen[p] = true
		if j > 0 && slices.Compare(suffix(x.sa[j-1]), suffix(p)) >= 0 {
			t.Fatalf("suffix array out of order at %d", j)
		}
	}
	if x.Header().Width != 2 || x.Docs() != len(docs) {
		t.Fatalf("width %d docs %d", x.Header().Width, x.Docs())
	}
}

func TestCountLocateBruteForce(t *testing.T) {
	tok, docs := testCorpus(t)
	for _, width := range []int{2, 4} {
		vocab := tok.VocabSize()
		if width == 4 {
			vocab = 100000 // forces 4-byte token ids
		}
		x, _ := buildIndex(t, vocab, tok.EOT(), docs)
		if x.Header().Width != width {
			t.Fatalf("width %d, want %d", x.Header().Width, width)
		}
		rng := rand.New(rand.NewPCG(9, uint64(width)))
		trials := 4000
		present := 0
		for it := 0; it < trials; it++ {
			doc := docs[rng.IntN(len(docs))]
			n := 1 + rng.IntN(8)
			var q []int
			switch it % 4 {
			case 0, 1: // present: a slice of a document
				if len(doc) < n {
					n = len(doc)
				}
				off := rng.IntN(len(doc) - n + 1)
				q = slices.Clone(doc[off : off+n])
			case 2: // probably absent: one token changed
				off := rng.IntN(len(doc) - min(n, len(doc)) + 1)
				q = slices.Clone(doc[off : off+min(n, len(doc))])
				q[rng.IntN(len(q))] = rng.IntN(tok.EOT())
			case 3: // random tokens
				for range n {
					q = append(q, rng.IntN(tok.EOT()))
				}
			}
			want := bruteLocate(docs, q)
			if len(want) > 0 {
				present++
			}
			c, err := x.Count(q)
			if err != nil {
				t.Fatal(err)
			}
			if c != int64(len(want)) {
				t.Fatalf("width %d: Count(%v) = %d, brute force %d", width, q, c, len(want))
			}
			locs, total, err := x.Locate(q, 0)
			if err != nil {
				t.Fatal(err)
			}
			if total != c || !slices.Equal(locs, want) {
				t.Fatalf("width %d: Locate(%v) = %v (%d), brute force %v", width, q, locs, total, want)
			}
			if lim, _, _ := x.Locate(q, 2); len(lim) != min(2, len(want)) {
				t.Fatalf("Locate limit 2 gave %d", len(lim))
			}
		}
		if present < trials/3 || present == trials {
			t.Fatalf("%d of %d n-grams present: the test does not exercise both cases", present, trials)
		}
	}
}

func TestLongestMatchesBruteForce(t *testing.T) {
	tok, docs := testCorpus(t)
	x, _ := buildIndex(t, tok.VocabSize(), tok.EOT(), docs)
	queries := []string{
		"The miller counted the sacks, and the magistrate read the ledger from the first page.",
		"A token is a small piece of something larger, compiled by someone who hoped never to look.",
		"completely novel words: zyzzyva quux",
	}
	for _, s := range queries {
		q := tok.Encode(s)
		got, err := x.LongestMatches(q)
		if err != nil {
			t.Fatal(err)
		}
		for i := range q {
			l := 0
			for j := i + 1; j <= len(q) && len(bruteLocate(docs, q[i:j])) > 0; j++ {
				l = j - i
			}
			want := Match{Len: l}
			if l > 0 {
				want.Count = int64(len(bruteLocate(docs, q[i:i+l])))
			}
			if got[i] != want {
				t.Fatalf("%q position %d: %+v, brute force %+v", s, i, got[i], want)
			}
		}
	}
}

func TestQueryErrors(t *testing.T) {
	tok, docs := testCorpus(t)
	x, _ := buildIndex(t, tok.VocabSize(), tok.EOT(), docs)
	if _, err := x.Count(make([]int, MaxQuery+1)); !isErr(err, ErrQueryTooLong) {
		t.Fatalf("long query: %v", err)
	}
	if _, err := x.Count([]int{tok.VocabSize()}); !isErr(err, ErrTokenRange) {
		t.Fatalf("token out of range: %v", err)
	}
	// The separator never matches: no n-gram spans two documents.
	last, first := docs[0][len(docs[0])-1], docs[1][0]
	if c, _ := x.Count([]int{last, tok.EOT(), first}); c != 0 {
		t.Fatalf("n-gram across a document boundary counted %d", c)
	}
	b := NewBuilder(tok.VocabSize(), tok.EOT())
	if err := b.Add([]int{1, tok.EOT(), 2}); !isErr(err, ErrTokenRange) {
		t.Fatalf("document holding the separator: %v", err)
	}
}

func TestEmptyCorpus(t *testing.T) {
	x, _ := buildIndex(t, 300, 299, nil)
	if c, err := x.Count([]int{5}); err != nil || c != 0 {
		t.Fatalf("Count on empty corpus = %d, %v", c, err)
	}
	if s, err := x.Spans([]int{1, 2, 3}, nil); err != nil || len(s) != 0 {
		t.Fatalf("Spans on empty corpus = %v, %v", s, err)
	}
}

package shard

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"poa/influence/sarray"
)

// smallTok is a tokenizer of v ids (the last one EOT) for synthetic corpora.
type smallTok struct{ v int }

func (t smallTok) Encode(s string) []int {
	out := make([]int, len(s))
	for i := range s {
		out[i] = int(s[i]) % (t.v - 1)
	}
	return out
}
func (t smallTok) Decode(ids []int) string { return fmt.Sprint(ids) }
func (t smallTok) Token(id int) string     { return fmt.Sprintf("<%d>", id) }
func (t smallTok) VocabSize() int          { return t.v }
func (t smallTok) EOT() int                { return t.v - 1 }

func TestPlan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 500 {
		n := rng.IntN(40)
		lens := make([]int64, n)
		for i := range lens {
			lens[i] = int64(rng.IntN(30))
			if rng.IntN(10) == 0 {
				lens[i] = int64(rng.IntN(500)) // a document longer than T/S empties shards
			}
		}
		s := 1 + rng.IntN(8)
		first := Plan(lens, s)
		// The rule, computed directly: shard of each document, empty shards dropped.
		var total, c int64
		for _, l := range lens {
			total += l + 1
		}
		want := []int{}
		prev := -1
		for i, l := range lens {
			k := int(min(int64(s-1), c*int64(s)/total))
			if k < prev {
				t.Fatalf("trial %d: shards not monotone", trial)
			}
			if k != prev {
				want = append(want, i)
			}
			prev = k
			c += l + 1
		}
		want = append(want, n)
		if !slices.Equal(first, want) {
			t.Fatalf("trial %d: Plan(%v, %d) = %v, want %v", trial, lens, s, first, want)
		}
		if len(first)-1 > s {
			t.Fatalf("trial %d: %d shards for %d asked", trial, len(first)-1, s)
		}
		// Balance: each shard holds at most T/S tokens plus its last document.
		for k := 0; k+1 < len(first); k++ {
			var tok, last int64
			for i := first[k]; i < first[k+1]; i++ {
				tok += lens[i] + 1
				last = lens[i] + 1
			}
			if tok > (total+int64(s)-1)/int64(s)+last {
				t.Fatalf("trial %d: shard %d holds %d of %d tokens in %d shards", trial, k, tok, total, s)
			}
		}
	}
}

// synthetic returns a corpus built to stress the sharded merge: a tiny alphabet,
// many duplicated documents (so suffixes compare equal up to a shard's end), empty
// documents and a last document of each region repeated elsewhere.
func synthetic(rng *rand.Rand, n, v int) ([]sarray.DocRef, [][]int32) {
	var docs [][]int32
	for i := range n {
		switch {
		case i > 0 && rng.IntN(3) == 0:
			docs = append(docs, slices.Clone(docs[rng.IntN(i)]))
		case rng.IntN(15) == 0:
			docs = append(docs, []int32{})
		default:
			d := make([]int32, 1+rng.IntN(12))
			for j := range d {
				d[j] = int32(rng.IntN(v - 1))
			}
			docs = append(docs, d)
		}
	}
	refs := make([]sarray.DocRef, n)
	for i := range refs {
		refs[i] = sarray.DocRef{Datanet: fmt.Sprintf("dn%d", i%3), Point: fmt.Sprintf("p%05d", i), Contributor: fmt.Sprintf("0xc%d", i%7)}
	}
	return refs, docs
}

// monolithic builds one sarray index of docs in dir.
func monolithic(t *testing.T, dir string, tok smallTok, refs []sarray.DocRef, docs [][]int32) *sarray.Index {
	t.Helper()
	b := sarray.NewBuilder(tok.VocabSize(), tok.EOT())
	for _, d := range docs {
		ids := make([]int, len(d))
		for i, x := range d {
			ids[i] = int(x)
		}
		if err := b.Add(ids); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "mono.sa")
	if _, err := b.Write(context.Background(), path, sarray.Identity{Corpus: sarray.CorpusVersion(refs), Tokenizer: sarray.TokenizerHash(tok), TokName: "small"}, nil); err != nil {
		t.Fatal(err)
	}
	x, err := sarray.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

// naiveLocate is the merge that trusts each shard's own suffix order: its first
// limit occurrences, merged in global order. It differs from the monolithic answer
// when suffixes compare equal up to a shard's end; the test shows the corpus
// exercises that case.
func naiveLocate(x *Index, q []int, limit int) []sarray.Location {
	type occ struct {
		k   int
		pos int64
	}
	var c []occ
	for k, s := range x.shards {
		lo, hi := s.Find(q)
		for r := lo; r < hi && r < lo+int64(limit); r++ {
			c = append(c, occ{k, s.Suffix(r)})
		}
	}
	slices.SortFunc(c, func(a, b occ) int { return x.compareSuffixes(x.off[a.k]+a.pos, x.off[b.k]+b.pos, len(q)) })
	c = c[:min(limit, len(c))]
	out := []sarray.Location{}
	for _, o := range c {
		l := x.shards[o.k].Position(o.pos)
		l.Doc += x.first[o.k]
		out = append(out, l)
	}
	slices.SortFunc(out, func(a, b sarray.Location) int {
		if a.Doc != b.Doc {
			return a.Doc - b.Doc
		}
		return a.Offset - b.Offset
	})
	return out
}

// TestShardedEqualsMonolithic checks counts, locations (with limits: which
// occurrences), longest matches, spans and their documents of 1..8 shards against
// one index over the same documents, bit for bit.
func TestShardedEqualsMonolithic(t *testing.T) {
	ctx := context.Background()
	const v = 6
	tok := smallTok{v}
	corpora := 6
	if testing.Short() {
		corpora = 3
	}
	naiveDiffers := 0
	for seed := range corpora {
		rng := rand.New(rand.NewPCG(uint64(seed), 7))
		refs, docs := synthetic(rng, 60+rng.IntN(60), v)
		dir := t.TempDir()
		mono := monolithic(t, dir, tok, refs, docs)
		// Queries: every n-gram of length 1-5 from random positions, plus random ones.
		var queries [][]int
		for range 150 {
			d := docs[rng.IntN(len(docs))]
			if len(d) == 0 {
				continue
			}
			i := rng.IntN(len(d))
			j := min(len(d), i+1+rng.IntN(5))
			q := make([]int, 0, j-i)
			for _, x := range d[i:j] {
				q = append(q, int(x))
			}
			queries = append(queries, q)
		}
		for range 40 {
			q := make([]int, 1+rng.IntN(6))
			for i := range q {
				q[i] = rng.IntN(v - 1)
			}
			queries = append(queries, q)
		}
		for _, s := range []int{1, 2, 3, 5, 8} {
			sdir := filepath.Join(dir, fmt.Sprintf("s%d", s))
			set, err := BuildLocal(ctx, sdir, refs, docs, LocalOptions{Tokenizer: tok, TokName: "small", Shards: s})
			if err != nil {
				t.Fatal(err)
			}
			x, err := Open(sdir, &OpenOptions{VerifySHA256: true})
			if err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("seed=%d/shards=%d", seed, s)
			if set.Corpus != sarray.CorpusVersion(refs).String() || !reflect.DeepEqual(x.Refs, refs) || x.Tokens() != mono.Tokens() || x.Docs() != mono.Docs() {
				t.Fatalf("%s: set %+v does not describe the corpus", name, set)
			}
			for d := range docs {
				if !slices.Equal(x.DocTokens(d, -1, 100), mono.DocTokens(d, -1, 100)) {
					t.Fatalf("%s: document %d differs", name, d)
				}
			}
			// Sequential and parallel fan-out (more workers than some sets have shards).
			base := name
			for _, w := range []int{1, 3} {
				x.SetWorkers(w)
				name := fmt.Sprintf("%s/workers=%d", base, w)
				for _, q := range queries {
					cw, _ := mono.Count(q)
					cg, _ := x.Count(q)
					if cw != cg {
						t.Fatalf("%s: Count(%v) = %d, monolithic %d", name, q, cg, cw)
					}
					for _, limit := range []int{0, 1, 2, 3, 5, 10} {
						lw, nw, _ := mono.Locate(q, limit)
						lg, ng, _ := x.Locate(q, limit)
						if nw != ng || !reflect.DeepEqual(lw, lg) {
							t.Fatalf("%s: Locate(%v, %d) = %v (%d), monolithic %v (%d)", name, q, limit, lg, ng, lw, nw)
						}
						if limit > 0 && !reflect.DeepEqual(naiveLocate(x, q, limit), lw) {
							naiveDiffers++
						}
					}
					mw, _ := mono.LongestMatches(q)
					mg, _ := x.LongestMatches(q)
					if !reflect.DeepEqual(mw, mg) {
						t.Fatalf("%s: LongestMatches(%v) = %v, monolithic %v", name, q, mg, mw)
					}
				}
				// Spans of outputs made of corpus pieces and noise, under several
				// options (ties in log-probability keep the earlier start).
				for range 30 {
					var out []int
					for len(out) < 40 {
						if rng.IntN(3) == 0 {
							out = append(out, rng.IntN(v-1))
							continue
						}
						d := docs[rng.IntN(len(docs))]
						for _, t := range d {
							out = append(out, int(t))
						}
					}
					for _, o := range []sarray.SpanOptions{{}, {MinLen: 1, MaxCount: 1000, KeepFrac: 1, MaxDocs: 3}, {MinLen: 3, MaxCount: 4, KeepFrac: 0.2, MaxDocs: 1}} {
						sw, ew := mono.Spans(out, &o)
						sg, eg := x.Spans(out, &o)
						if !reflect.DeepEqual(sw, sg) || (ew == nil) != (eg == nil) {
							t.Fatalf("%s: Spans(%v, %+v) = %+v, monolithic %+v", name, out, o, sg, sw)
						}
					}
				}
			}
			if _, err := x.Count(make([]int, sarray.MaxQuery+1)); !errors.Is(err, sarray.ErrQueryTooLong) {
				t.Fatalf("%s: long query: %v", name, err)
			}
			x.Close()
		}
	}
	if naiveDiffers == 0 {
		t.Fatalf("the corpora never make a shard's own suffix order differ from the global one: the test does not exercise the merge")
	}
	t.Logf("the naive merge differs from the monolithic answer on %d queries", naiveDiffers)
}

// TestOpenRefusesDamage flips a byte in a shard, edits a manifest and a set, and
// checks each is refused with the right error.
func TestOpenRefusesDamage(t *testing.T) {
	tok := smallTok{6}
	refs, docs := synthetic(rand.New(rand.NewPCG(3, 3)), 50, 6)
	dir := t.TempDir()
	set, err := BuildLocal(context.Background(), dir, refs, docs, LocalOptions{Tokenizer: tok, TokName: "small", Shards: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Shards) != 3 {
		t.Fatalf("%d shards", len(set.Shards))
	}
	sa := filepath.Join(dir, set.Shards[1].Dir, IndexFile)
	orig, _ := os.ReadFile(sa)
	b := slices.Clone(orig)
	b[len(b)-3] ^= 1
	os.WriteFile(sa, b, 0o644)
	if _, err := Open(dir, nil); !errors.Is(err, sarray.ErrChecksum) {
		t.Fatalf("flipped shard byte: %v", err)
	}
	os.WriteFile(sa, orig, 0o644)
	man := filepath.Join(dir, set.Shards[2].Dir, ManifestFile)
	mb, _ := os.ReadFile(man)
	os.WriteFile(man, append(mb, ' '), 0o644)
	if _, err := Open(dir, nil); !errors.Is(err, sarray.ErrChecksum) {
		t.Fatalf("edited manifest: %v", err)
	}
	os.WriteFile(man, mb, 0o644)
	if x, err := Open(dir, nil); err != nil {
		t.Fatalf("restored set: %v", err)
	} else {
		x.Close()
	}
	other := sarray.TokenizerHash(smallTok{7})
	if _, err := Open(dir, &OpenOptions{Tokenizer: &other}); !errors.Is(err, sarray.ErrCorpusVersion) {
		t.Fatalf("other tokenizer: %v", err)
	}
	if _, err := Open(t.TempDir(), nil); !errors.Is(err, ErrNoSet) {
		t.Fatalf("empty directory: %v", err)
	}
}

// FuzzOpenSet feeds arbitrary set manifests to Open: an error, never a panic.
func FuzzOpenSet(f *testing.F) {
	tok := smallTok{6}
	refs, docs := synthetic(rand.New(rand.NewPCG(9, 9)), 20, 6)
	seedDir := f.TempDir()
	if _, err := BuildLocal(context.Background(), seedDir, refs, docs, LocalOptions{Tokenizer: tok, TokName: "small", Shards: 2}); err != nil {
		f.Fatal(err)
	}
	good, err := os.ReadFile(filepath.Join(seedDir, SetFile))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(`{"format":1,"shards":[{"dir":"../x"}]}`))
	f.Add([]byte(`{"format":1,"shards":[]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if err := os.WriteFile(filepath.Join(seedDir, SetFile), b, 0o644); err != nil {
			t.Fatal(err)
		}
		if x, err := Open(seedDir, nil); err == nil {
			x.Count([]int{1})
			x.Close()
		}
	})
}

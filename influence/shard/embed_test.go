package shard

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"poa/influence/embed"
	"poa/influence/lm"
	"poa/influence/sarray"
	"poa/store"
)

// TestEmbeddingShardsEqualMonolithic builds an adapter's embedding index
// monolithically (lm.BuildEmbeddings) and as an embedding set of 1 and 3 shards by the
// Beam pipeline on Prism (another batch size: a vector must not depend on its batch),
// and checks every key and vector bit for bit, the ids hash and the sha256 of the
// equivalent file, then the fan-out top k against embed.Index.Exact on the monolithic
// index for many queries (sequential and parallel; the zero query ties every score,
// which the smaller key must break), and that a damaged shard is refused.
func TestEmbeddingShardsEqualMonolithic(t *testing.T) {
	ctx := context.Background()
	n := 40
	s := sketchStore(t, n)
	meta, err := lm.BuildEmbeddings(ctx, s, lm.EmbedOptions{Adapter: "ad", BatchSize: 16})
	if err != nil {
		t.Fatal(err)
	}
	mono, err := lm.OpenEmbeddings(s, "ad")
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	var queries [][]float32
	for range 20 {
		q := make([]float32, meta.Dim)
		for j := range q {
			q[j] = float32(rng.NormFloat64())
		}
		queries = append(queries, q)
	}
	for i := range 5 {
		v, _ := mono.Index.Vector(i * 7)
		queries = append(queries, v)
	}
	queries = append(queries, make([]float32, meta.Dim)) // zero: all scores 0, order by key
	dir, _ := EmbedSetDir(s, "ad")
	for _, shards := range []int{1, 3} {
		set, err := BuildEmbeddings(ctx, s, EmbedOptions{EmbedOptions: lm.EmbedOptions{Adapter: "ad", BatchSize: 3}, Shards: shards})
		if err != nil {
			t.Fatal(err)
		}
		if len(set.Shards) != shards || set.Rows != int64(n) {
			t.Fatalf("%d shards asked: %d shards, %d rows", shards, len(set.Shards), set.Rows)
		}
		if set.FileSHA256 != meta.FileSHA256 || set.IDsSHA256 != meta.IDsSHA256 || set.Layer != meta.Layer || set.File != meta.File {
			t.Fatalf("%d shards: set %+v\nmonolithic record %+v", shards, set, meta)
		}
		for _, workers := range []int{1, 0} {
			x, err := OpenEmbeddings(dir, true, workers)
			if err != nil {
				t.Fatal(err)
			}
			for key := range n {
				got, ok := x.Vector(key)
				want, _ := mono.Index.Vector(key)
				if !ok || len(got) != len(want) {
					t.Fatalf("%d shards: key %d missing", shards, key)
				}
				for j := range got {
					if math.Float32bits(got[j]) != math.Float32bits(want[j]) {
						t.Fatalf("%d shards: key %d [%d] = %g, monolithic %g", shards, key, j, got[j], want[j])
					}
				}
			}
			for qi, q := range queries {
				for _, k := range []int{1, 4, 17, n, n + 5} {
					got, want := x.Nearest(q, k), mono.Index.Exact(q, k)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("%d shards, %d workers, query %d, k=%d:\n%v\nmonolithic\n%v", shards, workers, qi, k, got, want)
					}
				}
			}
			if got := x.Nearest(queries[len(queries)-1], 5); got[0].Key != 0 || got[4].Key != 4 {
				t.Fatalf("zero query: %v, want keys 0..4", got)
			}
			x.Close()
		}
	}
	// A damaged vector file is refused (its CRC, and with verify its sha256).
	set, err := ReadEmbedSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, set.Shards[1].Dir, VectorsFile)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)-3] ^= 1
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, verify := range []bool{false, true} {
		if _, err := OpenEmbeddings(dir, verify, 0); !errors.Is(err, embed.ErrChecksum) && !errors.Is(err, sarray.ErrChecksum) {
			t.Fatalf("verify %v: a damaged shard opened: %v", verify, err)
		}
	}
}

// TestAttributeOverEmbeddingSet attributes outputs with embedding candidates turned on
// by the threshold (lowered through Options.CandidateThreshold) over the monolithic
// embedding index, then removes that index's file and attributes again over embedding
// sets of 1 and 3 shards (discovered, and named): the records must be the same JSON,
// candidates included. A stale set is refused when named and not used when
// discovered.
func TestAttributeOverEmbeddingSet(t *testing.T) {
	ctx := context.Background()
	s := sketchStore(t, 40)
	so := lm.SketchOptions{Adapter: "ad", KIn: 4, KOut: 4, BatchSize: 4}
	if _, _, err := lm.BuildSketches(ctx, s, so); err != nil {
		t.Fatal(err)
	}
	meta, err := lm.BuildEmbeddings(ctx, s, lm.EmbedOptions{Adapter: "ad"})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	if err := s.Points("proverbs", func(p store.DataPoint) error { texts = append(texts, p.Text); return nil }); err != nil {
		t.Fatal(err)
	}
	queries := []lm.Options{
		{Adapter: "ad", Prompt: "early bird", Output: " " + texts[3], TopPoints: 5, TopTokens: 2, CandidateThreshold: 10},
		{Adapter: "ad", Prompt: "all that glitters", Output: " " + texts[30], TopPoints: 6, TopTokens: 3, CandidateThreshold: 10, Method: "tracin"},
	}
	attribute := func(o lm.Options) string {
		t.Helper()
		_, rec, err := lm.Attribute(ctx, s, o)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	var want []string
	for _, o := range queries {
		want = append(want, attribute(o))
	}
	if !strings.Contains(want[0], `"candidates"`) || !strings.Contains(want[0], meta.FileSHA256) {
		t.Fatalf("the monolithic record has no embedding candidates: %s", want[0])
	}
	// Without the monolithic file, only a set can give the candidates.
	monoPath, _ := s.FilePath(strings.Split(meta.File, "/")...)
	if err := os.Remove(monoPath); err != nil {
		t.Fatal(err)
	}
	if got := attribute(queries[0]); got == want[0] {
		t.Fatal("the record is the same without the embedding index: the test compares little")
	}
	dir, _ := EmbedSetDir(s, "ad")
	for _, shards := range []int{1, 3} {
		if _, err := BuildEmbeddings(ctx, s, EmbedOptions{EmbedOptions: lm.EmbedOptions{Adapter: "ad"}, Shards: shards}); err != nil {
			t.Fatal(err)
		}
		for _, dirs := range [][]string{nil, {dir}} {
			src, err := OpenSources(s, "ad", dirs)
			if err != nil {
				t.Fatal(err)
			}
			if src.Embeddings == nil || src.Embeddings.Shards() != shards || len(src.Notes) > 0 {
				t.Fatalf("%d shards, dirs %v: sources %+v", shards, dirs, src)
			}
			for i, o := range queries {
				src.Apply(&o)
				if got := attribute(o); got != want[i] {
					t.Fatalf("%d shards, dirs %v, query %d: record over the set\n%s\nmonolithic\n%s", shards, dirs, i, got, want[i])
				}
			}
			src.Close()
		}
	}
	// A point added since: the set is stale.
	if _, err := s.AddPoints(ctx, "proverbs", []store.DataPoint{{ID: strings.Repeat("cd", 32), Contributor: "0x" + strings.Repeat("1", 40), Text: "a new point", Tokens: 11}}); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenSources(s, "ad", []string{dir}); !errors.Is(err, lm.ErrStaleEmbeddings) {
		t.Fatalf("a stale embedding set, named: %v", err)
	}
	src, err := OpenSources(s, "ad", nil)
	if err != nil || src.Embeddings != nil || len(src.Notes) == 0 || !strings.Contains(strings.Join(src.Notes, "\n"), "embedding set") {
		t.Fatalf("a stale embedding set, discovered: %+v, %v", src, err)
	}
	src.Close()
}

package shard

import (
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"

	"poa/datanet"
	"poa/inference/tokenizer"
	"poa/influence/sarray"
	"poa/store"
)

// compareWithCorpus checks the sharded index against a monolithic store index of the
// same documents in the same order: document table, corpus version, counts and
// locations of n-grams drawn from the corpus, spans and their resolved documents.
func compareWithCorpus(t *testing.T, name string, x *Index, c *sarray.Index, refs []sarray.DocRef, tok tokenizer.Tokenizer, rng *rand.Rand) {
	t.Helper()
	if !reflect.DeepEqual(x.Refs, refs) || x.Tokens() != c.Tokens() || x.Set.Corpus != sarray.CorpusVersion(refs).String() {
		t.Fatalf("%s: documents differ (%d vs %d tokens)", name, x.Tokens(), c.Tokens())
	}
	for range 300 {
		d := rng.IntN(c.Docs())
		n := c.DocLen(d)
		if n == 0 {
			continue
		}
		i := rng.IntN(n)
		q := c.DocTokens(d, i, i+1+rng.IntN(6))
		lw, nw, _ := c.Locate(q, 10)
		lg, ng, _ := x.Locate(q, 10)
		if nw != ng || !reflect.DeepEqual(lw, lg) {
			t.Fatalf("%s: Locate(%v) = %v (%d), monolithic %v (%d)", name, q, lg, ng, lw, nw)
		}
	}
	opts := &sarray.SpanOptions{WordStart: sarray.WordStarts(tok), KeepFrac: 0.5}
	for range 20 {
		var parts []string
		for range 3 {
			d := rng.IntN(c.Docs())
			text := tok.Decode(c.DocTokens(d, 0, c.DocLen(d)))
			w := strings.Fields(text)
			if len(w) > 12 {
				i := rng.IntN(len(w) - 12)
				w = w[i : i+12]
			}
			parts = append(parts, strings.Join(w, " "), "and so, said the model,")
		}
		q := tok.Encode(strings.Join(parts, " "))
		sw, _ := c.Spans(q, opts)
		sg, _ := x.Spans(q, opts)
		if !reflect.DeepEqual(sw, sg) {
			t.Fatalf("%s: Spans differ:\n%+v\n%+v", name, sg, sw)
		}
		rw := sarray.ResolveSpans(c, refs, tok, q, sw, 8)
		rg := x.Resolve(tok, q, sg, 8)
		if !reflect.DeepEqual(rw, rg) {
			t.Fatalf("%s: resolved spans differ", name)
		}
	}
}

// TestPipelinePrism runs the Beam pipeline on Prism over the bundled datanets, checks
// the shards against the monolithic store index, then adds an import incrementally
// and compacts.
func TestPipelinePrism(t *testing.T) {
	ctx := context.Background()
	// Everything Beam writes to the temporary folder lands here, which must be empty
	// after the runs (Beam's loopback placeholder worker files are removed).
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	defer func() {
		if left, _ := os.ReadDir(tmp); len(left) > 0 {
			var names []string
			for _, e := range left {
				names = append(names, e.Name())
			}
			t.Errorf("the pipeline runs left %v in the temporary folder", names)
		}
	}()
	s, err := store.Open(store.DefaultOptions(t.TempDir()).WithSyncWrites(false))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tok, err := tokenizer.GPT2()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := datanet.ImportBundled(ctx, s, func(x string) int { return len(tok.Encode(x)) }); err != nil {
		t.Fatal(err)
	}
	meta, err := sarray.BuildStore(ctx, s, sarray.BuildOptions{Tokenizer: tok, TokName: "gpt2"})
	if err != nil {
		t.Fatal(err)
	}
	c, err := sarray.OpenStore(s, tok, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var phases []string
	set, err := Build(ctx, s, Options{Shards: 3, Tokenizer: tok, TokName: "gpt2", Progress: func(p string, _, _ int64) {
		if len(phases) == 0 || phases[len(phases)-1] != p {
			phases = append(phases, p)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Shards) != 3 || set.Corpus != meta.Corpus || set.Tokens != meta.Tokens || set.Docs != meta.Docs || set.Runner != "prism" {
		t.Fatalf("set %+v, monolithic %+v", set, meta)
	}
	if !reflect.DeepEqual(phases, []string{"read", "pipeline", "verify"}) {
		t.Fatalf("progress phases %v", phases)
	}
	dir, _ := SetDir(s)
	th := sarray.TokenizerHash(tok)
	x, err := Open(dir, &OpenOptions{Tokenizer: &th, VerifySHA256: true})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(5, 5))
	compareWithCorpus(t, "pipeline", x, c.Index, c.Refs, tok, rng)
	x.Close()
	if d := sarray.Staleness(set.Counts, must(s.Datanets())); d != "" {
		t.Fatalf("fresh set stale: %s", d)
	}

	// An import of new points adds one shard; the old shards stay as they are.
	pts := []store.DataPoint{
		{Text: "ZYMURGY, n. The art of fermentation, which a sharded index learns late.", Contributor: "0x00000000000000000000000000000000000000b0"},
		{Text: "SHARD, n. A piece of a broken vessel; of an index, a piece that still answers.", Contributor: "0x00000000000000000000000000000000000000b0"},
	}
	for i := range pts {
		pts[i].Text = datanet.Normalize(pts[i].Text)
		pts[i].ID = datanet.ID(pts[i].Text)
		pts[i].Tokens = len(tok.Encode(pts[i].Text))
	}
	if _, err := s.AddPoints(ctx, "devil", pts); err != nil {
		t.Fatal(err)
	}
	set2, added, err := Add(ctx, s, Options{Tokenizer: tok, TokName: "gpt2"})
	if err != nil {
		t.Fatal(err)
	}
	if added != 2 || len(set2.Shards) != 4 || set2.Shards[0] != set.Shards[0] || set2.Docs != set.Docs+2 {
		t.Fatalf("incremental add: %d added, set %+v", added, set2)
	}
	if d := sarray.Staleness(set2.Counts, must(s.Datanets())); d != "" {
		t.Fatalf("set stale after add: %s", d)
	}
	x, err = Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	refs := x.Refs
	// The monolithic index of the same documents in the set's order.
	mono := monolithicOf(t, x, tok)
	if n, _ := x.Count(tok.Encode(" a piece that still answers")); n != 1 {
		t.Fatalf("new point not found: %d", n)
	}
	compareWithCorpus(t, "after add", x, mono, refs, tok, rng)
	x.Close()

	// Compaction merges the small new shard into its neighbour; answers are unchanged.
	set3, merged, err := Compact(ctx, dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	if merged != 1 || len(set3.Shards) != 3 || set3.Corpus != set2.Corpus {
		t.Fatalf("compact: merged %d, %+v", merged, set3)
	}
	x, err = Open(dir, &OpenOptions{VerifySHA256: true})
	if err != nil {
		t.Fatal(err)
	}
	compareWithCorpus(t, "after compact", x, mono, refs, tok, rng)
	x.Close()

	if _, err := Build(ctx, s, Options{Shards: 2, Tokenizer: tok, TokName: "gpt2", Runner: "universal"}); !errors.Is(err, ErrRunner) {
		t.Fatalf("universal without endpoint: %v", err)
	}
	// What a universal run leaves in Beam's process-wide flags (its job server, a
	// Docker environment) must not redirect the next Prism run.
	*jobopts.Endpoint, *jobopts.EnvironmentType = "127.0.0.1:1", "DOCKER"
	if set4, err := Build(ctx, s, Options{Shards: 2, Tokenizer: tok, TokName: "gpt2"}); err != nil || len(set4.Shards) != 2 {
		t.Fatalf("prism after a universal run's flags: %v", err)
	}
}

// monolithicOf builds one sarray index of the documents of x in its order.
func monolithicOf(t *testing.T, x *Index, tok tokenizer.Tokenizer) *sarray.Index {
	t.Helper()
	b := sarray.NewBuilder(tok.VocabSize(), tok.EOT())
	for d := range x.Docs() {
		if err := b.Add(x.DocTokens(d, 0, x.DocLen(d))); err != nil {
			t.Fatal(err)
		}
	}
	path := t.TempDir() + "/mono.sa"
	if _, err := b.Write(context.Background(), path, sarray.Identity{Corpus: sarray.CorpusVersion(x.Refs), Tokenizer: sarray.TokenizerHash(tok), TokName: "gpt2"}, nil); err != nil {
		t.Fatal(err)
	}
	m, err := sarray.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

package shard

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"poa/inference/tokenizer"
	"poa/influence/sarray"
)

// commitSet completes set with the shards kept from a previous set and the shards
// written under gen, in document order, checks that they hold documents 0..D-1 contiguously and
// the corpus version set.Corpus, writes set.json and removes shard directories no
// longer referenced.
func commitSet(dir string, set Set, kept []ShardRef, gen string, t0 time.Time, progress func(string, int64, int64)) (Set, error) {
	paths, err := filepath.Glob(filepath.Join(dir, gen+"-*", ManifestFile))
	if err != nil {
		return set, err
	}
	type entry struct {
		m   Manifest
		ref ShardRef
	}
	var fresh []entry
	for i, p := range paths {
		sdir := filepath.Dir(p)
		m, sum, err := readManifest[Manifest](sdir, "shard")
		if err != nil {
			return set, err
		}
		fresh = append(fresh, entry{m, ShardRef{Dir: filepath.Base(sdir), FirstDoc: m.FirstDoc, Docs: m.Docs, Tokens: m.Tokens,
			Bytes: m.Files[IndexFile].Bytes + m.Files[DocsFile].Bytes, ManifestSHA256: sum}})
		progress("verify", int64(i+1), int64(len(paths)))
	}
	set.Shards = append([]ShardRef{}, kept...)
	for _, e := range fresh {
		set.Shards = append(set.Shards, e.ref)
	}
	slices.SortFunc(set.Shards, func(a, b ShardRef) int { return cmp.Compare(a.FirstDoc, b.FirstDoc) })
	set.Docs, set.Tokens, set.Bytes = 0, 0, 0
	for _, r := range set.Shards {
		if r.FirstDoc != set.Docs {
			return set, fmt.Errorf("shard set %s: %w: shard %s starts at document %d, expected %d", dir, sarray.ErrFormat, r.Dir, r.FirstDoc, set.Docs)
		}
		set.Docs += r.Docs
		set.Tokens += r.Tokens
		set.Bytes += r.Bytes
	}
	set.Built = time.Now().UTC()
	set.BuildSec = time.Since(t0).Seconds()
	if err := writeSet(dir, set); err != nil {
		return set, err
	}
	// A check that the set opens and hashes to its corpus version before older
	// shards are removed.
	x, err := Open(dir, &OpenOptions{SkipPayloadChecksum: true})
	if err != nil {
		return set, err
	}
	x.Close()
	live := map[string]bool{}
	for _, r := range set.Shards {
		live[r.Dir] = true
	}
	removeStale(dir, func(e os.DirEntry) bool { return e.IsDir() && !live[e.Name()] })
	return set, nil
}

// LocalOptions names the tokenizer of shards built without a pipeline.
type LocalOptions struct {
	Tokenizer tokenizer.Tokenizer
	TokName   string
	Shards    int
}

// BuildLocal writes a shard set in dir from already tokenized documents (refs[i]
// names docs[i]) in this process, with the same plan and files as the pipeline; tests,
// benchmarks and Compact use it. It panics if o.Shards < 1 or the slices differ in length.
func BuildLocal(ctx context.Context, dir string, refs []sarray.DocRef, docs [][]int32, o LocalOptions) (Set, error) {
	if len(refs) != len(docs) {
		panic("shard: BuildLocal with refs and docs of different lengths")
	}
	t0 := time.Now()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Set{}, fmt.Errorf("shard: %w", err)
	}
	gen := fmt.Sprintf("g%d", time.Now().UnixNano())
	if err := writeRange(ctx, dir, gen, 0, refs, docs, o); err != nil {
		return Set{}, err
	}
	set := Set{Format: FormatVersion, Corpus: sarray.CorpusVersion(refs).String(), Tokenizer: sarray.TokenizerHash(o.Tokenizer).String(),
		TokName: o.TokName, Requested: o.Shards, Counts: map[string]sarray.DatanetCount{}, Datanets: []string{}, Runner: "local"}
	return commitSet(dir, set, nil, gen, t0, func(string, int64, int64) {})
}

// writeRange plans docs into o.Shards shards and writes them as dir/<gen>-<k>, with
// global ids starting at firstDoc.
func writeRange(ctx context.Context, dir, gen string, firstDoc int64, refs []sarray.DocRef, docs [][]int32, o LocalOptions) error {
	lens := make([]int64, len(docs))
	for i, d := range docs {
		lens[i] = int64(len(d))
	}
	first := Plan(lens, o.Shards)
	th := sarray.TokenizerHash(o.Tokenizer)
	for k := 0; k+1 < len(first); k++ {
		m := Manifest{Shard: k, Of: len(first) - 1, FirstDoc: firstDoc + int64(first[k]), TokName: o.TokName}
		lo, hi := first[k], first[k+1]
		if _, err := writeShard(ctx, filepath.Join(dir, shardDir(gen, k)), m, o.Tokenizer.VocabSize(), o.Tokenizer.EOT(), th, refs[lo:hi], docs[lo:hi]); err != nil {
			return err
		}
	}
	return nil
}

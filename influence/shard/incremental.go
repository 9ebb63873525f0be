package shard

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"time"

	"poa/influence/sarray"
	"poa/store"
)

// Add indexes the data points of s that the store's shard set does not hold yet as
// new shards after the existing ones (o.Shards of them; 1 if o.Shards < 1), by the
// same pipeline as Build, and records the new corpus version (of all documents, old
// then new) and datanet counts. Existing shards are not read again beyond their
// document tables. It returns the set and the number of documents added; with none
// new it only refreshes the counts. ErrNoSet if the store has no set; a set of
// another tokenizer is sarray.ErrCorpusVersion (run Build).
func Add(ctx context.Context, s *store.Store, o Options) (Set, int, error) {
	t0 := time.Now()
	dir, err := SetDir(s)
	if err != nil {
		return Set{}, 0, err
	}
	th := sarray.TokenizerHash(o.Tokenizer)
	x, err := Open(dir, &OpenOptions{Tokenizer: &th, SkipPayloadChecksum: true})
	if err != nil {
		return Set{}, 0, err
	}
	set, refs := x.Set, slices.Clone(x.Refs)
	x.Close()
	have := make(map[string]bool, len(refs))
	for _, r := range refs {
		have[r.Datanet+"\x00"+r.Point] = true
	}
	docs, counts, names, err := readStore(ctx, s)
	if err != nil {
		return Set{}, 0, err
	}
	var fresh []Doc
	for _, d := range docs {
		if !have[d.Datanet+"\x00"+d.Point] {
			d.ID = int64(len(fresh))
			fresh = append(fresh, d)
			refs = append(refs, sarray.DocRef{Datanet: d.Datanet, Point: d.Point, Contributor: d.Contributor})
		}
	}
	set.Counts, set.Datanets = counts, names
	if len(fresh) == 0 {
		set.Built = time.Now().UTC()
		return set, 0, writeSet(dir, set)
	}
	if o.Shards < 1 {
		o.Shards = 1
	}
	gen := fmt.Sprintf("g%d", time.Now().UnixNano())
	if err := RunPipeline(ctx, dir, gen, set.Docs, fresh, o); err != nil {
		return Set{}, 0, err
	}
	set.Corpus = sarray.CorpusVersion(refs).String()
	set.Runner = runnerName(o)
	progress := o.Progress
	if progress == nil {
		progress = func(string, int64, int64) {}
	}
	set, err = commitSet(dir, set, set.Shards, gen, t0, progress)
	return set, len(fresh), err
}

// Compact merges runs of adjacent shards of the set in dir whose tokens add up to at
// most maxTokens (≤ 0: the largest shard's) into one shard each, from the shards' own
// tokens and document tables (nothing is tokenized again); documents keep their ids,
// so every answer stays the same. It returns the new set and the number of shards
// merged away.
func Compact(ctx context.Context, dir string, maxTokens int64) (Set, int, error) {
	t0 := time.Now()
	x, err := Open(dir, nil)
	if err != nil {
		return Set{}, 0, err
	}
	defer x.Close()
	set := x.Set
	if maxTokens <= 0 {
		for _, r := range set.Shards {
			maxTokens = max(maxTokens, r.Tokens)
		}
	}
	// Greedy runs in document order.
	var groups [][]int
	var run []int
	var runTok int64
	for k, r := range set.Shards {
		if len(run) > 0 && runTok+r.Tokens > maxTokens {
			groups = append(groups, run)
			run, runTok = nil, 0
		}
		run = append(run, k)
		runTok += r.Tokens
	}
	groups = append(groups, run)
	gen := fmt.Sprintf("g%d", time.Now().UnixNano())
	var kept []ShardRef
	merged := 0
	h0 := x.shards[0].Header()
	th, err := sarray.ParseHash(set.Tokenizer)
	if err != nil {
		return set, 0, err
	}
	for gi, g := range groups {
		if len(g) == 1 {
			kept = append(kept, set.Shards[g[0]])
			continue
		}
		merged += len(g) - 1
		lo, hi := x.first[g[0]], x.first[g[len(g)-1]+1]
		docs := make([][]int32, 0, hi-lo)
		for d := lo; d < hi; d++ {
			ids := x.DocTokens(d, 0, x.DocLen(d))
			t := make([]int32, len(ids))
			for i, id := range ids {
				t[i] = int32(id)
			}
			docs = append(docs, t)
		}
		m := Manifest{Shard: gi, Of: len(groups), FirstDoc: int64(lo), TokName: set.TokName}
		if _, err := writeShard(ctx, filepath.Join(dir, shardDir(gen, gi)), m, h0.Vocab, h0.EOT, th, x.Refs[lo:hi], docs); err != nil {
			return set, 0, err
		}
	}
	if merged == 0 {
		return set, 0, nil
	}
	x.Close()
	set, err = commitSet(dir, set, kept, gen, t0, func(string, int64, int64) {})
	return set, merged, err
}

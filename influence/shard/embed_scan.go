package shard

import (
	"cmp"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"

	"poa/influence/embed"
	"poa/influence/lm"
	"poa/influence/sarray"
)

// Embeddings is an open embedding set: each shard's vectors in memory under their
// global keys (the sketch rows). Safe for concurrent Nearest calls.
type Embeddings struct {
	Set     EmbedSet
	Dir     string
	shards  []*embed.Index
	workers int
}

// Embeddings is an lm.EmbeddingSource: attribution's candidates come from the shards
// exactly as from the monolithic index file.
var _ lm.EmbeddingSource = (*Embeddings)(nil)

// OpenEmbeddings opens the embedding set in dir: embeddings.json, each shard's
// manifest (its sha256 as the set records it), its files' sizes (with verify, their
// sha256, and the set's ids hash and equivalent-file sha256 recomputed), each vector
// file's own CRC-32C, and checks the shards hold rows 0..n-1 contiguously with one
// dimension, layer and model. workers bounds the search fan-out (≤ 0: GOMAXPROCS, 1:
// sequential).
func OpenEmbeddings(dir string, verify bool, workers int) (*Embeddings, error) {
	set, err := ReadEmbedSet(dir)
	if err != nil {
		return nil, err
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	x := &Embeddings{Set: set, Dir: dir, workers: workers}
	var row int64
	var ids []string
	for _, ref := range set.Shards {
		if ref.Dir == "" || filepath.Base(ref.Dir) != ref.Dir || ref.Dir == "." || ref.Dir == ".." {
			return nil, fmt.Errorf("embedding set %s: %w: shard directory %q is not a name inside the set", dir, sarray.ErrFormat, ref.Dir)
		}
		sdir := filepath.Join(dir, ref.Dir)
		m, sum, err := readManifest[EmbedManifest](sdir, "embedding shard")
		if err != nil {
			return nil, err
		}
		if sum != ref.ManifestSHA256 {
			return nil, fmt.Errorf("embedding shard %s: %w: manifest sha256 %.12s…, the set records %.12s…", sdir, sarray.ErrChecksum, sum, ref.ManifestSHA256)
		}
		if m.FirstRow != row || m.Dim != set.Dim || m.Layer != set.Layer || m.ModelSHA256 != set.ModelSHA256 {
			return nil, fmt.Errorf("embedding shard %s: %w: first row %d (want %d), dim %d, layer %d or model differ from the set's", sdir, sarray.ErrFormat, m.FirstRow, row, m.Dim, m.Layer)
		}
		v, sids, err := openEmbedShard(sdir, m, verify)
		if err != nil {
			return nil, err
		}
		x.shards = append(x.shards, v)
		ids = append(ids, sids...)
		row += m.Rows
	}
	if len(x.shards) == 0 || row != set.Rows {
		return nil, fmt.Errorf("embedding set %s: %w: %d rows in the shards, the set says %d", dir, sarray.ErrFormat, row, set.Rows)
	}
	if h := lm.IDsHash(ids); h != set.IDsSHA256 {
		return nil, fmt.Errorf("embedding set %s: %w: the shards' ids hash to %.12s…, the set says %.12s…", dir, sarray.ErrChecksum, h, set.IDsSHA256)
	}
	if verify {
		sum, err := embed.ConcatSHA256(x.shards)
		if err != nil {
			return nil, fmt.Errorf("embedding set %s: %w", dir, err)
		}
		if sum != set.FileSHA256 {
			return nil, fmt.Errorf("embedding set %s: %w: the shards' vectors give file sha256 %.12s…, the set says %.12s…", dir, sarray.ErrChecksum, sum, set.FileSHA256)
		}
	}
	return x, nil
}

// Close releases the shards (they are in memory; Close only drops them).
func (x *Embeddings) Close() error { x.shards = nil; return nil }

// Shards is the number of shards.
func (x *Embeddings) Shards() int { return len(x.shards) }

// Vector is the stored (normalised) vector of global row key.
func (x *Embeddings) Vector(key int) ([]float32, bool) {
	for _, s := range x.shards {
		if v, ok := s.Vector(key); ok {
			return v, true
		}
	}
	return nil, false
}

// Nearest is embed.Index.Exact over all shards' vectors: each shard returns its
// exact top k (in parallel over the fan-out's workers), and the union is ordered as
// Exact orders (score descending, then smaller key) and cut to k. Exact, because
// every vector of the global top k is in its shard's top k, and each score is the
// same float32 dot product of the same normalised vectors. It panics if len(q) is
// not the set's dimension.
func (x *Embeddings) Nearest(q []float32, k int) []embed.Hit {
	per := make([][]embed.Hit, len(x.shards))
	fanOut(len(x.shards), x.workers, func(s int) { per[s] = x.shards[s].Exact(q, k) })
	all := slices.Concat(per...)
	slices.SortFunc(all, func(a, b embed.Hit) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Key, b.Key)) })
	return all[:min(len(all), max(k, 0))]
}

// EmbedMeta is the record of the equivalent monolithic index (lm.EmbedMeta without
// the ids).
func (x *Embeddings) EmbedMeta() lm.EmbedMeta {
	s := x.Set
	return lm.EmbedMeta{Adapter: s.Adapter, File: s.File, FileSHA256: s.FileSHA256, Model: s.Model, ModelSHA256: s.ModelSHA256,
		Layer: s.Layer, Pooling: s.Pooling, Dim: s.Dim, N: int(s.Rows), Datanets: s.Datanets, IDsSHA256: s.IDsSHA256}
}

// Describe names the set for logs.
func (x *Embeddings) Describe() string {
	return fmt.Sprintf("embedding set of adapter %s, %d shards at %s", x.Set.Adapter, len(x.shards), x.Dir)
}

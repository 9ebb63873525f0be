// Package embed finds candidate data points for attribution by embedding
// similarity: each data point has an embedding (for example the mean-pooled hidden
// state of a chosen layer of the base model, computed by the inference package), and
// a query's embedding selects the k most similar points, to which the costlier
// gradient scoring is then restricted. The package is model-agnostic: it only sees
// float32 vectors.
//
// # Contract
//
//   - Similarity is cosine: vectors are normalised to unit length when added, and a
//     Hit's Score is the cosine similarity in [-1, 1] (float32).
//   - Exact is exact: a parallel, blocked scan of all dot products with a bounded
//     heap for the top k (no full sort), O(n·dim) per query; ties go to the smaller
//     key. At poa's sizes (tens of thousands of points) one scan costs less than
//     building an approximate (HNSW) graph for it; an approximate index would be
//     worth adding only with the graph stored beside the vectors.
//   - Add panics on a vector of the wrong dimension (a programmer error) and returns
//     ErrVector for a zero or non-finite vector and ErrDuplicate for a key added twice.
//   - Save writes a flat, versioned, checksummed file (store.WriteFileAtomic,
//     store.Checksum); Load returns errors wrapping ErrFormat, ErrTruncated or
//     ErrChecksum that name the file.
//   - ConcatSHA256 gives the sha256 of the file Save would write for the
//     concatenation of several indexes (shards) without building it.
//
// An Index is safe for concurrent Exact calls; Add must not run concurrently with
// anything else.
//
// # Usage
//
//	x := embed.New(128)
//	for i, v := range pointEmbeddings { x.Add(i, v) }
//	hits := x.Exact(queryEmbedding, 50) // candidates, best first
package embed

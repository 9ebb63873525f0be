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
//   - Below Options.ExactBelow points (default 20,000) Search is exact: a parallel,
//     blocked scan of all dot products with a bounded heap for the top k (no full
//     sort), O(n·dim) per query. From that size on it uses an HNSW graph (hnsw.go,
//     our own: the pinned github.com/coder/hnsw v0.6.1 has a broken layer search,
//     see graph), built once on the first search after an Add, with levels drawn from
//     a seeded PCG (Options.Seed) so results are reproducible; Exact and Approx force
//     either path.
//   - Recall@k of the HNSW path against exact search is measured by the tests on
//     random and clustered vectors (see Recall).
//   - Add panics on a vector of the wrong dimension (a programmer error) and returns
//     ErrVector for a zero or non-finite vector and ErrDuplicate for a key added twice.
//   - Save writes a flat, versioned, checksummed file; Load returns errors wrapping
//     ErrFormat, ErrTruncated or ErrChecksum that name the file.
//
// An Index is safe for concurrent Search calls; Add must not run concurrently with
// anything else.
//
// # Usage
//
//	x := embed.New(128, nil)
//	for i, v := range pointEmbeddings { x.Add(i, v) }
//	hits := x.Search(queryEmbedding, 50) // candidates, best first
package embed

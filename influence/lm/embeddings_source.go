package lm

import (
	"context"
	"fmt"

	"poa/inference"
	"poa/influence/embed"
)

// EmbeddingSource is an adapter's embedding index held elsewhere than the store's
// monolithic file (Options.Embeddings): influence/shard's embedding set implements
// it. Its answers must be the monolithic index's: Nearest is embed.Index.Exact over
// the same keys (sketch rows) and vectors — the same scores, best first, ties to the
// smaller key — and EmbedMeta the record a monolithic build (BuildEmbeddings) of the
// same points would write: File and FileSHA256 name that file and its sha256, so an
// attribution record made over the source is the one made over the file. IDs may be
// nil (IDsSHA256 identifies them).
type EmbeddingSource interface {
	EmbedMeta() EmbedMeta
	Nearest(q []float32, k int) []embed.Hit
	// Describe names the source for logs ("embedding set, 3 shards at DIR").
	Describe() string
}

// EmbedSequences is BuildEmbeddings' embedding of token sequences with model m: the
// mean over each sequence's first n_positions tokens of the hidden state of layer
// (inference.ActivationHook numbering, already resolved by ResolveLayer), batch
// sequences per forward pass. Empty sequences are embedded as eot alone. A
// sequence's vector does not depend on the others it is batched with, so a shard of
// the points gets the vectors the whole set gets.
func EmbedSequences(ctx context.Context, m *inference.Model[float32], eot, layer int, seqs [][]int, batch int) ([][]float32, error) {
	in := make([][]int, len(seqs))
	for i, sq := range seqs {
		in[i] = sq
		if len(sq) == 0 {
			in[i] = []int{eot}
		}
	}
	return meanHidden(ctx, m, layer, in, max(1, batch), func(int, int) {})
}

// ResolveLayer is the hidden layer EmbedOptions.Layer names for a model of config c
// (0: the last block), or an error wrapping influence.ErrBadInput.
func ResolveLayer(c inference.Config, layer int) (int, error) { return resolveLayer(c, layer) }

// IDsHash is the EmbedMeta.IDsSHA256 of an ordered list of point ids.
func IDsHash(ids []string) string { return idsHash(ids) }

// sourceEmbeddings checks src against the loaded model (its weights, a layer and
// dimension it has) and adapter, and wraps it as Embeddings.
func sourceEmbeddings(l *loaded, src EmbeddingSource) (*Embeddings, error) {
	meta := src.EmbedMeta()
	name := l.arec.Name
	if meta.Adapter != name {
		return nil, fmt.Errorf("adapter %q: %s holds adapter %q's embeddings: %w", name, src.Describe(), meta.Adapter, ErrStaleEmbeddings)
	}
	if meta.ModelSHA256 != l.mrec.SHA256 {
		return nil, fmt.Errorf("adapter %q: %s was built for model %s (sha256 %s), now %s (sha256 %s): %w (rebuild it: `poa index embeddings --adapter %s`)",
			name, src.Describe(), meta.Model, meta.ModelSHA256, l.mrec.Name, l.mrec.SHA256, ErrStaleEmbeddings, name)
	}
	if _, err := resolveLayer(l.m.Cfg, meta.Layer); err != nil || meta.Dim != l.m.Cfg.NEmbd || meta.Pooling != "mean" {
		return nil, fmt.Errorf("adapter %q: %s has layer %d, dimension %d, pooling %q, not the model's: %w", name, src.Describe(), meta.Layer, meta.Dim, meta.Pooling, ErrStaleEmbeddings)
	}
	return &Embeddings{Meta: meta, m: l.m, near: src.Nearest}, nil
}

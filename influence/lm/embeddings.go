package lm

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"poa/bounds"
	"poa/inference"
	"poa/influence"
	"poa/influence/embed"
	"poa/store"
)

// CandidateThreshold is the number of sketched points above which Attribute restricts
// the gradient scan to embedding candidates by default (when an embedding index
// exists for the adapter).
const CandidateThreshold = 5000

// DefaultCandidates is the number of candidates Attribute takes when it turns
// candidates on by itself (Options.Candidates == 0 above CandidateThreshold).
const DefaultCandidates = 2000

// EmbedOptions configure BuildEmbeddings; zero fields take the defaults in brackets.
type EmbedOptions struct {
	Adapter string // the adapter whose datanets are embedded, with its base model
	// Layer is the hidden state pooled, in inference.ActivationHook numbering: 1..n_layer
	// the residual stream after that block, n_layer+1 the final LayerNorm's output
	// [n_layer: the last block]. 0 takes the default (the token embedding layer is not
	// offered: its mean is a bag of tokens, which the suffix array covers better).
	Layer     int
	BatchSize int // sequences per forward pass [16]
	// Progress, if set, receives (phase, done, total): "embed" in data points.
	Progress func(phase string, done, total int)
}

// EmbedMeta is the record of an adapter's embedding index (store.KindIndex, key
// EmbedKey(adapter)). Key i of the index file is the point IDs[i] ("datanet/point",
// the ids of the sketch files).
type EmbedMeta struct {
	Adapter     string   `json:"adapter"`
	File        string   `json:"file"` // path under the store's files folder
	FileSHA256  string   `json:"file_sha256"`
	Model       string   `json:"model"`
	ModelSHA256 string   `json:"model_sha256"`
	Layer       int      `json:"layer"`
	Pooling     string   `json:"pooling"` // "mean" over the point's tokens (first n_positions)
	Dim         int      `json:"dim"`
	N           int      `json:"n"`
	Datanets    []string `json:"datanets"`
	IDsSHA256   string   `json:"ids_sha256"` // sha256 of the ids joined by "\n"
	IDs         []string `json:"ids,omitempty"`
}

// EmbedKey is the store.KindIndex key of an adapter's embedding index record.
func EmbedKey(adapter string) string { return "embed/" + adapter }

func embedFile(adapter string) string { return adapter + ".emb" }

// idsHash identifies an ordered list of point ids.
func idsHash(ids []string) string {
	h := sha256.New()
	for i, id := range ids {
		if i > 0 {
			h.Write([]byte{'\n'})
		}
		io.WriteString(h, id)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// poolHook sums the hidden states of one layer over the first lens[row] positions of
// each row of a batch (positions past a row's length are padding).
type poolHook struct {
	layer int
	lens  []int
	sum   [][]float64
}

func (h *poolHook) Layers() []int { return []int{h.layer} }

func (h *poolHook) Hidden(layer, row, pos int, v []float32) {
	if layer != h.layer || pos >= h.lens[row] {
		return
	}
	s := h.sum[row]
	for i, x := range v {
		s[i] += float64(x)
	}
}

// meanHidden returns the mean-pooled hidden state of layer for each sequence (base
// model, no adapter), batching sequences of similar length; sequences are truncated
// to n_positions and must not be empty.
func meanHidden(ctx context.Context, m *inference.Model[float32], layer int, seqs [][]int, batch int, progress func(done, total int)) ([][]float32, error) {
	nPos, C := m.Cfg.NPositions, m.Cfg.NEmbd
	order := make([]int, len(seqs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(len(seqs[a]), len(seqs[b])) })
	out := make([][]float32, len(seqs))
	var acts inference.Acts[float32]
	for lo := 0; lo < len(order); lo += batch {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		idx := order[lo:min(lo+batch, len(order))]
		T := 1
		for _, i := range idx {
			T = max(T, min(len(seqs[i]), nPos))
		}
		h := &poolHook{layer: layer, lens: make([]int, len(idx)), sum: make([][]float64, len(idx))}
		tokens := make([]int, len(idx)*T)
		for b, i := range idx {
			s := seqs[i][:min(len(seqs[i]), nPos)]
			if len(s) == 0 {
				panic(fmt.Sprintf("lm: empty sequence %d", i))
			}
			copy(tokens[b*T:], s)
			h.lens[b], h.sum[b] = len(s), make([]float64, C)
		}
		if err := m.Forward(&acts, inference.Batch[float32]{Tokens: tokens, B: len(idx), T: T, Hook: h}); err != nil {
			return nil, err
		}
		for b, i := range idx {
			v := make([]float32, C)
			for j, x := range h.sum[b] {
				v[j] = float32(x / float64(h.lens[b]))
			}
			out[i] = v
		}
		progress(lo+len(idx), len(seqs))
	}
	return out, nil
}

// resolveLayer checks an EmbedOptions.Layer against the model.
func resolveLayer(c inference.Config, layer int) (int, error) {
	if layer == 0 {
		layer = c.NLayer
	}
	if layer < 1 || layer > c.NLayer+1 {
		return 0, fmt.Errorf("%w: %w", influence.ErrBadInput, bounds.Fail("EmbedOptions.Layer", layer,
			fmt.Sprintf("[0, %d] (the model's layers 1..n_layer, n_layer+1 = final LayerNorm; 0: the last block)", c.NLayer+1)))
	}
	return layer, nil
}

// pointSeqs tokenizes every point of the adapter's datanets, in the order of the
// sketch files.
func pointSeqs(s *store.Store, l *loaded) (ids []string, seqs [][]int, err error) {
	for _, d := range l.arec.Datanets {
		err := s.Points(d, func(p store.DataPoint) error {
			ids = append(ids, d+"/"+p.ID)
			seqs = append(seqs, l.tok.Encode(p.Text))
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("datanet %q: %w", d, err)
		}
	}
	if len(ids) == 0 {
		return nil, nil, fmt.Errorf("adapter %q: its datanets %v have no points: %w", l.arec.Name, l.arec.Datanets, influence.ErrBadInput)
	}
	return ids, seqs, nil
}

// BuildEmbeddings computes the embedding of every data point of the adapter's
// datanets (the mean over its tokens of the chosen hidden layer of the adapter's base
// model, forward only), writes them as a checksummed embed index file under the
// store's files folder (embed/ADAPTER.emb) and records it under store.KindIndex,
// EmbedKey(adapter). A point whose text has no tokens is embedded as the
// end-of-text token alone. Re-run it after retraining the base model.
func BuildEmbeddings(ctx context.Context, s *store.Store, o EmbedOptions) (EmbedMeta, error) {
	var meta EmbedMeta
	if o.BatchSize == 0 {
		o.BatchSize = 16
	}
	if err := o.Validate(); err != nil {
		return meta, err
	}
	progress := o.Progress
	if progress == nil {
		progress = func(string, int, int) {}
	}
	l, err := load(s, o.Adapter)
	if err != nil {
		return meta, err
	}
	layer, err := resolveLayer(l.m.Cfg, o.Layer)
	if err != nil {
		return meta, err
	}
	ids, seqs, err := pointSeqs(s, l)
	if err != nil {
		return meta, err
	}
	for i, sq := range seqs {
		if len(sq) == 0 {
			seqs[i] = []int{l.tok.EOT()}
		}
	}
	vecs, err := meanHidden(ctx, l.m, layer, seqs, o.BatchSize, func(done, total int) { progress("embed", done, total) })
	if err != nil {
		return meta, err
	}
	x := embed.New(l.m.Cfg.NEmbd)
	for i, v := range vecs {
		if err := x.Add(i, v); err != nil {
			return meta, fmt.Errorf("data point %s: %w", ids[i], err)
		}
	}
	rel := "embed/" + embedFile(o.Adapter)
	path, err := s.FilePath("embed", embedFile(o.Adapter))
	if err != nil {
		return meta, err
	}
	if err := x.Save(path); err != nil {
		return meta, err
	}
	sum, err := fileSHA256(path)
	if err != nil {
		return meta, fmt.Errorf("embedding index %s: %w", path, err)
	}
	meta = EmbedMeta{Adapter: o.Adapter, File: rel, FileSHA256: sum, Model: l.mrec.Name, ModelSHA256: l.mrec.SHA256,
		Layer: layer, Pooling: "mean", Dim: l.m.Cfg.NEmbd, N: len(ids), Datanets: l.arec.Datanets, IDsSHA256: idsHash(ids), IDs: ids}
	if err := s.Put(store.KindIndex, EmbedKey(o.Adapter), meta); err != nil {
		return meta, err
	}
	return meta, nil
}

// Embeddings is an adapter's opened embedding index, checked against the current base
// model: the monolithic file (Index), or an EmbeddingSource (Index nil).
type Embeddings struct {
	Meta  EmbedMeta
	Index *embed.Index
	m     *inference.Model[float32]
	near  func(q []float32, k int) []embed.Hit // the source's search; nil: Index.Exact
}

// OpenEmbeddings opens the adapter's embedding index. It returns an error wrapping
// ErrNoEmbeddings when there is none, ErrStaleEmbeddings when it was built for other base model
// weights or its file is not the one recorded, and the embed package's
// ErrFormat/ErrTruncated/ErrChecksum for a damaged file.
func OpenEmbeddings(s *store.Store, adapter string) (*Embeddings, error) {
	l, err := load(s, adapter)
	if err != nil {
		return nil, err
	}
	return openEmbeddings(s, l)
}

func openEmbeddings(s *store.Store, l *loaded) (*Embeddings, error) {
	name := l.arec.Name
	var meta EmbedMeta
	if err := s.Get(store.KindIndex, EmbedKey(name), &meta); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, fmt.Errorf("adapter %q: %w (run `poa influence embed --adapter %s`)", name, ErrNoEmbeddings, name)
		}
		return nil, err
	}
	rebuild := fmt.Sprintf("(run `poa influence embed --adapter %s`)", name)
	if meta.ModelSHA256 != l.mrec.SHA256 {
		return nil, fmt.Errorf("adapter %q: embedding index %s was built for model %s (sha256 %s), now %s (sha256 %s): %w %s",
			name, meta.File, meta.Model, meta.ModelSHA256, l.mrec.Name, l.mrec.SHA256, ErrStaleEmbeddings, rebuild)
	}
	if _, err := resolveLayer(l.m.Cfg, meta.Layer); err != nil || meta.Dim != l.m.Cfg.NEmbd || len(meta.IDs) != meta.N || idsHash(meta.IDs) != meta.IDsSHA256 {
		return nil, fmt.Errorf("adapter %q: embedding index record %s is inconsistent (layer %d, dim %d, %d ids for n=%d): %w %s",
			name, EmbedKey(name), meta.Layer, meta.Dim, len(meta.IDs), meta.N, ErrStaleEmbeddings, rebuild)
	}
	path, err := s.FilePath(strings.Split(meta.File, "/")...)
	if err != nil {
		return nil, err
	}
	x, err := embed.Load(path)
	if err != nil {
		return nil, fmt.Errorf("adapter %q: %w %s", name, err, rebuild)
	}
	sum, err := fileSHA256(path)
	if err != nil {
		return nil, fmt.Errorf("adapter %q: embedding index %s: %w", name, path, err)
	}
	if sum != meta.FileSHA256 {
		return nil, fmt.Errorf("adapter %q: embedding index %s has sha256 %s, its record says %s: %w %s", name, path, sum, meta.FileSHA256, ErrStaleEmbeddings, rebuild)
	}
	if x.Len() != meta.N || x.Dim() != meta.Dim {
		return nil, fmt.Errorf("adapter %q: embedding index %s holds %d×%d, its record says %d×%d: %w %s", name, path, x.Len(), x.Dim(), meta.N, meta.Dim, ErrStaleEmbeddings, rebuild)
	}
	return &Embeddings{Meta: meta, Index: x, m: l.m}, nil
}

// Embed returns the embedding of a token sequence under the index's model and layer
// (mean over its first n_positions tokens). It panics on an empty sequence.
func (e *Embeddings) Embed(ctx context.Context, seq []int) ([]float32, error) {
	vs, err := meanHidden(ctx, e.m, e.Meta.Layer, [][]int{seq}, 1, func(int, int) {})
	if err != nil {
		return nil, err
	}
	return vs[0], nil
}

// Identity is what an attribution record keeps of the index so the candidate set can
// be recomputed.
func (e *Embeddings) Identity() map[string]any {
	return map[string]any{"key": EmbedKey(e.Meta.Adapter), "file": e.Meta.File, "file_sha256": e.Meta.FileSHA256,
		"model_sha256": e.Meta.ModelSHA256, "layer": e.Meta.Layer, "pooling": e.Meta.Pooling, "n": e.Meta.N, "ids_sha256": e.Meta.IDsSHA256,
		"search": "exact-cosine"}
}

// Candidates returns the rows of the sketch file sf (in increasing order) of the k
// points most similar to seq's embedding (exact cosine search). It returns ErrStaleEmbeddings when the index does not
// cover exactly the sketch file's points in its order.
func (e *Embeddings) Candidates(ctx context.Context, sf *store.SketchFile, seq []int, k int) ([]int, error) {
	if err := e.checkSketches(sf); err != nil {
		return nil, err
	}
	return e.nearestRows(ctx, seq, k)
}

// nearestRows returns the keys (sketch rows) of the k indexed points most similar to
// seq's embedding, in increasing order.
func (e *Embeddings) nearestRows(ctx context.Context, seq []int, k int) ([]int, error) {
	q, err := e.Embed(ctx, seq)
	if err != nil {
		return nil, err
	}
	var hits []embed.Hit
	if e.near != nil {
		hits = e.near(q, k)
	} else {
		hits = e.Index.Exact(q, k)
	}
	rows := make([]int, len(hits))
	for i, h := range hits {
		rows[i] = h.Key
	}
	slices.Sort(rows)
	return rows, nil
}

// checkSketches returns ErrStaleEmbeddings unless the index's keys are the rows of sf:
// the same point ids in the same order.
func (e *Embeddings) checkSketches(sf *store.SketchFile) error {
	if n, _ := sf.Dims(); n != e.Meta.N || idsHash(sf.IDs()) != e.Meta.IDsSHA256 {
		return fmt.Errorf("embedding index %s covers %d points, the sketches %s %d others (or in another order): %w (rebuild both: `poa influence sketch` and `poa influence embed`)",
			e.Meta.File, e.Meta.N, sf.Path(), n, ErrStaleEmbeddings)
	}
	return nil
}

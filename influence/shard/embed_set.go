package shard

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"poa/inference"
	"poa/inference/tokenizer"
	"poa/influence"
	"poa/influence/embed"
	"poa/influence/lm"
	"poa/influence/sarray"
	"poa/store"
)

// File names of an embedding shard directory and of an embedding set.
const (
	EmbedSetFile = "embeddings.json"
	VectorsFile  = "vectors.emb" // embed index file: the shard's rows under their global keys
	IDsFile      = "ids.txt"     // the shard's "datanet/point" ids, one a line, row order
)

// EmbedManifest describes one embedding shard directory (manifest.json).
type EmbedManifest struct {
	Format      int                `json:"format"`
	Shard       int                `json:"shard"`
	Of          int                `json:"of"`
	FirstRow    int64              `json:"first_row"` // key of the shard's first vector
	Rows        int64              `json:"rows"`
	Dim         int                `json:"dim"`
	Layer       int                `json:"layer"`
	ModelSHA256 string             `json:"model_sha256"`
	Files       map[string]FileSum `json:"files"`
}

// EmbedSet is an embedding set manifest (embeddings.json): an adapter's embedding
// candidate index in shards of contiguous rows (keys: the rows of the adapter's
// sketch file). File and FileSHA256 are those of the monolithic index file
// lm.BuildEmbeddings writes for the same points (its path under the files folder,
// and the sha256 that file would have), which an attribution record names.
type EmbedSet struct {
	Format      int                            `json:"format"`
	Adapter     string                         `json:"adapter"`
	Model       string                         `json:"model"`
	ModelSHA256 string                         `json:"model_sha256"`
	Layer       int                            `json:"layer"`
	Pooling     string                         `json:"pooling"`
	Dim         int                            `json:"dim"`
	Rows        int64                          `json:"rows"`
	Datanets    []string                       `json:"datanets"`
	Counts      map[string]sarray.DatanetCount `json:"counts"` // points per datanet when built (staleness)
	IDsSHA256   string                         `json:"ids_sha256"`
	File        string                         `json:"file"`
	FileSHA256  string                         `json:"file_sha256"`
	Shards      []ShardRef                     `json:"shards"` // FirstDoc/Docs: rows; Tokens unused
	Runner      string                         `json:"runner"`
	Built       time.Time                      `json:"built"`
	BuildSec    float64                        `json:"build_seconds"`
}

// EmbedSetDir is the directory of adapter's embedding set in s.
func EmbedSetDir(s *store.Store, adapter string) (string, error) {
	return s.FilePath("embed", adapter+".shards")
}

// EmbedOptions configures BuildEmbeddings.
type EmbedOptions struct {
	lm.EmbedOptions // Adapter, Layer, BatchSize (Progress is not used)
	// Shards asked for; the plan (Plan over the points' text lengths) may make fewer.
	Shards int
	// Runner, Endpoint, Environment, WorkerBinary and Verbose are as in Options.
	Runner       string
	Endpoint     string
	Environment  string
	WorkerBinary string
	Verbose      bool
}

func init() {
	register.DoFn4x1[context.Context, int, func(*SketchDoc) bool, func(int), error](&embedFn{})
}

// BuildEmbeddings computes the embedding candidate index of the adapter's data
// points as an embedding set in EmbedSetDir by a Beam pipeline: stage the points (the
// order of the adapter's sketch file: its datanets in order, points by id) → key by
// shard (contiguous rows, Plan over text lengths) → per shard, the points' mean
// hidden states with the base model (a DoFn: lm.EmbedSequences, the monolithic
// build's computation) written as an embed index file under their global rows. The
// launcher then checks the shards, computes the identity of the equivalent monolithic
// file (embed.ConcatSHA256) and writes embeddings.json. Every vector and key equals
// lm.BuildEmbeddings' bit for bit.
func BuildEmbeddings(ctx context.Context, s *store.Store, o EmbedOptions) (EmbedSet, error) {
	t0 := time.Now()
	eo := o.EmbedOptions
	if eo.BatchSize == 0 {
		eo.BatchSize = 16
	}
	if err := eo.Validate(); err != nil {
		return EmbedSet{}, err
	}
	if o.Shards < 1 {
		return EmbedSet{}, fmt.Errorf("shard: embedding shards %d: want at least 1", o.Shards)
	}
	var arec inference.AdapterRecord
	if err := s.Get(store.KindAdapter, eo.Adapter, &arec); err != nil {
		return EmbedSet{}, fmt.Errorf("adapter %q: %w", eo.Adapter, err)
	}
	var mrec inference.ModelRecord
	if err := s.Get(store.KindModel, arec.Base, &mrec); err != nil {
		return EmbedSet{}, fmt.Errorf("model %q of adapter %q: %w", arec.Base, eo.Adapter, err)
	}
	layer, err := lm.ResolveLayer(mrec.Config, eo.Layer)
	if err != nil {
		return EmbedSet{}, err
	}
	var docs []SketchDoc
	for _, d := range arec.Datanets {
		err := s.Points(d, func(p store.DataPoint) error {
			docs = append(docs, SketchDoc{Row: int64(len(docs)), Datanet: d, Point: p.ID, Text: p.Text})
			return ctx.Err()
		})
		if err != nil {
			return EmbedSet{}, fmt.Errorf("datanet %q: %w", d, err)
		}
	}
	if len(docs) == 0 {
		return EmbedSet{}, fmt.Errorf("adapter %q: its datanets %v have no points: %w", eo.Adapter, arec.Datanets, influence.ErrBadInput)
	}
	dns, err := s.Datanets()
	if err != nil {
		return EmbedSet{}, err
	}
	counts := map[string]sarray.DatanetCount{}
	for _, d := range dns {
		if slices.Contains(arec.Datanets, d.Name) {
			counts[d.Name] = sarray.DatanetCount{Points: d.Points}
		}
	}
	dir, err := EmbedSetDir(s, eo.Adapter)
	if err != nil {
		return EmbedSet{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return EmbedSet{}, fmt.Errorf("shard: %w", err)
	}
	gen := fmt.Sprintf("g%d", time.Now().UnixNano())
	lens := make([]int64, len(docs))
	for i, d := range docs {
		lens[i] = int64(len(d.Text)) + 1
	}
	first := Plan(lens, o.Shards)
	stage := filepath.Join(dir, ".staging-"+gen)
	if err := stageLines(stage, docs); err != nil {
		return EmbedSet{}, err
	}
	defer os.RemoveAll(stage)
	parts := sketchParts{Dir: dir, Gen: gen, First: first}
	if !beam.Initialized() {
		beam.Init()
	}
	p, sc := beam.NewPipelineWithRoot()
	keyed := beam.ParDo(sc, &keySketchFn{First: first}, readLines(sc, stage))
	beam.ParDo(sc, &embedFn{sketchParts: parts, ModelDir: filepath.Join(s.Dir(), "files", mrec.Dir), ModelSHA: mrec.SHA256,
		Layer: layer, Batch: eo.BatchSize}, beam.GroupByKey(sc, keyed))
	if err := execute(ctx, p, Options{Runner: o.Runner, Endpoint: o.Endpoint, Environment: o.Environment, WorkerBinary: o.WorkerBinary, Verbose: o.Verbose}); err != nil {
		return EmbedSet{}, err
	}
	set := EmbedSet{Format: FormatVersion, Adapter: eo.Adapter, Model: mrec.Name, ModelSHA256: mrec.SHA256, Layer: layer, Pooling: "mean",
		Dim: mrec.Config.NEmbd, Datanets: arec.Datanets, Counts: counts, File: "embed/" + eo.Adapter + ".emb", Runner: runnerName(Options{Runner: o.Runner})}
	return commitEmbedSet(dir, gen, set, len(first)-1, t0)
}

// embedFn embeds one shard's points with the base model, loaded once per worker from
// the data folder (sha256 checked against the record), and writes vectors.emb,
// ids.txt and the shard's manifest; it emits the shard's number.
type embedFn struct {
	sketchParts
	ModelDir, ModelSHA string
	Layer, Batch       int

	m   *inference.Model[float32]
	tok tokenizer.Tokenizer
}

func (f *embedFn) Setup() error {
	path := filepath.Join(f.ModelDir, "model.safetensors")
	got, err := inference.FileSHA256(path)
	if err != nil {
		return fmt.Errorf("shard: embedding worker: %w", err)
	}
	if got != f.ModelSHA {
		return fmt.Errorf("shard: embedding worker: %s has sha256 %s, the record says %s", path, got, f.ModelSHA)
	}
	if f.m, err = inference.LoadModel(f.ModelDir); err != nil {
		return err
	}
	f.tok, err = tokenizer.Load(filepath.Join(f.ModelDir, "tokenizer"))
	return err
}

func (f *embedFn) ProcessElement(ctx context.Context, k int, iter func(*SketchDoc) bool, emit func(int)) error {
	docs, err := gatherShard(iter, f.First, k, "embedding shard")
	if err != nil {
		return err
	}
	lo := f.First[k]
	seqs := make([][]int, len(docs))
	var ids strings.Builder
	for i, d := range docs {
		seqs[i] = f.tok.Encode(d.Text)
		ids.WriteString(d.Datanet + "/" + d.Point + "\n")
	}
	vecs, err := lm.EmbedSequences(ctx, f.m, f.tok.EOT(), f.Layer, seqs, f.Batch)
	if err != nil {
		return fmt.Errorf("embedding shard %d: %w", k, err)
	}
	x := embed.New(f.m.Cfg.NEmbd)
	for i, v := range vecs {
		if err := x.Add(lo+i, v); err != nil {
			return fmt.Errorf("data point %s/%s: %w", docs[i].Datanet, docs[i].Point, err)
		}
	}
	dir := f.shardDir(k)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("shard: %w", err)
	}
	if err := x.Save(filepath.Join(dir, VectorsFile)); err != nil {
		return err
	}
	if err := writeAtomic(filepath.Join(dir, IDsFile), []byte(ids.String())); err != nil {
		return err
	}
	m := EmbedManifest{Format: FormatVersion, Shard: k, Of: len(f.First) - 1, FirstRow: int64(lo), Rows: int64(len(docs)), Dim: x.Dim(),
		Layer: f.Layer, ModelSHA256: f.ModelSHA, Files: map[string]FileSum{}}
	for _, name := range []string{VectorsFile, IDsFile} {
		s, err := sumFile(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		m.Files[name] = s
	}
	j, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := writeAtomic(filepath.Join(dir, ManifestFile), append(j, '\n')); err != nil {
		return err
	}
	emit(k)
	return nil
}

// commitEmbedSet checks the shards written under gen (contiguous rows, one dimension,
// layer and model), computes the ids hash and the equivalent monolithic file's sha256,
// writes embeddings.json and removes shard directories of older sets.
func commitEmbedSet(dir, gen string, set EmbedSet, shards int, t0 time.Time) (EmbedSet, error) {
	var parts []*embed.Index
	var ids []string
	for k := range shards {
		sdir := filepath.Join(dir, shardDir(gen, k))
		m, sum, err := readManifest[EmbedManifest](sdir, "embedding shard")
		if err != nil {
			return set, err
		}
		x, sids, err := openEmbedShard(sdir, m, true)
		if err != nil {
			return set, err
		}
		if m.FirstRow != set.Rows || m.Dim != set.Dim || m.Layer != set.Layer || m.ModelSHA256 != set.ModelSHA256 {
			return set, fmt.Errorf("embedding shard %s: %w: first row %d (want %d), dim %d, layer %d or model differ from the set's", sdir, sarray.ErrFormat, m.FirstRow, set.Rows, m.Dim, m.Layer)
		}
		parts = append(parts, x)
		ids = append(ids, sids...)
		set.Shards = append(set.Shards, ShardRef{Dir: filepath.Base(sdir), FirstDoc: m.FirstRow, Docs: m.Rows,
			Bytes: m.Files[VectorsFile].Bytes + m.Files[IDsFile].Bytes, ManifestSHA256: sum})
		set.Rows += m.Rows
	}
	var err error
	if set.FileSHA256, err = embed.ConcatSHA256(parts); err != nil {
		return set, fmt.Errorf("embedding set %s: %w", dir, err)
	}
	set.IDsSHA256 = lm.IDsHash(ids)
	set.Built, set.BuildSec = time.Now().UTC(), time.Since(t0).Seconds()
	j, err := json.MarshalIndent(set, "", "  ")
	if err != nil {
		return set, err
	}
	if err := writeAtomic(filepath.Join(dir, EmbedSetFile), append(j, '\n')); err != nil {
		return set, err
	}
	removeStale(dir, func(e os.DirEntry) bool { return e.IsDir() && !strings.HasPrefix(e.Name(), gen+"-") })
	slog.Info("embedding shards built", "adapter", set.Adapter, "shards", shards, "rows", set.Rows, "dim", set.Dim, "file_sha256", set.FileSHA256)
	return set, nil
}

// openEmbedShard loads a shard's vectors and ids and checks them against its
// manifest: file sizes (with verify, sha256), the dimension, and keys FirstRow..
// FirstRow+Rows-1 in order.
func openEmbedShard(sdir string, m EmbedManifest, verify bool) (*embed.Index, []string, error) {
	for _, name := range []string{VectorsFile, IDsFile} {
		want, ok := m.Files[name]
		if !ok {
			return nil, nil, fmt.Errorf("embedding shard %s: %w: the manifest lists no %s", sdir, sarray.ErrFormat, name)
		}
		path := filepath.Join(sdir, name)
		if verify {
			got, err := sumFile(path)
			if err != nil {
				return nil, nil, err
			}
			if got != want {
				return nil, nil, fmt.Errorf("embedding shard %s: %w: %s sha256 %.12s… (%d bytes), manifest says %.12s… (%d bytes)", sdir, sarray.ErrChecksum, name, got.SHA256, got.Bytes, want.SHA256, want.Bytes)
			}
		} else if st, err := os.Stat(path); err != nil || st.Size() != want.Bytes {
			return nil, nil, fmt.Errorf("embedding shard %s: %w: %s is missing or not %d bytes", sdir, sarray.ErrChecksum, name, want.Bytes)
		}
	}
	x, err := embed.Load(filepath.Join(sdir, VectorsFile)) // its own CRC-32C
	if err != nil {
		return nil, nil, err
	}
	if int64(x.Len()) != m.Rows || x.Dim() != m.Dim {
		return nil, nil, fmt.Errorf("embedding shard %s: %w: %s holds %d×%d, the manifest says %d×%d", sdir, sarray.ErrFormat, VectorsFile, x.Len(), x.Dim(), m.Rows, m.Dim)
	}
	for i, k := range x.Keys() {
		if int64(k) != m.FirstRow+int64(i) {
			return nil, nil, fmt.Errorf("embedding shard %s: %w: vector %d has key %d, want row %d", sdir, sarray.ErrFormat, i, k, m.FirstRow+int64(i))
		}
	}
	b, err := os.ReadFile(filepath.Join(sdir, IDsFile))
	if err != nil {
		return nil, nil, fmt.Errorf("shard: %w", err)
	}
	ids := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if int64(len(ids)) != m.Rows || len(b) == 0 || b[len(b)-1] != '\n' {
		return nil, nil, fmt.Errorf("embedding shard %s: %w: %s holds %d ids for %d rows", sdir, sarray.ErrFormat, IDsFile, len(ids), m.Rows)
	}
	return x, ids, nil
}

// ReadEmbedSet reads dir/embeddings.json (ErrNoSet if there is none).
func ReadEmbedSet(dir string) (EmbedSet, error) {
	return readSetFile[EmbedSet](dir, EmbedSetFile, "embedding set")
}

package shard

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"poa/circuits"
	"poa/inference"
	"poa/influence"
	"poa/influence/lm"
	"poa/influence/sarray"
	"poa/store"
)

// File names of a sketch shard directory and of a sketch set.
const (
	SketchSetFile    = "sketches.json"
	RawSketchFile    = "raw.sks"          // store sketch file: raw LoGra sketches, row order
	PreSketchFile    = "pre.sks"          // store sketch file: (F + λI)⁻¹ × raw
	PreconditionFile = "precondition.bin" // F (k×k float64) and λ, the state pre.sks was made with
	QuantFile        = "quant.bin"        // pre.sks quantized (influence.QuantRule): n×k int16 little-endian
	LeavesFile       = "leaves.bin"       // n committed leaves (circuits.SketchLeaf), 32 bytes big-endian each
	OwnersFile       = "owners.json"      // the contributor credited for each row
)

// SketchManifest describes one sketch shard directory (manifest.json).
type SketchManifest struct {
	Format   int                `json:"format"`
	Shard    int                `json:"shard"`
	Of       int                `json:"of"`
	FirstRow int64              `json:"first_row"` // row of the monolithic sketch file
	Rows     int64              `json:"rows"`
	K        int                `json:"k"`
	Rule     string             `json:"rule"`             // influence.QuantRule
	Shift    int                `json:"shift"`            // set-wide quantization shift
	Fisher   string             `json:"fisher,omitempty"` // FisherExact (also when empty) or FisherPartial
	Params   map[string]string  `json:"params"`
	Files    map[string]FileSum `json:"files"`
}

// SketchSet is a sketch set manifest (sketches.json): an adapter's gradient sketches
// in shards, with the root of the committed tree over all shards' leaves.
type SketchSet struct {
	Format  int               `json:"format"`
	Adapter string            `json:"adapter"`
	Params  map[string]string `json:"params"` // model, adapter and projection, as the monolithic sketch file's
	Damping float64           `json:"damping"`
	// Fisher is how the preconditioner's Fisher was made: FisherExact (also when
	// empty: sets built before the field) or FisherPartial. A partial set's root is
	// its own, not the monolithic build's.
	Fisher     string     `json:"fisher,omitempty"`
	Rows       int64      `json:"rows"`
	K          int        `json:"k"`
	Shift      int        `json:"shift"`
	Depth      int        `json:"depth"`
	SketchRoot string     `json:"sketch_root"` // equals the monolithic influence.Commitment.SketchRoot
	Shards     []ShardRef `json:"shards"`      // FirstDoc/Docs: rows; Tokens unused
	Runner     string     `json:"runner"`
	Built      time.Time  `json:"built"`
	BuildSec   float64    `json:"build_seconds"`
}

// SketchSetDir is the directory of adapter's sketch set in s.
func SketchSetDir(s *store.Store, adapter string) (string, error) {
	return s.FilePath("sketches", adapter+".shards")
}

// SketchOptions configures BuildSketches.
type SketchOptions struct {
	lm.SketchOptions
	// Shards asked for; the plan may make fewer (boundaries fall on multiples of the
	// batch size, so every batch is the monolithic build's).
	Shards int
	// Runner, Endpoint, Environment, WorkerBinary and Verbose are as in Options.
	Runner       string
	Endpoint     string
	Environment  string
	WorkerBinary string
	Verbose      bool
	// Datanets, when set, restricts the sketched points to these datanets of the
	// adapter's (a measurement of a part; the set then is not the adapter's whole file).
	Datanets []string
	// Fisher is FisherExact (the default, also when empty) or FisherPartial: how the
	// preconditioner's Fisher is computed (see those constants).
	Fisher string
}

// BuildSketches computes the gradient sketches of the adapter's data points as a
// sketch set in SketchSetDir by a Beam pipeline: stage the points (the monolithic
// order: the adapter's datanets in order, points by id) → key by shard → per shard,
// the raw sketches with the adapter (a DoFn) → once, the empirical Fisher over all
// rows and the damping (the preconditioner state) → per shard, the preconditioned
// sketches and their largest magnitude → the set-wide quantization shift (a global
// Combine) → per shard, the quantized sketches and committed leaves. The launcher
// then builds the tree over all leaves and writes sketches.json. Every row, the
// state, the shift and the root equal those of lm.BuildSketches and lm.Commit.
func BuildSketches(ctx context.Context, s *store.Store, o SketchOptions) (SketchSet, error) {
	t0 := time.Now()
	so := o.SketchOptions
	if so.KIn == 0 {
		so.KIn = 8
	}
	if so.KOut == 0 {
		so.KOut = 8
	}
	if so.Seed == 0 {
		so.Seed = 1
	}
	if so.BatchSize == 0 {
		so.BatchSize = 8
	}
	if err := so.Validate(); err != nil {
		return SketchSet{}, err
	}
	if o.Shards < 1 {
		return SketchSet{}, fmt.Errorf("shard: sketch shards %d: want at least 1", o.Shards)
	}
	fisherMode := o.Fisher
	switch fisherMode {
	case "":
		fisherMode = FisherExact
	case FisherExact, FisherPartial:
	default:
		return SketchSet{}, fmt.Errorf("shard: SketchOptions.Fisher %q: want %q or %q: %w", o.Fisher, FisherExact, FisherPartial, influence.ErrBadInput)
	}
	var arec inference.AdapterRecord
	if err := s.Get(store.KindAdapter, so.Adapter, &arec); err != nil {
		return SketchSet{}, fmt.Errorf("adapter %q: %w", so.Adapter, err)
	}
	var mrec inference.ModelRecord
	if err := s.Get(store.KindModel, arec.Base, &mrec); err != nil {
		return SketchSet{}, fmt.Errorf("model %q of adapter %q: %w", arec.Base, so.Adapter, err)
	}
	datanets := arec.Datanets
	if len(o.Datanets) > 0 {
		for _, d := range o.Datanets {
			if !slices.Contains(arec.Datanets, d) {
				return SketchSet{}, fmt.Errorf("shard: datanet %q is not one of adapter %q's %v", d, so.Adapter, arec.Datanets)
			}
		}
		datanets = o.Datanets
	}
	owners := influence.StoreOwners(s)
	var docs []SketchDoc
	for _, d := range datanets {
		err := s.Points(d, func(p store.DataPoint) error {
			who, err := owners(d, p.ID)
			if err != nil {
				return err
			}
			docs = append(docs, SketchDoc{Row: int64(len(docs)), Datanet: d, Point: p.ID, Contributor: who, Text: p.Text})
			return ctx.Err()
		})
		if err != nil {
			return SketchSet{}, fmt.Errorf("datanet %q: %w", d, err)
		}
	}
	if len(docs) == 0 {
		return SketchSet{}, fmt.Errorf("adapter %q: its datanets %v have no points: %w", so.Adapter, datanets, influence.ErrBadInput)
	}
	dir, err := SketchSetDir(s, so.Adapter)
	if err != nil {
		return SketchSet{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return SketchSet{}, fmt.Errorf("shard: %w", err)
	}
	gen := fmt.Sprintf("g%d", time.Now().UnixNano())
	lens := make([]int64, len(docs))
	for i, d := range docs {
		lens[i] = int64(len(d.Text))
	}
	first := batchPlan(lens, o.Shards, so.BatchSize)
	params := map[string]string{"k_in": fmt.Sprint(so.KIn), "k_out": fmt.Sprint(so.KOut), "seed": fmt.Sprint(so.Seed),
		"targets": strings.Join(arec.Lora.Targets, ","), "model": mrec.Name, "model_sha256": mrec.SHA256,
		"adapter_sha256": arec.SHA256, "datanets": strings.Join(datanets, ","), "batch": fmt.Sprint(so.BatchSize)}

	stage := filepath.Join(dir, ".staging-"+gen)
	if err := stageLines(stage, docs); err != nil {
		return SketchSet{}, err
	}
	defer os.RemoveAll(stage)
	parts := sketchParts{Dir: dir, Gen: gen, First: first}
	if !beam.Initialized() {
		beam.Init()
	}
	p, sc := beam.NewPipelineWithRoot()
	lines := readLines(sc, stage)
	keyed := beam.ParDo(sc, &keySketchFn{First: first}, lines)
	sketched := beam.ParDo(sc, &sketchFn{sketchParts: parts,
		ModelDir: filepath.Join(s.Dir(), "files", mrec.Dir), AdapterDir: filepath.Join(s.Dir(), "files", arec.Dir), Adapter: arec.Name,
		ModelSHA: mrec.SHA256, AdapterSHA: arec.SHA256, Targets: arec.Lora.Targets, KIn: so.KIn, KOut: so.KOut, Batch: so.BatchSize, Seed: so.Seed},
		beam.GroupByKey(sc, keyed))
	var state beam.PCollection
	if fisherMode == FisherPartial {
		partials := beam.ParDo(sc, &partialFisherFn{sketchParts: parts}, sketched)
		state = beam.ParDo(sc, &partialStateFn{sketchParts: parts, Damping: so.Damping}, beam.Combine(sc, &sumFisherFn{}, partials))
	} else {
		state = beam.ParDo(sc, &fisherFn{sketchParts: parts, Damping: so.Damping}, beam.Impulse(sc), beam.SideInput{Input: sketched})
	}
	preDone, maxes := beam.ParDo2(sc, &preFn{sketchParts: parts}, sketched, beam.SideInput{Input: state})
	maxAbs := beam.Combine(sc, maxFloat, maxes)
	beam.ParDo0(sc, &leafFn{sketchParts: parts, Params: params, Fisher: fisherMode}, preDone, beam.SideInput{Input: maxAbs})
	if err := execute(ctx, p, Options{Runner: o.Runner, Endpoint: o.Endpoint, Environment: o.Environment, WorkerBinary: o.WorkerBinary, Verbose: o.Verbose}); err != nil {
		return SketchSet{}, err
	}
	return commitSketchSet(dir, gen, so.Adapter, params, fisherMode, len(first)-1, runnerName(Options{Runner: o.Runner}), t0)
}

// batchPlan is Plan(lens, s) with every boundary moved down to a multiple of batch
// (shards left empty dropped), so that a shard's batches are the monolithic build's.
func batchPlan(lens []int64, s, batch int) []int {
	out := []int{0}
	for _, f := range Plan(lens, s)[1:] {
		if f != len(lens) {
			f -= f % batch
		}
		if f > out[len(out)-1] {
			out = append(out, f)
		}
	}
	return out
}

// stageLines writes values as JSON lines into up to 16 files in dir.
func stageLines[T any](dir string, vals []T) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("shard: %w", err)
	}
	files := min(16, max(1, len(vals)/2000))
	for f := range files {
		fh, err := os.Create(filepath.Join(dir, fmt.Sprintf("docs-%03d.jsonl", f)))
		if err != nil {
			return fmt.Errorf("shard: %w", err)
		}
		w := bufio.NewWriterSize(fh, 1<<20)
		enc := json.NewEncoder(w)
		for i := f * len(vals) / files; i < (f+1)*len(vals)/files; i++ {
			if err := enc.Encode(vals[i]); err != nil {
				fh.Close()
				return fmt.Errorf("shard: stage: %w", err)
			}
		}
		if err := w.Flush(); err != nil {
			fh.Close()
			return fmt.Errorf("shard: stage: %w", err)
		}
		if err := fh.Close(); err != nil {
			return fmt.Errorf("shard: stage: %w", err)
		}
	}
	return nil
}

// commitSketchSet checks the shards written under gen, builds the committed tree over
// all their leaves, writes sketches.json and removes shard directories of older sets
// and the set-level preconditioner state files (each shard keeps its copy).
func commitSketchSet(dir, gen, adapter string, params map[string]string, fisher string, shards int, runner string, t0 time.Time) (SketchSet, error) {
	set := SketchSet{Format: FormatVersion, Adapter: adapter, Params: params, Fisher: fisher, Runner: runner}
	var leaves []*big.Int
	for k := range shards {
		sdir := filepath.Join(dir, shardDir(gen, k))
		m, sum, err := readManifest[SketchManifest](sdir, "shard")
		if err != nil {
			return set, err
		}
		if m.FirstRow != set.Rows || (k > 0 && (m.K != set.K || m.Shift != set.Shift)) || fisherOf(m.Fisher) != fisher {
			return set, fmt.Errorf("shard %s: %w: first row %d (want %d), k %d, shift %d or Fisher mode %q disagree with shard 0's or the build's", sdir, sarray.ErrFormat, m.FirstRow, set.Rows, m.K, m.Shift, m.Fisher)
		}
		set.K, set.Shift = m.K, m.Shift
		lb, err := os.ReadFile(filepath.Join(sdir, LeavesFile))
		if err != nil {
			return set, fmt.Errorf("shard: %w", err)
		}
		if int64(len(lb)) != 32*m.Rows {
			return set, fmt.Errorf("shard %s: %w: %d bytes of leaves for %d rows", sdir, sarray.ErrFormat, len(lb), m.Rows)
		}
		for i := range m.Rows {
			leaves = append(leaves, new(big.Int).SetBytes(lb[32*i:32*i+32]))
		}
		pb, err := os.ReadFile(filepath.Join(sdir, PreconditionFile))
		if err != nil {
			return set, fmt.Errorf("shard: %w", err)
		}
		_, lambda, _, err := decodePrecondition(pb)
		if err != nil {
			return set, fmt.Errorf("shard %s: %w: %v", sdir, sarray.ErrFormat, err)
		}
		set.Damping = lambda
		set.Shards = append(set.Shards, ShardRef{Dir: filepath.Base(sdir), FirstDoc: m.FirstRow, Docs: m.Rows,
			Bytes: m.Files[RawSketchFile].Bytes + m.Files[PreSketchFile].Bytes + m.Files[QuantFile].Bytes + m.Files[LeavesFile].Bytes, ManifestSHA256: sum})
		set.Rows += m.Rows
	}
	tree, err := circuits.NewSketchTree(leaves, lm.CommitDepth(len(leaves)))
	if err != nil {
		return set, err
	}
	set.Depth, set.SketchRoot = tree.Depth(), fmt.Sprintf("0x%064x", tree.Root())
	set.Built, set.BuildSec = time.Now().UTC(), time.Since(t0).Seconds()
	j, err := json.MarshalIndent(set, "", "  ")
	if err != nil {
		return set, err
	}
	if err := writeAtomic(filepath.Join(dir, SketchSetFile), append(j, '\n')); err != nil {
		return set, err
	}
	removeStale(dir, func(e os.DirEntry) bool {
		// Another generation's shards, and a failed run's preconditioner state (a
		// successful run removes its own).
		return e.IsDir() && !strings.HasPrefix(e.Name(), gen+"-") || !e.IsDir() && strings.HasSuffix(e.Name(), "-"+PreconditionFile)
	})
	slog.Info("sketch shards built", "adapter", adapter, "shards", shards, "rows", set.Rows, "k", set.K, "sketch_root", set.SketchRoot)
	return set, nil
}

// ReadSketchSet reads dir/sketches.json (ErrNoSet if there is none).
func ReadSketchSet(dir string) (SketchSet, error) {
	return readSetFile[SketchSet](dir, SketchSetFile, "sketch set")
}

package shard

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/universal"

	"poa/inference/tokenizer"
	"poa/influence/sarray"
	"poa/store"
)

// Doc is one staged document: its global id, its data point and its text.
type Doc struct {
	ID          int64  `json:"id"`
	Datanet     string `json:"datanet"`
	Point       string `json:"point"`
	Contributor string `json:"contributor"`
	Text        string `json:"text"`
}

// TokDoc is a tokenized document in the pipeline.
type TokDoc struct {
	ID          int64
	Datanet     string
	Point       string
	Contributor string
	Tokens      []int32
}

// DocLen is a document's token count (separator excluded).
type DocLen struct {
	ID int64
	N  int64
}

type planAcc struct {
	Lens []DocLen
}

func init() {
	beam.RegisterType(reflect.TypeFor[Doc]())
	beam.RegisterType(reflect.TypeFor[TokDoc]())
	beam.RegisterType(reflect.TypeFor[DocLen]())
	beam.RegisterType(reflect.TypeFor[planAcc]())
	register.DoFn2x1[string, func(TokDoc), error](&tokenizeFn{})
	register.Emitter1[TokDoc]()
	register.Function1x1(docLen)
	register.Combiner3[planAcc, DocLen, []int](&planFn{})
	register.Function3x0(assignShard)
	register.Emitter2[int, TokDoc]()
	register.DoFn4x1[context.Context, int, func(*TokDoc) bool, []int, error](&buildFn{})
	register.Iter1[TokDoc]()
}

// tokenizeFn parses a staged JSON line and tokenizes its text with the tokenizer
// named by TokName ("gpt2") or loaded from TokDir (a model's tokenizer folder, which
// workers must be able to read).
type tokenizeFn struct {
	TokName string
	TokDir  string
	tok     tokenizer.Tokenizer
}

func (f *tokenizeFn) Setup() error {
	var err error
	if f.TokDir == "" {
		f.tok, err = tokenizer.GPT2()
	} else {
		f.tok, err = tokenizer.Load(f.TokDir)
	}
	return err
}

func (f *tokenizeFn) ProcessElement(line string, emit func(TokDoc)) error {
	var d Doc
	if err := json.Unmarshal([]byte(line), &d); err != nil {
		return fmt.Errorf("shard: staged document: %w", err)
	}
	ids := f.tok.Encode(d.Text)
	t := make([]int32, len(ids))
	for i, id := range ids {
		t[i] = int32(id)
	}
	emit(TokDoc{ID: d.ID, Datanet: d.Datanet, Point: d.Point, Contributor: d.Contributor, Tokens: t})
	return nil
}

func docLen(d TokDoc) DocLen { return DocLen{d.ID, int64(len(d.Tokens))} }

// planFn gathers every document's length and applies Plan.
type planFn struct {
	S int
}

func (f *planFn) CreateAccumulator() planAcc { return planAcc{} }
func (f *planFn) AddInput(a planAcc, d DocLen) planAcc {
	a.Lens = append(a.Lens, d)
	return a
}
func (f *planFn) MergeAccumulators(a, b planAcc) planAcc {
	a.Lens = append(a.Lens, b.Lens...)
	return a
}
func (f *planFn) ExtractOutput(a planAcc) []int {
	slices.SortFunc(a.Lens, func(x, y DocLen) int { return int(x.ID - y.ID) })
	lens := make([]int64, len(a.Lens))
	for i, d := range a.Lens {
		lens[i] = d.N
	}
	return Plan(lens, f.S)
}

// assignShard keys a document by its shard under the plan first.
func assignShard(d TokDoc, first []int, emit func(int, TokDoc)) {
	k := sort.Search(len(first)-1, func(k int) bool { return first[k+1] > int(d.ID) })
	emit(k, d)
}

// buildFn writes one shard directory, Dir/<Gen>-<k>.
type buildFn struct {
	Dir, Gen   string
	Base       int64 // global id of the pipeline's document 0
	Vocab, EOT int
	TokHash    string
	TokName    string
}

func (f *buildFn) ProcessElement(ctx context.Context, k int, iter func(*TokDoc) bool, first []int) error {
	var docs []TokDoc
	var d TokDoc
	for iter(&d) {
		docs = append(docs, d)
		d = TokDoc{}
	}
	slices.SortFunc(docs, func(a, b TokDoc) int { return int(a.ID - b.ID) })
	if len(docs) == 0 || docs[0].ID != int64(first[k]) || len(docs) != first[k+1]-first[k] {
		return fmt.Errorf("shard %d: got %d documents, the plan says [%d, %d)", k, len(docs), first[k], first[k+1])
	}
	refs := make([]sarray.DocRef, len(docs))
	toks := make([][]int32, len(docs))
	for i, d := range docs {
		refs[i] = sarray.DocRef{Datanet: d.Datanet, Point: d.Point, Contributor: d.Contributor}
		toks[i] = d.Tokens
	}
	th, err := sarray.ParseHash(f.TokHash)
	if err != nil {
		return err
	}
	m := Manifest{Shard: k, Of: len(first) - 1, FirstDoc: f.Base + int64(first[k]), TokName: f.TokName}
	_, err = writeShard(ctx, filepath.Join(f.Dir, shardDir(f.Gen, k)), m, f.Vocab, f.EOT, th, refs, toks)
	return err
}

func shardDir(gen string, k int) string { return fmt.Sprintf("%s-%04d", gen, k) }

// Options configures Build.
type Options struct {
	// Shards is the number of shards asked for (Plan may make fewer).
	Shards    int
	Tokenizer tokenizer.Tokenizer
	TokName   string // e.g. "gpt2" or "model:tiny" (≤ 32 bytes)
	// TokDir is the tokenizer folder workers load ("" = GPT-2 r50k_base).
	TokDir string
	Model  string // recorded in the set; "" for GPT-2
	// Runner is "prism" (default: Beam's Prism runner in this process) or
	// "universal" (a portable job server at Endpoint: Flink, Spark, Dataflow).
	Runner   string
	Endpoint string
	// Environment is the universal runner's worker environment type (Beam's
	// --environment_type: DOCKER, PROCESS, EXTERNAL or LOOPBACK); "" = Beam's default.
	Environment string
	// WorkerBinary is the Go worker binary the universal runner stages (Beam's
	// --worker_binary: a linux/amd64 build of the launching program, e.g.
	// os.Executable()); "" lets Beam compile the main package from source.
	WorkerBinary string
	// Verbose keeps the runner's INFO logs; by default they are dropped while the
	// pipeline runs (the default logger shows WARN and above).
	Verbose bool
	// Progress, if set, receives (phase, done, total): "read" in documents,
	// "pipeline" (0 or 1 of 1), "verify" in shards.
	Progress func(phase string, done, total int64)
}

// SetDir is the store's shard set directory.
func SetDir(s *store.Store) (string, error) { return s.FilePath("index", "shards") }

// readStore reads every committed data point in global order (as sarray.BuildStore).
func readStore(ctx context.Context, s *store.Store) ([]Doc, map[string]sarray.DatanetCount, []string, error) {
	for attempt := 0; ; attempt++ {
		dns, err := s.Datanets()
		if err != nil {
			return nil, nil, nil, err
		}
		var docs []Doc
		names := []string{}
		counts := map[string]sarray.DatanetCount{}
		for _, d := range dns {
			names = append(names, d.Name)
			if d.Points > 0 {
				counts[d.Name] = sarray.DatanetCount{Points: d.Points}
			}
			err := s.Points(d.Name, func(p store.DataPoint) error {
				docs = append(docs, Doc{ID: int64(len(docs)), Datanet: d.Name, Point: p.ID, Contributor: p.Contributor, Text: p.Text})
				return ctx.Err()
			})
			if err != nil {
				return nil, nil, nil, fmt.Errorf("shard: read datanet %s: %w", d.Name, err)
			}
		}
		after, err := s.Datanets()
		if err != nil {
			return nil, nil, nil, err
		}
		if sarray.Staleness(counts, after) == "" {
			return docs, counts, names, nil
		}
		if attempt == 2 {
			return nil, nil, nil, fmt.Errorf("shard: datanets keep changing while they are read; try again")
		}
	}
}

// Build indexes every committed data point of s (in sarray.BuildStore's order) as a
// new shard set under SetDir(s) by running the Beam pipeline (see the package
// comment), then replaces the previous set. On error the previous set stays.
func Build(ctx context.Context, s *store.Store, o Options) (Set, error) {
	t0 := time.Now()
	progress := o.Progress
	if progress == nil {
		progress = func(string, int64, int64) {}
	}
	dir, err := SetDir(s)
	if err != nil {
		return Set{}, err
	}
	docs, counts, names, err := readStore(ctx, s)
	if err != nil {
		return Set{}, err
	}
	if len(docs) == 0 {
		return Set{}, fmt.Errorf("shard: the store holds no data points to index")
	}
	progress("read", int64(len(docs)), int64(len(docs)))
	set := Set{Counts: counts, Datanets: names}
	return buildDocs(ctx, dir, docs, set, o, t0)
}

// BuildDocs runs the pipeline over docs (ids 0..len-1, in this order) and writes them
// as a new shard set in dir, replacing any set there. Build is BuildDocs of a
// store's documents; benchmarks call it directly. The set records no datanet counts.
func BuildDocs(ctx context.Context, dir string, docs []Doc, o Options) (Set, error) {
	return buildDocs(ctx, dir, docs, Set{Counts: map[string]sarray.DatanetCount{}, Datanets: []string{}}, o, time.Now())
}

func buildDocs(ctx context.Context, dir string, docs []Doc, set Set, o Options, t0 time.Time) (Set, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Set{}, fmt.Errorf("shard: %w", err)
	}
	gen := fmt.Sprintf("g%d", time.Now().UnixNano())
	if err := RunPipeline(ctx, dir, gen, 0, docs, o); err != nil {
		return Set{}, err
	}
	refs := make([]sarray.DocRef, len(docs))
	for i, d := range docs {
		refs[i] = sarray.DocRef{Datanet: d.Datanet, Point: d.Point, Contributor: d.Contributor}
	}
	set.Format, set.Corpus, set.Tokenizer = FormatVersion, sarray.CorpusVersion(refs).String(), sarray.TokenizerHash(o.Tokenizer).String()
	set.TokName, set.Model, set.Requested, set.Runner = o.TokName, o.Model, o.Shards, runnerName(o)
	progress := o.Progress
	if progress == nil {
		progress = func(string, int64, int64) {}
	}
	return commitSet(dir, set, nil, gen, t0, progress)
}

func runnerName(o Options) string {
	if o.Runner == "" {
		return "prism"
	}
	return o.Runner
}

// RunPipeline runs the Beam pipeline that tokenizes docs (ids 0..len-1 in order) and
// writes their shards as dir/<gen>-<k>, numbering documents from base. Documents are staged as JSON lines in
// dir/.staging-<gen>, removed afterwards.
func RunPipeline(ctx context.Context, dir, gen string, base int64, docs []Doc, o Options) error {
	if o.Shards < 1 {
		panic("shard: RunPipeline with fewer than one shard")
	}
	progress := o.Progress
	if progress == nil {
		progress = func(string, int64, int64) {}
	}
	stage := filepath.Join(dir, ".staging-"+gen)
	if err := os.MkdirAll(stage, 0o755); err != nil {
		return fmt.Errorf("shard: %w", err)
	}
	defer os.RemoveAll(stage)
	if err := stageLines(stage, docs); err != nil {
		return err
	}

	if !beam.Initialized() {
		beam.Init()
	}
	p, sc := beam.NewPipelineWithRoot()
	lines := textio.Read(sc, filepath.Join(stage, "*.jsonl"))
	toks := beam.ParDo(sc, &tokenizeFn{TokName: o.TokName, TokDir: o.TokDir}, lines)
	plan := beam.Combine(sc, &planFn{S: o.Shards}, beam.ParDo(sc, docLen, toks))
	keyed := beam.ParDo(sc, assignShard, toks, beam.SideInput{Input: plan})
	beam.ParDo0(sc, &buildFn{Dir: dir, Gen: gen, Base: base, Vocab: o.Tokenizer.VocabSize(), EOT: o.Tokenizer.EOT(),
		TokHash: sarray.TokenizerHash(o.Tokenizer).String(), TokName: o.TokName},
		beam.GroupByKey(sc, keyed), beam.SideInput{Input: plan})

	progress("pipeline", 0, 1)
	if err := execute(ctx, p, o); err != nil {
		return err
	}
	progress("pipeline", 1, 1)
	return nil
}

// warnOnly drops records below WARN (the runner's INFO chatter).
type warnOnly struct{ slog.Handler }

func (h warnOnly) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= slog.LevelWarn && h.Handler.Enabled(ctx, l)
}
func (h warnOnly) WithAttrs(a []slog.Attr) slog.Handler { return warnOnly{h.Handler.WithAttrs(a)} }
func (h warnOnly) WithGroup(n string) slog.Handler      { return warnOnly{h.Handler.WithGroup(n)} }

// readLines reads the staged JSON lines of dir.
func readLines(sc beam.Scope, dir string) beam.PCollection {
	return textio.Read(sc, filepath.Join(dir, "*.jsonl"))
}

// prismFlags are Beam's job flags as Prism's Execute left them (its in-process
// server's endpoint, the loopback environment), restored before each Prism run;
// guarded by pipelineMu.
var prismFlags struct{ endpoint, env string }

// execute runs pipeline p on o's runner, one pipeline at a time in this process,
// dropping the runner's INFO logs unless o.Verbose and removing Beam's loopback
// placeholder files afterwards (watchPlaceholders).
func execute(ctx context.Context, p *beam.Pipeline, o Options) error {
	if !o.Verbose {
		prev := slog.Default()
		slog.SetDefault(slog.New(warnOnly{prev.Handler()}))
		defer slog.SetDefault(prev)
	}
	pipelineMu.Lock()
	defer pipelineMu.Unlock()
	defer watchPlaceholders()()
	var err error
	switch o.Runner {
	case "", "prism":
		// Beam keeps the job endpoint and environment in process-wide flags: Prism
		// sets them to its in-process server on its first run, a universal run to
		// the job server's. Put back Prism's (or none, the first time), so that a
		// universal run earlier in this process does not send this one to its job
		// server, and keep them for the next run.
		*jobopts.Endpoint, *jobopts.EnvironmentType, *jobopts.WorkerBinary = prismFlags.endpoint, prismFlags.env, ""
		_, err = prism.Execute(ctx, p)
		prismFlags.endpoint, prismFlags.env = *jobopts.Endpoint, *jobopts.EnvironmentType
	case "universal":
		if o.Endpoint == "" {
			return fmt.Errorf("%w: the universal runner needs an endpoint (HOST:PORT of a Beam job server)", ErrRunner)
		}
		// Beam's --endpoint, --worker_binary and --environment_type ("" = Beam's
		// default, DOCKER), whatever an earlier run of this process left there.
		*jobopts.Endpoint, *jobopts.WorkerBinary, *jobopts.EnvironmentType = o.Endpoint, o.WorkerBinary, o.Environment
		_, err = universal.Execute(ctx, p)
	default:
		return fmt.Errorf("%w: %q (want prism or universal)", ErrRunner, o.Runner)
	}
	if err != nil {
		return fmt.Errorf("shard: beam pipeline (%s runner): %w", runnerName(o), err)
	}
	return nil
}

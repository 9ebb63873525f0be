package shard

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"gonum.org/v1/gonum/mat"

	"poa/circuits"
	"poa/gradients"
	"poa/inference"
	"poa/inference/tokenizer"
	"poa/influence"
	"poa/store"
)

// SketchDoc is one staged data point of a sketch pipeline: its row in the adapter's
// sketch file (the monolithic order), its id and owner, and its text.
type SketchDoc struct {
	Row         int64  `json:"row"`
	Datanet     string `json:"datanet"`
	Point       string `json:"point"`
	Contributor string `json:"contributor"` // the owner credited (influence.StoreOwners)
	Text        string `json:"text"`
}

func init() {
	beam.RegisterType(reflect.TypeFor[SketchDoc]())
	register.DoFn2x1[string, func(int, SketchDoc), error](&keySketchFn{})
	register.Emitter2[int, SketchDoc]()
	register.DoFn4x1[context.Context, int, func(*SketchDoc) bool, func(int), error](&sketchFn{})
	register.Emitter1[int]()
	register.Iter1[int]()
	register.DoFn3x1[[]byte, func(*int) bool, func(string), error](&fisherFn{})
	register.Emitter1[string]()
	register.DoFn4x1[int, string, func(int), func(float64), error](&preFn{})
	register.Emitter1[float64]()
	register.Function2x1(maxFloat)
	register.DoFn2x1[int, float64, error](&leafFn{})
}

// sketchParts is what every DoFn of the sketch pipeline knows: where it writes.
type sketchParts struct {
	Dir, Gen string
	First    []int // the plan: shard k holds rows [First[k], First[k+1])
}

func (p sketchParts) shardDir(k int) string { return filepath.Join(p.Dir, shardDir(p.Gen, k)) }

// keySketchFn parses a staged line and keys it by its shard under the plan.
type keySketchFn struct{ First []int }

func (f *keySketchFn) ProcessElement(line string, emit func(int, SketchDoc)) error {
	var d SketchDoc
	if err := json.Unmarshal([]byte(line), &d); err != nil {
		return fmt.Errorf("shard: staged data point: %w", err)
	}
	k := sort.Search(len(f.First)-1, func(k int) bool { return f.First[k+1] > int(d.Row) })
	if k >= len(f.First)-1 || d.Row < 0 {
		return fmt.Errorf("shard: staged data point %s/%s has row %d outside the plan's %d rows", d.Datanet, d.Point, d.Row, f.First[len(f.First)-1])
	}
	emit(k, d)
	return nil
}

// sketchFn computes the raw sketches of one shard's points with the adapter, loaded
// once per worker from the data folder (sha256 checked against the records), and
// writes raw.sks and owners.json; it emits the shard's number.
type sketchFn struct {
	sketchParts
	ModelDir, AdapterDir, Adapter string
	ModelSHA, AdapterSHA          string
	Targets                       []string
	KIn, KOut, Batch              int
	Seed                          uint64

	m    *inference.Model[float32]
	ad   *inference.Adapter[float32]
	tok  tokenizer.Tokenizer
	proj *gradients.Projector
}

func (f *sketchFn) Setup() error {
	for _, c := range []struct{ path, want string }{
		{filepath.Join(f.ModelDir, "model.safetensors"), f.ModelSHA},
		{filepath.Join(f.AdapterDir, "adapter_model.safetensors"), f.AdapterSHA},
	} {
		got, err := inference.FileSHA256(c.path)
		if err != nil {
			return fmt.Errorf("shard: sketch worker: %w", err)
		}
		if got != c.want {
			return fmt.Errorf("shard: sketch worker: %s has sha256 %s, the record says %s", c.path, got, c.want)
		}
	}
	var err error
	if f.m, err = inference.LoadModel(f.ModelDir); err != nil {
		return err
	}
	if f.tok, err = tokenizer.Load(filepath.Join(f.ModelDir, "tokenizer")); err != nil {
		return err
	}
	if f.ad, err = inference.LoadAdapter(f.AdapterDir, f.Adapter, f.m.Cfg); err != nil {
		return err
	}
	f.proj, err = gradients.NewProjector(f.m.Cfg, f.Targets, f.KIn, f.KOut, f.Seed)
	return err
}

func (f *sketchFn) ProcessElement(ctx context.Context, k int, iter func(*SketchDoc) bool, emit func(int)) error {
	docs, err := gatherShard(iter, f.First, k, "shard")
	if err != nil {
		return err
	}
	ids := make([]string, len(docs))
	owners := make([]string, len(docs))
	seqs := make([][]int, len(docs))
	for i, d := range docs {
		ids[i], owners[i], seqs[i] = d.Datanet+"/"+d.Point, d.Contributor, f.tok.Encode(d.Text)
	}
	sks, _, err := gradients.ExampleSketches(ctx, f.m, f.ad, seqs, f.proj, &gradients.Options{BatchSize: f.Batch})
	if err != nil {
		return fmt.Errorf("shard %d: %w", k, err)
	}
	dim := f.proj.Dim()
	data := make([]float32, 0, len(sks)*dim)
	for _, s := range sks {
		data = append(data, s...)
	}
	dir := f.shardDir(k)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("shard: %w", err)
	}
	if _, err := store.WriteSketchFile(filepath.Join(dir, RawSketchFile), dim, ids, data); err != nil {
		return err
	}
	j, err := json.Marshal(owners)
	if err != nil {
		return err
	}
	if err := writeAtomic(filepath.Join(dir, OwnersFile), j); err != nil {
		return err
	}
	emit(k)
	return nil
}

// fisherFn runs once, after every shard's raw sketches exist: it reads them in row
// order, computes the empirical Fisher F over all rows exactly as the monolithic
// build does (influence.EmpiricalFisher over the whole matrix), the damping λ, checks
// that F + λI factors, and writes the preconditioner state; it emits its path.
type fisherFn struct {
	sketchParts
	Damping float64
}

func (f *fisherFn) ProcessElement(_ []byte, shards func(*int) bool, emit func(string)) error {
	var ks []int
	var k int
	for shards(&k) {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	if len(ks) != len(f.First)-1 {
		return fmt.Errorf("shard: preconditioner: %d of %d shards sketched", len(ks), len(f.First)-1)
	}
	var g *influence.Dense
	for _, k := range ks {
		sf, err := store.OpenSketchFile(filepath.Join(f.shardDir(k), RawSketchFile), false)
		if err != nil {
			return err
		}
		n, dim := sf.Dims()
		if g == nil {
			g = &influence.Dense{K: dim}
		}
		if dim != g.K || n != f.First[k+1]-f.First[k] {
			sf.Close()
			return fmt.Errorf("shard %d: raw sketches of %d×%d, expected %d×%d", k, n, dim, f.First[k+1]-f.First[k], g.K)
		}
		g.Data = append(g.Data, sf.RawMatrix()...)
		g.IDs = append(g.IDs, sf.IDs()...)
		g.N += n
		sf.Close()
	}
	path, err := writeState(f.Dir, f.Gen, influence.EmpiricalFisher(g), f.Damping, g.N)
	if err != nil {
		return err
	}
	emit(path)
	return nil
}

// gatherShard collects shard k's staged data points in row order and checks that
// they are exactly the plan's rows [first[k], first[k+1]); kind names the shard in
// errors.
func gatherShard(iter func(*SketchDoc) bool, first []int, k int, kind string) ([]SketchDoc, error) {
	var docs []SketchDoc
	var d SketchDoc
	for iter(&d) {
		docs = append(docs, d)
		d = SketchDoc{}
	}
	slices.SortFunc(docs, func(a, b SketchDoc) int { return int(a.Row - b.Row) })
	lo, hi := first[k], first[k+1]
	if len(docs) != hi-lo || docs[0].Row != int64(lo) {
		return nil, fmt.Errorf("%s %d: got %d data points, the plan says rows [%d, %d)", kind, k, len(docs), lo, hi)
	}
	return docs, nil
}

// writeState checks that F + λI factors (λ = damping, or influence.DefaultDamping(F)
// when damping is 0) and writes the preconditioner state of generation gen over rows
// rows into dir; it returns the file's path.
func writeState(dir, gen string, fisher *mat.SymDense, damping float64, rows int) (string, error) {
	lambda := damping
	if lambda == 0 {
		lambda = influence.DefaultDamping(fisher)
	}
	if _, err := influence.NewPreconditioner(fisher, lambda); err != nil {
		return "", err
	}
	path := filepath.Join(dir, gen+"-"+PreconditionFile)
	return path, writeAtomic(path, encodePrecondition(fisher, lambda, rows))
}

// preFn multiplies one shard's raw sketches by (F + λI)⁻¹ from the preconditioner
// state, writes pre.sks and a copy of the state, and emits the shard and the largest
// |value| of its preconditioned sketches.
type preFn struct{ sketchParts }

func (f *preFn) ProcessElement(k int, state string, emitK func(int), emitMax func(float64)) error {
	b, err := os.ReadFile(state)
	if err != nil {
		return fmt.Errorf("shard: %w", err)
	}
	fisher, lambda, _, err := decodePrecondition(b)
	if err != nil {
		return fmt.Errorf("shard: %s: %w", state, err)
	}
	p, err := influence.NewPreconditioner(fisher, lambda)
	if err != nil {
		return err
	}
	dir := f.shardDir(k)
	raw, err := store.OpenSketchFile(filepath.Join(dir, RawSketchFile), false)
	if err != nil {
		return err
	}
	pg := p.Apply(raw)
	raw.Close()
	if _, err := store.WriteSketchFile(filepath.Join(dir, PreSketchFile), pg.K, pg.IDs, pg.Data); err != nil {
		return err
	}
	if err := writeAtomic(filepath.Join(dir, PreconditionFile), b); err != nil {
		return err
	}
	m, err := influence.MaxAbs(pg.Data)
	if err != nil {
		return fmt.Errorf("shard %d: preconditioned sketches: %w", k, err)
	}
	emitK(k)
	emitMax(m)
	return nil
}

func maxFloat(a, b float64) float64 { return max(a, b) }

// leafFn quantizes one shard's preconditioned sketches with the set-wide shift
// (influence.QuantShift of the largest |value| of all shards, the monolithic file's
// shift), computes each row's committed leaf (circuits.SketchLeaf), and writes
// quant.bin, leaves.bin and the shard's manifest.
type leafFn struct {
	sketchParts
	Params map[string]string
	Fisher string
}

func (f *leafFn) ProcessElement(k int, maxAbs float64) error {
	shift, err := influence.QuantShift(maxAbs)
	if err != nil {
		return err
	}
	dir := f.shardDir(k)
	pre, err := store.OpenSketchFile(filepath.Join(dir, PreSketchFile), false)
	if err != nil {
		return err
	}
	defer pre.Close()
	ob, err := os.ReadFile(filepath.Join(dir, OwnersFile))
	if err != nil {
		return fmt.Errorf("shard: %w", err)
	}
	var owners []string
	if err := json.Unmarshal(ob, &owners); err != nil {
		return fmt.Errorf("shard %d: %s: %w", k, OwnersFile, err)
	}
	n, dim := pre.Dims()
	if len(owners) != n {
		return fmt.Errorf("shard %d: %d owners for %d rows", k, len(owners), n)
	}
	quant := make([]byte, 0, 2*n*dim)
	leaves := make([]byte, 0, 32*n)
	var q []int32
	for i := range n {
		id := pre.ID(i)
		q, err = influence.Quantize(q, pre.Row(i), shift)
		if err != nil {
			return fmt.Errorf("shard %d: sketch row %d (%s): %w", k, f.First[k]+i, id, err)
		}
		for _, v := range q {
			quant = binary.LittleEndian.AppendUint16(quant, uint16(int16(v)))
		}
		d, p, _ := strings.Cut(id, "/")
		addr, ok := new(big.Int).SetString(strings.TrimPrefix(owners[i], "0x"), 16)
		if !ok || !strings.HasPrefix(owners[i], "0x") || len(owners[i]) != 42 {
			return fmt.Errorf("shard %d: sketch row %d (%s): contributor %q is not a 0x address", k, f.First[k]+i, id, owners[i])
		}
		leaf := circuits.SketchLeaf(circuits.PointHash(d, p), addr, q)
		leaves = append(leaves, leaf.FillBytes(make([]byte, 32))...)
	}
	if err := writeAtomic(filepath.Join(dir, QuantFile), quant); err != nil {
		return err
	}
	if err := writeAtomic(filepath.Join(dir, LeavesFile), leaves); err != nil {
		return err
	}
	m := SketchManifest{Format: FormatVersion, Shard: k, Of: len(f.First) - 1, FirstRow: int64(f.First[k]), Rows: int64(n), K: dim,
		Rule: influence.QuantRule, Shift: shift, Fisher: f.Fisher, Params: f.Params, Files: map[string]FileSum{}}
	for _, name := range []string{RawSketchFile, PreSketchFile, PreconditionFile, QuantFile, LeavesFile, OwnersFile} {
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
	return writeAtomic(filepath.Join(dir, ManifestFile), append(j, '\n'))
}

// precondMagic starts a preconditioner state file: then rows n (uint64), k (uint64),
// λ (float64 bits) and the k×k Fisher, row-major float64, all little-endian.
const precondMagic = "POAPRE01"

func encodePrecondition(f *mat.SymDense, lambda float64, rows int) []byte {
	k := f.SymmetricDim()
	b := make([]byte, 0, 32+8*k*k)
	b = append(b, precondMagic...)
	b = binary.LittleEndian.AppendUint64(b, uint64(rows))
	b = binary.LittleEndian.AppendUint64(b, uint64(k))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(lambda))
	for i := range k {
		for j := range k {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f.At(i, j)))
		}
	}
	return b
}

func decodePrecondition(b []byte) (*mat.SymDense, float64, int, error) {
	if len(b) < 32 || string(b[:8]) != precondMagic {
		return nil, 0, 0, fmt.Errorf("preconditioner state: not a %s file", precondMagic)
	}
	rows := int(binary.LittleEndian.Uint64(b[8:]))
	k := binary.LittleEndian.Uint64(b[16:])
	lambda := math.Float64frombits(binary.LittleEndian.Uint64(b[24:]))
	if k == 0 || k > 1<<16 || uint64(len(b)) != 32+8*k*k {
		return nil, 0, 0, fmt.Errorf("preconditioner state: k=%d for %d bytes", k, len(b))
	}
	data := make([]float64, k*k)
	for i := range data {
		data[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[32+8*i:]))
	}
	return mat.NewSymDense(int(k), data), lambda, rows, nil
}

package shard

import (
	"cmp"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"gonum.org/v1/gonum/mat"

	"poa/influence"
	"poa/store"
)

// Fisher modes of a sketch set (SketchOptions.Fisher, SketchSet.Fisher).
const (
	// FisherExact: one worker reads every shard's raw rows in row order and computes
	// influence.EmpiricalFisher over all of them, as the monolithic build does: every
	// row, λ, the shift and the root equal the monolithic ones bit for bit.
	FisherExact = "exact"
	// FisherPartial: each shard's worker computes its partial Fisher Σ_{i in shard}
	// g_i g_iᵀ, and a Beam Combine sums the partials in shard order. No worker reads
	// all rows; F equals the exact one up to float rounding (the sum is associated
	// differently), so the preconditioned rows, the shift and the root may differ from
	// the monolithic ones: the set's root is its own commitment.
	FisherPartial = "partial"
)

// fisherOf is a manifest's Fisher mode (FisherExact when empty).
func fisherOf(mode string) string {
	if mode == "" {
		return FisherExact
	}
	return mode
}

// FisherPart is one shard's partial Fisher (Shard ≥ 0), or the sum over all shards
// (Shard = -1): Rows rows, F the k×k matrix row-major.
type FisherPart struct {
	Shard int       `json:"shard"`
	Rows  int       `json:"rows"`
	K     int       `json:"k"`
	F     []float64 `json:"f"`
}

// fisherAcc gathers the partials; the sum is taken in ExtractOutput, in shard order,
// so that it does not depend on the order the runner merges accumulators in.
type fisherAcc struct {
	Parts []FisherPart `json:"parts"`
}

func init() {
	beam.RegisterType(reflect.TypeFor[FisherPart]())
	beam.RegisterType(reflect.TypeFor[fisherAcc]())
	register.DoFn2x1[int, func(FisherPart), error](&partialFisherFn{})
	register.Emitter1[FisherPart]()
	register.Combiner3[fisherAcc, FisherPart, FisherPart](&sumFisherFn{})
	register.DoFn2x1[FisherPart, func(string), error](&partialStateFn{})
}

// partialFisherFn computes one shard's partial Fisher from its raw.sks
// (influence.EmpiricalFisher over the shard's rows) and emits it.
type partialFisherFn struct{ sketchParts }

func (f *partialFisherFn) ProcessElement(k int, emit func(FisherPart)) error {
	sf, err := store.OpenSketchFile(filepath.Join(f.shardDir(k), RawSketchFile), false)
	if err != nil {
		return err
	}
	defer sf.Close()
	n, dim := sf.Dims()
	if n != f.First[k+1]-f.First[k] {
		return fmt.Errorf("shard %d: raw sketches of %d rows, the plan says %d", k, n, f.First[k+1]-f.First[k])
	}
	emit(FisherPart{Shard: k, Rows: n, K: dim, F: symData(influence.EmpiricalFisher(sf))})
	return nil
}

// symData is a symmetric matrix's k×k values, row-major.
func symData(s *mat.SymDense) []float64 {
	k := s.SymmetricDim()
	out := make([]float64, 0, k*k)
	for i := range k {
		for j := range k {
			out = append(out, s.At(i, j))
		}
	}
	return out
}

// sumFisherFn sums the shards' partial Fishers in shard order.
type sumFisherFn struct{}

func (sumFisherFn) CreateAccumulator() fisherAcc { return fisherAcc{} }
func (sumFisherFn) AddInput(a fisherAcc, p FisherPart) fisherAcc {
	a.Parts = append(a.Parts, p)
	return a
}
func (sumFisherFn) MergeAccumulators(a, b fisherAcc) fisherAcc {
	a.Parts = append(a.Parts, b.Parts...)
	return a
}
func (sumFisherFn) ExtractOutput(a fisherAcc) FisherPart {
	return SumFisher(a.Parts)
}

// SumFisher is the sum of partial Fishers in shard order (the same partials give the
// same bits on any runner), with Shard -1. Parts of another k are a programmer error
// (panics).
func SumFisher(parts []FisherPart) FisherPart {
	parts = slices.Clone(parts)
	slices.SortFunc(parts, func(a, b FisherPart) int { return cmp.Compare(a.Shard, b.Shard) })
	out := FisherPart{Shard: -1}
	for _, p := range parts {
		if out.F == nil {
			out.K, out.F = p.K, make([]float64, len(p.F))
		}
		if p.K != out.K || len(p.F) != p.K*p.K {
			panic(fmt.Sprintf("shard: partial Fisher of shard %d is %d values for k=%d, the first k=%d", p.Shard, len(p.F), p.K, out.K))
		}
		for i, v := range p.F {
			out.F[i] += v
		}
		out.Rows += p.Rows
	}
	return out
}

// partialStateFn turns the summed Fisher into the preconditioner state (the damping
// λ, a check that F + λI factors) as fisherFn does, writes it and emits its path.
type partialStateFn struct {
	sketchParts
	Damping float64
}

func (f *partialStateFn) ProcessElement(sum FisherPart, emit func(string)) error {
	if want := f.First[len(f.First)-1]; sum.Rows != want || sum.K == 0 {
		return fmt.Errorf("shard: partial Fishers cover %d rows (k=%d), the plan %d", sum.Rows, sum.K, want)
	}
	path, err := writeState(f.Dir, f.Gen, mat.NewSymDense(sum.K, sum.F), f.Damping, sum.Rows)
	if err != nil {
		return err
	}
	emit(path)
	return nil
}

package shard

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"poa/influence"
	"poa/influence/lm"
)

// TestSumFisherOrder checks that the sum of partial Fishers does not depend on the
// order the partials arrive in (a runner merges accumulators in any order) and equals
// a plain loop over them in shard order.
func TestSumFisherOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	var parts []FisherPart
	for s := range 7 {
		f := make([]float64, 9)
		for i := range f {
			f[i] = rng.NormFloat64() * math.Pow(10, float64(rng.IntN(12)-6))
		}
		parts = append(parts, FisherPart{Shard: s, Rows: 1 + s, K: 3, F: f})
	}
	want := make([]float64, 9)
	for _, p := range parts {
		for i, v := range p.F {
			want[i] += v
		}
	}
	for range 20 {
		rng.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
		got := SumFisher(parts)
		if !reflect.DeepEqual(got.F, want) || got.Rows != 28 || got.Shard != -1 {
			t.Fatalf("sum %+v, want %v over 28 rows", got, want)
		}
	}
}

// TestPartialFisherSketchSet builds an adapter's sketch set with the exact Fisher and
// with the sum of per-shard partials (3 shards, Beam on Prism), and checks the
// partial mode: its manifests say so, its Fisher equals Σ g gᵀ over the monolithic
// raw rows (computed here in float64) up to rounding, its scores rank the points as
// the exact mode's (Spearman, top-k overlap), and a set whose root is not the
// adapter's commitment is refused when named and skipped when discovered.
func TestPartialFisherSketchSet(t *testing.T) {
	ctx := context.Background()
	n := 70
	s := sketchStore(t, n)
	so := lm.SketchOptions{Adapter: "ad", KIn: 4, KOut: 4, BatchSize: 4}
	rawMeta, _, err := lm.BuildSketches(ctx, s, so)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lm.Commit(ctx, s, "ad", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := BuildSketches(ctx, s, SketchOptions{SketchOptions: so, Shards: 2, Fisher: "approximate"}); !errors.Is(err, influence.ErrBadInput) {
		t.Fatalf("an unknown Fisher mode: %v", err)
	}
	dir, _ := SketchSetDir(s, "ad")
	exact, err := BuildSketches(ctx, s, SketchOptions{SketchOptions: so, Shards: 3})
	if err != nil {
		t.Fatal(err)
	}
	exactDir := filepath.Join(t.TempDir(), "exact")
	if err := os.CopyFS(exactDir, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	set, err := BuildSketches(ctx, s, SketchOptions{SketchOptions: so, Shards: 3, Fisher: FisherPartial})
	if err != nil {
		t.Fatal(err)
	}
	if exact.Fisher != FisherExact || set.Fisher != FisherPartial || len(set.Shards) != 3 {
		t.Fatalf("Fisher modes %q and %q, %d shards", exact.Fisher, set.Fisher, len(set.Shards))
	}
	for _, ref := range set.Shards {
		m, _, err := readManifest[SketchManifest](filepath.Join(dir, ref.Dir), "shard")
		if err != nil || m.Fisher != FisherPartial {
			t.Fatalf("shard %s manifest Fisher %q, %v", ref.Dir, m.Fisher, err)
		}
	}
	// The partial Fisher against Σ g gᵀ over the monolithic raw rows.
	raw, _, err := s.OpenSketch(rawMeta.Name)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	rn, k := raw.Dims()
	want := make([]float64, k*k)
	for r := range rn {
		g := raw.Row(r)
		for i := range k {
			for j := range k {
				want[i*k+j] += float64(g[i]) * float64(g[j])
			}
		}
	}
	pb, err := os.ReadFile(filepath.Join(dir, set.Shards[1].Dir, PreconditionFile))
	if err != nil {
		t.Fatal(err)
	}
	f, lambda, rows, err := decodePrecondition(pb)
	if err != nil || rows != n || lambda != set.Damping {
		t.Fatalf("state: %d rows, λ %g (set %g), %v", rows, lambda, set.Damping, err)
	}
	got := symData(f)
	var maxF, maxDiff float64
	for i := range want {
		maxF, maxDiff = max(maxF, math.Abs(want[i])), max(maxDiff, math.Abs(got[i]-want[i]))
	}
	if maxF == 0 || maxDiff > 1e-12*maxF {
		t.Fatalf("partial Fisher differs from Σ g gᵀ by %g (max |F| %g)", maxDiff, maxF)
	}
	agree, err := CompareFisher(exactDir, dir, 20, 50)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("partial vs exact Fisher, %d rows, k=%d: %+v", n, k, agree)
	if agree.MaxAbsDiffF > 1e-12*agree.MaxAbsF || agree.SpearmanMin < 0.99 || agree.OverlapMin < 0.9 {
		t.Fatalf("partial Fisher disagrees with the exact one: %+v", agree)
	}
	if !agree.SameRoot {
		if _, err := OpenSources(s, "ad", []string{dir}); !errors.Is(err, lm.ErrSketchSource) {
			t.Fatalf("a partial set with its own root, named: %v", err)
		}
		src, err := OpenSources(s, "ad", nil)
		if err != nil || src.Sketches != nil || !strings.Contains(strings.Join(src.Notes, "\n"), "partial") {
			t.Fatalf("a partial set with its own root, discovered: %+v, %v", src, err)
		}
		src.Close()
	}
}

package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"
)

// TestGEMMWorkers runs gemm32's two splits, the row split (gemmRows: persistent
// workers, a counter per step) and the column split (gemmThin), each on 1, 2 and 3
// workers, on shapes that cross the blocking's edges (K over several slices and
// several steps of the double-buffered panels, rows leaving 1, 2 or 4 in the last
// strip, columns not a multiple of a strip or of a chunk, one MC-row block, a K of
// 5), for the three operand layouts (MatMul's row-major A and B, MatMulNT's transposed B, MatMulTN's
// transposed A) and the three starts (accumulate onto C, zero, a bias row). C has a
// row stride wider than m, with sentinels between the rows that must survive. Every
// result is checked against the float64 loop, and all six runs must give the same
// bits: each element is the same FMA chain whatever the split.
func TestGEMMWorkers(t *testing.T) {
	r := rand.New(rand.NewPCG(97, 98))
	shapes := [][3]int{{290, 520, 700}, {97, 257, 2100}, {193, 33, 47}, {1000, 70, 130}, {16, 600, 1000}, {200, 5, 32}}
	if testing.Short() {
		shapes = [][3]int{{290, 520, 700}, {97, 257, 1100}, {193, 33, 47}, {16, 300, 200}}
	}
	const sentinel = -4321
	for _, s := range shapes {
		n, k, m := s[0], s[1], s[2]
		ldc := m + 3
		x, w, bias := make([]float32, n*k), make([]float32, k*m), make([]float32, m)
		init := make([]float32, n*ldc)
		for _, v := range [][]float32{x, w, bias, init} {
			for i := range v {
				v[i] = float32(r.NormFloat64())
			}
		}
		for i := range init {
			if i%ldc >= m {
				init[i] = sentinel
			}
		}
		layouts := []struct {
			name string
			a, b operand
			ae   func(i, p int) float64
			be   func(p, j int) float64
		}{
			{"NN", operand{x, k, 1}, operand{w, m, 1},
				func(i, p int) float64 { return float64(x[i*k+p]) }, func(p, j int) float64 { return float64(w[p*m+j]) }},
			{"NT", operand{x, k, 1}, operand{w, 1, k}, // B(p, j) = w[j·K + p]: w read as [M,K]
				func(i, p int) float64 { return float64(x[i*k+p]) }, func(p, j int) float64 { return float64(w[j*k+p]) }},
			{"TN", operand{x, 1, n}, operand{w, m, 1}, // A(i, p) = x[p·N + i]: x read as [K,N]
				func(i, p int) float64 { return float64(x[p*n+i]) }, func(p, j int) float64 { return float64(w[p*m+j]) }},
		}
		starts := []struct {
			name string
			st   cStart
			c0   func(i, j int) float64
		}{
			{"acc", cStart{}, func(i, j int) float64 { return float64(init[i*ldc+j]) }},
			{"zero", cStart{set: true}, func(i, j int) float64 { return 0 }},
			{"bias", cStart{set: true, bias: bias}, func(i, j int) float64 { return float64(bias[j]) }},
		}
		for _, l := range layouts {
			prod, pbound := ref(n, k, m, func(int, int) float64 { return 0 }, l.ae, l.be)
			for _, st := range starts {
				name := fmt.Sprintf("n=%d,k=%d,m=%d/%s/%s", n, k, m, l.name, st.name)
				t.Run(name, func(t *testing.T) {
					want, bound := make([]float64, n*m), make([]float64, n*m)
					for i := range want {
						c0 := st.c0(i/m, i%m)
						want[i], bound[i] = prod[i]+c0, pbound[i]+math.Abs(c0)
					}
					var first []float32
					for _, split := range []string{"rows", "cols"} {
						for _, workers := range []int{1, 2, 3} {
							c := append([]float32(nil), init...)
							if split == "rows" {
								gemmRows(c, ldc, l.a, l.b, n, k, m, workers, st.st)
							} else {
								gemmThin(c, ldc, l.a, l.b, n, k, m, workers, st.st)
							}
							got := make([]float32, 0, n*m)
							for i := 0; i < n; i++ {
								got = append(got, c[i*ldc:i*ldc+m]...)
								for j := m; j < ldc; j++ {
									if c[i*ldc+j] != sentinel {
										t.Fatalf("%s, %d workers: C(%d, %d) outside the product written: %g", split, workers, i, j, c[i*ldc+j])
									}
								}
							}
							if first == nil {
								within(t, split, got, want, bound, k)
								first = got
								continue
							}
							for i := range got {
								if math.Float32bits(got[i]) != math.Float32bits(first[i]) {
									t.Fatalf("%s, %d workers: element %d = %g, the row split on 1 worker gives %g", split, workers, i, got[i], first[i])
								}
							}
						}
					}
				})
			}
		}
	}
}

// TestGEMMChoice checks which split gemm32 takes: the row split for the model's
// 1024-row layers at any worker count, the column split for a decode batch of one
// MC-row block at any count and for products of fewer blocks than workers.
func TestGEMMChoice(t *testing.T) {
	for _, c := range []struct {
		n, m, workers int
		cols          bool
	}{
		{1024, 2048, 2, false},
		{1024, 3072, 1, false},
		{16, 3072, 1, true},
		{16, 3072, 2, true},
		{150, 768, 2, false}, // two blocks: rows for up to 2 workers, columns for more
		{150, 768, 3, true},
		{16, 16, 2, false}, // under two strips of columns
	} {
		if got := colsSplit(c.n, c.m, c.workers); got != c.cols {
			t.Errorf("%d rows × %d columns on %d workers: column split %v, want %v", c.n, c.m, c.workers, got, c.cols)
		}
	}
}

// TestStepCounts checks gemmRows' per-step barrier: no worker leaves wait(i) before
// every worker has marked step i done, whether it got there spinning or asleep (some
// workers pause longer than the spin at some steps).
func TestStepCounts(t *testing.T) {
	const workers, steps = 4, 300
	s := newStepCounts(steps, workers)
	var reached [steps]atomic.Int32
	runWorkers(workers, func(w int) {
		for i := 0; i < steps; i++ {
			if (i+w)%7 == 0 {
				time.Sleep(2 * spinFor)
			}
			reached[i].Add(1)
			s.done(i)
			s.wait(i)
			if got := reached[i].Load(); got != workers {
				t.Errorf("worker %d left step %d with %d of %d workers there", w, i, got, workers)
			}
		}
	})
}

package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// TestMicroKernel4 checks the 4-row kernel against the float64 sum and against the
// 6-row kernel's first four rows bit for bit, with the two rows below the tile (in
// the row stride) left untouched.
func TestMicroKernel4(t *testing.T) {
	if !useAVX2 {
		t.Skip("no assembly kernels: microKernel4 declines and the tile path runs")
	}
	r := rand.New(rand.NewPCG(91, 92))
	for _, kc := range []int{1, 2, 3, 5, 7, 64, 255, 256} {
		a, ca := guarded(t, kc*gemmMR, randFill(r))
		b, cb := guarded(t, kc*gemmNR, randFill(r))
		const ldc = gemmNR + 5
		c, cc := guarded(t, (gemmMR-1)*ldc+gemmNR, func(i int) float32 {
			if i%ldc >= gemmNR || i/ldc >= 4 {
				return -1234 // between rows and below the tile: must stay
			}
			return float32(i%7) - 3
		})
		six := append([]float32(nil), c...)
		want := make([]float64, len(c))
		bound := make([]float64, len(c))
		for i := range c {
			want[i], bound[i] = float64(c[i]), math.Abs(float64(c[i]))
		}
		for row := 0; row < 4; row++ {
			for j := 0; j < gemmNR; j++ {
				for p := 0; p < kc; p++ {
					v := float64(a[p*gemmMR+row]) * float64(b[p*gemmNR+j])
					want[row*ldc+j] += v
					bound[row*ldc+j] += math.Abs(v)
				}
			}
		}
		if !microKernel4(kc, a, b, c, ldc) {
			t.Fatalf("kc=%d: microKernel4 declined with the assembly kernels in use", kc)
		}
		within(t, fmt.Sprintf("kc=%d", kc), c, want, bound, kc)
		microKernel(kc, a, b, six, ldc)
		for i := range c {
			if i/ldc < 4 && math.Float32bits(c[i]) != math.Float32bits(six[i]) {
				t.Fatalf("kc=%d: element %d = %g, the 6-row kernel gives %g", kc, i, c[i], six[i])
			}
			if i/ldc >= 4 && c[i] != -1234 {
				t.Fatalf("kc=%d: element %d below the 4-row tile written (%g)", kc, i, c[i])
			}
		}
		ca()
		cb()
		cc()
	}
}

// TestPackBRows checks packBRows (the assembly copy on amd64) and packRows16Go
// against the packed layout's definition, dst[(s·kc + l)·NR + j] = B(p0 + l, j0 +
// s·NR + j) and zero past the last column, on panels whose width is not a multiple
// of NR, split over row ranges as the workers do.
func TestPackBRows(t *testing.T) {
	r := rand.New(rand.NewPCG(93, 94))
	const rows, cols = 300, 200
	b := make([]float32, rows*cols)
	for i := range b {
		b[i] = float32(r.NormFloat64())
	}
	op := operand{b, cols, 1}
	for _, s := range []struct{ p0, kc, j0, nc, split int }{
		{0, 1, 0, 16, 1}, {0, 256, 0, 200, 1}, {3, 17, 5, 33, 1}, {40, 255, 7, 160, 2}, {1, 9, 184, 16, 3}, {0, 300, 0, 15, 4},
	} {
		t.Run(fmt.Sprintf("p0=%d,kc=%d,j0=%d,nc=%d,split=%d", s.p0, s.kc, s.j0, s.nc, s.split), func(t *testing.T) {
			strips := (s.nc + gemmNR - 1) / gemmNR
			got, cg := guarded(t, strips*s.kc*gemmNR, func(int) float32 { return float32(math.NaN()) })
			per := (s.kc + s.split - 1) / s.split
			for w := 0; w < s.split; w++ {
				packBRows(got, op, s.p0, s.kc, s.j0, s.nc, min(s.kc, w*per), min(s.kc, (w+1)*per))
			}
			for st := 0; st < strips; st++ {
				for l := 0; l < s.kc; l++ {
					for j := 0; j < gemmNR; j++ {
						want := float32(0)
						if c := st*gemmNR + j; c < s.nc {
							want = b[(s.p0+l)*cols+s.j0+c]
						}
						if g := got[(st*s.kc+l)*gemmNR+j]; math.Float32bits(g) != math.Float32bits(want) {
							t.Fatalf("strip %d row %d col %d: %g, want %g", st, l, j, g, want)
						}
					}
				}
			}
			cg()
			full := s.nc / gemmNR
			if full == 0 {
				return
			}
			goCopy := make([]float32, len(got))
			packRows16Go(goCopy, b[s.p0*cols+s.j0:], s.kc*gemmNR, cols, full, s.kc)
			for i := 0; i < full*s.kc*gemmNR; i++ {
				if math.Float32bits(goCopy[i]) != math.Float32bits(got[i]) {
					t.Fatalf("packRows16Go element %d: %g, packBRows %g", i, goCopy[i], got[i])
				}
			}
		})
	}
}

// TestRowTasks checks gemm32's row split: every MR strip in exactly one task, in
// order, each task within MC rows, tasks differing by at most one strip, and their
// number a multiple of the workers unless there are fewer strips.
func TestRowTasks(t *testing.T) {
	for _, workers := range []int{1, 2, 3, 4, 16} {
		for n := 1; n <= 2000; n++ {
			tasks := rowTasks(n, workers)
			strips := (n + gemmMR - 1) / gemmMR
			if tasks < 1 || (tasks%workers != 0 && tasks != strips) {
				t.Fatalf("n=%d workers=%d: %d tasks for %d strips", n, workers, tasks, strips)
			}
			next, lo, hi := 0, strips, 0
			for i := 0; i < tasks; i++ {
				s0, s1 := i*strips/tasks, (i+1)*strips/tasks
				if s0 != next || s1 <= s0 || (s1-s0)*gemmMR > gemmMC {
					t.Fatalf("n=%d workers=%d: task %d covers strips [%d, %d) after %d", n, workers, i, s0, s1, next)
				}
				next, lo, hi = s1, min(lo, s1-s0), max(hi, s1-s0)
			}
			if next != strips || hi-lo > 1 {
				t.Fatalf("n=%d workers=%d: tasks cover %d of %d strips, sizes %d … %d", n, workers, next, strips, lo, hi)
			}
		}
	}
}

// TestGEMMSplits runs the products on shapes that cross the blocking's edges (more
// columns than one NC panel, K over several slices, row counts leaving 4 or 1 rows
// in the last strip, a 16-row batch) against the float64 loop, and checks that 1, 2
// and 3 workers give the same bits.
func TestGEMMSplits(t *testing.T) {
	r := rand.New(rand.NewPCG(95, 96))
	shapes := [][3]int{{100, 300, 2*gemmNC + 20}, {1000, 70, 130}, {97, 520, 64}, {16, 600, 1000}, {193, 33, 47}}
	if testing.Short() {
		shapes = [][3]int{{100, 300, 2*gemmNC + 20}, {1000, 70, 130}, {16, 600, 1000}}
	}
	for _, s := range shapes {
		n, k, m := s[0], s[1], s[2]
		t.Run(fmt.Sprintf("n=%d,k=%d,m=%d", n, k, m), func(t *testing.T) {
			x, w, wt, dy := make([]float32, n*k), make([]float32, k*m), make([]float32, m*k), make([]float32, n*m)
			for _, v := range [][]float32{x, w, wt, dy} {
				for i := range v {
					v[i] = float32(r.NormFloat64())
				}
			}
			run := func(procs int) [][]float32 {
				defer setProcs(procs)()
				a, b, c := make([]float32, n*m), make([]float32, n*m), make([]float32, k*m)
				MatMul(a, x, w, nil, n, k, m)
				MatMulNT(b, x, wt, n, k, m, false)
				MatMulTN(c, x, dy, n, k, m)
				return [][]float32{a, b, c}
			}
			one := run(1)
			zero := func(int, int) float64 { return 0 }
			want, bound := ref(n, k, m, zero,
				func(i, p int) float64 { return float64(x[i*k+p]) }, func(p, j int) float64 { return float64(w[p*m+j]) })
			within(t, "MatMul", one[0], want, bound, k)
			want, bound = ref(n, k, m, zero,
				func(i, p int) float64 { return float64(x[i*k+p]) }, func(p, j int) float64 { return float64(wt[j*k+p]) })
			within(t, "MatMulNT", one[1], want, bound, k)
			want, bound = ref(k, n, m, zero,
				func(p, i int) float64 { return float64(x[i*k+p]) }, func(i, j int) float64 { return float64(dy[i*m+j]) })
			within(t, "MatMulTN", one[2], want, bound, n)
			for _, procs := range []int{2, 3} {
				for i, got := range run(procs) {
					for j := range got {
						if math.Float32bits(got[j]) != math.Float32bits(one[i][j]) {
							t.Fatalf("%d workers: product %d element %d = %g, 1 worker %g", procs, i, j, got[j], one[i][j])
						}
					}
				}
			}
		})
	}
}

package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

// The products checked three ways on the same data: against the naive loop in
// float64 (with a tolerance scaled by Σ_p |a_p·b_p|, the float32 rounding bound), and
// against gonum's blas32.Gemm, an independent blocked implementation.

// oddDims are the sizes the products are tried on: 1, around the micro-tile sizes
// (4, 8, 16) and around the cache blocks (64, 128, 256), and 0.
var oddDims = []int{0, 1, 3, 17, 63, 65, 129}

// ref is the naive product out[i,j] = init[i,j] + Σ_p a(i,p)·b(p,j) in float64 with
// the bound Σ_p |a(i,p)·b(p,j)| per element.
func ref(n, k, m int, init func(i, j int) float64, a, b func(i, p int) float64) (want, bound []float64) {
	want, bound = make([]float64, n*m), make([]float64, n*m)
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			s, ab := init(i, j), 0.0
			for p := 0; p < k; p++ {
				v := a(i, p) * b(p, j)
				s += v
				ab += math.Abs(v)
			}
			want[i*m+j], bound[i*m+j] = s, ab+math.Abs(init(i, j))
		}
	}
	return want, bound
}

// within fails when got differs from want by more than a float32 accumulation error
// of k terms would allow.
func within(t *testing.T, name string, got []float32, want, bound []float64, k int) {
	t.Helper()
	tol := float64(k+4) * 6e-8 * 4
	for i := range want {
		g := float64(got[i])
		if math.IsNaN(g) || math.Abs(g-want[i]) > tol*bound[i]+1e-30 {
			t.Fatalf("%s[%d] = %g, want %g (bound %g)", name, i, g, want[i], tol*bound[i])
		}
	}
}

func gen(rows, cols int, d []float32) blas32.General {
	return blas32.General{Rows: rows, Cols: cols, Stride: max(cols, 1), Data: d}
}

// gemmGonum is out = beta·out + A·B with the given transposes, skipping gonum's
// checks that reject empty matrices.
func gemmGonum(tA, tB blas.Transpose, a, b, c blas32.General, beta float32, k int) {
	if c.Rows == 0 || c.Cols == 0 {
		return
	}
	if k == 0 {
		for i := 0; i < c.Rows; i++ {
			for j := 0; j < c.Cols; j++ {
				c.Data[i*c.Stride+j] *= beta
			}
		}
		return
	}
	blas32.Gemm(tA, tB, 1, a, b, beta, c)
}

func TestProductsAgainstGonum(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 52))
	dims := oddDims
	big := []int{257, 300}
	if testing.Short() {
		big = []int{257}
	}
	type shape struct{ n, k, m int }
	var shapes []shape
	for _, n := range dims {
		for _, k := range dims {
			for _, m := range dims {
				if (n*7+k*3+m)%4 == 0 || n == 0 || k == 0 || m == 0 || n == 1 || m == 1 {
					shapes = append(shapes, shape{n, k, m}) // a quarter of the grid plus every edge
				}
			}
		}
	}
	for _, b := range big {
		shapes = append(shapes, shape{b, 129, 65}, shape{65, b, 129}, shape{129, 65, b}, shape{b, b, 17})
	}
	for _, s := range shapes {
		n, k, m := s.n, s.k, s.m
		t.Run(fmt.Sprintf("n=%d,k=%d,m=%d", n, k, m), func(t *testing.T) { checkProducts(t, r, n, k, m) })
	}
}

// checkProducts runs MatMul (with bias), MatMulNT (plain and accumulating), MatMulTN
// and ScoreRows on one shape against the float64 loop and gonum, inside guard regions.
func checkProducts(t *testing.T, r *rand.Rand, n, k, m int) {
	t.Helper()
	x, cx := guarded(t, n*k, randFill(r))
	w, cw := guarded(t, k*m, randFill(r))   // [K,M] for MatMul
	wt, cwt := guarded(t, m*k, randFill(r)) // [M,K] for MatMulNT
	dy, cdy := guarded(t, n*m, randFill(r)) // [N,M] for MatMulTN
	bias, cb := guarded(t, m, randFill(r))
	zero := func(int, int) float64 { return 0 }

	// MatMul with bias.
	out, co := guarded(t, n*m, func(int) float32 { return 99 })
	MatMul(out, x, w, bias, n, k, m)
	want, bound := ref(n, k, m, func(_, j int) float64 { return float64(bias[j]) },
		func(i, p int) float64 { return float64(x[i*k+p]) }, func(p, j int) float64 { return float64(w[p*m+j]) })
	within(t, "MatMul", out, want, bound, k)
	g := make([]float32, n*m)
	for i := 0; i < n; i++ {
		copy(g[i*m:], bias[:m])
	}
	gemmGonum(blas.NoTrans, blas.NoTrans, gen(n, k, x), gen(k, m, w), gen(n, m, g), 1, k)
	within(t, "MatMul vs gonum", out, f64(g), bound, k)
	co()

	// MatMulNT, plain and accumulating.
	for _, acc := range []bool{false, true} {
		out, co := guarded(t, n*m, func(i int) float32 { return float32(i%5) - 2 })
		init := append([]float32(nil), out...)
		initF := zero
		beta := float32(0)
		if acc {
			initF = func(i, j int) float64 { return float64(init[i*m+j]) }
			beta = 1
		}
		MatMulNT(out, x, wt, n, k, m, acc)
		want, bound := ref(n, k, m, initF,
			func(i, p int) float64 { return float64(x[i*k+p]) }, func(p, j int) float64 { return float64(wt[j*k+p]) })
		within(t, fmt.Sprintf("MatMulNT(acc=%v)", acc), out, want, bound, k)
		gemmGonum(blas.NoTrans, blas.Trans, gen(n, k, x), gen(m, k, wt), gen(n, m, init), beta, k)
		within(t, "MatMulNT vs gonum", out, f64(init), bound, k)
		co()
	}

	// MatMulTN accumulates out[K,M] += xᵀ·dy.
	tn, ctn := guarded(t, k*m, randFill(r))
	init := append([]float32(nil), tn...)
	MatMulTN(tn, x, dy, n, k, m)
	want, bound = ref(k, n, m, func(p, j int) float64 { return float64(init[p*m+j]) },
		func(p, i int) float64 { return float64(x[i*k+p]) }, func(i, j int) float64 { return float64(dy[i*m+j]) })
	within(t, "MatMulTN", tn, want, bound, n)
	gemmGonum(blas.Trans, blas.NoTrans, gen(n, k, x), gen(n, m, dy), gen(k, m, init), 1, n)
	within(t, "MatMulTN vs gonum", tn, f64(init), bound, n)
	ctn()

	// ScoreRows: scores[Q=n, N=m] = x·wtᵀ.
	sc, csc := guarded(t, n*m, func(int) float32 { return 99 })
	ScoreRows(sc, x, wt, n, m, k)
	want, bound = ref(n, k, m, zero,
		func(i, p int) float64 { return float64(x[i*k+p]) }, func(p, j int) float64 { return float64(wt[j*k+p]) })
	within(t, "ScoreRows", sc, want, bound, k)
	csc()
	for _, c := range []func(){cx, cw, cwt, cdy, cb} {
		c()
	}
}

// TestThinProducts runs the products on decode-like shapes, a few rows (1 … 16) times
// a wide matrix with K across several slices, with several workers, so the column
// split of gemmThin (and the thin row paths below 8 rows) are the ones checked; the
// results must also be bit-identical to one worker's.
func TestThinProducts(t *testing.T) {
	r := rand.New(rand.NewPCG(53, 54))
	rows := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
	if testing.Short() {
		rows = []int{1, 5, 8, 9, 16}
	}
	for _, n := range rows {
		for _, km := range [][2]int{{600, 1000}, {257, 3000}} {
			k, m := km[0], km[1]
			t.Run(fmt.Sprintf("n=%d,k=%d,m=%d", n, k, m), func(t *testing.T) {
				restore := setProcs(3)
				checkProducts(t, r, n, k, m)
				x, w := make([]float32, n*k), make([]float32, m*k)
				for _, s := range [][]float32{x, w} {
					for i := range s {
						s[i] = float32(r.NormFloat64())
					}
				}
				a, b := make([]float32, n*m), make([]float32, n*m)
				MatMul(a, x, w, nil, n, k, m)
				MatMulNT(b, x, w, n, k, m, false)
				restore()
				defer setProcs(1)()
				a1, b1 := make([]float32, n*m), make([]float32, n*m)
				MatMul(a1, x, w, nil, n, k, m)
				MatMulNT(b1, x, w, n, k, m, false)
				for j := range a {
					if math.Float32bits(a[j]) != math.Float32bits(a1[j]) || math.Float32bits(b[j]) != math.Float32bits(b1[j]) {
						t.Fatalf("element %d differs between 3 workers and 1", j)
					}
				}
			})
		}
	}
}

func f64(s []float32) []float64 {
	o := make([]float64, len(s))
	for i, v := range s {
		o[i] = float64(v)
	}
	return o
}

// TestBatchedMatMulNT runs batches with strides larger than the blocks (gaps that
// must stay untouched) and checks each batch against the naive loop and gonum.
func TestBatchedMatMulNT(t *testing.T) {
	r := rand.New(rand.NewPCG(61, 62))
	for _, s := range []struct{ batch, n, k, m, pad int }{
		{1, 1, 1, 1, 0}, {3, 17, 0, 5, 2}, {2, 5, 3, 7, 1}, {4, 65, 33, 63, 3}, {12, 17, 64, 129, 0}, {3, 129, 17, 65, 5},
	} {
		t.Run(fmt.Sprintf("batch=%d,n=%d,k=%d,m=%d,pad=%d", s.batch, s.n, s.k, s.m, s.pad), func(t *testing.T) {
			n, k, m := s.n, s.k, s.m
			sx, sw, so := n*k+s.pad, m*k+2*s.pad, n*m+s.pad
			x, cx := guarded(t, (s.batch-1)*sx+n*k, randFill(r))
			w, cw := guarded(t, (s.batch-1)*sw+m*k, randFill(r))
			out, co := guarded(t, (s.batch-1)*so+n*m, func(int) float32 { return -3 })
			BatchedMatMulNT(out, x, w, s.batch, n, k, m, sx, sw, so)
			for b := 0; b < s.batch; b++ {
				xb, wb, ob := x[b*sx:], w[b*sw:], out[b*so:b*so+n*m]
				want, bound := ref(n, k, m, func(int, int) float64 { return 0 },
					func(i, p int) float64 { return float64(xb[i*k+p]) }, func(p, j int) float64 { return float64(wb[j*k+p]) })
				within(t, fmt.Sprintf("batch %d", b), ob, want, bound, k)
				g := make([]float32, n*m)
				gemmGonum(blas.NoTrans, blas.Trans, gen(n, k, xb), gen(m, k, wb), gen(n, m, g), 0, k)
				within(t, fmt.Sprintf("batch %d vs gonum", b), ob, f64(g), bound, k)
				if b+1 < s.batch {
					for i := b*so + n*m; i < (b+1)*so; i++ {
						if out[i] != -3 {
							t.Fatalf("gap element %d between batches written", i)
						}
					}
				}
			}
			cx()
			cw()
			co()
		})
	}
}

// TestProductsDeterministic checks that the float32 products give bit-identical
// results whatever the number of goroutines and from call to call, on shapes large
// enough to be split over blocks and workers.
func TestProductsDeterministic(t *testing.T) {
	r := rand.New(rand.NewPCG(71, 72))
	n, k, m := 130, 300, 270
	x, w, wt, dy := make([]float32, n*k), make([]float32, k*m), make([]float32, m*k), make([]float32, n*m)
	for _, s := range [][]float32{x, w, wt, dy} {
		for i := range s {
			s[i] = float32(r.NormFloat64())
		}
	}
	run := func() [][]float32 {
		a, b, c := make([]float32, n*m), make([]float32, n*m), make([]float32, k*m)
		MatMul(a, x, w, nil, n, k, m)
		MatMulNT(b, x, wt, n, k, m, false)
		MatMulTN(c, x, dy, n, k, m)
		return [][]float32{a, b, c}
	}
	first := run()
	for _, procs := range []int{1, 2, 3, 8} {
		t.Run(fmt.Sprintf("procs=%d", procs), func(t *testing.T) {
			defer setProcs(procs)()
			for i, got := range run() {
				for j := range got {
					if math.Float32bits(got[j]) != math.Float32bits(first[i][j]) {
						t.Fatalf("product %d element %d: %g, first run %g", i, j, got[j], first[i][j])
					}
				}
			}
		})
	}
}

// setProcs sets GOMAXPROCS and returns the function that restores it.
func setProcs(n int) func() {
	old := runtime.GOMAXPROCS(n)
	return func() { runtime.GOMAXPROCS(old) }
}

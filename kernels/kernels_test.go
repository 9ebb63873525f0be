package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

const guard = 7

// guarded returns a slice of n values inside NaN guard regions, and a check that the
// guards are intact.
func guarded(t *testing.T, n int, fill func(i int) float32) ([]float32, func()) {
	t.Helper()
	buf := make([]float32, n+2*guard)
	for i := range buf {
		buf[i] = float32(math.NaN())
	}
	s := buf[guard : guard+n : guard+n]
	for i := range s {
		s[i] = fill(i)
	}
	return s, func() {
		t.Helper()
		for i := 0; i < guard; i++ {
			if !math.IsNaN(float64(buf[i])) || !math.IsNaN(float64(buf[guard+n+i])) {
				t.Fatalf("stray write into guard region")
			}
		}
	}
}

func randFill(r *rand.Rand) func(int) float32 {
	return func(int) float32 { return float32(r.NormFloat64()) }
}

func closeTo(t *testing.T, name string, got []float32, want []float64, tol float64) {
	t.Helper()
	for i := range want {
		if d := math.Abs(float64(got[i]) - want[i]); d > tol*(1+math.Abs(want[i])) || math.IsNaN(float64(got[i])) {
			t.Fatalf("%s[%d] = %g, want %g", name, i, got[i], want[i])
		}
	}
}

var shapes = []struct{ n, k, m int }{
	{1, 1, 1}, {3, 0, 2}, {0, 3, 2}, {3, 5, 7}, {4, 4, 4}, {5, 17, 3}, {13, 9, 31}, {64, 48, 33}, {130, 70, 257},
}

func TestMatMul(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, s := range shapes {
		for _, withBias := range []bool{false, true} {
			t.Run(fmt.Sprintf("n=%d,k=%d,m=%d,bias=%v", s.n, s.k, s.m, withBias), func(t *testing.T) {
				x, cx := guarded(t, s.n*s.k, randFill(r))
				w, cw := guarded(t, s.k*s.m, randFill(r))
				var b []float32
				if withBias {
					b, _ = guarded(t, s.m, randFill(r))
				}
				out, co := guarded(t, s.n*s.m, func(int) float32 { return 99 })
				MatMul(out, x, w, b, s.n, s.k, s.m)
				want := make([]float64, s.n*s.m)
				for i := 0; i < s.n; i++ {
					for j := 0; j < s.m; j++ {
						var acc float64
						if b != nil {
							acc = float64(b[j])
						}
						for p := 0; p < s.k; p++ {
							acc += float64(x[i*s.k+p]) * float64(w[p*s.m+j])
						}
						want[i*s.m+j] = acc
					}
				}
				closeTo(t, "out", out, want, 1e-5*float64(s.k))
				cx()
				cw()
				co()
			})
		}
	}
}

func TestMatMulNT(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, s := range shapes {
		for _, acc := range []bool{false, true} {
			t.Run(fmt.Sprintf("n=%d,k=%d,m=%d,acc=%v", s.n, s.k, s.m, acc), func(t *testing.T) {
				x, _ := guarded(t, s.n*s.k, randFill(r))
				w, _ := guarded(t, s.m*s.k, randFill(r))
				out, co := guarded(t, s.n*s.m, func(i int) float32 { return float32(i % 3) })
				want := make([]float64, s.n*s.m)
				for i := 0; i < s.n; i++ {
					for j := 0; j < s.m; j++ {
						var a float64
						if acc {
							a = float64(out[i*s.m+j])
						}
						for p := 0; p < s.k; p++ {
							a += float64(x[i*s.k+p]) * float64(w[j*s.k+p])
						}
						want[i*s.m+j] = a
					}
				}
				MatMulNT(out, x, w, s.n, s.k, s.m, acc)
				closeTo(t, "out", out, want, 1e-5*float64(s.k))
				co()
			})
		}
	}
}

func TestMatMulTN(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, s := range shapes {
		t.Run(fmt.Sprintf("n=%d,k=%d,m=%d", s.n, s.k, s.m), func(t *testing.T) {
			a, _ := guarded(t, s.n*s.k, randFill(r))
			b, _ := guarded(t, s.n*s.m, randFill(r))
			out, co := guarded(t, s.k*s.m, randFill(r))
			want := make([]float64, s.k*s.m)
			for p := 0; p < s.k; p++ {
				for j := 0; j < s.m; j++ {
					acc := float64(out[p*s.m+j])
					for i := 0; i < s.n; i++ {
						acc += float64(a[i*s.k+p]) * float64(b[i*s.m+j])
					}
					want[p*s.m+j] = acc
				}
			}
			MatMulTN(out, a, b, s.n, s.k, s.m)
			closeTo(t, "out", out, want, 1e-5*float64(s.n))
			co()
		})
	}
}

func TestMatMulShapePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("no panic for a short slice")
		}
	}()
	MatMul(make([]float32, 5), make([]float32, 6), make([]float32, 6), nil, 2, 3, 3)
}

func TestLayerNormAndBackward(t *testing.T) {
	// Forward against the formula; backward against central differences in float64.
	r := rand.New(rand.NewPCG(7, 8))
	const n, c = 5, 11
	x := make([]float64, n*c)
	w := make([]float64, c)
	b := make([]float64, c)
	dout := make([]float64, n*c)
	for i := range x {
		x[i] = r.NormFloat64() * 2
		dout[i] = r.NormFloat64()
	}
	for i := range w {
		w[i], b[i] = r.NormFloat64(), r.NormFloat64()
	}
	out := make([]float64, n*c)
	mean, rstd := make([]float64, n), make([]float64, n)
	LayerNorm(out, mean, rstd, x, w, b, n, c, 1e-5)
	for i := 0; i < n; i++ {
		var mu, v float64
		for j := 0; j < c; j++ {
			mu += x[i*c+j] / c
		}
		for j := 0; j < c; j++ {
			v += (x[i*c+j] - mu) * (x[i*c+j] - mu) / c
		}
		for j := 0; j < c; j++ {
			want := (x[i*c+j]-mu)/math.Sqrt(v+1e-5)*w[j] + b[j]
			if math.Abs(out[i*c+j]-want) > 1e-12 {
				t.Fatalf("layernorm out[%d,%d] = %g, want %g", i, j, out[i*c+j], want)
			}
		}
	}
	loss := func() float64 {
		o := make([]float64, n*c)
		LayerNorm(o, nil, nil, x, w, b, n, c, 1e-5)
		var s float64
		for i := range o {
			s += o[i] * dout[i]
		}
		return s
	}
	dx, dw, db := make([]float64, n*c), make([]float64, c), make([]float64, c)
	LayerNormBackward(dx, dw, db, dout, x, w, mean, rstd, n, c)
	const h = 1e-6
	for _, p := range []struct {
		name string
		v, g []float64
	}{{"x", x, dx}, {"w", w, dw}, {"b", b, db}} {
		for i := range p.v {
			old := p.v[i]
			p.v[i] = old + h
			lp := loss()
			p.v[i] = old - h
			lm := loss()
			p.v[i] = old
			fd := (lp - lm) / (2 * h)
			if math.Abs(fd-p.g[i]) > 1e-6*(1+math.Abs(fd)) {
				t.Fatalf("d%s[%d] = %g, finite difference %g", p.name, i, p.g[i], fd)
			}
		}
	}
}

func TestGELU(t *testing.T) {
	xs := []float64{-6, -3, -1, -0.5, 0, 0.1, 0.7, 2, 5}
	out := make([]float64, len(xs))
	GELU(out, xs)
	for i, v := range xs {
		want := 0.5 * v * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(v+0.044715*v*v*v)))
		if math.Abs(out[i]-want) > 1e-14 {
			t.Fatalf("gelu(%g) = %g, want %g", v, out[i], want)
		}
		const h = 1e-6
		p, m := []float64{v + h}, []float64{v - h}
		GELU(p, p)
		GELU(m, m)
		d := []float64{0}
		GELUBackward(d, []float64{1}, []float64{v})
		if fd := (p[0] - m[0]) / (2 * h); math.Abs(fd-d[0]) > 1e-8 {
			t.Fatalf("gelu'(%g) = %g, finite difference %g", v, d[0], fd)
		}
	}
}

func TestSoftmax(t *testing.T) {
	x := []float32{1, 2, 3, 1000, 1000, float32(math.Inf(-1))}
	Softmax(x, 2, 3)
	e := math.Exp(1.0)
	s := 1 + e + e*e
	want := []float64{1 / s, e / s, e * e / s, 0.5, 0.5, 0}
	closeTo(t, "softmax", x, want, 1e-6)
}

func TestAdamW(t *testing.T) {
	p := []float64{1, -2, 3}
	g := []float64{0.5, 0.1, -1}
	m, v := make([]float64, 3), make([]float64, 3)
	want := append([]float64(nil), p...)
	mw, vw := make([]float64, 3), make([]float64, 3)
	decay := []bool{true, false, true}
	for step := 1; step <= 3; step++ {
		AdamW(p, g, m, v, decay, 0.1, 0.9, 0.95, 1e-8, 0.01, step)
		for i := range want {
			mw[i] = 0.9*mw[i] + 0.1*g[i]
			vw[i] = 0.95*vw[i] + 0.05*g[i]*g[i]
			mh := mw[i] / (1 - math.Pow(0.9, float64(step)))
			vh := vw[i] / (1 - math.Pow(0.95, float64(step)))
			u := mh / (math.Sqrt(vh) + 1e-8)
			if decay[i] {
				u += 0.01 * want[i]
			}
			want[i] -= 0.1 * u
		}
	}
	for i := range p {
		if math.Abs(p[i]-want[i]) > 1e-12 {
			t.Fatalf("p[%d] = %g, want %g", i, p[i], want[i])
		}
	}
}

func TestDeterministicAcrossProcs(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	const n, k, m = 37, 29, 41
	a, b := make([]float32, n*k), make([]float32, n*m)
	for i := range a {
		a[i] = float32(r.NormFloat64())
	}
	for i := range b {
		b[i] = float32(r.NormFloat64())
	}
	o1, o2 := make([]float32, k*m), make([]float32, k*m)
	MatMulTN(o1, a, b, n, k, m)
	MatMulTN(o2, a, b, n, k, m)
	for i := range o1 {
		if o1[i] != o2[i] {
			t.Fatal("MatMulTN not deterministic")
		}
	}
}

// TestGenericFloat64Path checks the pure-Go loops (the float64 instantiation, which
// the float32 SIMD path bypasses) against the float32 path and the naive loop.
func TestGenericFloat64Path(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for _, s := range shapes {
		t.Run(fmt.Sprintf("n=%d,k=%d,m=%d", s.n, s.k, s.m), func(t *testing.T) {
			x := make([]float64, s.n*s.k)
			w := make([]float64, s.k*s.m)
			wt := make([]float64, s.m*s.k)
			dy := make([]float64, s.n*s.m)
			for i := range x {
				x[i] = r.NormFloat64()
			}
			for i := range w {
				w[i] = r.NormFloat64()
			}
			for i := range wt {
				wt[i] = r.NormFloat64()
			}
			for i := range dy {
				dy[i] = r.NormFloat64()
			}
			out := make([]float64, s.n*s.m)
			MatMul(out, x, w, nil, s.n, s.k, s.m)
			nt := make([]float64, s.n*s.m)
			MatMulNT(nt, x, wt, s.n, s.k, s.m, false)
			tn := make([]float64, s.k*s.m)
			MatMulTN(tn, x, dy, s.n, s.k, s.m)
			for i := 0; i < s.n; i++ {
				for j := 0; j < s.m; j++ {
					var a, b float64
					for p := 0; p < s.k; p++ {
						a += x[i*s.k+p] * w[p*s.m+j]
						b += x[i*s.k+p] * wt[j*s.k+p]
					}
					if math.Abs(out[i*s.m+j]-a) > 1e-10 || math.Abs(nt[i*s.m+j]-b) > 1e-10 {
						t.Fatalf("(%d,%d): MatMul %g want %g, MatMulNT %g want %g", i, j, out[i*s.m+j], a, nt[i*s.m+j], b)
					}
				}
			}
			for p := 0; p < s.k; p++ {
				for j := 0; j < s.m; j++ {
					var a float64
					for i := 0; i < s.n; i++ {
						a += x[i*s.k+p] * dy[i*s.m+j]
					}
					if math.Abs(tn[p*s.m+j]-a) > 1e-10 {
						t.Fatalf("MatMulTN (%d,%d) = %g, want %g", p, j, tn[p*s.m+j], a)
					}
				}
			}
		})
	}
}

func TestForEach(t *testing.T) {
	hits := make([]int32, 1000)
	ForEach(len(hits), func(i int) { hits[i]++ })
	for i, h := range hits {
		if h != 1 {
			t.Fatalf("index %d ran %d times", i, h)
		}
	}
}

func TestDotAxpy(t *testing.T) {
	for _, n := range []int{0, 1, 7, 32, 33, 130} {
		x32, y32 := make([]float32, n), make([]float32, n+3)
		x64, y64 := make([]float64, n), make([]float64, n+3)
		var want float64
		for i := 0; i < n; i++ {
			x32[i], y32[i] = float32(i%5)-2, float32(i%3)+0.5
			x64[i], y64[i] = float64(x32[i]), float64(y32[i])
			want += x64[i] * y64[i]
		}
		if d := Dot(x32, y32); math.Abs(float64(d)-want) > 1e-4 {
			t.Fatalf("Dot32 n=%d: %g want %g", n, d, want)
		}
		if d := Dot(x64, y64); math.Abs(d-want) > 1e-12 {
			t.Fatalf("Dot64 n=%d: %g want %g", n, d, want)
		}
		Axpy(y64, 2, x64)
		for i := 0; i < n; i++ {
			if y64[i] != float64(y32[i])+2*x64[i] {
				t.Fatalf("Axpy n=%d i=%d", n, i)
			}
		}
		if n > 0 && y64[n] != 0 {
			t.Fatal("Axpy wrote past len(x)")
		}
	}
}

// TestRowKernelsGuarded runs the row kernels on slices inside NaN guard regions
// against float64 references of their formulas.
func TestRowKernelsGuarded(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for _, sh := range [][2]int{{1, 1}, {3, 7}, {5, 33}, {17, 130}} {
		n, c := sh[0], sh[1]
		t.Run(fmt.Sprintf("n=%d,c=%d", n, c), func(t *testing.T) {
			x, cx := guarded(t, n*c, randFill(r))
			w, _ := guarded(t, c, randFill(r))
			b, _ := guarded(t, c, randFill(r))
			out, co := guarded(t, n*c, func(int) float32 { return 5 })
			mean, cm := guarded(t, n, func(int) float32 { return 5 })
			rstd, cr := guarded(t, n, func(int) float32 { return 5 })
			LayerNorm(out, mean, rstd, x, w, b, n, c, 1e-5)
			want := make([]float64, n*c)
			for i := 0; i < n; i++ {
				var mu, v float64
				for j := 0; j < c; j++ {
					mu += float64(x[i*c+j]) / float64(c)
				}
				for j := 0; j < c; j++ {
					d := float64(x[i*c+j]) - mu
					v += d * d / float64(c)
				}
				for j := 0; j < c; j++ {
					want[i*c+j] = (float64(x[i*c+j])-mu)/math.Sqrt(v+1e-5)*float64(w[j]) + float64(b[j])
				}
			}
			closeTo(t, "layernorm", out, want, 1e-4)
			dx, cdx := guarded(t, n*c, func(int) float32 { return 0 })
			dw, cdw := guarded(t, c, func(int) float32 { return 0 })
			db, cdb := guarded(t, c, func(int) float32 { return 0 })
			LayerNormBackward(dx, dw, db, out, x, w, mean, rstd, n, c)
			g, cg := guarded(t, n*c, func(int) float32 { return 0 })
			GELU(g, x)
			gw := make([]float64, n*c)
			for i, v := range x {
				f := float64(v)
				gw[i] = 0.5 * f * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(f+0.044715*f*f*f)))
			}
			closeTo(t, "gelu", g, gw, 1e-6)
			GELUBackward(dx, out, x)
			Softmax(x, n, c)
			for i := 0; i < n; i++ {
				var s float64
				for j := 0; j < c; j++ {
					s += float64(x[i*c+j])
				}
				if math.Abs(s-1) > 1e-5 {
					t.Fatalf("softmax row %d sums to %g", i, s)
				}
			}
			p, cp := guarded(t, n*c, randFill(r))
			gr, _ := guarded(t, n*c, randFill(r))
			m1, cm1 := guarded(t, n*c, func(int) float32 { return 0 })
			v1, cv1 := guarded(t, n*c, func(int) float32 { return 0 })
			AdamW(p, gr, m1, v1, nil, 1e-3, 0.9, 0.999, 1e-8, 0.1, 1)
			for _, check := range []func(){cx, co, cm, cr, cdx, cdw, cdb, cg, cp, cm1, cv1} {
				check()
			}
		})
	}
}

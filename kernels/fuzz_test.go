package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// FuzzMatMulShapes runs every product (MatMul with bias, MatMulNT plain and
// accumulating, MatMulTN, BatchedMatMulNT, ScoreRows) on a random odd shape with
// random data, inside guard regions, against the naive float64 loop with a relative
// tolerance scaled by Σ|terms|. Dimensions are 0..95 (batch 1..4), so one input
// costs at most a few million multiply-adds.
func FuzzMatMulShapes(f *testing.F) {
	for _, s := range [][5]uint8{{1, 1, 1, 1, 0}, {3, 0, 2, 2, 1}, {17, 63, 65, 3, 2}, {65, 17, 1, 1, 3}, {64, 64, 64, 4, 4}, {0, 5, 5, 2, 5}, {95, 33, 90, 4, 6}} {
		f.Add(s[0], s[1], s[2], s[3], uint64(s[4]))
	}
	f.Fuzz(func(t *testing.T, n8, k8, m8, b8 uint8, seed uint64) {
		n, k, m, batch := int(n8)%96, int(k8)%96, int(m8)%96, 1+int(b8)%4
		r := rand.New(rand.NewPCG(seed, 99))
		fill := func(int) float32 { return float32(r.NormFloat64()) }
		x, cx := guarded(t, batch*n*k, fill)
		w, cw := guarded(t, batch*m*k, fill)
		bias, cb := guarded(t, m, fill)
		out, co := guarded(t, batch*n*m, func(int) float32 { return 7 })
		rowA := func(a []float32, cols int) func(i, p int) float64 {
			return func(i, p int) float64 { return float64(a[i*cols+p]) }
		}
		colB := func(b []float32, rows int) func(p, j int) float64 { // b stored [M,K]: b(p,j) = b[j·K+p]
			return func(p, j int) float64 { return float64(b[j*rows+p]) }
		}
		zero := func(int, int) float64 { return 0 }

		// MatMul: w read as [K,M].
		MatMul(out[:n*m], x[:n*k], w[:k*m], bias, n, k, m)
		want, bound := ref(n, k, m, func(_, j int) float64 { return float64(bias[j]) }, rowA(x, k),
			func(p, j int) float64 { return float64(w[p*m+j]) })
		within(t, "MatMul", out, want, bound, k)

		// MatMulNT accumulating onto MatMul's result.
		prev := append([]float32(nil), out[:n*m]...)
		MatMulNT(out[:n*m], x[:n*k], w[:m*k], n, k, m, true)
		want, bound = ref(n, k, m, func(i, j int) float64 { return float64(prev[i*m+j]) }, rowA(x, k), colB(w, k))
		within(t, "MatMulNT(acc)", out, want, bound, k)

		// MatMulTN: out[K,M] += x[N,K]ᵀ·y[N,M], y = the first N·M of w (when long enough).
		if len(w) >= n*m {
			tn, ctn := guarded(t, k*m, fill)
			init := append([]float32(nil), tn...)
			MatMulTN(tn, x[:n*k], w[:n*m], n, k, m)
			want, bound = ref(k, n, m, func(p, j int) float64 { return float64(init[p*m+j]) },
				func(p, i int) float64 { return float64(x[i*k+p]) }, rowA(w, m))
			within(t, "MatMulTN", tn, want, bound, n)
			ctn()
		}

		// BatchedMatMulNT over the batch, contiguous.
		BatchedMatMulNT(out, x, w, batch, n, k, m, n*k, m*k, n*m)
		for b := 0; b < batch; b++ {
			want, bound = ref(n, k, m, zero, rowA(x[b*n*k:], k), colB(w[b*m*k:], k))
			within(t, fmt.Sprintf("BatchedMatMulNT[%d]", b), out[b*n*m:(b+1)*n*m], want, bound, k)
		}

		// ScoreRows with Q = batch queries over the M rows of w.
		sc, csc := guarded(t, batch*m, func(int) float32 { return 7 })
		if len(x) >= batch*k {
			ScoreRows(sc, x[:batch*k], w[:m*k], batch, m, k)
			want, bound = ref(batch, k, m, zero, rowA(x, k), colB(w, k))
			within(t, "ScoreRows", sc, want, bound, k)
		}
		for _, c := range []func(){cx, cw, cb, co, csc} {
			c()
		}
	})
}

// FuzzRowKernels runs LayerNorm, Softmax and GELU (+ backward) on random shapes and
// data (scaled by up to 2^±8, so large rows stress the stable softmax and the
// variance) inside guard regions, against float64 formulas.
func FuzzRowKernels(f *testing.F) {
	f.Add(uint8(1), uint8(1), int8(0), uint64(1))
	f.Add(uint8(3), uint8(130), int8(6), uint64(2))
	f.Add(uint8(17), uint8(7), int8(-8), uint64(3))
	f.Add(uint8(64), uint8(65), int8(3), uint64(4))
	f.Fuzz(func(t *testing.T, n8, c8 uint8, scale int8, seed uint64) {
		n, c := 1+int(n8)%64, 1+int(c8)%200
		sc := math.Ldexp(1, int(scale)%9)
		r := rand.New(rand.NewPCG(seed, 7))
		x, cx := guarded(t, n*c, func(int) float32 { return float32(r.NormFloat64() * sc) })
		w, cw := guarded(t, c, func(int) float32 { return float32(r.NormFloat64()) })
		b, cb := guarded(t, c, func(int) float32 { return float32(r.NormFloat64()) })
		out, co := guarded(t, n*c, func(int) float32 { return 7 })
		mean, cm := guarded(t, n, func(int) float32 { return 7 })
		rstd, cr := guarded(t, n, func(int) float32 { return 7 })
		LayerNorm(out, mean, rstd, x, w, b, n, c, 1e-5)
		for i := 0; i < n; i++ {
			var mu, v float64
			for j := 0; j < c; j++ {
				mu += float64(x[i*c+j])
			}
			mu /= float64(c)
			for j := 0; j < c; j++ {
				d := float64(x[i*c+j]) - mu
				v += d * d
			}
			rs := 1 / math.Sqrt(v/float64(c)+1e-5)
			for j := 0; j < c; j++ {
				xh := (float64(x[i*c+j]) - mu) * rs
				want := xh*float64(w[j]) + float64(b[j])
				bound := math.Abs(xh*float64(w[j])) + math.Abs(float64(b[j]))
				if got := float64(out[i*c+j]); math.Abs(got-want) > 1e-5*(1+bound)+1e-5*float64(c)*math.Abs(float64(w[j]))*rs*sc*1e-2 {
					t.Fatalf("layernorm[%d,%d] = %g, want %g", i, j, got, want)
				}
			}
		}
		g, cg := guarded(t, n*c, func(int) float32 { return 7 })
		GELU(g, x)
		dg, cdg := guarded(t, n*c, func(int) float32 { return 0 })
		ones := make([]float32, n*c)
		for i := range ones {
			ones[i] = 1
		}
		GELUBackward(dg, ones, x)
		for i, v := range x {
			f := float64(v)
			u := math.Sqrt(2/math.Pi) * (f + 0.044715*f*f*f)
			want := 0.5 * f * (1 + math.Tanh(u))
			th := math.Tanh(u)
			dwant := 0.5*(1+th) + 0.5*f*(1-th*th)*math.Sqrt(2/math.Pi)*(1+3*0.044715*f*f)
			if got := float64(g[i]); math.Abs(got-want) > 1e-6*(1+math.Abs(want)) {
				t.Fatalf("gelu(%g) = %g, want %g", f, got, want)
			}
			if got := float64(dg[i]); math.Abs(got-dwant) > 1e-6*(1+math.Abs(dwant)) {
				t.Fatalf("gelu'(%g) = %g, want %g", f, got, dwant)
			}
		}
		sm, csm := guarded(t, n*c, func(i int) float32 { return x[i] })
		Softmax(sm, n, c)
		for i := 0; i < n; i++ {
			mx := math.Inf(-1)
			for j := 0; j < c; j++ {
				mx = max(mx, float64(x[i*c+j]))
			}
			var s float64
			for j := 0; j < c; j++ {
				s += math.Exp(float64(x[i*c+j]) - mx)
			}
			for j := 0; j < c; j++ {
				want := math.Exp(float64(x[i*c+j])-mx) / s
				if got := float64(sm[i*c+j]); math.Abs(got-want) > 1e-6*(want+1e-30)+1e-37 {
					t.Fatalf("softmax[%d,%d] = %g, want %g", i, j, got, want)
				}
			}
		}
		for _, ck := range []func(){cx, cw, cb, co, cm, cr, cg, cdg, csm} {
			ck()
		}
	})
}

package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

func TestExpFast(t *testing.T) {
	check := func(x float64) {
		t.Helper()
		got, want := expFast(x), math.Exp(x)
		if x <= -708 { // flushed to 0 (e^-708 ≈ 3e-308, near the smallest normal float64)
			if got != 0 {
				t.Fatalf("expFast(%g) = %g, want 0", x, got)
			}
			return
		}
		if x > 709 { // documented overflow point (math.Exp overflows just above 709.78)
			if !math.IsInf(got, 1) {
				t.Fatalf("expFast(%g) = %g, want +Inf", x, got)
			}
			return
		}
		if math.Abs(got-want) > 1e-8*want || (math.IsInf(want, 1) != math.IsInf(got, 1)) {
			t.Fatalf("expFast(%g) = %.17g, math.Exp %.17g (rel %g)", x, got, want, math.Abs(got-want)/want)
		}
	}
	for _, x := range []float64{0, -0.0, 1e-300, -1e-12, 0.3465, -0.3466, 0.3467, 1, -1, -87.3, 88.7, -707.9, -708, -708.1, -745, -1e9, 708.9, 709, 709.5, 1e9, math.Inf(1), math.Inf(-1)} {
		check(x)
	}
	if !math.IsNaN(expFast(math.NaN())) {
		t.Fatal("expFast(NaN) is not NaN")
	}
	r := rand.New(rand.NewPCG(91, 92))
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for range n {
		check((r.Float64()*2 - 1) * 720)
		check(r.NormFloat64() * 3)
	}
}

// TestGELUFloat32 checks the float32 GELU and its derivative (computed as x·σ(2u))
// on a dense grid against float64 references free of cancellation, to a few float32
// rounding errors relative, including the far negative tail where 1 + tanh u is tiny.
func TestGELUFloat32(t *testing.T) {
	var xs []float32
	for v := -30.0; v <= 30; v += 0.0137 {
		xs = append(xs, float32(v))
	}
	xs = append(xs, 0, float32(math.Copysign(0, -1)), 1e-30, -1e-30, 1e30, -1e30)
	g, d := make([]float32, len(xs)), make([]float32, len(xs))
	ones := make([]float32, len(xs))
	for i := range ones {
		ones[i] = 1
	}
	GELU(g, xs)
	GELUBackward(d, ones, xs)
	for i, v := range xs {
		f := float64(v)
		u := math.Sqrt(2/math.Pi) * (f + 0.044715*f*f*f)
		sg := 1 / (1 + math.Exp(-2*u)) // σ(2u), no cancellation
		want := f * sg
		dwant := sg + 2*f*sg*(1-sg)*math.Sqrt(2/math.Pi)*(1+3*0.044715*f*f)
		if math.IsNaN(dwant) { // (1−σ)·σ underflow at ±1e30: the derivative is σ
			dwant = sg
		}
		if e := math.Abs(float64(g[i]) - want); e > 2e-7*math.Abs(want)+1e-37 {
			t.Errorf("GELU(%g) = %g, want %g (rel %g)", f, g[i], want, e/math.Abs(want))
		}
		if e := math.Abs(float64(d[i]) - dwant); e > 3e-7*math.Abs(dwant)+1e-30 {
			t.Errorf("GELU'(%g) = %g, want %g", f, d[i], dwant)
		}
	}
}

// TestLayerNormBackwardSums checks dw and db bit for bit against the serial loop (rows
// in increasing order per column) for every GOMAXPROCS: the column split must not
// change a sum (nor the one-worker form, which sums them in its row pass). dx must
// be the same bits for every GOMAXPROCS and with dw, db left out (nil).
func TestLayerNormBackwardSums(t *testing.T) {
	r := rand.New(rand.NewPCG(93, 94))
	const n, c = 70, 300
	fill := func(k int) []float32 {
		s := make([]float32, k)
		for i := range s {
			s[i] = float32(r.NormFloat64())
		}
		return s
	}
	x, w, b, dout := fill(n*c), fill(c), fill(c), fill(n*c)
	mean, rstd, out := make([]float32, n), make([]float32, n), make([]float32, n*c)
	LayerNorm(out, mean, rstd, x, w, b, n, c, 1e-5)
	wantW, wantB := fill(c), fill(c)
	initW, initB := append([]float32(nil), wantW...), append([]float32(nil), wantB...)
	for i := 0; i < n; i++ {
		for j := 0; j < c; j++ {
			d := dout[i*c+j]
			wantW[j] += d * (x[i*c+j] - mean[i]) * rstd[i]
			wantB[j] += d
		}
	}
	dx0 := fill(n * c) // dx accumulates into these
	var dx1 []float32  // dx at procs=1
	for _, procs := range []int{1, 2, 3, 7} {
		t.Run(fmt.Sprintf("procs=%d", procs), func(t *testing.T) {
			defer setProcs(procs)()
			dx, dxNil := append([]float32(nil), dx0...), append([]float32(nil), dx0...)
			dw, db := append([]float32(nil), initW...), append([]float32(nil), initB...)
			LayerNormBackward(dx, dw, db, dout, x, w, mean, rstd, n, c)
			LayerNormBackward(dxNil, nil, nil, dout, x, w, mean, rstd, n, c)
			if dx1 == nil {
				dx1 = dx
			}
			for i := range dx {
				if math.Float32bits(dx[i]) != math.Float32bits(dxNil[i]) || math.Float32bits(dx[i]) != math.Float32bits(dx1[i]) {
					t.Fatalf("dx[%d] = %g with dw, db, %g without, %g at procs=1", i, dx[i], dxNil[i], dx1[i])
				}
			}
			for j := 0; j < c; j++ {
				if dw[j] != wantW[j] || db[j] != wantB[j] {
					t.Fatalf("column %d: dw %g db %g, serial loop %g %g", j, dw[j], db[j], wantW[j], wantB[j])
				}
			}
		})
	}
}

// TestBlockedFloat32RowKernels checks that the blocked float32 kernels give, bit for
// bit, the element-by-element loop of the same float64 arithmetic, on lengths that end
// mid-block, for several GOMAXPROCS (block and worker boundaries must not matter).
func TestBlockedFloat32RowKernels(t *testing.T) {
	r := rand.New(rand.NewPCG(95, 96))
	const n = 40*rowBlock + 77 // enough work for parallelFor to split (GELU: up to 6 workers, AdamW: 3)
	fill := func(scale float64) []float32 {
		s := make([]float32, n)
		for i := range s {
			s[i] = float32(r.NormFloat64() * scale)
		}
		return s
	}
	x, dout, g := fill(3), fill(1), fill(0.1)
	p0, m0 := fill(1), fill(0.01)
	v0 := make([]float32, n)
	for i := range v0 {
		v0[i] = float32(math.Abs(r.NormFloat64())) * 1e-3
	}
	decay := make([]bool, n)
	for i := range decay {
		decay[i] = i%3 != 0
	}
	// References, one element at a time.
	wantG, wantD, wantS := make([]float32, n), make([]float32, n), make([]float32, n)
	for i, v := range x {
		f := float64(v)
		wantG[i] = float32(f / (1 + expNeg2u(f)))
		e := expNeg2u(f)
		sg := 1 / (1 + e)
		wantD[i] = 0.5 + float32(sg+2*f*sg*(e*sg)*geluScale*(1+3*0.044715*f*f))*dout[i]
	}
	mx := float32(math.Inf(-1))
	for _, v := range x {
		mx = max(mx, v)
	}
	var s float64
	for i, v := range x {
		e := expFast(float64(v) - float64(mx))
		wantS[i] = float32(e)
		s += e
	}
	for i, v := range wantS {
		wantS[i] = float32(float64(v) * (1 / s))
	}
	wantLSE := float64(mx) + math.Log(s)
	wantP, wantM, wantV := append([]float32(nil), p0...), append([]float32(nil), m0...), append([]float32(nil), v0...)
	beta1, beta2 := 0.9, 0.999 // variables: 1−β is rounded at run time, as in the kernel
	for step := 1; step <= 2; step++ {
		c1, c2 := 1-math.Pow(beta1, float64(step)), 1-math.Pow(beta2, float64(step))
		for i := range wantP {
			gi := float64(g[i])
			mi := beta1*float64(wantM[i]) + (1-beta1)*gi
			vi := beta2*float64(wantV[i]) + (1-beta2)*gi*gi
			upd := (mi / c1) / (math.Sqrt(vi/c2) + 1e-8)
			if decay[i] {
				upd += 0.01 * float64(wantP[i])
			}
			wantP[i] = float32(float64(wantP[i]) - 1e-3*upd)
			wantM[i], wantV[i] = float32(mi), float32(vi)
		}
	}
	same := func(t *testing.T, name string, got, want []float32) {
		t.Helper()
		for i := range want {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				t.Fatalf("%s[%d] = %g, element loop %g", name, i, got[i], want[i])
			}
		}
	}
	for _, procs := range []int{1, 2, 5} {
		t.Run(fmt.Sprintf("procs=%d", procs), func(t *testing.T) {
			defer setProcs(procs)()
			gg := make([]float32, n)
			GELU(gg, x)
			same(t, "GELU", gg, wantG)
			d := make([]float32, n)
			for i := range d {
				d[i] = 0.5
			}
			GELUBackward(d, dout, x)
			same(t, "GELUBackward", d, wantD)
			sm := append([]float32(nil), x...)
			if lse := SoftmaxRow(sm); lse != wantLSE {
				t.Fatalf("SoftmaxRow returned %g, want %g", lse, wantLSE)
			}
			same(t, "SoftmaxRow", sm, wantS)
			p, m, v := append([]float32(nil), p0...), append([]float32(nil), m0...), append([]float32(nil), v0...)
			for step := 1; step <= 2; step++ {
				AdamW(p, g, m, v, decay, 1e-3, 0.9, 0.999, 1e-8, 0.01, step)
			}
			same(t, "AdamW params", p, wantP)
			same(t, "AdamW m", m, wantM)
			same(t, "AdamW v", v, wantV)
		})
	}
}

// TestExpBlock checks expBlock (four lanes of AVX2 on amd64) bit for bit against
// expFast, on random values over the whole range, the boundaries and the special
// values, for lengths that are not multiples of four, in place and not.
func TestExpBlock(t *testing.T) {
	r := rand.New(rand.NewPCG(97, 98))
	xs := []float64{0, math.Copysign(0, -1), 1, -1, -708, -708.0000001, -707.9999, 709, 709.0000001, 708.99,
		-745, -1e300, 1e300, math.Inf(1), math.Inf(-1), math.NaN(), 1e-300, -87.3, 88.7, 0.3465735902799726}
	for range 20000 {
		xs = append(xs, (r.Float64()*2-1)*720, r.NormFloat64()*5, -r.ExpFloat64()*30)
	}
	for _, n := range []int{0, 1, 3, 4, 5, 7, len(xs)} {
		src := xs[:n]
		dst := make([]float64, n)
		expBlock(dst, src)
		inPlace := append([]float64(nil), src...)
		expBlock(inPlace, inPlace)
		for i, x := range src {
			want := expFast(x)
			if math.Float64bits(dst[i]) != math.Float64bits(want) && !(math.IsNaN(want) && math.IsNaN(dst[i])) {
				t.Fatalf("n=%d: expBlock(%g) = %g (%#x), expFast %g (%#x)", n, x, dst[i], math.Float64bits(dst[i]), want, math.Float64bits(want))
			}
			if math.Float64bits(inPlace[i]) != math.Float64bits(dst[i]) && !math.IsNaN(want) {
				t.Fatalf("n=%d: in place %g, out of place %g", n, inPlace[i], dst[i])
			}
		}
	}
}

//go:build amd64 && !purego

package kernels

import (
	"math"

	"golang.org/x/sys/cpu"
)

// The four-lane AVX2 forms of the float32 row kernels (rows_amd64.s). Each helper
// below runs its assembly on the longest prefix whose length is a multiple of four
// and returns that length; the caller's Go loop does the rest (and everything
// without AVX2). The results are bit-identical to the Go loops
// (TestBlockedFloat32RowKernels, TestRowKernelsAVX2).

//go:noescape
func gelu4AVX2(dst, src *float32, n int)

//go:noescape
func geluBackward4AVX2(dx, dout, x *float32, n int, set bool)

//go:noescape
func gelu8AVX512(dst, src *float32, n int)

//go:noescape
func geluBackward8AVX512(dx, dout, x *float32, n int, set bool)

//go:noescape
func expSum8AVX512(x *float32, n int, shift float64, sums *[4]float64)

//go:noescape
func expShift8AVX512(dst, x *float32, n int, shift, scale float64)

//go:noescape
func expStore8AVX512(x *float32, n int, shift, s float64) float64

//go:noescape
func expSum4AVX2(x *float32, n int, shift float64, sums *[4]float64)

//go:noescape
func expShift4AVX2(dst, x *float32, n int, shift, scale float64)

//go:noescape
func expStore4AVX2(x *float32, n int, shift, s float64) float64

//go:noescape
func scale4AVX2(x *float32, n int, s float64)

//go:noescape
func sum4AVX2(x *float32, n int, sums *[4]float64)

//go:noescape
func sqDev4AVX2(x *float32, n int, mu float64, sums *[4]float64)

//go:noescape
func lnAffine8AVX2(out, x, w, b *float32, n int, m, r float32)

//go:noescape
func lnBackward8AVX2(dx, dw, db, dout, x, w *float32, n int, m, r, s1, s2 float32)

//go:noescape
func adamW8AVX512(params, grads, mom, vel *float32, decay *bool, n int, k *[9]float64)

//go:noescape
func max8AVX2(x *float32, n int) (float32, bool)

//go:noescape
func add8AVX2(dst, a, b *float32, n int)

//go:noescape
func adamW4AVX2(params, grads, mom, vel *float32, decay *bool, n int, k *[9]float64)

// useAVX512Rows selects the eight-lane kernels (GELU, its backward, the exponential
// sums, AdamW): AVX-512F present and enabled by the OS, and the AVX2 kernels in use.
// It also asks for AVX-512 VBMI, which Ice Lake and later and AMD Zen 4 have and
// Skylake-SP and Cascade Lake lack: on those the 512-bit instructions lower the
// clock of the whole core for a while, which would slow the AVX2 products around
// these short kernels.
var useAVX512Rows = cpu.X86.HasAVX512F && cpu.X86.HasAVX512VBMI && useAVX2

// lanes8 is the prefix of n elements the eight-lane assembly handles: 0 without it.
func lanes8(n int) int {
	if !useAVX512Rows || !useAVX2 {
		return 0
	}
	return n &^ 7
}

// lanes4 is the prefix of n elements the assembly handles: 0 without AVX2.
func lanes4(n int) int {
	if !useAVX2 {
		return 0
	}
	return n &^ 3
}

// gelu4 sets out[i] = GELU(x[i]) for i < the returned count.
func gelu4(out, x []float32) int {
	n, n8 := lanes4(len(x)), lanes8(len(x))
	if n8 > 0 {
		_ = out[n8-1]
		gelu8AVX512(&out[0], &x[0], n8)
	}
	if n > n8 {
		_ = out[n-1]
		gelu4AVX2(&out[n8], &x[n8], n-n8)
	}
	return n
}

// geluBackward4 does dx[i] += dout[i]·GELU'(x[i]) (with set, dx[i] = 0 + …) for i <
// the returned count.
func geluBackward4(dx, dout, x []float32, set bool) int {
	n, n8 := lanes4(len(x)), lanes8(len(x))
	if n8 > 0 {
		_, _ = dx[n8-1], dout[n8-1]
		geluBackward8AVX512(&dx[0], &dout[0], &x[0], n8, set)
	}
	if n > n8 {
		_, _ = dx[n-1], dout[n-1]
		geluBackward4AVX2(&dx[n8], &dout[n8], &x[n8], n-n8, set)
	}
	return n
}

// expSum4 adds expFast(x[j] − shift) into sums[j mod 4] for j < the returned count.
func expSum4(x []float32, shift float64, sums *[4]float64) int {
	n, n8 := lanes4(len(x)), lanes8(len(x))
	if n8 > 0 {
		expSum8AVX512(&x[0], n8, shift, sums)
	}
	if n > n8 {
		expSum4AVX2(&x[n8], n-n8, shift, sums)
	}
	return n
}

// expShift4 sets dst[j] = float32(scale·expFast(x[j] − shift)) for j < the returned count.
func expShift4(dst, x []float32, shift, scale float64) int {
	n, n8 := lanes4(len(x)), lanes8(len(x))
	if n8 > 0 {
		_ = dst[n8-1]
		expShift8AVX512(&dst[0], &x[0], n8, shift, scale)
	}
	if n > n8 {
		_ = dst[n-1]
		expShift4AVX2(&dst[n8], &x[n8], n-n8, shift, scale)
	}
	return n
}

// expStore4 replaces x[j] by float32(e_j), e_j = expFast(x[j] − shift), for j < the
// returned count n, and returns n and Σ e_j summed in order from 0.
func expStore4(x []float32, shift float64) (int, float64) {
	n, n8 := lanes4(len(x)), lanes8(len(x))
	var s float64
	if n8 > 0 {
		s = expStore8AVX512(&x[0], n8, shift, 0)
	}
	if n > n8 {
		s = expStore4AVX2(&x[n8], n-n8, shift, s)
	}
	return n, s
}

// scale4 sets x[j] = float32(float64(x[j])·s) for j < the returned count.
func scale4(x []float32, s float64) int {
	n := lanes4(len(x))
	if n > 0 {
		scale4AVX2(&x[0], n, s)
	}
	return n
}

// adamW4 runs AdamW's element update (k = β1, 1−β1, β2, 1−β2, c1, c2, eps, wd, lr)
// for i < the returned count; decay nil decays every element.
func adamW4(p, g, m, v []float32, decay []bool, k *[9]float64) int {
	n, n8 := lanes4(len(p)), lanes8(len(p))
	if n == 0 {
		return 0
	}
	_, _, _ = g[n-1], m[n-1], v[n-1]
	if decay != nil {
		_ = decay[n-1]
	}
	at := func(i int) *bool {
		if decay == nil {
			return nil
		}
		return &decay[i]
	}
	if n8 > 0 {
		adamW8AVX512(&p[0], &g[0], &m[0], &v[0], at(0), n8, k)
	}
	if n > n8 {
		adamW4AVX2(&p[n8], &g[n8], &m[n8], &v[n8], at(n8), n-n8, k)
	}
	return n
}

// max8 returns max32(x) for len(x) a positive multiple of 8 with AVX2 (ok false
// otherwise: the caller's loop does it). VMAXPS drops NaNs and picks either zero
// of ±0, Go's max does not: a NaN anywhere gives NaN, and a zero maximum is +0
// when some element is +0.
func max8(x []float32) (m float32, ok bool) {
	n := lanes8f(len(x))
	if n == 0 || n != len(x) {
		return 0, false
	}
	m, nan := max8AVX2(&x[0], n)
	if nan {
		return float32(math.NaN()), true
	}
	if m == 0 {
		m = float32(math.Copysign(0, -1))
		for _, v := range x {
			if v == 0 && !math.Signbit(float64(v)) {
				return 0, true
			}
		}
	}
	return m, true
}

// sum4 adds float64(x[j]) into sums[j mod 4] for j < the returned count.
func sum4(x []float32, sums *[4]float64) int {
	n := lanes4(len(x))
	if n > 0 {
		sum4AVX2(&x[0], n, sums)
	}
	return n
}

// sqDev4 adds (float64(x[j]) − mu)² into sums[j mod 4] for j < the returned count.
func sqDev4(x []float32, mu float64, sums *[4]float64) int {
	n := lanes4(len(x))
	if n > 0 {
		sqDev4AVX2(&x[0], n, mu, sums)
	}
	return n
}

// lanes8f is the prefix of n float32 elements the eight-lane AVX2 loops handle.
func lanes8f(n int) int {
	if !useAVX2 {
		return 0
	}
	return n &^ 7
}

// lnAffine8 sets out[j] = ((x[j] − m)·r)·w[j] + b[j] for j < the returned count.
func lnAffine8(out, x, w, b []float32, m, r float32) int {
	n := lanes8f(len(x))
	if n > 0 {
		_, _, _ = out[n-1], w[n-1], b[n-1]
		lnAffine8AVX2(&out[0], &x[0], &w[0], &b[0], n, m, r)
	}
	return n
}

// lnBackward8 is LayerNormBackward's second pass over one row (dx, and dw, db unless
// nil) for j < the returned count.
func lnBackward8(dx, dw, db, dout, x, w []float32, m, r, s1, s2 float32) int {
	n := lanes8f(len(x))
	if n == 0 {
		return 0
	}
	_, _, _ = dx[n-1], dout[n-1], w[n-1]
	var pw, pb *float32
	if dw != nil {
		_, _ = dw[n-1], db[n-1]
		pw, pb = &dw[0], &db[0]
	}
	lnBackward8AVX2(&dx[0], pw, pb, &dout[0], &x[0], &w[0], n, m, r, s1, s2)
	return n
}

// add8 sets dst[j] = a[j] + b[j] for j < the returned count.
func add8(dst, a, b []float32) int {
	n := lanes8f(len(a))
	if n > 0 {
		_, _ = dst[n-1], b[n-1]
		add8AVX2(&dst[0], &a[0], &b[0], n)
	}
	return n
}

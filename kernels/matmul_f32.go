package kernels

import (
	"runtime"
	"sync"

	"github.com/viterin/vek/vek32"
)

// The float32 products run on the blocked GEMM of gemm.go when both output
// dimensions are at least 8 (useGEMM). Thinner products take paths that do not pack:
// MatMul runs vek's AVX2 row kernel (vek32.MatMul_Into: out row i = Σ_k x[i,k]·w[k,:],
// assembly where the CPU has AVX2), MatMulNT one SIMD dot product per output element
// (a decode step's logits = h·wteᵀ reads wte once, with no transpose), MatMulTN a
// transpose and vek's kernel. Each output element is computed by one goroutine in a
// fixed order, so every path is deterministic.

var scratch = sync.Pool{New: func() any { return new([]float32) }}

func getScratch(n int) *[]float32 {
	p := scratch.Get().(*[]float32)
	if cap(*p) < n {
		*p = make([]float32, n)
	}
	*p = (*p)[:n]
	return p
}

// transpose32 writes dst[M,K] = src[K,M]ᵀ in cache-sized tiles.
func transpose32(dst, src []float32, k, m int) {
	const tile = 32
	for i0 := 0; i0 < k; i0 += tile {
		for j0 := 0; j0 < m; j0 += tile {
			for i := i0; i < min(i0+tile, k); i++ {
				row := src[i*m : i*m+m]
				for j := j0; j < min(j0+tile, m); j++ {
					dst[j*k+i] = row[j]
				}
			}
		}
	}
}

// dotRows32: out[i,j] (+)= x[i,:]·w[j,:] for x [N,K], w [M,K]; bias added when non-nil.
func dotRows32(out, x, w, bias []float32, n, k, m int, acc bool) {
	if k == 0 { // vek32.Dot panics on empty slices; the sums are empty
		for i := 0; i < n; i++ {
			o := out[i*m : i*m+m]
			if !acc {
				initRow(o, bias)
			} else if bias != nil {
				Axpy(o, 1, bias[:m])
			}
		}
		return
	}
	rows := func(lo, hi, j0, j1 int) {
		for i := lo; i < hi; i++ {
			xr := x[i*k : i*k+k]
			o := out[i*m : i*m+m]
			for j := j0; j < j1; j++ {
				s := vek32.Dot(xr, w[j*k:j*k+k])
				if bias != nil {
					s += bias[j]
				}
				if acc {
					o[j] += s
				} else {
					o[j] = s
				}
			}
		}
	}
	if n < runtime.GOMAXPROCS(0) { // a few rows (a decode step's logits): split the columns
		parallelFor(m, 16, n*k*m, func(j0, j1 int) { rows(0, n, j0, j1) })
		return
	}
	parallelFor(n, 1, n*k*m, func(lo, hi int) { rows(lo, hi, 0, m) })
}

// vekMatMul computes dst[N,M] = x[N,K]·y[K,M] with vek's AVX2 kernel (row-parallel,
// each row's sums in increasing k). Shapes must be non-empty.
func vekMatMul(dst, x, y []float32, n, k, m int) {
	vek32.MatMul_Into(dst[:n*m], x[:n*k], y[:k*m], k)
}

func matMul32(out, x, w, bias []float32, n, k, m int) {
	if n == 0 || m == 0 {
		return
	}
	if useGEMM(n, k, m) {
		var b32 []float32
		if bias != nil {
			b32 = bias[:m]
		}
		gemm32(out, m, operand{x, k, 1}, operand{w, m, 1}, n, k, m, true, cStart{set: true, bias: b32})
		return
	}
	vekMatMul(out, x, w, n, k, m)
	if bias != nil {
		for i := 0; i < n; i++ {
			Axpy(out[i*m:i*m+m], 1, bias[:m])
		}
	}
}

func matMulNT32(out, x, w []float32, n, k, m int, acc bool) {
	if n == 0 || m == 0 {
		return
	}
	if useGEMM(n, k, m) {
		gemm32(out, m, operand{x, k, 1}, operand{w, 1, k}, n, k, m, true, cStart{set: !acc})
		return
	}
	if k == 0 || n < 8 || m < 8 {
		dotRows32(out, x, w, nil, n, k, m, acc)
		return
	}
	wt := getScratch(k * m)
	transpose32(*wt, w, m, k)
	if !acc {
		vekMatMul(out, x, *wt, n, k, m)
	} else {
		tmp := getScratch(n * m)
		vekMatMul(*tmp, x, *wt, n, k, m)
		Axpy(out[:n*m], 1, *tmp)
		scratch.Put(tmp)
	}
	scratch.Put(wt)
}

func matMulTN32(out, a, b []float32, n, k, m int) {
	if k == 0 || m == 0 {
		return
	}
	if useGEMM(k, n, m) { // out[K,M] += aᵀ·b: A(p, i) = a[i·K+p], B(i, j) = b[i·M+j]
		gemm32(out, m, operand{a, 1, k}, operand{b, m, 1}, k, n, m, true, cStart{})
		return
	}
	at, tmp := getScratch(n*k), getScratch(k*m)
	transpose32(*at, a, n, k)
	vekMatMul(*tmp, *at, b, k, n, m)
	Axpy(out[:k*m], 1, *tmp)
	scratch.Put(at)
	scratch.Put(tmp)
}

// Dot returns Σ_i x[i]·y[i] over len(x) elements (y at least as long); SIMD for
// float32.
func Dot[T Float](x, y []T) T {
	if len(x) == 0 {
		return 0 // vek32.Dot panics on empty slices
	}
	if x32, ok := any(x).([]float32); ok {
		return T(vek32.Dot(x32, any(y).([]float32)[:len(x32)]))
	}
	var s T
	y = y[:len(x)]
	for i, v := range x {
		s += v * y[i]
	}
	return s
}

// Axpy adds a·x to y: y[i] += a·x[i] over len(x) elements.
func Axpy[T Float](y []T, a T, x []T) {
	y = y[:len(x)]
	for i, v := range x {
		y[i] += a * v
	}
}

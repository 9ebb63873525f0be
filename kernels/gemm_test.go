package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// TestMicroKernels checks the micro-kernel in use (assembly on amd64 with AVX2+FMA)
// and the portable one against the float64 sum, on odd kc and a row stride wider
// than the tile with guard values between rows that must survive.
func TestMicroKernels(t *testing.T) {
	r := rand.New(rand.NewPCG(81, 82))
	for _, kc := range []int{0, 1, 2, 7, 64, 255, 256} {
		for _, impl := range []struct {
			name string
			f    func(kc int, a, b, c []float32, ldc int)
		}{{"dispatch", microKernel}, {"go", microKernelGo}} {
			t.Run(fmt.Sprintf("kc=%d/%s", kc, impl.name), func(t *testing.T) {
				a, ca := guarded(t, kc*gemmMR, randFill(r))
				b, cb := guarded(t, kc*gemmNR, randFill(r))
				const ldc = gemmNR + 5
				c, cc := guarded(t, (gemmMR-1)*ldc+gemmNR, func(i int) float32 {
					if i%ldc >= gemmNR {
						return -1234 // between rows: must stay
					}
					return float32(i%7) - 3
				})
				want := make([]float64, len(c))
				bound := make([]float64, len(c))
				for i := range c {
					want[i], bound[i] = float64(c[i]), math.Abs(float64(c[i]))
				}
				for row := 0; row < gemmMR; row++ {
					for j := 0; j < gemmNR; j++ {
						for p := 0; p < kc; p++ {
							v := float64(a[p*gemmMR+row]) * float64(b[p*gemmNR+j])
							want[row*ldc+j] += v
							bound[row*ldc+j] += math.Abs(v)
						}
					}
				}
				impl.f(kc, a, b, c, ldc)
				within(t, "tile", c, want, bound, kc)
				ca()
				cb()
				cc()
			})
		}
	}
}

// TestPortableGEMM runs the products through the portable micro-kernel (the path of
// machines without AVX2/FMA and of non-amd64 builds) against gonum and the loop.
func TestPortableGEMM(t *testing.T) {
	if !useAVX2 {
		t.Skip("the portable kernel is already the one in use; TestProductsAgainstGonum covers it")
	}
	old := useAVX512
	useAVX2, useAVX512 = false, false
	defer func() { useAVX2, useAVX512 = true, old }()
	TestProductsAgainstGonum(t)
	TestBatchedMatMulNT(t)
}

// TestAVX512GEMM forces the AVX-512 kernel (off by default) where the CPU has it:
// the 12×16 kernel against the float64 tile, the products against gonum and the
// loop, and every product bit-identical to the AVX2 kernel's (both are the same
// fused multiply-add chain per element).
func TestAVX512GEMM(t *testing.T) {
	if !hasAVX512 {
		t.Skip("no AVX-512F on this CPU")
	}
	old := useAVX512
	defer func() { useAVX512 = old }()
	r := rand.New(rand.NewPCG(83, 84))
	useAVX512 = true
	for _, kc := range []int{1, 2, 7, 64, 255, 256} {
		a, ca := guarded(t, 2*kc*gemmMR, randFill(r))
		b, cb := guarded(t, kc*gemmNR, randFill(r))
		const ldc = gemmNR + 3
		c, cc := guarded(t, (2*gemmMR-1)*ldc+gemmNR, func(i int) float32 {
			if i%ldc >= gemmNR {
				return -1234 // between rows: must stay
			}
			return float32(i%7) - 3
		})
		want := make([]float32, len(c))
		copy(want, c)
		microKernel(kc, a, b, want, ldc)                          // rows 0-5: AVX2
		microKernel(kc, a[kc*gemmMR:], b, want[gemmMR*ldc:], ldc) // rows 6-11
		if !microKernel12(kc, a, b, c, ldc) {
			t.Fatal("microKernel12 declined with useAVX512 set")
		}
		for i := range c {
			if math.Float32bits(c[i]) != math.Float32bits(want[i]) {
				t.Fatalf("kc=%d: element %d = %g, two AVX2 calls give %g", kc, i, c[i], want[i])
			}
		}
		ca()
		cb()
		cc()
	}
	TestProductsAgainstGonum(t)
	TestThinProducts(t)
	n, k, m := 130, 300, 270
	x, w := make([]float32, n*k), make([]float32, k*m)
	for _, s := range [][]float32{x, w} {
		for i := range s {
			s[i] = float32(r.NormFloat64())
		}
	}
	got, want := make([]float32, n*m), make([]float32, n*m)
	MatMul(got, x, w, nil, n, k, m)
	useAVX512 = false
	MatMul(want, x, w, nil, n, k, m)
	for i := range got {
		if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
			t.Fatalf("MatMul element %d: AVX-512 %g, AVX2 %g", i, got[i], want[i])
		}
	}
}

func BenchmarkMicroKernel(b *testing.B) {
	const kc = 256
	a, bb, c := make([]float32, kc*gemmMR), make([]float32, kc*gemmNR), make([]float32, gemmMR*gemmNR)
	for i := range a {
		a[i] = 1e-3
	}
	for i := range bb {
		bb[i] = 1e-3
	}
	for _, impl := range []struct {
		name string
		f    func(kc int, a, b, c []float32, ldc int)
	}{{"dispatch", microKernel}, {"go", microKernelGo}} {
		b.Run(impl.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				impl.f(kc, a, bb, c, gemmNR)
			}
			b.ReportMetric(2*kc*gemmMR*gemmNR*float64(b.N)/b.Elapsed().Seconds()/1e9, "GF/s")
		})
	}
}

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
	useAVX2 = false
	defer func() { useAVX2 = true }()
	TestProductsAgainstGonum(t)
	TestBatchedMatMulNT(t)
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

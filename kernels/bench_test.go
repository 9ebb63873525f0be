package kernels

import (
	"fmt"
	"testing"
)

func naiveMatMul(out, x, w []float32, n, k, m int) {
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			var s float32
			for p := 0; p < k; p++ {
				s += x[i*k+p] * w[p*m+j]
			}
			out[i*m+j] = s
		}
	}
}

// BenchmarkMatMul sweeps the shapes of the small config's layers (N = 512 tokens)
// with the naive triple loop beside each, and a 16-row decode batch times a GPT-2 MLP
// weight (the column-split thin path); GF/s is 2·N·K·M per op.
func BenchmarkMatMul(b *testing.B) {
	for _, s := range [][3]int{{512, 128, 128}, {512, 128, 384}, {512, 128, 512}, {512, 512, 128}, {512, 128, 2048}, {16, 768, 3072}} {
		n, k, m := s[0], s[1], s[2]
		x, w, o := make([]float32, n*k), make([]float32, k*m), make([]float32, n*m)
		for i := range x {
			x[i] = float32(i%7) * 1e-2
		}
		for i := range w {
			w[i] = float32(i%5) * 1e-2
		}
		for _, impl := range []struct {
			name string
			f    func()
		}{
			{"kernel", func() { MatMul(o, x, w, nil, n, k, m) }},
			{"naive", func() { naiveMatMul(o, x, w, n, k, m) }},
		} {
			b.Run(fmt.Sprintf("n=%d,k=%d,m=%d/%s", n, k, m, impl.name), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(4 * (n*k + k*m + n*m)))
				for i := 0; i < b.N; i++ {
					impl.f()
				}
				b.ReportMetric(float64(2*n*k*m)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GF/s")
			})
		}
	}
}

// gemmPeerShapes are benchmarks/peer's GEMM shapes (N×K×M): the small config's
// layers at 1024 rows and a 16-row decode batch times a GPT-2 MLP weight.
var gemmPeerShapes = [][3]int{{1024, 128, 384}, {1024, 128, 2048}, {1024, 768, 768}, {1024, 768, 3072}, {16, 768, 3072}}

// BenchmarkGEMM times MatMul on the peer shapes at GOMAXPROCS 1 and 2; the 2-thread
// run also reports its speedup over a 1-thread run of the same shape timed just
// before it (the baseline, measured in the same process), as "x-vs-1thread".
func BenchmarkGEMM(b *testing.B) {
	for _, s := range gemmPeerShapes {
		n, k, m := s[0], s[1], s[2]
		x, w, o := make([]float32, n*k), make([]float32, k*m), make([]float32, n*m)
		for i := range x {
			x[i] = float32(i%7) * 1e-2
		}
		for i := range w {
			w[i] = float32(i%5) * 1e-2
		}
		var one float64 // seconds per product at one thread
		for _, procs := range []int{1, 2} {
			b.Run(fmt.Sprintf("%dx%dx%d/threads=%d", n, k, m, procs), func(b *testing.B) {
				defer setProcs(procs)()
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					MatMul(o, x, w, nil, n, k, m)
				}
				per := b.Elapsed().Seconds() / float64(b.N)
				b.ReportMetric(float64(2*n*k*m)/per/1e9, "GF/s")
				if procs == 1 {
					one = per
				} else if one > 0 {
					b.ReportMetric(one/per, "x-vs-1thread")
				}
			})
		}
	}
}

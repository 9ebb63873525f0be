package influence

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
)

// BenchmarkScan sweeps sizes for ScanTopK and, beside it, the naive float64 loop with
// a full sort that it replaces.
func BenchmarkScan(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	for _, n := range []int{1 << 12, 1 << 16} {
		for _, k := range []int{64, 512} {
			g := randDense(rng, n, k, 1)
			q := randDense(rng, 1, k, 1).Data
			b.Run(fmt.Sprintf("impl=scantopk/n=%d/k=%d", n, k), func(b *testing.B) {
				b.SetBytes(int64(4 * n * k))
				b.ReportAllocs()
				for b.Loop() {
					ScanTopK(q, g, 100)
				}
			})
			b.Run(fmt.Sprintf("impl=naive/n=%d/k=%d", n, k), func(b *testing.B) {
				b.SetBytes(int64(4 * n * k))
				scores := make([]float64, n)
				idx := make([]int, n)
				for b.Loop() {
					for i := range n {
						scores[i] = dot64(q, g.Row(i))
						idx[i] = i
					}
					sort.Slice(idx, func(a, c int) bool { return scores[idx[a]] > scores[idx[c]] })
				}
			})
		}
	}
}

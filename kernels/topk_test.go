package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"testing"
)

// topKReference sorts all indices by (score desc, NaN last, index asc).
func topKReference(scores []float32, k int) []int {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		sa, sb := scores[idx[a]], scores[idx[b]]
		na, nb := math.IsNaN(float64(sa)), math.IsNaN(float64(sb))
		if na || nb {
			return !na && nb
		}
		return sa > sb
	})
	return idx[:min(k, len(idx))]
}

func TestTopK(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	for _, tc := range []struct {
		name string
		n, k int
		gen  func(i int) float32
	}{
		{"empty", 0, 3, nil},
		{"k=0", 5, 0, func(int) float32 { return 1 }},
		{"k>n", 5, 9, func(i int) float32 { return float32(i % 2) }},
		{"all-equal", 100, 10, func(int) float32 { return 2 }},
		{"ties", 2000, 37, func(int) float32 { return float32(r.IntN(20)) }},
		{"distinct", 5000, 100, func(int) float32 { return float32(r.NormFloat64()) }},
		{"ascending", 300, 7, func(i int) float32 { return float32(i) }},
		{"descending", 300, 7, func(i int) float32 { return float32(-i) }},
		{"nan-inf", 200, 30, func(i int) float32 {
			switch i % 7 {
			case 0:
				return float32(math.NaN())
			case 1:
				return float32(math.Inf(-1))
			case 2:
				return float32(math.Inf(1))
			}
			return float32(r.IntN(5))
		}},
		{"mostly-nan", 50, 20, func(i int) float32 {
			if i%10 != 3 {
				return float32(math.NaN())
			}
			return float32(i)
		}},
	} {
		t.Run(fmt.Sprintf("%s/n=%d,k=%d", tc.name, tc.n, tc.k), func(t *testing.T) {
			scores := make([]float32, tc.n)
			for i := range scores {
				scores[i] = tc.gen(i)
			}
			want := topKReference(scores, tc.k)
			buf := make([]int, tc.k+2*guard)
			for i := range buf {
				buf[i] = -7
			}
			idx := buf[guard : guard+tc.k : guard+tc.k]
			got := TopK(idx, scores)
			if got != len(want) {
				t.Fatalf("returned %d, want %d", got, len(want))
			}
			for i := range want {
				if idx[i] != want[i] {
					t.Fatalf("rank %d: index %d (score %g), want %d (score %g)", i, idx[i], scores[idx[i]], want[i], scores[want[i]])
				}
			}
			for i := 0; i < guard; i++ {
				if buf[i] != -7 || buf[guard+tc.k+i] != -7 {
					t.Fatal("stray write into guard region")
				}
			}
			for i := got; i < tc.k; i++ {
				if idx[i] != -7 {
					t.Fatalf("idx[%d] written beyond the returned count", i)
				}
			}
		})
	}
}

func FuzzTopK(f *testing.F) {
	f.Add([]byte{3, 1, 4, 1, 5, 9, 2, 6}, uint8(3))
	f.Add([]byte{}, uint8(1))
	f.Add([]byte{255, 255, 0, 0, 128}, uint8(9))
	f.Fuzz(func(t *testing.T, data []byte, k uint8) {
		scores := make([]float32, len(data))
		for i, b := range data {
			switch b {
			case 255:
				scores[i] = float32(math.NaN())
			case 254:
				scores[i] = float32(math.Inf(-1))
			default:
				scores[i] = float32(b % 16)
			}
		}
		idx := make([]int, k)
		got := TopK(idx, scores)
		want := topKReference(scores, int(k))
		if got != len(want) {
			t.Fatalf("returned %d, want %d", got, len(want))
		}
		for i := range want {
			if idx[i] != want[i] {
				t.Fatalf("rank %d: %d, want %d", i, idx[i], want[i])
			}
		}
	})
}

package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// colSumRef is ColSum's definition as the plain loop: each column summed over the
// rows in row order, starting from out.
func colSumRef[T Float](out, x []T, n, m int) {
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			out[j] += x[i*m+j]
		}
	}
}

// colSumInput fills n×m values of mixed magnitudes (so the order of additions
// matters in the last bits), with NaNs of two payloads, ±Inf and −0 mixed in.
func colSumInput[T Float](r *rand.Rand, n int) []T {
	x := make([]T, n)
	nan1, nan2 := math.Float64frombits(0x7ff8000000000001), math.Float64frombits(0xfff8000000000123)
	if _, f32 := any(x).([]float32); f32 {
		nan1, nan2 = float64(math.Float32frombits(0x7fc00001)), float64(math.Float32frombits(0xffc00123))
	}
	for i := range x {
		switch r.IntN(40) {
		case 0:
			x[i] = T(nan1)
		case 1:
			x[i] = T(nan2)
		case 2:
			x[i] = T(math.Inf(1 - 2*r.IntN(2)))
		case 3:
			x[i] = T(math.Copysign(0, -1))
		default:
			x[i] = T(r.NormFloat64() * math.Pow(10, float64(r.IntN(9)-4)))
		}
	}
	return x
}

// TestColSum checks ColSum (float32 and float64; AVX2 lanes where built, and the Go
// loop) against colSumRef bit for bit (any NaN for a NaN: the Go compiler may swap
// an addition's operands, and with them which NaN's payload survives, so the scalar
// loop's payloads are not fixed either), on every width 0-41,
// row counts 0-5 and 17, and the train step's bias widths, with NaN guards after out.
func TestColSum(t *testing.T) {
	t.Run("float32", func(t *testing.T) {
		testColSum[float32](t, func(v float32) uint64 { return uint64(math.Float32bits(v)) })
	})
	t.Run("float64", func(t *testing.T) { testColSum[float64](t, math.Float64bits) })
}

func testColSum[T Float](t *testing.T, bits func(T) uint64) {
	r := rand.New(rand.NewPCG(7, 17))
	type shape struct{ n, m int }
	var shapes []shape
	for m := 0; m <= 41; m++ {
		for _, n := range []int{0, 1, 2, 5, 17} {
			shapes = append(shapes, shape{n, m})
		}
	}
	shapes = append(shapes, shape{1024, 384}, shape{1024, 128}, shape{64, 512}, shape{33, 71}, shape{9, 100})
	for _, asm := range []bool{false, true} {
		if asm && !useAVX2 {
			continue
		}
		old := useAVX2
		useAVX2 = asm
		for _, s := range shapes {
			x := colSumInput[T](r, s.n*s.m)
			start := colSumInput[T](r, s.m)
			want := append([]T(nil), start...)
			got := append(append([]T(nil), start...), T(math.NaN()), T(math.NaN()), T(math.NaN()), T(math.NaN()))
			colSumRef(want, x, s.n, s.m)
			ColSum(got[:s.m], x, s.n, s.m)
			for j := range want {
				if bits(got[j]) != bits(want[j]) && !(got[j] != got[j] && want[j] != want[j]) {
					useAVX2 = old
					t.Fatalf("asm=%v n=%d m=%d: out[%d] = %v (%#x), want %v (%#x)", asm, s.n, s.m, j, got[j], bits(got[j]), want[j], bits(want[j]))
				}
			}
			for j := s.m; j < len(got); j++ {
				if !math.IsNaN(float64(got[j])) {
					useAVX2 = old
					t.Fatalf("asm=%v n=%d m=%d: stray write at out[%d]", asm, s.n, s.m, j)
				}
			}
		}
		useAVX2 = old
	}
}

// BenchmarkColSum times ColSum on the train step's bias gradients (1024 rows by the
// small config's widths) against the scalar loop in the same run ("go").
func BenchmarkColSum(b *testing.B) {
	for _, m := range []int{128, 384, 512} {
		n := 1024
		x, out := make([]float32, n*m), make([]float32, m)
		for i := range x {
			x[i] = float32(i%11) * 1e-3
		}
		for _, impl := range []string{"asm", "go"} {
			if impl == "asm" && !useAVX2 {
				continue
			}
			b.Run(fmt.Sprintf("n=%d,m=%d/%s", n, m, impl), func(b *testing.B) {
				old := useAVX2
				useAVX2 = impl == "asm"
				defer func() { useAVX2 = old }()
				b.SetBytes(int64(4 * n * m))
				for i := 0; i < b.N; i++ {
					ColSum(out, x, n, m)
				}
			})
		}
	}
}

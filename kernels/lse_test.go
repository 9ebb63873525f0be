package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// TestLogSumExp checks the float32 LogSumExp and ExpShift (expBlock in blocks)
// against the math.Exp loops they replace, on rows around the block size, a
// vocabulary-sized row, large and tiny logits, and the special values.
func TestLogSumExp(t *testing.T) {
	r := rand.New(rand.NewPCG(91, 92))
	for _, n := range []int{1, 3, 255, 256, 257, 1000, 50257} {
		for _, scale := range []float64{1, 30, 1e-3} {
			t.Run(fmt.Sprintf("n=%d,scale=%g", n, scale), func(t *testing.T) {
				x := make([]float32, n)
				for i := range x {
					x[i] = float32(r.NormFloat64() * scale)
				}
				mx := math.Inf(-1)
				for _, v := range x {
					mx = max(mx, float64(v))
				}
				var s float64
				for _, v := range x {
					s += math.Exp(float64(v) - mx)
				}
				want := mx + math.Log(s)
				got := LogSumExp(x)
				if math.Abs(got-want) > 2e-8*max(1, math.Abs(want)) {
					t.Fatalf("LogSumExp = %.17g, want %.17g", got, want)
				}
				if g64 := LogSumExp(f64(x)); math.Abs(g64-want) > 1e-12*max(1, math.Abs(want)) {
					t.Fatalf("LogSumExp[float64] = %.17g, want %.17g", g64, want)
				}
				d, cd := guarded(t, n, func(int) float32 { return 7 })
				const w = 0.37
				ExpShift(d, x, got, w)
				var sum float64
				for j, v := range x {
					e := w * math.Exp(float64(v)-got)
					sum += float64(d[j])
					if math.Abs(float64(d[j])-e) > 1.2e-7*e+2e-45 {
						t.Fatalf("ExpShift[%d] = %g, want %g", j, d[j], e)
					}
				}
				if math.Abs(sum-w) > 1e-5 {
					t.Fatalf("ExpShift sums to %g, want %g", sum, w)
				}
				cd()
				x0 := append([]float32(nil), x...)
				ExpShift(x, x, got, 1) // in place
				for j := range x {
					if e := math.Exp(float64(x0[j]) - got); math.Abs(float64(x[j])-e) > 1.2e-7*e+2e-45 { // a subnormal's ulp is 1.4e-45
						t.Fatalf("in-place ExpShift[%d] = %g, want %g", j, x[j], e)
					}
				}
			})
		}
	}
	inf, nan := float32(math.Inf(1)), float32(math.NaN())
	for _, c := range []struct {
		name string
		x    []float32
		want float64
	}{
		{"empty", nil, math.Inf(-1)},
		{"all -Inf", []float32{-inf, -inf}, math.Inf(-1)},
		{"+Inf", []float32{1, inf}, math.Inf(1)},
		{"NaN", []float32{1, nan, 2}, math.NaN()},
		{"-Inf entries", []float32{-inf, 0, -inf}, 0},
		{"huge", []float32{3e38, 3e38}, float64(float32(3e38)) + math.Ln2},
	} {
		got := LogSumExp(c.x)
		if !(got == c.want || math.IsNaN(got) && math.IsNaN(c.want) || math.Abs(got-c.want) <= 1e-9*math.Abs(c.want)) {
			t.Errorf("%s: LogSumExp = %g, want %g", c.name, got, c.want)
		}
	}
}

func BenchmarkLogSumExp(b *testing.B) {
	x := make([]float32, 50257)
	for i := range x {
		x[i] = float32(i%97) * 0.1
	}
	d := make([]float32, len(x))
	b.Run("LogSumExp", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(4 * int64(len(x)))
		for i := 0; i < b.N; i++ {
			LogSumExp(x)
		}
	})
	b.Run("mathExpLoop", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(4 * int64(len(x)))
		for i := 0; i < b.N; i++ {
			mx := math.Inf(-1)
			for _, v := range x {
				mx = max(mx, float64(v))
			}
			var s float64
			for _, v := range x {
				s += math.Exp(float64(v) - mx)
			}
			_ = mx + math.Log(s)
		}
	})
	b.Run("ExpShift", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(4 * int64(len(x)))
		for i := 0; i < b.N; i++ {
			ExpShift(d, x, 12, 0.5)
		}
	})
	b.Run("mathExpShiftLoop", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(4 * int64(len(x)))
		for i := 0; i < b.N; i++ {
			for j, v := range x {
				d[j] = float32(0.5 * math.Exp(float64(v)-12))
			}
		}
	})
}

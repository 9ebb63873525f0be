package lm

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"poa/influence"
)

// TestQuantDotEqualsQuantize: the fused quantize-and-dot gives DotInt(Quantize) and
// fails exactly where Quantize does, across shifts, magnitudes and special values.
func TestQuantDotEqualsQuantize(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, shift := range []int{-100, -7, 0, 3, 12, 40, 100, 101, -101} {
		t.Run(fmt.Sprintf("shift=%d", shift), func(t *testing.T) {
			for trial := 0; trial < 200; trial++ {
				n := 1 + r.IntN(64)
				qq, row := make([]int32, n), make([]float32, n)
				lim := math.Ldexp(influence.QuantMax, -shift) * 1.02 // some rows overflow
				for j := range row {
					qq[j] = int32(r.IntN(2*influence.QuantMax+1) - influence.QuantMax)
					row[j] = float32((2*r.Float64() - 1) * lim)
					switch r.IntN(40) {
					case 0:
						row[j] = float32(math.NaN())
					case 1:
						row[j] = float32(math.Ldexp(0.5, -shift)) // a rounding tie
					case 2:
						row[j] = 0
					}
				}
				g, err := influence.Quantize(nil, row, shift)
				got, ok := quantDot(qq, row, shift)
				if ok != (err == nil) {
					t.Fatalf("quantDot ok=%v, Quantize error %v", ok, err)
				}
				if ok && got != influence.DotInt(qq, g) {
					t.Fatalf("quantDot %d, DotInt(Quantize) %d", got, influence.DotInt(qq, g))
				}
			}
		})
	}
}

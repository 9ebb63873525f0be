package influence

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

// TestQuantShiftIsLargest checks the definition: maxAbs·2^s fits in ±QuantMax and
// maxAbs·2^(s+1) does not, for magnitudes across the float32 range and at exact powers
// of two.
func TestQuantShiftIsLargest(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := []float64{1, 0.5, 2, QuantMax, QuantMax + 1, 1e-20, 3e20, math.Ldexp(1, -40), math.Ldexp(QuantMax, -7)}
	for range 2000 {
		cases = append(cases, math.Ldexp(r.Float64()+0.5, r.IntN(120)-60))
	}
	for _, m := range cases {
		s, err := QuantShift(m)
		if err != nil {
			t.Fatalf("QuantShift(%g): %v", m, err)
		}
		if math.Ldexp(m, s) > QuantMax {
			t.Fatalf("QuantShift(%g) = %d: %g > QuantMax", m, s, math.Ldexp(m, s))
		}
		if s < maxShift && math.Ldexp(m, s+1) <= QuantMax {
			t.Fatalf("QuantShift(%g) = %d is not the largest: %d also fits", m, s, s+1)
		}
	}
	if s, err := QuantShift(0); err != nil || s != maxShift {
		t.Fatalf("QuantShift(0) = %d, %v", s, err)
	}
	for _, bad := range []float64{-1, math.NaN(), math.Inf(1)} {
		if _, err := QuantShift(bad); !errors.Is(err, ErrBadInput) {
			t.Fatalf("QuantShift(%v): %v, want ErrBadInput", bad, err)
		}
	}
}

// TestQuantizeError checks the rounding error bound |v·2^−s − x| ≤ 2^−s/2, that the
// extreme value maps to ±QuantMax's range, and that DotInt/Dequantize approximate the
// float dot product within the bound implied by it.
func TestQuantizeError(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		n := 1 + r.IntN(300)
		x := make([]float32, n)
		y := make([]float32, n)
		scale := math.Ldexp(1, r.IntN(40)-20)
		for i := range x {
			x[i] = float32(r.NormFloat64() * scale)
			y[i] = float32(r.NormFloat64())
		}
		q, sq, err := QuantizeAuto(x)
		if err != nil {
			t.Fatal(err)
		}
		g, sg, err := QuantizeAuto(y)
		if err != nil {
			t.Fatal(err)
		}
		m, _ := MaxAbs(x)
		peak := 0
		for i := range x {
			if e := math.Abs(math.Ldexp(float64(q[i]), -sq) - float64(x[i])); e > math.Ldexp(0.5, -sq)*(1+1e-12) {
				t.Fatalf("value %d: error %g > half a unit %g", i, e, math.Ldexp(0.5, -sq))
			}
			peak = max(peak, int(math.Abs(float64(q[i]))))
		}
		if m > 0 && peak < QuantMax/2 {
			t.Fatalf("largest quantized magnitude %d < QuantMax/2: shift %d wastes a bit", peak, sq)
		}
		var exact, bound float64
		for i := range x {
			exact += float64(x[i]) * float64(y[i])
			bound += math.Ldexp(0.5, -sq)*math.Abs(float64(y[i])) + math.Ldexp(0.5, -sg)*(math.Abs(float64(x[i]))+math.Ldexp(0.5, -sq))
		}
		if got := Dequantize(DotInt(q, g), sq, sg); math.Abs(got-exact) > bound*(1+1e-9)+1e-300 {
			t.Fatalf("dot %g vs float %g: error beyond the rounding bound %g", got, exact, bound)
		}
	}
	if _, err := Quantize(nil, []float32{2}, 15); !errors.Is(err, ErrBadInput) {
		t.Fatalf("overflowing shift: %v", err)
	}
	if _, _, err := QuantizeAuto([]float32{1, float32(math.NaN())}); !errors.Is(err, ErrBadInput) {
		t.Fatalf("NaN: %v", err)
	}
}

package influence

import (
	"fmt"
	"math"
)

// QuantRule names the quantization of sketches for the score proof, recorded with every
// commitment and query: signed 16-bit integers v = round(x·2^shift) (half away from
// zero), |v| ≤ QuantMax, one power-of-two shift per sketch file (so every point's score
// has the same scale) and one per query. The score of a point is then the exact integer
// Σ_j q_j·g_j, which approximates the float score times 2^(shiftQ+shiftG).
const QuantRule = "q16-pow2-v1"

// QuantMax is the largest magnitude of a quantized value (2^15 − 1).
const QuantMax = 1<<15 - 1

// maxShift bounds |shift|: 2^±100 covers every finite float32 magnitude that matters
// here and keeps 2^−(shiftQ+shiftG) representable as a float64.
const maxShift = 100

// QuantShift returns the largest shift s in [−100, 100] with maxAbs·2^s ≤ QuantMax, the
// shift that keeps the most precision for values of magnitude at most maxAbs (100 when
// maxAbs is 0). maxAbs must be finite and non-negative.
func QuantShift(maxAbs float64) (int, error) {
	if math.IsNaN(maxAbs) || math.IsInf(maxAbs, 0) || maxAbs < 0 {
		return 0, fmt.Errorf("influence: quantization of values of magnitude %v: %w", maxAbs, ErrBadInput)
	}
	if maxAbs == 0 {
		return maxShift, nil
	}
	s := int(math.Floor(math.Log2(QuantMax / maxAbs)))
	// Log2 can be off by one at exact powers of two: settle it by the definition.
	for s > -maxShift && math.Ldexp(maxAbs, s) > QuantMax {
		s--
	}
	for s < maxShift && math.Ldexp(maxAbs, s+1) <= QuantMax {
		s++
	}
	if s > maxShift {
		s = maxShift
	}
	if s < -maxShift || math.Ldexp(maxAbs, s) > QuantMax {
		return 0, fmt.Errorf("influence: values of magnitude %v cannot be quantized with a shift ≥ −%d: %w", maxAbs, maxShift, ErrBadInput)
	}
	return s, nil
}

// MaxAbs returns the largest |x| and an error naming the first non-finite value.
func MaxAbs(x []float32) (float64, error) {
	var m float64
	for i, v := range x {
		f := float64(v)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return 0, fmt.Errorf("influence: value %d is %v: %w", i, v, ErrBadInput)
		}
		m = max(m, math.Abs(f))
	}
	return m, nil
}

// Quantize returns round(x·2^shift) for each value (QuantRule) into dst (allocated when
// too short). A value whose magnitude exceeds QuantMax after scaling is an error: the
// shift was not chosen by QuantShift for these values.
func Quantize(dst []int32, x []float32, shift int) ([]int32, error) {
	if cap(dst) < len(x) {
		dst = make([]int32, len(x))
	}
	dst = dst[:len(x)]
	for i, v := range x {
		f := math.Round(math.Ldexp(float64(v), shift))
		if math.IsNaN(f) || math.Abs(f) > QuantMax {
			return nil, fmt.Errorf("influence: value %d (%v) quantizes to %v with shift %d, beyond ±%d: %w", i, v, f, shift, QuantMax, ErrBadInput)
		}
		dst[i] = int32(f)
	}
	return dst, nil
}

// QuantizeAuto quantizes x with its own QuantShift and returns the values and the shift.
func QuantizeAuto(x []float32) ([]int32, int, error) {
	m, err := MaxAbs(x)
	if err != nil {
		return nil, 0, err
	}
	s, err := QuantShift(m)
	if err != nil {
		return nil, 0, err
	}
	v, err := Quantize(nil, x, s)
	return v, s, err
}

// Dequantize returns score·2^−(shiftQ+shiftG): the float value of an integer score
// computed from a query quantized with shiftQ and sketches quantized with shiftG. It is
// exact for |score| < 2^53.
func Dequantize(score int64, shiftQ, shiftG int) float64 {
	return math.Ldexp(float64(score), -(shiftQ + shiftG))
}

// DotInt returns Σ q_j·g_j in integers. It panics if the lengths differ.
func DotInt(q, g []int32) int64 {
	if len(q) != len(g) {
		panic("influence: DotInt: lengths differ")
	}
	var s int64
	for j := range q {
		s += int64(q[j]) * int64(g[j])
	}
	return s
}

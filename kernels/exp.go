package kernels

import "math"

const (
	log2e = 1.4426950408889634 // 1/ln 2
	ln2   = 0.6931471805599453
)

// expFast returns e^x with a relative error below 1e-8 (a float32 ulp is 6e-8), for
// the float32 row kernels (Softmax, GELU), where math.Exp is most of the cost:
//
//	x = n·ln2 + r, |r| ≤ ln2/2;  e^x = 2^n · Σ_{i≤7} r^i/i!
//
// The truncated series errs by at most r^8/8! ≈ 5e-9 relative. It returns 0 below
// −708 (where e^x is not a normal float64), +Inf above 709, NaN for NaN.
func expFast(x float64) float64 {
	if !(x > -708) {
		if x != x {
			return x
		}
		return 0
	}
	if x > 709 {
		return math.Inf(1)
	}
	n := math.Floor(x*log2e + 0.5)
	r := x - n*ln2
	p := 1 + r*(1+r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120+r*(1.0/720+r*(1.0/5040)))))))
	return p * math.Float64frombits(uint64(int64(n)+1023)<<52)
}

package kernels

import "math"

// The loss kernels of the language-model head: the log-partition of a row of logits
// and the softmax (scaled, shifted by a given log-partition) that the loss gradient
// needs. For float32 rows the exponentials go through expBlock (expFast four lanes at
// a time on amd64: relative error < 1e-8, below a float32 ulp), in blocks of rowBlock,
// and sum in float64 in a fixed order (four interleaved partial sums), so the results are deterministic and within
// 1e-8 (relative, of Σ exp) of the math.Exp loops they replace. float64 rows keep
// math.Exp: they are the reference path of the gradient checks.

// LogSumExp returns log Σ_j exp(x[j]) computed as m + log Σ_j exp(x[j] − m) with m
// = max_j x[j] (in float64); −Inf for an empty row, NaN when x holds a NaN, +Inf
// when it holds +Inf. x is not modified.
func LogSumExp[T Float](x []T) float64 {
	if x32, ok := any(x).([]float32); ok {
		return logSumExp32(x32)
	}
	mx := math.Inf(-1)
	for _, v := range x {
		mx = max(mx, float64(v))
	}
	if math.IsInf(mx, 0) {
		return mx
	}
	var s float64
	for _, v := range x {
		s += math.Exp(float64(v) - mx)
	}
	return mx + math.Log(s)
}

func logSumExp32(x []float32) float64 {
	m := float64(max32(x))
	if math.IsInf(m, 0) || m != m {
		return m
	}
	// Four partial sums (j mod 4): no single chain of dependent adds.
	var sums [4]float64
	k := expSum4(x, m, &sums)
	s0, s1, s2, s3 := sums[0], sums[1], sums[2], sums[3]
	var e [rowBlock]float64
	for b0 := k; b0 < len(x); b0 += rowBlock {
		xs := x[b0:min(b0+rowBlock, len(x))]
		e := e[:len(xs)]
		for j, v := range xs {
			e[j] = float64(v) - m
		}
		expBlock(e, e)
		j := 0
		for ; j+4 <= len(e); j += 4 {
			s0 += e[j]
			s1 += e[j+1]
			s2 += e[j+2]
			s3 += e[j+3]
		}
		for ; j < len(e); j++ {
			s0 += e[j]
		}
	}
	return m + math.Log((s0+s1)+(s2+s3))
}

// max32 is the largest element (NaN if any is NaN, −Inf for none), four lanes of
// comparisons at a time.
func max32(x []float32) float32 {
	if m, ok := max8(x); ok { // eight lanes of AVX2 on amd64 (rows of a multiple of 8)
		return m
	}
	inf := float32(math.Inf(-1))
	m0, m1, m2, m3 := inf, inf, inf, inf
	j := 0
	for ; j+4 <= len(x); j += 4 {
		m0, m1, m2, m3 = max(m0, x[j]), max(m1, x[j+1]), max(m2, x[j+2]), max(m3, x[j+3])
	}
	for ; j < len(x); j++ {
		m0 = max(m0, x[j])
	}
	return max(m0, m1, m2, m3)
}

// ExpShift sets dst[j] = scale·exp(x[j] − shift) for every j < len(x): with shift
// the row's LogSumExp, the softmax of x times scale (the gradient of scale·(log Z −
// x[target]) with respect to the logits, before the target's −scale). dst may be x.
func ExpShift[T Float](dst, x []T, shift, scale float64) {
	need("dst", dst, len(x))
	if x32, ok := any(x).([]float32); ok {
		expShift32(any(dst).([]float32), x32, shift, scale)
		return
	}
	for j, v := range x {
		dst[j] = T(scale * math.Exp(float64(v)-shift))
	}
}

func expShift32(dst, x []float32, shift, scale float64) {
	var e [rowBlock]float64
	for b0 := expShift4(dst, x, shift, scale); b0 < len(x); b0 += rowBlock {
		xs := x[b0:min(b0+rowBlock, len(x))]
		e := e[:len(xs)]
		for j, v := range xs {
			e[j] = float64(v) - shift
		}
		expBlock(e, e)
		d := dst[b0 : b0+len(xs)]
		for j, v := range e {
			d[j] = float32(scale * v)
		}
	}
}

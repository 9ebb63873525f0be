package kernels

import "math"

// The float32 GELU kernels (and softmax's exponentials) compute in float64 like the
// generic ones, but in blocks of rowBlock elements and in separate passes: widen the
// inputs into a float64 buffer, do the arithmetic on the buffer, narrow the results. On amd64 the conversions
// (CVTSS2SD, CVTSD2SS) write only the low part of their register, so a conversion in
// the same loop as a long dependency chain (expFast, a division) ties each iteration
// to the one before; in separate passes the out-of-order core overlaps the elements.
// Measured on one core: GELU 1.8×, GELUBackward 1.5× faster than the one-loop form;
// AdamW showed no gain (its cost is sqrt and division), so it keeps one loop. The
// exponentials of a block go through expBlock (four lanes of AVX2 on amd64, the same
// operations as expFast). The arithmetic is the same, so are the results, bit for bit.
// On amd64 with AVX2 these loops only finish what the assembly (rows_amd64.s) leaves:
// it does widen, arithmetic and narrow in one pass, four or eight lanes at a time,
// for the longest prefix of a multiple of four elements (docs/kernels.md, "1-thread
// train step", has the measured numbers).

const rowBlock = 256

// gelu32 is GELU for float32: out = x·σ(2u) through expFast (see GELU).
func gelu32(out, x []float32) {
	parallelFor(len(x), 64, len(x)*20, func(lo, hi int) {
		var xf, e [rowBlock]float64
		for b0 := lo + gelu4(out[lo:hi], x[lo:hi]); b0 < hi; b0 += rowBlock {
			xs := x[b0:min(b0+rowBlock, hi)]
			xf, e := xf[:len(xs)], e[:len(xs)]
			for j, v := range xs {
				xf[j] = float64(v)
			}
			for j, f := range xf {
				e[j] = geluExpArg(f)
			}
			expBlock(e, e)
			for j, f := range xf {
				e[j] = f / (1 + e[j])
			}
			o := out[b0 : b0+len(xs)]
			for j, v := range e {
				o[j] = float32(v)
			}
		}
	})
}

// geluBackward32 is GELUBackward for float32, or with set GELUBackwardInto (see
// them).
func geluBackward32(dx, dout, x []float32, set bool) {
	parallelFor(len(x), 64, len(x)*20, func(lo, hi int) {
		var xf, d [rowBlock]float64
		for b0 := lo + geluBackward4(dx[lo:hi], dout[lo:hi], x[lo:hi], set); b0 < hi; b0 += rowBlock {
			xs := x[b0:min(b0+rowBlock, hi)]
			xf, d := xf[:len(xs)], d[:len(xs)]
			for j, v := range xs {
				xf[j] = float64(v)
			}
			for j, f := range xf {
				d[j] = geluExpArg(f)
			}
			expBlock(d, d)
			for j, f := range xf {
				e := d[j]
				sg := 1 / (1 + e) // σ(2u) = (1 + tanh u)/2
				// GELU' = σ + f·(1−tanh²u)/2·u' = σ + 2f·σ·(1−σ)·u', 1−σ = e·σ.
				d[j] = sg + 2*f*sg*(e*sg)*geluScale*(1+3*0.044715*f*f)
			}
			dxs, dos := dx[b0:b0+len(xs)], dout[b0:b0+len(xs)]
			if set {
				for j, v := range d {
					dxs[j] = 0 + float32(v)*dos[j]
				}
				continue
			}
			for j, v := range d {
				dxs[j] += float32(v) * dos[j]
			}
		}
	})
}

// softmaxRow32 is SoftmaxRow for float32: the exponentials of each block of the row
// through expBlock, summed in order.
func softmaxRow32(x []float32) float64 {
	m := float64(max32(x)) // the largest element, as a sequential max finds it
	k, s := expStore4(x, m)
	var e [rowBlock]float64
	for b0 := k; b0 < len(x); b0 += rowBlock {
		xs := x[b0:min(b0+rowBlock, len(x))]
		e := e[:len(xs)]
		for j, v := range xs {
			e[j] = float64(v) - m
		}
		expBlock(e, e)
		for j, v := range e {
			xs[j] = float32(v)
			s += v
		}
	}
	inv := 1 / s
	for j := scale4(x, inv); j < len(x); j++ {
		x[j] = float32(float64(x[j]) * inv)
	}
	return m + math.Log(s)
}

package kernels

// Packing of the GEMM operands (see gemm.go): A into row strips of MR, B into
// column strips of NR, read through the operands' strides.

// packA writes A[i0:i0+mc, p0:p0+kc] as row strips of MR, k-major inside a strip:
// dst[(s·kc + l)·MR + r] = A(i0 + s·MR + r, p0 + l), zero past the last row.
func packA(dst []float32, a operand, i0, mc, p0, kc int) {
	if a.rs == 1 && a.cs != 1 {
		packATransposed(dst, a, i0, mc, p0, kc)
		return
	}
	for s := 0; s*gemmMR < mc; s++ {
		d := dst[s*kc*gemmMR : (s+1)*kc*gemmMR]
		rows := min(gemmMR, mc-s*gemmMR)
		base := (i0+s*gemmMR)*a.rs + p0*a.cs
		switch {
		case a.cs == 1 && rows == gemmMR: // row-major A: six rows read side by side
			l0 := packAStrip6(d, a.d[base:], a.rs, kc) // four columns at a time (amd64)
			r0 := a.d[base : base+kc]
			r1 := a.d[base+a.rs : base+a.rs+kc]
			r2 := a.d[base+2*a.rs : base+2*a.rs+kc]
			r3 := a.d[base+3*a.rs : base+3*a.rs+kc]
			r4 := a.d[base+4*a.rs : base+4*a.rs+kc]
			r5 := a.d[base+5*a.rs : base+5*a.rs+kc]
			for l := l0; l < kc; l++ {
				o := d[l*gemmMR : l*gemmMR+gemmMR]
				o[0], o[1], o[2], o[3], o[4], o[5] = r0[l], r1[l], r2[l], r3[l], r4[l], r5[l]
			}
		case a.rs == 1 && rows == gemmMR: // A stored transposed: six contiguous values per l
			for l := 0; l < kc; l++ {
				*(*[gemmMR]float32)(d[l*gemmMR:]) = *(*[gemmMR]float32)(a.d[base+l*a.cs:])
			}
		case a.rs == 1:
			for l := 0; l < kc; l++ {
				o := d[l*gemmMR : l*gemmMR+gemmMR]
				copy(o, a.d[base+l*a.cs:base+l*a.cs+rows])
				clear(o[rows:])
			}
		default:
			for l := 0; l < kc; l++ {
				o := d[l*gemmMR : l*gemmMR+gemmMR]
				for r := 0; r < gemmMR; r++ {
					if r < rows {
						o[r] = a.d[base+r*a.rs+l*a.cs]
					} else {
						o[r] = 0
					}
				}
			}
		}
	}
}

// packATransposed is packA for an A stored transposed (rs = 1: MatMulTN's aᵀ, where
// column l of A is a row of a, contiguous): it reads each of the kc rows of a once,
// mc values left to right, and deals them to the strips. Going strip by strip instead
// reads 6 values per row, kc rows a whole row of a apart (for the tied LM head's
// gradient, 200 KB: a page per value), 16 times over.
//
// On amd64 the full strips are copied in assembly (packATFull: the Go loop below
// compiles to some 40 instructions per six floats, reloading its bounds from the
// stack), which also prefetches the rows ahead.
func packATransposed(dst []float32, a operand, i0, mc, p0, kc int) {
	full := mc / gemmMR
	rem := mc - full*gemmMR
	fullDone := packATFull(dst, a.d[i0+p0*a.cs:], a.cs, full, kc)
	for l := 0; l < kc; l++ {
		src := a.d[i0+(p0+l)*a.cs : i0+(p0+l)*a.cs+mc]
		for s := 0; s < full && !fullDone; s++ {
			o := (*[gemmMR]float32)(dst[(s*kc+l)*gemmMR:])
			v := (*[gemmMR]float32)(src[s*gemmMR:])
			o[0], o[1], o[2], o[3], o[4], o[5] = v[0], v[1], v[2], v[3], v[4], v[5]
		}
		if rem > 0 {
			o := dst[(full*kc+l)*gemmMR : (full*kc+l)*gemmMR+gemmMR]
			copy(o, src[full*gemmMR:])
			clear(o[rem:])
		}
	}
}

// packBRows writes rows l0 ≤ l < l1 of B[p0:p0+kc, j0:j0+nc] into every strip, for a
// row-major B (cs = 1): the same layout as packBStrip (dst[(s·kc + l)·NR + j] =
// B(p0 + l, j0 + s·NR + j), zero past the last column), but reading each row of B
// once, left to right, where packing strip by strip reads 64 bytes per row with a
// stride of a whole row (a new page every few rows, which the prefetchers do not
// follow: 58% of a thin product's time went to those loads).
func packBRows(dst []float32, b operand, p0, kc, j0, nc, l0, l1 int) {
	full := nc / gemmNR
	for lb := l0; lb < l1; lb += 8 { // eight rows at a time: a 512-byte run per strip
		le := min(lb+8, l1)
		if full > 0 {
			packRows(dst[lb*gemmNR:], b.d[(p0+lb)*b.rs+j0:], kc*gemmNR, b.rs, full, le-lb)
		}
		if full*gemmNR < nc {
			for l := lb; l < le; l++ {
				d := dst[(full*kc+l)*gemmNR : (full*kc+l)*gemmNR+gemmNR]
				o := (p0+l)*b.rs + j0
				n := copy(d, b.d[o+full*gemmNR:o+nc])
				clear(d[n:])
			}
		}
	}
}

// packRows16Go copies rows runs of NR floats for each of strips column strips: for
// s < strips and l < rows, dst[s·dstStride + l·NR + j] = src[l·srcStride + s·NR + j]
// (j < NR). It is packBRows' inner loop; amd64 runs it in assembly (packRows16),
// because the Go array copy here compiles to a call of runtime.memmove per 64 bytes
// (the two may overlap, as far as the compiler knows): 30% of a 16-row product's
// time.
func packRows16Go(dst, src []float32, dstStride, srcStride, strips, rows int) {
	for s := 0; s < strips; s++ {
		for l := 0; l < rows; l++ {
			v := *(*[gemmNR]float32)(src[l*srcStride+s*gemmNR:])
			*(*[gemmNR]float32)(dst[s*dstStride+l*gemmNR:]) = v
		}
	}
}

// packBPanel packs all of B[p0:p0+kc, j0:j0+nc] in one goroutine.
func packBPanel(dst []float32, b operand, p0, kc, j0, nc int) {
	if b.cs == 1 {
		packBRows(dst, b, p0, kc, j0, nc, 0, kc)
		return
	}
	for s := 0; s*gemmNR < nc; s++ {
		packBStrip(dst, b, p0, kc, j0, nc, s)
	}
}

// packBStrip writes strip s of B[p0:p0+kc, j0:j0+nc] (columns j0+s·NR …):
// dst[(s·kc + l)·NR + j] = B(p0 + l, j0 + s·NR + j), zero past the last column.
func packBStrip(dst []float32, b operand, p0, kc, j0, nc, s int) {
	d := dst[s*kc*gemmNR : (s+1)*kc*gemmNR]
	cols := min(gemmNR, nc-s*gemmNR)
	base := p0*b.rs + (j0+s*gemmNR)*b.cs
	if b.cs == 1 && cols == gemmNR { // row-major B: NR contiguous values per l
		for l := 0; l < kc; l++ {
			*(*[gemmNR]float32)(d[l*gemmNR:]) = *(*[gemmNR]float32)(b.d[base+l*b.rs:])
		}
		return
	}
	if b.cs == 1 {
		for l := 0; l < kc; l++ {
			o := d[l*gemmNR : l*gemmNR+gemmNR]
			copy(o, b.d[base+l*b.rs:base+l*b.rs+cols])
			clear(o[cols:])
		}
		return
	}
	// B stored transposed (NT: B(l, j) = w[j·K + l]): each column is contiguous.
	if cols < gemmNR {
		clear(d)
	}
	var rows4, cols4 int // a block done in assembly (amd64): 4×4 transposes
	if b.rs == 1 {
		rows4, cols4 = packBStripT(d, b.d[base:], b.cs, kc, cols)
	}
	for j := 0; j < cols; j++ {
		src := b.d[base+j*b.cs : base+j*b.cs+(kc-1)*b.rs+1]
		if b.rs == 1 {
			l0 := 0
			if j < cols4 {
				l0 = rows4
			}
			for l := l0; l < kc; l++ {
				d[l*gemmNR+j] = src[l]
			}
			continue
		}
		for l := 0; l < kc; l++ {
			d[l*gemmNR+j] = src[l*b.rs]
		}
	}
}

package kernels

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// The float32 products of MatMul, MatMulNT, MatMulTN and BatchedMatMulNT above a
// small size run on one cache-blocked GEMM, C[N,M] += A[N,K]·B[K,M], in the
// GotoBLAS/BLIS arrangement:
//
//	for each panel of NC columns of C: for each KC-slice of the inner dimension:
//	  pack B[KC, NC] into column strips of NR     (≈ 512 KiB: L2/L3, shared)
//	  for each block of MC rows, in parallel:
//	    pack A[MC, KC] into row strips of MR      (≈ 96 KiB: L2, per worker)
//	    for each NR strip of B (16 KiB, stays in L1): for each MR strip of A:
//	      micro-kernel: the MR×NR tile of C += strip(A)·strip(B)
//
// With fewer MC-row blocks than workers (a decode batch), gemmThin splits the
// columns over the workers instead.
//
// The operands are read through strides while packing, so the transposed forms
// (NT: B = wᵀ, TN: A = aᵀ) cost no transpose of a whole matrix. The micro-kernel
// (6×16, AVX2 + FMA assembly on amd64, a Go loop elsewhere) loads its C tile, adds
// the KC products one k at a time (a fused multiply-add each in the assembly), and
// stores the tile. So every element of C is the chain c += a_p·b_p for p = 0, 1, …,
// K−1 starting from its initial value, whatever the blocking, the split over
// goroutines and GOMAXPROCS: results are bit-identical run to run and across core
// counts (for one micro-kernel; the assembly and the Go loop round differently).

const (
	gemmMR = 6   // rows of the micro-tile
	gemmNR = 16  // columns of the micro-tile (two 8-lane registers)
	gemmKC = 256 // inner-dimension slice: an A strip (6 KiB) and a B strip (16 KiB) fit L1
	gemmMC = 96  // rows per block (one worker's unit), a multiple of MR: packed A is 96 KiB
	gemmNC = 512 // columns per panel, a multiple of NR: the packed B panel is 512 KiB
)

// operand is a matrix read through strides: element (r, c) is d[r·rs + c·cs].
type operand struct {
	d      []float32
	rs, cs int
}

// gemmABuf is one worker's packed A block and edge tile.
type gemmABuf struct {
	a [gemmMC * gemmKC]float32
	t [gemmMR * gemmNR]float32 // edge tiles
}

var (
	gemmAPool = sync.Pool{New: func() any { return new(gemmABuf) }}
	gemmBPool = sync.Pool{New: func() any { return new([gemmKC * gemmNC]float32) }}
)

// useGEMM says whether the blocked GEMM is worth it for an n×k·k×m product: the
// micro-tile is 6×16, so thinner products (a decode step's single row, LoRA's rank-r
// side) go to the row kernels, which do not pack.
func useGEMM(n, k, m int) bool { return n >= 8 && m >= 8 && k >= 4 }

// gemm32 adds A[n,k]·B[k,m] to C (row stride ldc), as described above. For each
// NC-column panel and KC-slice, the B panel is packed once (its strips split over
// the workers when large) and shared; the MC-row blocks then go to the workers, each
// packing its own A block. It uses up to GOMAXPROCS goroutines when parallel and the
// product is large enough.
func gemm32(c []float32, ldc int, a, b operand, n, k, m int, parallel bool) {
	if n == 0 || m == 0 || k == 0 {
		return
	}
	workers := 1
	if parallel {
		workers = min(runtime.GOMAXPROCS(0), max(1, n*k*m/(4*minWork)))
	}
	rowBlocks := (n + gemmMC - 1) / gemmMC
	if rowBlocks < workers && m >= 2*gemmNR {
		gemmThin(c, ldc, a, b, n, k, m, workers)
		return
	}
	bp := gemmBPool.Get().(*[gemmKC * gemmNC]float32)
	defer gemmBPool.Put(bp)
	for j0 := 0; j0 < m; j0 += gemmNC {
		nc := min(gemmNC, m-j0)
		strips := (nc + gemmNR - 1) / gemmNR
		for p0 := 0; p0 < k; p0 += gemmKC {
			kc := min(gemmKC, k-p0)
			packWorkers := 1
			if kc*nc >= 1<<16 { // ≥ 256 KiB to pack: worth a goroutine per core
				packWorkers = min(workers, strips)
			}
			if b.cs == 1 {
				rows := (kc + packWorkers - 1) / packWorkers
				runTasks(packWorkers, packWorkers, func(t int) { packBRows(bp[:], b, p0, kc, j0, nc, t*rows, min(kc, (t+1)*rows)) })
			} else {
				runTasks(packWorkers, strips, func(st int) { packBStrip(bp[:], b, p0, kc, j0, nc, st) })
			}
			runTasks(min(workers, rowBlocks), rowBlocks, func(t int) {
				ab := gemmAPool.Get().(*gemmABuf)
				i0 := t * gemmMC
				mc := min(gemmMC, n-i0)
				packA(ab.a[:], a, i0, mc, p0, kc)
				gemmMacro(c, ldc, ab.a[:], ab.t[:], bp[:], i0, mc, j0, nc, kc)
				gemmAPool.Put(ab)
			})
		}
	}
}

// gemmThin is gemm32 for products with fewer blocks of MC rows than workers (a
// decode batch of a few rows times a weight matrix): the columns are split instead.
// A (n < workers·MC rows, at most a few hundred KiB) is packed once, every K-slice,
// and shared; the columns go to the workers in chunks of whole NR strips (about four
// chunks per worker, at most NC columns), and each worker packs its chunk one K-slice
// at a time into its own buffer and multiplies it (B is read from memory once per
// call, by all cores together). Every element is still the one FMA chain over p = 0 …
// K−1, so the results equal gemm32's other path bit for bit.
func gemmThin(c []float32, ldc int, a, b operand, n, k, m, workers int) {
	slices := (k + gemmKC - 1) / gemmKC
	rowBlocks := (n + gemmMC - 1) / gemmMC
	blk := rowBlocks * gemmMC * gemmKC // one K-slice of packed A: all row blocks
	ap := getScratch(slices * blk)
	defer scratch.Put(ap)
	runTasks(min(workers, slices*rowBlocks), slices*rowBlocks, func(t int) {
		sl, rb := t/rowBlocks, t%rowBlocks
		p0, i0 := sl*gemmKC, rb*gemmMC
		packA((*ap)[sl*blk+rb*gemmMC*gemmKC:], a, i0, min(gemmMC, n-i0), p0, min(gemmKC, k-p0))
	})
	// Chunks: about four per worker for balance, whole strips, at most NC columns.
	strips := (m + gemmNR - 1) / gemmNR
	per := min(gemmNC/gemmNR, max(1, (strips+4*workers-1)/(4*workers)))
	chunks := (strips + per - 1) / per
	runTasks(min(workers, chunks), chunks, func(t int) {
		j0 := t * per * gemmNR
		nc := min(per*gemmNR, m-j0)
		var tile [gemmMR * gemmNR]float32
		bp := gemmBPool.Get().(*[gemmKC * gemmNC]float32)
		for p0 := 0; p0 < k; p0 += gemmKC {
			kc := min(gemmKC, k-p0)
			packBPanel(bp[:], b, p0, kc, j0, nc)
			for rb := 0; rb < rowBlocks; rb++ {
				i0 := rb * gemmMC
				as := (*ap)[(p0/gemmKC)*blk+rb*gemmMC*gemmKC:]
				gemmMacro(c, ldc, as, tile[:], bp[:], i0, min(gemmMC, n-i0), j0, nc, kc)
			}
		}
		gemmBPool.Put(bp)
	})
}

// runTasks calls fn(t) for every t < n, on w goroutines handing out t in turn (w ≤ 1:
// in the caller's goroutine, in order).
func runTasks(w, n int, fn func(t int)) {
	if w <= 1 {
		for t := 0; t < n; t++ {
			fn(t)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				t := int(next.Add(1) - 1)
				if t >= n {
					return
				}
				fn(t)
			}
		}()
	}
	wg.Wait()
}

// gemmMacro adds the packed A block (mc×kc) times the packed B panel (kc×nc) to the
// block of C at (i0, j0): B strips outer (each stays in L1), A strips inner.
func gemmMacro(c []float32, ldc int, ap, tile, bp []float32, i0, mc, j0, nc, kc int) {
	for jr := 0; jr < nc; jr += gemmNR {
		bs := bp[(jr/gemmNR)*kc*gemmNR:]
		cols := min(gemmNR, nc-jr)
		for ir := 0; ir < mc; ir += gemmMR {
			as := ap[(ir/gemmMR)*kc*gemmMR:]
			rows := min(gemmMR, mc-ir)
			ci := (i0+ir)*ldc + j0 + jr
			if cols == gemmNR && mc-ir >= 2*gemmMR && microKernel12(kc, as, bs, c[ci:], ldc) {
				ir += gemmMR // two strips done
				continue
			}
			if rows == gemmMR && cols == gemmNR {
				_ = c[ci+(gemmMR-1)*ldc+gemmNR-1] // the tile lies inside c
				microKernel(kc, as, bs, c[ci:], ldc)
				continue
			}
			t := tile
			for r := 0; r < rows; r++ {
				copy(t[r*gemmNR:r*gemmNR+cols], c[ci+r*ldc:ci+r*ldc+cols])
			}
			microKernel(kc, as, bs, t, gemmNR)
			for r := 0; r < rows; r++ {
				copy(c[ci+r*ldc:ci+r*ldc+cols], t[r*gemmNR:r*gemmNR+cols])
			}
		}
	}
}

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
			r0 := a.d[base : base+kc]
			r1 := a.d[base+a.rs : base+a.rs+kc]
			r2 := a.d[base+2*a.rs : base+2*a.rs+kc]
			r3 := a.d[base+3*a.rs : base+3*a.rs+kc]
			r4 := a.d[base+4*a.rs : base+4*a.rs+kc]
			r5 := a.d[base+5*a.rs : base+5*a.rs+kc]
			for l := range r0 {
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
func packATransposed(dst []float32, a operand, i0, mc, p0, kc int) {
	full := mc / gemmMR
	rem := mc - full*gemmMR
	for l := 0; l < kc; l++ {
		src := a.d[i0+(p0+l)*a.cs : i0+(p0+l)*a.cs+mc]
		for s := 0; s < full; s++ {
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
		for s := 0; s < full; s++ {
			for l := lb; l < le; l++ {
				src := (*[gemmNR]float32)(b.d[(p0+l)*b.rs+j0+s*gemmNR:])
				*(*[gemmNR]float32)(dst[(s*kc+l)*gemmNR:]) = *src
			}
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
	for j := 0; j < cols; j++ {
		src := b.d[base+j*b.cs : base+j*b.cs+(kc-1)*b.rs+1]
		if b.rs == 1 {
			for l, v := range src[:kc] {
				d[l*gemmNR+j] = v
			}
			continue
		}
		for l := 0; l < kc; l++ {
			d[l*gemmNR+j] = src[l*b.rs]
		}
	}
}

// microKernelGo is the portable micro-kernel: C[MR,NR] (row stride ldc) +=
// a-strip·b-strip over kc, one k at a time in increasing order per element (fused
// into one multiply-add where the compiler does so; the AVX2 kernel always does).
// It works on eight columns of one row at a time, in registers.
func microKernelGo(kc int, a, b, c []float32, ldc int) {
	a, b = a[:kc*gemmMR], b[:kc*gemmNR]
	for r := 0; r < gemmMR; r++ {
		for j0 := 0; j0 < gemmNR; j0 += 8 {
			o := c[r*ldc+j0 : r*ldc+j0+8]
			c0, c1, c2, c3, c4, c5, c6, c7 := o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7]
			for p := 0; p < kc; p++ {
				av := a[p*gemmMR+r]
				bp := b[p*gemmNR+j0 : p*gemmNR+j0+8]
				c0 += av * bp[0]
				c1 += av * bp[1]
				c2 += av * bp[2]
				c3 += av * bp[3]
				c4 += av * bp[4]
				c5 += av * bp[5]
				c6 += av * bp[6]
				c7 += av * bp[7]
			}
			o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7] = c0, c1, c2, c3, c4, c5, c6, c7
		}
	}
}

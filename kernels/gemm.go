package kernels

import (
	"runtime"
	"sync"
)

// The float32 products of MatMul, MatMulNT, MatMulTN and BatchedMatMulNT above a
// small size run on one cache-blocked GEMM, C[N,M] += A[N,K]·B[K,M], in the
// GotoBLAS/BLIS arrangement:
//
//	each worker owns a contiguous range of MR row strips of C, for the whole call
//	for each panel of NC columns of C: for each KC-slice of the inner dimension:
//	  pack B[KC, NC] into column strips of NR     (≤ 2 MiB: L3, shared; each
//	                                               worker packs a share of it)
//	  wait until every share is packed           (a counter per step, no join)
//	  for each of the worker's row blocks (≤ MC rows):
//	    pack A[rows, KC] into row strips of MR    (≤ 96 KiB: L2, per worker)
//	    for each NR strip of B (16 KiB, stays in L1): for each MR strip of A:
//	      micro-kernel: the MR×NR tile of C += strip(A)·strip(B)
//
// NC is 2048 (a 3072-wide product: two panels, A packed twice per K-slice; 512-column
// panels packed it six times). The workers are started once per product (gemmRows)
// and the B panels alternate between two buffers, so a worker never waits for a
// goroutine start or join, only for the other workers' shares of the next panel.
// Before (issue 17), each panel and slice started the workers and joined them
// (runPhased), and the row tasks were handed out in turn: at two threads the wide
// products ran at 0.75–0.88× OpenBLAS, 1.5–1.7× their one-thread speed; with
// persistent workers and C set to its start value by the worker that owns each block
// (cStart, where the callers cleared C in one goroutine first) 1024×128×2048 and
// 1024×768×3072 take 15% and 9% less time at two threads (docs/kernels.md). Each worker
// has the same number of strips (±1), split into blocks of whole MR strips of at most
// MC rows (rowTasks: 85 strips make 6 blocks of 14–15). The remainder strip of 4 rows
// (1024 = 6·170 + 4, a 16-row batch = 6 + 6 + 4) runs a 4-row kernel instead of a
// padded 6-row one.
//
// With fewer MC-row blocks than workers, or a single block (a decode batch),
// gemmThin splits the columns over the workers instead, each packing its own
// chunk of B into L2.
//
// The operands are read through strides while packing, so the transposed forms
// (NT: B = wᵀ, TN: A = aᵀ) cost no transpose of a whole matrix. On amd64 the
// packing loops of A (row-major: 4×4 transposes; TN: 24-byte row copies, rows
// prefetched ahead) and of a transposed B (4×4 transposes) are SSE assembly
// (gemm_pack_amd64.s; the Go loops remain the portable path and the reference,
// TestPackA, TestPackBStripTransposed). The micro-kernel
// (6×16, AVX2 + FMA assembly on amd64, a Go loop elsewhere) loads its C tile, adds
// the KC products one k at a time (a fused multiply-add each in the assembly), and
// stores the tile. So every element of C is the chain c += a_p·b_p for p = 0, 1, …,
// K−1 starting from its initial value, whatever the blocking, the split over
// goroutines and GOMAXPROCS: results are bit-identical run to run and across core
// counts (for one micro-kernel; the assembly and the Go loop round differently; the
// 4-row and 12-row assembly kernels compute the same chain as the 6-row one).

const (
	gemmMR = 6    // rows of the micro-tile
	gemmNR = 16   // columns of the micro-tile (two 8-lane registers)
	gemmKC = 256  // inner-dimension slice: an A strip (6 KiB) and a B strip (16 KiB) fit L1
	gemmMC = 96   // most rows per task, a multiple of MR: packed A is at most 96 KiB
	gemmNC = 2048 // columns per panel, a multiple of NR: the packed B panel is up to 2 MiB
	thinNC = 512  // most columns per gemmThin chunk: its packed B is 512 KiB (L2)
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
	gemmBPool = sync.Pool{New: func() any { return new([gemmKC * thinNC]float32) }} // panels of ≤ 512 columns
	gemmWide  = sync.Pool{New: func() any { return new([gemmKC * gemmNC]float32) }} // wider panels, to NC
)

// getPanel returns a buffer of at least n floats for a packed B panel (n ≤ KC·NC)
// and the function that gives it back: panels of up to 512 columns (and gemmThin's
// chunks) share the 512 KiB buffers, wider ones take a 2 MiB one.
func getPanel(n int) ([]float32, func()) {
	if n <= gemmKC*thinNC {
		p := gemmBPool.Get().(*[gemmKC * thinNC]float32)
		return p[:], func() { gemmBPool.Put(p) }
	}
	p := gemmWide.Get().(*[gemmKC * gemmNC]float32)
	return p[:], func() { gemmWide.Put(p) }
}

// useGEMM says whether the blocked GEMM is worth it for an n×k·k×m product: the
// micro-tile is 6×16, so thinner products (a decode step's single row, LoRA's rank-r
// side) go to the row kernels, which do not pack.
func useGEMM(n, k, m int) bool { return n >= 8 && m >= 8 && k >= 4 }

// cStart says what C starts from: its contents (the zero value: accumulate), or,
// with set, the bias row (zero where bias is nil) in every row. gemm32 writes the
// start value into each block of C just before that block's first K-slice, in the
// goroutine that computes the block, so the start costs no serial pass over C (the
// callers cleared or filled all of C in one goroutine before: 0.09 ms of a 3 ms
// 1024×128×2048 product at two threads) and C is in cache when the first micro-kernel
// loads it. Each element still starts from the same value, so the bits are those of
// the earlier clear-then-accumulate.
type cStart struct {
	set  bool
	bias []float32 // m values, or nil for zero
}

// fill writes the start value into rows i0 ≤ i < i0+mc, columns j0 ≤ j < j0+nc of C
// (nothing unless set).
func (s cStart) fill(c []float32, ldc, i0, mc, j0, nc int) {
	if !s.set {
		return
	}
	for i := i0; i < i0+mc; i++ {
		row := c[i*ldc+j0 : i*ldc+j0+nc]
		if s.bias == nil {
			clear(row)
		} else {
			copy(row, s.bias[j0:j0+nc])
		}
	}
}

// gemm32 sets C (row stride ldc) to its start value and adds A[n,k]·B[k,m], as
// described above: the row split (gemmRows), or the column split (gemmThin) for
// products of fewer MC-row blocks than workers or of one block. It uses up to
// GOMAXPROCS goroutines when parallel and the product is large enough.
func gemm32(c []float32, ldc int, a, b operand, n, k, m int, parallel bool, start cStart) {
	if n == 0 || m == 0 {
		return
	}
	if k == 0 {
		start.fill(c, ldc, 0, n, 0, m)
		return
	}
	workers := 1
	if parallel {
		workers = min(runtime.GOMAXPROCS(0), max(1, n*k*m/(4*minWork)))
	}
	if colsSplit(n, m, workers) {
		gemmThin(c, ldc, a, b, n, k, m, workers, start)
		return
	}
	gemmRows(c, ldc, a, b, n, k, m, workers, start)
}

// colsSplit says whether gemm32 splits the columns (gemmThin) rather than the rows
// for an n×k·k×m product on the given number of workers: with at least two strips
// of columns, where there are fewer MC-row blocks than workers or just one.
func colsSplit(n, m, workers int) bool {
	rowBlocks := (n + gemmMC - 1) / gemmMC
	return m >= 2*gemmNR && (rowBlocks < workers || rowBlocks == 1)
}

// gemmRows is gemm32's row split on the given number of workers, started once for
// the whole product. Worker w owns the MR strips [w·S/W, (w+1)·S/W) of the S strips
// of C, in blocks of at most MC rows (rowTasks), for every panel and K-slice. The
// (panel, slice) steps run in order; at each step every worker packs its share of
// the B panel (rows of B, or strips of a transposed B; all of it in worker 0 when
// the panel is small) into one of two buffers, waits until every share is in (a
// counter per step: no goroutine start or join), then multiplies its blocks by the
// panel, packing each block of A itself. The two buffers alternate, so a worker
// that finishes a step early packs its share of the next one while the others still
// read the current one; before packing into a buffer it waits until every worker is
// done with the step that last used it. With one worker this is the plain loop:
// pack the panel, then multiply the blocks.
func gemmRows(c []float32, ldc int, a, b operand, n, k, m, workers int, start cStart) {
	slices := (k + gemmKC - 1) / gemmKC
	steps := (m + gemmNC - 1) / gemmNC * slices
	bufs := min(2, steps, workers) // one buffer suffices for one worker or one step
	var panels [2][]float32
	for i := range bufs {
		bp, put := getPanel(min(k, gemmKC) * ((min(m, gemmNC) + gemmNR - 1) / gemmNR * gemmNR)) // whole strips
		defer put()
		panels[i] = bp
	}
	var packed, used *stepCounts
	if workers > 1 {
		packed, used = newStepCounts(steps, workers), newStepCounts(steps, workers)
	}
	strips := (n + gemmMR - 1) / gemmMR
	runWorkers(workers, func(w int) {
		s0, s1 := w*strips/workers, (w+1)*strips/workers
		ns := s1 - s0
		blocks := rowTasks(ns*gemmMR, 1)
		ab := gemmAPool.Get().(*gemmABuf)
		defer gemmAPool.Put(ab)
		for st := 0; st < steps; st++ {
			j0, p0 := st/slices*gemmNC, st%slices*gemmKC
			nc, kc := min(gemmNC, m-j0), min(gemmKC, k-p0)
			bp := panels[st%bufs]
			if workers > 1 && st >= bufs {
				used.wait(st - bufs) // every worker done with this buffer's last step
			}
			packShare(bp, b, p0, kc, j0, nc, w, workers)
			if workers > 1 {
				packed.done(st)
				packed.wait(st)
			}
			for blk := 0; blk < blocks && ns > 0; blk++ {
				i0 := (s0 + blk*ns/blocks) * gemmMR
				i1 := min(n, (s0+(blk+1)*ns/blocks)*gemmMR)
				packA(ab.a[:], a, i0, i1-i0, p0, kc)
				if p0 == 0 {
					start.fill(c, ldc, i0, i1-i0, j0, nc)
				}
				gemmMacro(c, ldc, ab.a[:], ab.t[:], bp, i0, i1-i0, j0, nc, kc)
			}
			if workers > 1 {
				used.done(st)
			}
		}
	})
}

// packShare packs worker w's share of B[p0:p0+kc, j0:j0+nc] for gemmRows: with a
// row-major B a range of its rows, otherwise a range of strips, split over the
// workers when there are at least 128 KiB to pack and done by worker 0 alone below
// that (a goroutine's share would cost less than handing it out).
func packShare(dst []float32, b operand, p0, kc, j0, nc, w, workers int) {
	bstrips := (nc + gemmNR - 1) / gemmNR
	parts := 1
	if kc*nc >= 1<<15 {
		parts = min(workers, bstrips)
	}
	if w >= parts {
		return
	}
	if b.cs == 1 {
		packBRows(dst, b, p0, kc, j0, nc, w*kc/parts, (w+1)*kc/parts)
		return
	}
	for s := w * bstrips / parts; s < (w+1)*bstrips/parts; s++ {
		packBStrip(dst, b, p0, kc, j0, nc, s)
	}
}

// rowTasks is how many row tasks gemm32 splits n rows into for the given number of
// workers: task t covers the MR strips t·S/T ≤ s < (t+1)·S/T (S strips in all, T
// tasks), so tasks differ by at most one strip; T is the fewest that keeps every task
// within MC rows, rounded up to a multiple of the workers (with 1024 rows and two
// workers: 12 tasks of 14 or 15 strips, where 96-row blocks gave 11, one worker
// doing six of them and the other five).
func rowTasks(n, workers int) int {
	strips := (n + gemmMR - 1) / gemmMR
	t := (strips + gemmMC/gemmMR - 1) / (gemmMC / gemmMR)
	t = (t + workers - 1) / workers * workers
	return max(1, min(t, strips))
}

// gemmThin is gemm32 for products with fewer blocks of MC rows than workers, or
// just one (a decode batch of a few rows times a weight matrix): the columns are
// split instead. A (n < max(workers, 2)·MC rows, at most a few hundred KiB) is
// packed once, every K-slice, and shared; the columns go to the workers in chunks of
// whole NR strips (about four chunks per worker, at most thinNC columns), and each
// worker packs its chunk one K-slice at a time into its own buffer (L2), sets the
// chunk's C to its start value before the first slice, and multiplies it (B is read
// from memory once per call, by all cores together). Every element is still the one
// FMA chain over p = 0 … K−1, so the results equal gemmRows' bit for bit.
func gemmThin(c []float32, ldc int, a, b operand, n, k, m, workers int, start cStart) {
	slices := (k + gemmKC - 1) / gemmKC
	rowBlocks := (n + gemmMC - 1) / gemmMC
	blk := rowBlocks * gemmMC * gemmKC // one K-slice of packed A: all row blocks
	ap := getScratch(slices * blk)
	defer scratch.Put(ap)
	packs := func(t int) {
		sl, rb := t/rowBlocks, t%rowBlocks
		p0, i0 := sl*gemmKC, rb*gemmMC
		packA((*ap)[sl*blk+rb*gemmMC*gemmKC:], a, i0, min(gemmMC, n-i0), p0, min(gemmKC, k-p0))
	}
	// Chunks: about four per worker for balance, whole strips, at most thinNC columns.
	strips := (m + gemmNR - 1) / gemmNR
	per := min(thinNC/gemmNR, max(1, (strips+4*workers-1)/(4*workers)))
	chunks := (strips + per - 1) / per
	runPhased(workers, slices*rowBlocks, chunks, packs, func(t int) {
		j0 := t * per * gemmNR
		nc := min(per*gemmNR, m-j0)
		var tile [gemmMR * gemmNR]float32
		bp := gemmBPool.Get().(*[gemmKC * thinNC]float32)
		for p0 := 0; p0 < k; p0 += gemmKC {
			kc := min(gemmKC, k-p0)
			packBPanel(bp[:], b, p0, kc, j0, nc)
			for rb := 0; rb < rowBlocks; rb++ {
				i0 := rb * gemmMC
				mc := min(gemmMC, n-i0)
				if p0 == 0 {
					start.fill(c, ldc, i0, mc, j0, nc)
				}
				as := (*ap)[(p0/gemmKC)*blk+rb*gemmMC*gemmKC:]
				gemmMacro(c, ldc, as, tile[:], bp[:], i0, mc, j0, nc, kc)
			}
		}
		gemmBPool.Put(bp)
	})
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
			if rows == 4 && cols == gemmNR && microKernel4(kc, as, bs, c[ci:], ldc) {
				continue // the last strip of 1024 or 16 rows: no padding rows computed
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

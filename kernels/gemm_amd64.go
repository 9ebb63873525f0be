//go:build amd64 && !purego

package kernels

import (
	"os"

	"golang.org/x/sys/cpu"
)

// useAVX2 selects the assembly micro-kernel (AVX2 and FMA present and enabled by
// the OS); tests switch it off to run the portable kernel.
var useAVX2 = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// sgemm6x16 is microKernelGo in AVX2 + FMA assembly: it loads the 6×16 tile of C at
// c (row stride ldc floats), adds Σ_p a[p·6+r]·b[p·16+j] with one VFMADD231PS per k,
// and stores the tile. kc ≥ 0; a, b and the tile must be valid for their extents.
//
//go:noescape
func sgemm6x16(kc int, a, b, c *float32, ldc int)

func microKernel(kc int, a, b, c []float32, ldc int) {
	if kc == 0 {
		return
	}
	if !useAVX2 {
		microKernelGo(kc, a, b, c, ldc)
		return
	}
	_ = a[kc*gemmMR-1]
	_ = b[kc*gemmNR-1]
	_ = c[(gemmMR-1)*ldc+gemmNR-1]
	sgemm6x16(kc, &a[0], &b[0], &c[0], ldc)
}

// useAVX512 selects sgemm12x16z for pairs of full A strips (AVX-512F present and
// enabled by the OS, and not switched off: see avx512Default).
var useAVX512 = avx512Default && hasAVX512

// hasAVX512 says whether the CPU and OS support the AVX-512 kernel.
var hasAVX512 = cpu.X86.HasAVX512F && useAVX2

// avx512Default is whether the AVX-512 kernel is used where the CPU has it. It is
// off: on this project's machine (AMD Zen 4, whose 512-bit FMAs run as two 256-bit
// halves) it measured no faster than the AVX2 kernel (docs/kernels.md); set
// POA_AVX512=1 to try it elsewhere.
var avx512Default = os.Getenv("POA_AVX512") == "1"

// sgemm12x16z is two sgemm6x16 calls in one (rows 0-5 from the A strip at a, rows
// 6-11 from the next one at a + kc·6), in AVX-512 with one 16-lane register per
// row: bit-identical results, half the instructions.
//
//go:noescape
func sgemm12x16z(kc int, a, b, c *float32, ldc int)

// microKernel12 is microKernel on a 12×16 tile from two adjacent A strips; it
// reports false (doing nothing) when the AVX-512 kernel is not in use.
func microKernel12(kc int, a, b, c []float32, ldc int) bool {
	if !useAVX512 || kc == 0 {
		return false
	}
	_ = a[2*kc*gemmMR-1]
	_ = b[kc*gemmNR-1]
	_ = c[(2*gemmMR-1)*ldc+gemmNR-1]
	sgemm12x16z(kc, &a[0], &b[0], &c[0], ldc)
	return true
}

// packRows16 is packRows16Go in assembly (SSE moves, no call per run). The
// caller has checked the extents.
//
//go:noescape
func packRows16(dst *float32, dstStride int, src *float32, srcStride int, strips, rows int)

func packRows(dst, src []float32, dstStride, srcStride, strips, rows int) {
	if strips <= 0 || rows <= 0 {
		return
	}
	_ = dst[(strips-1)*dstStride+rows*gemmNR-1]
	_ = src[(rows-1)*srcStride+strips*gemmNR-1]
	packRows16(&dst[0], dstStride, &src[0], srcStride, strips, rows)
}

// sgemm4x16 is sgemm6x16 on the first four rows of an A strip (the tile of C is 4×16).
//
//go:noescape
func sgemm4x16(kc int, a, b, c *float32, ldc int)

// microKernel4 is microKernel on the first four rows of the A strip and a 4×16 tile
// of C; it reports false (doing nothing) when the assembly kernels are not in use.
func microKernel4(kc int, a, b, c []float32, ldc int) bool {
	if !useAVX2 || kc == 0 {
		return false
	}
	_ = a[kc*gemmMR-1]
	_ = b[kc*gemmNR-1]
	_ = c[3*ldc+gemmNR-1]
	sgemm4x16(kc, &a[0], &b[0], &c[0], ldc)
	return true
}

// packAsm selects the assembly A packing (packATFull, packAStrip6) where useAVX2
// is set; benchmarks switch it off to time the Go loops beside the same micro-kernel.
var packAsm = true

// packATrans is packATransposed's full strips in assembly (gemm_pack_amd64.s):
// dst[(s·kc + l)·MR + r] = src[l·srcStride + s·MR + r] for l < kc, s < strips, r < MR.
//
//go:noescape
func packATrans(dst, src *float32, srcStride, strips, kc int)

// packATFull runs packATrans after checking the extents; it reports false (doing
// nothing) when the assembly kernels are not in use.
func packATFull(dst, src []float32, srcStride, strips, kc int) bool {
	if !useAVX2 || !packAsm {
		return false
	}
	if strips <= 0 || kc <= 0 {
		return true
	}
	_ = dst[strips*kc*gemmMR-1]
	_ = src[(kc-1)*srcStride+strips*gemmMR-1]
	packATrans(&dst[0], &src[0], srcStride, strips, kc)
	return true
}

// packA6Rows is packA's full strip of a row-major A in assembly (gemm_pack_amd64.s):
// dst[l·MR + r] = src[r·ld + l] for r < MR, l < kc4 (a multiple of 4).
//
//go:noescape
func packA6Rows(dst, src *float32, ld, kc4 int)

// packAStrip6 packs the first kc &^ 3 columns of a full strip of six rows of a
// row-major A (row stride ld) with packA6Rows and returns how many it packed: none
// when the assembly kernels are not in use.
func packAStrip6(dst, src []float32, ld, kc int) int {
	kc4 := kc &^ 3
	if !useAVX2 || !packAsm || kc4 == 0 {
		return 0
	}
	_ = dst[kc4*gemmMR-1]
	_ = src[(gemmMR-1)*ld+kc4-1]
	packA6Rows(&dst[0], &src[0], ld, kc4)
	return kc4
}

// packBTrans is packBStrip's transposed-B case in assembly (gemm_pack_amd64.s):
// dst[l·NR + 4g + c] = src[(4g + c)·ld + l] for g < groups, c < 4, l < kc4 (a
// multiple of 4).
//
//go:noescape
func packBTrans(dst, src *float32, ld, kc4, groups int)

// packBStripT packs the first kc &^ 3 rows of the first cols &^ 3 columns of a strip
// of a B stored transposed (column j at src[j·ld …]) with packBTrans and returns the
// rows and columns it did: none when the assembly kernels are not in use.
func packBStripT(dst, src []float32, ld, kc, cols int) (rows, done int) {
	kc4, g := kc&^3, cols/4
	if !useAVX2 || !packAsm || kc4 == 0 || g == 0 {
		return 0, 0
	}
	_ = dst[(kc4-1)*gemmNR+4*g-1]
	_ = src[(4*g-1)*ld+kc4-1]
	packBTrans(&dst[0], &src[0], ld, kc4, g)
	return kc4, 4 * g
}

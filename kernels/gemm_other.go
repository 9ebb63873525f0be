//go:build !amd64 || purego

package kernels

// useAVX2 is false where the assembly kernel is not built.
var useAVX2 = false

func microKernel(kc int, a, b, c []float32, ldc int) { microKernelGo(kc, a, b, c, ldc) }

// useAVX512 is false where the assembly kernels are not built.
var useAVX512, hasAVX512 = false, false

func microKernel12(kc int, a, b, c []float32, ldc int) bool { return false }

func packRows(dst, src []float32, dstStride, srcStride, strips, rows int) {
	packRows16Go(dst, src, dstStride, srcStride, strips, rows)
}

func microKernel4(kc int, a, b, c []float32, ldc int) bool { return false }

// packAsm is the switch of the assembly A packing where it is built.
var packAsm = false

func packATFull(dst, src []float32, srcStride, strips, kc int) bool { return false }

func packAStrip6(dst, src []float32, ld, kc int) int { return 0 }

func packBStripT(dst, src []float32, ld, kc, cols int) (rows, done int) { return 0, 0 }

//go:build amd64 && !purego

package kernels

import "golang.org/x/sys/cpu"

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

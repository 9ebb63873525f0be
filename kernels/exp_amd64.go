//go:build amd64 && !purego

package kernels

// expBlockAVX2 sets dst[i] = expFast(src[i]) for i < n (n a multiple of 4), four
// lanes at a time with the same operations in the same order as expFast (no fused
// multiply-adds), so the results are bit-identical to it.
//
//go:noescape
func expBlockAVX2(dst, src *float64, n int)

// expBlock sets dst[i] = expFast(src[i]) for every i < len(src); dst may be src.
func expBlock(dst, src []float64) {
	dst = dst[:len(src)]
	n := len(src) &^ 3
	if useAVX2 && n > 0 {
		expBlockAVX2(&dst[0], &src[0], n)
	} else {
		n = 0
	}
	for i := n; i < len(src); i++ {
		dst[i] = expFast(src[i])
	}
}

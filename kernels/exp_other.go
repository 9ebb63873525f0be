//go:build !amd64 || purego

package kernels

// expBlock sets dst[i] = expFast(src[i]) for every i < len(src); dst may be src.
func expBlock(dst, src []float64) {
	dst = dst[:len(src)]
	for i, v := range src {
		dst[i] = expFast(v)
	}
}

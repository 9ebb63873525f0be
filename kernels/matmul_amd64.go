//go:build amd64 && !purego

package kernels

// colSum32AVX2 is ColSum's loop on the first m columns (a multiple of 8) of x's n
// rows (row stride ld), eight columns per register (matmul_amd64.s).
//
//go:noescape
func colSum32AVX2(out, x *float32, n, m, ld int)

// colSum64AVX2 is colSum32AVX2 for float64, four columns per register; m is a
// multiple of 4.
//
//go:noescape
func colSum64AVX2(out, x *float64, n, m, ld int)

// colSumLanes runs ColSum's loop in assembly on the widest prefix of columns that
// fills whole registers and returns its width (0 without AVX2: the Go loop does all).
func colSumLanes[T Float](out, x []T, n, m int) int {
	if !useAVX2 || n == 0 {
		return 0
	}
	switch o := any(out).(type) {
	case []float32:
		w := m &^ 7
		if w > 0 {
			colSum32AVX2(&o[0], &any(x).([]float32)[0], n, w, m)
		}
		return w
	case []float64:
		w := m &^ 3
		if w > 0 {
			colSum64AVX2(&o[0], &any(x).([]float64)[0], n, w, m)
		}
		return w
	}
	return 0
}

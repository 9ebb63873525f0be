//go:build !amd64 || purego

package kernels

// Without the assembly (rows_amd64.go) the helpers do nothing and return 0: the
// callers' Go loops do every element.

func gelu4(out, x []float32) int                                             { return 0 }
func geluBackward4(dx, dout, x []float32, set bool) int                      { return 0 }
func expSum4(x []float32, shift float64, sums *[4]float64) int               { return 0 }
func expShift4(dst, x []float32, shift, scale float64) int                   { return 0 }
func expStore4(x []float32, shift float64) (int, float64)                    { return 0, 0 }
func scale4(x []float32, s float64) int                                      { return 0 }
func adamW4(p, g, m, v []float32, decay []bool, k *[9]float64) int           { return 0 }
func sum4(x []float32, sums *[4]float64) int                                 { return 0 }
func sqDev4(x []float32, mu float64, sums *[4]float64) int                   { return 0 }
func lnAffine8(out, x, w, b []float32, m, r float32) int                     { return 0 }
func lnBackward8(dx, dw, db, dout, x, w []float32, m, r, s1, s2 float32) int { return 0 }
func max8(x []float32) (float32, bool)                                       { return 0, false }
func add8(dst, a, b []float32) int                                           { return 0 }

// useAVX512Rows is false where the assembly is not built.
var useAVX512Rows = false

package kernels

import "fmt"

// Float is the element type of the kernels.
type Float interface{ ~float32 | ~float64 }

// Ops is the set of kernels the engine needs, behind one interface so that a device
// backend (package kernels/cuda) can stand in for the pure-Go one. Every method has
// the semantics of the package function of the same name; shapes are in the
// argument order of that function's documentation. All slices are host memory.
// Implementations must be safe for concurrent use.
type Ops[T Float] interface {
	// MatMul: out[N,M] = x[N,K]·w[K,M] (+ bias[M] when bias is non-nil).
	MatMul(out, x, w, bias []T, n, k, m int)
	// MatMulNT: out[N,M] (+)= x[N,K]·w[M,K]ᵀ; accumulates into out when acc.
	MatMulNT(out, x, w []T, n, k, m int, acc bool)
	// MatMulTN: out[K,M] += a[N,K]ᵀ·b[N,M].
	MatMulTN(out, a, b []T, n, k, m int)
	// BatchedMatMulNT: for each b < batch, out_b[N,M] = x_b[N,K]·w_b[M,K]ᵀ, where
	// x_b = x[b·sx:], w_b = w[b·sw:], out_b = out[b·so:] (element strides).
	BatchedMatMulNT(out, x, w []T, batch, n, k, m, sx, sw, so int)
	// LayerNorm over the N rows of x[N,C] (see LayerNorm).
	LayerNorm(out, mean, rstd, x, w, b []T, n, c int, eps float64)
	// LayerNormBackward accumulates dx, dw, db (see LayerNormBackward).
	LayerNormBackward(dx, dw, db, dout, x, w, mean, rstd []T, n, c int)
	// GELU elementwise, tanh approximation (see GELU).
	GELU(out, x []T)
	// GELUBackward: dx += dout·GELU'(x) (see GELUBackward).
	GELUBackward(dx, dout, x []T)
	// Softmax of each row of x[N,M], in place (see Softmax).
	Softmax(x []T, n, m int)
	// AdamW: one optimizer step over params (see AdamW).
	AdamW(params, grads, m, v []T, decay []bool, lr, beta1, beta2, eps, wd float64, step int)
	// ScoreRows: scores[Q,N] = q[Q,K]·g[N,K]ᵀ, the sketch-scan dot products (see ScoreRows).
	ScoreRows(scores, q, g []T, nq, n, k int)
}

// Default is the Ops the engine uses: its products call the package functions of the
// same name, so they go to the accelerator set by Accelerate (when one is active and
// the product is big enough); everything else is CPU's.
type Default[T Float] struct{ CPU[T] }

var _ Ops[float32] = Default[float32]{}

// MatMul implements Ops.
func (Default[T]) MatMul(out, x, w, bias []T, n, k, m int) { MatMul(out, x, w, bias, n, k, m) }

// MatMulNT implements Ops.
func (Default[T]) MatMulNT(out, x, w []T, n, k, m int, acc bool) { MatMulNT(out, x, w, n, k, m, acc) }

// MatMulTN implements Ops.
func (Default[T]) MatMulTN(out, a, b []T, n, k, m int) { MatMulTN(out, a, b, n, k, m) }

// BatchedMatMulNT implements Ops.
func (Default[T]) BatchedMatMulNT(out, x, w []T, batch, n, k, m, sx, sw, so int) {
	BatchedMatMulNT(out, x, w, batch, n, k, m, sx, sw, so)
}

// ScoreRows implements Ops.
func (Default[T]) ScoreRows(scores, q, g []T, nq, n, k int) { ScoreRows(scores, q, g, nq, n, k) }

// CPU is the pure-Go implementation of Ops: each method calls the package function
// of the same name, on the CPU, whatever accelerator is active.
type CPU[T Float] struct{}

var _ Ops[float32] = CPU[float32]{}

// MatMul implements Ops.
func (CPU[T]) MatMul(out, x, w, bias []T, n, k, m int) { cpuMatMul(out, x, w, bias, n, k, m) }

// MatMulNT implements Ops.
func (CPU[T]) MatMulNT(out, x, w []T, n, k, m int, acc bool) { cpuMatMulNT(out, x, w, n, k, m, acc) }

// MatMulTN implements Ops.
func (CPU[T]) MatMulTN(out, a, b []T, n, k, m int) { cpuMatMulTN(out, a, b, n, k, m) }

// BatchedMatMulNT implements Ops.
func (CPU[T]) BatchedMatMulNT(out, x, w []T, batch, n, k, m, sx, sw, so int) {
	cpuBatchedMatMulNT(out, x, w, batch, n, k, m, sx, sw, so)
}

// LayerNorm implements Ops.
func (CPU[T]) LayerNorm(out, mean, rstd, x, w, b []T, n, c int, eps float64) {
	LayerNorm(out, mean, rstd, x, w, b, n, c, eps)
}

// LayerNormBackward implements Ops.
func (CPU[T]) LayerNormBackward(dx, dw, db, dout, x, w, mean, rstd []T, n, c int) {
	LayerNormBackward(dx, dw, db, dout, x, w, mean, rstd, n, c)
}

// GELU implements Ops.
func (CPU[T]) GELU(out, x []T) { GELU(out, x) }

// GELUBackward implements Ops.
func (CPU[T]) GELUBackward(dx, dout, x []T) { GELUBackward(dx, dout, x) }

// Softmax implements Ops.
func (CPU[T]) Softmax(x []T, n, m int) { Softmax(x, n, m) }

// AdamW implements Ops.
func (CPU[T]) AdamW(params, grads, m, v []T, decay []bool, lr, beta1, beta2, eps, wd float64, step int) {
	AdamW(params, grads, m, v, decay, lr, beta1, beta2, eps, wd, step)
}

// ScoreRows implements Ops.
func (CPU[T]) ScoreRows(scores, q, g []T, nq, n, k int) { cpuScoreRows(scores, q, g, nq, n, k) }

func need[T Float](name string, s []T, n int) {
	if n < 0 || len(s) < n {
		panic(fmt.Errorf("%w: %s has %d elements, shape needs %d", ErrShape, name, len(s), n))
	}
}

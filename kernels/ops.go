package kernels

import "fmt"

// Float is the element type of the kernels.
type Float interface{ ~float32 | ~float64 }

// Ops is the set of kernels the model needs, behind one interface so that a GPU
// backend can replace the pure-Go one. Shapes are in the argument order of each
// method's documentation. Implementations must be safe for concurrent use.
type Ops[T Float] interface {
	// MatMul: out[N,M] = x[N,K]·w[K,M] (+ bias[M] when bias is non-nil).
	MatMul(out, x, w, bias []T, n, k, m int)
	// MatMulNT: out[N,M] (+)= x[N,K]·w[M,K]ᵀ; accumulates into out when acc.
	MatMulNT(out, x, w []T, n, k, m int, acc bool)
	// MatMulTN: out[K,M] += a[N,K]ᵀ·b[N,M].
	MatMulTN(out, a, b []T, n, k, m int)
}

// CPU is the pure-Go implementation of Ops.
type CPU[T Float] struct{}

// MatMul implements Ops by calling the package function MatMul.
func (CPU[T]) MatMul(out, x, w, bias []T, n, k, m int) { MatMul(out, x, w, bias, n, k, m) }

// MatMulNT implements Ops by calling the package function MatMulNT.
func (CPU[T]) MatMulNT(out, x, w []T, n, k, m int, acc bool) { MatMulNT(out, x, w, n, k, m, acc) }

// MatMulTN implements Ops by calling the package function MatMulTN.
func (CPU[T]) MatMulTN(out, a, b []T, n, k, m int) { MatMulTN(out, a, b, n, k, m) }

func need[T Float](name string, s []T, n int) {
	if n < 0 || len(s) < n {
		panic(fmt.Errorf("%w: %s has %d elements, shape needs %d", ErrShape, name, len(s), n))
	}
}

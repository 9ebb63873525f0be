// Package kernels holds poa's numeric kernels: the dense loops that the GPT-2 forward
// pass (package inference), its backward pass and the optimizer (package gradients)
// spend their time in.
//
// # Contract
//
// Every kernel is documented by the naive loop it computes, and the tests check each
// fast version against that loop on odd shapes, with guard regions (NaN-filled slack
// around the output) that catch stray writes. All matrices are dense and row-major;
// a matrix "[N, K]" is a slice of at least N·K elements, element (i, k) at i·K+k.
//
// Kernels are generic over the element type (float32 for serving and training,
// float64 for the reference path that gradient checks use). The Ops interface is
// the seam for other backends: CPU is the pure-Go implementation (goroutine-parallel
// over output rows, register-blocked over four rows at a time); a CUDA
// implementation behind the build tag `cuda` can implement Ops[float32].
//
// Determinism: every output element is computed by one goroutine in a fixed order,
// so results are bit-identical from run to run and do not depend on GOMAXPROCS.
//
// # Errors
//
// Kernels never return errors. A slice shorter than its stated shape is a programmer
// error and panics with ErrShape.
package kernels

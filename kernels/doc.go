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
// the seam for other backends: CPU is the pure-Go implementation; package
// kernels/cuda implements Ops[float32] on a GPU. Accelerate makes the package's
// float32 products (MatMul, MatMulNT, MatMulTN, BatchedMatMulNT, ScoreRows) go to
// such a backend for every caller (the CLI's --device cuda); Default is the Ops that
// follows that choice, CPU the one that ignores it.
//
// # The CPU backend
//
// Float32 products (MatMul, MatMulNT, MatMulTN, BatchedMatMulNT) with both output
// dimensions ≥ 8 run on one cache-blocked GEMM (gemm.go): operands are packed per
// block through strides, so the transposed forms cost no whole-matrix transpose, and
// a 6×16 micro-kernel (AVX2 + FMA assembly on amd64 when the CPU has both; a Go loop
// otherwise, and under Go's assembly-free `purego` build tag) does the arithmetic; each packed B panel
// is shared by the blocks of 96 output rows, which are spread over GOMAXPROCS
// goroutines; with fewer blocks than goroutines (a decode batch) the column strips are
// split instead. An AVX-512 kernel (12×16, bit-identical to the AVX2 one) is built in
// but used only with POA_AVX512=1: it measured no faster on Zen 4. Thin products (a
// decode step's single row, rank-r LoRA factors) use unpacked SIMD rows. Float64 runs plain Go loops, register-blocked over four rows.
// ScoreRows is one SIMD dot product per (query, row), TopK a bounded heap. The row
// kernels (LayerNorm, GELU, Softmax, AdamW) are split over rows or elements; float32
// GELU, softmax and the loss kernels (LogSumExp, ExpShift) use expFast. On amd64 the
// float32 row kernels (those, LayerNorm and its backward, AdamW, Add) run as
// assembly loops (rows_amd64.s: four lanes of AVX2, eight of AVX-512 on CPUs that
// have it without the clock penalty) doing the Go loops' operations in the same
// order, so their results are the Go loops', bit for bit. docs/kernels.md has the
// measured numbers.
//
// # Determinism
//
// Every output element is computed by one goroutine in an order fixed by the shape
// alone, so results are bit-identical from run to run and do not depend on
// GOMAXPROCS: a GEMM element is the chain c += a_p·b_p over p = 0, 1, … whatever the
// blocking (each step one fused multiply-add in the AVX2 kernel); column sums
// (LayerNormBackward's dw, db; ColSum; MatMulTN's float64 path) add rows in
// increasing order. Different paths (float32
// vs float64, AVX2 vs portable kernel, CPU vs GPU) round differently.
//
// # Errors
//
// Kernels never return errors. A slice shorter than its stated shape is a programmer
// error and panics with ErrShape.
package kernels

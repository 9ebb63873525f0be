// Package cuda runs package kernels' Ops[float32] on an NVIDIA GPU through the CUDA
// driver API, loaded at run time with purego (no cgo, no CUDA headers or libraries at
// build time). One `poa` binary serves both kinds of host: on a machine without an
// NVIDIA driver, Open returns ErrNoDriver or ErrNoDevice and the CPU backend stays in
// charge; nothing in this package touches the driver before Open is called.
//
// # Contract
//
//   - Open(ordinal) loads libcuda.so.1, initialises the driver, retains the device's
//     primary context and loads the embedded PTX (kernels.ptx, built from kernels.cu
//     by `go generate`; virtual architecture compute_70, so the driver compiles it for
//     the GPU it finds). It returns a *Device that implements kernels.Accelerator.
//   - Every Ops method takes host slices, copies its operands to device memory, runs,
//     and copies the results back before returning; it is synchronous and safe for
//     concurrent use (calls are serialised on the device). Device buffers are pooled
//     by size and freed by Close.
//   - Products (MatMul, MatMulNT, MatMulTN, BatchedMatMulNT, ScoreRows) run on cuBLAS
//     when a libcublas is found (POA_CUBLAS names the library file to use, or "off"),
//     and on this package's own tiled kernel otherwise. The other kernels are ours.
//   - Results equal the CPU backend's to float32 rounding (the tests check each
//     kernel against kernels.CPU with relative tolerances): products sum in a
//     different order, reductions that the CPU does in float64 are done in double.
//   - Shape errors panic with kernels.ErrShape, as on the CPU. A driver error in an
//     Ops method (out of memory, a lost device) panics with an *Error naming the call,
//     since Ops has no error return; Open, Close and the info calls return errors.
package cuda

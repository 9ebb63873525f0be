package cuda

import (
	"errors"
	"fmt"
)

// ErrNoDriver: the CUDA driver library (libcuda.so.1) could not be loaded, e.g. a
// machine without an NVIDIA driver.
var ErrNoDriver = errors.New("cuda: no CUDA driver")

// ErrNoDevice: the driver loaded but has no device with the requested ordinal (or
// none at all, or cuInit failed).
var ErrNoDevice = errors.New("cuda: no CUDA device")

// ErrPTX: the embedded PTX was not accepted by the driver (too old a driver for
// PTX ISA 7.8, or a missing kernel).
var ErrPTX = errors.New("cuda: embedded PTX rejected")

// Error is a failed driver or cuBLAS call: which call and the status it returned.
type Error struct {
	Call string // e.g. "cuMemAlloc_v2"
	Code int    // CUresult or cublasStatus_t
	Name string // e.g. "CUDA_ERROR_OUT_OF_MEMORY"
}

func (e *Error) Error() string {
	return fmt.Sprintf("cuda: %s failed: %s (%d)", e.Call, e.Name, e.Code)
}

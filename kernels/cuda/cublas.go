package cuda

import (
	"fmt"
	"os"
	"strings"

	"github.com/ebitengine/purego"
)

// cublasCandidates are the library names tried, newest CUDA first, when POA_CUBLAS
// does not name one. cuBLAS ships with the CUDA toolkit and with the nvidia-cublas
// Python wheels, not with the driver: a host may well have none, and then the
// products run on this package's own kernel.
var cublasCandidates = []string{"libcublas.so.13", "libcublas.so.12", "libcublas.so.11", "libcublas.so"}

const (
	cublasOpN = 0
	cublasOpT = 1
)

// cublas is a cuBLAS handle and the entry points used (column-major BLAS; the
// row-major products are mapped onto it in ops.go).
type cublas struct {
	lib                       string
	handle                    uintptr
	cublasCreate              func(h *uintptr) int32
	cublasDestroy             func(h uintptr) int32
	cublasSgemm               func(h uintptr, ta, tb int32, m, n, k int32, alpha *float32, a uint64, lda int32, b uint64, ldb int32, beta *float32, c uint64, ldc int32) int32
	cublasSgemmStridedBatched func(h uintptr, ta, tb int32, m, n, k int32, alpha *float32, a uint64, lda int32, sa int64, b uint64, ldb int32, sb int64, beta *float32, c uint64, ldc int32, sc int64, batch int32) int32
}

// loadCublas opens cuBLAS per POA_CUBLAS ("off" disables it, a path selects the
// file) or the first candidate found. (nil, nil) means none is installed; an error
// means one was named or found but could not be used. The caller's context must be
// current (the handle binds to it).
func loadCublas() (*cublas, error) {
	names := cublasCandidates
	switch v := strings.TrimSpace(os.Getenv("POA_CUBLAS")); v {
	case "off", "0", "false":
		return nil, nil
	case "":
	default:
		names = []string{v}
	}
	var h uintptr
	var lib string
	for _, n := range names {
		if x, err := purego.Dlopen(n, purego.RTLD_NOW|purego.RTLD_GLOBAL); err == nil {
			h, lib = x, n
			break
		} else if len(names) == 1 {
			return nil, fmt.Errorf("cuda: POA_CUBLAS=%s: %v", n, err)
		}
	}
	if h == 0 {
		return nil, nil
	}
	c := &cublas{lib: lib}
	for _, b := range []struct {
		fptr any
		name string
	}{
		{&c.cublasCreate, "cublasCreate_v2"},
		{&c.cublasDestroy, "cublasDestroy_v2"},
		{&c.cublasSgemm, "cublasSgemm_v2"},
		{&c.cublasSgemmStridedBatched, "cublasSgemmStridedBatched"},
	} {
		sym, err := purego.Dlsym(h, b.name)
		if err != nil {
			return nil, fmt.Errorf("cuda: %s has no %s: %v", lib, b.name, err)
		}
		purego.RegisterFunc(b.fptr, sym)
	}
	if st := c.cublasCreate(&c.handle); st != 0 {
		return nil, &Error{Call: lib + ": cublasCreate_v2", Code: int(st), Name: cublasStatusName(st)}
	}
	return c, nil
}

func (c *cublas) check(call string, st int32) error {
	if st == 0 {
		return nil
	}
	return &Error{Call: call, Code: int(st), Name: cublasStatusName(st)}
}

func cublasStatusName(st int32) string {
	switch st {
	case 1:
		return "CUBLAS_STATUS_NOT_INITIALIZED"
	case 3:
		return "CUBLAS_STATUS_ALLOC_FAILED"
	case 7:
		return "CUBLAS_STATUS_INVALID_VALUE"
	case 8:
		return "CUBLAS_STATUS_ARCH_MISMATCH"
	case 11:
		return "CUBLAS_STATUS_MAPPING_ERROR"
	case 13:
		return "CUBLAS_STATUS_EXECUTION_FAILED"
	case 14:
		return "CUBLAS_STATUS_INTERNAL_ERROR"
	case 15:
		return "CUBLAS_STATUS_NOT_SUPPORTED"
	case 16:
		return "CUBLAS_STATUS_LICENSE_ERROR"
	}
	return "CUBLAS_STATUS_UNKNOWN"
}

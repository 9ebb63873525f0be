package cuda

import (
	"fmt"
	"sync"
	"unsafe"

	"github.com/ebitengine/purego"
)

// driverLib is the file dlopen'd for the driver API; the ".1" soname is what the
// NVIDIA driver installs on every Linux host (the unversioned name needs a -dev
// package).
const driverLib = "libcuda.so.1"

// CUresult values that change what Open reports.
const (
	cudaSuccess              = 0
	cudaErrorNoDevice        = 100
	cudaErrorInvalidDevice   = 101
	cudaErrorInvalidPTX      = 218
	cudaErrorUnsupportedPTX  = 222
	cudaErrorNotFound        = 500
	attrMultiprocessorCount  = 16
	attrMemoryClockRateKHz   = 36
	attrGlobalMemoryBusWidth = 37
	attrComputeCapMajor      = 75
	attrComputeCapMinor      = 76
)

// driver holds the driver-API entry points this package uses, bound by name from
// libcuda.so.1. Pointer arguments are Go pointers to memory that outlives the call
// (purego keeps them alive for its duration; none is retained by the driver).
type driver struct {
	cuInit                    func(flags uint32) int32
	cuDriverGetVersion        func(v *int32) int32
	cuGetErrorName            func(code int32, name **byte) int32
	cuDeviceGetCount          func(n *int32) int32
	cuDeviceGet               func(dev *int32, ordinal int32) int32
	cuDeviceGetName           func(name *byte, size int32, dev int32) int32
	cuDeviceTotalMem          func(bytes *uint64, dev int32) int32
	cuDeviceGetAttribute      func(v *int32, attr int32, dev int32) int32
	cuDevicePrimaryCtxRetain  func(ctx *uintptr, dev int32) int32
	cuDevicePrimaryCtxRelease func(dev int32) int32
	cuCtxSetCurrent           func(ctx uintptr) int32
	cuCtxSynchronize          func() int32
	cuModuleLoadData          func(mod *uintptr, image unsafe.Pointer) int32
	cuModuleUnload            func(mod uintptr) int32
	cuModuleGetFunction       func(fn *uintptr, mod uintptr, name *byte) int32
	cuMemAlloc                func(ptr *uint64, bytes uint64) int32
	cuMemFree                 func(ptr uint64) int32
	cuMemcpyHtoD              func(dst uint64, src unsafe.Pointer, bytes uint64) int32
	cuMemcpyDtoH              func(dst unsafe.Pointer, src uint64, bytes uint64) int32
	cuMemsetD8                func(dst uint64, v uint8, n uint64) int32
	cuMemcpyDtoD              func(dst, src uint64, bytes uint64) int32
	cuLaunchKernel            func(fn uintptr, gx, gy, gz, bx, by, bz, shared uint32, stream uintptr, params unsafe.Pointer, extra unsafe.Pointer) int32
}

var (
	driverOnce sync.Once
	drv        *driver
	drvErr     error
)

// loadDriver dlopens the driver library once per process and binds its symbols.
func loadDriver() (*driver, error) {
	driverOnce.Do(func() { drv, drvErr = openDriver(driverLib) })
	return drv, drvErr
}

// openDriver dlopens lib and binds the driver API from it.
func openDriver(lib string) (*driver, error) {
	h, err := purego.Dlopen(lib, purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrNoDriver, err)
	}
	d := &driver{}
	binds := []struct {
		fptr any
		name string
	}{
		{&d.cuInit, "cuInit"},
		{&d.cuDriverGetVersion, "cuDriverGetVersion"},
		{&d.cuGetErrorName, "cuGetErrorName"},
		{&d.cuDeviceGetCount, "cuDeviceGetCount"},
		{&d.cuDeviceGet, "cuDeviceGet"},
		{&d.cuDeviceGetName, "cuDeviceGetName"},
		{&d.cuDeviceTotalMem, "cuDeviceTotalMem_v2"},
		{&d.cuDeviceGetAttribute, "cuDeviceGetAttribute"},
		{&d.cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain"},
		{&d.cuDevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2"},
		{&d.cuCtxSetCurrent, "cuCtxSetCurrent"},
		{&d.cuCtxSynchronize, "cuCtxSynchronize"},
		{&d.cuModuleLoadData, "cuModuleLoadData"},
		{&d.cuModuleUnload, "cuModuleUnload"},
		{&d.cuModuleGetFunction, "cuModuleGetFunction"},
		{&d.cuMemAlloc, "cuMemAlloc_v2"},
		{&d.cuMemFree, "cuMemFree_v2"},
		{&d.cuMemcpyHtoD, "cuMemcpyHtoD_v2"},
		{&d.cuMemcpyDtoH, "cuMemcpyDtoH_v2"},
		{&d.cuMemsetD8, "cuMemsetD8_v2"},
		{&d.cuMemcpyDtoD, "cuMemcpyDtoD_v2"},
		{&d.cuLaunchKernel, "cuLaunchKernel"},
	}
	for _, b := range binds {
		sym, err := purego.Dlsym(h, b.name)
		if err != nil {
			return nil, fmt.Errorf("%w: %s has no %s (driver too old?): %v", ErrNoDriver, lib, b.name, err)
		}
		purego.RegisterFunc(b.fptr, sym)
	}
	return d, nil
}

// check turns a CUresult into nil or an *Error naming call.
func (d *driver) check(call string, code int32) error {
	if code == cudaSuccess {
		return nil
	}
	return &Error{Call: call, Code: int(code), Name: d.errorName(code)}
}

func (d *driver) errorName(code int32) string {
	var p *byte
	if d.cuGetErrorName(code, &p) != cudaSuccess || p == nil {
		return "CUDA_ERROR_UNKNOWN_CODE"
	}
	return cString(p)
}

// cString copies a NUL-terminated C string owned by the driver.
func cString(p *byte) string {
	var n int
	for *(*byte)(unsafe.Add(unsafe.Pointer(p), n)) != 0 {
		n++
	}
	return string(unsafe.Slice(p, n))
}

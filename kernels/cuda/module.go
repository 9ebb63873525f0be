package cuda

import (
	_ "embed"
	"fmt"
	"strings"
	"unsafe"
)

//go:generate sh -c "nvcc -ptx -arch=compute_70 -O3 -o kernels.ptx kernels.cu && sha256sum kernels.cu | cut -d' ' -f1 > kernels.cu.sha256"

// ptx is kernels.cu compiled by nvcc (see the go:generate line); kernels.cu.sha256
// records which source it was built from, and a test fails when they drift apart.
//
//go:embed kernels.ptx
var ptx string

//go:embed kernels.cu.sha256
var ptxSource string

// kernelNames are the entry points of kernels.cu that Open resolves.
var kernelNames = []string{
	"poa_gemm", "poa_fill_rows", "poa_layernorm", "poa_layernorm_dx", "poa_layernorm_dwdb",
	"poa_gelu", "poa_gelu_bwd", "poa_softmax", "poa_adamw",
}

// loadModule loads the embedded PTX into the current context (the driver JIT-compiles
// it for the device) and resolves every kernel.
func (d *Device) loadModule() error {
	img := append([]byte(ptx), 0) // the driver reads a NUL-terminated image
	if code := d.drv.cuModuleLoadData(&d.module, unsafe.Pointer(&img[0])); code != cudaSuccess {
		err := d.drv.check("cuModuleLoadData", code)
		if code == cudaErrorInvalidPTX || code == cudaErrorUnsupportedPTX {
			return fmt.Errorf("%w (PTX ISA %s; update the NVIDIA driver): %v", ErrPTX, ptxVersion(), err)
		}
		return err
	}
	d.fn = make(map[string]uintptr, len(kernelNames))
	for _, n := range kernelNames {
		name := append([]byte(n), 0)
		var f uintptr
		if code := d.drv.cuModuleGetFunction(&f, d.module, &name[0]); code != cudaSuccess {
			return fmt.Errorf("%w: kernel %s: %v", ErrPTX, n, d.drv.check("cuModuleGetFunction", code))
		}
		d.fn[n] = f
	}
	return nil
}

// ptxVersion is the ".version" line of the embedded PTX, e.g. "7.8".
func ptxVersion() string {
	for _, line := range strings.Split(ptx, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), ".version "); ok {
			return v
		}
	}
	return "unknown"
}

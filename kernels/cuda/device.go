package cuda

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Device is one GPU with its primary context, the loaded kernels, a pool of device
// buffers and, when found, a cuBLAS handle. It implements kernels.Accelerator. Its
// methods serialise on one mutex: the GPU runs one call at a time for this process.
type Device struct {
	mu      sync.Mutex
	drv     *driver
	ordinal int
	dev     int32
	ctx     uintptr
	module  uintptr
	fn      map[string]uintptr
	blas    *cublas
	info    Info
	free    map[int][]uint64 // size class (log2 bytes) → idle buffers
	calls   atomic.Int64     // Ops calls served (tests check work really went here)

	minWork, minIntensity atomic.Int64 // offload policy of the products (SetPolicy)
	closed                bool
}

// Info describes a device as the driver reports it.
type Info struct {
	Ordinal           int     `json:"ordinal"`
	Name              string  `json:"name"`
	ComputeCapability string  `json:"compute_capability"` // e.g. "9.0"
	Multiprocessors   int     `json:"multiprocessors"`
	MemoryBytes       uint64  `json:"memory_bytes"`
	PeakBandwidthGBs  float64 `json:"peak_bandwidth_gb_s"` // 2 × memory clock × bus width, 0 when not reported
	Driver            string  `json:"driver"`              // CUDA version the driver supports, e.g. "13.0"
	CUBLAS            string  `json:"cublas,omitempty"`    // library used for products ("" = own kernel; set by Open)
}

// Devices lists the GPUs the driver sees, without creating a context. It returns
// ErrNoDriver on a machine without the driver library and ErrNoDevice when cuInit
// fails or finds none.
func Devices() ([]Info, error) {
	d, err := initDriver()
	if err != nil {
		return nil, err
	}
	var n int32
	if err := d.check("cuDeviceGetCount", d.cuDeviceGetCount(&n)); err != nil {
		return nil, err
	}
	out := make([]Info, 0, n)
	for i := 0; i < int(n); i++ {
		var dev int32
		if err := d.check("cuDeviceGet", d.cuDeviceGet(&dev, int32(i))); err != nil {
			return nil, err
		}
		in, err := d.info(i, dev)
		if err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	return out, nil
}

// initDriver loads the library and runs cuInit (idempotent in the driver).
func initDriver() (*driver, error) {
	d, err := loadDriver()
	if err != nil {
		return nil, err
	}
	return d, d.init()
}

func (d *driver) init() error {
	if code := d.cuInit(0); code != cudaSuccess {
		return fmt.Errorf("%w (cuInit returned %s)", ErrNoDevice, d.errorName(code))
	}
	return nil
}

func (d *driver) info(ordinal int, dev int32) (Info, error) {
	name := make([]byte, 256)
	if err := d.check("cuDeviceGetName", d.cuDeviceGetName(&name[0], int32(len(name)), dev)); err != nil {
		return Info{}, err
	}
	attr := func(a int32) int {
		var v int32
		if d.cuDeviceGetAttribute(&v, a, dev) != cudaSuccess {
			return 0
		}
		return int(v)
	}
	var mem uint64
	if err := d.check("cuDeviceTotalMem_v2", d.cuDeviceTotalMem(&mem, dev)); err != nil {
		return Info{}, err
	}
	var ver int32
	_ = d.cuDriverGetVersion(&ver)
	in := Info{
		Ordinal:           ordinal,
		Name:              cString(&name[0]),
		ComputeCapability: fmt.Sprintf("%d.%d", attr(attrComputeCapMajor), attr(attrComputeCapMinor)),
		Multiprocessors:   attr(attrMultiprocessorCount),
		MemoryBytes:       mem,
		Driver:            fmt.Sprintf("%d.%d", ver/1000, ver%1000/10),
	}
	if clk, bus := attr(attrMemoryClockRateKHz), attr(attrGlobalMemoryBusWidth); clk > 0 && bus > 0 {
		in.PeakBandwidthGBs = 2 * float64(clk) * 1e3 * float64(bus) / 8 / 1e9
	}
	return in, nil
}

// Open initialises device ordinal (0 is the first GPU): it retains the primary
// context, loads the kernels and, unless POA_CUBLAS=off, cuBLAS. Errors wrap
// ErrNoDriver, ErrNoDevice or ErrPTX where one of them is the cause.
func Open(ordinal int) (*Device, error) {
	d, err := initDriver()
	if err != nil {
		return nil, err
	}
	return openDevice(d, ordinal, true)
}

// openDevice opens ordinal on an initialised driver; withBLAS false leaves cuBLAS out.
func openDevice(d *driver, ordinal int, withBLAS bool) (*Device, error) {
	var err error
	var n int32
	if err := d.check("cuDeviceGetCount", d.cuDeviceGetCount(&n)); err != nil {
		return nil, err
	}
	if ordinal < 0 || ordinal >= int(n) {
		return nil, fmt.Errorf("%w: device %d asked for, the driver sees %d", ErrNoDevice, ordinal, n)
	}
	dev := &Device{drv: d, ordinal: ordinal, free: map[int][]uint64{}}
	dev.SetPolicy(DefaultMinWork, DefaultMinIntensity)
	if err := d.check("cuDeviceGet", d.cuDeviceGet(&dev.dev, int32(ordinal))); err != nil {
		return nil, err
	}
	if dev.info, err = d.info(ordinal, dev.dev); err != nil {
		return nil, err
	}
	if err := d.check("cuDevicePrimaryCtxRetain", d.cuDevicePrimaryCtxRetain(&dev.ctx, dev.dev)); err != nil {
		return nil, err
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if err := d.check("cuCtxSetCurrent", d.cuCtxSetCurrent(dev.ctx)); err != nil {
		d.cuDevicePrimaryCtxRelease(dev.dev)
		return nil, err
	}
	if err := dev.loadModule(); err != nil {
		d.cuDevicePrimaryCtxRelease(dev.dev)
		return nil, err
	}
	if !withBLAS {
		return dev, nil
	}
	if dev.blas, err = loadCublas(); err != nil {
		d.cuModuleUnload(dev.module)
		d.cuDevicePrimaryCtxRelease(dev.dev)
		return nil, err
	}
	if dev.blas != nil {
		dev.info.CUBLAS = dev.blas.lib
	}
	return dev, nil
}

// Calls is how many calls the device has served (Ops methods that ran on it, uploads,
// matrix scores and frees); Ops calls it declined to the CPU do not count.
func (d *Device) Calls() int64 { return d.calls.Load() }

// Info describes the device (and which cuBLAS, if any, runs the products).
func (d *Device) Info() Info { return d.info }

// Name implements kernels.Accelerator: "cuda:N <device name>".
func (d *Device) Name() string { return fmt.Sprintf("cuda:%d %s", d.ordinal, d.info.Name) }

// UsesCUBLAS reports whether products run on cuBLAS rather than the own kernel.
func (d *Device) UsesCUBLAS() bool { return d.blas != nil }

// DisableCUBLAS makes the products run on this package's own kernel (tests compare
// the two paths). It cannot be undone.
func (d *Device) DisableCUBLAS() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.enter()
	defer runtime.UnlockOSThread()
	if d.blas != nil {
		d.blas.cublasDestroy(d.blas.handle)
		d.blas = nil
		d.info.CUBLAS = ""
	}
}

// Close frees the pooled buffers, the module and the context reference. The Device
// must not be used afterwards.
func (d *Device) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return nil
	}
	d.closed = true
	d.enter()
	defer runtime.UnlockOSThread()
	var errs []error
	for _, list := range d.free {
		for _, p := range list {
			errs = append(errs, d.drv.check("cuMemFree_v2", d.drv.cuMemFree(p)))
		}
	}
	d.free = nil
	if d.blas != nil {
		errs = append(errs, d.blas.check("cublasDestroy_v2", d.blas.cublasDestroy(d.blas.handle)))
	}
	errs = append(errs, d.drv.check("cuModuleUnload", d.drv.cuModuleUnload(d.module)))
	errs = append(errs, d.drv.check("cuDevicePrimaryCtxRelease_v2", d.drv.cuDevicePrimaryCtxRelease(d.dev)))
	return errors.Join(errs...)
}

// enter pins the goroutine to its OS thread and makes the context current there
// (driver contexts are per thread). The caller holds d.mu and unlocks the thread.
func (d *Device) enter() {
	runtime.LockOSThread()
	d.must("cuCtxSetCurrent", d.drv.cuCtxSetCurrent(d.ctx))
}

// do runs fn with the device's lock held and its context current on this thread.
func (d *Device) do(fn func()) {
	d.calls.Add(1)
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		panic("cuda: Device used after Close")
	}
	d.enter()
	defer runtime.UnlockOSThread()
	fn()
}

// must panics with an *Error when code is not success (Ops methods have no error
// return; a failing driver mid-computation is not a state to compute on from).
func (d *Device) must(call string, code int32) {
	if err := d.drv.check(call, code); err != nil {
		panic(err)
	}
}

// buffer is device memory of at least n bytes from the pool.
type buffer struct {
	ptr   uint64
	class int
}

// at is the address of float32 element i of b (0 stays 0: a null argument).
func (b buffer) at(i int) buffer {
	if b.ptr == 0 {
		return b
	}
	return buffer{ptr: b.ptr + uint64(4*i)}
}

func sizeClass(n int) int {
	if n <= 256 {
		return 8
	}
	return bits.Len(uint(n - 1))
}

// alloc takes a buffer of at least n bytes (n > 0) from the pool or the driver; on
// an out-of-memory answer it frees the pool and tries once more.
func (d *Device) alloc(n int) buffer {
	c := sizeClass(n)
	if l := d.free[c]; len(l) > 0 {
		p := l[len(l)-1]
		d.free[c] = l[:len(l)-1]
		return buffer{p, c}
	}
	var p uint64
	code := d.drv.cuMemAlloc(&p, 1<<c)
	if code != cudaSuccess {
		d.trim()
		code = d.drv.cuMemAlloc(&p, 1<<c)
	}
	d.must("cuMemAlloc_v2", code)
	return buffer{p, c}
}

// release returns buffers to the pool.
func (d *Device) release(bufs ...buffer) {
	for _, b := range bufs {
		if b.ptr != 0 {
			d.free[b.class] = append(d.free[b.class], b.ptr)
		}
	}
}

// trim frees every pooled buffer.
func (d *Device) trim() {
	for c, list := range d.free {
		for _, p := range list {
			d.drv.cuMemFree(p)
		}
		delete(d.free, c)
	}
}

// upload copies s to a new device buffer (a zero buffer for an empty slice).
func (d *Device) upload(s []float32) buffer {
	if len(s) == 0 {
		return buffer{}
	}
	b := d.alloc(4 * len(s))
	d.must("cuMemcpyHtoD_v2", d.drv.cuMemcpyHtoD(b.ptr, unsafe.Pointer(&s[0]), uint64(4*len(s))))
	return b
}

// scratch is an uninitialised device buffer for n float32s.
func (d *Device) scratch(n int) buffer {
	if n == 0 {
		return buffer{}
	}
	return d.alloc(4 * n)
}

// download copies len(s) float32s from b into s.
func (d *Device) download(s []float32, b buffer) {
	if len(s) == 0 {
		return
	}
	d.must("cuMemcpyDtoH_v2", d.drv.cuMemcpyDtoH(unsafe.Pointer(&s[0]), b.ptr, uint64(4*len(s))))
}

// arg is one kernel argument, stored in 8 bytes (the driver reads the parameter's
// own size from the start; amd64 and arm64 are little-endian).
type arg uint64

func ptrArg(b buffer) arg  { return arg(b.ptr) }
func i32(v int) arg        { return arg(uint32(int32(v))) }
func i64(v int) arg        { return arg(uint64(int64(v))) }
func f32Arg(v float32) arg { return arg(math.Float32bits(v)) }
func f64Arg(v float64) arg { return arg(math.Float64bits(v)) }

// launch runs kernel name on a grid of blocks×threads and waits for it. The
// argument values and the pointer array handed to the driver are pinned for the
// call.
func (d *Device) launch(name string, grid [3]int, block int, args ...arg) {
	fn, ok := d.fn[name]
	if !ok {
		panic("cuda: unknown kernel " + name)
	}
	if grid[0] == 0 || grid[1] == 0 || grid[2] == 0 {
		return
	}
	vals := make([]arg, len(args))
	copy(vals, args)
	params := make([]unsafe.Pointer, len(vals))
	var pin runtime.Pinner
	defer pin.Unpin()
	pin.Pin(&vals[0])
	for i := range vals {
		params[i] = unsafe.Pointer(&vals[i])
	}
	pin.Pin(&params[0])
	d.must("cuLaunchKernel("+name+")", d.drv.cuLaunchKernel(fn, uint32(grid[0]), uint32(grid[1]), uint32(grid[2]),
		uint32(block), 1, 1, 0, 0, unsafe.Pointer(&params[0]), nil))
	d.must("cuCtxSynchronize("+name+")", d.drv.cuCtxSynchronize())
}

package kernels

import (
	"sync/atomic"
	"unsafe"
)

// Accelerator is a device backend for the float32 kernels: Ops on host slices (it
// copies operands to the device and results back), plus its name for logs and
// reports. Package kernels/cuda provides one.
type Accelerator interface {
	Ops[float32]
	// Name says which device runs the kernels, e.g. "cuda:0 NVIDIA H100 80GB HBM3".
	Name() string
}

type accelerator struct {
	a       Accelerator
	minWork int
}

var active atomic.Pointer[accelerator]

// DefaultOffloadWork is the multiply-add count below which a product stays on the
// CPU without asking the accelerator: under it, the call's fixed cost (a launch, a
// synchronisation, a few copies: tens of µs) is more than the CPU needs. The
// accelerator may still decline bigger products (package cuda weighs the floats it
// must copy against the multiply-adds).
const DefaultOffloadWork = 1 << 16

// Accelerate routes the float32 products (MatMul, MatMulNT, MatMulTN,
// BatchedMatMulNT, ScoreRows) of at least minWork multiply-adds to a, for every
// caller of this package; nil switches back to the CPU. The elementwise kernels stay
// on the CPU: on host slices their transfers cost more than their arithmetic. It is
// safe to call at any time; calls already running finish where they started.
func Accelerate(a Accelerator, minWork int) {
	if a == nil {
		active.Store(nil)
		return
	}
	active.Store(&accelerator{a: a, minWork: max(minWork, 1)})
}

// Device names where the products run: "cpu" or the accelerator's Name.
func Device() string {
	if s := active.Load(); s != nil {
		return s.a.Name()
	}
	return "cpu"
}

// offload returns the active accelerator when T is float32 and the product is big
// enough to be worth the transfers; nil otherwise.
func offload[T Float](work int) Accelerator {
	s := active.Load()
	if s == nil || work < s.minWork {
		return nil
	}
	var z T
	if _, ok := any(z).(float32); !ok {
		return nil
	}
	return s.a
}

// f32 views a []T known to be []float32 (offload checked T) without copying.
func f32[T Float](s []T) []float32 {
	if s == nil {
		return nil
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(unsafe.SliceData(s))), len(s))
}

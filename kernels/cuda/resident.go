package cuda

import (
	"fmt"
	"time"
	"unsafe"
)

// Matrix is a row-major float32 matrix kept in device memory, for work that reads
// the same data many times: the sketch scan scores every query against all training
// sketches, and copying them over PCIe for each query would cost more than scoring.
type Matrix struct {
	d          *Device
	ptr        uint64
	Rows, Cols int
}

// Upload copies g[rows, cols] to device memory. Out of device memory is an error
// (the caller can fall back to scanning from the host), not a panic.
func (d *Device) Upload(g []float32, rows, cols int) (*Matrix, error) {
	need("g", g, rows*cols)
	m := &Matrix{d: d, Rows: rows, Cols: cols}
	if rows*cols == 0 {
		return m, nil
	}
	var err error
	d.do(func() {
		bytes := uint64(4 * rows * cols)
		if err = d.drv.check("cuMemAlloc_v2", d.drv.cuMemAlloc(&m.ptr, bytes)); err != nil {
			d.trim() // pooled buffers may be what is in the way
			err = d.drv.check("cuMemAlloc_v2", d.drv.cuMemAlloc(&m.ptr, bytes))
		}
		if err != nil {
			err = fmt.Errorf("cuda: %d×%d matrix (%d MiB) does not fit on %s: %w", rows, cols, bytes>>20, d.info.Name, err)
			return
		}
		d.must("cuMemcpyHtoD_v2", d.drv.cuMemcpyHtoD(m.ptr, unsafe.Pointer(&g[0]), bytes))
	})
	return m, err
}

// Score computes scores[Q, Rows] = q[Q, Cols]·Matrixᵀ (kernels.ScoreRows with the
// matrix already on the device).
func (m *Matrix) Score(scores, q []float32, nq int) {
	need("scores", scores, nq*m.Rows)
	need("q", q, nq*m.Cols)
	if nq == 0 || m.Rows == 0 {
		return
	}
	d := m.d
	d.do(func() {
		qb, sb := d.upload(q[:nq*m.Cols]), d.scratch(nq*m.Rows)
		defer d.release(qb, sb)
		d.productNT(sb, qb, buffer{ptr: m.ptr}, nq, m.Cols, m.Rows, 0, 1, 0, 0, 0)
		d.download(scores[:nq*m.Rows], sb)
	})
}

// Free releases the matrix's device memory.
func (m *Matrix) Free() {
	if m.ptr == 0 {
		return
	}
	m.d.do(func() { m.d.must("cuMemFree_v2", m.d.drv.cuMemFree(m.ptr)) })
	m.ptr = 0
}

// CopyBandwidth measures the device's memory bandwidth with device-to-device copies
// of n bytes (bytes read plus bytes written, per second), the baseline the scan's
// rate is compared with. It runs for at least d.
func (d *Device) CopyBandwidth(n int, dur time.Duration) (float64, error) {
	var rate float64
	var err error
	d.do(func() {
		var src, dst uint64
		if err = d.drv.check("cuMemAlloc_v2", d.drv.cuMemAlloc(&src, uint64(n))); err != nil {
			return
		}
		defer d.drv.cuMemFree(src)
		if err = d.drv.check("cuMemAlloc_v2", d.drv.cuMemAlloc(&dst, uint64(n))); err != nil {
			return
		}
		defer d.drv.cuMemFree(dst)
		d.must("cuMemsetD8_v2", d.drv.cuMemsetD8(src, 1, uint64(n)))
		d.must("cuMemcpyDtoD_v2", d.drv.cuMemcpyDtoD(dst, src, uint64(n))) // warm-up
		d.must("cuCtxSynchronize", d.drv.cuCtxSynchronize())
		t0 := time.Now()
		reps := 0
		for time.Since(t0) < dur {
			d.must("cuMemcpyDtoD_v2", d.drv.cuMemcpyDtoD(dst, src, uint64(n)))
			d.must("cuCtxSynchronize", d.drv.cuCtxSynchronize())
			reps++
		}
		rate = 2 * float64(n) * float64(reps) / time.Since(t0).Seconds()
	})
	return rate, err
}

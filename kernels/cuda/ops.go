package cuda

import (
	"fmt"
	"math"
	"unsafe"

	"poa/kernels"
)

var _ kernels.Accelerator = (*Device)(nil)

const rowThreads = 256 // threads per block of the row kernels (layernorm, softmax)

// The default offload policy (SetPolicy). Operands live in pageable host memory,
// copied at roughly 10 GB/s (2.5 G floats/s), while a GPU host's CPU does on the
// order of 100 G multiply-adds/s: a float crossing the bus costs about what 40
// multiply-adds cost on the CPU. A product goes to the GPU when it does at least
// DefaultMinIntensity multiply-adds per float copied (operands in and result out)
// and at least DefaultMinWork in all. Both are estimates to re-measure on a GPU host
// (benchmarks/device).
const (
	DefaultMinWork      = 1 << 16
	DefaultMinIntensity = 32
)

// SetPolicy sets when the product methods (MatMul, MatMulNT, MatMulTN,
// BatchedMatMulNT, ScoreRows) run on the GPU rather than on kernels.CPU: at least
// minWork multiply-adds and minIntensity multiply-adds per float copied. SetPolicy(0,
// 0) sends everything to the GPU (the tests do). The other methods always run on the
// GPU, as does Matrix.Score.
func (d *Device) SetPolicy(minWork, minIntensity int) {
	d.minWork.Store(int64(minWork))
	d.minIntensity.Store(int64(minIntensity))
}

// worth says whether a product of work multiply-adds that copies moved floats
// belongs on the GPU under the policy.
func (d *Device) worth(work, moved int) bool {
	return int64(work) >= d.minWork.Load() && int64(work) >= d.minIntensity.Load()*int64(moved)
}

func need(name string, s []float32, n int) {
	if n < 0 || len(s) < n {
		panic(fmt.Errorf("%w: %s has %d elements, shape needs %d", kernels.ErrShape, name, len(s), n))
	}
}

// gemm is one (batched) row-major product on the device: for z < batch,
// C_z[M,N] = beta·C_z + bias + A_z·B_z with A_z(i,p) = A[z·bsa + i·sai + p·sap] and
// B_z(p,j) = B[z·bsb + p·sbp + j·sbj]. It is the own kernel's form; cuBLAS gets the
// same product through gemmBLAS.
type gemm struct {
	M, N, K            int
	sai, sap, sbp, sbj int
	bsa, bsb, bsc      int
	batch              int
	beta               float32
}

func (d *Device) runGemm(g gemm, c, a, b, bias buffer) {
	if g.M == 0 || g.N == 0 || g.batch == 0 {
		return
	}
	// gridDim.y and .z stop at 65535: larger row counts and batches run in slices.
	const maxRows, maxBatch = 65535 * 64, 65535
	for z0 := 0; z0 < g.batch; z0 += maxBatch {
		nz := min(maxBatch, g.batch-z0)
		for r0 := 0; r0 < g.M; r0 += maxRows {
			rows := min(maxRows, g.M-r0)
			grid := [3]int{(g.N + 63) / 64, (rows + 63) / 64, nz}
			d.launch("poa_gemm", grid, 256,
				ptrArg(c.at(z0*g.bsc+r0*g.N)), ptrArg(a.at(z0*g.bsa+r0*g.sai)), ptrArg(b.at(z0*g.bsb)), ptrArg(bias),
				i32(rows), i32(g.N), i32(g.K),
				i64(g.sai), i64(g.sap), i64(g.sbp), i64(g.sbj),
				i64(g.bsa), i64(g.bsb), i64(g.bsc), f32Arg(g.beta))
		}
	}
}

// sgemm calls cuBLAS's column-major C[m,n] = alpha·op(A)·op(B) + beta·C (strided
// batched when batch > 1).
func (d *Device) sgemm(ta, tb int32, m, n, k int, a buffer, lda, sa int, b buffer, ldb, sb int, beta float32, c buffer, ldc, sc, batch int) {
	alpha := new(float32)
	*alpha = 1
	bp := new(float32)
	*bp = beta
	var st int32
	if batch == 1 {
		st = d.blas.cublasSgemm(d.blas.handle, ta, tb, int32(m), int32(n), int32(k), alpha, a.ptr, int32(lda), b.ptr, int32(ldb), bp, c.ptr, int32(ldc))
	} else {
		st = d.blas.cublasSgemmStridedBatched(d.blas.handle, ta, tb, int32(m), int32(n), int32(k), alpha, a.ptr, int32(lda), int64(sa), b.ptr, int32(ldb), int64(sb), bp, c.ptr, int32(ldc), int64(sc), int32(batch))
	}
	if err := d.blas.check("cublasSgemm", st); err != nil {
		panic(err)
	}
	d.must("cuCtxSynchronize(cublasSgemm)", d.drv.cuCtxSynchronize())
}

// fillRows writes bias into every row of out[n,m] on the device.
func (d *Device) fillRows(out, bias buffer, n, m int) {
	d.launch("poa_fill_rows", [3]int{(n*m + 255) / 256, 1, 1}, 256, ptrArg(out), ptrArg(bias), i32(n), i32(m))
}

// MatMul implements kernels.Ops: out[N,M] = x[N,K]·w[K,M] (+ bias).
func (d *Device) MatMul(out, x, w, bias []float32, n, k, m int) {
	need("out", out, n*m)
	need("x", x, n*k)
	need("w", w, k*m)
	if bias != nil {
		need("bias", bias, m)
	}
	if n == 0 || m == 0 {
		return
	}
	if !d.worth(n*k*m, n*k+k*m+n*m) {
		kernels.CPU[float32]{}.MatMul(out, x, w, bias, n, k, m)
		return
	}
	d.do(func() {
		xb, wb, ob := d.upload(x[:n*k]), d.upload(w[:k*m]), d.scratch(n*m)
		var bb buffer
		if bias != nil {
			bb = d.upload(bias[:m])
		}
		defer d.release(xb, wb, ob, bb)
		if d.blas != nil && k > 0 {
			beta := float32(0)
			if bias != nil {
				d.fillRows(ob, bb, n, m)
				beta = 1
			}
			// row-major out = x·w  ⇔  column-major outᵀ[m,n] = wᵀ[m,k]·xᵀ[k,n]
			d.sgemm(cublasOpN, cublasOpN, m, n, k, wb, m, 0, xb, k, 0, beta, ob, m, 0, 1)
		} else {
			d.runGemm(gemm{M: n, N: m, K: k, sai: k, sap: 1, sbp: m, sbj: 1, batch: 1}, ob, xb, wb, bb)
		}
		d.download(out[:n*m], ob)
	})
}

// MatMulNT implements kernels.Ops: out[N,M] (+)= x[N,K]·w[M,K]ᵀ.
func (d *Device) MatMulNT(out, x, w []float32, n, k, m int, acc bool) {
	need("out", out, n*m)
	need("x", x, n*k)
	need("w", w, m*k)
	if n == 0 || m == 0 {
		return
	}
	if moved := n*k + m*k + n*m; !d.worth(n*k*m, moved+boolInt(acc)*n*m) {
		kernels.CPU[float32]{}.MatMulNT(out, x, w, n, k, m, acc)
		return
	}
	d.do(func() {
		xb, wb := d.upload(x[:n*k]), d.upload(w[:m*k])
		var ob buffer
		beta := float32(0)
		if acc {
			ob, beta = d.upload(out[:n*m]), 1
		} else {
			ob = d.scratch(n * m)
		}
		defer d.release(xb, wb, ob)
		d.productNT(ob, xb, wb, n, k, m, beta, 1, 0, 0, 0)
		d.download(out[:n*m], ob)
	})
}

// productNT: out_z[n,m] = beta·out_z + x_z[n,k]·w_z[m,k]ᵀ for z < batch.
func (d *Device) productNT(ob, xb, wb buffer, n, k, m int, beta float32, batch, sx, sw, so int) {
	if k == 0 {
		if beta == 0 { // empty sums: zeros
			d.runGemm(gemm{M: n, N: m, K: 0, sai: 0, sap: 1, sbp: 1, sbj: 0, bsc: so, batch: batch}, ob, xb, wb, buffer{})
		}
		return
	}
	if d.blas != nil {
		// row-major out = x·wᵀ  ⇔  column-major outᵀ[m,n] = w[m,k]·xᵀ[k,n]; w's
		// row-major buffer is wᵀ column-major with ld k, so it takes op T.
		d.sgemm(cublasOpT, cublasOpN, m, n, k, wb, k, sw, xb, k, sx, beta, ob, m, so, batch)
		return
	}
	d.runGemm(gemm{M: n, N: m, K: k, sai: k, sap: 1, sbp: 1, sbj: k, bsa: sx, bsb: sw, bsc: so, batch: batch, beta: beta}, ob, xb, wb, buffer{})
}

// MatMulTN implements kernels.Ops: out[K,M] += a[N,K]ᵀ·b[N,M].
func (d *Device) MatMulTN(out, a, b []float32, n, k, m int) {
	need("out", out, k*m)
	need("a", a, n*k)
	need("b", b, n*m)
	if k == 0 || m == 0 || n == 0 {
		return
	}
	if !d.worth(n*k*m, n*k+n*m+2*k*m) {
		kernels.CPU[float32]{}.MatMulTN(out, a, b, n, k, m)
		return
	}
	d.do(func() {
		ab, bb, ob := d.upload(a[:n*k]), d.upload(b[:n*m]), d.upload(out[:k*m])
		defer d.release(ab, bb, ob)
		if d.blas != nil {
			// row-major out += aᵀ·b  ⇔  column-major outᵀ[m,k] += bᵀ[m,n]·a[n,k]; a's
			// buffer is aᵀ column-major (ld k), so it takes op T.
			d.sgemm(cublasOpN, cublasOpT, m, k, n, bb, m, 0, ab, k, 0, 1, ob, m, 0, 1)
		} else {
			d.runGemm(gemm{M: k, N: m, K: n, sai: 1, sap: k, sbp: m, sbj: 1, batch: 1, beta: 1}, ob, ab, bb, buffer{})
		}
		d.download(out[:k*m], ob)
	})
}

// BatchedMatMulNT implements kernels.Ops.
func (d *Device) BatchedMatMulNT(out, x, w []float32, batch, n, k, m, sx, sw, so int) {
	if batch <= 0 {
		return
	}
	nx, nw, no := (batch-1)*sx+n*k, (batch-1)*sw+m*k, (batch-1)*so+n*m
	need("out", out, no)
	need("x", x, nx)
	need("w", w, nw)
	if n == 0 || m == 0 {
		return
	}
	if !d.worth(batch*n*k*m, nx+nw+2*no) {
		kernels.CPU[float32]{}.BatchedMatMulNT(out, x, w, batch, n, k, m, sx, sw, so)
		return
	}
	d.do(func() {
		// out is uploaded so that elements between batches (when so > n·m) survive
		// the round trip unchanged.
		xb, wb, ob := d.upload(x[:nx]), d.upload(w[:nw]), d.upload(out[:no])
		defer d.release(xb, wb, ob)
		d.productNT(ob, xb, wb, n, k, m, 0, batch, sx, sw, so)
		d.download(out[:no], ob)
	})
}

// ScoreRows implements kernels.Ops: scores[Q,N] = q[Q,K]·g[N,K]ᵀ.
func (d *Device) ScoreRows(scores, q, g []float32, nq, n, k int) {
	need("scores", scores, nq*n)
	need("q", q, nq*k)
	need("g", g, n*k)
	if nq == 0 || n == 0 {
		return
	}
	if !d.worth(nq*n*k, nq*k+n*k+nq*n) {
		kernels.CPU[float32]{}.ScoreRows(scores, q, g, nq, n, k)
		return
	}
	d.do(func() {
		qb, gb, sb := d.upload(q[:nq*k]), d.upload(g[:n*k]), d.scratch(nq*n)
		defer d.release(qb, gb, sb)
		d.productNT(sb, qb, gb, nq, k, n, 0, 1, 0, 0, 0)
		d.download(scores[:nq*n], sb)
	})
}

// LayerNorm implements kernels.Ops.
func (d *Device) LayerNorm(out, mean, rstd, x, w, b []float32, n, c int, eps float64) {
	need("out", out, n*c)
	need("x", x, n*c)
	need("w", w, c)
	need("b", b, c)
	if n == 0 {
		return
	}
	d.do(func() {
		xb, wb, bb, ob := d.upload(x[:n*c]), d.upload(w[:c]), d.upload(b[:c]), d.scratch(n*c)
		var mb, rb buffer
		if mean != nil {
			need("mean", mean, n)
			mb = d.scratch(n)
		}
		if rstd != nil {
			need("rstd", rstd, n)
			rb = d.scratch(n)
		}
		defer d.release(xb, wb, bb, ob, mb, rb)
		d.launch("poa_layernorm", [3]int{n, 1, 1}, rowThreads, ptrArg(ob), ptrArg(mb), ptrArg(rb), ptrArg(xb), ptrArg(wb), ptrArg(bb), i32(c), f64Arg(eps))
		d.download(out[:n*c], ob)
		if mean != nil {
			d.download(mean[:n], mb)
		}
		if rstd != nil {
			d.download(rstd[:n], rb)
		}
	})
}

// LayerNormBackward implements kernels.Ops.
func (d *Device) LayerNormBackward(dx, dw, db, dout, x, w, mean, rstd []float32, n, c int) {
	need("dx", dx, n*c)
	need("dout", dout, n*c)
	need("x", x, n*c)
	need("dw", dw, c)
	need("db", db, c)
	need("w", w, c)
	need("mean", mean, n)
	need("rstd", rstd, n)
	if n == 0 || c == 0 {
		return
	}
	d.do(func() {
		dxb, doutb, xb, wb := d.upload(dx[:n*c]), d.upload(dout[:n*c]), d.upload(x[:n*c]), d.upload(w[:c])
		mb, rb, dwb, dbb := d.upload(mean[:n]), d.upload(rstd[:n]), d.upload(dw[:c]), d.upload(db[:c])
		defer d.release(dxb, doutb, xb, wb, mb, rb, dwb, dbb)
		d.launch("poa_layernorm_dx", [3]int{n, 1, 1}, rowThreads, ptrArg(dxb), ptrArg(doutb), ptrArg(xb), ptrArg(wb), ptrArg(mb), ptrArg(rb), i32(c))
		d.launch("poa_layernorm_dwdb", [3]int{(c + 255) / 256, 1, 1}, 256, ptrArg(dwb), ptrArg(dbb), ptrArg(doutb), ptrArg(xb), ptrArg(mb), ptrArg(rb), i32(n), i32(c))
		d.download(dx[:n*c], dxb)
		d.download(dw[:c], dwb)
		d.download(db[:c], dbb)
	})
}

func blocks(n int) [3]int { return [3]int{(n + 255) / 256, 1, 1} }

// GELU implements kernels.Ops.
func (d *Device) GELU(out, x []float32) {
	need("out", out, len(x))
	n := len(x)
	if n == 0 {
		return
	}
	d.do(func() {
		xb, ob := d.upload(x), d.scratch(n)
		defer d.release(xb, ob)
		d.launch("poa_gelu", blocks(n), 256, ptrArg(ob), ptrArg(xb), i64(n))
		d.download(out[:n], ob)
	})
}

// GELUBackward implements kernels.Ops.
func (d *Device) GELUBackward(dx, dout, x []float32) {
	n := len(x)
	need("dx", dx, n)
	need("dout", dout, n)
	if n == 0 {
		return
	}
	d.do(func() {
		dxb, db, xb := d.upload(dx[:n]), d.upload(dout[:n]), d.upload(x)
		defer d.release(dxb, db, xb)
		d.launch("poa_gelu_bwd", blocks(n), 256, ptrArg(dxb), ptrArg(db), ptrArg(xb), i64(n))
		d.download(dx[:n], dxb)
	})
}

// Softmax implements kernels.Ops.
func (d *Device) Softmax(x []float32, n, m int) {
	need("x", x, n*m)
	if n == 0 || m == 0 {
		return
	}
	d.do(func() {
		xb := d.upload(x[:n*m])
		defer d.release(xb)
		d.launch("poa_softmax", [3]int{n, 1, 1}, rowThreads, ptrArg(xb), i32(m))
		d.download(x[:n*m], xb)
	})
}

// AdamW implements kernels.Ops.
func (d *Device) AdamW(params, grads, m, v []float32, decay []bool, lr, beta1, beta2, eps, wd float64, step int) {
	n := len(params)
	need("grads", grads, n)
	need("m", m, n)
	need("v", v, n)
	if decay != nil && len(decay) < n {
		panic(kernels.ErrShape)
	}
	if n == 0 {
		return
	}
	c1 := 1 - math.Pow(beta1, float64(step))
	c2 := 1 - math.Pow(beta2, float64(step))
	d.do(func() {
		pb, gb, mb, vb := d.upload(params), d.upload(grads[:n]), d.upload(m[:n]), d.upload(v[:n])
		var decb buffer
		if decay != nil {
			// a Go bool is one byte holding 0 or 1: the kernel reads it as such.
			decb = d.alloc(n)
			d.must("cuMemcpyHtoD_v2", d.drv.cuMemcpyHtoD(decb.ptr, unsafe.Pointer(&decay[0]), uint64(n)))
		}
		defer d.release(pb, gb, mb, vb, decb)
		d.launch("poa_adamw", blocks(n), 256, ptrArg(pb), ptrArg(gb), ptrArg(mb), ptrArg(vb), ptrArg(decb),
			i64(n), f64Arg(lr), f64Arg(beta1), f64Arg(beta2), f64Arg(eps), f64Arg(wd), f64Arg(c1), f64Arg(c2))
		d.download(params, pb)
		d.download(m[:n], mb)
		d.download(v[:n], vb)
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

package kernels

// BatchedMatMulNT computes batch independent products out_b[N,M] = x_b[N,K]·w_b[M,K]ᵀ
// where x_b = x[b·sx:], w_b = w[b·sw:] and out_b = out[b·so:] (strides in elements):
//
//	for b < batch: for i < N: for j < M: out[b·so+i·M+j] = Σ_k x[b·sx+i·K+k]·w[b·sw+j·K+k]
//
// It serves attention scores, one product per (sequence, head). Outputs of different
// batches must not overlap. Cost O(batch·N·K·M).
func BatchedMatMulNT[T Float](out, x, w []T, batch, n, k, m, sx, sw, so int) {
	if batch <= 0 {
		return
	}
	need("out", out, (batch-1)*so+n*m)
	need("x", x, (batch-1)*sx+n*k)
	need("w", w, (batch-1)*sw+m*k)
	if a := offload[T](batch * n * k * m); a != nil {
		a.BatchedMatMulNT(f32(out), f32(x), f32(w), batch, n, k, m, sx, sw, so)
		return
	}
	cpuBatchedMatMulNT(out, x, w, batch, n, k, m, sx, sw, so)
}

func cpuBatchedMatMulNT[T Float](out, x, w []T, batch, n, k, m, sx, sw, so int) {
	if o32, ok := any(out).([]float32); ok && useGEMM(n, k, m) {
		// One serial blocked product per batch, batches spread over the cores (the
		// batches are many and alike: attention heads).
		x32, w32 := any(x).([]float32), any(w).([]float32)
		ForEach(batch, func(b int) {
			o := o32[b*so : b*so+n*m]
			gemm32(o, m, operand{x32[b*sx : b*sx+n*k], k, 1}, operand{w32[b*sw : b*sw+m*k], 1, k}, n, k, m, false, cStart{set: true})
		})
		return
	}
	ForEach(batch, func(b int) {
		cpuMatMulNT(out[b*so:b*so+n*m], x[b*sx:b*sx+n*k], w[b*sw:b*sw+m*k], n, k, m, false)
	})
}

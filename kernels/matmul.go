package kernels

// MatMul computes out[N,M] = x[N,K]·w[K,M] + bias[M] (bias may be nil):
//
//	for i < N: for j < M: out[i,j] = bias[j] + Σ_k x[i,k]·w[k,j]
//
// This is a Conv1D / "x·W" layer with W stored [in, out]. out must not alias x or w.
// Cost O(N·K·M); rows of out are split over goroutines, four rows share each load of
// a row of w.
func MatMul[T Float](out, x, w, bias []T, n, k, m int) {
	if a := offload[T](n * k * m); a != nil {
		a.MatMul(f32(out), f32(x), f32(w), f32(bias), n, k, m)
		return
	}
	cpuMatMul(out, x, w, bias, n, k, m)
}

func cpuMatMul[T Float](out, x, w, bias []T, n, k, m int) {
	need("out", out, n*m)
	need("x", x, n*k)
	need("w", w, k*m)
	if bias != nil {
		need("bias", bias, m)
	}
	if o32, ok := any(out).([]float32); ok && k > 0 {
		b32, _ := any(bias).([]float32)
		matMul32(o32, any(x).([]float32), any(w).([]float32), b32, n, k, m)
		return
	}
	parallelFor(n, 4, n*k*m, func(lo, hi int) {
		i := lo
		for ; i+4 <= hi; i += 4 {
			o0, o1, o2, o3 := out[i*m:i*m+m], out[(i+1)*m:(i+1)*m+m], out[(i+2)*m:(i+2)*m+m], out[(i+3)*m:(i+3)*m+m]
			initRow(o0, bias)
			initRow(o1, bias)
			initRow(o2, bias)
			initRow(o3, bias)
			x0, x1, x2, x3 := x[i*k:i*k+k], x[(i+1)*k:(i+1)*k+k], x[(i+2)*k:(i+2)*k+k], x[(i+3)*k:(i+3)*k+k]
			for p := 0; p < k; p++ {
				a0, a1, a2, a3 := x0[p], x1[p], x2[p], x3[p]
				wr := w[p*m : p*m+m]
				o0, o1, o2, o3 := o0[:len(wr)], o1[:len(wr)], o2[:len(wr)], o3[:len(wr)]
				for j, wv := range wr {
					o0[j] += a0 * wv
					o1[j] += a1 * wv
					o2[j] += a2 * wv
					o3[j] += a3 * wv
				}
			}
		}
		for ; i < hi; i++ {
			o := out[i*m : i*m+m]
			initRow(o, bias)
			xr := x[i*k : i*k+k]
			for p, a := range xr {
				wr := w[p*m : p*m+m]
				o := o[:len(wr)]
				for j, wv := range wr {
					o[j] += a * wv
				}
			}
		}
	})
}

func initRow[T Float](o, bias []T) {
	if bias == nil {
		clear(o)
		return
	}
	copy(o, bias[:len(o)])
}

// MatMulNT computes out[N,M] = x[N,K]·w[M,K]ᵀ, or adds it to out when acc:
//
//	for i < N: for j < M: out[i,j] (+)= Σ_k x[i,k]·w[j,k]
//
// It serves dX = dY·Wᵀ for a Conv1D weight, the tied LM head (logits = h·wteᵀ)
// and the LoRA products. out must not alias x or w. Cost O(N·K·M).
func MatMulNT[T Float](out, x, w []T, n, k, m int, acc bool) {
	if a := offload[T](n * k * m); a != nil {
		a.MatMulNT(f32(out), f32(x), f32(w), n, k, m, acc)
		return
	}
	cpuMatMulNT(out, x, w, n, k, m, acc)
}

func cpuMatMulNT[T Float](out, x, w []T, n, k, m int, acc bool) {
	need("out", out, n*m)
	need("x", x, n*k)
	need("w", w, m*k)
	if o32, ok := any(out).([]float32); ok {
		matMulNT32(o32, any(x).([]float32), any(w).([]float32), n, k, m, acc)
		return
	}
	parallelFor(n, 4, n*k*m, func(lo, hi int) {
		i := lo
		for ; i+4 <= hi; i += 4 {
			x0, x1, x2, x3 := x[i*k:i*k+k], x[(i+1)*k:(i+1)*k+k], x[(i+2)*k:(i+2)*k+k], x[(i+3)*k:(i+3)*k+k]
			for j := 0; j < m; j++ {
				wr := w[j*k : j*k+k]
				x0, x1, x2, x3 := x0[:len(wr)], x1[:len(wr)], x2[:len(wr)], x3[:len(wr)]
				var s0, s1, s2, s3 T
				for p, wv := range wr {
					s0 += x0[p] * wv
					s1 += x1[p] * wv
					s2 += x2[p] * wv
					s3 += x3[p] * wv
				}
				if acc {
					out[i*m+j] += s0
					out[(i+1)*m+j] += s1
					out[(i+2)*m+j] += s2
					out[(i+3)*m+j] += s3
				} else {
					out[i*m+j] = s0
					out[(i+1)*m+j] = s1
					out[(i+2)*m+j] = s2
					out[(i+3)*m+j] = s3
				}
			}
		}
		for ; i < hi; i++ {
			xr := x[i*k : i*k+k]
			for j := 0; j < m; j++ {
				wr := w[j*k : j*k+k]
				xr := xr[:len(wr)]
				var s T
				for p, wv := range wr {
					s += xr[p] * wv
				}
				if acc {
					out[i*m+j] += s
				} else {
					out[i*m+j] = s
				}
			}
		}
	})
}

// MatMulTN accumulates out[K,M] += a[N,K]ᵀ·b[N,M]:
//
//	for p < K: for j < M: out[p,j] += Σ_i a[i,p]·b[i,j]
//
// It serves weight gradients, dW += xᵀ·dY. The sum over i runs in increasing i for
// every element, so the result is deterministic. out must not alias a or b.
// Cost O(N·K·M).
func MatMulTN[T Float](out, a, b []T, n, k, m int) {
	if dev := offload[T](n * k * m); dev != nil {
		dev.MatMulTN(f32(out), f32(a), f32(b), n, k, m)
		return
	}
	cpuMatMulTN(out, a, b, n, k, m)
}

func cpuMatMulTN[T Float](out, a, b []T, n, k, m int) {
	need("out", out, k*m)
	need("a", a, n*k)
	need("b", b, n*m)
	if o32, ok := any(out).([]float32); ok && n > 0 {
		matMulTN32(o32, any(a).([]float32), any(b).([]float32), n, k, m)
		return
	}
	parallelFor(k, 4, n*k*m, func(lo, hi int) {
		p := lo
		for ; p+4 <= hi; p += 4 {
			o0, o1, o2, o3 := out[p*m:p*m+m], out[(p+1)*m:(p+1)*m+m], out[(p+2)*m:(p+2)*m+m], out[(p+3)*m:(p+3)*m+m]
			for i := 0; i < n; i++ {
				ar := a[i*k+p : i*k+p+4]
				a0, a1, a2, a3 := ar[0], ar[1], ar[2], ar[3]
				br := b[i*m : i*m+m]
				o0, o1, o2, o3 := o0[:len(br)], o1[:len(br)], o2[:len(br)], o3[:len(br)]
				for j, bv := range br {
					o0[j] += a0 * bv
					o1[j] += a1 * bv
					o2[j] += a2 * bv
					o3[j] += a3 * bv
				}
			}
		}
		for ; p < hi; p++ {
			o := out[p*m : p*m+m]
			for i := 0; i < n; i++ {
				av := a[i*k+p]
				br := b[i*m : i*m+m]
				o := o[:len(br)]
				for j, bv := range br {
					o[j] += av * bv
				}
			}
		}
	})
}

// ColSum accumulates out[M] += Σ_i x[i,j] over the N rows of x[N,M] (bias
// gradients), summing rows in increasing order. On amd64 with AVX2 the columns go
// eight (float32) or four (float64) to a register, each lane one column's chain in
// the same order, so the sums are the scalar loop's bit for bit (TestColSum); the
// loop here does the last m mod 8 (4) columns and everything elsewhere.
func ColSum[T Float](out, x []T, n, m int) {
	need("out", out, m)
	need("x", x, n*m)
	j0 := colSumLanes(out, x, n, m)
	colSumGo(out, x, n, m, j0)
}

// colSumGo is ColSum's scalar loop on columns j0 ≤ j < m: out[j] += x[i,j] for
// i = 0, 1, …, n−1.
func colSumGo[T Float](out, x []T, n, m, j0 int) {
	if j0 >= m {
		return
	}
	o := out[j0:m]
	for i := 0; i < n; i++ {
		xr := x[i*m+j0 : i*m+m]
		for j, v := range xr {
			o[j] += v
		}
	}
}

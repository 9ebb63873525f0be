package kernels

import (
	"math"
	"runtime"
)

// LayerNorm normalizes each of the N rows of x[N,C] and applies the affine map:
//
//	mean_i = Σ_c x[i,c]/C;  rstd_i = 1/sqrt(Σ_c (x[i,c]-mean_i)²/C + eps)
//	out[i,c] = (x[i,c]-mean_i)·rstd_i·w[c] + b[c]
//
// mean and rstd (length N) receive the statistics when non-nil (the backward pass
// reads them). out may alias x.
func LayerNorm[T Float](out, mean, rstd, x, w, b []T, n, c int, eps float64) {
	need("out", out, n*c)
	need("x", x, n*c)
	need("w", w, c)
	need("b", b, c)
	o32, is32 := any(out).([]float32)
	x32, _ := any(x).([]float32)
	w32, _ := any(w).([]float32)
	b32, _ := any(b).([]float32)
	parallelFor(n, 1, n*c*4, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			xr := x[i*c : i*c+c]
			mu := sum64(xr) / float64(c)
			rs := 1 / math.Sqrt(sqDev64(xr, mu)/float64(c)+eps)
			m, r := T(mu), T(rs)
			o := out[i*c : i*c+c]
			w, b := w[:len(o)], b[:len(o)]
			j0 := 0
			if is32 { // eight lanes of AVX2 on amd64, the same float32 operations
				j0 = lnAffine8(o32[i*c:i*c+c], x32[i*c:i*c+c], w32[:c], b32[:c], float32(m), float32(r))
			}
			for j := j0; j < len(o); j++ {
				o[j] = (xr[j]-m)*r*w[j] + b[j]
			}
			if mean != nil {
				mean[i] = m
			}
			if rstd != nil {
				rstd[i] = r
			}
		}
	})
}

// sum64 returns Σ x[j] in float64, in four interleaved partial sums (j mod 4) added
// at the end: a fixed order (deterministic) without one long dependency chain.
func sum64[T Float](x []T) float64 {
	var s0, s1, s2, s3 float64
	j := 0
	if x32, ok := any(x).([]float32); ok { // four lanes of AVX2 on amd64, the same sums
		var s [4]float64
		j = sum4(x32, &s)
		s0, s1, s2, s3 = s[0], s[1], s[2], s[3]
	}
	for ; j+4 <= len(x); j += 4 {
		v := x[j : j+4 : j+4]
		s0 += float64(v[0])
		s1 += float64(v[1])
		s2 += float64(v[2])
		s3 += float64(v[3])
	}
	for ; j < len(x); j++ {
		s0 += float64(x[j])
	}
	return (s0 + s1) + (s2 + s3)
}

// sqDev64 returns Σ (x[j]−mu)² in float64, summed like sum64.
func sqDev64[T Float](x []T, mu float64) float64 {
	var s0, s1, s2, s3 float64
	j := 0
	if x32, ok := any(x).([]float32); ok {
		var s [4]float64
		j = sqDev4(x32, mu, &s)
		s0, s1, s2, s3 = s[0], s[1], s[2], s[3]
	}
	for ; j+4 <= len(x); j += 4 {
		v := x[j : j+4 : j+4]
		d0, d1, d2, d3 := float64(v[0])-mu, float64(v[1])-mu, float64(v[2])-mu, float64(v[3])-mu
		s0 += d0 * d0
		s1 += d1 * d1
		s2 += d2 * d2
		s3 += d3 * d3
	}
	for ; j < len(x); j++ {
		d := float64(x[j]) - mu
		s0 += d * d
	}
	return (s0 + s1) + (s2 + s3)
}

// LayerNormBackward accumulates the gradients of LayerNorm given dout[N,C], the input
// x, and the saved mean and rstd:
//
//	xhat = (x-mean)·rstd;  dxhat = dout·w
//	dx += rstd·(dxhat − mean_c(dxhat) − xhat·mean_c(dxhat·xhat))
//	dw += Σ_i dout·xhat;   db += Σ_i dout
//
// dw and db are summed over rows in increasing order (deterministic, the same sums
// whatever the number of workers); dw and db both nil skip them (a caller that sums
// its own row ranges, per-example gradients).
func LayerNormBackward[T Float](dx, dw, db, dout, x, w, mean, rstd []T, n, c int) {
	need("dx", dx, n*c)
	need("dout", dout, n*c)
	need("x", x, n*c)
	sums := dw != nil || db != nil
	if sums {
		need("dw", dw, c)
		need("db", db, c)
	}
	dx32, is32 := any(dx).([]float32)
	dout32, _ := any(dout).([]float32)
	x32, _ := any(x).([]float32)
	w32, _ := any(w).([]float32)
	// rowDx adds row i's dx; with acc it also adds the row's dw, db terms, in the
	// arithmetic of the column pass below: the one-worker form, a pass fewer.
	rowDx := func(i int, acc bool) {
		xr, dr, dxr := x[i*c:i*c+c], dout[i*c:i*c+c], dx[i*c:i*c+c]
		w := w[:len(xr)]
		dr, dxr = dr[:len(xr)], dxr[:len(xr)]
		m, r := mean[i], rstd[i]
		var s1, s2 T
		for j := range xr {
			xh := (xr[j] - m) * r
			g := dr[j] * w[j]
			s1 += g
			s2 += g * xh
		}
		s1 /= T(c)
		s2 /= T(c)
		j0 := 0
		if is32 { // eight lanes of AVX2 on amd64, the same float32 operations
			var dw32, db32 []float32
			if acc {
				dw32, db32 = any(dw).([]float32)[:c], any(db).([]float32)[:c]
			}
			j0 = lnBackward8(dx32[i*c:i*c+c], dw32, db32, dout32[i*c:i*c+c], x32[i*c:i*c+c], w32[:c], float32(m), float32(r), float32(s1), float32(s2))
		}
		if !acc {
			for j := j0; j < len(xr); j++ {
				xh := (xr[j] - m) * r
				g := dr[j] * w[j]
				dxr[j] += r * (g - s1 - xh*s2)
			}
			return
		}
		dw, db := dw[:len(xr)], db[:len(xr)]
		for j := j0; j < len(xr); j++ {
			d := dr[j]
			xm := xr[j] - m
			xh := xm * r
			g := d * w[j]
			dxr[j] += r * (g - s1 - xh*s2)
			dw[j] += d * xm * r
			db[j] += d
		}
	}
	if sums && oneWorker(n, 1, n*c*6) {
		for i := 0; i < n; i++ {
			rowDx(i, true)
		}
		return
	}
	parallelFor(n, 1, n*c*6, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			rowDx(i, false)
		}
	})
	if !sums {
		return
	}
	// dw, db: columns split over goroutines, each column summed over rows in
	// increasing order (the same order whatever the split).
	parallelFor(c, 64, n*c*3, func(lo, hi int) {
		dwc, dbc := dw[lo:hi], db[lo:hi]
		for i := 0; i < n; i++ {
			xr, dr := x[i*c+lo:i*c+hi], dout[i*c+lo:i*c+hi]
			xr, dwc, dbc := xr[:len(dr)], dwc[:len(dr)], dbc[:len(dr)]
			m, r := mean[i], rstd[i]
			for j, d := range dr {
				dwc[j] += d * (xr[j] - m) * r
				dbc[j] += d
			}
		}
	})
}

// oneWorker reports whether parallelFor(n, align, work, ·) runs everything in one call.
func oneWorker(n, align, work int) bool {
	return runtime.GOMAXPROCS(0) == 1 || work/minWork <= 1 || n <= align
}

const geluScale = 0.7978845608028654 // sqrt(2/π)

// expNeg2u returns e^(−2u) for GELU's u = sqrt(2/π)·(x + 0.044715·x³), with the
// exponent capped at 700 so that e, 1/(1+e) and e/(1+e) stay finite and nonzero (at
// the cap GELU(x) is below 1e-304·|x|, 0 in float32). Then 0.5·(1 + tanh u) = 1/(1 + e^(−2u)) = σ(2u) with
// no cancellation, so the float32 kernels compute GELU(x) = x·σ(2u).
func expNeg2u(x float64) float64 { return expFast(geluExpArg(x)) }

// geluExpArg is the exponent of expNeg2u: −2u capped at 700.
func geluExpArg(x float64) float64 { return min(-2*geluScale*(x+0.044715*x*x*x), 700) }

// GELU applies the tanh approximation elementwise (GPT-2's "gelu_new"):
//
//	out[i] = 0.5·x·(1 + tanh(sqrt(2/π)·(x + 0.044715·x³)))
//
// out may alias x. float32 computes x·σ(2u) = the same value in float64 through
// expFast (below a float32 ulp from the formula); float64 uses math.Tanh.
func GELU[T Float](out, x []T) {
	need("out", out, len(x))
	if x32, ok := any(x).([]float32); ok {
		gelu32(any(out).([]float32), x32)
		return
	}
	parallelFor(len(x), 64, len(x)*20, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			v := float64(x[i])
			out[i] = T(0.5 * v * (1 + math.Tanh(geluScale*(v+0.044715*v*v*v))))
		}
	})
}

// GELUBackward accumulates dx[i] += dout[i]·GELU'(x[i]) for the tanh approximation.
func GELUBackward[T Float](dx, dout, x []T) { geluBackward(dx, dout, x, false) }

// GELUBackwardInto sets dx[i] = dout[i]·GELU'(x[i]): GELUBackward into a zeroed dx,
// bit for bit (−0 included: it adds the product to +0), without clearing dx first.
func GELUBackwardInto[T Float](dx, dout, x []T) { geluBackward(dx, dout, x, true) }

func geluBackward[T Float](dx, dout, x []T, set bool) {
	need("dx", dx, len(x))
	need("dout", dout, len(x))
	if x32, ok := any(x).([]float32); ok {
		geluBackward32(any(dx).([]float32), any(dout).([]float32), x32, set)
		return
	}
	parallelFor(len(x), 64, len(x)*20, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			v := float64(x[i])
			u := geluScale * (v + 0.044715*v*v*v)
			th := math.Tanh(u)
			sech2 := 1 - th*th
			d := 0.5*(1+th) + 0.5*v*sech2*geluScale*(1+3*0.044715*v*v)
			if set {
				dx[i] = 0 + T(d)*dout[i]
			} else {
				dx[i] += T(d) * dout[i]
			}
		}
	})
}

// Softmax replaces each of the N rows of x[N,M] by its softmax, computed stably
// (max subtracted, sums in float64): x[i,j] = exp(x[i,j]-max_i)/Σ_j exp(x[i,j]-max_i).
// It returns nothing; a row of -Inf only is a programmer error and yields NaN.
func Softmax[T Float](x []T, n, m int) {
	need("x", x, n*m)
	parallelFor(n, 1, n*m*10, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			SoftmaxRow(x[i*m : i*m+m])
		}
	})
}

// SoftmaxRow is Softmax on one row, in place, and returns log Σ exp(x) of the input.
// float32 rows use expFast (relative error < 1e-8), float64 rows math.Exp.
func SoftmaxRow[T Float](x []T) float64 {
	if x32, ok := any(x).([]float32); ok {
		return softmaxRow32(x32)
	}
	mx := math.Inf(-1)
	for _, v := range x {
		mx = max(mx, float64(v))
	}
	var s float64
	for j, v := range x {
		e := math.Exp(float64(v) - mx)
		x[j] = T(e)
		s += e
	}
	inv := 1 / s
	for j := range x {
		x[j] = T(float64(x[j]) * inv)
	}
	return mx + math.Log(s)
}

// AdamW applies one decoupled-weight-decay Adam step (Loshchilov & Hutter) to params
// from grads, updating the moment buffers m and v in place. step counts from 1:
//
//	m = β1·m + (1-β1)·g;  v = β2·v + (1-β2)·g²
//	p -= lr·( (m/(1-β1^step)) / (sqrt(v/(1-β2^step)) + eps) + wd·p )
//
// decay[i] false exempts element i from weight decay (nil: all decay).
func AdamW[T Float](params, grads, m, v []T, decay []bool, lr, beta1, beta2, eps, wd float64, step int) {
	n := len(params)
	need("grads", grads, n)
	need("m", m, n)
	need("v", v, n)
	if decay != nil && len(decay) < n {
		panic(ErrShape)
	}
	c1 := 1 - math.Pow(beta1, float64(step))
	c2 := 1 - math.Pow(beta2, float64(step))
	p32, is32 := any(params).([]float32)
	k := [9]float64{beta1, 1 - beta1, beta2, 1 - beta2, c1, c2, eps, wd, lr}
	parallelFor(n, 64, n*10, func(lo, hi int) {
		if is32 { // four lanes of AVX2 on amd64, the same arithmetic
			var d []bool
			if decay != nil {
				d = decay[lo:hi]
			}
			lo += adamW4(p32[lo:hi], any(grads).([]float32)[lo:hi], any(m).([]float32)[lo:hi], any(v).([]float32)[lo:hi], d, &k)
		}
		for i := lo; i < hi; i++ {
			g := float64(grads[i])
			mi := beta1*float64(m[i]) + (1-beta1)*g
			vi := beta2*float64(v[i]) + (1-beta2)*g*g
			m[i], v[i] = T(mi), T(vi)
			upd := (mi / c1) / (math.Sqrt(vi/c2) + eps)
			if decay == nil || decay[i] {
				upd += wd * float64(params[i])
			}
			params[i] = T(float64(params[i]) - lr*upd)
		}
	})
}

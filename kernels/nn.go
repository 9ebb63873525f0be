package kernels

import "math"

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
	parallelFor(n, 1, n*c*4, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			xr := x[i*c : i*c+c]
			var s float64
			for _, v := range xr {
				s += float64(v)
			}
			mu := s / float64(c)
			var v2 float64
			for _, v := range xr {
				d := float64(v) - mu
				v2 += d * d
			}
			rs := 1 / math.Sqrt(v2/float64(c)+eps)
			m, r := T(mu), T(rs)
			o := out[i*c : i*c+c]
			for j := range o {
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

// LayerNormBackward accumulates the gradients of LayerNorm given dout[N,C], the input
// x, and the saved mean and rstd:
//
//	xhat = (x-mean)·rstd;  dxhat = dout·w
//	dx += rstd·(dxhat − mean_c(dxhat) − xhat·mean_c(dxhat·xhat))
//	dw += Σ_i dout·xhat;   db += Σ_i dout
//
// dw and db are summed over rows in increasing order (deterministic).
func LayerNormBackward[T Float](dx, dw, db, dout, x, w, mean, rstd []T, n, c int) {
	need("dx", dx, n*c)
	need("dout", dout, n*c)
	need("x", x, n*c)
	need("dw", dw, c)
	need("db", db, c)
	parallelFor(n, 1, n*c*6, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			xr, dr, dxr := x[i*c:i*c+c], dout[i*c:i*c+c], dx[i*c:i*c+c]
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
			for j := range xr {
				xh := (xr[j] - m) * r
				g := dr[j] * w[j]
				dxr[j] += r * (g - s1 - xh*s2)
			}
		}
	})
	for i := 0; i < n; i++ {
		xr, dr := x[i*c:i*c+c], dout[i*c:i*c+c]
		m, r := mean[i], rstd[i]
		for j := range xr {
			dw[j] += dr[j] * (xr[j] - m) * r
			db[j] += dr[j]
		}
	}
}

const geluScale = 0.7978845608028654 // sqrt(2/π)

// GELU applies the tanh approximation elementwise (GPT-2's "gelu_new"):
//
//	out[i] = 0.5·x·(1 + tanh(sqrt(2/π)·(x + 0.044715·x³)))
//
// out may alias x.
func GELU[T Float](out, x []T) {
	need("out", out, len(x))
	parallelFor(len(x), 64, len(x)*20, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			v := float64(x[i])
			out[i] = T(0.5 * v * (1 + math.Tanh(geluScale*(v+0.044715*v*v*v))))
		}
	})
}

// GELUBackward accumulates dx[i] += dout[i]·GELU'(x[i]) for the tanh approximation.
func GELUBackward[T Float](dx, dout, x []T) {
	need("dx", dx, len(x))
	need("dout", dout, len(x))
	parallelFor(len(x), 64, len(x)*20, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			v := float64(x[i])
			u := geluScale * (v + 0.044715*v*v*v)
			th := math.Tanh(u)
			sech2 := 1 - th*th
			d := 0.5*(1+th) + 0.5*v*sech2*geluScale*(1+3*0.044715*v*v)
			dx[i] += T(d) * dout[i]
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
func SoftmaxRow[T Float](x []T) float64 {
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
	parallelFor(n, 64, n*10, func(lo, hi int) {
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

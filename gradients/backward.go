package gradients

import (
	"fmt"
	"sync"

	"poa/inference"
	"poa/kernels"
)

// LinearObserver sees, for every linear layer during the backward pass, its input x
// ([N, in]) and the gradient of the loss with respect to its output dy ([N, out]),
// N = B·T rows (row b·T+t is position t of batch row b). The weight gradient of that
// layer is xᵀ·dy; observers use the factors without forming it (per-example and
// sketched gradients). Slices are valid only during the call.
type LinearObserver[T kernels.Float] func(layer, target int, x, dy []T, in, out int)

// Grads says which gradients Backward accumulates (into, never overwriting).
type Grads[T kernels.Float] struct {
	// Base receives gradients of every base parameter; nil skips them (the
	// expensive weight products of the frozen base are then not computed).
	Base *inference.Params[T]
	// BaseRows, when non-nil (len B), receives per-row gradients of every base
	// parameter: BaseRows[b] gets the gradient of row b's share of the loss
	// (per-example gradients of all parameters from one backward pass).
	BaseRows []*inference.Params[T]
	// Adapters receive LoRA gradients with the layout of the batch's Adapters: one
	// buffer for all rows, or one per row (per-example gradients). nil skips them.
	Adapters []*inference.Adapter[T]
	// Observe, when non-nil, is called for each linear layer.
	Observe LinearObserver[T]
}

// Backward accumulates the gradients of L = Σ_i weights[i]·Losses[i] (i over the B·T
// positions of the last Forward into a; weights of positions without a target are
// ignored) with respect to what g asks for. a must hold the activations of a Forward
// of bt with Targets set, and no KV cache. The backward of each layer reads only the
// activations its forward saved (llm.c style; no autograd graph).
func Backward[T kernels.Float](m *inference.Model[T], a *inference.Acts[T], bt inference.Batch[T], weights []T, g Grads[T]) {
	c := m.Cfg
	B, Tn, C, V, L := bt.B, bt.T, c.NEmbd, c.VocabSize, c.NLayer
	N := B * Tn
	if a.B != B || a.T != Tn || a.Tk != Tn || bt.Cache != nil || bt.Targets == nil {
		panic("gradients: Backward needs the activations of a Forward of the same batch, with targets and without a KV cache")
	}
	if len(weights) != N {
		panic(fmt.Sprintf("gradients: %d loss weights for %d positions", len(weights), N))
	}
	if g.BaseRows != nil && len(g.BaseRows) != B {
		panic(fmt.Sprintf("gradients: %d per-row gradient buffers for %d rows", len(g.BaseRows), B))
	}
	if g.Adapters != nil && len(g.Adapters) != len(bt.Adapters) {
		panic("gradients: adapter gradient buffers must match the batch's adapters")
	}
	p := m.P
	w := newWork[T](N, C, V, max(a.R, 1))
	defer putWork(w)

	// Loss → logits: dlogits = weight·(softmax − onehot(target)).
	dlogits := w.dlogits
	kernelsParallel(N, func(i int) {
		row := dlogits[i*V : (i+1)*V]
		tg := bt.Targets[i]
		if tg < 0 || weights[i] == 0 {
			clear(row)
			return
		}
		kernels.ExpShift(row, a.Logits[i*V:(i+1)*V], a.LogZ[i], float64(weights[i])) // weight·softmax
		row[tg] -= weights[i]
	})
	// Tied LM head.
	m.Ops.MatMul(w.dx, dlogits, p.Wte, nil, N, V, C)
	for _, sk := range g.sinks(N, Tn, func(p *inference.Params[T]) ([]T, []T) { return p.Wte, nil }) {
		n := sk.hi - sk.lo
		m.Ops.MatMulTN(sk.w, dlogits[sk.lo*V:sk.hi*V], a.Lnf[sk.lo*C:sk.hi*C], n, V, C)
	}
	last := a.Encoded
	if L > 0 {
		last = a.Layers[L-1].Res3
	}
	dres := w.dres
	clear(dres)
	lnBackward(dres, w.dx, last, p.LnfW, a.LnfMean, a.LnfRstd, g.sinks(N, Tn, func(p *inference.Params[T]) ([]T, []T) { return p.LnfW, p.LnfB }), N, C, w)

	for l := L - 1; l >= 0; l-- {
		lp, la := &p.Layers[l], &a.Layers[l]
		pick := func(f func(x *inference.Layer[T]) ([]T, []T)) []sink[T] {
			return g.sinks(N, Tn, func(p *inference.Params[T]) ([]T, []T) { return f(&p.Layers[l]) })
		}
		res := a.Encoded
		if l > 0 {
			res = a.Layers[l-1].Res3
		}
		// MLP: Res3 = Res2 + c_proj(gelu(c_fc(ln2(Res2)))). dres is dRes3.
		dh := w.d4c
		linearBackward(m, bt, g, l, inference.TargetMlpProj, dh, dres, la.FchGelu, lp.FcProjW, pick(func(x *inference.Layer[T]) ([]T, []T) { return x.FcProjW, x.FcPrB }), la.LoraU[inference.TargetMlpProj], N, 4*C, C, Tn, a.R, w)
		dfch := w.d4c2
		kernels.GELUBackwardInto(dfch, dh, la.Fch)
		linearBackward(m, bt, g, l, inference.TargetCFc, w.dx, dfch, la.Ln2, lp.FcW, pick(func(x *inference.Layer[T]) ([]T, []T) { return x.FcW, x.FcB }), la.LoraU[inference.TargetCFc], N, C, 4*C, Tn, a.R, w)
		// dRes2 = dRes3 + LN2 backward.
		lnBackward(dres, w.dx, la.Res2, lp.Ln2W, la.Ln2Mean, la.Ln2Rstd, pick(func(x *inference.Layer[T]) ([]T, []T) { return x.Ln2W, x.Ln2B }), N, C, w)
		// Attention: Res2 = res + c_proj(attn(c_attn(ln1(res)))).
		linearBackward(m, bt, g, l, inference.TargetAttProj, w.dattY, dres, la.AttY, lp.ProjW, pick(func(x *inference.Layer[T]) ([]T, []T) { return x.ProjW, x.ProjB }), la.LoraU[inference.TargetAttProj], N, C, C, Tn, a.R, w)
		attentionBackward(m, la, w.dqkv, w.dattY, B, Tn)
		linearBackward(m, bt, g, l, inference.TargetCAttn, w.dx, w.dqkv, la.Ln1, lp.AttnW, pick(func(x *inference.Layer[T]) ([]T, []T) { return x.AttnW, x.AttnB }), la.LoraU[inference.TargetCAttn], N, C, 3*C, Tn, a.R, w)
		lnBackward(dres, w.dx, res, lp.Ln1W, la.Ln1Mean, la.Ln1Rstd, pick(func(x *inference.Layer[T]) ([]T, []T) { return x.Ln1W, x.Ln1B }), N, C, w)
	}
	for _, sk := range g.sinks(N, Tn, func(p *inference.Params[T]) ([]T, []T) { return p.Wte, p.Wpe }) {
		for i := sk.lo; i < sk.hi; i++ {
			d := dres[i*C : (i+1)*C]
			addTo(sk.w[a.Tokens[i]*C:(a.Tokens[i]+1)*C], d)
			t := i % Tn
			addTo(sk.b[t*C:(t+1)*C], d)
		}
	}
}

// sink is a destination of base-parameter gradients: positions [lo, hi) of the
// batch accumulate into w and b (views chosen by the caller's selector).
type sink[T kernels.Float] struct {
	lo, hi int
	all    bool // every position of the batch (lo = 0, hi = N)
	w, b   []T
}

// sinks lists where base gradients go: all positions into Base, and row b's
// positions into BaseRows[b].
func (g Grads[T]) sinks(N, Tn int, sel func(*inference.Params[T]) ([]T, []T)) []sink[T] {
	var out []sink[T]
	if g.Base != nil {
		w, b := sel(g.Base)
		out = append(out, sink[T]{0, N, true, w, b})
	}
	for r, p := range g.BaseRows {
		w, b := sel(p)
		out = append(out, sink[T]{r * Tn, (r + 1) * Tn, false, w, b})
	}
	return out
}

// lnBackward adds the LayerNorm backward of dout to dres (the residual gradient) and
// accumulates the weight and bias gradients of each sink's positions:
// dw += Σ dout·xhat, db += Σ dout.
func lnBackward[T kernels.Float](dres, dout, x, wgt, mean, rstd []T, sinks []sink[T], N, C int, w *work[T]) {
	var dw, db []T // the kernel's column sums, when a sink takes every position
	for _, sk := range sinks {
		if sk.all {
			dw, db = w.scratchC1, w.scratchC2
			clear(dw)
			clear(db)
		}
	}
	if dw == nil && len(sinks) > 0 {
		// Per-row sinks only (Grads.BaseRows): they cover the N positions in order,
		// so each row's kernel call sums its own dw, db (the same arithmetic as the
		// loop below) along with its dx.
		for _, sk := range sinks {
			lo, hi := sk.lo, sk.hi
			kernels.LayerNormBackward(dres[lo*C:hi*C], sk.w, sk.b, dout[lo*C:hi*C], x[lo*C:hi*C], wgt, mean[lo:hi], rstd[lo:hi], hi-lo, C)
		}
		return
	}
	kernels.LayerNormBackward(dres, dw, db, dout, x, wgt, mean, rstd, N, C)
	for _, sk := range sinks {
		if sk.all { // the kernel's sums
			addTo(sk.w, dw)
			addTo(sk.b, db)
			continue
		}
		for i := sk.lo; i < sk.hi; i++ {
			xr, dr := x[i*C:(i+1)*C], dout[i*C:(i+1)*C]
			m, r := mean[i], rstd[i]
			for j := range xr {
				sk.w[j] += dr[j] * (xr[j] - m) * r
				sk.b[j] += dr[j]
			}
		}
	}
}

// linearBackward: forward was y = x·W + b (+ per-row LoRA). It writes dx = dy·Wᵀ (+
// LoRA part), and accumulates dW, db and the adapters' dA, dB as asked.
func linearBackward[T kernels.Float](m *inference.Model[T], bt inference.Batch[T], g Grads[T], l, target int, dx, dy, x, W []T, sinks []sink[T], u []T, N, in, out, Tn, R int, w *work[T]) {
	if g.Observe != nil {
		g.Observe(l, target, x[:N*in], dy[:N*out], in, out)
	}
	m.Ops.MatMulNT(dx[:N*in], dy, W, N, out, in, false)
	for _, sk := range sinks {
		lo, hi := sk.lo, sk.hi
		m.Ops.MatMulTN(sk.w, x[lo*in:hi*in], dy[lo*out:hi*out], hi-lo, in, out)
		kernels.ColSum(sk.b, dy[lo*out:hi*out], hi-lo, out)
	}
	if len(bt.Adapters) == 0 {
		return
	}
	// Row groups: all rows share one adapter, or each row has its own.
	groups, rows := bt.B, Tn
	if len(bt.Adapters) == 1 {
		groups, rows = 1, N
	}
	for b := 0; b < groups; b++ {
		ad := bt.Adapters[b]
		if ad == nil || ad.Pairs[l][target] == nil {
			continue
		}
		pr := ad.Pairs[l][target]
		r := ad.Cfg.Rank
		s := ad.Scale()
		xs, dys := x[b*Tn*in:b*Tn*in+rows*in], dy[b*Tn*out:b*Tn*out+rows*out]
		us := u[b*Tn*R : b*Tn*R+rows*r]
		du := grow(&w.du, rows*r)
		m.Ops.MatMul(du, dys, pr.B, nil, rows, out, r)
		for i := range du {
			du[i] *= s
		}
		if g.Adapters != nil && g.Adapters[b] != nil {
			gp := g.Adapters[b].Pairs[l][target]
			m.Ops.MatMulTN(gp.A, du, xs, rows, r, in)
			su := grow(&w.su, rows*r)
			for i, v := range us {
				su[i] = v * s
			}
			m.Ops.MatMulTN(gp.B, dys, su, rows, out, r)
		}
		tmp := grow(&w.tmpIn, rows*in)
		m.Ops.MatMul(tmp, du, pr.A, nil, rows, r, in)
		addTo(dx[b*Tn*in:b*Tn*in+rows*in], tmp)
	}
}

// attentionBackward writes dqkv [N,3C] from dy [N,C] (gradient of the attention
// output) using the saved qkv and attention probabilities P. Per row and head, with
// gathered contiguous Q, K, V, dY ([T,hs]):
//
//	dP = dY·Vᵀ;  dV = Pᵀ·dY
//	dS = P∘(dP − rowsum(P∘dP))·scale     (zero above the diagonal, where P is)
//	dQ = dS·K;   dK = dSᵀ·Q
func attentionBackward[T kernels.Float](m *inference.Model[T], la *inference.LayerActs[T], dqkv, dy []T, B, Tn int) {
	c := m.Cfg
	C, H, hs := c.NEmbd, c.NHead, c.HeadSize()
	scale := T(1 / sqrtf(float64(hs)))
	kernelsParallel(B*H, func(bh int) {
		b, h := bh/H, bh%H
		n := Tn * hs
		bp, _ := attPool.Get().(*[]T) // per-(row, head) buffers: 19 MB a step at the small config
		if bp == nil {
			bp = new([]T)
		}
		defer attPool.Put(bp)
		if cap(*bp) < 7*n+Tn*Tn {
			*bp = make([]T, 7*n+Tn*Tn)
		}
		buf := (*bp)[:7*n+Tn*Tn]
		clear(buf[5*n : 7*n]) // dK, dV accumulate (MatMulTN); the rest is overwritten
		Q, K, V, dY := buf[:n], buf[n:2*n], buf[2*n:3*n], buf[3*n:4*n]
		dQ, dK, dV, dS := buf[4*n:5*n], buf[5*n:6*n], buf[6*n:7*n], buf[7*n:]
		for t := 0; t < Tn; t++ {
			r := la.Qkv[(b*Tn+t)*3*C:]
			copy(Q[t*hs:(t+1)*hs], r[h*hs:(h+1)*hs])
			copy(K[t*hs:(t+1)*hs], r[C+h*hs:C+(h+1)*hs])
			copy(V[t*hs:(t+1)*hs], r[2*C+h*hs:2*C+(h+1)*hs])
			copy(dY[t*hs:(t+1)*hs], dy[(b*Tn+t)*C+h*hs:(b*Tn+t)*C+(h+1)*hs])
		}
		P := la.Att[(b*H+h)*Tn*Tn : (b*H+h+1)*Tn*Tn]
		m.Ops.MatMulNT(dS, dY, V, Tn, hs, Tn, false) // dP, turned into dS in place
		m.Ops.MatMulTN(dV, P, dY, Tn, Tn, hs)
		for t := 0; t < Tn; t++ {
			p, d := P[t*Tn:t*Tn+t+1], dS[t*Tn:(t+1)*Tn]
			var dot T
			for t2, pv := range p {
				dot += pv * d[t2]
			}
			for t2, pv := range p {
				d[t2] = pv * (d[t2] - dot) * scale
			}
			clear(d[t+1:])
		}
		m.Ops.MatMul(dQ, dS, K, nil, Tn, Tn, hs)
		m.Ops.MatMulTN(dK, dS, Q, Tn, Tn, hs)
		for t := 0; t < Tn; t++ {
			r := dqkv[(b*Tn+t)*3*C:]
			copy(r[h*hs:(h+1)*hs], dQ[t*hs:(t+1)*hs])
			copy(r[C+h*hs:C+(h+1)*hs], dK[t*hs:(t+1)*hs])
			copy(r[2*C+h*hs:2*C+(h+1)*hs], dV[t*hs:(t+1)*hs])
		}
	})
}

type work[T kernels.Float] struct {
	dlogits, dx, dres, d4c, d4c2, dattY, dqkv []T
	scratchC1, scratchC2                      []T
	du, su, tmpIn                             []T
}

// attPool keeps attentionBackward's per-(row, head) buffers (*[]float32 or
// *[]float64) between heads and calls.
var attPool sync.Pool

// workPool keeps Backward's buffers (*work[float32] or *work[float64]) between
// calls: at the small config they are 16 MB per call, whose allocation, page faults
// and collection showed in a training step's profile.
var workPool sync.Pool

// newWork returns buffers for a batch of N positions, from workPool when it has a
// *work[T]; putWork gives them back. A pooled buffer keeps the last call's values:
// Backward writes every element of dlogits, dx, d4c, d4c2, dattY and dqkv before
// reading it (products without accumulation, ExpShift or clear per row of logits,
// GELUBackwardInto, attention's per-head copies) and clears dres and the scratch
// sums itself, so clearing here (15 MB a call at the small config) was a pass over
// memory for nothing.
func newWork[T kernels.Float](N, C, V, R int) *work[T] {
	w, _ := workPool.Get().(*work[T])
	if w == nil {
		w = new(work[T])
	}
	for _, b := range []struct {
		p *[]T
		n int
	}{{&w.dlogits, N * V}, {&w.dx, N * C}, {&w.dres, N * C}, {&w.d4c, N * 4 * C}, {&w.d4c2, N * 4 * C},
		{&w.dattY, N * C}, {&w.dqkv, N * 3 * C}, {&w.scratchC1, C}, {&w.scratchC2, C}} {
		if cap(*b.p) < b.n {
			*b.p = make([]T, b.n)
		} else {
			*b.p = (*b.p)[:b.n] // not cleared: see newWork
		}
	}
	return w
}

func putWork[T kernels.Float](w *work[T]) { workPool.Put(w) }

func grow[T any](p *[]T, n int) []T {
	if cap(*p) < n {
		*p = make([]T, n)
	}
	*p = (*p)[:n]
	return *p
}

// addTo adds src into dst (dst[i] += src[i]).
func addTo[T kernels.Float](dst, src []T) { kernels.Add(dst[:len(src)], dst[:len(src)], src) }

// kernelsParallel runs fn(i) for i in [0, n) in parallel (see kernels.ForEach).
func kernelsParallel(n int, fn func(i int)) { kernels.ForEach(n, fn) }

package gradients

import (
	"context"
	"fmt"
	"sync"

	"poa/inference"
	"poa/kernels"
)

// TokenSketches returns one sketch per output token j: the gradient of
// −log p(output[j] | prompt, output[:j]), and those losses.
//
// One forward pass over prompt+output serves every token: under causal attention the
// activations of positions 0..p are those of the prefix of length p+1, so token j's
// loss (at position p_j = len(prompt)−1+j) depends only on its prefix, and its
// backward pass runs over those p_j+1 positions only, reading the shared
// activations. Tokens are batched: the prefixes of opts.BatchSize tokens (default: as
// many as fit maxPackedRows) are packed row after row into one backward, whose linear
// layers are each one product over all packed rows. The LM head, and the last layer
// above its attention, run at the one position per token that has a loss; the first
// layer stops at its c_attn sketch (no embedding gradient is needed).
//
// Cost: one forward over T = len(prompt)+len(output) positions and a backward over
// Σ_j (p_j+1) ≈ len(output)·(len(prompt)+len(output)/2) positions; the reference,
// TokenSketchesReference, runs a forward and a backward over T positions per token.
// The results agree to float32 rounding (TestTokenSketchesEqualReference).
func TokenSketches(ctx context.Context, m *inference.Model[float32], ad *inference.Adapter[float32], prompt, output []int, proj *Projector, opts *Options) ([][]float32, []float32, error) {
	if err := checkProjector(m, proj); err != nil {
		return nil, nil, err
	}
	r, err := queryRows(prompt, output, m.Cfg.NPositions, nil)
	if err != nil {
		return nil, nil, err
	}
	bt := r.batch(ad, false)
	var a inference.Acts[float32]
	if err := m.Forward(&a, bt); err != nil {
		return nil, nil, err
	}
	return tokenSketchesFrom(ctx, m, ad, &a, prompt, output, proj, opts)
}

// QueryAndTokenSketches returns what QuerySketch and TokenSketches return, from one
// forward pass: both take the gradients of losses over the same batch (prompt+output,
// a target at every output position), so the forward that QuerySketch runs for the
// mean loss is the one whose activations every token's backward reads. The results
// are bit-for-bit those of the two calls (the same forward over the same batch, then
// the same backward passes, which only read the activations;
// TestQueryAndTokenSketchesEqualSeparate). It saves one forward over prompt+output.
func QueryAndTokenSketches(ctx context.Context, m *inference.Model[float32], ad *inference.Adapter[float32], prompt, output []int, proj *Projector, opts *Options) (q []float32, qloss float32, tokens [][]float32, losses []float32, err error) {
	if err := checkProjector(m, proj); err != nil {
		return nil, 0, nil, nil, err
	}
	r, err := queryRows(prompt, output, m.Cfg.NPositions, nil)
	if err != nil {
		return nil, 0, nil, nil, err
	}
	bt := r.batch(ad, false)
	var a inference.Acts[float32]
	if err := m.Forward(&a, bt); err != nil {
		return nil, 0, nil, nil, err
	}
	sk, ql := sketchForward(m, &a, bt, r, proj)
	tokens, losses, err = tokenSketchesFrom(ctx, m, ad, &a, prompt, output, proj, opts)
	if err != nil {
		return nil, 0, nil, nil, err
	}
	return sk[0], ql[0], tokens, losses, nil
}

// tokenSketchesFrom is TokenSketches after its forward: a holds the activations of
// the Forward of queryRows(prompt, output, …, nil)'s batch.
func tokenSketchesFrom(ctx context.Context, m *inference.Model[float32], ad *inference.Adapter[float32], a *inference.Acts[float32], prompt, output []int, proj *Projector, opts *Options) ([][]float32, []float32, error) {
	tb := newTokenBackward(m, ad, a, proj)
	P := len(prompt)
	sks := make([][]float32, len(output))
	losses := make([]float32, len(output))
	for j := range output {
		losses[j] = a.Losses[P-1+j]
	}
	maxRows := maxPackedRows(m.Cfg)
	for j0 := 0; j0 < len(output); {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		// A chunk: BatchSize tokens, or tokens until maxRows packed rows.
		j1, M := j0, 0
		for j1 < len(output) {
			if opts != nil && opts.BatchSize > 0 {
				if j1-j0 == opts.BatchSize {
					break
				}
			} else if j1 > j0 && M+P+j1 > maxRows {
				break
			}
			M += P + j1
			j1++
		}
		pos := make([]int, 0, j1-j0)
		for j := j0; j < j1; j++ {
			pos = append(pos, P-1+j)
		}
		copy(sks[j0:j1], tb.run(pos, output[j0:j1]))
		opts.progress(j1, len(output))
		j0 = j1
	}
	return sks, losses, nil
}

// maxPackedRows bounds the packed gradient rows of one TokenSketches backward when
// Options.BatchSize is unset: 2^19/n_embd rows (4,096 for n_embd 128), so that the
// gradient buffers, ≈ 14·n_embd floats per row, stay near 28 MiB, and at least
// n_positions (one token's longest prefix). Large enough that the linear layers'
// products are efficient.
func maxPackedRows(c inference.Config) int { return max(c.NPositions, (1<<19)/c.NEmbd) }

func checkProjector(m *inference.Model[float32], proj *Projector) error {
	if proj.Cfg.NLayer != m.Cfg.NLayer || proj.Cfg.NEmbd != m.Cfg.NEmbd {
		return fmt.Errorf("gradients: projector for n_layer=%d n_embd=%d, model has %d, %d", proj.Cfg.NLayer, proj.Cfg.NEmbd, m.Cfg.NLayer, m.Cfg.NEmbd)
	}
	return nil
}

// tokenBackward runs per-token backward passes over the activations of one forward
// of a single sequence (a.B = 1).
type tokenBackward struct {
	m    *inference.Model[float32]
	ad   *inference.Adapter[float32]
	a    *inference.Acts[float32]
	proj *Projector
	// xp[blk] = x·P_inᵀ ([T, k_in]) of the block's layer input over the shared
	// sequence: every token's prefix reads its first rows.
	xp [][]float32
	// gelu[l] = GELU'(Fch) of layer l over the shared sequence ([T, 4C]).
	gelu [][]float32
	// side[l][target] = [P_outᵀ | B] ([out, k_out+r]; either part absent when the
	// layer is not sketched or not adapted): the two thin products of a layer's dy
	// run as one. at[l][target] = Aᵀ ([in, r]) of the adapter.
	side, at [][inference.NumTargets][]float32
}

func newTokenBackward(m *inference.Model[float32], ad *inference.Adapter[float32], a *inference.Acts[float32], proj *Projector) *tokenBackward {
	tb := &tokenBackward{m: m, ad: ad, a: a, proj: proj, xp: make([][]float32, len(proj.PIn)), gelu: make([][]float32, len(a.Layers)),
		side: make([][inference.NumTargets][]float32, len(a.Layers)), at: make([][inference.NumTargets][]float32, len(a.Layers))}
	T, kin, C := a.T, proj.KIn, m.Cfg.NEmbd
	ones := make([]float32, T*4*C)
	for i := range ones {
		ones[i] = 1
	}
	for l := range a.Layers {
		la := &a.Layers[l]
		tb.gelu[l] = make([]float32, T*4*C)
		kernels.GELUBackward(tb.gelu[l], ones, la.Fch[:T*4*C])
		for _, target := range proj.Targets {
			blk := proj.block(l, target)
			in, _ := dims(m.Cfg, target)
			tb.xp[blk] = make([]float32, T*kin)
			kernels.MatMulNT(tb.xp[blk], layerInput(la, target)[:T*in], proj.PIn[blk], T, in, kin, false)
		}
		for target := range inference.NumTargets {
			in, out := dims(m.Cfg, target)
			var pout, b []float32
			ko, r := 0, 0
			if blk := proj.block(l, target); blk >= 0 {
				pout, ko = proj.POut[blk], proj.KOut
			}
			if ad != nil && ad.Pairs[l][target] != nil {
				pr := ad.Pairs[l][target]
				b, r = pr.B, ad.Cfg.Rank
				tb.at[l][target] = make([]float32, in*r)
				for i := 0; i < r; i++ {
					for x := 0; x < in; x++ {
						tb.at[l][target][x*r+i] = pr.A[i*in+x]
					}
				}
			}
			if ko+r == 0 {
				continue
			}
			sd := make([]float32, out*(ko+r))
			for o := 0; o < out; o++ {
				row := sd[o*(ko+r) : (o+1)*(ko+r)]
				for k := 0; k < ko; k++ {
					row[k] = pout[k*out+o]
				}
				copy(row[ko:], b[o*r:(o+1)*r])
			}
			tb.side[l][target] = sd
		}
	}
	return tb
}

// layerInput is the saved input of a linear layer.
func layerInput(la *inference.LayerActs[float32], target int) []float32 {
	switch target {
	case inference.TargetCAttn:
		return la.Ln1
	case inference.TargetAttProj:
		return la.AttY
	case inference.TargetCFc:
		return la.Ln2
	}
	return la.FchGelu
}

// seg maps packed gradient rows [lo, hi) of one token to the shared sequence's
// positions [t0, t0+hi−lo).
type seg struct{ lo, hi, t0 int }

// run returns the sketches of the losses at positions pos (targets tgt). Token j's
// backward covers positions [0, pos[j]], packed as rows full[j] (the full layout); in
// the last layer, above its attention, only position pos[j] carries a gradient, so
// the MLP and the attention's output projection there run on row j alone (the last
// layout), spread to the full layout before the attention.
func (tb *tokenBackward) run(pos, tgt []int) [][]float32 {
	m, a, proj := tb.m, tb.a, tb.proj
	c := m.Cfg
	C, V, L, H, T := c.NEmbd, c.VocabSize, c.NLayer, c.NHead, a.T
	J := len(pos)
	full, last := make([]seg, J), make([]seg, J)
	M := 0
	for j, p := range pos {
		full[j] = seg{M, M + p + 1, 0}
		last[j] = seg{j, j + 1, p}
		M += p + 1
	}
	sks := make([][]float32, J)
	for j := range sks {
		sks[j] = make([]float32, proj.Dim())
	}
	// Gradient buffers, reused across calls: every one but dres is written before it is
	// read (dres accumulates, from zero).
	w := tokenWork.Get().(*tokenBufs)
	defer tokenWork.Put(w)
	dres, dx := grow(&w.dres, M*C), grow(&w.dx, M*C)
	clear(dres)
	d4c := grow(&w.d4c, M*4*C)
	dattY, dqkv := grow(&w.dattY, M*C), grow(&w.dqkv, M*3*C)
	sp, du := w.sp, w.du
	defer func() { w.sp, w.du = sp, du }()

	// linear: dx = dy·Wᵀ (+ the adapter's part) over the rows of segs, and the block's
	// sketch of each token's xᵀ·dy from the shared projected inputs.
	linear := func(segs []seg, l, target int, dxo, dy, W []float32) {
		in, out := dims(c, target)
		n := segs[len(segs)-1].hi
		if dxo != nil {
			m.Ops.MatMulNT(dxo[:n*in], dy[:n*out], W, n, out, in, false)
		}
		sd := tb.side[l][target]
		if sd == nil {
			return
		}
		// sp = dy·[P_outᵀ | B]: the sketch's projected dy, then the adapter's dy·B.
		blk, kout := proj.block(l, target), 0
		if blk >= 0 {
			kout = proj.KOut
		}
		ks := len(sd) / out
		sp = grow(&sp, n*ks)
		m.Ops.MatMul(sp, dy[:n*out], sd, nil, n, out, ks)
		if rk := ks - kout; rk > 0 && dxo != nil {
			// dx += (s·dy·B)·A
			s := tb.ad.Scale()
			du = grow(&du, n*rk)
			for i := 0; i < n; i++ {
				for x, v := range sp[i*ks+kout : (i+1)*ks] {
					du[i*rk+x] = v * s
				}
			}
			m.Ops.MatMulNT(dxo[:n*in], du, tb.at[l][target], n, rk, in, true)
		}
		if blk < 0 {
			return
		}
		kin := proj.KIn
		xp := tb.xp[blk]
		kernelsParallel(J, func(j int) {
			sg := segs[j]
			s := sks[j][blk*kin*kout : (blk+1)*kin*kout]
			for r := sg.lo; r < sg.hi; r++ {
				t := sg.t0 + r - sg.lo
				d, x := sp[r*ks:r*ks+kout], xp[t*kin:(t+1)*kin]
				for o, dv := range d {
					kernels.Axpy(s[o*kin:(o+1)*kin], dv, x)
				}
			}
		})
	}
	// layerNorm adds the LayerNorm backward of dout to dr, each token over its rows.
	layerNorm := func(segs []seg, dr, dout, x, w, mean, rstd []float32) {
		for _, sg := range segs {
			lo, hi, t0, t1 := sg.lo, sg.hi, sg.t0, sg.t0+sg.hi-sg.lo
			kernels.LayerNormBackward(dr[lo*C:hi*C], nil, nil, dout[lo*C:hi*C], x[t0*C:t1*C], w, mean[t0:t1], rstd[t0:t1], hi-lo, C)
		}
	}
	// gelu turns d4c into d4c∘GELU'(Fch) over the rows of segs, in place (the
	// product before it is not read again).
	gelu := func(segs []seg, l int) {
		g := tb.gelu[l]
		for _, sg := range segs {
			a, gs := d4c[sg.lo*4*C:sg.hi*4*C], g[sg.t0*4*C:]
			for i, v := range a {
				a[i] = v * gs[i]
			}
		}
	}

	// Loss → logits at each token's one position, then the tied LM head and the final
	// LayerNorm there: dres holds one row per token (the last layout) until the last
	// layer's attention.
	dl := make([]float32, J*V)
	kernelsParallel(J, func(j int) {
		p, row := pos[j], dl[j*V:(j+1)*V]
		lz := a.LogZ[p]
		for v, x := range a.Logits[p*V : (p+1)*V] {
			row[v] = float32(expf(float64(x) - lz))
		}
		row[tgt[j]]--
	})
	g := make([]float32, J*C)
	m.Ops.MatMul(g, dl, m.P.Wte, nil, J, V, C)
	top := a.Encoded
	if L > 0 {
		top = a.Layers[L-1].Res3
	}
	layerNorm(last, dres, g, top, m.P.LnfW, a.LnfMean, a.LnfRstd)

	for l := L - 1; l >= 0; l-- {
		lp, la := &m.P.Layers[l], &a.Layers[l]
		res := a.Encoded
		if l > 0 {
			res = a.Layers[l-1].Res3
		}
		above := full
		if l == L-1 {
			above = last
		}
		linear(above, l, inference.TargetMlpProj, d4c, dres, lp.FcProjW)
		gelu(above, l)
		linear(above, l, inference.TargetCFc, dx, d4c, lp.FcW)
		layerNorm(above, dres, dx, la.Res2, lp.Ln2W, la.Ln2Mean, la.Ln2Rstd)
		linear(above, l, inference.TargetAttProj, dattY, dres, lp.ProjW)
		if l == L-1 {
			// Spread the one row per token to the full layout (in place, from the end:
			// token j's row j moves to full[j].hi−1 ≥ j).
			for j := J - 1; j >= 0; j-- {
				r := full[j].hi - 1
				copy(dattY[r*C:(r+1)*C], dattY[j*C:(j+1)*C])
				copy(dres[r*C:(r+1)*C], dres[j*C:(j+1)*C])
				clear(dattY[full[j].lo*C : r*C])
				clear(dres[full[j].lo*C : r*C])
			}
		}
		tb.attention(la, dqkv, dattY, full, H, T, l == L-1)
		if l == 0 { // the embeddings' gradient is not needed: c_attn's sketch only
			linear(full, l, inference.TargetCAttn, nil, dqkv, lp.AttnW)
			break
		}
		linear(full, l, inference.TargetCAttn, dx, dqkv, lp.AttnW)
		layerNorm(full, dres, dx, res, lp.Ln1W, la.Ln1Mean, la.Ln1Rstd)
	}
	return sks
}

// attention writes dqkv (packed rows) from dy, the gradient of the attention output,
// for each token over its prefix of N positions (segs: the full layout): per head,
// with the shared Q, K, V ([N, hs], the first rows of the sequence's) and the N×N
// top-left block of the shared probabilities P (causal: exactly the prefix's
// attention),
//
//	dP = dY·Vᵀ;  dV = Pᵀ·dY
//	dS = P∘(dP − rowsum(P∘dP))·scale
//	dQ = dS·K;   dK = dSᵀ·Q
//
// lastOnly says dY is zero but in each token's last row (the last layer): then dP,
// dS and dQ are that row's and dK, dV outer products, O(N·hs) per head.
func (tb *tokenBackward) attention(la *inference.LayerActs[float32], dqkv, dy []float32, segs []seg, H, T int, lastOnly bool) {
	m := tb.m
	C, hs := m.Cfg.NEmbd, m.Cfg.HeadSize()
	scale := float32(1 / sqrtf(float64(hs)))
	// Q, K, V of every head over the whole sequence, gathered once: [H][T·hs] each.
	n := T * hs
	qkv := make([]float32, 3*H*n)
	for h := 0; h < H; h++ {
		Q, K, V := qkv[h*n:(h+1)*n], qkv[(H+h)*n:(H+h+1)*n], qkv[(2*H+h)*n:(2*H+h+1)*n]
		for t := 0; t < T; t++ {
			r := la.Qkv[t*3*C:]
			copy(Q[t*hs:(t+1)*hs], r[h*hs:(h+1)*hs])
			copy(K[t*hs:(t+1)*hs], r[C+h*hs:C+(h+1)*hs])
			copy(V[t*hs:(t+1)*hs], r[2*C+h*hs:2*C+(h+1)*hs])
		}
	}
	kernelsParallel(len(segs)*H, func(jh int) {
		j, h := jh/H, jh%H
		lo, N := segs[j].lo, segs[j].hi-segs[j].lo
		Q, K, V := qkv[h*n:h*n+N*hs], qkv[(H+h)*n:(H+h)*n+N*hs], qkv[(2*H+h)*n:(2*H+h)*n+N*hs]
		k := N * hs
		rows := N // rows of dY, dP and dS
		if lastOnly {
			rows = 1
		}
		bp := attnBufs.Get().(*[]float32)
		defer attnBufs.Put(bp)
		buf := grow(bp, 4*k+2*rows*N)
		clear(buf)
		dY, dQ, dK, dV := buf[:k], buf[k:2*k], buf[2*k:3*k], buf[3*k:4*k]
		P, dS := buf[4*k:4*k+rows*N], buf[4*k+rows*N:]
		t0 := N - rows // the first row of dY taken
		for t := t0; t < N; t++ {
			copy(dY[(t-t0)*hs:(t-t0+1)*hs], dy[(lo+t)*C+h*hs:(lo+t)*C+(h+1)*hs])
			copy(P[(t-t0)*N:(t-t0+1)*N], la.Att[h*T*T+t*T:h*T*T+t*T+N])
		}
		m.Ops.MatMulNT(dS, dY[:rows*hs], V, rows, hs, N, false) // dP, turned into dS in place
		m.Ops.MatMulTN(dV, P, dY[:rows*hs], rows, N, hs)
		for t := t0; t < N; t++ {
			p, d := P[(t-t0)*N:(t-t0)*N+t+1], dS[(t-t0)*N:(t-t0+1)*N]
			var dot float32
			for t2, pv := range p {
				dot += pv * d[t2]
			}
			for t2, pv := range p {
				d[t2] = pv * (d[t2] - dot) * scale
			}
			clear(d[t+1:])
		}
		m.Ops.MatMul(dQ[t0*hs:], dS, K, nil, rows, N, hs)
		m.Ops.MatMulTN(dK, dS, Q[t0*hs:], rows, N, hs)
		for t := 0; t < N; t++ {
			r := dqkv[(lo+t)*3*C:]
			copy(r[h*hs:(h+1)*hs], dQ[t*hs:(t+1)*hs])
			copy(r[C+h*hs:C+(h+1)*hs], dK[t*hs:(t+1)*hs])
			copy(r[2*C+h*hs:2*C+(h+1)*hs], dV[t*hs:(t+1)*hs])
		}
	})
}

// tokenBufs are the gradient buffers of one tokenBackward.run.
type tokenBufs struct{ dres, dx, d4c, dattY, dqkv, sp, du []float32 }

var tokenWork = sync.Pool{New: func() any { return new(tokenBufs) }}

// attnBufs holds the per-(token, head) scratch of attention.
var attnBufs = sync.Pool{New: func() any { return new([]float32) }}

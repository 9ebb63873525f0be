package inference

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sync"

	"poa/kernels"
	"poa/store"
)

// Model is a GPT-2 decoder: parameters plus the kernels that run them. It is safe
// for concurrent forwards as long as each uses its own Acts and nobody writes P.
type Model[T Float] struct {
	Cfg Config
	P   *Params[T]
	Ops kernels.Ops[T]
}

// NewModel wraps p with the default kernels (kernels.Default: products on the
// accelerator set by kernels.Accelerate, if any; the rest on the CPU).
func NewModel[T Float](p *Params[T]) *Model[T] {
	return &Model[T]{Cfg: p.Cfg, P: p, Ops: kernels.Default[T]{}}
}

// LoadModel reads config.json and model.safetensors from dir. Errors name the file
// and, for a mismatch, the tensor.
func LoadModel(dir string) (*Model[float32], error) {
	cfg, err := ReadConfig(filepath.Join(dir, "config.json"))
	if err != nil {
		return nil, err
	}
	w, err := openWeights(filepath.Join(dir, "model.safetensors"), false)
	if err != nil {
		return nil, err
	}
	defer w.Close()
	return modelFrom(cfg, w)
}

// modelFrom decodes the model of config cfg from w's tensors (copied: w may be closed
// after). Errors name the file and, for a mismatch, the tensor.
func modelFrom(cfg Config, w *weightsFile) (*Model[float32], error) {
	st, err := w.Safetensors()
	if err != nil {
		return nil, err
	}
	p, err := ParamsFromSafetensors(cfg, st)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", w.path, err)
	}
	return NewModel(p), nil
}

// SaveModel writes config.json and model.safetensors into dir (atomically each).
func SaveModel[T Float](dir string, m *Model[T]) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := WriteConfig(dir, m.Cfg); err != nil {
		return err
	}
	return store.WriteFileAtomic(filepath.Join(dir, "model.safetensors"), EncodeParams(m.P, map[string]string{"format": "pt"}))
}

// ActivationHook receives per-token hidden states during a forward pass.
// Layers lists the hidden states wanted: 0 is the embedding output (token +
// position), i in 1..n_layer the residual stream after block i, n_layer+1 the output
// of the final LayerNorm (Hugging Face's hidden_states numbering). Hidden is called
// once per (layer, row, position) with a vector of n_embd values valid only during
// the call.
type ActivationHook interface {
	Layers() []int
	Hidden(layer, row, pos int, h []float32)
}

// Batch is the input of a forward pass: B rows of T tokens each.
type Batch[T Float] struct {
	Tokens []int // [B·T]
	B, T   int
	// Targets, when non-nil ([B·T]), are the next-token ids the loss is taken
	// against; -1 marks a position without loss. Losses land in Acts.Losses.
	Targets []int
	// Adapters: none (nil), one for every row, or one per row (len B, nil entries
	// run the base model). The base weights are shared, never copied.
	Adapters []*Adapter[T]
	// Pos0 is the position of the first token (non-zero only with a KV cache).
	Pos0 int
	// Cache, when non-nil, supplies keys and values of earlier positions and
	// receives those of this batch (B must be 1).
	Cache *KVCache[T]
	// Caches, when non-nil (one per row, distinct), make the batch one decode step
	// of B independent sequences: T must be 1 and Pos0 0 and Cache nil; row b's
	// token is at position Caches[b].Len, attends to that cache's earlier positions
	// and is appended to it. Rows may be at different positions and use different
	// adapters; the linear layers still run one product over all B rows. Each row's
	// results do not depend on the other rows, and they equal a one-row forward with
	// Cache = Caches[b] bit for bit when B < 8 (above, the products switch to the
	// blocked GEMM, whose sums round differently: equal to float32 rounding).
	Caches []*KVCache[T]
	// Hook, when non-nil, receives hidden states.
	Hook ActivationHook
	// LastLogits, when set, computes logits, LogZ and Losses at each row's last
	// position only (Acts.Logits is then [B,V]): what decoding needs of a prompt,
	// whose other positions' LM head is a third of a prefill's work at GPT-2's
	// vocabulary. Targets must be nil.
	LastLogits bool
}

// LayerActs are one block's saved activations ([N = B·T] rows).
type LayerActs[T Float] struct {
	Ln1, Ln1Mean, Ln1Rstd []T // [N,C], [N], [N]
	Qkv                   []T // [N,3C]
	Att                   []T // [B,H,T,Tk] softmax probabilities, Tk = Pos0+T
	AttY                  []T // [N,C] attention output before c_proj
	Res2                  []T // [N,C] residual after attention
	Ln2, Ln2Mean, Ln2Rstd []T
	Fch, FchGelu          []T // [N,4C]
	Res3                  []T // [N,C] residual after the MLP (block output)
	// LoraU holds x·Aᵀ for each adapted linear layer ([N, r], row stride r).
	LoraU [NumTargets][]T
}

// Acts are the buffers of a forward pass; the backward pass (package gradients)
// reads them. Reuse one Acts across calls to avoid allocation.
type Acts[T Float] struct {
	B, T, Tk, R int
	Encoded     []T // [N,C]
	Layers      []LayerActs[T]
	Lnf         []T // [N,C]
	LnfMean     []T
	LnfRstd     []T
	Logits      []T // [N,V], or [B,V] with Batch.LastLogits
	// Losses are −log p(target) per position (0 where Targets is −1), and LogZ the
	// log-partition of each row of logits (so log p(v) = Logits[v] − LogZ).
	Losses  []T
	LogZ    []float64
	Tokens  []int
	Targets []int
}

func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

func (a *Acts[T]) ensure(c Config, B, Tn, Tk, R int) {
	N, C, H := B*Tn, c.NEmbd, c.NHead
	a.B, a.T, a.Tk, a.R = B, Tn, Tk, R
	a.Encoded = grow(a.Encoded, N*C)
	if len(a.Layers) != c.NLayer {
		a.Layers = make([]LayerActs[T], c.NLayer)
	}
	for l := range a.Layers {
		la := &a.Layers[l]
		la.Ln1, la.Ln1Mean, la.Ln1Rstd = grow(la.Ln1, N*C), grow(la.Ln1Mean, N), grow(la.Ln1Rstd, N)
		la.Qkv = grow(la.Qkv, N*3*C)
		la.Att = grow(la.Att, B*H*Tn*Tk)
		la.AttY, la.Res2 = grow(la.AttY, N*C), grow(la.Res2, N*C)
		la.Ln2, la.Ln2Mean, la.Ln2Rstd = grow(la.Ln2, N*C), grow(la.Ln2Mean, N), grow(la.Ln2Rstd, N)
		la.Fch, la.FchGelu = grow(la.Fch, N*4*C), grow(la.FchGelu, N*4*C)
		la.Res3 = grow(la.Res3, N*C)
		for t := range la.LoraU {
			la.LoraU[t] = grow(la.LoraU[t], N*R)
		}
	}
	a.Lnf, a.LnfMean, a.LnfRstd = grow(a.Lnf, N*C), grow(a.LnfMean, N), grow(a.LnfRstd, N)
	a.Logits = grow(a.Logits, N*c.VocabSize)
	a.Losses = grow(a.Losses, N)
	a.LogZ = grow(a.LogZ, N)
}

// RowAdapter returns the adapter of row b of the last batch (nil for none).
func RowAdapter[T Float](ads []*Adapter[T], b int) *Adapter[T] {
	switch len(ads) {
	case 0:
		return nil
	case 1:
		return ads[0]
	}
	return ads[b]
}

// Forward runs the model on bt, filling a (logits, and losses when targets are
// given). It returns an error for bad data (token ids, lengths past the context,
// adapters of another base); shape mismatches between bt's fields are programmer
// errors and panic.
func (m *Model[T]) Forward(a *Acts[T], bt Batch[T]) error {
	c := m.Cfg
	B, Tn, C, V := bt.B, bt.T, c.NEmbd, c.VocabSize
	N := B * Tn
	if len(bt.Tokens) != N || (bt.Targets != nil && len(bt.Targets) != N) || B <= 0 || Tn <= 0 {
		panic(fmt.Sprintf("inference: batch of %d tokens (targets %d) for B=%d T=%d", len(bt.Tokens), len(bt.Targets), B, Tn))
	}
	if len(bt.Adapters) > 1 && len(bt.Adapters) != B {
		panic(fmt.Sprintf("inference: %d adapters for %d rows", len(bt.Adapters), B))
	}
	if bt.Cache != nil && B != 1 {
		panic("inference: a KV cache serves batches of one row")
	}
	if bt.LastLogits && bt.Targets != nil {
		panic("inference: Batch.LastLogits with Targets")
	}
	pos0 := make([]int, B) // position of each row's first token
	Tk := bt.Pos0 + Tn     // keys attended to (the longest row's, with Caches)
	if bt.Caches != nil {
		if len(bt.Caches) != B || Tn != 1 || bt.Cache != nil || bt.Pos0 != 0 {
			panic(fmt.Sprintf("inference: %d caches for B=%d T=%d (want one per row, T=1, no Cache or Pos0)", len(bt.Caches), B, Tn))
		}
		Tk = 0
		for b, kc := range bt.Caches {
			if kc.Len+1 > c.NPositions {
				return fmt.Errorf("%w: row %d at position %d, n_positions=%d", ErrContextLength, b, kc.Len, c.NPositions)
			}
			pos0[b] = kc.Len
			Tk = max(Tk, kc.Len+1)
		}
	} else {
		if bt.Pos0+Tn > c.NPositions {
			return fmt.Errorf("%w: positions %d..%d, n_positions=%d", ErrContextLength, bt.Pos0, bt.Pos0+Tn-1, c.NPositions)
		}
		for b := range pos0 {
			pos0[b] = bt.Pos0
		}
	}
	R := 0
	for _, ad := range bt.Adapters {
		if ad == nil {
			continue
		}
		if ad.Base.NLayer != c.NLayer || ad.Base.NEmbd != c.NEmbd {
			return fmt.Errorf("%w: adapter %q is for n_layer=%d n_embd=%d, model has %d, %d", ErrAdapter, ad.Name, ad.Base.NLayer, ad.Base.NEmbd, c.NLayer, c.NEmbd)
		}
		R = max(R, ad.Cfg.Rank)
	}
	for i, id := range bt.Tokens {
		if id < 0 || id >= V {
			return fmt.Errorf("%w: token %d at row %d position %d (vocab_size=%d)", ErrTokenID, id, i/Tn, i%Tn, V)
		}
	}
	for i, id := range bt.Targets {
		if id < -1 || id >= V {
			return fmt.Errorf("%w: target %d at row %d position %d (vocab_size=%d)", ErrTokenID, id, i/Tn, i%Tn, V)
		}
	}
	a.ensure(c, B, Tn, Tk, R)
	a.Tokens, a.Targets = bt.Tokens, bt.Targets
	p := m.P
	hook := newHookState(bt.Hook, c)
	// Decode steps (one token per row) group the rows of each adapter; longer rows
	// keep their own low-rank products, each already over T positions (and so
	// training, sketches and scoring compute what they always did).
	groups := adapterGroups(bt.Adapters, Tn == 1)

	// Embeddings.
	for b := 0; b < B; b++ {
		for t := 0; t < Tn; t++ {
			o := a.Encoded[(b*Tn+t)*C : (b*Tn+t+1)*C]
			te := p.Wte[bt.Tokens[b*Tn+t]*C:]
			pe := p.Wpe[(pos0[b]+t)*C:]
			kernels.Add(o, te[:C], pe[:C])
		}
	}
	hook.emit(0, a.Encoded, B, Tn, C, pos0)

	eps := c.eps()
	for l := 0; l < c.NLayer; l++ {
		lp, la := &p.Layers[l], &a.Layers[l]
		res := a.Encoded
		if l > 0 {
			res = a.Layers[l-1].Res3
		}
		kernels.LayerNorm(la.Ln1, la.Ln1Mean, la.Ln1Rstd, res, lp.Ln1W, lp.Ln1B, N, C, eps)
		m.linear(la.Qkv, la.Ln1, lp.AttnW, lp.AttnB, N, C, 3*C, bt, groups, l, TargetCAttn, la.LoraU[TargetCAttn], Tn, R)
		m.attention(la, bt, l)
		m.linear(la.Res2, la.AttY, lp.ProjW, lp.ProjB, N, C, C, bt, groups, l, TargetAttProj, la.LoraU[TargetAttProj], Tn, R)
		kernels.Add(la.Res2, la.Res2, res)
		kernels.LayerNorm(la.Ln2, la.Ln2Mean, la.Ln2Rstd, la.Res2, lp.Ln2W, lp.Ln2B, N, C, eps)
		m.linear(la.Fch, la.Ln2, lp.FcW, lp.FcB, N, C, 4*C, bt, groups, l, TargetCFc, la.LoraU[TargetCFc], Tn, R)
		kernels.GELU(la.FchGelu, la.Fch)
		m.linear(la.Res3, la.FchGelu, lp.FcProjW, lp.FcPrB, N, 4*C, C, bt, groups, l, TargetMlpProj, la.LoraU[TargetMlpProj], Tn, R)
		kernels.Add(la.Res3, la.Res3, la.Res2)
		hook.emit(l+1, la.Res3, B, Tn, C, pos0)
	}
	last := a.Encoded
	if c.NLayer > 0 {
		last = a.Layers[c.NLayer-1].Res3
	}
	kernels.LayerNorm(a.Lnf, a.LnfMean, a.LnfRstd, last, p.LnfW, p.LnfB, N, C, eps)
	hook.emit(c.NLayer+1, a.Lnf, B, Tn, C, pos0)
	L, h := N, a.Lnf // rows of logits, their hidden states
	if bt.LastLogits {
		L = B
		if Tn > 1 {
			h = make([]T, B*C)
			for b := 0; b < B; b++ {
				copy(h[b*C:(b+1)*C], a.Lnf[(b*Tn+Tn-1)*C:])
			}
		}
		a.Logits, a.LogZ, a.Losses = a.Logits[:L*V], a.LogZ[:L], a.Losses[:L]
	}
	m.Ops.MatMulNT(a.Logits, h, p.Wte, L, C, V, false)
	if bt.Cache != nil {
		bt.Cache.Len = bt.Pos0 + Tn
	}
	for _, kc := range bt.Caches {
		kc.Len++
	}

	// Log-partition and losses, in float64, rows in parallel (kernels.LogSumExp: the
	// float32 exponentials four lanes at a time, within 1e-8 of math.Exp's sum).
	kernels.ForEach(L, func(i int) {
		row := a.Logits[i*V : (i+1)*V]
		a.LogZ[i] = kernels.LogSumExp(row)
		a.Losses[i] = 0
		if bt.Targets != nil && bt.Targets[i] >= 0 {
			a.Losses[i] = T(a.LogZ[i] - float64(row[bt.Targets[i]]))
		}
	})
	return nil
}

// adapterGroup is the rows of a batch that share one adapter.
type adapterGroup[T Float] struct {
	ad   *Adapter[T]
	rows []int // increasing
}

// adapterGroups groups the rows of a per-row adapter list by adapter, in order of
// first appearance, leaving out base-only rows (nil); unless merge, each row is a
// group of its own. One adapter for every row (or none) gives no groups: linear
// handles it directly.
func adapterGroups[T Float](ads []*Adapter[T], merge bool) []adapterGroup[T] {
	if len(ads) < 2 {
		return nil
	}
	var gs []adapterGroup[T]
	idx := map[*Adapter[T]]int{}
	for b, ad := range ads {
		if ad == nil {
			continue
		}
		i, ok := idx[ad]
		if !ok || !merge {
			i = len(gs)
			idx[ad] = i
			gs = append(gs, adapterGroup[T]{ad: ad})
		}
		gs[i].rows = append(gs[i].rows, b)
	}
	return gs
}

// linear computes out[N,outD] = x·W + b as one product over every row (the base
// weights are read once for the whole batch, whatever the rows' adapters), then adds
// each row's LoRA delta scale·(x·Aᵀ)·Bᵀ with one pair of low-rank products per group
// of rows (in a decode step, all the rows of one adapter: S-LoRA's arrangement),
// saving x·Aᵀ in u for the backward pass: row b's Tn·r values at u[b·Tn·R:].
func (m *Model[T]) linear(out, x, w, bias []T, N, inD, outD int, bt Batch[T], groups []adapterGroup[T], l, target int, u []T, Tn, R int) {
	m.Ops.MatMul(out, x, w, bias, N, inD, outD)
	if len(bt.Adapters) == 1 {
		if ad := bt.Adapters[0]; ad != nil && ad.Pairs[l][target] != nil {
			m.loraDelta(out, x, u[:N*ad.Cfg.Rank], ad, ad.Pairs[l][target], N, inD, outD)
		}
		return
	}
	for _, g := range groups {
		pr := g.ad.Pairs[l][target]
		if pr == nil {
			continue
		}
		r, n := g.ad.Cfg.Rank, len(g.rows)*Tn
		b0 := g.rows[0]
		if g.rows[len(g.rows)-1]-b0 == len(g.rows)-1 && (r == R || len(g.rows) == 1) {
			// Contiguous rows whose saved products are contiguous too: in place.
			m.loraDelta(out[b0*Tn*outD:b0*Tn*outD+n*outD], x[b0*Tn*inD:b0*Tn*inD+n*inD], u[b0*Tn*R:b0*Tn*R+n*r], g.ad, pr, n, inD, outD)
			continue
		}
		// Gather the group's rows, run its products, scatter the results back.
		xs, os, us := make([]T, n*inD), make([]T, n*outD), make([]T, n*r)
		for i, b := range g.rows {
			copy(xs[i*Tn*inD:(i+1)*Tn*inD], x[b*Tn*inD:])
			copy(os[i*Tn*outD:(i+1)*Tn*outD], out[b*Tn*outD:])
		}
		m.loraDelta(os, xs, us, g.ad, pr, n, inD, outD)
		for i, b := range g.rows {
			copy(out[b*Tn*outD:(b+1)*Tn*outD], os[i*Tn*outD:])
			copy(u[b*Tn*R:b*Tn*R+Tn*r], us[i*Tn*r:])
		}
	}
}

// loraDelta adds scale·(x·Aᵀ)·Bᵀ to out for n rows of one adapter, leaving x·Aᵀ
// in u ([n, r]).
func (m *Model[T]) loraDelta(out, x, u []T, ad *Adapter[T], pr *LoraPair[T], n, inD, outD int) {
	r := ad.Cfg.Rank
	m.Ops.MatMulNT(u, x, pr.A, n, inD, r, false)
	s := ad.Scale()
	tmp := make([]T, n*r)
	for i, v := range u {
		tmp[i] = v * s
	}
	m.Ops.MatMulNT(out, tmp, pr.B, n, r, outD, true)
}

// attention computes causal multi-head attention for every row and head, reading
// keys and values of earlier positions from the cache when there is one. Each
// (row, head) gathers Q [T,hs], K and V [Tk,hs] into contiguous blocks and runs
//
//	S = Q·Kᵀ/sqrt(hs), masked (t2 > pos0+t) → softmax by row → Y = S·V
//
// as matrix products; S is saved in Att ([T, Tk] per row and head). With per-row
// caches (Batch.Caches) each row runs as a one-row batch over its own cache: row b's
// S, [H, Tk_b] for its own Tk_b keys, starts its block of H·Tk values of Att (Tk
// the longest row's).
func (m *Model[T]) attention(la *LayerActs[T], bt Batch[T], l int) {
	if bt.Caches == nil {
		m.attend(la.Qkv, la.Att, la.AttY, bt.B, bt.T, bt.Pos0, bt.Cache, l)
		return
	}
	C, H := m.Cfg.NEmbd, m.Cfg.NHead
	tk := len(la.Att) / (bt.B * H)
	kernels.ForEach(bt.B, func(b int) {
		kc := bt.Caches[b]
		m.attend(la.Qkv[b*3*C:(b+1)*3*C], la.Att[b*H*tk:(b+1)*H*tk], la.AttY[b*C:(b+1)*C], 1, 1, kc.Len, kc, l)
	})
}

// attend is attention over B rows of Tn tokens from position pos0: qkv [B·Tn, 3C]
// in, att [B, H, Tn, pos0+Tn] and attY [B·Tn, C] out.
func (m *Model[T]) attend(qkv, att, attY []T, B, Tn, pos0 int, cache *KVCache[T], l int) {
	c := m.Cfg
	C, H, hs := c.NEmbd, c.NHead, c.HeadSize()
	Tk := pos0 + Tn
	scale := T(1 / math.Sqrt(float64(hs)))
	negInf := T(math.Inf(-1))
	if cache != nil {
		for t := 0; t < Tn; t++ {
			r := qkv[t*3*C:]
			copy(cache.K[l][(pos0+t)*C:], r[C:2*C])
			copy(cache.V[l][(pos0+t)*C:], r[2*C:3*C])
		}
	}
	// Rows and heads are independent: each (b, h) writes its own Att block and its
	// own columns of AttY. The score blocks S = Q·Kᵀ of all (b, h) are one batched
	// product over Q and K gathered per (b, h) into contiguous [T,hs] and [Tk,hs].
	BH := B * H
	qk := getScratch[T](&qkPool, BH*(Tn+Tk)*hs) // every element is written before it is read
	defer putScratch(&qkPool, qk)
	qs, ks := (*qk)[:BH*Tn*hs], (*qk)[BH*Tn*hs:]
	kernels.ForEach(BH, func(bh int) {
		b, h := bh/H, bh%H
		Q, K := qs[bh*Tn*hs:(bh+1)*Tn*hs], ks[bh*Tk*hs:(bh+1)*Tk*hs]
		for t := 0; t < Tn; t++ {
			copy(Q[t*hs:(t+1)*hs], qkv[(b*Tn+t)*3*C+h*hs:])
		}
		for t2 := 0; t2 < Tk; t2++ {
			var kr []T
			if cache != nil {
				kr = cache.K[l][t2*C : (t2+1)*C]
			} else {
				kr = qkv[(b*Tn+t2)*3*C+C : (b*Tn+t2)*3*C+2*C]
			}
			copy(K[t2*hs:(t2+1)*hs], kr[h*hs:(h+1)*hs])
		}
	})
	m.Ops.BatchedMatMulNT(att[:BH*Tn*Tk], qs, ks, BH, Tn, hs, Tk, Tn*hs, Tk*hs, Tn*Tk)
	kernels.ForEach(BH, func(bh int) {
		b, h := bh/H, bh%H
		vy := getScratch[T](&vyPool, (Tk+Tn)*hs)
		defer putScratch(&vyPool, vy)
		V, Y := (*vy)[:Tk*hs], (*vy)[Tk*hs:]
		for t2 := 0; t2 < Tk; t2++ {
			var vr []T
			if cache != nil {
				vr = cache.V[l][t2*C : (t2+1)*C]
			} else {
				vr = qkv[(b*Tn+t2)*3*C+2*C : (b*Tn+t2)*3*C+3*C]
			}
			copy(V[t2*hs:(t2+1)*hs], vr[h*hs:(h+1)*hs])
		}
		S := att[bh*Tn*Tk : (bh+1)*Tn*Tk]
		for t := 0; t < Tn; t++ {
			row := S[t*Tk : (t+1)*Tk]
			n := pos0 + t + 1 // keys attended to
			for t2 := range row[:n] {
				row[t2] *= scale
			}
			// The softmax runs over n keys padded to a multiple of four with −Inf
			// (the float32 kernel's four-lane length, no scalar tail): the padding's
			// exponentials are +0, which change neither the max nor the sum, and
			// come out as the zeros of the masked keys.
			pad := min((n+3)&^3, Tk)
			for t2 := n; t2 < pad; t2++ {
				row[t2] = negInf
			}
			kernels.SoftmaxRow(row[:pad])
			clear(row[pad:])
		}
		m.Ops.MatMul(Y, S, V, nil, Tn, Tk, hs)
		for t := 0; t < Tn; t++ {
			copy(attY[(b*Tn+t)*C+h*hs:(b*Tn+t)*C+(h+1)*hs], Y[t*hs:(t+1)*hs])
		}
	})
}

// qkPool and vyPool keep attend's gather buffers (*[]float32 or *[]float64) between
// calls and heads, one pool per use so that a buffer comes back at its size: fresh
// ones were zeroed by the allocator only to be overwritten.
var qkPool, vyPool sync.Pool

// getScratch returns a buffer of n elements from pool, not zeroed; putScratch gives
// it back.
func getScratch[T Float](pool *sync.Pool, n int) *[]T {
	p, _ := pool.Get().(*[]T)
	if p == nil {
		p = new([]T)
	}
	if cap(*p) < n {
		*p = make([]T, n)
	}
	*p = (*p)[:n]
	return p
}

func putScratch[T Float](pool *sync.Pool, p *[]T) { pool.Put(p) }

// KVCache keeps keys and values of the positions processed so far, per layer.
type KVCache[T Float] struct {
	K, V [][]T // [layer][n_positions·C]
	Len  int   // positions filled
}

// NewKVCache allocates a cache for the model's full context.
func (m *Model[T]) NewKVCache() *KVCache[T] {
	c := m.Cfg
	kc := &KVCache[T]{K: make([][]T, c.NLayer), V: make([][]T, c.NLayer)}
	for l := range kc.K {
		kc.K[l] = make([]T, c.NPositions*c.NEmbd)
		kc.V[l] = make([]T, c.NPositions*c.NEmbd)
	}
	return kc
}

type hookState struct {
	h      ActivationHook
	layers map[int]bool
	buf    []float32
}

func newHookState(h ActivationHook, c Config) *hookState {
	if h == nil {
		return nil
	}
	hs := &hookState{h: h, layers: map[int]bool{}, buf: make([]float32, c.NEmbd)}
	for _, l := range h.Layers() {
		hs.layers[l] = true
	}
	return hs
}

func (hs *hookState) emit(layer int, x any, B, Tn, C int, pos0 []int) {
	if hs == nil || !hs.layers[layer] {
		return
	}
	for b := 0; b < B; b++ {
		for t := 0; t < Tn; t++ {
			switch v := x.(type) {
			case []float32:
				hs.h.Hidden(layer, b, pos0[b]+t, v[(b*Tn+t)*C:(b*Tn+t+1)*C])
			case []float64:
				for i := range hs.buf {
					hs.buf[i] = float32(v[(b*Tn+t)*C+i])
				}
				hs.h.Hidden(layer, b, pos0[b]+t, hs.buf)
			}
		}
	}
}

package gradients

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"

	"poa/inference"
	"poa/kernels"
)

// Projector holds the structured random projections of LoGra: for every sketched
// linear layer (block) with weight W [in, out], a P_in [k_in, in] and a P_out
// [k_out, out] with entries N(0, 1/k). The sketch of that layer's weight gradient
// dW = Σ_t x_t·δ_tᵀ is the k_out×k_in matrix
//
//	S = Σ_t (P_out δ_t)(P_in x_t)ᵀ = P_out·dWᵀ·P_inᵀ
//
// computed from the projected factors, never forming dW. A full sketch is the
// blocks' S (row-major) concatenated in layer-major, target order; Dim() long.
// Inner products of sketches approximate inner products of gradients (Johnson–
// Lindenstrauss on each side).
type Projector struct {
	Cfg     inference.Config
	Targets []int // target indices (inference.TargetCAttn...) sketched in every layer
	KIn     int
	KOut    int
	Seed    uint64
	PIn     [][]float32 // [block][k_in·in]
	POut    [][]float32 // [block][k_out·out]
}

// NewProjector draws projections for cfg's layers and the named targets
// (inference.TargetNames entries; for an adapter, its Cfg.Targets), deterministically
// from seed.
func NewProjector(cfg inference.Config, targets []string, kIn, kOut int, seed uint64) (*Projector, error) {
	if kIn <= 0 || kOut <= 0 {
		return nil, fmt.Errorf("gradients: sketch sides k_in=%d, k_out=%d must be positive", kIn, kOut)
	}
	p := &Projector{Cfg: cfg, KIn: kIn, KOut: kOut, Seed: seed}
	for i, n := range inference.TargetNames {
		for _, t := range targets {
			if t == n {
				p.Targets = append(p.Targets, i)
			}
		}
	}
	if len(p.Targets) != len(targets) || len(targets) == 0 {
		return nil, fmt.Errorf("%w: sketch targets %v (want entries of %v)", inference.ErrAdapter, targets, inference.TargetNames)
	}
	r := rand.New(rand.NewPCG(seed, 0x1b873593))
	fill := func(n, k int) []float32 {
		s := make([]float32, n)
		sd := 1 / math.Sqrt(float64(k))
		for i := range s {
			s[i] = float32(r.NormFloat64() * sd)
		}
		return s
	}
	for l := 0; l < cfg.NLayer; l++ {
		for _, t := range p.Targets {
			in, out := dims(cfg, t)
			p.PIn = append(p.PIn, fill(kIn*in, kIn))
			p.POut = append(p.POut, fill(kOut*out, kOut))
		}
	}
	return p, nil
}

func dims(c inference.Config, t int) (in, out int) {
	C := c.NEmbd
	switch t {
	case inference.TargetCAttn:
		return C, 3 * C
	case inference.TargetAttProj:
		return C, C
	case inference.TargetCFc:
		return C, 4 * C
	}
	return 4 * C, C
}

// Dim is the length of a sketch.
func (p *Projector) Dim() int { return p.Cfg.NLayer * len(p.Targets) * p.KIn * p.KOut }

// BlockDim is the length of one layer's block of a sketch.
func (p *Projector) BlockDim() int { return p.KIn * p.KOut }

// block returns the index of (layer, target), or -1 when it is not sketched.
func (p *Projector) block(l, target int) int {
	for i, t := range p.Targets {
		if t == target {
			return l*len(p.Targets) + i
		}
	}
	return -1
}

// Options tune the batched gradient routines; nil means defaults.
type Options struct {
	BatchSize int                   // examples per forward/backward (default 8); TokenSketches: output tokens per backward (default: as many as fit about 2^19/n_embd packed positions)
	Progress  func(done, total int) // called after each batch
}

func (o *Options) batchSize() int {
	if o == nil || o.BatchSize <= 0 {
		return 8
	}
	return o.BatchSize
}

func (o *Options) progress(done, total int) {
	if o != nil && o.Progress != nil {
		o.Progress(done, total)
	}
}

// rows is a padded batch: B rows of T tokens, targets −1 where no loss is taken,
// per-position loss weights.
type rows struct {
	B, T            int
	tokens, targets []int
	weights         []float32
}

// exampleRows builds rows for whole examples: each row's loss is the mean next-token
// loss of its example (weights 1/(len−1)). Sequences longer than the context are
// truncated to n_positions tokens.
func exampleRows(seqs [][]int, nPos int) rows {
	T := 1
	for _, s := range seqs {
		T = max(T, min(len(s), nPos))
	}
	r := rows{B: len(seqs), T: T, tokens: make([]int, len(seqs)*T), targets: make([]int, len(seqs)*T), weights: make([]float32, len(seqs)*T)}
	for b, s := range seqs {
		s = s[:min(len(s), nPos)]
		for t := 0; t < T; t++ {
			i := b*T + t
			r.targets[i] = -1
			if t < len(s) {
				r.tokens[i] = s[t]
			}
			if t+1 < len(s) {
				r.targets[i] = s[t+1]
				r.weights[i] = 1 / float32(len(s)-1)
			}
		}
	}
	return r
}

func (r rows) batch(ad *inference.Adapter[float32], perRow bool) inference.Batch[float32] {
	bt := inference.Batch[float32]{Tokens: r.tokens, Targets: r.targets, B: r.B, T: r.T}
	if ad != nil {
		if perRow {
			bt.Adapters = make([]*inference.Adapter[float32], r.B)
			for i := range bt.Adapters {
				bt.Adapters[i] = ad
			}
		} else {
			bt.Adapters = []*inference.Adapter[float32]{ad}
		}
	}
	return bt
}

// losses returns each row's weighted loss Σ_t w·loss.
func (r rows) losses(a *inference.Acts[float32]) []float32 {
	out := make([]float32, r.B)
	for b := 0; b < r.B; b++ {
		var s float64
		for t := 0; t < r.T; t++ {
			i := b*r.T + t
			if r.targets[i] >= 0 {
				s += float64(r.weights[i]) * float64(a.Losses[i])
			}
		}
		out[b] = float32(s)
	}
	return out
}

// sketchRows runs one forward and one backward over r and returns each row's sketch
// of the gradient of its weighted loss, and the losses. Row b's sketch uses only row
// b's activations and output gradients: rows do not interact (causal attention within
// a row, loss summed over rows), so this equals sketching each row alone.
func sketchRows(m *inference.Model[float32], ad *inference.Adapter[float32], r rows, proj *Projector) ([][]float32, []float32, error) {
	if proj.Cfg.NLayer != m.Cfg.NLayer || proj.Cfg.NEmbd != m.Cfg.NEmbd {
		return nil, nil, fmt.Errorf("gradients: projector for n_layer=%d n_embd=%d, model has %d, %d", proj.Cfg.NLayer, proj.Cfg.NEmbd, m.Cfg.NLayer, m.Cfg.NEmbd)
	}
	bt := r.batch(ad, false)
	var a inference.Acts[float32]
	if err := m.Forward(&a, bt); err != nil {
		return nil, nil, err
	}
	sk, losses := sketchForward(m, &a, bt, r, proj)
	return sk, losses, nil
}

// sketchForward is sketchRows after its forward: the backward over a, the
// activations of a Forward of bt = r.batch(ad, false). It reads a and does not change
// it.
func sketchForward(m *inference.Model[float32], a *inference.Acts[float32], bt inference.Batch[float32], r rows, proj *Projector) ([][]float32, []float32) {
	sk := make([][]float32, r.B)
	for b := range sk {
		sk[b] = make([]float32, proj.Dim())
	}
	T, kin, kout := r.T, proj.KIn, proj.KOut
	N := r.B * T
	xp, dp := make([]float32, N*kin), make([]float32, N*kout)
	obs := func(l, target int, x, dy []float32, in, out int) {
		blk := proj.block(l, target)
		if blk < 0 {
			return
		}
		// Project every position at once, then sum each row's outer products.
		kernels.MatMulNT(xp, x, proj.PIn[blk], N, in, kin, false)
		kernels.MatMulNT(dp, dy, proj.POut[blk], N, out, kout, false)
		for b := 0; b < r.B; b++ {
			kernels.MatMulTN(sk[b][blk*kin*kout:(blk+1)*kin*kout], dp[b*T*kout:(b+1)*T*kout], xp[b*T*kin:(b+1)*T*kin], T, kout, kin)
		}
	}
	Backward(m, a, bt, r.weights, Grads[float32]{Observe: obs})
	return sk, r.losses(a)
}

// ExampleSketches returns, for each sequence, the LoGra sketch (proj.Dim() values)
// of the gradient of its mean next-token loss with respect to the sketched linear
// layers' effective weights (base + adapter when ad is non-nil), and that loss. It
// runs one forward and one backward per batch of opts.BatchSize sequences, never
// materializing a per-example gradient. Sequences are truncated to n_positions; a
// sequence of fewer than two tokens has a zero sketch and loss 0.
func ExampleSketches(ctx context.Context, m *inference.Model[float32], ad *inference.Adapter[float32], seqs [][]int, proj *Projector, opts *Options) ([][]float32, []float32, error) {
	var sks [][]float32
	var losses []float32
	bs := opts.batchSize()
	for i := 0; i < len(seqs); i += bs {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		r := exampleRows(seqs[i:min(i+bs, len(seqs))], m.Cfg.NPositions)
		s, l, err := sketchRows(m, ad, r, proj)
		if err != nil {
			return nil, nil, fmt.Errorf("examples %d..%d: %w", i, i+r.B-1, err)
		}
		sks, losses = append(sks, s...), append(losses, l...)
		opts.progress(len(sks), len(seqs))
	}
	return sks, losses, nil
}

// queryRows: rows of prompt+output, one per output token j when perToken (target
// only at the position predicting output[j], weight 1), else a single row with the
// mean loss over all output tokens.
func queryRows(prompt, output []int, nPos int, js []int) (rows, error) {
	seq := append(append([]int{}, prompt...), output...)
	if len(prompt) == 0 || len(output) == 0 {
		return rows{}, fmt.Errorf("%w: query needs a prompt and an output", ErrNoData)
	}
	if len(seq) > nPos {
		return rows{}, fmt.Errorf("%w: prompt+output of %d tokens, n_positions=%d", inference.ErrContextLength, len(seq), nPos)
	}
	T := len(seq)
	B := len(js)
	if js == nil {
		B = 1
	}
	r := rows{B: B, T: T, tokens: make([]int, B*T), targets: make([]int, B*T), weights: make([]float32, B*T)}
	for b := 0; b < B; b++ {
		copy(r.tokens[b*T:], seq)
		for t := 0; t < T; t++ {
			r.targets[b*T+t] = -1
		}
		set := func(j int, w float32) {
			pos := len(prompt) - 1 + j
			r.targets[b*T+pos] = output[j]
			r.weights[b*T+pos] = w
		}
		if js == nil {
			for j := range output {
				set(j, 1/float32(len(output)))
			}
		} else {
			set(js[b], 1)
		}
	}
	return r, nil
}

// QuerySketch is the sketch of the gradient of the mean loss of output given prompt
// (the query side of gradient attribution), and that loss.
func QuerySketch(m *inference.Model[float32], ad *inference.Adapter[float32], prompt, output []int, proj *Projector) ([]float32, float32, error) {
	r, err := queryRows(prompt, output, m.Cfg.NPositions, nil)
	if err != nil {
		return nil, 0, err
	}
	s, l, err := sketchRows(m, ad, r, proj)
	if err != nil {
		return nil, 0, err
	}
	return s[0], l[0], nil
}

// TokenSketchesReference is TokenSketches computed the direct way, kept as the
// reference it is tested and benchmarked against: each output token j is a row of
// the whole prompt+output with a loss only at the position predicting output[j], and
// every opts.BatchSize rows run one full forward and backward. Cost: a forward and
// backward over T = len(prompt)+len(output) positions per token.
func TokenSketchesReference(ctx context.Context, m *inference.Model[float32], ad *inference.Adapter[float32], prompt, output []int, proj *Projector, opts *Options) ([][]float32, []float32, error) {
	var sks [][]float32
	var losses []float32
	bs := opts.batchSize()
	for j0 := 0; j0 < len(output); j0 += bs {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		var js []int
		for j := j0; j < min(j0+bs, len(output)); j++ {
			js = append(js, j)
		}
		r, err := queryRows(prompt, output, m.Cfg.NPositions, js)
		if err != nil {
			return nil, nil, err
		}
		s, l, err := sketchRows(m, ad, r, proj)
		if err != nil {
			return nil, nil, err
		}
		sks, losses = append(sks, s...), append(losses, l...)
		opts.progress(len(sks), len(output))
	}
	return sks, losses, nil
}

// PerLayerGrads returns per-example gradients of the LoRA parameters of ad: for each
// sequence, one slice per adapted layer (layer-major, target order; each holds A's
// gradient [r·in] then B's [out·r], PEFT layouts), of its mean next-token loss, and
// the losses. One forward and backward per batch: every row gets its own gradient
// buffer, and the LoRA weight products run over that row's positions only.
func PerLayerGrads(ctx context.Context, m *inference.Model[float32], ad *inference.Adapter[float32], seqs [][]int, opts *Options) ([][][]float32, []float32, error) {
	if ad == nil {
		return nil, nil, fmt.Errorf("%w: per-layer LoRA gradients need an adapter", inference.ErrAdapter)
	}
	var out [][][]float32
	var losses []float32
	bs := opts.batchSize()
	for i := 0; i < len(seqs); i += bs {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		r := exampleRows(seqs[i:min(i+bs, len(seqs))], m.Cfg.NPositions)
		bt := r.batch(ad, true)
		var a inference.Acts[float32]
		if err := m.Forward(&a, bt); err != nil {
			return nil, nil, fmt.Errorf("examples %d..%d: %w", i, i+r.B-1, err)
		}
		gs := make([]*inference.Adapter[float32], r.B)
		for b := range gs {
			gs[b], _ = inference.NewAdapter[float32]("grad", ad.Base, ad.Cfg)
		}
		Backward(m, &a, bt, r.weights, Grads[float32]{Adapters: gs})
		for _, g := range gs {
			var per [][]float32
			off := 0
			for _, row := range g.Pairs {
				for _, p := range row {
					if p != nil {
						// A and B are adjacent in Data (see inference.NewAdapter).
						n := len(p.A) + len(p.B)
						per = append(per, g.Data[off:off+n:off+n])
						off += n
					}
				}
			}
			out = append(out, per)
		}
		losses = append(losses, r.losses(&a)...)
		opts.progress(len(out), len(seqs))
	}
	return out, losses, nil
}

// PerExampleGrads returns, for each sequence, the gradient of its mean next-token
// loss with respect to every base parameter (inference.Params layout, len(m.P.Data)
// values; under adapter ad when non-nil), and the losses. One forward and backward
// per batch: the weight products of each linear layer, LayerNorm and embedding run
// over each row's positions into that row's buffer. Memory: BatchSize parameter
// copies at a time, plus the result.
func PerExampleGrads(ctx context.Context, m *inference.Model[float32], ad *inference.Adapter[float32], seqs [][]int, opts *Options) ([][]float32, []float32, error) {
	var out [][]float32
	var losses []float32
	bs := opts.batchSize()
	for i := 0; i < len(seqs); i += bs {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		r := exampleRows(seqs[i:min(i+bs, len(seqs))], m.Cfg.NPositions)
		bt := r.batch(ad, false)
		var a inference.Acts[float32]
		if err := m.Forward(&a, bt); err != nil {
			return nil, nil, fmt.Errorf("examples %d..%d: %w", i, i+r.B-1, err)
		}
		rowsG := make([]*inference.Params[float32], r.B)
		for b := range rowsG {
			rowsG[b] = inference.NewParams[float32](m.Cfg)
		}
		Backward(m, &a, bt, r.weights, Grads[float32]{BaseRows: rowsG})
		for _, g := range rowsG {
			out = append(out, g.Data)
		}
		losses = append(losses, r.losses(&a)...)
		opts.progress(len(out), len(seqs))
	}
	return out, losses, nil
}

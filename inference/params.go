package inference

import (
	"fmt"
	"math"
	"math/rand/v2"

	"poa/kernels"
)

// Tensor names one parameter tensor inside a flat parameter vector.
type Tensor struct {
	Name  string // Hugging Face GPT-2 name, without the "transformer." prefix
	Shape []int  // Conv1D weights are [in, out]
	Off   int    // offset in Params.Data
	Size  int
}

// Layer holds the views of one transformer block's parameters.
type Layer[T kernels.Float] struct {
	Ln1W, Ln1B     []T // [C]
	AttnW, AttnB   []T // c_attn: [C, 3C], [3C]
	ProjW, ProjB   []T // attn.c_proj: [C, C], [C]
	Ln2W, Ln2B     []T // [C]
	FcW, FcB       []T // mlp.c_fc: [C, 4C], [4C]
	FcProjW, FcPrB []T // mlp.c_proj: [4C, C], [C]
}

// Params is every weight of a GPT-2 model in one flat vector (so optimizers and
// gradient buffers share one layout), with named views into it. A gradient buffer
// is a Params of the same Config.
type Params[T kernels.Float] struct {
	Cfg     Config
	Data    []T
	Tensors []Tensor
	Wte     []T // [V, C], also the LM head
	Wpe     []T // [P, C]
	Layers  []Layer[T]
	LnfW    []T
	LnfB    []T
}

// Layout returns the tensors of cfg in Hugging Face order with their offsets, and the
// total number of parameters.
func Layout(cfg Config) ([]Tensor, int) {
	C, V, P := cfg.NEmbd, cfg.VocabSize, cfg.NPositions
	var ts []Tensor
	off := 0
	add := func(name string, shape ...int) {
		n := 1
		for _, s := range shape {
			n *= s
		}
		ts = append(ts, Tensor{Name: name, Shape: shape, Off: off, Size: n})
		off += n
	}
	add("wte.weight", V, C)
	add("wpe.weight", P, C)
	for l := 0; l < cfg.NLayer; l++ {
		p := fmt.Sprintf("h.%d.", l)
		add(p+"ln_1.weight", C)
		add(p+"ln_1.bias", C)
		add(p+"attn.c_attn.weight", C, 3*C)
		add(p+"attn.c_attn.bias", 3*C)
		add(p+"attn.c_proj.weight", C, C)
		add(p+"attn.c_proj.bias", C)
		add(p+"ln_2.weight", C)
		add(p+"ln_2.bias", C)
		add(p+"mlp.c_fc.weight", C, 4*C)
		add(p+"mlp.c_fc.bias", 4*C)
		add(p+"mlp.c_proj.weight", 4*C, C)
		add(p+"mlp.c_proj.bias", C)
	}
	add("ln_f.weight", C)
	add("ln_f.bias", C)
	return ts, off
}

// NewParams allocates zeroed parameters for cfg. It panics if cfg is invalid.
func NewParams[T kernels.Float](cfg Config) *Params[T] {
	if err := cfg.Validate(); err != nil {
		panic(err)
	}
	ts, n := Layout(cfg)
	return viewParams(cfg, ts, make([]T, n))
}

func viewParams[T kernels.Float](cfg Config, ts []Tensor, data []T) *Params[T] {
	p := &Params[T]{Cfg: cfg, Data: data, Tensors: ts, Layers: make([]Layer[T], cfg.NLayer)}
	v := func(i int) []T { t := ts[i]; return data[t.Off : t.Off+t.Size : t.Off+t.Size] }
	p.Wte, p.Wpe = v(0), v(1)
	for l := range p.Layers {
		b := 2 + 12*l
		p.Layers[l] = Layer[T]{
			Ln1W: v(b), Ln1B: v(b + 1), AttnW: v(b + 2), AttnB: v(b + 3), ProjW: v(b + 4), ProjB: v(b + 5),
			Ln2W: v(b + 6), Ln2B: v(b + 7), FcW: v(b + 8), FcB: v(b + 9), FcProjW: v(b + 10), FcPrB: v(b + 11),
		}
	}
	k := 2 + 12*cfg.NLayer
	p.LnfW, p.LnfB = v(k), v(k+1)
	return p
}

// Init fills p like GPT-2's initializer, deterministically from seed: weights
// N(0, 0.02), residual projections (attn.c_proj, mlp.c_proj) N(0, 0.02/sqrt(2·n_layer)),
// LayerNorm weights 1, biases 0.
func (p *Params[T]) Init(seed uint64) {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	resid := 0.02 / math.Sqrt(2*float64(p.Cfg.NLayer))
	for _, t := range p.Tensors {
		d := p.Data[t.Off : t.Off+t.Size]
		switch {
		case hasSuffix(t.Name, "ln_1.weight", "ln_2.weight", "ln_f.weight"):
			for i := range d {
				d[i] = 1
			}
		case len(t.Shape) == 1:
			clear(d)
		default:
			std := 0.02
			if hasSuffix(t.Name, "attn.c_proj.weight", "mlp.c_proj.weight") {
				std = resid
			}
			for i := range d {
				d[i] = T(r.NormFloat64() * std)
			}
		}
	}
}

// DecayMask reports for each parameter whether weight decay applies: matrices
// (including the embeddings) decay, biases and LayerNorm parameters do not.
func (p *Params[T]) DecayMask() []bool {
	m := make([]bool, len(p.Data))
	for _, t := range p.Tensors {
		if len(t.Shape) == 2 {
			for i := t.Off; i < t.Off+t.Size; i++ {
				m[i] = true
			}
		}
	}
	return m
}

// Tensor returns the view of the named tensor, or nil.
func (p *Params[T]) Tensor(name string) []T {
	for _, t := range p.Tensors {
		if t.Name == name {
			return p.Data[t.Off : t.Off+t.Size]
		}
	}
	return nil
}

// Convert returns a copy of p with another element type (e.g. float64 for
// gradient checks).
func Convert[U, T kernels.Float](p *Params[T]) *Params[U] {
	q := NewParams[U](p.Cfg)
	for i, v := range p.Data {
		q.Data[i] = U(v)
	}
	return q
}

func hasSuffix(s string, sfx ...string) bool {
	for _, x := range sfx {
		if len(s) >= len(x) && s[len(s)-len(x):] == x {
			return true
		}
	}
	return false
}

// Float is the element type of models: float32, or float64 for reference checks.
type Float = kernels.Float

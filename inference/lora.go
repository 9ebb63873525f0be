package inference

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"poa/bounds"
	"poa/store"
)

// Linear layers of a block that LoRA can adapt, in the order used by Adapter.Pairs.
const (
	TargetCAttn   = iota // attn.c_attn  [C, 3C]
	TargetAttProj        // attn.c_proj  [C, C]
	TargetCFc            // mlp.c_fc     [C, 4C]
	TargetMlpProj        // mlp.c_proj   [4C, C]
	NumTargets
)

// TargetNames are the PEFT target_modules names of the four linear layers.
var TargetNames = [NumTargets]string{"attn.c_attn", "attn.c_proj", "mlp.c_fc", "mlp.c_proj"}

// ParseTargets turns a comma list of "attn", "mlp", "all" or exact names
// ("c_attn", "attn.c_proj", "c_fc", "mlp.c_proj") into sorted TargetNames entries.
func ParseTargets(s string) ([]string, error) {
	set := map[int]bool{}
	for _, f := range strings.Split(s, ",") {
		switch f = strings.TrimSpace(f); f {
		case "attn":
			set[TargetCAttn], set[TargetAttProj] = true, true
		case "mlp":
			set[TargetCFc], set[TargetMlpProj] = true, true
		case "all":
			for i := 0; i < NumTargets; i++ {
				set[i] = true
			}
		case "c_attn", "attn.c_attn":
			set[TargetCAttn] = true
		case "attn.c_proj":
			set[TargetAttProj] = true
		case "c_fc", "mlp.c_fc":
			set[TargetCFc] = true
		case "mlp.c_proj":
			set[TargetMlpProj] = true
		default:
			return nil, fmt.Errorf("%w: unknown target %q (want attn, mlp, all, c_attn, attn.c_proj, c_fc, mlp.c_proj)", ErrAdapter, f)
		}
	}
	var out []string
	for i := 0; i < NumTargets; i++ {
		if set[i] {
			out = append(out, TargetNames[i])
		}
	}
	return out, nil
}

// LoraConfig is an adapter's hyper-parameters, written as PEFT's adapter_config.json.
type LoraConfig struct {
	PeftType      string   `json:"peft_type"`
	Rank          int      `json:"r"`
	Alpha         float64  `json:"lora_alpha"`
	Targets       []string `json:"target_modules"`
	FanInFanOut   bool     `json:"fan_in_fan_out"`
	TaskType      string   `json:"task_type"`
	Bias          string   `json:"bias"`
	BaseModelName string   `json:"base_model_name_or_path,omitempty"`
}

// LoraPair is one adapted linear layer: y += (alpha/r)·(x·Aᵀ)·Bᵀ with A [r, in] and
// B [out, r] (PEFT's nn.Linear layouts).
type LoraPair[T Float] struct {
	A, B    []T
	In, Out int
}

// Adapter is a LoRA adapter for a base model of config Base. Its parameters live in
// one flat vector Data (A then B for each adapted layer, layer-major, in target order)
// so optimizers and gradient buffers share one layout.
type Adapter[T Float] struct {
	Name  string
	Cfg   LoraConfig
	Base  Config
	Data  []T
	Pairs [][NumTargets]*LoraPair[T] // [layer][target], nil when not adapted
}

// Scale is alpha/r.
func (a *Adapter[T]) Scale() T { return T(a.Cfg.Alpha / float64(a.Cfg.Rank)) }

func targetDims(c Config, t int) (in, out int) {
	C := c.NEmbd
	switch t {
	case TargetCAttn:
		return C, 3 * C
	case TargetAttProj:
		return C, C
	case TargetCFc:
		return C, 4 * C
	}
	return 4 * C, C
}

// MaxLoraAlpha is the largest LoraConfig.Alpha Validate accepts.
const MaxLoraAlpha = 1 << 16

// Validate checks cfg against the base model: Rank in [1, n_embd] (every adapted
// layer has a side of n_embd; a higher rank adds parameters and no expressiveness),
// Alpha in [0, MaxLoraAlpha] (0: Alpha = Rank), known, non-empty Targets. A range
// failure wraps ErrAdapter and a *bounds.Error naming the field ("LoraConfig.Rank").
func (c LoraConfig) Validate(base Config) error {
	if c.Rank < 1 || c.Rank > base.NEmbd {
		return fmt.Errorf("%w: %w", ErrAdapter, bounds.Fail("LoraConfig.Rank", c.Rank, fmt.Sprintf("[1, %d] (n_embd of the base model)", base.NEmbd)))
	}
	if err := bounds.In("LoraConfig.Alpha", c.Alpha, 0, MaxLoraAlpha); err != nil {
		return fmt.Errorf("%w: %w", ErrAdapter, err)
	}
	if len(c.Targets) == 0 {
		return fmt.Errorf("%w: no target modules", ErrAdapter)
	}
	for _, t := range c.Targets {
		if !slices.Contains(TargetNames[:], t) {
			return fmt.Errorf("%w: unknown target_modules entry %q", ErrAdapter, t)
		}
	}
	return nil
}

// NewAdapter allocates a zero adapter of cfg over base; it returns an error wrapping
// ErrAdapter when cfg does not pass cfg.Validate(base).
func NewAdapter[T Float](name string, base Config, cfg LoraConfig) (*Adapter[T], error) {
	if err := cfg.Validate(base); err != nil {
		return nil, err
	}
	if cfg.Alpha == 0 {
		cfg.Alpha = float64(cfg.Rank)
	}
	cfg.PeftType, cfg.TaskType, cfg.Bias, cfg.FanInFanOut = "LORA", "CAUSAL_LM", "none", true
	on := [NumTargets]bool{}
	for _, t := range cfg.Targets {
		i := slices.Index(TargetNames[:], t)
		if i < 0 {
			return nil, fmt.Errorf("%w: unknown target_modules entry %q", ErrAdapter, t)
		}
		on[i] = true
	}
	if len(cfg.Targets) == 0 {
		return nil, fmt.Errorf("%w: no target modules", ErrAdapter)
	}
	total := 0
	for l := 0; l < base.NLayer; l++ {
		for t := 0; t < NumTargets; t++ {
			if on[t] {
				in, out := targetDims(base, t)
				total += cfg.Rank * (in + out)
			}
		}
	}
	a := &Adapter[T]{Name: name, Cfg: cfg, Base: base, Data: make([]T, total), Pairs: make([][NumTargets]*LoraPair[T], base.NLayer)}
	off := 0
	r := cfg.Rank
	for l := 0; l < base.NLayer; l++ {
		for t := 0; t < NumTargets; t++ {
			if !on[t] {
				continue
			}
			in, out := targetDims(base, t)
			p := &LoraPair[T]{In: in, Out: out}
			p.A = a.Data[off : off+r*in : off+r*in]
			off += r * in
			p.B = a.Data[off : off+out*r : off+out*r]
			off += out * r
			a.Pairs[l][t] = p
		}
	}
	return a, nil
}

// Init fills A from N(0, 1/in) (deterministic in seed) and B with zeros, so a fresh
// adapter leaves the base model's outputs unchanged.
func (a *Adapter[T]) Init(seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 0x5bd1e995))
	for _, row := range a.Pairs {
		for _, p := range row {
			if p == nil {
				continue
			}
			std := 1 / math.Sqrt(float64(p.In))
			for i := range p.A {
				p.A[i] = T(rng.NormFloat64() * std)
			}
			clear(p.B)
		}
	}
}

// MaxRank is the adapter's rank (all pairs share it).
func (a *Adapter[T]) MaxRank() int { return a.Cfg.Rank }

// Bytes is the adapter's parameter memory.
func (a *Adapter[T]) Bytes() int64 {
	var z T
	return int64(len(a.Data)) * int64(sizeOf(z))
}

func sizeOf[T Float](z T) int {
	switch any(z).(type) {
	case float32:
		return 4
	}
	return 8
}

func peftName(l, t int, ab string) string {
	return fmt.Sprintf("base_model.model.transformer.h.%d.%s.lora_%s.weight", l, TargetNames[t], ab)
}

// EncodePEFT serializes the adapter's weights as PEFT's adapter_model.safetensors.
func (a *Adapter[T]) EncodePEFT() []byte {
	var ts []NamedFloats
	conv := func(s []T) []float32 {
		d := make([]float32, len(s))
		for i, v := range s {
			d[i] = float32(v)
		}
		return d
	}
	for l, row := range a.Pairs {
		for t, p := range row {
			if p == nil {
				continue
			}
			ts = append(ts, NamedFloats{peftName(l, t, "A"), []int{a.Cfg.Rank, p.In}, conv(p.A)})
			ts = append(ts, NamedFloats{peftName(l, t, "B"), []int{p.Out, a.Cfg.Rank}, conv(p.B)})
		}
	}
	return EncodeSafetensors(ts, map[string]string{"format": "pt"})
}

// SaveAdapter writes adapter_config.json and adapter_model.safetensors into dir.
func SaveAdapter[T Float](dir string, a *Adapter[T]) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	b, _ := json.MarshalIndent(a.Cfg, "", "  ")
	if err := store.WriteFileAtomic(filepath.Join(dir, "adapter_config.json"), append(b, '\n')); err != nil {
		return err
	}
	return store.WriteFileAtomic(filepath.Join(dir, "adapter_model.safetensors"), a.EncodePEFT())
}

// LoadAdapter reads a PEFT adapter folder for a base model of config base.
func LoadAdapter(dir, name string, base Config) (*Adapter[float32], error) {
	cfg, err := readLoraConfig(dir)
	if err != nil {
		return nil, err
	}
	w, err := openWeights(filepath.Join(dir, "adapter_model.safetensors"), false)
	if err != nil {
		return nil, err
	}
	defer w.Close()
	return adapterFrom(name, base, cfg, w)
}

// readLoraConfig reads dir/adapter_config.json.
func readLoraConfig(dir string) (LoraConfig, error) {
	var cfg LoraConfig
	b, err := os.ReadFile(filepath.Join(dir, "adapter_config.json"))
	if err != nil {
		return cfg, err
	}
	if err := json.Unmarshal(b, &cfg); err != nil {
		return cfg, fmt.Errorf("%s/adapter_config.json: %w: %v", dir, ErrAdapter, err)
	}
	return cfg, nil
}

// adapterFrom decodes adapter name from w's tensors (copied: w may be closed after).
// Errors name the file.
func adapterFrom(name string, base Config, cfg LoraConfig, w *weightsFile) (*Adapter[float32], error) {
	st, err := w.Safetensors()
	if err != nil {
		return nil, err
	}
	a, err := AdapterFromSafetensors(name, base, cfg, st)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", w.path, err)
	}
	return a, nil
}

// AdapterFromSafetensors builds an adapter from PEFT tensors, checking every name
// and shape against base and cfg.
func AdapterFromSafetensors(name string, base Config, cfg LoraConfig, st *Safetensors) (*Adapter[float32], error) {
	a, err := NewAdapter[float32](name, base, cfg)
	if err != nil {
		return nil, err
	}
	seen := 0
	for l, row := range a.Pairs {
		for t, p := range row {
			if p == nil {
				continue
			}
			for _, ab := range []struct {
				s     string
				dst   []float32
				shape []int
			}{{"A", p.A, []int{a.Cfg.Rank, p.In}}, {"B", p.B, []int{p.Out, a.Cfg.Rank}}} {
				n := peftName(l, t, ab.s)
				st, ok := st.Tensors[n]
				if !ok {
					return nil, fmt.Errorf("%w: %q", ErrMissingTensor, n)
				}
				if !equalShape(st.Shape, ab.shape) {
					return nil, fmt.Errorf("%w: %q has shape %v, want %v", ErrTensorShape, n, st.Shape, ab.shape)
				}
				st.floatsInto(ab.dst)
				seen++
			}
		}
	}
	if seen != len(st.Tensors) {
		return nil, fmt.Errorf("%w: %d tensors in the file, the config names %d", ErrUnexpectedTensor, len(st.Tensors), seen)
	}
	return a, nil
}

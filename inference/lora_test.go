package inference

import (
	"errors"
	"math/rand/v2"
	"testing"
)

func randAdapter(t testing.TB, cfg Config, targets []string, rank int, seed uint64) *Adapter[float32] {
	t.Helper()
	a, err := NewAdapter[float32]("a", cfg, LoraConfig{Rank: rank, Alpha: 2 * float64(rank), Targets: targets})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(seed, 3))
	for i := range a.Data {
		a.Data[i] = float32(r.NormFloat64() * 0.3)
	}
	return a
}

// mergedRef returns a weight-merging function for refForward: W + s·Aᵀ·Bᵀ in the
// Conv1D layout [in, out], computed independently of the forward's LoRA path.
func mergedRef(a *Adapter[float32]) func(l, t int, w []float64) []float64 {
	return func(l, t int, w []float64) []float64 {
		p := a.Pairs[l][t]
		if p == nil {
			return w
		}
		s := float64(a.Scale())
		r := a.Cfg.Rank
		for i := 0; i < p.In; i++ {
			for o := 0; o < p.Out; o++ {
				var d float64
				for j := 0; j < r; j++ {
					d += float64(p.A[j*p.In+i]) * float64(p.B[o*r+j])
				}
				w[i*p.Out+o] += s * d
			}
		}
		return w
	}
}

func TestLoRAForwardEqualsMergedWeights(t *testing.T) {
	m := randModel(t, testCfg, 11)
	for _, tg := range []string{"attn", "mlp", "all", "c_attn,mlp.c_proj"} {
		t.Run("targets="+tg, func(t *testing.T) {
			targets, err := ParseTargets(tg)
			if err != nil {
				t.Fatal(err)
			}
			a := randAdapter(t, testCfg, targets, 3, 1)
			ids := []int{2, 7, 1, 8, 2, 8}
			var acts Acts[float32]
			if err := m.Forward(&acts, Batch[float32]{Tokens: ids, B: 1, T: 6, Adapters: []*Adapter[float32]{a}}); err != nil {
				t.Fatal(err)
			}
			checkLogits(t, acts.Logits, refForward(m.P, ids, mergedRef(a)), 1e-4)
		})
	}
}

func TestMixedAdapterBatch(t *testing.T) {
	m := randModel(t, testCfg, 12)
	all, _ := ParseTargets("all")
	a1 := randAdapter(t, testCfg, all, 2, 1)
	a2 := randAdapter(t, testCfg, []string{"mlp.c_fc"}, 4, 2)
	seqs := [][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	ads := []*Adapter[float32]{a1, nil, a2}
	var toks []int
	for _, s := range seqs {
		toks = append(toks, s...)
	}
	var acts Acts[float32]
	if err := m.Forward(&acts, Batch[float32]{Tokens: toks, B: 3, T: 4, Adapters: ads}); err != nil {
		t.Fatal(err)
	}
	V := testCfg.VocabSize
	for b, s := range seqs {
		var merge func(l, t int, w []float64) []float64
		if ads[b] != nil {
			merge = mergedRef(ads[b])
		}
		checkLogits(t, acts.Logits[b*4*V:(b+1)*4*V], refForward(m.P, s, merge), 1e-4)
	}
}

func TestAdapterSaveLoad(t *testing.T) {
	all, _ := ParseTargets("attn,mlp")
	a := randAdapter(t, testCfg, all, 4, 5)
	dir := t.TempDir()
	if err := SaveAdapter(dir, a); err != nil {
		t.Fatal(err)
	}
	b, err := LoadAdapter(dir, "a", testCfg)
	if err != nil {
		t.Fatal(err)
	}
	for i := range a.Data {
		if a.Data[i] != b.Data[i] {
			t.Fatalf("adapter param %d changed", i)
		}
	}
	st, _ := ReadSafetensorsFile(dir + "/adapter_model.safetensors")
	if _, ok := st.Tensors["base_model.model.transformer.h.1.mlp.c_proj.lora_B.weight"]; !ok {
		t.Fatal("PEFT tensor name missing")
	}
	other := testCfg
	other.NEmbd = 16
	if _, err := LoadAdapter(dir, "a", other); !errors.Is(err, ErrTensorShape) {
		t.Fatalf("adapter for another width: %v", err)
	}
	if _, err := ParseTargets("attn,bogus"); !errors.Is(err, ErrAdapter) {
		t.Fatalf("bad target: %v", err)
	}
}

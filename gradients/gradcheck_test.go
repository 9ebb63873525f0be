package gradients

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"poa/inference"
)

var checkCfg = inference.Config{ModelType: "gpt2", NLayer: 2, NHead: 2, NEmbd: 8, NPositions: 12, VocabSize: 19, LayerNormEps: 1e-5}

// model64 returns a float64 model with random weights and non-trivial biases and
// LayerNorm parameters.
func model64(seed uint64, cfg inference.Config) *inference.Model[float64] {
	p := inference.NewParams[float64](cfg)
	p.Init(seed)
	r := rand.New(rand.NewPCG(seed, 7))
	for i := range p.Data {
		p.Data[i] += r.NormFloat64() * 0.2 // larger than GPT-2's init so every path matters
	}
	return inference.NewModel(p)
}

func adapter64(t testing.TB, cfg inference.Config, targets string, rank int, seed uint64) *inference.Adapter[float64] {
	t.Helper()
	ts, err := inference.ParseTargets(targets)
	if err != nil {
		t.Fatal(err)
	}
	a, err := inference.NewAdapter[float64]("a", cfg, inference.LoraConfig{Rank: rank, Alpha: 3, Targets: ts})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(seed, 9))
	for i := range a.Data {
		a.Data[i] = r.NormFloat64() * 0.3
	}
	return a
}

func testBatch(B, T, V int, seed uint64) inference.Batch[float64] {
	r := rand.New(rand.NewPCG(seed, 5))
	bt := inference.Batch[float64]{B: B, T: T, Tokens: make([]int, B*T), Targets: make([]int, B*T)}
	for i := range bt.Tokens {
		bt.Tokens[i] = r.IntN(V)
		bt.Targets[i] = r.IntN(V)
	}
	bt.Targets[1] = -1 // a position without loss
	return bt
}

func weightedLoss(t testing.TB, m *inference.Model[float64], bt inference.Batch[float64], w []float64) float64 {
	t.Helper()
	var a inference.Acts[float64]
	if err := m.Forward(&a, bt); err != nil {
		t.Fatal(err)
	}
	var s float64
	for i, l := range a.Losses[:bt.B*bt.T] {
		if bt.Targets[i] >= 0 {
			s += w[i] * l
		}
	}
	return s
}

// fdCheck compares analytic gradients g of the parameters in vals against central
// finite differences (h = 1e-5) of loss, reporting the worst error per named range.
// Tolerance: |g − fd| ≤ 1e-6·(1 + |fd|) — in float64 the truncation error is
// O(h²) ≈ 1e-10 and roundoff ≈ 1e-16/h ≈ 1e-11, so a wrong backward fails by orders
// of magnitude.
func fdCheck(t *testing.T, name string, vals, g []float64, loss func() float64) {
	t.Helper()
	const h, tol = 1e-5, 1e-6
	worst := 0.0
	for i := range vals {
		old := vals[i]
		vals[i] = old + h
		lp := loss()
		vals[i] = old - h
		lm := loss()
		vals[i] = old
		fd := (lp - lm) / (2 * h)
		e := math.Abs(g[i]-fd) / (1 + math.Abs(fd))
		worst = max(worst, e)
		if e > tol {
			t.Fatalf("%s[%d]: backward %.10g, finite difference %.10g", name, i, g[i], fd)
		}
	}
	t.Logf("%s: %d params, worst relative error %.2e", name, len(vals), worst)
}

func TestGradCheckBaseModel(t *testing.T) {
	m := model64(1, checkCfg)
	bt := testBatch(2, 5, checkCfg.VocabSize, 1)
	r := rand.New(rand.NewPCG(2, 2))
	w := make([]float64, 10)
	for i := range w {
		w[i] = r.Float64()
	}
	var a inference.Acts[float64]
	if err := m.Forward(&a, bt); err != nil {
		t.Fatal(err)
	}
	g := inference.NewParams[float64](checkCfg)
	Backward(m, &a, bt, w, Grads[float64]{Base: g})
	// Every tensor, i.e. every layer's backward: embeddings (incl. the tied head),
	// LayerNorms, attention (c_attn, softmax, c_proj), MLP (c_fc, GELU, c_proj).
	for _, ts := range m.P.Tensors {
		fdCheck(t, ts.Name, m.P.Data[ts.Off:ts.Off+ts.Size], g.Data[ts.Off:ts.Off+ts.Size], func() float64 { return weightedLoss(t, m, bt, w) })
	}
}

func TestGradCheckLoRA(t *testing.T) {
	m := model64(3, checkCfg)
	for _, tg := range []string{"all", "attn", "mlp.c_fc"} {
		t.Run("targets="+tg, func(t *testing.T) {
			ad := adapter64(t, checkCfg, tg, 2, 4)
			bt := testBatch(2, 6, checkCfg.VocabSize, 3)
			bt.Adapters = []*inference.Adapter[float64]{ad}
			w := make([]float64, 12)
			for i := range w {
				w[i] = 1.0 / 11
			}
			var a inference.Acts[float64]
			if err := m.Forward(&a, bt); err != nil {
				t.Fatal(err)
			}
			ga, _ := inference.NewAdapter[float64]("g", checkCfg, ad.Cfg)
			gb := inference.NewParams[float64](checkCfg)
			Backward(m, &a, bt, w, Grads[float64]{Base: gb, Adapters: []*inference.Adapter[float64]{ga}})
			loss := func() float64 { return weightedLoss(t, m, bt, w) }
			fdCheck(t, "adapter", ad.Data, ga.Data, loss)
			// Base gradients under an adapter (attention path and embeddings).
			for _, name := range []string{"h.0.attn.c_attn.weight", "h.1.mlp.c_fc.bias", "wte.weight", "h.0.ln_1.weight"} {
				ts := tensor(m.P, name)
				fdCheck(t, name, m.P.Data[ts.Off:ts.Off+ts.Size], gb.Data[ts.Off:ts.Off+ts.Size], loss)
			}
		})
	}
}

func tensor(p *inference.Params[float64], name string) inference.Tensor {
	for _, ts := range p.Tensors {
		if ts.Name == name {
			return ts
		}
	}
	panic(fmt.Sprint("no tensor ", name))
}

func TestGradFloat32MatchesFloat64(t *testing.T) {
	// The float32 path (what training runs) agrees with the float64 reference.
	m64 := model64(5, checkCfg)
	m32 := inference.NewModel(inference.Convert[float32](m64.P))
	bt64 := testBatch(2, 7, checkCfg.VocabSize, 6)
	bt32 := inference.Batch[float32]{B: 2, T: 7, Tokens: bt64.Tokens, Targets: bt64.Targets}
	w64 := make([]float64, 14)
	w32 := make([]float32, 14)
	for i := range w64 {
		w64[i], w32[i] = 1.0/13, 1.0/13
	}
	var a64 inference.Acts[float64]
	var a32 inference.Acts[float32]
	m64.Forward(&a64, bt64)
	m32.Forward(&a32, bt32)
	g64 := inference.NewParams[float64](checkCfg)
	g32 := inference.NewParams[float32](checkCfg)
	Backward(m64, &a64, bt64, w64, Grads[float64]{Base: g64})
	Backward(m32, &a32, bt32, w32, Grads[float32]{Base: g32})
	for i := range g64.Data {
		if d := math.Abs(float64(g32.Data[i]) - g64.Data[i]); d > 1e-4*(1+math.Abs(g64.Data[i])) {
			t.Fatalf("grad %d: float32 %g, float64 %g", i, g32.Data[i], g64.Data[i])
		}
	}
}

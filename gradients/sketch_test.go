package gradients

import (
	"context"
	"math"
	"testing"

	"poa/inference"
)

func model32(seed uint64) *inference.Model[float32] {
	return inference.NewModel(inference.Convert[float32](model64(seed, checkCfg).P))
}

func adapter32(t testing.TB, targets string, seed uint64) *inference.Adapter[float32] {
	a64 := adapter64(t, checkCfg, targets, 2, seed)
	a, _ := inference.NewAdapter[float32]("a", checkCfg, a64.Cfg)
	for i, v := range a64.Data {
		a.Data[i] = float32(v)
	}
	return a
}

var exampleSeqs = [][]int{{1, 2, 3, 4, 5, 6, 7}, {8, 9, 10}, {11, 12, 13, 14, 15}, {3}, {18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5}}

func near(t *testing.T, what string, got, want []float32, tol float64) {
	t.Helper()
	scale := 0.0
	for _, v := range want {
		scale = math.Max(scale, math.Abs(float64(v)))
	}
	for i := range want {
		if d := math.Abs(float64(got[i] - want[i])); d > tol*(scale+1e-6) {
			t.Fatalf("%s[%d] = %g, want %g (scale %g)", what, i, got[i], want[i], scale)
		}
	}
}

// singleLoRAGrad is the reference: a batch of one example, one gradient buffer.
func singleLoRAGrad(t *testing.T, m *inference.Model[float32], ad *inference.Adapter[float32], seq []int) []float32 {
	t.Helper()
	r := exampleRows([][]int{seq}, m.Cfg.NPositions)
	bt := r.batch(ad, false)
	var a inference.Acts[float32]
	if err := m.Forward(&a, bt); err != nil {
		t.Fatal(err)
	}
	g, _ := inference.NewAdapter[float32]("g", ad.Base, ad.Cfg)
	Backward(m, &a, bt, r.weights, Grads[float32]{Adapters: []*inference.Adapter[float32]{g}})
	return g.Data
}

func TestPerExampleGradsEqualSingleExampleBatches(t *testing.T) {
	m := model32(11)
	ad := adapter32(t, "all", 12)
	per, losses, err := PerLayerGrads(context.Background(), m, ad, exampleSeqs, &Options{BatchSize: 3})
	if err != nil {
		t.Fatal(err)
	}
	for e, seq := range exampleSeqs {
		var flat []float32
		for _, blk := range per[e] {
			flat = append(flat, blk...)
		}
		// Tolerance: float32 sums in another order (padding) — 1e-5 of the largest entry.
		near(t, "per-example grad", flat, singleLoRAGrad(t, m, ad, seq), 1e-5)
		if len(seq) >= 2 {
			lp, err := m.Score(seq[:min(len(seq), m.Cfg.NPositions)], ad) // examples are truncated to the context
			if err != nil {
				t.Fatal(err)
			}
			var mean float64
			for _, v := range lp {
				mean -= v / float64(len(lp))
			}
			if math.Abs(mean-float64(losses[e])) > 1e-5 {
				t.Fatalf("loss %d: %g, scored %g", e, losses[e], mean)
			}
		}
	}
}

// materializedSketch forms the full weight gradient dW [in,out] of one example with
// a one-example backward, then projects: S = P_out·dWᵀ·P_inᵀ (float64 sums).
func materializedSketch(t *testing.T, m *inference.Model[float32], ad *inference.Adapter[float32], proj *Projector, r rows) []float32 {
	t.Helper()
	bt := r.batch(ad, false)
	var a inference.Acts[float32]
	if err := m.Forward(&a, bt); err != nil {
		t.Fatal(err)
	}
	g := inference.NewParams[float32](m.Cfg)
	Backward(m, &a, bt, r.weights, Grads[float32]{Base: g})
	out := make([]float32, proj.Dim())
	for l := 0; l < m.Cfg.NLayer; l++ {
		for _, tg := range proj.Targets {
			blk := proj.block(l, tg)
			in, o := dims(m.Cfg, tg)
			var dW []float32
			L := &g.Layers[l]
			switch tg {
			case inference.TargetCAttn:
				dW = L.AttnW
			case inference.TargetAttProj:
				dW = L.ProjW
			case inference.TargetCFc:
				dW = L.FcW
			default:
				dW = L.FcProjW
			}
			for i := 0; i < proj.KOut; i++ {
				for j := 0; j < proj.KIn; j++ {
					var s float64
					for p := 0; p < o; p++ {
						for q := 0; q < in; q++ {
							s += float64(proj.POut[blk][i*o+p]) * float64(dW[q*o+p]) * float64(proj.PIn[blk][j*in+q])
						}
					}
					out[blk*proj.BlockDim()+i*proj.KIn+j] = float32(s)
				}
			}
		}
	}
	return out
}

func TestSketchesEqualProjectedGradients(t *testing.T) {
	m := model32(13)
	for _, tc := range []struct {
		name    string
		ad      *inference.Adapter[float32]
		targets []string
	}{
		{"base", nil, inference.TargetNames[:]},
		{"adapter", adapter32(t, "attn", 14), []string{"attn.c_attn", "attn.c_proj"}},
	} {
		t.Run("model="+tc.name, func(t *testing.T) {
			proj, err := NewProjector(checkCfg, tc.targets, 3, 4, 15)
			if err != nil {
				t.Fatal(err)
			}
			sks, _, err := ExampleSketches(context.Background(), m, tc.ad, exampleSeqs, proj, &Options{BatchSize: 2})
			if err != nil {
				t.Fatal(err)
			}
			for e, seq := range exampleSeqs {
				want := materializedSketch(t, m, tc.ad, proj, exampleRows([][]int{seq}, m.Cfg.NPositions))
				near(t, "sketch", sks[e], want, 1e-4)
			}
		})
	}
}

func TestTokenSketchesEqualSingleTokenQueries(t *testing.T) {
	m := model32(16)
	ad := adapter32(t, "mlp", 17)
	proj, _ := NewProjector(checkCfg, ad.Cfg.Targets, 4, 2, 18)
	prompt, output := []int{1, 2, 3}, []int{4, 5, 6, 7}
	sks, losses, err := TokenSketches(context.Background(), m, ad, prompt, output, proj, &Options{BatchSize: 3})
	if err != nil {
		t.Fatal(err)
	}
	lp, _ := m.Score(append(append([]int{}, prompt...), output...), ad)
	sum := make([]float32, proj.Dim())
	for j := range output {
		// The reference: the materialized gradient of token j's loss alone.
		r, _ := queryRows(prompt, output, m.Cfg.NPositions, []int{j})
		near(t, "token sketch", sks[j], materializedSketch(t, m, ad, proj, r), 1e-4)
		if math.Abs(float64(losses[j])+lp[len(prompt)-1+j]) > 1e-5 {
			t.Fatalf("token %d loss %g, score %g", j, losses[j], -lp[len(prompt)-1+j])
		}
		for i, v := range sks[j] {
			sum[i] += v / float32(len(output))
		}
	}
	// The query sketch is the mean of the token sketches (linearity).
	q, _, err := QuerySketch(m, ad, prompt, output, proj)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "query sketch", q, sum, 1e-4)
}

func TestPerExampleFullGradsEqualSingleExampleBatches(t *testing.T) {
	m := model32(19)
	for _, tc := range []struct {
		name string
		ad   *inference.Adapter[float32]
	}{{"base", nil}, {"adapter", adapter32(t, "all", 20)}} {
		t.Run("model="+tc.name, func(t *testing.T) {
			per, _, err := PerExampleGrads(context.Background(), m, tc.ad, exampleSeqs, &Options{BatchSize: 3})
			if err != nil {
				t.Fatal(err)
			}
			for e, seq := range exampleSeqs {
				r := exampleRows([][]int{seq}, m.Cfg.NPositions)
				bt := r.batch(tc.ad, false)
				var a inference.Acts[float32]
				if err := m.Forward(&a, bt); err != nil {
					t.Fatal(err)
				}
				g := inference.NewParams[float32](m.Cfg)
				Backward(m, &a, bt, r.weights, Grads[float32]{Base: g})
				// Per tensor, so a wrong embedding or LayerNorm row split shows by name.
				for _, ts := range g.Tensors {
					near(t, ts.Name, per[e][ts.Off:ts.Off+ts.Size], g.Data[ts.Off:ts.Off+ts.Size], 1e-5)
				}
			}
		})
	}
}

package gradients

import (
	"context"
	"math/rand/v2"
	"testing"

	"poa/inference"
)

// BenchmarkTokenSketches: the demo store's model shape, 4-token prompt, 64-token
// output, the shared-forward implementation beside the reference
// (go run ./benchmarks/attribution alternates them and prints the ratio).
func BenchmarkTokenSketches(b *testing.B) {
	cfg := inference.Config{ModelType: "gpt2", NLayer: 4, NHead: 4, NEmbd: 128, NPositions: 128, VocabSize: 2048, LayerNormEps: 1e-5}
	p := inference.NewParams[float32](cfg)
	p.Init(1)
	m := inference.NewModel(p)
	ad, _ := inference.NewAdapter[float32]("bench", cfg, inference.LoraConfig{Rank: 8, Alpha: 16, Targets: inference.TargetNames[:]})
	r := rand.New(rand.NewPCG(2, 3))
	for i := range ad.Data {
		ad.Data[i] = float32(r.NormFloat64() * 0.02)
	}
	proj, _ := NewProjector(cfg, ad.Cfg.Targets, 8, 8, 1)
	seq := make([]int, 68)
	for i := range seq {
		seq[i] = r.IntN(cfg.VocabSize)
	}
	for _, f := range []struct {
		name string
		f    func(context.Context, *inference.Model[float32], *inference.Adapter[float32], []int, []int, *Projector, *Options) ([][]float32, []float32, error)
	}{{"impl=shared-forward", TokenSketches}, {"impl=reference", TokenSketchesReference}} {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := f.f(context.Background(), m, ad, seq[:4], seq[4:], proj, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

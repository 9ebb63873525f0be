package inference_test

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"poa/inference"
)

// A model from a config and a seed: forward a batch, score a text, generate.
func Example() {
	cfg := inference.Tiny
	p := inference.NewParams[float32](cfg)
	p.Init(1)
	m := inference.NewModel(p)

	var acts inference.Acts[float32]
	err := m.Forward(&acts, inference.Batch[float32]{Tokens: []int{1, 2, 3, 4, 5, 6}, B: 2, T: 3})
	fmt.Println("logits:", len(acts.Logits) == 2*3*cfg.VocabSize, err)

	lp, _ := m.Score([]int{7, 8, 9}, nil)
	fmt.Println("log-probs:", len(lp), lp[0] < 0)

	g, _ := m.Generate(context.Background(), []int{1, 2}, 5, inference.Sampling{Temperature: 0.8, Seed: 3}, nil, -1, nil)
	fmt.Println("generated:", len(g.Tokens), g.Stopped)
	// Output:
	// logits: true <nil>
	// log-probs: 2 true
	// generated: 5 max_tokens
}

// Concurrent requests to a Server are decoded together, each under its own adapter
// (or the base model), each with the tokens it gets alone.
func ExampleServer_Decode() {
	cfg := inference.Tiny
	p := inference.NewParams[float32](cfg)
	p.Init(1)
	m := inference.NewModel(p)
	targets, _ := inference.ParseTargets("attn")
	loader := func(name string, base inference.Config) (*inference.Adapter[float32], error) {
		a, err := inference.NewAdapter[float32](name, base, inference.LoraConfig{Rank: 4, Targets: targets})
		if err != nil {
			return nil, err
		}
		a.Init(uint64(len(name))) // a real loader reads the adapter's files
		return a, nil
	}
	srv := inference.NewServer(m, 64<<20, loader)

	var wg sync.WaitGroup
	gens := make([]inference.Generation, 3)
	for i, name := range []string{"", "alpha", "beta"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			gens[i], _ = srv.Decode(context.Background(), inference.DecodeRequest{
				Adapter: name, Prompt: []int{1, 2, 3}, MaxTokens: 4, Stop: -1, Sampling: inference.Sampling{Temperature: 1, Seed: 9}})
		}()
	}
	wg.Wait()
	alone, _ := m.Decode(context.Background(), inference.DecodeRequest{Prompt: []int{1, 2, 3}, MaxTokens: 4, Stop: -1, Sampling: inference.Sampling{Temperature: 1, Seed: 9}}, nil)
	fmt.Println(len(gens[1].Tokens), gens[1].Stopped, slices.Equal(gens[0].Tokens, alone.Tokens))
	// Output:
	// 4 max_tokens true
}

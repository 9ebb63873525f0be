package inference_test

import (
	"context"
	"fmt"

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

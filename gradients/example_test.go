package gradients_test

import (
	"context"
	"fmt"

	"poa/gradients"
	"poa/inference"
)

// A forward and backward pass, then LoGra sketches of two examples' gradients.
func Example() {
	cfg := inference.Tiny
	p := inference.NewParams[float32](cfg)
	p.Init(1)
	m := inference.NewModel(p)

	bt := inference.Batch[float32]{Tokens: []int{1, 2, 3, 4}, Targets: []int{2, 3, 4, 5}, B: 1, T: 4}
	var acts inference.Acts[float32]
	if err := m.Forward(&acts, bt); err != nil {
		panic(err)
	}
	grads := inference.NewParams[float32](cfg)
	w := []float32{0.25, 0.25, 0.25, 0.25} // mean loss
	gradients.Backward(m, &acts, bt, w, gradients.Grads[float32]{Base: grads})
	fmt.Println("gradient of every parameter:", len(grads.Data) == len(p.Data))

	proj, _ := gradients.NewProjector(cfg, inference.TargetNames[:], 8, 8, 1)
	sk, losses, _ := gradients.ExampleSketches(context.Background(), m, nil, [][]int{{1, 2, 3}, {4, 5, 6, 7}}, proj, nil)
	fmt.Println("sketches:", len(sk), len(sk[0]), losses[0] > 0)
	// Output:
	// gradient of every parameter: true
	// sketches: 2 512 true
}

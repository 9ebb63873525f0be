package influence_test

import (
	"fmt"

	"poa/influence"
	"poa/store"
)

// The store's memory-mapped sketch files are scorer inputs.
var _ influence.Gradients = (*store.SketchFile)(nil)

func ExampleScanTopK() {
	g := &influence.Dense{N: 4, K: 2, Data: []float32{
		1, 0,
		0, 1,
		2, 2,
		-1, 0,
	}, IDs: []string{"a", "b", "c", "d"}}
	for _, h := range influence.ScanTopK([]float32{1, 0.5}, g, 2) {
		fmt.Printf("%s %.1f\n", h.ID, h.Score)
	}
	// Output:
	// c 3.0
	// a 1.0
}

func ExampleFuse() {
	owners := func(datanet, id string) (string, error) {
		return map[string]string{"a": "0xA", "b": "0xB", "c": "0xA"}[id], nil
	}
	grad := []influence.GradientScore{{Datanet: "d", Point: "a", Score: 3}, {Datanet: "d", Point: "b", Score: 1}, {Datanet: "d", Point: "c", Score: -2}}
	spans := []influence.Span{{Datanet: "d", Point: "c", Start: 0, End: 4, Length: 4, Count: 1}}
	points, contributors, err := influence.Fuse(grad, spans, influence.DefaultFusion, owners)
	if err != nil {
		panic(err)
	}
	for _, p := range points {
		fmt.Println(p.ID, p.Score)
	}
	for _, c := range contributors {
		fmt.Println(c.Address, c.Score)
	}
	// Output:
	// c 500000
	// a 375000
	// b 125000
	// 0xA 875000
	// 0xB 125000
}

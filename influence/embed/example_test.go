package embed_test

import (
	"fmt"

	"poa/influence/embed"
)

func Example() {
	x := embed.New(3)
	x.Add(10, []float32{1, 0, 0})
	x.Add(11, []float32{0.9, 0.1, 0})
	x.Add(12, []float32{0, 1, 0})
	x.Add(13, []float32{0, 0, -1})
	for _, h := range x.Exact([]float32{2, 0.1, 0}, 2) {
		fmt.Printf("%d %.3f\n", h.Key, h.Score)
	}
	// Output:
	// 10 0.999
	// 11 0.998
}

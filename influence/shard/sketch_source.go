package shard

import (
	"fmt"

	"poa/influence/lm"
)

// Sketches is an lm.SketchSource: attribution's influence scorer scans the shards
// exactly as the monolithic sketch file.
var _ lm.SketchSource = (*Sketches)(nil)

// Sketches is an lm.RawSketchSource too: each shard keeps its raw sketches, so the
// tracin and datainf methods scan the set as the monolithic raw file.
var _ lm.RawSketchSource = (*Sketches)(nil)

// IntegerTopK is IntTopK in lm's terms.
func (x *Sketches) IntegerTopK(qq []int32, topk int, keep func(datanet, point string) (bool, error)) ([]lm.RowScore, int, error) {
	hits, dropped, err := x.IntTopK(qq, topk, keep)
	if err != nil {
		return nil, 0, err
	}
	out := make([]lm.RowScore, len(hits))
	for i, h := range hits {
		out[i] = lm.RowScore{Row: h.Row, Score: h.Score}
	}
	return out, dropped, nil
}

// Root is the committed sketch root of the set (sketches.json).
func (x *Sketches) Root() string { return x.Set.SketchRoot }

// Shift is the set-wide quantization shift.
func (x *Sketches) Shift() int { return x.Set.Shift }

// Adapter is the adapter whose sketches the set holds.
func (x *Sketches) Adapter() string { return x.Set.Adapter }

// Describe names the set for logs.
func (x *Sketches) Describe() string {
	return fmt.Sprintf("sketch set of adapter %s, %d shards at %s (root %.18s…)", x.Set.Adapter, len(x.shards), x.Dir, x.Set.SketchRoot)
}

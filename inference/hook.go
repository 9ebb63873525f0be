package inference

import (
	"slices"
	"sync"
)

// Recorder is an ActivationHook that keeps copies of the hidden states of the asked
// layers: States(layer, row) returns that row's vectors by position. It is safe for
// use by one forward pass at a time (and for reading afterwards).
type Recorder struct {
	layers []int
	mu     sync.Mutex
	states map[[2]int]map[int][]float32 // (layer, row) → position → vector
}

// NewRecorder records the hidden states of layers (see ActivationHook for numbering).
func NewRecorder(layers ...int) *Recorder {
	return &Recorder{layers: layers, states: map[[2]int]map[int][]float32{}}
}

// Layers implements ActivationHook.
func (r *Recorder) Layers() []int { return r.layers }

// Hidden implements ActivationHook.
func (r *Recorder) Hidden(layer, row, pos int, h []float32) {
	r.mu.Lock()
	defer r.mu.Unlock()
	k := [2]int{layer, row}
	if r.states[k] == nil {
		r.states[k] = map[int][]float32{}
	}
	r.states[k][pos] = slices.Clone(h)
}

// States returns the recorded vectors of (layer, row) in position order from 0 to
// the last recorded position (nil for positions never seen).
func (r *Recorder) States(layer, row int) [][]float32 {
	r.mu.Lock()
	defer r.mu.Unlock()
	m := r.states[[2]int{layer, row}]
	last := -1
	for p := range m {
		last = max(last, p)
	}
	out := make([][]float32, last+1)
	for p, v := range m {
		out[p] = v
	}
	return out
}

// Mean returns the mean over recorded positions of (layer, row): a pooled embedding
// of a sequence (nil if nothing was recorded).
func (r *Recorder) Mean(layer, row int) []float32 {
	st := r.States(layer, row)
	var sum []float64
	n := 0
	for _, v := range st {
		if v == nil {
			continue
		}
		if sum == nil {
			sum = make([]float64, len(v))
		}
		for i, x := range v {
			sum[i] += float64(x)
		}
		n++
	}
	if n == 0 {
		return nil
	}
	out := make([]float32, len(sum))
	for i, s := range sum {
		out[i] = float32(s / float64(n))
	}
	return out
}

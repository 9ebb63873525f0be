package embed

import (
	"container/heap"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
)

// Hit is one search result: the key given to Add and the cosine similarity.
type Hit struct {
	Key   int     `json:"key"`
	Score float32 `json:"score"`
}

// Index holds unit-normalised vectors of one dimension under integer keys.
type Index struct {
	dim  int
	keys []int
	vecs []float32 // row i at [i*dim, (i+1)*dim)
	pos  map[int]int
}

// New returns an empty index of vectors of dimension dim. It panics if dim < 1.
func New(dim int) *Index {
	if dim < 1 {
		panic(fmt.Sprintf("embed: dimension %d", dim))
	}
	return &Index{dim: dim, pos: map[int]int{}}
}

// Dim is the vector dimension.
func (x *Index) Dim() int { return x.dim }

// Len is the number of vectors.
func (x *Index) Len() int { return len(x.keys) }

// Add stores v (normalised to unit length) under key. It panics if len(v) != Dim().
func (x *Index) Add(key int, v []float32) error {
	if len(v) != x.dim {
		panic(fmt.Sprintf("embed: vector of dimension %d added to an index of dimension %d", len(v), x.dim))
	}
	if _, dup := x.pos[key]; dup {
		return fmt.Errorf("%w: %d", ErrDuplicate, key)
	}
	var ss float64
	for _, f := range v {
		ss += float64(f) * float64(f)
	}
	if ss == 0 || math.IsInf(ss, 0) || math.IsNaN(ss) {
		return fmt.Errorf("%w: key %d (squared norm %g)", ErrVector, key, ss)
	}
	inv := 1 / math.Sqrt(ss)
	for _, f := range v {
		x.vecs = append(x.vecs, float32(float64(f)*inv))
	}
	x.pos[key] = len(x.keys)
	x.keys = append(x.keys, key)
	return nil
}

// Vector returns the stored (normalised) vector of key.
func (x *Index) Vector(key int) ([]float32, bool) {
	i, ok := x.pos[key]
	if !ok {
		return nil, false
	}
	return x.vecs[i*x.dim : (i+1)*x.dim], true
}

func (x *Index) checkQuery(q []float32) []float32 {
	if len(q) != x.dim {
		panic(fmt.Sprintf("embed: query of dimension %d for an index of dimension %d", len(q), x.dim))
	}
	var ss float64
	for _, f := range q {
		ss += float64(f) * float64(f)
	}
	out := make([]float32, len(q))
	if ss > 0 && !math.IsInf(ss, 0) && !math.IsNaN(ss) {
		inv := 1 / math.Sqrt(ss)
		for i, f := range q {
			out[i] = float32(float64(f) * inv)
		}
	}
	return out
}

func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// better orders hits: higher score first, then smaller key.
func better(a, b Hit) bool { return a.Score > b.Score || (a.Score == b.Score && a.Key < b.Key) }

// topK is a min-heap of the k best hits seen (its root is the worst kept).
type topK struct {
	k int
	h []Hit
}

func (t *topK) Len() int           { return len(t.h) }
func (t *topK) Less(i, j int) bool { return better(t.h[j], t.h[i]) }
func (t *topK) Swap(i, j int)      { t.h[i], t.h[j] = t.h[j], t.h[i] }
func (t *topK) Push(x any)         { t.h = append(t.h, x.(Hit)) }
func (t *topK) Pop() any           { x := t.h[len(t.h)-1]; t.h = t.h[:len(t.h)-1]; return x }

func (t *topK) offer(h Hit) {
	if len(t.h) < t.k {
		heap.Push(t, h)
	} else if better(h, t.h[0]) {
		t.h[0] = h
		heap.Fix(t, 0)
	}
}

// Exact returns the exact k nearest vectors to q by cosine similarity, best first
// (ties: smaller key first). The scan runs on all cores in blocks of rows, each
// keeping its own bounded heap. Cost: O(n·dim + n·log k). It panics if
// len(q) != Dim(). A zero q has no direction; every score is then 0 and the order
// is by key.
func (x *Index) Exact(q []float32, k int) []Hit {
	qn := x.checkQuery(q)
	n := len(x.keys)
	if k <= 0 || n == 0 {
		return nil
	}
	workers := min(runtime.GOMAXPROCS(0), max(1, n/4096))
	parts := make([]topK, workers)
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for w := range workers {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			t := &parts[w]
			t.k = k
			for i := w * chunk; i < min(n, (w+1)*chunk); i++ {
				t.offer(Hit{x.keys[i], dot(qn, x.vecs[i*x.dim:(i+1)*x.dim])})
			}
		}(w)
	}
	wg.Wait()
	all := &topK{k: k}
	for _, p := range parts {
		for _, h := range p.h {
			all.offer(h)
		}
	}
	out := all.h
	slices.SortFunc(out, func(a, b Hit) int {
		if better(a, b) {
			return -1
		}
		if better(b, a) {
			return 1
		}
		return 0
	})
	return out
}

package influence

import (
	"container/heap"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/viterin/vek/vek32"

	"poa/kernels"
)

// blockBytes is the amount of matrix one worker takes at a time.
const blockBytes = 256 << 10

// Dot returns Σ_j x[j]·y[j] in float32 (AVX2 where available). It panics if the
// lengths differ.
func Dot(x, y []float32) float32 {
	if len(x) != len(y) {
		panic(fmt.Sprintf("influence: dot of lengths %d and %d", len(x), len(y)))
	}
	if len(x) == 0 {
		return 0
	}
	return vek32.Dot(x, y)
}

// forBlocks calls fn(lo, hi) over row blocks of an n-row, k-column matrix, in
// parallel over GOMAXPROCS goroutines; worker is the goroutine's index.
func forBlocks(n, k int, fn func(worker, lo, hi int)) int {
	rows := max(1, blockBytes/(4*max(k, 1)))
	blocks := (n + rows - 1) / rows
	workers := min(runtime.GOMAXPROCS(0), blocks)
	if workers <= 1 {
		if n > 0 {
			fn(0, 0, n)
		}
		return 1
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				b := int(next.Add(1)) - 1
				if b >= blocks {
					return
				}
				fn(w, b*rows, min(n, (b+1)*rows))
			}
		}()
	}
	wg.Wait()
	return workers
}

// AddDots sets dst[i] += a·(q·row_i(g)) for every row of g: one blocked, parallel pass
// over the matrix. It panics if len(q) != k or len(dst) != n.
func AddDots(dst []float64, a float64, q []float32, g Gradients) {
	n, k := g.Dims()
	if len(q) != k || len(dst) != n {
		panic(fmt.Sprintf("influence: query of %d and dst of %d for a %d×%d matrix", len(q), len(dst), n, k))
	}
	m := g.RawMatrix()
	forBlocks(n, k, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			dst[i] += a * float64(Dot(q, m[i*k:(i+1)*k]))
		}
	})
}

// Hit is one scored training row.
type Hit struct {
	Index int     `json:"index"`
	ID    string  `json:"id"`
	Score float64 `json:"score"`
}

// hitHeap is a min-heap on score (ties: larger index is smaller) holding the best hits.
type hitHeap []Hit

func (h hitHeap) Len() int { return len(h) }
func (h hitHeap) Less(i, j int) bool {
	if h[i].Score != h[j].Score {
		return h[i].Score < h[j].Score
	}
	return h[i].Index > h[j].Index
}
func (h hitHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *hitHeap) Push(x any)   { *h = append(*h, x.(Hit)) }
func (h *hitHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// offer adds (i, s) to a heap of capacity k.
func (h *hitHeap) offer(k, i int, s float64) {
	if len(*h) < k {
		heap.Push(h, Hit{Index: i, Score: s})
		return
	}
	top := (*h)[0]
	if s > top.Score || (s == top.Score && i < top.Index) {
		(*h)[0] = Hit{Index: i, Score: s}
		heap.Fix(h, 0)
	}
}

// sorted returns the hits by descending score, then ascending index.
func sortHits(hs []Hit) []Hit {
	sort.Slice(hs, func(a, b int) bool {
		if hs[a].Score != hs[b].Score {
			return hs[a].Score > hs[b].Score
		}
		return hs[a].Index < hs[b].Index
	})
	return hs
}

func finishHits(h hitHeap, ids func(int) string) []Hit {
	out := sortHits([]Hit(h))
	if ids != nil {
		for i := range out {
			out[i].ID = ids(out[i].Index)
		}
	}
	return out
}

// ScanTopK scores every row of g against q (score_i = q·row_i) and returns the top k,
// without materialising the n scores: each worker scores a block of rows at a time
// with kernels.ScoreRows and offers them to its bounded heap (one comparison per row
// once the heap is full), and the heaps are merged. Memory: one block of scores and
// one heap per worker.
// It panics if len(q) != k.
func ScanTopK(q []float32, g Gradients, topk int) []Hit {
	n, k := g.Dims()
	if len(q) != k {
		panic(fmt.Sprintf("influence: query of %d for a %d×%d matrix", len(q), n, k))
	}
	return ScanTopKMany([][]float32{q}, g, topk)[0]
}

// ScanTopKMany is ScanTopK for several queries in one pass over g: each block of rows
// is read once and scored against every query (kernels.ScoreRows with Q queries), so
// Q queries cost one read of the matrix instead of Q. Result i is
// ScanTopK(qs[i], g, topk), exactly. It panics if a query's length is not k.
func ScanTopKMany(qs [][]float32, g Gradients, topk int) [][]Hit {
	n, k := g.Dims()
	nq := len(qs)
	q := make([]float32, nq*k)
	for a, qa := range qs {
		if len(qa) != k {
			panic(fmt.Sprintf("influence: query %d of %d for a %d×%d matrix", a, len(qa), n, k))
		}
		copy(q[a*k:], qa)
	}
	out := make([][]Hit, nq)
	if topk <= 0 || nq == 0 {
		return out
	}
	m := g.RawMatrix()
	type worker struct {
		heaps  []hitHeap // per query
		scores []float32 // [nq, block rows]
	}
	workers := make([]worker, runtime.GOMAXPROCS(0))
	forBlocks(n, k, func(w, lo, hi int) {
		wk := &workers[w]
		rows := hi - lo
		if wk.heaps == nil {
			wk.heaps = make([]hitHeap, nq)
		}
		if cap(wk.scores) < nq*rows {
			wk.scores = make([]float32, nq*rows)
		}
		sc := wk.scores[:nq*rows]
		kernels.ScoreRows(sc, q, m[lo*k:hi*k], nq, rows, k)
		for a := 0; a < nq; a++ {
			h := &wk.heaps[a]
			for i, s := range sc[a*rows : (a+1)*rows] {
				h.offer(topk, lo+i, float64(s)) // one comparison once the heap is full
			}
		}
	})
	for a := range out {
		var all hitHeap
		for _, wk := range workers {
			if wk.heaps == nil {
				continue
			}
			for _, x := range wk.heaps[a] {
				all.offer(topk, x.Index, x.Score)
			}
		}
		out[a] = finishHits(all, g.ID)
	}
	return out
}

package lm

import (
	"container/heap"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"poa/bounds"
	"poa/influence"
	"poa/store"
)

// rowHeap is a min-heap of the best hits so far (worst on top): lower score is worse,
// and at equal score the larger row index is worse, the order of influence.ScanTopK.
type rowHeap []influence.Hit

func (h rowHeap) Len() int { return len(h) }
func (h rowHeap) Less(i, j int) bool {
	if h[i].Score != h[j].Score {
		return h[i].Score < h[j].Score
	}
	return h[i].Index > h[j].Index
}
func (h rowHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *rowHeap) Push(x any)   { *h = append(*h, x.(influence.Hit)) }
func (h *rowHeap) Pop() any {
	o := *h
	x := o[len(o)-1]
	*h = o[:len(o)-1]
	return x
}

func (h *rowHeap) offer(k, i int, s float64) {
	if len(*h) < k {
		heap.Push(h, influence.Hit{Index: i, Score: s})
		return
	}
	if top := (*h)[0]; s > top.Score || (s == top.Score && i < top.Index) {
		(*h)[0] = influence.Hit{Index: i, Score: s}
		heap.Fix(h, 0)
	}
}

// ScanRows is influence.ScanTopK restricted to the given rows of g: the top k of
// q·row_i over i in rows (one pass of dot products, blocks of rows in parallel, a
// bounded heap per worker), best first, ties by lower row index. Scores are the same
// float32 dot products (influence.Dot) as the full scan's, so with rows = all rows the
// result equals influence.ScanTopK(q, g, k). It panics if len(q) != k or a row is out
// of range.
func ScanRows(q []float32, g influence.Gradients, rows []int, topk int) []influence.Hit {
	return ScanRowsMany([][]float32{q}, g, rows, topk)[0]
}

// ScanRowsMany is ScanRows for several queries in one pass over the rows: each row is
// read once and scored against every query. Result a is ScanRows(qs[a], g, rows,
// topk), exactly (the same influence.Dot per query and row, the same order). It
// panics if a query's length is not k or a row is out of range.
func ScanRowsMany(qs [][]float32, g influence.Gradients, rows []int, topk int) [][]influence.Hit {
	n, k := g.Dims()
	m := g.RawMatrix()
	return scanRowsOf(qs, n, k, func(i int) []float32 { return m[i*k : (i+1)*k] }, g.ID, rows, topk)
}

// scanRowsOf is ScanRowsMany over an n×k matrix given by its rows (row(i), length k)
// and ids: the same scores and order.
func scanRowsOf(qs [][]float32, n, k int, row func(i int) []float32, id func(i int) string, rows []int, topk int) [][]influence.Hit {
	for a, q := range qs {
		if len(q) != k {
			panic(fmt.Sprintf("lm: query %d of %d for a %d×%d matrix", a, len(q), n, k))
		}
	}
	out := make([][]influence.Hit, len(qs))
	if topk <= 0 || len(rows) == 0 || len(qs) == 0 {
		return out
	}
	for _, i := range rows {
		if i < 0 || i >= n {
			panic(fmt.Sprintf("lm: row %d of a %d-row matrix", i, n))
		}
	}
	const block = 4096 // rows per task
	tasks := (len(rows) + block - 1) / block
	workers := max(1, min(runtime.GOMAXPROCS(0), tasks))
	heaps := make([][]rowHeap, workers) // [worker][query]
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hs := make([]rowHeap, len(qs))
			for {
				t := int(next.Add(1)) - 1
				if t >= tasks {
					break
				}
				for _, i := range rows[t*block : min(len(rows), (t+1)*block)] {
					r := row(i)
					for a, q := range qs {
						hs[a].offer(topk, i, float64(influence.Dot(q, r)))
					}
				}
			}
			heaps[w] = hs
		}()
	}
	wg.Wait()
	for a := range qs {
		var all rowHeap
		for _, hs := range heaps {
			for _, x := range hs[a] {
				all.offer(topk, x.Index, x.Score)
			}
		}
		hits := []influence.Hit(all)
		sort.Slice(hits, func(x, y int) bool {
			if hits[x].Score != hits[y].Score {
				return hits[x].Score > hits[y].Score
			}
			return hits[x].Index < hits[y].Index
		})
		for i := range hits {
			hits[i].ID = id(hits[i].Index)
		}
		out[a] = hits
	}
	return out
}

// autoThreshold is CandidateThreshold; tests lower it.
var autoThreshold = CandidateThreshold

// candidateAsk is what Options says of candidates: Candidates, CandidateThreshold and
// Embeddings.
type candidateAsk struct {
	want, threshold int
	src             EmbeddingSource
}

func askOf(o Options) candidateAsk {
	return candidateAsk{want: o.Candidates, threshold: o.CandidateThreshold, src: o.Embeddings}
}

// candidateRows decides whether Attribute restricts its scans (see
// Options.Candidates) and returns the candidate rows of sf (nil: all rows) and what
// the record keeps of them (nil when unrestricted).
func candidateRows(ctx context.Context, s *store.Store, l *loaded, sf *store.SketchFile, ask candidateAsk, prompt, out []int) ([]int, map[string]any, error) {
	n, _ := sf.Dims()
	return candidatesOf(ctx, s, l, n, func(e *Embeddings, seq []int, k int) ([]int, error) { return e.Candidates(ctx, sf, seq, k) }, ask, prompt, out)
}

// candidatesOf is candidateRows over n sketch rows, find giving the candidate rows of
// an embedding index (Embeddings.Candidates, or sourceCandidates). The index is
// ask.src when set (an embedding set), else the adapter's monolithic one.
func candidatesOf(ctx context.Context, s *store.Store, l *loaded, n int, find func(e *Embeddings, seq []int, k int) ([]int, error), ask candidateAsk, prompt, out []int) ([]int, map[string]any, error) {
	threshold := ask.threshold
	if threshold == 0 {
		threshold = autoThreshold
	}
	if err := bounds.In("Options.CandidateThreshold", ask.threshold, 0, MaxCandidates); err != nil {
		return nil, nil, optionsErr(err)
	}
	want := ask.want
	if want < 0 || (want == 0 && n <= threshold) {
		return nil, nil, nil
	}
	auto := want == 0
	if auto {
		want = DefaultCandidates
	}
	// Asked for, a missing, stale or damaged index is an error; chosen by default, it
	// only means scanning every point (correct, slower), with a warning unless there is
	// simply no index.
	fallback := func(err error) ([]int, map[string]any, error) {
		if !auto || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return nil, nil, err
		}
		if errors.Is(err, ErrNoEmbeddings) {
			slog.Info("attribute: scanning all sketched points", "points", n, "reason", err)
		} else {
			slog.Warn("attribute: embedding candidates unusable, scanning all sketched points", "points", n, "reason", err)
		}
		return nil, nil, nil
	}
	var e *Embeddings
	var err error
	if ask.src != nil {
		e, err = sourceEmbeddings(l, ask.src)
	} else {
		e, err = openEmbeddings(s, l)
	}
	if err != nil {
		return fallback(err)
	}
	seq := append(append([]int{}, prompt...), out...)
	rows, err := find(e, seq, want)
	if err != nil {
		return fallback(err)
	}
	p := e.Identity()
	p["requested"], p["count"], p["auto"] = want, len(rows), auto
	p["query"] = "prompt+output"
	return rows, p, nil
}

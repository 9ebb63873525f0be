// Command influence measures the sketch scan, the hot loop of gradient attribution,
// against the machine's read bandwidth measured in the same run.
//
//	go run ./benchmarks/influence [-mb 256] [-k 256] [-reps 5] [-json]
//
// Baseline: a parallel AVX2 sum over a []float32 of the same size (GOMAXPROCS workers
// over 256 KiB blocks), the fastest a pass that reads every byte once can go. Measured:
// ScanTopK (dot product per row, bounded heaps) over the same matrix memory-mapped from
// a sketch file, AddDots + TopK (scores materialised), and a naive single-goroutine
// float64 loop with a full sort, the obvious implementation. Each is timed reps times;
// the best time is reported, with GB/s and the fraction of the baseline.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/viterin/vek/vek32"

	"poa/influence"
	"poa/kernels"
	"poa/store"
)

type result struct {
	Name        string  `json:"name"`
	Seconds     float64 `json:"seconds"`
	GBps        float64 `json:"gb_per_s"`
	OfBandwidth float64 `json:"fraction_of_read_bandwidth"`
}

func best(reps int, fn func()) float64 {
	b := 1e300
	for range reps {
		t := time.Now()
		fn()
		b = min(b, time.Since(t).Seconds())
	}
	return b
}

// parallelSum reads every value once: the bandwidth baseline.
func parallelSum(x []float32) float32 {
	const blk = 64 << 10 // values (256 KiB)
	blocks := (len(x) + blk - 1) / blk
	var next atomic.Int64
	w := runtime.GOMAXPROCS(0)
	sums := make([]float32, w)
	var wg sync.WaitGroup
	for i := range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				b := int(next.Add(1)) - 1
				if b >= blocks {
					return
				}
				sums[i] += vek32.Sum(x[b*blk : min(len(x), (b+1)*blk)])
			}
		}()
	}
	wg.Wait()
	return vek32.Sum(sums)
}

func main() {
	mb := flag.Int("mb", 256, "matrix size in MiB")
	k := flag.Int("k", 256, "sketch dimension")
	reps := flag.Int("reps", 5, "timed repetitions (best is reported)")
	topk := flag.Int("top", 100, "top-k size")
	asJSON := flag.Bool("json", false, "print JSON")
	flag.Parse()

	n := (*mb << 20) / (4 * *k)
	rng := rand.New(rand.NewPCG(1, 2))
	data := make([]float32, n**k)
	for i := range data {
		data[i] = float32(rng.NormFloat64())
	}
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("p%d", i)
	}
	dir, err := os.MkdirTemp("", "poa-bench-influence")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "bench.sks")
	if _, err := store.WriteSketchFile(path, *k, ids, data); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sf, err := store.OpenSketchFile(path, true) // verify: also pulls the file into the page cache
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer sf.Close()
	q := make([]float32, *k)
	for i := range q {
		q[i] = float32(rng.NormFloat64())
	}
	bytes := float64(len(data) * 4)

	var sink float32
	base := best(*reps, func() { sink += parallelSum(sf.RawMatrix()) })
	baseHeap := best(*reps, func() { sink += parallelSum(data) })
	scan := best(*reps, func() { _ = influence.ScanTopK(q, sf, *topk) })
	scores := make([]float64, n)
	top := make([]int, min(*topk, n))
	dots := best(*reps, func() {
		clear(scores)
		influence.AddDots(scores, 1, q, sf)
		_ = kernels.TopK(top, scores)
	})
	naive := best(1, func() {
		m := sf.RawMatrix()
		for i := range n {
			var s float64
			for j, v := range q {
				s += float64(v) * float64(m[i**k+j])
			}
			scores[i] = s
		}
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		sort.Slice(idx, func(a, b int) bool { return scores[idx[a]] > scores[idx[b]] })
	})
	_ = sink
	mk := func(name string, s float64) result {
		return result{Name: name, Seconds: s, GBps: bytes / s / 1e9, OfBandwidth: base / s}
	}
	out := struct {
		Rows       int      `json:"rows"`
		K          int      `json:"k"`
		MiB        int      `json:"mib"`
		Goroutines int      `json:"goroutines"`
		Results    []result `json:"results"`
	}{n, *k, *mb, runtime.GOMAXPROCS(0), []result{
		mk("baseline: parallel sum (mmap)", base),
		mk("baseline: parallel sum (heap)", baseHeap),
		mk("ScanTopK (mmap sketch file)", scan),
		mk("AddDots+TopK (mmap)", dots),
		mk("naive loop + full sort", naive),
	}}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		enc.Encode(out)
		return
	}
	fmt.Printf("sketch scan: %d rows × k=%d (%d MiB), %d goroutines\n", n, *k, *mb, out.Goroutines)
	for _, r := range out.Results {
		fmt.Printf("  %-32s %8.2f ms  %6.2f GB/s  %5.2f× of read bandwidth\n", r.Name, r.Seconds*1e3, r.GBps, r.OfBandwidth)
	}
}

package kernels

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// minWork is roughly how many multiply-adds make a goroutine worth starting.
const minWork = 1 << 15

// parallelFor splits [0, n) into contiguous chunks, a multiple of align in size
// (except the last), and runs fn on each, in parallel when work (total multiply-adds)
// is large enough. Chunk boundaries depend only on n, align and GOMAXPROCS; each
// index is handled by exactly one call.
func parallelFor(n, align int, work int, fn func(lo, hi int)) {
	if n <= 0 {
		return
	}
	workers := runtime.GOMAXPROCS(0)
	if w := work / minWork; w < workers {
		workers = max(w, 1)
	}
	if workers == 1 || n <= align {
		fn(0, n)
		return
	}
	chunk := (n + workers - 1) / workers
	chunk = (chunk + align - 1) / align * align
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(lo, hi)
		}()
	}
	wg.Wait()
}

// ForEach runs fn(i) for every i in [0, n) on up to GOMAXPROCS goroutines, handing
// out indices one at a time (for coarse, uneven items such as attention heads).
// Each index runs exactly once; fn must not depend on which goroutine runs it.
func ForEach(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// runPhased runs first(t) for every t < nFirst, then second(t) for every t <
// nSecond, on up to w goroutines started once: the tasks are handed out in that
// order, and a second-phase task waits until every first-phase one has finished.
// Two runTasks calls in a row would start the goroutines twice per K-slice (packing
// B, then the row tasks) and make the caller wait for the last one to wake even
// where it could pack all of B alone in that time.
func runPhased(w, nFirst, nSecond int, first, second func(t int)) {
	var done sync.WaitGroup
	done.Add(nFirst)
	runTasks(min(w, nFirst+nSecond), nFirst+nSecond, func(t int) {
		if t < nFirst {
			first(t)
			done.Done()
			return
		}
		done.Wait()
		second(t - nFirst)
	})
}

// runTasks calls fn(t) for every t < n, on w goroutines (the caller's and w−1 new
// ones) handing out t in turn (w ≤ 1: in the caller's goroutine, in order).
func runTasks(w, n int, fn func(t int)) {
	if w <= 1 || n <= 1 {
		for t := 0; t < n; t++ {
			fn(t)
		}
		return
	}
	var next atomic.Int64
	work := func() {
		for {
			t := int(next.Add(1) - 1)
			if t >= n {
				return
			}
			fn(t)
		}
	}
	var wg sync.WaitGroup
	for range min(w, n) - 1 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work()
		}()
	}
	work()
	wg.Wait()
}

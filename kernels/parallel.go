package kernels

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
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
// Two runTasks calls in a row would start the goroutines twice (gemmThin: packing
// A, then the column chunks) and make the caller wait for the last one to wake even
// where it could do the first phase alone in that time.
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

// runWorkers runs fn(0), …, fn(w−1) at the same time, each in its own goroutine
// (fn(0) in the caller's), and returns when all have returned. Unlike runTasks, the
// calls may wait for each other (gemmRows' workers meet at every step).
func runWorkers(w int, fn func(worker int)) {
	var wg sync.WaitGroup
	for i := 1; i < w; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(i)
		}()
	}
	fn(0)
	wg.Wait()
}

// stepCounts counts, for each step of a sequence, how many of a fixed set of
// goroutines have finished it, and lets one wait until all have: a barrier per step
// without starting or joining goroutines (gemmRows' workers live for the whole
// product). A waiter spins (yielding to other goroutines) for up to spinFor, which
// covers the usual gap between two workers of equal shares, and then sleeps on a
// condition variable, so a worker whose partner was descheduled does not hold a core.
type stepCounts struct {
	n       []atomic.Int32
	all     int32
	sleeper atomic.Int32 // goroutines asleep in wait, or about to be
	mu      sync.Mutex
	cond    sync.Cond
}

// spinFor is how long stepCounts.wait spins before it sleeps.
const spinFor = 50 * time.Microsecond

func newStepCounts(steps, all int) *stepCounts {
	s := &stepCounts{n: make([]atomic.Int32, steps), all: int32(all)}
	s.cond.L = &s.mu
	return s
}

// done records that one more goroutine has finished step i.
func (s *stepCounts) done(i int) {
	s.n[i].Add(1)
	if s.sleeper.Load() > 0 {
		s.mu.Lock()
		s.cond.Broadcast()
		s.mu.Unlock()
	}
}

// wait returns once every goroutine has finished step i.
func (s *stepCounts) wait(i int) {
	if s.n[i].Load() >= s.all {
		return
	}
	t0 := time.Now()
	for s.n[i].Load() < s.all {
		if time.Since(t0) > spinFor {
			s.mu.Lock()
			s.sleeper.Add(1)
			for s.n[i].Load() < s.all {
				s.cond.Wait()
			}
			s.sleeper.Add(-1)
			s.mu.Unlock()
			return
		}
		runtime.Gosched()
	}
}

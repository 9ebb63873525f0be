package shard

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// fanOut calls fn(k) once for every shard k, on at most x.workers goroutines (the
// calling one included); with one worker or one shard it runs in the calling
// goroutine, in shard order. fn must write only state of its own shard (a slot of a
// slice indexed by k): callers merge the slots in shard order afterwards, so the
// answer does not depend on the schedule.
func (x *Index) fanOut(fn func(k int)) { fanOut(len(x.shards), x.workers, fn) }

// fanOut calls fn(k) for k in [0, n) on at most workers goroutines, the calling one
// included (Index.fanOut).
func fanOut(n, workers int, fn func(k int)) {
	w := min(workers, n)
	if w <= 1 {
		for k := range n {
			fn(k)
		}
		return
	}
	var next atomic.Int64
	work := func() {
		for {
			k := int(next.Add(1)) - 1
			if k >= n {
				return
			}
			fn(k)
		}
	}
	var wg sync.WaitGroup
	for range w - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
}

// SetWorkers sets how many goroutines one query fans out on: 1 queries the shards one
// after another in the calling goroutine, n > 1 at most n shards at a time, n ≤ 0
// GOMAXPROCS. Answers are the same for every n. It must not run concurrently with
// queries.
func (x *Index) SetWorkers(n int) {
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	x.workers = n
}

// Workers is the fan-out bound set by OpenOptions.Workers or SetWorkers.
func (x *Index) Workers() int { return x.workers }

package shard

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Beam's runnerlib.Execute (v2.77.0), which Prism's Execute calls, creates an empty
// placeholder worker binary os.TempDir()/beamloopbackworker-* for every loopback run
// (Prism's default environment), stages it, and neither closes nor removes it: one
// empty file left in the temporary folder per pipeline run (apache/beam#27569 is the
// TODO in that code). The file is ours alone and unused once the job is submitted,
// and the leaked descriptor names it, so while a run goes we watch for the
// placeholders this process holds open and remove them after it (watchPlaceholders). Pipelines run one at a time in a
// process (pipelineMu), so no other run's placeholder is removed before it is staged.

// pipelineMu serializes pipeline runs in this process: Beam's job options are
// process-wide flags, and the placeholder clean-up must not race another run.
var pipelineMu sync.Mutex

// loopbackPrefix is the name prefix of Beam's placeholder worker binary.
const loopbackPrefix = "beamloopbackworker-"

// watchPlaceholders watches this process's open descriptors (Linux /proc/self/fd;
// elsewhere it does nothing) every few milliseconds while a pipeline runs, noting
// each empty regular file named loopbackPrefix* that one points at: Beam's
// placeholder, which it holds open from creation until the garbage collector
// finalizes the leaked *os.File (possibly before the run ends, hence the watching).
// The returned stop ends the watch, removes the noted files and returns their paths.
// Descriptors are left to their finalizers: closing them here could close a reused
// descriptor number later.
func watchPlaceholders() (stop func() []string) {
	seen := map[string]bool{}
	var mu sync.Mutex
	scan := func() {
		for _, p := range placeholdersOpen() {
			mu.Lock()
			seen[p] = true
			mu.Unlock()
		}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				scan()
			}
		}
	})
	return func() []string {
		close(done)
		wg.Wait()
		scan()
		var removed []string
		for p := range seen {
			if os.Remove(p) == nil {
				removed = append(removed, p)
			}
		}
		return removed
	}
}

// placeholdersOpen returns the empty files named loopbackPrefix* that this
// process's descriptors point at.
func placeholdersOpen() []string {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range ents {
		if _, err := strconv.Atoi(e.Name()); err != nil {
			continue
		}
		target, err := os.Readlink(filepath.Join("/proc/self/fd", e.Name()))
		if err != nil || !strings.HasPrefix(filepath.Base(target), loopbackPrefix) || strings.HasSuffix(target, " (deleted)") {
			continue
		}
		if st, err := os.Stat(target); err == nil && st.Mode().IsRegular() && st.Size() == 0 {
			out = append(out, target)
		}
	}
	return out
}

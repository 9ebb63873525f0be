package main

import (
	"io"
	"os"

	"golang.org/x/sys/unix"
)

// recache drops the file's pages from the page cache and reads it back once, so that
// every binary compared starts from the same page-cache state. How a binary's pages
// got into the cache changes its start-up: on this VM a `poa version` takes ≈ 4,200
// page faults when the binary's pages were written (go build, cp) or faulted in by
// exec, ≈ 3,300 when they were read (larger page-cache folios, so more pages per
// fault-around): 1–6 CPU-ms, which a freshly built binary would pay and a baseline
// run many times would not.
func recache(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED); err != nil {
		return err
	}
	_, err = io.Copy(io.Discard, f)
	return err
}

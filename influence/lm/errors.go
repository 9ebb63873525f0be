package lm

import "errors"

var (
	// ErrNoSketches is returned when an adapter has no sketch store (run
	// `poa influence sketch --adapter NAME`).
	ErrNoSketches = errors.New("no gradient sketches for the adapter")
	// ErrStale is returned when the sketches were built for other model or adapter
	// weights than the current ones.
	ErrStale = errors.New("gradient sketches are stale")
)

package lm

import (
	"errors"
	"fmt"

	"poa/influence"
)

var (
	// ErrOptions is returned for options outside their ranges (the Validate methods);
	// it wraps influence.ErrBadInput, and the chain holds a *bounds.Error naming the
	// field.
	ErrOptions = fmt.Errorf("invalid options: %w", influence.ErrBadInput)
	// ErrNoSketches is returned when an adapter has no sketch store (run
	// `poa influence sketch --adapter NAME`).
	ErrNoSketches = errors.New("no gradient sketches for the adapter")
	// ErrStale is returned when the sketches were built for other model or adapter
	// weights than the current ones.
	ErrStale = errors.New("gradient sketches are stale")
	// ErrNoEmbeddings is returned when candidates are asked for and the adapter has no
	// embedding index (run `poa influence embed --adapter NAME`).
	ErrNoEmbeddings = errors.New("no embedding index for the adapter")
	// ErrStaleEmbeddings is returned when the embedding index was built for other base
	// model weights or other points than the sketches, or its file is not the recorded one.
	ErrStaleEmbeddings = errors.New("embedding index is stale")
)

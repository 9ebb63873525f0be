package influence

import "errors"

var (
	// ErrBadInput is returned for data a scorer or the fusion cannot use: non-finite
	// values, negative counts, empty inputs where some are needed.
	ErrBadInput = errors.New("bad input")
	// ErrUnknownPoint is returned when evidence names a data point whose contributor
	// cannot be resolved.
	ErrUnknownPoint = errors.New("unknown data point")
	// ErrNotPositiveDefinite is returned when a curvature matrix plus its damping is
	// not positive definite (raise the damping).
	ErrNotPositiveDefinite = errors.New("matrix not positive definite")
)

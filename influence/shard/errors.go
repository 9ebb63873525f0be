package shard

import "errors"

var (
	// ErrNoSet is returned when a directory or store holds no shard set.
	ErrNoSet = errors.New("shard: no sharded index built")
	// ErrRunner is returned for an unknown Options.Runner or a universal runner
	// without an endpoint.
	ErrRunner = errors.New("shard: bad runner")
)

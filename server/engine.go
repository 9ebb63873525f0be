package server

import "context"

// Engine is everything the server needs from the rest of poa. Implementations
// must be safe for concurrent use: the server calls them from many goroutines.
//
// Errors: return store.ErrNotFound (wrapped) for a missing record, the sentinels
// of errors.go for the outcomes they name, or an *Error to choose the response.
type Engine interface {
	// Complete generates a completion for req and attributes it. req has been
	// validated (see CompletionRequest) and carries its defaults.
	Complete(ctx context.Context, req CompletionRequest) (Completion, error)
	// Attribution returns the stored attribution record id.
	Attribution(ctx context.Context, id string) (AttributionView, error)
	// Datanets lists the node's datanets.
	Datanets(ctx context.Context) ([]DatanetView, error)
	// Adapters lists the adapters completions may name.
	Adapters(ctx context.Context) ([]AdapterView, error)
	// Contributor returns what the node knows of one contributor; address is
	// EIP-55 checksummed by the server before the call.
	Contributor(ctx context.Context, address string) (ContributorView, error)
	// CloseEpoch closes the open epoch: aggregate, split, prove (and settle, when
	// the engine is configured to).
	CloseEpoch(ctx context.Context, req CloseEpochRequest) (EpochView, error)
	// Epoch returns epoch id; id 0 means the latest closed epoch.
	Epoch(ctx context.Context, id uint64) (EpochView, error)
}

// Readiness is optionally implemented by an Engine to report, in /healthz,
// which of its parts are plugged in.
type Readiness interface {
	Ready() map[string]bool
}

package server

import (
	"context"
	"time"

	"poa/api"
)

// Engine is everything the server needs from the rest of poa. Implementations
// must be safe for concurrent use: the server calls them from many goroutines.
//
// Errors: return store.ErrNotFound (wrapped) for a missing record, the sentinels
// of errors.go for the outcomes they name, or an *api.Error to choose the response.
type Engine interface {
	// Complete generates a completion for req and attributes it. req has been
	// validated (see api.CompletionRequest), carries its defaults, and its Model has
	// been resolved: Adapter is the adapter to apply ("" for the base model).
	Complete(ctx context.Context, req api.CompletionRequest) (Completion, error)
	// Attribution returns the stored attribution record id.
	Attribution(ctx context.Context, id string) (api.AttributionView, error)
	// Datanets lists the node's datanets.
	Datanets(ctx context.Context) ([]api.DatanetView, error)
	// Adapters lists the adapters completions may name.
	Adapters(ctx context.Context) ([]api.AdapterView, error)
	// Contributor returns what the node knows of one contributor; address is
	// EIP-55 checksummed by the server before the call.
	Contributor(ctx context.Context, address string) (api.ContributorView, error)
	// CloseEpoch closes the open epoch: aggregate, split, prove (and settle, when
	// the engine is configured to).
	CloseEpoch(ctx context.Context, req api.CloseEpochRequest) (api.EpochView, error)
	// Epoch returns epoch id; id 0 means the latest closed epoch.
	Epoch(ctx context.Context, id uint64) (api.EpochView, error)
}

// ProtocolReader is optionally implemented by an Engine whose node has a chain: it
// answers GET /v1/protocol (governance, staking, challenge windows, vesting).
type ProtocolReader interface {
	Protocol(ctx context.Context) (api.ProtocolView, error)
}

// ModelLister is optionally implemented by an Engine that knows its models: it
// answers GET /v1/models and is what a completion's model is resolved against. The
// list holds the base models (Parent nil, the default one first) and every adapter
// (Parent its base model). Without it the server lists api.BaseModelAlias as the
// base and Adapters as its adapters.
type ModelLister interface {
	Models(ctx context.Context) ([]api.ModelView, error)
}

// Readiness is optionally implemented by an Engine to report, in /healthz,
// which of its parts are plugged in.
type Readiness interface {
	Ready() map[string]bool
}

// Completion is what an Engine returns for one completion; the server wraps it
// in the OpenAI response shape (api.CompletionResponse). It is not itself sent.
type Completion struct {
	Text             string `json:"text"`
	Model            string `json:"model"`
	FinishReason     string `json:"finish_reason"` // "length" or "stop"
	PromptTokens     int    `json:"prompt_tokens"`
	CompletionTokens int    `json:"completion_tokens"`
	// Attribution of the output; its RecordID names the stored record.
	Attribution api.Attribution `json:"attribution"`
	// Time spent generating and attributing, for the metrics (0 if unknown).
	InferenceTime   time.Duration `json:"-"`
	AttributionTime time.Duration `json:"-"`
}

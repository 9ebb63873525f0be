package server

import (
	"context"
	"io"
	"time"

	"poa/api"
)

// Engine is everything the server needs from the rest of poa. Implementations
// must be safe for concurrent use: the server calls them from many goroutines.
//
// Errors: return store.ErrNotFound (wrapped) for a missing record, the sentinels
// of errors.go for the outcomes they name, or an *api.Error to choose the response.
type Engine interface {
	// Complete generates one completion (one choice) for req and attributes it.
	// req has been validated (see api.CompletionRequest), carries its defaults, and
	// its Model has been resolved: Adapter is the adapter to apply ("" for the base
	// model); N, Stream and StreamOptions are the server's (it calls Complete once
	// per choice, with Seed+i and the Idempotency-Key + "/i" for choice i > 0). The
	// completion ends before the first of req.Stop in its text (FinishReason "stop").
	// When ctx carries a Streamer (StreamerFrom), the engine reports the tokens to it
	// as they are generated.
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
	// Tokens are the output's tokens, whose texts concatenate to Text, with their
	// log-probabilities and *req.Logprobs alternatives each; nil when the engine does
	// not report tokens (logprobs are then null, and a stream sends Text whole).
	Tokens []Token `json:"tokens,omitempty"`
	// Attribution of the output; its RecordID names the stored record.
	Attribution api.Attribution `json:"attribution"`
	// Time spent generating and attributing, for the metrics (0 if unknown).
	InferenceTime   time.Duration `json:"-"`
	AttributionTime time.Duration `json:"-"`
}

// DatanetWriter is optionally implemented by an Engine that accepts data: it answers
// POST /v1/datanets and POST /v1/datanets/{name}/import. Without it those answer 503
// not_ready.
type DatanetWriter interface {
	// CreateDatanet creates an empty datanet; store.ErrExists (wrapped) when one of
	// that name exists, store.ErrInvalidName for a bad name.
	CreateDatanet(ctx context.Context, req api.CreateDatanetRequest) (api.DatanetView, error)
	// ImportDatanet parses req.Data and adds every record as one atomic import:
	// any bad record means nothing is added (an *api.Error listing the bad records).
	ImportDatanet(ctx context.Context, name string, req api.DatanetImport) (api.ImportResult, error)
}

// RecordReader is optionally implemented by an Engine that lets clients read its
// public stored records (GET /v1/records/{kind}[/{key}]): what the CLI reads when
// a node holds the data directory.
type RecordReader interface {
	// Records lists the records of kind in key order (key ""), or the one record
	// key; store.ErrNotFound for a kind that is not public or a missing record.
	Records(ctx context.Context, kind, key string) ([]api.RecordView, error)
	// ExportDatanet writes datanet name as jsonl (datanet.Export) and returns the
	// number of points; store.ErrNotFound before writing anything when it is missing.
	ExportDatanet(ctx context.Context, w io.Writer, name string) (int, error)
}

// Token is one output token as an engine reports it: its id, its text (the bytes
// the tokenizer decodes it to, which may split a UTF-8 character), its
// log-probability under the model at temperature 1, and the most likely
// alternatives at its position, most likely first.
type Token struct {
	ID      int        `json:"id"`
	Text    string     `json:"text"`
	LogProb float64    `json:"logprob"`
	Top     []TopToken `json:"top,omitempty"`
}

// TopToken is one alternative of a position.
type TopToken struct {
	ID      int     `json:"id"`
	Text    string  `json:"text"`
	LogProb float64 `json:"logprob"`
}

// JobRunner is optionally implemented by an Engine that fine-tunes adapters as
// server-side jobs (ModelFactory): it answers /v1/jobs (server/jobs.go). Without it
// those answer 503 not_ready. Errors: ErrJobBusy (409 job_busy) when a job is
// running, ErrJobState (409 job_state) for an action the job's status does not
// allow, ErrBadRequest for a bad request, store.ErrNotFound for an unknown job.
type JobRunner interface {
	// CreateJob validates req (filling in its defaults) and starts the job.
	CreateJob(ctx context.Context, req api.CreateJobRequest) (api.JobView, error)
	// Jobs lists the jobs, newest first, without their losses.
	Jobs(ctx context.Context) ([]api.JobView, error)
	// Job returns job id with all its losses, and a version that grows with every
	// change of the job.
	Job(ctx context.Context, id string) (api.JobView, uint64, error)
	// WaitJob blocks until job id's version is above version (or ctx ends), then
	// returns it as Job does.
	WaitJob(ctx context.Context, id string, version uint64) (api.JobView, uint64, error)
	// CancelJob stops a running job after its next step (a checkpoint is written).
	CancelJob(ctx context.Context, id string) (api.JobView, error)
	// ResumeJob restarts a cancelled, interrupted or failed job from its checkpoint.
	ResumeJob(ctx context.Context, id string) (api.JobView, error)
}

// SettleRunner is optionally implemented by an Engine that settles epochs as
// background jobs (StoreEngine does, over its EpochCloser): POST /v1/epochs/close
// with settle: true then answers 202 Accepted with the job, and GET
// /v1/settle-jobs[/{id}] reads jobs. Without it a settle runs inside the request
// (CloseEpoch), bounded by Config.RequestTimeout.
type SettleRunner interface {
	// StartSettle starts a job that closes the open epoch and settles it (finishing
	// any earlier unfinished epoch first) and returns it running; the job is not
	// bound by ctx. done, if set, is called with the settled epoch when the job
	// succeeds. Errors: ErrJobBusy while another settle job runs (the view returned
	// is that job), ErrEpochEmpty when there is nothing to settle, ErrNotReady with no
	// prover.
	StartSettle(ctx context.Context, req api.CloseEpochRequest, done func(api.EpochView)) (api.SettleJobView, error)
	// SettleJobs lists the settle jobs, newest first.
	SettleJobs(ctx context.Context) ([]api.SettleJobView, error)
	// SettleJob returns settle job id; store.ErrNotFound for an unknown one.
	SettleJob(ctx context.Context, id string) (api.SettleJobView, error)
}

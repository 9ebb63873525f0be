package api

import "time"

// Error codes of the job endpoints (docs/api.md, "ModelFactory jobs").
const (
	// CodeJobBusy: a job is running and the node runs one at a time (409).
	CodeJobBusy = "job_busy"
	// CodeJobState: the job is not in a state that allows the action, e.g.
	// cancelling a finished job or resuming a running one (409).
	CodeJobState = "job_state"
)

// Job statuses. A job is running, then done, failed or cancelled; a job that was
// running when its node stopped is interrupted. Cancelled, interrupted and failed
// jobs can be resumed (training continues from its last checkpoint).
const (
	JobRunning     = "running"
	JobDone        = "done"
	JobFailed      = "failed"
	JobCancelled   = "cancelled"
	JobInterrupted = "interrupted"
)

// Job phases, in order; Phase of a done job is JobPhaseDone.
const (
	JobPhaseTrain      = "train"
	JobPhaseIndex      = "index"
	JobPhaseSketches   = "sketches"
	JobPhaseEmbeddings = "embeddings"
	JobPhaseCommitment = "commitment"
	JobPhaseDone       = "done"
)

// CreateJobRequest is the body of POST /v1/jobs: fine-tune LoRA adapter Adapter
// on Datanets over the (frozen) base model. Zero fields take the defaults named.
type CreateJobRequest struct {
	Adapter  string   `json:"adapter"`        // the adapter's name (a model id once done)
	Datanets []string `json:"datanets"`       // at least one
	Base     string   `json:"base,omitempty"` // base model; "": the current model
	Rank     int      `json:"rank,omitempty"` // LoRA rank [8]
	// Alpha is LoRA's alpha (scale alpha/rank) [2·rank].
	Alpha   float64 `json:"alpha,omitempty"`
	Targets string  `json:"targets,omitempty"` // adapted layers: attn, mlp, all, or names ["attn,mlp"]
	Steps   int     `json:"steps,omitempty"`   // optimizer steps, 1 to MaxJobSteps [100]
	LR      float64 `json:"lr,omitempty"`      // peak learning rate, in (0, 1] [0.01]
	// BatchSize, SeqLen (0: the model's context) and Seed as in `poa train adapter`
	// [4, 0, 1].
	BatchSize int    `json:"batch_size,omitempty"`
	SeqLen    int    `json:"seq_len,omitempty"`
	Seed      uint64 `json:"seed,omitempty"`
}

// MaxJobSteps bounds CreateJobRequest.Steps.
const MaxJobSteps = 100_000

// JobView is one fine-tune job (GET /v1/jobs/{id}, and each event of its stream).
type JobView struct {
	ID      string           `json:"id"`
	Object  string           `json:"object"` // "fine_tune_job"
	Status  string           `json:"status"` // JobRunning, JobDone, …
	Phase   string           `json:"phase"`  // JobPhaseTrain, …
	Request CreateJobRequest `json:"request"`
	Step    int              `json:"step"` // optimizer steps done
	Steps   int              `json:"steps"`
	Loss    float64          `json:"loss"` // last step's training loss (nats/token)
	// Losses are the training losses of steps LossesFrom+1, LossesFrom+2, …: all of
	// them (LossesFrom 0) in GET answers; in an event stream, those since the
	// previous event.
	Losses     []float64 `json:"losses"`
	LossesFrom int       `json:"losses_from"`
	// TokensPerSec and ETASeconds describe the training phase while it runs.
	TokensPerSec float64 `json:"tokens_per_sec"`
	ETASeconds   float64 `json:"eta_seconds"`
	// PhaseDone/PhaseTotal: progress within a phase after training (0/0: unknown).
	PhaseDone  int `json:"phase_done"`
	PhaseTotal int `json:"phase_total"`
	// HeldOut is the mean next-token loss (nats/token) of the adapter on the
	// documents training kept out (gradients.HeldOut: about 2%, chosen by a hash of
	// each text), BaseHeldOut the base model's on the same tokens: the adapter
	// record's held_out; nil until the job is done, or when nothing was held out.
	HeldOut       *float64 `json:"held_out_loss"`
	BaseHeldOut   *float64 `json:"base_held_out_loss"`
	HeldOutDocs   int      `json:"held_out_docs"`
	HeldOutTokens int      `json:"held_out_tokens"`
	TrainDocs     int      `json:"train_docs"`
	// AdapterSHA256 is the trained adapter's weights hash, once written.
	AdapterSHA256 string    `json:"adapter_sha256,omitempty"`
	Error         string    `json:"error,omitempty"`
	Created       time.Time `json:"created"`
	Updated       time.Time `json:"updated"`
	Finished      time.Time `json:"finished,omitzero"`
}

// Terminal reports whether the job is not running.
func (j JobView) Terminal() bool { return j.Status != JobRunning }

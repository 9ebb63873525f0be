package api

import "time"

// Settle job phases, in the order a job passes them for each epoch it finishes
// (earlier unfinished epochs first, then the one it closes); Phase of a done job is
// SettlePhaseConfirmed.
const (
	// SettlePhaseKeys: waiting for the score keys the node prepares at start.
	SettlePhaseKeys = "keys"
	// SettlePhaseClosing: opening the chain, resuming earlier epochs' bookkeeping,
	// closing the open epoch (its split and scores commitment).
	SettlePhaseClosing = "closing"
	// SettlePhaseProvingSplit: proving the epoch's reward split (Groth16).
	SettlePhaseProvingSplit = "proving_split"
	// SettlePhaseProvingAttributed: proving a proven-basis epoch's attributed split
	// (its scores aggregated from the records' score rows, and the split), instead of
	// SettlePhaseProvingSplit; settled with settleAttributed.
	SettlePhaseProvingAttributed = "proving_attributed"
	// SettlePhaseAttesting: proving and attesting the scores of each record the chain
	// has not attested; PhaseDone/PhaseTotal count the records and Record names the
	// one being proven.
	SettlePhaseAttesting = "attesting"
	// SettlePhasePosting: sending the settle transaction.
	SettlePhasePosting = "posting"
	// SettlePhaseConfirming: reading the Settled event back from the chain.
	SettlePhaseConfirming = "confirming"
	// SettlePhaseConfirmed: done; Result is the settled epoch.
	SettlePhaseConfirmed = "confirmed"
)

// SettleJobView is one settle job: POST /v1/epochs/close with settle: true answers
// it (202 Accepted) and runs it in the background; GET /v1/settle-jobs/{id} reads
// it. Status is JobRunning, then JobDone, JobFailed, or JobInterrupted (the node
// stopped while it ran: the node resumes the epoch at its next start, or the next
// settle does).
type SettleJobView struct {
	ID      string            `json:"id"`     // "settle-000001"
	Object  string            `json:"object"` // "settle_job"
	Status  string            `json:"status"`
	Phase   string            `json:"phase"`  // SettlePhaseKeys, …
	Detail  string            `json:"detail"` // the current step in words
	Request CloseEpochRequest `json:"request"`
	// Epoch is the epoch the job closes: the open epoch when it started.
	Epoch uint64 `json:"epoch"`
	// PhaseDone/PhaseTotal: progress within the phase when known (0/0: unknown).
	PhaseDone  int `json:"phase_done"`
	PhaseTotal int `json:"phase_total"`
	// Record is the attribution record being attested; when the job failed while
	// attesting, the record that failed.
	Record string `json:"record,omitempty"`
	// Result is the settled epoch (as GET /v1/epochs/{id}) once the job is done.
	Result *EpochView `json:"result,omitempty"`
	// Error says why a failed or interrupted job stopped, and what finishes its epoch.
	Error string `json:"error,omitempty"`
	// Code is the API error code of Error (e.g. "internal", "epoch_empty").
	Code     string    `json:"code,omitempty"`
	Created  time.Time `json:"created"`
	Updated  time.Time `json:"updated"`
	Finished time.Time `json:"finished,omitzero"`
}

// Terminal reports whether the job is not running.
func (j SettleJobView) Terminal() bool { return j.Status != JobRunning }

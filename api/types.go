package api

import (
	"encoding/json"
	"time"
)

// CompletionRequest is the body of POST /v1/completions: OpenAI's text-completion
// request shape plus Adapter and Fee. The server validates it and, before passing
// it on, sets MaxTokens, Temperature and TopP to their defaults when absent, sets
// Seed when sampling without one, and resolves Model (see Model). POST
// /v1/chat/completions reaches the engine as a CompletionRequest too (its messages
// rendered by the chat template, docs/api.md).
type CompletionRequest struct {
	// Model names what answers, as in vLLM and LoRAX: an adapter's name selects that
	// adapter, the base model's name, "" or BaseModelAlias the base model (with
	// Adapter, if set). GET /v1/models lists the names. The server passes the
	// resolved name on: Model is then the adapter's or the base model's name.
	Model       string   `json:"model,omitempty"`
	Prompt      string   `json:"prompt"`
	MaxTokens   int      `json:"max_tokens,omitempty"`
	Temperature *float64 `json:"temperature,omitempty"` // [0, 2], 0: greedy; default 1
	TopP        *float64 `json:"top_p,omitempty"`       // (0, 1]; default 1
	// Seed seeds the sampler (choice i of n uses Seed+i); absent with temperature > 0,
	// the server picks one and returns it in the response's seed.
	Seed *int64 `json:"seed,omitempty"`
	// Adapter names the LoRA adapter to apply; empty means the one Model names, if
	// any, else the base model. Set with a Model naming another adapter: 400.
	Adapter string `json:"adapter,omitempty"`
	// N is the number of choices, in [1, 8] (default 1); each is its own inference
	// with its own attribution record and fee.
	N *int `json:"n,omitempty"`
	// Stop: up to 4 strings; generation ends before the first one in the output.
	Stop Stop `json:"stop,omitempty"`
	// Logprobs, in [0, 5], asks for each output token's log-probability and that many
	// alternatives per token (choices[].logprobs).
	Logprobs      *int           `json:"logprobs,omitempty"`
	Stream        *bool          `json:"stream,omitempty"`
	StreamOptions *StreamOptions `json:"stream_options,omitempty"`
	// Fields OpenAI clients may send, accepted only with a value that changes nothing
	// (docs/api.md): user is ignored, echo false, best_of equal to n, suffix empty,
	// penalties 0, logit_bias empty.
	User             string             `json:"user,omitempty"`
	Echo             *bool              `json:"echo,omitempty"`
	BestOf           *int               `json:"best_of,omitempty"`
	Suffix           *string            `json:"suffix,omitempty"`
	PresencePenalty  *float64           `json:"presence_penalty,omitempty"`
	FrequencyPenalty *float64           `json:"frequency_penalty,omitempty"`
	LogitBias        map[string]float64 `json:"logit_bias,omitempty"`
	Fee              *string            `json:"fee,omitempty"` // inference fee in OPEN base units (decimal); engine default if absent
	// IdempotencyKey is the request's Idempotency-Key header (not a body field): a
	// retried request with the same key is billed once and answered with the first
	// request's record (choice i > 0 of n uses the key + "/" + i).
	IdempotencyKey string `json:"-"`
}

// StreamOptions is a streamed request's stream_options.
type StreamOptions struct {
	// IncludeUsage adds a chunk with the usage and no choices before data: [DONE].
	IncludeUsage bool `json:"include_usage,omitempty"`
}

// CompletionResponse is the body answering POST /v1/completions (OpenAI's
// text_completion object plus attribution).
type CompletionResponse struct {
	ID      string   `json:"id"`
	Object  string   `json:"object"` // "text_completion"
	Created int64    `json:"created"`
	Model   string   `json:"model"`
	Adapter string   `json:"adapter,omitempty"`
	Choices []Choice `json:"choices"`
	Usage   Usage    `json:"usage"`
	// Seed is the sampler's seed when the request sampled (temperature > 0): the
	// request's, or the one the server picked; choice i used Seed+i.
	Seed *int64 `json:"seed,omitempty"`
	// Attribution is choice 0's (every choice's, with n > 1, is in its Attribution).
	Attribution *Attribution `json:"attribution"`
}

// Choice is one completion choice.
type Choice struct {
	Text         string              `json:"text"`
	Index        int                 `json:"index"`
	Logprobs     *CompletionLogprobs `json:"logprobs"`
	FinishReason string              `json:"finish_reason"` // "stop" or "length"
	// Attribution is this choice's, set when the request asked for n > 1.
	Attribution *Attribution `json:"attribution,omitempty"`
}

// CompletionLogprobs is a completion choice's logprobs (OpenAI's legacy shape): per
// output token its text, its log-probability under the model at temperature 1, the
// request's number of most likely alternatives (text → log-probability) and its byte
// offset in the choice's text.
type CompletionLogprobs struct {
	Tokens        []string             `json:"tokens"`
	TokenLogprobs []float64            `json:"token_logprobs"`
	TopLogprobs   []map[string]float64 `json:"top_logprobs"`
	TextOffset    []int                `json:"text_offset"`
}

// Usage counts tokens as OpenAI does.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

// Attribution explains one completion: strengths per output token, the data
// points behind them and the per-contributor fixed-point scores of the record.
type Attribution struct {
	RecordID     string             `json:"record_id"`
	Epoch        uint64             `json:"epoch,omitempty"`
	Method       string             `json:"method,omitempty"`
	Fee          string             `json:"fee,omitempty"`
	Tokens       []TokenAttribution `json:"tokens"`
	Sources      []Source           `json:"sources"`
	Contributors []ContributorScore `json:"contributors"`
}

// TokenAttribution is one output token with its attribution strength and the
// sources (indexes into Attribution.Sources) that support it, strongest first.
type TokenAttribution struct {
	Index int         `json:"index"`
	ID    int         `json:"id"`    // token id
	Text  string      `json:"text"`  // decoded token text
	Start int         `json:"start"` // byte offset in the completion text
	End   int         `json:"end"`
	Score float64     `json:"score"` // ≥ 0
	Refs  []SourceRef `json:"refs"`
}

// SourceRef links a token to a source data point: how strongly, by which methods,
// and which span of the source text matched (nil when no text span applies).
type SourceRef struct {
	Source  int                `json:"source"` // index into Attribution.Sources
	Score   float64            `json:"score"`
	Methods map[string]float64 `json:"methods,omitempty"` // per-method contribution, e.g. "tracin", "span"
	Span    *Span              `json:"span,omitempty"`
}

// Span is a byte range [Start, End) of a source's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Source is a training data point that influenced a completion.
type Source struct {
	ID          string `json:"id"` // data point id (hex sha256 of the normalized text)
	Datanet     string `json:"datanet"`
	Contributor string `json:"contributor"`
	Text        string `json:"text"`
	Score       uint64 `json:"score"` // fixed-point, 1,000,000 per 1.0
}

// ContributorScore is one contributor's fixed-point score in a record or epoch.
type ContributorScore struct {
	Address string `json:"address"`
	Score   uint64 `json:"score"`
	Payout  string `json:"payout,omitempty"` // OPEN base units, epochs only
}

// AttributionView answers GET /v1/attributions/{id}: the record's settlement
// fields and, in Record, the stored record exactly as the attribution layer wrote it.
type AttributionView struct {
	ID           string             `json:"id"`
	Epoch        uint64             `json:"epoch"`
	Fee          string             `json:"fee"`
	Contributors []ContributorScore `json:"contributors"`
	Record       json.RawMessage    `json:"record"`
}

// DatanetView is one datanet with its counters and contributors.
type DatanetView struct {
	Name         string                `json:"name"`
	Title        string                `json:"title,omitempty"`
	License      string                `json:"license,omitempty"`
	Owner        string                `json:"owner,omitempty"`
	Created      time.Time             `json:"created"`
	Points       int                   `json:"points"`
	Tokens       int64                 `json:"tokens"`
	Imports      int                   `json:"imports"`
	Contributors []DatanetContribution `json:"contributors"`
}

// DatanetContribution is how many points one contributor added to a datanet.
type DatanetContribution struct {
	Address string `json:"address"`
	Points  int64  `json:"points"`
}

// BaseModelAlias is the model name that always means the node's base model.
const BaseModelAlias = "poa"

// ModelView is one model a completion may name (GET /v1/models): OpenAI's model
// object with vLLM's parent, root and max_model_len.
type ModelView struct {
	ID      string `json:"id"`       // the name to send as CompletionRequest.Model
	Object  string `json:"object"`   // "model"
	Created int64  `json:"created"`  // Unix seconds (0 if unknown)
	OwnedBy string `json:"owned_by"` // "poa"
	// Parent is an adapter's base model; null for a base model.
	Parent *string `json:"parent"`
	// Root is the base model whose weights answer (a base model's own name).
	Root string `json:"root"`
	// MaxModelLen is the context in tokens: prompt tokens + max_tokens at most (0 if
	// unknown).
	MaxModelLen int `json:"max_model_len,omitempty"`
}

// AdapterView is one adapter a completion may name.
type AdapterView struct {
	Name   string          `json:"name"`
	Record json.RawMessage `json:"record,omitempty"`
}

// ContributorView answers GET /v1/contributors/{address}.
type ContributorView struct {
	Address  string   `json:"address"`
	Points   int      `json:"points"`
	Tokens   int64    `json:"tokens"`
	Datanets []string `json:"datanets"`
	// Sums over closed epochs.
	TotalScore  uint64 `json:"total_score"`
	TotalPayout string `json:"total_payout"`
	// Per closed epoch in which the contributor had a score.
	Epochs []ContributorEpoch `json:"epochs"`
}

// ContributorEpoch is a contributor's share of one closed epoch.
type ContributorEpoch struct {
	Epoch  uint64 `json:"epoch"`
	Score  uint64 `json:"score"`
	Payout string `json:"payout"`
	// Claim status: "claimed", "claimable" (settled, not claimed), "settled" (posted;
	// claim state is on-chain and no ClaimStatus function is plugged in) or "unsettled".
	Claim   string `json:"claim"`
	ClaimTx string `json:"claim_tx,omitempty"`
}

// CloseEpochRequest is the body of POST /v1/epochs/close. Zero fee-rule fields
// leave the engine's defaults (1000/1000/8000 bps).
type CloseEpochRequest struct {
	OwnerBps    *uint32 `json:"owner_bps,omitempty"`
	ProtocolBps *uint32 `json:"protocol_bps,omitempty"`
	// Settle also posts the proven split to the chain.
	Settle bool `json:"settle,omitempty"`
}

// EpochView answers GET /v1/epochs/{id}: the split, its proof and its settlement.
type EpochView struct {
	Epoch  uint64 `json:"epoch"`
	Status string `json:"status,omitempty"` // closed, proven, posted, confirmed, refiled
	// Basis is what the epoch's scores are: "fused" (fusion-v1 per-record scores summed;
	// settled with settle) or "proven" (aggregated from the records' attested score
	// rows; settled with settleAttributed). Shape is a proven epoch's attributed split
	// shape ("n64-r16-c16").
	Basis        string             `json:"basis"`
	Shape        string             `json:"shape,omitempty"`
	Fee          string             `json:"fee"`
	OwnerFee     string             `json:"owner_fee,omitempty"`
	ProtocolFee  string             `json:"protocol_fee,omitempty"`
	DataFee      string             `json:"data_fee"`
	Remainder    string             `json:"remainder,omitempty"`
	Commitment   string             `json:"commitment,omitempty"`
	Records      int                `json:"records,omitempty"`
	Contributors []ContributorScore `json:"contributors"`
	Proof        *ProofView         `json:"proof"`
	Settlement   *SettlementView    `json:"settlement"`
	// ScoresProven counts the epoch's records whose scores have a score proof
	// (poa prove-record), ScoresAttested those attested on-chain.
	ScoresProven   int `json:"scores_proven"`
	ScoresAttested int `json:"scores_attested"`
	// AttributedProof is a proven-basis epoch's attributed split proof once it is
	// proven (absent otherwise); Proof then summarizes the same proof.
	AttributedProof *AttributedProofView `json:"attributed_proof,omitempty"`
	Record          json.RawMessage      `json:"record"`
}

// AttributedProofView is what a proven epoch's attributed split proof shows
// (settlement.ProvenProof, the same fields): scores_proven is true when the stored proof
// was verified natively and proves the epoch's split from the rows of the listed
// records. Numbers are decimal strings.
type AttributedProofView struct {
	ScoresProven      bool     `json:"scores_proven"`
	Circuit           string   `json:"circuit"` // "attributed-split"
	Shape             string   `json:"shape"`   // "n64-r16-c16"
	KeyID             string   `json:"key_id"`
	Records           []string `json:"records"` // aggregated record ids, settleAttributed's order
	RecordCommitments []string `json:"record_commitments"`
	RecordDigest      string   `json:"record_digest"`
	RecordFingerprint string   `json:"record_fingerprint"`
	Gamma             string   `json:"gamma"`
	Fingerprint       string   `json:"fingerprint"`
	// Verifier is the shape's verifier contract name; VerifierAddress the allowed
	// verifier the epoch was settled through.
	Verifier        string    `json:"verifier"`
	VerifierAddress string    `json:"verifier_address,omitempty"`
	ProofBytes      int       `json:"proof_bytes"`  // the Solidity proof's size
	ProofKeccak     string    `json:"proof_keccak"` // keccak256 of the Solidity proof
	ProveMs         int64     `json:"prove_ms"`
	Proved          time.Time `json:"proved,omitzero"`
	SettleTx        string    `json:"settle_tx,omitempty"`
	SettleMethod    string    `json:"settle_method,omitempty"` // "settleAttributed"
	VerifiedOnchain bool      `json:"verified_onchain"`
}

// ProofView summarizes an epoch's reward-split proof.
type ProofView struct {
	Backend  string          `json:"backend,omitempty"`
	Verified *bool           `json:"verified,omitempty"` // native verifier result
	Size     int             `json:"size,omitempty"`     // proof bytes
	Proof    string          `json:"proof,omitempty"`    // hex
	Record   json.RawMessage `json:"record"`
}

// SettlementView summarizes an epoch's on-chain settlement.
type SettlementView struct {
	TxHash          string          `json:"tx_hash,omitempty"`
	Block           uint64          `json:"block,omitempty"`
	GasUsed         uint64          `json:"gas_used,omitempty"`
	VerifiedOnchain *bool           `json:"verified_onchain,omitempty"`
	Contract        string          `json:"contract,omitempty"`
	Network         string          `json:"network,omitempty"`
	Record          json.RawMessage `json:"record"`
}

// Health answers GET /healthz.
type Health struct {
	Status string          `json:"status"` // "ok"
	Ready  map[string]bool `json:"ready,omitempty"`
	Uptime float64         `json:"uptime_seconds"`
}

// List is the body of the list endpoints (GET /v1/datanets, GET /v1/adapters,
// GET /v1/models):
// {"data": [...], "object": "list"}, with no items as [] rather than null.
type List[T any] struct {
	Data   []T    `json:"data"`
	Object string `json:"object"` // "list"
}

// ProtocolView answers GET /v1/protocol: the protocol around the settlement as the
// chain has it now — governed parameters, proposals, provers and their bonds, the
// challenge windows of settled epochs, challenges, and the genesis vesting schedule.
// Amounts are decimal strings of OPEN base units; times are Unix seconds of the chain.
type ProtocolView struct {
	Network    string `json:"network"`
	ChainTime  uint64 `json:"chain_time"`
	Token      string `json:"token"`
	Settlement string `json:"settlement"`
	GOPEN      string `json:"gopen,omitempty"`
	Governor   string `json:"governor,omitempty"`
	Timelock   string `json:"timelock,omitempty"`
	// Owner is the Settlement's owner: the timelock once governance took it over.
	Owner      string             `json:"owner"`
	Parameters []ParameterView    `json:"parameters"`
	Proposals  []ProposalView     `json:"proposals"`
	Provers    []ProverView       `json:"provers"`
	Epochs     []EpochWindowView  `json:"epochs"`
	Challenges []ChallengeView    `json:"challenges"`
	Vesting    []VestingMonthView `json:"vesting"`
}

// ParameterView is one governed parameter of the Settlement or the Governor.
type ParameterView struct {
	Contract string `json:"contract"` // settlement, governor, timelock
	Name     string `json:"name"`
	Value    string `json:"value"`
}

// ProposalView is one governance proposal.
type ProposalView struct {
	ID          string `json:"id"`
	State       string `json:"state"` // Pending, Active, Canceled, Defeated, Succeeded, Queued, Expired, Executed
	Proposer    string `json:"proposer"`
	Description string `json:"description"`
	For         string `json:"for"`
	Against     string `json:"against"`
	Abstain     string `json:"abstain"`
	Quorum      string `json:"quorum"`
	VoteStart   uint64 `json:"vote_start"`
	VoteEnd     uint64 `json:"vote_end"`
	ETA         uint64 `json:"eta,omitempty"`
}

// ProverView is one prover's bond.
type ProverView struct {
	Address   string `json:"address"`
	Bonded    string `json:"bonded"`
	Unbonding string `json:"unbonding"`
	ReadyAt   uint64 `json:"ready_at,omitempty"`
	CanPost   bool   `json:"can_post"` // bonded ≥ the minimum stake
}

// EpochWindowView is a settled epoch's challenge window.
type EpochWindowView struct {
	Epoch          uint64 `json:"epoch"`
	Poster         string `json:"poster"`
	SettledAt      uint64 `json:"settled_at"`
	ClaimableAt    uint64 `json:"claimable_at"`
	Status         string `json:"status"` // challengeable, disputed, claimable, voided
	OpenChallenges uint64 `json:"open_challenges"`
}

// ChallengeView is one governance challenge.
type ChallengeView struct {
	ID         string `json:"id"`
	Prover     string `json:"prover"`
	Epoch      uint64 `json:"epoch"`
	Challenger string `json:"challenger"`
	Status     string `json:"status"` // open, upheld, rejected
	URI        string `json:"uri,omitempty"`
}

// VestingMonthView is the genesis schedule's circulating supply at the start of a month.
type VestingMonthView struct {
	Month       int               `json:"month"`
	Circulating string            `json:"circulating"`
	Percent     float64           `json:"percent"`
	Unlocked    map[string]string `json:"unlocked"` // allocation → unlocked base units
}

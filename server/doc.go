// Package server is poa's prover node over HTTP: a JSON API (OpenAI-compatible
// completions and chat completions with attribution, whole or streamed as
// server-sent events; attribution records, datanets (read and write), contributors,
// epochs), bearer API keys, Prometheus metrics and an embedded audit page.
//
// # Contract
//
// The server talks to the rest of poa only through the Engine interface
// (engine.go) and exchanges only the JSON wire types of package api (requests,
// responses, views, the error envelope and its codes), which package client
// shares without importing the server.
// StoreEngine implements everything that needs only the store; the parts that
// need the model, the attribution scorers, the prover or the chain are functions
// plugged into StoreEngine's fields (Complete, CloseEpoch, ClaimStatus). A part
// left nil answers 503 with code "not_ready".
//
// # Settle jobs
//
// POST /v1/epochs/close with settle: true on an Engine that is a SettleRunner (StoreEngine
// is) answers 202 Accepted with a settle job and runs the settle in the background,
// not bound by Config.RequestTimeout; GET /v1/settle-jobs[/{id}] reads jobs. One runs at a
// time (409 job_busy names it). StoreEngine stores each job (KindSettleJob) at every step
// its EpochCloser reports (ReportSettle), marks a job a stopped node left running as
// interrupted when it first reads its jobs, and leaves exactly-once to the settlement's
// state machine: a failed or interrupted job's epoch is finished by the next settle.
//
// # Units
//
// Contributor scores are fixed-point unsigned integers with influence.ScoreScale =
// 1,000,000 units per 1.0 (docs/settlement-abi.md). Fees and payouts are decimal strings of
// OPEN base units (18 decimals). Per-token and per-source strengths in completion
// responses are float64 in the scorer's own unit (non-negative; the page shades by
// value divided by the maximum). Offsets (Span, token Start/End) are byte offsets
// into UTF-8 text. Durations in metrics are seconds.
//
// # Errors
//
// Every error response is JSON {"error": {"code": "...", "message": "...", "type":
// "...", "param": "..."}} (OpenAI's shape; param only when a field is at fault) with
// a 4xx or 5xx status (api.ErrorResponse); codes are stable (api.Code…, docs/api.md).
//
// # Models
//
// A completion's model names the base model or an adapter, as in vLLM and LoRAX:
// the server resolves it against the Engine's models (ModelLister, GET /v1/models)
// before calling Complete, which receives the adapter to apply in req.Adapter and
// the resolved name in req.Model; an unknown model is 404 "model_not_found".
// Engines signal specific outcomes by returning (or wrapping) the sentinels of
// errors.go, store.ErrNotFound, or an *api.Error. Anything else is a 500 "internal" whose detail
// goes to the log, not to the client.
//
// # Streaming and authentication
//
// With stream: true the engine reports tokens through a Streamer carried in the
// request's context; the server frames them as OpenAI chunks, then the attribution in
// a final chunk with a "poa" field, the usage chunk if asked for, then [DONE]
// (stream.go). Every state-changing endpoint (anything but GET/HEAD and the two
// completion endpoints) needs an admin API key, inference one with
// Config.RequireKey (auth.go, docs/auth.md).
//
// Handlers never panic on client input; New panics on a nil Engine (a programmer
// error).
//
// # Usage
//
//	st, _ := store.Open(store.DefaultOptions(dir))
//	eng := server.NewStoreEngine(st)
//	eng.Complete = myModel.Complete // until set, completions answer 503 not_ready
//	srv := server.New(eng, server.Config{})
//	err := srv.ListenAndServe(ctx, "127.0.0.1:8080", nil) // returns after ctx ends and requests drain
package server

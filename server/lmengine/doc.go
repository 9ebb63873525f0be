// Package lmengine plugs poa's model and attribution (influence/lm) and its epoch
// close (prover) into a server.StoreEngine, so that `poa serve` answers
// completions with real attribution.
//
// # Contract
//
// Completer generates through the resident adapter server (inference.Server.Decode)
// with the request's sampling (temperature 0 or absent: greedy; else temperature,
// top_p and seed), its stop strings and logprobs, reporting each final token to the
// request's server.Streamer, then runs lm.Attribute on exactly the tokens returned
// (lm.Options.OutputIDs; gradient-sketch and suffix-array evidence, fusion) and files
// the attribution record under store.KindAttribution (in the open epoch). A stop
// string cuts the output at a token boundary: the output ends with the last whole
// token that ends at or before the stop string's first byte (a token inside which
// it begins is dropped), so the text is the decoding of the tokens attributed. An
// output with no tokens is answered with no record. A request whose
// Idempotency-Key was seen is answered from the first record (its log-probabilities
// rescored, without alternatives), not generated again. It converts the result to
// the server's view:
//
//   - a token's refs are its top data points (lm's per-token gradient scan); a
//     ref's methods are {"gradient": the token-level gradient score (may be
//     negative), "span": 1 when the token lies in a suffix-array span matched in
//     that point, else 0}; its score (strength, ≥ 0) is max(gradient, 0) + span;
//   - a token's score is the sum of its refs' scores;
//   - a ref's span is the byte range in the point's text of the longest matched
//     output span covering the token that occurs verbatim in it, else of the token
//     text itself, else absent;
//   - sources carry the record's fused fixed-point score of the point
//     (influence.ScoreScale, 0 for a point seen only in per-token evidence).
//
// A request without an adapter (the server resolves the request's model to one) is a
// 400 (attribution works through an adapter's gradient sketches). Before generating,
// the prompt is tokenized with the base model's tokenizer: its length is the completion's
// PromptTokens, and prompt tokens + max_tokens over the model's n_positions is
// server.ErrPromptTooLong (400), so that generation never runs past the context.
//
// EpochCloser runs prover.CloseEpoch with the request's fee rule (data share = the
// rest of 10000 bps). With settle=true it runs node.Settle instead: close, prove with
// the development keys of the deployed verifier's size, deploy to the embedded chain
// the first time, prove and attest the scores of every record the chain has not
// attested (node.Attester, in the mode EpochCloser was given: optimistic by default,
// as poa settle's; "none" posts without, and anyone can then void the epoch), and
// post; GET /v1/epochs/{id} then shows the proof and the transaction. Without it, `poa prove --epoch E` and `poa post --epoch E` do the rest.
// The server runs a settle as a job (server.SettleRunner): the closer reports its
// phases to it (server.ReportSettle; epoch_progress.go maps node.Settle's typed steps,
// settlement.Step on a settlement.WithStepReporter context, package settlement's and the
// attester's one per record, phase by phase without reading their words), and with EpochCloserKeys it first waits for the
// score keys that PrepareScoreKeys sets up in the background when poa serve starts
// (ScoreShapes: the adapters' committed shapes), so the first settle does not pay
// their set-up. A settle that finds no new record but finishes an unfinished epoch
// returns that epoch.
//
// EpochCloserWith closes on a basis (CloserOptions, poa serve --basis): on the proven
// basis both a close and a settle close the open epoch with settlement.CloseProven (the
// records' score-statement rows, node.ScoreRows), and a settle proves the attributed
// split (phase api.SettlePhaseProvingAttributed) and settles with settleAttributed,
// which needs every record attested: the proven basis without attesting is refused.
//
// # Resident model
//
// An Engine (Completer) keeps the base model and its tokenizer loaded and its
// adapters in an inference.Server LRU bounded by Options.AdapterCacheBytes; lm.Attribute
// gets them through lm.Options.Loaded, with the same results as loading them per call.
// Each completion reads the adapter's and its base model's records: a model whose
// record (sha256, folder) changed is reloaded, adapters are cached under name@sha256
// so that a retrained one is loaded afresh, and an adapter trained after the engine
// started loads on first use. One base model is resident at a time: a request for an
// adapter over another base swaps it.
//
// Both are safe for concurrent use: the resident model and adapters are only read
// after loading (the base model is swapped under a lock, the adapter cache locks
// itself), and the store serializes writes.
package lmengine

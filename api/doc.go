// Package api holds the wire types of a poa prover node's HTTP JSON API
// (docs/api.md): the request and response bodies, the views of stored records,
// the error envelope and its stable codes. The server (package server) encodes
// them and the Go client (package client) decodes them; neither side owns them.
//
// # Contract
//
//   - The JSON encoding of these types is the API: field names, omitempty and
//     field order are part of it (the audit page in server/static and docs/api.md
//     read them). Changing a tag is a breaking change of the API.
//   - The package imports only the standard library, so that a client of the API
//     does not pull in the server, the store or any model code. A test in package
//     client fails if client imports anything of poa other than api.
//   - The types carry no behaviour beyond Error's Error method and the JSON
//     decoding of OpenAI's union-typed fields (Stop, ChatContent): validation and
//     defaults (CompletionRequest's max_tokens, temperature, top_p) are the server's.
//
// # Units
//
// Contributor and source scores (ContributorScore.Score, Source.Score) are
// fixed-point unsigned integers, 1,000,000 units per 1.0 (influence.ScoreScale,
// docs/settlement-abi.md). Fees and payouts are decimal strings of OPEN base units
// (18 decimals). Per-token and per-reference strengths (TokenAttribution.Score,
// SourceRef.Score and Methods) are non-negative float64 in the scorer's own unit.
// Offsets (Span, TokenAttribution.Start/End) are byte offsets into UTF-8 text, End
// exclusive.
//
// # Errors
//
// Every error response is an ErrorResponse, {"error": {"code": ..., "message":
// ...}}, with a 4xx or 5xx status; Error carries the status (not encoded) and one
// of the Code constants. A client decoding a response that is not this envelope
// (a proxy's page) may use a code of its own (package client uses "http_<status>").
package api

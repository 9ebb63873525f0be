package server

import (
	"errors"
	"fmt"

	"poa/api"
)

// Sentinels an Engine returns (or wraps) to choose the response; each maps to one
// status and api code.
var (
	// ErrNotReady is returned by an engine part that is not plugged in yet (no
	// model loaded, no prover configured). HTTP 503, api.CodeNotReady.
	ErrNotReady = errors.New("not ready")
	// ErrUnknownAdapter is returned for a completion naming an adapter the node does
	// not have. HTTP 404, api.CodeUnknownAdapter.
	ErrUnknownAdapter = errors.New("unknown adapter")
	// ErrModelNotFound is returned for a completion whose model names neither the base
	// model nor an adapter of the node. HTTP 404, api.CodeModelNotFound.
	ErrModelNotFound = errors.New("model not found")
	// ErrBadRequest marks a request whose content is invalid. HTTP 400,
	// api.CodeBadRequest (handlers use more specific codes where they can).
	ErrBadRequest = errors.New("bad request")
	// ErrPromptTooLong is returned when a prompt exceeds the byte limit of Config or
	// the model's context. HTTP 400, api.CodePromptTooLong.
	ErrPromptTooLong = errors.New("prompt too long")
	// ErrEpochEmpty is returned by CloseEpoch when the open epoch has no records to
	// settle. HTTP 409, api.CodeEpochEmpty.
	ErrEpochEmpty = errors.New("epoch has no attribution records")
	// ErrCorruptRecord is returned when a stored record cannot be decoded into its
	// view. HTTP 500, api.CodeCorruptRecord.
	ErrCorruptRecord = errors.New("corrupt record")
)

// apiErr returns the API error of status and code with a formatted message.
func apiErr(status int, code, format string, args ...any) *api.Error {
	return &api.Error{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrConfig is returned by Config.Validate for limits outside their ranges.
var ErrConfig = errors.New("invalid server config")

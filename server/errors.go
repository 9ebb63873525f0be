package server

import (
	"errors"
	"fmt"
)

var (
	// ErrNotReady is returned by an engine part that is not plugged in yet (no
	// model loaded, no prover configured). HTTP 503, code "not_ready".
	ErrNotReady = errors.New("not ready")
	// ErrUnknownAdapter is returned for a completion naming an adapter the node does
	// not have. HTTP 404, code "unknown_adapter".
	ErrUnknownAdapter = errors.New("unknown adapter")
	// ErrBadRequest marks a request whose content is invalid. HTTP 400, code
	// "bad_request" (handlers use more specific codes where they can).
	ErrBadRequest = errors.New("bad request")
	// ErrPromptTooLong is returned when a prompt exceeds the byte limit of Config or
	// the model's context. HTTP 400, code "prompt_too_long".
	ErrPromptTooLong = errors.New("prompt too long")
	// ErrEpochEmpty is returned by CloseEpoch when the open epoch has no records to
	// settle. HTTP 409, code "epoch_empty".
	ErrEpochEmpty = errors.New("epoch has no attribution records")
	// ErrCorruptRecord is returned when a stored record cannot be decoded into its
	// view. HTTP 500, code "corrupt_record".
	ErrCorruptRecord = errors.New("corrupt record")
)

// Error is an API error with an explicit HTTP status and stable code. Engines may
// return one to choose the response exactly; the client package decodes responses
// into the same type.
type Error struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("%s (HTTP %d): %s", e.Code, e.Status, e.Message)
	}
	return e.Code + ": " + e.Message
}

// errorBody is the JSON envelope of every error response.
type errorBody struct {
	Error *Error `json:"error"`
}

func apiErr(status int, code, format string, args ...any) *Error {
	return &Error{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

// Stable error codes of the API (docs/api.md).
const (
	CodeBadRequest     = "bad_request"
	CodeInvalidJSON    = "invalid_json"
	CodeBodyTooLarge   = "body_too_large"
	CodePromptTooLong  = "prompt_too_long"
	CodeUnknownAdapter = "unknown_adapter"
	CodeBadAddress     = "bad_address"
	CodeBadEpoch       = "bad_epoch"
	CodeNotFound       = "not_found"
	CodeMethod         = "method_not_allowed"
	CodeEpochEmpty     = "epoch_empty"
	CodeNotReady       = "not_ready"
	CodeTimeout        = "timeout"
	CodeCanceled       = "canceled"
	CodeOverloaded     = "overloaded"
	CodeCorruptRecord  = "corrupt_record"
	CodeInternal       = "internal"
	CodeUnsupported    = "unsupported"
)

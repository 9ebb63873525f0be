package api

import "fmt"

// Error is an API error: the HTTP status (not part of the JSON body) and a stable
// code with a human-readable message, in OpenAI's error shape (type and param
// too). The server writes it inside an ErrorResponse; package client returns it,
// with Status set from the response.
type Error struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
	// Type is OpenAI's error class: "invalid_request_error" for a 4xx, "server_error"
	// for a 5xx (the server fills it in when empty).
	Type string `json:"type,omitempty"`
	// Param names the request field at fault, when one is (e.g. "model").
	Param string `json:"param,omitempty"`
}

func (e *Error) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("%s (HTTP %d): %s", e.Code, e.Status, e.Message)
	}
	return e.Code + ": " + e.Message
}

// ErrorResponse is the JSON envelope of every error response.
type ErrorResponse struct {
	Error *Error `json:"error"`
}

// Stable error codes of the API (docs/api.md lists the status and cause of each).
const (
	CodeBadRequest     = "bad_request"
	CodeInvalidJSON    = "invalid_json"
	CodeBodyTooLarge   = "body_too_large"
	CodePromptTooLong  = "prompt_too_long"
	CodeUnknownAdapter = "unknown_adapter"
	CodeModelNotFound  = "model_not_found"
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

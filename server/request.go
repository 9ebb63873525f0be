package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"net/http"
	"strings"
	"unicode/utf8"

	"poa/api"
	"poa/settlement"
)

// decodeJSON reads one JSON object from body into v, rejecting unknown fields,
// trailing data and bodies over the limit, with a message that says where.
func decodeJSON(body io.Reader, v any) *api.Error {
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &mbe):
			return apiErr(http.StatusRequestEntityTooLarge, api.CodeBodyTooLarge, "request body is over the limit of %d bytes", mbe.Limit)
		case errors.Is(err, io.EOF):
			return apiErr(http.StatusBadRequest, api.CodeInvalidJSON, "request body is empty: want a JSON object")
		case errors.As(err, &se):
			return apiErr(http.StatusBadRequest, api.CodeInvalidJSON, "malformed JSON at byte %d: %v", se.Offset, err)
		case errors.As(err, &te):
			field := te.Field
			if field == "" {
				field = "request"
			}
			return apiErr(http.StatusBadRequest, api.CodeInvalidJSON, "field %s: want %s, got JSON %s", field, te.Type, te.Value)
		case strings.HasPrefix(err.Error(), "json: unknown field "):
			return apiErr(http.StatusBadRequest, api.CodeInvalidJSON, "unknown field %s", strings.TrimPrefix(err.Error(), "json: unknown field "))
		case errors.Is(err, io.ErrUnexpectedEOF):
			return apiErr(http.StatusBadRequest, api.CodeInvalidJSON, "malformed JSON: body ends early")
		}
		return apiErr(http.StatusBadRequest, api.CodeInvalidJSON, "malformed JSON: %v", err)
	}
	var extra json.RawMessage
	if err := dec.Decode(&extra); err != io.EOF {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return apiErr(http.StatusRequestEntityTooLarge, api.CodeBodyTooLarge, "request body is over the limit of %d bytes", mbe.Limit)
		}
		return apiErr(http.StatusBadRequest, api.CodeInvalidJSON, "trailing data after the JSON object")
	}
	return nil
}

// parseCompletionRequest decodes and validates a completion request body and
// fills in defaults. It returns an *api.Error (4xx) for any invalid input.
func parseCompletionRequest(body []byte, cfg Config) (api.CompletionRequest, *api.Error) {
	var req api.CompletionRequest
	if e := decodeJSON(bytes.NewReader(body), &req); e != nil {
		return req, e
	}
	bad := func(format string, args ...any) (api.CompletionRequest, *api.Error) {
		return req, apiErr(http.StatusBadRequest, api.CodeBadRequest, format, args...)
	}
	switch {
	case req.Prompt == "":
		return bad("prompt is required and must be a non-empty string")
	case len(req.Prompt) > cfg.MaxPromptBytes:
		return req, apiErr(http.StatusBadRequest, api.CodePromptTooLong, "prompt is %d bytes, over the limit of %d", len(req.Prompt), cfg.MaxPromptBytes)
	case !utf8.ValidString(req.Prompt):
		return bad("prompt is not valid UTF-8")
	case req.MaxTokens < 0 || req.MaxTokens > cfg.MaxTokens:
		return bad("max_tokens %d is outside [1, %d]", req.MaxTokens, cfg.MaxTokens)
	case req.Temperature != nil && (math.IsNaN(*req.Temperature) || *req.Temperature < 0 || *req.Temperature > 2):
		return bad("temperature %v is outside [0, 2]", *req.Temperature)
	case req.TopP != nil && (math.IsNaN(*req.TopP) || *req.TopP <= 0 || *req.TopP > 1):
		return bad("top_p %v is outside (0, 1]", *req.TopP)
	case req.N != nil && *req.N != 1:
		return req, apiErr(http.StatusBadRequest, api.CodeUnsupported, "n=%d: poa returns exactly one choice (n=1)", *req.N)
	case req.Stream != nil && *req.Stream:
		return req, apiErr(http.StatusBadRequest, api.CodeUnsupported, "stream=true is not supported: attribution needs the whole output")
	case req.Echo != nil && *req.Echo:
		return req, apiErr(http.StatusBadRequest, api.CodeUnsupported, "echo=true is not supported")
	case req.Stop != nil:
		return req, apiErr(http.StatusBadRequest, api.CodeUnsupported, "stop sequences are not supported")
	case len(req.Adapter) > 64:
		return bad("adapter name is %d bytes, over 64", len(req.Adapter))
	case len(req.Model) > 128:
		return bad("model name is %d bytes, over 128", len(req.Model))
	}
	if req.Fee != nil {
		if _, err := settlement.ParseFee(*req.Fee); err != nil {
			return bad("fee %.40q: want a decimal string of OPEN base units below 2^96", *req.Fee)
		}
	}
	if req.MaxTokens == 0 {
		req.MaxTokens = cfg.DefaultMaxTokens
	}
	if req.Temperature == nil {
		t := 1.0
		req.Temperature = &t
	}
	if req.TopP == nil {
		p := 1.0
		req.TopP = &p
	}
	return req, nil
}

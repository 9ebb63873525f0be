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

// Request limits of the generation endpoints (OpenAI's, where it has them).
const (
	// MaxChoices is the largest n.
	MaxChoices = 8
	// MaxStops is the number of stop strings a request may give, MaxStopBytes the
	// length of each.
	MaxStops     = 4
	MaxStopBytes = 256
	// MaxLogprobs is the largest logprobs of a completion request, MaxTopLogprobs
	// the largest top_logprobs of a chat request.
	MaxLogprobs    = 5
	MaxTopLogprobs = 20
)

// badParam is a 400 of code (api.CodeBadRequest when empty) naming the request
// field at fault.
func badParam(code, param, format string, args ...any) *api.Error {
	if code == "" {
		code = api.CodeBadRequest
	}
	e := apiErr(http.StatusBadRequest, code, format, args...)
	e.Param = param
	return e
}

// validUTF8 refuses a body that is not UTF-8: encoding/json would turn its bad
// bytes into U+FFFD, answering another prompt than the one sent.
func validUTF8(body []byte) *api.Error {
	if !utf8.Valid(body) {
		return apiErr(http.StatusBadRequest, api.CodeInvalidJSON, "request body is not valid UTF-8")
	}
	return nil
}

// parseCompletionRequest decodes and validates a completion request body and
// fills in defaults. It returns an *api.Error (4xx) for any invalid input.
func parseCompletionRequest(body []byte, cfg Config) (api.CompletionRequest, *api.Error) {
	var req api.CompletionRequest
	if e := validUTF8(body); e != nil {
		return req, e
	}
	if e := decodeJSON(bytes.NewReader(body), &req); e != nil {
		return req, e
	}
	unsupported := func(param, format string, args ...any) (api.CompletionRequest, *api.Error) {
		return req, badParam(api.CodeUnsupported, param, format, args...)
	}
	switch {
	case req.Prompt == "":
		return req, badParam("", "prompt", "prompt is required and must be a non-empty string")
	case req.Echo != nil && *req.Echo:
		return unsupported("echo", "echo=true is not supported")
	case req.Suffix != nil && *req.Suffix != "":
		return unsupported("suffix", "suffix is not supported (insertion needs a fill-in-the-middle model)")
	case req.BestOf != nil && *req.BestOf != 1 && (req.N == nil || *req.N != *req.BestOf):
		return unsupported("best_of", "best_of=%d: poa returns every choice it generates (use n; best_of must be absent, 1 or equal to n)", *req.BestOf)
	case req.Logprobs != nil && (*req.Logprobs < 0 || *req.Logprobs > MaxLogprobs):
		return req, badParam("", "logprobs", "logprobs %d is outside [0, %d]", *req.Logprobs, MaxLogprobs)
	}
	if e := checkCompletion(&req, cfg, "prompt"); e != nil {
		return req, e
	}
	return req, nil
}

// checkCompletion validates what completions and chat completions share and fills in
// the defaults; promptParam names the prompt's field in messages.
func checkCompletion(req *api.CompletionRequest, cfg Config, promptParam string) *api.Error {
	bad := func(param, format string, args ...any) *api.Error { return badParam("", param, format, args...) }
	unsupported := func(param, format string, args ...any) *api.Error {
		return badParam(api.CodeUnsupported, param, format, args...)
	}
	switch {
	case len(req.Prompt) > cfg.MaxPromptBytes:
		return badParam(api.CodePromptTooLong, promptParam, "prompt is %d bytes, over the limit of %d", len(req.Prompt), cfg.MaxPromptBytes)
	case !utf8.ValidString(req.Prompt):
		return bad(promptParam, "prompt is not valid UTF-8")
	case req.MaxTokens < 0 || req.MaxTokens > cfg.MaxTokens:
		return bad("max_tokens", "max_tokens %d is outside [1, %d]", req.MaxTokens, cfg.MaxTokens)
	case req.Temperature != nil && (math.IsNaN(*req.Temperature) || *req.Temperature < 0 || *req.Temperature > 2):
		return bad("temperature", "temperature %v is outside [0, 2]", *req.Temperature)
	case req.TopP != nil && (math.IsNaN(*req.TopP) || *req.TopP <= 0 || *req.TopP > 1):
		return bad("top_p", "top_p %v is outside (0, 1]", *req.TopP)
	case req.N != nil && (*req.N < 1 || *req.N > MaxChoices):
		return bad("n", "n=%d is outside [1, %d]", *req.N, MaxChoices)
	case len(req.Stop) > MaxStops:
		return bad("stop", "%d stop strings: at most %d", len(req.Stop), MaxStops)
	case req.StreamOptions != nil && (req.Stream == nil || !*req.Stream):
		return bad("stream_options", "stream_options is only allowed with stream=true")
	case req.PresencePenalty != nil && *req.PresencePenalty != 0:
		return unsupported("presence_penalty", "presence_penalty %v is not supported (only 0)", *req.PresencePenalty)
	case req.FrequencyPenalty != nil && *req.FrequencyPenalty != 0:
		return unsupported("frequency_penalty", "frequency_penalty %v is not supported (only 0)", *req.FrequencyPenalty)
	case len(req.LogitBias) > 0:
		return unsupported("logit_bias", "logit_bias is not supported (only an empty map)")
	case len(req.Adapter) > 64:
		return bad("adapter", "adapter name is %d bytes, over 64", len(req.Adapter))
	case len(req.Model) > 128:
		return bad("model", "model name is %d bytes, over 128", len(req.Model))
	}
	for i, st := range req.Stop {
		if st == "" || len(st) > MaxStopBytes {
			return bad("stop", "stop string %d is %d bytes: want 1 to %d", i, len(st), MaxStopBytes)
		}
	}
	if req.Fee != nil {
		if _, err := settlement.ParseFee(*req.Fee); err != nil {
			return bad("fee", "fee %.40q: want a decimal string of OPEN base units below 2^96", *req.Fee)
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
	return nil
}

package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"poa/api"
	"poa/datanet"
	"poa/store"
)

func (s *Server) writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		s.log.Error("encode response", "err", err)
		s.writeError(w, nil, apiErr(http.StatusInternalServerError, api.CodeInternal, "internal error"))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// toAPIError maps an engine error to its response.
func toAPIError(err error) *api.Error {
	var e *api.Error
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &e):
		if e.Status == 0 {
			c := *e
			c.Status = http.StatusBadRequest
			return &c
		}
		return e
	case errors.As(err, &mbe):
		return apiErr(http.StatusRequestEntityTooLarge, api.CodeBodyTooLarge, "request body is over the limit of %d bytes", mbe.Limit)
	case errors.Is(err, ErrUnknownAdapter):
		return apiErr(http.StatusNotFound, api.CodeUnknownAdapter, "%v", err)
	case errors.Is(err, ErrModelNotFound):
		e := apiErr(http.StatusNotFound, api.CodeModelNotFound, "%v", err)
		e.Param = "model"
		return e
	case errors.Is(err, store.ErrNotFound):
		return apiErr(http.StatusNotFound, api.CodeNotFound, "%v", err)
	case errors.Is(err, ErrPromptTooLong):
		return apiErr(http.StatusBadRequest, api.CodePromptTooLong, "%v", err)
	case errors.Is(err, ErrBadRequest):
		return apiErr(http.StatusBadRequest, api.CodeBadRequest, "%v", err)
	case errors.Is(err, ErrEpochEmpty):
		return apiErr(http.StatusConflict, api.CodeEpochEmpty, "%v", err)
	case errors.Is(err, ErrNotReady):
		return apiErr(http.StatusServiceUnavailable, api.CodeNotReady, "%v", err)
	case errors.Is(err, ErrCorruptRecord):
		return apiErr(http.StatusInternalServerError, api.CodeCorruptRecord, "%v", err)
	case errors.Is(err, context.DeadlineExceeded):
		return apiErr(http.StatusGatewayTimeout, api.CodeTimeout, "the request took longer than the server's limit")
	case errors.Is(err, context.Canceled):
		return apiErr(499, api.CodeCanceled, "the request was canceled")
	}
	return apiErr(http.StatusInternalServerError, api.CodeInternal, "internal error (see the node's log)")
}

func (s *Server) writeError(w http.ResponseWriter, r *http.Request, e *api.Error) {
	if e.Status == http.StatusServiceUnavailable || e.Status == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", "5")
	}
	if e.Type == "" { // OpenAI's error classes
		c := *e
		c.Type = "invalid_request_error"
		if e.Status >= 500 {
			c.Type = "server_error"
		}
		e = &c
	}
	s.writeJSON(w, e.Status, api.ErrorResponse{Error: e})
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	e := toAPIError(err)
	if e.Status >= 500 && e.Code != api.CodeNotReady {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	s.writeError(w, r, e)
}

func (s *Server) withTimeout(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
}

// respond runs get under the request's time limit and writes what it returns (200,
// JSON), or the response its error maps to.
func respond[T any](s *Server, w http.ResponseWriter, r *http.Request, get func(ctx context.Context) (T, error)) {
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	v, err := get(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, v)
}

// respondList is respond for the list endpoints (api.List), with no items as []
// rather than null.
func respondList[T any](s *Server, w http.ResponseWriter, r *http.Request, list func(ctx context.Context) ([]T, error)) {
	respond(s, w, r, func(ctx context.Context) (api.List[T], error) {
		v, err := list(ctx)
		if v == nil {
			v = []T{}
		}
		return api.List[T]{Data: v, Object: "list"}, err
	})
}

func (s *Server) handleCompletions(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	req, e := parseCompletionRequest(body, s.cfg)
	if e == nil {
		req.IdempotencyKey = r.Header.Get("Idempotency-Key")
		if len(req.IdempotencyKey) > 255 {
			e = apiErr(http.StatusBadRequest, api.CodeBadRequest, "Idempotency-Key header of %d bytes: at most 255", len(req.IdempotencyKey))
		}
	}
	if e != nil {
		s.metrics.ObserveInference(req.Adapter, e.Code, nil)
		s.writeError(w, r, e)
		return
	}
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	// model names the base model or an adapter (GET /v1/models).
	asked := req.Model
	models, err := s.models(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	resolved, adapter, e := resolveModel(models, req.Model, req.Adapter)
	if e != nil {
		s.metrics.ObserveInference(req.Adapter, e.Code, nil)
		s.writeError(w, r, e)
		return
	}
	req.Adapter = adapter
	if resolved != "" {
		req.Model = resolved
	}
	select {
	case s.sem <- struct{}{}:
		defer func() { <-s.sem }()
	case <-ctx.Done():
		if r.Context().Err() != nil {
			// The client went away while queued (a canceled request, a closed
			// connection): not an overload, and nobody reads an answer.
			s.metrics.ObserveInference(req.Adapter, api.CodeCanceled, nil)
			return
		}
		s.metrics.ObserveInference(req.Adapter, api.CodeOverloaded, nil)
		s.writeError(w, r, apiErr(http.StatusServiceUnavailable, api.CodeOverloaded, "all %d completion slots stayed busy until the request's deadline", cap(s.sem)))
		return
	}
	start := time.Now()
	c, err := s.eng.Complete(ctx, req)
	if err != nil {
		e := toAPIError(err)
		s.metrics.ObserveInference(req.Adapter, e.Code, nil)
		s.fail(w, r, err)
		return
	}
	if c.InferenceTime == 0 && c.AttributionTime == 0 {
		c.InferenceTime = time.Since(start)
	}
	s.metrics.ObserveInference(req.Adapter, "ok", &c)
	// The response names the model resolved from the request's, else the engine's.
	model := resolved
	if model == "" {
		model = c.Model
	}
	if model == "" {
		model = asked
	}
	at := c.Attribution
	if at.Tokens == nil {
		at.Tokens = []api.TokenAttribution{}
	}
	if at.Sources == nil {
		at.Sources = []api.Source{}
	}
	if at.Contributors == nil {
		at.Contributors = []api.ContributorScore{}
	}
	id := "cmpl-" + at.RecordID
	if at.RecordID == "" {
		id = "cmpl-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	}
	s.writeJSON(w, http.StatusOK, api.CompletionResponse{
		ID: id, Object: "text_completion", Created: time.Now().Unix(), Model: model, Adapter: req.Adapter,
		Choices:     []api.Choice{{Text: c.Text, Index: 0, Logprobs: json.RawMessage("null"), FinishReason: c.FinishReason}},
		Usage:       api.Usage{PromptTokens: c.PromptTokens, CompletionTokens: c.CompletionTokens, TotalTokens: c.PromptTokens + c.CompletionTokens},
		Attribution: &at,
	})
}

func (s *Server) handleAttribution(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" || len(id) > 256 {
		s.writeError(w, r, apiErr(http.StatusBadRequest, api.CodeBadRequest, "attribution id must be 1–256 bytes"))
		return
	}
	respond(s, w, r, func(ctx context.Context) (api.AttributionView, error) { return s.eng.Attribution(ctx, id) })
}

func (s *Server) handleDatanets(w http.ResponseWriter, r *http.Request) {
	respondList(s, w, r, s.eng.Datanets)
}

func (s *Server) handleAdapters(w http.ResponseWriter, r *http.Request) {
	respondList(s, w, r, s.eng.Adapters)
}

func (s *Server) handleContributor(w http.ResponseWriter, r *http.Request) {
	addr, err := datanet.CheckAddress(r.PathValue("address"))
	if err != nil {
		s.writeError(w, r, apiErr(http.StatusBadRequest, api.CodeBadAddress, "contributor address %v", err))
		return
	}
	respond(s, w, r, func(ctx context.Context) (api.ContributorView, error) { return s.eng.Contributor(ctx, addr) })
}

func (s *Server) handleCloseEpoch(w http.ResponseWriter, r *http.Request) {
	var req api.CloseEpochRequest
	body, err := io.ReadAll(r.Body)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if len(bytes.TrimSpace(body)) > 0 { // an empty body takes every default
		if e := decodeJSON(bytes.NewReader(body), &req); e != nil {
			s.writeError(w, r, e)
			return
		}
	}
	if req.OwnerBps != nil && req.ProtocolBps != nil && uint64(*req.OwnerBps)+uint64(*req.ProtocolBps) > 10000 {
		s.writeError(w, r, apiErr(http.StatusBadRequest, api.CodeBadRequest, "owner_bps + protocol_bps = %d, over 10000", *req.OwnerBps+*req.ProtocolBps))
		return
	}
	for _, b := range []*uint32{req.OwnerBps, req.ProtocolBps} {
		if b != nil && *b > 10000 {
			s.writeError(w, r, apiErr(http.StatusBadRequest, api.CodeBadRequest, "fee share of %d bps is over 10000", *b))
			return
		}
	}
	// Closing an epoch proves a split: it may take minutes, and it is not undone
	// when the client goes away.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), s.cfg.RequestTimeout)
	defer cancel()
	v, err := s.eng.CloseEpoch(ctx, req)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if v.Proof != nil {
		verified := v.Proof.Verified != nil && *v.Proof.Verified
		s.metrics.ObserveProof(v.Proof.Backend, verified)
	}
	if v.Settlement != nil && v.Settlement.GasUsed > 0 {
		s.metrics.ObserveGas(v.Settlement.GasUsed)
	}
	s.writeJSON(w, http.StatusOK, v)
}

func (s *Server) handleEpoch(w http.ResponseWriter, r *http.Request) {
	raw := r.PathValue("id")
	var id uint64
	if raw != "latest" {
		n, err := strconv.ParseUint(raw, 10, 64)
		if err != nil || n == 0 {
			s.writeError(w, r, apiErr(http.StatusBadRequest, api.CodeBadEpoch, "epoch %.40q: want a positive integer or \"latest\"", raw))
			return
		}
		id = n
	}
	respond(s, w, r, func(ctx context.Context) (api.EpochView, error) { return s.eng.Epoch(ctx, id) })
}

func (s *Server) handleProtocol(w http.ResponseWriter, r *http.Request) {
	pr, ok := s.eng.(ProtocolReader)
	if !ok {
		s.writeError(w, r, apiErr(http.StatusNotFound, api.CodeNotFound, "this node has no chain to report on"))
		return
	}
	respond(s, w, r, pr.Protocol)
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	h := api.Health{Status: "ok", Uptime: time.Since(s.started).Seconds()}
	if rd, ok := s.eng.(Readiness); ok {
		h.Ready = rd.Ready()
	}
	s.writeJSON(w, http.StatusOK, h)
}

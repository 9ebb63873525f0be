package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/rand/v2"
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

// handleCompletions answers POST /v1/completions (see run).
func (s *Server) handleCompletions(w http.ResponseWriter, r *http.Request) {
	s.run(w, r, false)
}

// job is one validated request of either generation endpoint.
type job struct {
	req      api.CompletionRequest // each choice's, before its seed and key offsets
	chat     bool
	n        int
	logprobs bool   // the response carries logprobs
	seed     *int64 // the sampler's seed reported (temperature > 0)
	model    string // the model name the response reports before the engine answers
}

// run answers a completion or chat completion: parse and validate, resolve the
// model, take a completion slot, then generate the n choices one after the other
// (each Engine.Complete is one choice with its own record), answering in one JSON
// object or, with stream=true, in server-sent events (stream.go).
func (s *Server) run(w http.ResponseWriter, r *http.Request, chat bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var j job
	var e *api.Error
	j.chat = chat
	if chat {
		j.req, j.logprobs, e = parseChatRequest(body, s.cfg)
	} else {
		j.req, e = parseCompletionRequest(body, s.cfg)
		j.logprobs = j.req.Logprobs != nil
	}
	req := &j.req
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
	j.n = 1
	if req.N != nil {
		j.n = *req.N
	}
	if *req.Temperature > 0 {
		if req.Seed == nil {
			// A seed of at most 2^53 survives JavaScript's numbers.
			seed := rand.Int64N(1 << 53)
			req.Seed = &seed
		}
		j.seed = req.Seed
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
	j.model = asked
	if resolved != "" {
		req.Model, j.model = resolved, resolved
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
	if req.Stream != nil && *req.Stream {
		s.stream(ctx, w, r, &j)
		return
	}
	cs := make([]Completion, 0, j.n)
	for i := range j.n {
		c, err := s.complete(ctx, &j, i)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		cs = append(cs, c)
	}
	// The response names the model resolved from the request's, else the engine's.
	model := resolved
	if model == "" {
		model = cs[0].Model
	}
	if model == "" {
		model = asked
	}
	ats := make([]*api.Attribution, len(cs))
	var usage api.Usage
	for i := range cs {
		ats[i] = attributionOf(cs[i])
		usage.PromptTokens = cs[i].PromptTokens // the prompt counts once, as OpenAI's
		usage.CompletionTokens += cs[i].CompletionTokens
	}
	usage.TotalTokens = usage.PromptTokens + usage.CompletionTokens
	id := "cmpl-"
	if ats[0] != nil && ats[0].RecordID != "" {
		id += ats[0].RecordID
	} else {
		id += strconv.FormatInt(time.Now().UnixNano(), 36)
	}
	if j.chat {
		id = "chat" + id
		resp := api.ChatCompletionResponse{ID: id, Object: "chat.completion", Created: time.Now().Unix(), Model: model,
			Adapter: req.Adapter, Usage: usage, Seed: j.seed, Attribution: ats[0]}
		for i, c := range cs {
			ch := api.ChatChoice{Index: i, Message: api.ChatReply{Role: "assistant", Content: c.Text}, FinishReason: c.FinishReason}
			if j.logprobs {
				ch.Logprobs = chatLogprobs(c.Tokens)
			}
			if j.n > 1 {
				ch.Attribution = ats[i]
			}
			resp.Choices = append(resp.Choices, ch)
		}
		s.writeJSON(w, http.StatusOK, resp)
		return
	}
	resp := api.CompletionResponse{ID: id, Object: "text_completion", Created: time.Now().Unix(), Model: model,
		Adapter: req.Adapter, Usage: usage, Seed: j.seed, Attribution: ats[0]}
	for i, c := range cs {
		ch := api.Choice{Text: c.Text, Index: i, FinishReason: c.FinishReason}
		if j.logprobs {
			ch.Logprobs = completionLogprobs(c.Tokens, 0)
		}
		if j.n > 1 {
			ch.Attribution = ats[i]
		}
		resp.Choices = append(resp.Choices, ch)
	}
	s.writeJSON(w, http.StatusOK, resp)
}

// complete runs choice i of j: the request with Seed+i and, for i > 0, the
// Idempotency-Key + "/i" (so that a retried request replays every choice).
func (s *Server) complete(ctx context.Context, j *job, i int) (Completion, error) {
	req := j.req
	if i > 0 {
		if req.Seed != nil {
			seed := *req.Seed + int64(i)
			req.Seed = &seed
		}
		if req.IdempotencyKey != "" {
			req.IdempotencyKey += "/" + strconv.Itoa(i)
		}
	}
	start := time.Now()
	c, err := s.eng.Complete(ctx, req)
	if err != nil {
		s.metrics.ObserveInference(req.Adapter, toAPIError(err).Code, nil)
		return c, err
	}
	if c.InferenceTime == 0 && c.AttributionTime == 0 {
		c.InferenceTime = time.Since(start)
	}
	s.metrics.ObserveInference(req.Adapter, "ok", &c)
	return c, nil
}

// attributionOf returns c's attribution with its lists non-nil, or nil when c has
// none (an empty output: no record).
func attributionOf(c Completion) *api.Attribution {
	at := c.Attribution
	if at.RecordID == "" && len(at.Tokens) == 0 && c.Text == "" {
		return nil
	}
	if at.Tokens == nil {
		at.Tokens = []api.TokenAttribution{}
	}
	if at.Sources == nil {
		at.Sources = []api.Source{}
	}
	if at.Contributors == nil {
		at.Contributors = []api.ContributorScore{}
	}
	return &at
}

// completionLogprobs is the completions API's logprobs of toks, whose text starts at
// byte offset0 of the choice's text; nil when the engine reported no tokens.
func completionLogprobs(toks []Token, offset0 int) *api.CompletionLogprobs {
	if toks == nil {
		return nil
	}
	lp := &api.CompletionLogprobs{Tokens: []string{}, TokenLogprobs: []float64{}, TopLogprobs: []map[string]float64{}, TextOffset: []int{}}
	off := offset0
	for _, t := range toks {
		lp.Tokens = append(lp.Tokens, t.Text)
		lp.TokenLogprobs = append(lp.TokenLogprobs, t.LogProb)
		top := map[string]float64{}
		for _, a := range t.Top {
			if _, dup := top[a.Text]; !dup { // two ids of one text: the likelier one
				top[a.Text] = a.LogProb
			}
		}
		lp.TopLogprobs = append(lp.TopLogprobs, top)
		lp.TextOffset = append(lp.TextOffset, off)
		off += len(t.Text)
	}
	return lp
}

// chatLogprobs is the chat API's logprobs of toks; nil when the engine reported none.
func chatLogprobs(toks []Token) *api.ChatLogprobs {
	if toks == nil {
		return nil
	}
	lp := &api.ChatLogprobs{Content: []api.ChatTokenLogprob{}}
	for _, t := range toks {
		c := api.ChatTokenLogprob{Token: t.Text, Logprob: t.LogProb, Bytes: byteList(t.Text), TopLogprobs: []api.ChatTopLogprob{}}
		for _, a := range t.Top {
			c.TopLogprobs = append(c.TopLogprobs, api.ChatTopLogprob{Token: a.Text, Logprob: a.LogProb, Bytes: byteList(a.Text)})
		}
		lp.Content = append(lp.Content, c)
	}
	return lp
}

// byteList is s's bytes as the JSON array OpenAI's logprobs carry.
func byteList(s string) []int {
	b := make([]int, len(s))
	for i := range len(s) {
		b[i] = int(s[i])
	}
	return b
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
	if sr, ok := s.eng.(SettleRunner); ok && req.Settle {
		s.startSettle(w, r, sr, req) // a background job (settle_handlers.go)
		return
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
	s.observeEpoch(v)
	s.writeJSON(w, http.StatusOK, v)
}

// observeEpoch records a closed epoch's proof and settlement gas in the metrics.
func (s *Server) observeEpoch(v api.EpochView) {
	if v.Proof != nil {
		verified := v.Proof.Verified != nil && *v.Proof.Verified
		s.metrics.ObserveProof(v.Proof.Backend, verified)
	}
	if v.Settlement != nil && v.Settlement.GasUsed > 0 {
		s.metrics.ObserveGas(v.Settlement.GasUsed)
	}
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

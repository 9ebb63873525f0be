package server

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"time"

	"poa/api"
	"poa/store"
)

// Sentinels of the job endpoints (JobRunner).
var (
	// ErrJobBusy is returned when a job is running: the node runs one at a time.
	// HTTP 409, api.CodeJobBusy.
	ErrJobBusy = errors.New("a job is running")
	// ErrJobState is returned for an action the job's status does not allow.
	// HTTP 409, api.CodeJobState.
	ErrJobState = errors.New("job state does not allow this")
)

// jobEventInterval is the least time between two events of a job stream.
const jobEventInterval = 250 * time.Millisecond

func (s *Server) jobRunner(w http.ResponseWriter, r *http.Request) (JobRunner, bool) {
	jr, ok := s.eng.(JobRunner)
	if !ok {
		s.fail(w, r, fmt.Errorf("jobs: this node runs no fine-tune jobs: %w", ErrNotReady))
	}
	return jr, ok
}

// jobFail writes err, mapping the job sentinels to 409.
func (s *Server) jobFail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, ErrJobBusy):
		s.writeError(w, r, apiErr(http.StatusConflict, api.CodeJobBusy, "%v", err))
	case errors.Is(err, ErrJobState):
		s.writeError(w, r, apiErr(http.StatusConflict, api.CodeJobState, "%v", err))
	case errors.Is(err, store.ErrExists):
		e := apiErr(http.StatusConflict, api.CodeExists, "%v", err)
		e.Param = "adapter"
		s.writeError(w, r, e)
	default:
		s.fail(w, r, err)
	}
}

// validateJob checks the request's fields that need no model; the runner checks
// the rest (targets, rank against the model's width, datanets that exist).
func validateJob(req api.CreateJobRequest) *api.Error {
	bad := func(param, format string, args ...any) *api.Error {
		e := apiErr(http.StatusBadRequest, api.CodeBadRequest, format, args...)
		e.Param = param
		return e
	}
	switch {
	case !store.ValidName(req.Adapter):
		return bad("adapter", "adapter name %.80q: want 1–64 characters of a-z, 0-9, '.', '_', '-', starting with a letter or digit", req.Adapter)
	case len(req.Datanets) == 0 || len(req.Datanets) > 64:
		return bad("datanets", "want 1 to 64 datanets, got %d", len(req.Datanets))
	case req.Base != "" && !store.ValidName(req.Base):
		return bad("base", "base model name %.80q is not a valid name", req.Base)
	case req.Rank < 0 || req.Rank > 1024:
		return bad("rank", "rank %d: want 1 to 1024 (0: 8)", req.Rank)
	case !(req.Alpha >= 0 && req.Alpha <= 1e6):
		return bad("alpha", "alpha %g: want 0 to 1e6 (0: 2·rank)", req.Alpha)
	case req.Steps < 0 || req.Steps > api.MaxJobSteps:
		return bad("steps", "steps %d: want 1 to %d (0: 100)", req.Steps, api.MaxJobSteps)
	case !(req.LR >= 0 && req.LR <= 1) || math.IsNaN(req.LR):
		return bad("lr", "lr %g: want (0, 1] (0: 0.01)", req.LR)
	case req.BatchSize < 0 || req.BatchSize > 1024:
		return bad("batch_size", "batch_size %d: want 1 to 1024 (0: 4)", req.BatchSize)
	case req.SeqLen < 0 || req.SeqLen > 1<<16:
		return bad("seq_len", "seq_len %d: want 0 (the model's context) to 65536", req.SeqLen)
	case len(req.Targets) > 256:
		return bad("targets", "targets: too long")
	}
	for _, d := range req.Datanets {
		if !store.ValidName(d) {
			return bad("datanets", "datanet name %.80q is not a valid name", d)
		}
	}
	return nil
}

// handleJobsByMethod serves /v1/jobs: GET lists, POST creates (201).
func (s *Server) handleJobsByMethod(w http.ResponseWriter, r *http.Request) {
	jr, ok := s.jobRunner(w, r)
	if !ok {
		return
	}
	if r.Method != http.MethodPost {
		respondList(s, w, r, jr.Jobs)
		return
	}
	var req api.CreateJobRequest
	if e := decodeJSON(r.Body, &req); e != nil {
		s.writeError(w, r, e)
		return
	}
	if e := validateJob(req); e != nil {
		s.writeError(w, r, e)
		return
	}
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	v, err := jr.CreateJob(ctx, req)
	if err != nil {
		s.jobFail(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusCreated, v)
}

// handleJob answers GET /v1/jobs/{id}.
func (s *Server) handleJob(w http.ResponseWriter, r *http.Request) {
	jr, ok := s.jobRunner(w, r)
	if !ok {
		return
	}
	respond(s, w, r, func(ctx context.Context) (api.JobView, error) {
		v, _, err := jr.Job(ctx, r.PathValue("id"))
		return v, err
	})
}

// handleJobAction answers POST /v1/jobs/{id}/cancel and /resume.
func (s *Server) handleJobAction(action func(JobRunner) func(context.Context, string) (api.JobView, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		jr, ok := s.jobRunner(w, r)
		if !ok {
			return
		}
		ctx, cancel := s.withTimeout(r)
		defer cancel()
		v, err := action(jr)(ctx, r.PathValue("id"))
		if err != nil {
			s.jobFail(w, r, err)
			return
		}
		s.writeJSON(w, http.StatusOK, v)
	}
}

// handleJobEvents answers GET /v1/jobs/{id}/events: server-sent events named
// "job", each a JobView. The first holds all losses; each later one the losses
// since the one before (LossesFrom says where they start), at most one per
// jobEventInterval. The stream ends after the event of a job that is not running.
// It is not bound by the server's request or write timeouts: a job runs for as
// long as it needs.
func (s *Server) handleJobEvents(w http.ResponseWriter, r *http.Request) {
	jr, ok := s.jobRunner(w, r)
	if !ok {
		return
	}
	id := r.PathValue("id")
	ctx := r.Context()
	v, ver, err := jr.Job(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	_ = http.NewResponseController(w).SetWriteDeadline(time.Time{})
	ev := &sse{w: w}
	sent := 0 // losses sent
	for {
		all := v.Losses
		v.Losses, v.LossesFrom = all[min(sent, len(all)):], min(sent, len(all))
		if v.Losses == nil {
			v.Losses = []float64{}
		}
		if err := ev.event("job", v); err != nil {
			return // the client went away
		}
		sent = len(all)
		if v.Terminal() {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(jobEventInterval):
		}
		v, ver, err = jr.WaitJob(ctx, id, ver)
		if err != nil {
			if ctx.Err() == nil {
				_ = ev.event("error", api.ErrorResponse{Error: toAPIError(err)})
			}
			return
		}
	}
}

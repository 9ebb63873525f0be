package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"

	"poa/api"
)

// settleJobPath is where settle job id is read.
func settleJobPath(id string) string { return "/v1/settle-jobs/" + url.PathEscape(id) }

// startSettle answers POST /v1/epochs/close with settle: true on an engine that runs
// settle jobs: 202 Accepted with the job and its Location at once, 409 job_busy
// (Location: the running job) while another runs.
func (s *Server) startSettle(w http.ResponseWriter, r *http.Request, sr SettleRunner, req api.CloseEpochRequest) {
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	v, err := sr.StartSettle(ctx, req, s.observeEpoch)
	switch {
	case errors.Is(err, ErrJobBusy):
		w.Header().Set("Location", settleJobPath(v.ID))
		e := apiErr(http.StatusConflict, api.CodeJobBusy, "%v", err)
		s.writeError(w, r, e)
	case err != nil:
		s.fail(w, r, err)
	default:
		s.log.Info("settle job accepted", "job", v.ID, "epoch", v.Epoch)
		w.Header().Set("Location", settleJobPath(v.ID))
		s.writeJSON(w, http.StatusAccepted, v)
	}
}

func (s *Server) settleRunner(w http.ResponseWriter, r *http.Request) (SettleRunner, bool) {
	sr, ok := s.eng.(SettleRunner)
	if !ok {
		s.fail(w, r, fmt.Errorf("settle jobs: this node settles inside POST /v1/epochs/close: %w", ErrNotReady))
	}
	return sr, ok
}

// handleSettleJobs answers GET /v1/settle-jobs: every settle job, newest first.
func (s *Server) handleSettleJobs(w http.ResponseWriter, r *http.Request) {
	if sr, ok := s.settleRunner(w, r); ok {
		respondList(s, w, r, sr.SettleJobs)
	}
}

// handleSettleJob answers GET /v1/settle-jobs/{id}.
func (s *Server) handleSettleJob(w http.ResponseWriter, r *http.Request) {
	if sr, ok := s.settleRunner(w, r); ok {
		respond(s, w, r, func(ctx context.Context) (api.SettleJobView, error) { return sr.SettleJob(ctx, r.PathValue("id")) })
	}
}

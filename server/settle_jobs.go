package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"poa/api"
	"poa/settlement"
	"poa/store"
)

// KindSettleJob is the store kind of settle job records (api.SettleJobView, key =
// its id). The server owns it; store.Kind names it here rather than in the store's
// list because only the server reads it.
const KindSettleJob store.Kind = "settle-job"

// errSettleShutdown is the cause a stopping node interrupts its settle job with.
var errSettleShutdown = errors.New("the node is stopping")

// settleRunner runs StoreEngine's settle jobs: one at a time, each in its own
// goroutine under a context that only StopSettleJobs ends (not the request's), its
// state written to the store at every step. The zero value is ready; load runs once,
// on first use, and marks the jobs a stopped node left running as interrupted.
type settleRunner struct {
	once    sync.Once
	loadErr error
	base    context.Context
	stop    context.CancelCauseFunc
	wg      sync.WaitGroup

	mu      sync.Mutex
	jobs    map[string]*api.SettleJobView
	running string // id of the running job, "" when none
}

// settleLoad reads the stored settle jobs once and marks those that were running as
// interrupted.
func (e *StoreEngine) settleLoad() error {
	r := &e.settle
	r.once.Do(func() {
		r.base, r.stop = context.WithCancelCause(context.Background())
		r.jobs = map[string]*api.SettleJobView{}
		var interrupted []string
		r.loadErr = e.st.List(KindSettleJob, "", func(key string, raw []byte) error {
			var v api.SettleJobView
			if err := json.Unmarshal(raw, &v); err != nil {
				return fmt.Errorf("settle job %s: %w: %v", key, ErrCorruptRecord, err)
			}
			if v.Status == api.JobRunning {
				v.Status, v.Code = api.JobInterrupted, ""
				v.Error = fmt.Sprintf("the node stopped while the job ran (phase %s): the node's start resumes epoch %d once it is closed "+
					"(GET /v1/epochs/%d), and the next settle finishes every unfinished epoch", v.Phase, v.Epoch, v.Epoch)
				v.Updated = time.Now().UTC()
				interrupted = append(interrupted, key)
			}
			r.jobs[key] = &v
			return nil
		})
		for _, id := range interrupted {
			if r.loadErr == nil {
				r.loadErr = e.st.Put(KindSettleJob, id, r.jobs[id])
			}
		}
	})
	return r.loadErr
}

// StartSettle starts a settle job (see SettleRunner).
func (e *StoreEngine) StartSettle(ctx context.Context, req api.CloseEpochRequest, done func(api.EpochView)) (api.SettleJobView, error) {
	if e.EpochCloser == nil {
		return api.SettleJobView{}, fmt.Errorf("settle: no prover is configured in this node: %w", ErrNotReady)
	}
	if err := e.settleLoad(); err != nil {
		return api.SettleJobView{}, err
	}
	r := &e.settle
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.running != "" {
		return *r.jobs[r.running], fmt.Errorf("%w: settle job %s is running (GET /v1/settle-jobs/%s; one settle runs at a time)", ErrJobBusy, r.running, r.running)
	}
	open, err := settlement.OpenEpoch(e.st)
	if err != nil {
		return api.SettleJobView{}, err
	}
	if fee, ok := new(big.Int).SetString(open.Fee, 10); open.Records == 0 || !ok || fee.Sign() == 0 {
		unfinished, err := unfinishedEpochs(e.st)
		if err != nil {
			return api.SettleJobView{}, err
		}
		if len(unfinished) == 0 {
			return api.SettleJobView{}, fmt.Errorf("open epoch %d: %d records, fee %s: nothing to settle, and no earlier epoch is unfinished: %w",
				open.Epoch, open.Records, cmpOr(open.Fee, "0"), ErrEpochEmpty)
		}
	}
	n, err := e.st.NextSeq(string(KindSettleJob))
	if err != nil {
		return api.SettleJobView{}, err
	}
	now := time.Now().UTC()
	v := &api.SettleJobView{ID: fmt.Sprintf("settle-%06d", n), Object: "settle_job", Status: api.JobRunning,
		Phase: api.SettlePhaseClosing, Detail: "starting", Request: req, Epoch: open.Epoch, Created: now, Updated: now}
	if err := e.st.Put(KindSettleJob, v.ID, v); err != nil {
		return api.SettleJobView{}, err
	}
	r.jobs[v.ID], r.running = v, v.ID
	r.wg.Add(1)
	go e.runSettle(v.ID, req, done)
	return *v, nil
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// unfinishedEpochs lists the closed epochs not yet confirmed (or refiled, voided).
func unfinishedEpochs(st *store.Store) ([]uint64, error) {
	all, err := settlement.Epochs(st)
	var out []uint64
	for _, ep := range all {
		if !ep.Status.Done() {
			out = append(out, ep.Epoch)
		}
	}
	return out, err
}

// settleUpdate applies fn to job id under the lock and writes the job.
func (e *StoreEngine) settleUpdate(id string, fn func(*api.SettleJobView)) {
	r := &e.settle
	r.mu.Lock()
	v := r.jobs[id]
	fn(v)
	v.Updated = time.Now().UTC()
	c := *v
	if c.Terminal() && r.running == id {
		r.running = ""
	}
	err := e.st.Put(KindSettleJob, id, &c) // under the lock: writes in the order of the updates
	r.mu.Unlock()
	if err != nil {
		e.logger().Error("settle job record not saved", "job", id, "err", err)
	}
}

// runSettle runs job id: EpochCloser with a reporter that files each step in the
// job, then the settled epoch's view (or the error) as its outcome.
func (e *StoreEngine) runSettle(id string, req api.CloseEpochRequest, done func(api.EpochView)) {
	r := &e.settle
	defer r.wg.Done()
	log := e.logger().With("job", id)
	ctx0 := context.Background()
	log.Info("settle job started")
	t0 := time.Now()
	ctx := WithSettleReporter(r.base, func(s SettleStep) {
		moved := false // the phase, its counts or its record changed: worth an Info line
		e.settleUpdate(id, func(v *api.SettleJobView) {
			before := [4]any{v.Phase, v.PhaseDone, v.PhaseTotal, v.Record}
			if s.Phase != "" && s.Phase != v.Phase {
				v.Phase, v.PhaseDone, v.PhaseTotal, v.Record = s.Phase, 0, 0, ""
			}
			if s.Phase != "" {
				v.PhaseDone, v.PhaseTotal = s.Done, s.Total
			}
			if s.Record != "" {
				v.Record = s.Record
			}
			if s.Detail != "" {
				v.Detail = s.Detail
			}
			moved = before != [4]any{v.Phase, v.PhaseDone, v.PhaseTotal, v.Record}
		})
		lvl := slog.LevelDebug
		if moved {
			lvl = slog.LevelInfo
		}
		log.Log(ctx0, lvl, "settle job step", "phase", s.Phase, "detail", s.Detail, "done", s.Done, "total", s.Total, "record", s.Record)
	})
	n, err := e.closeForJob(ctx, req)
	var ev api.EpochView
	if err == nil {
		ev, err = e.Epoch(context.WithoutCancel(ctx), n)
	}
	e.settleUpdate(id, func(v *api.SettleJobView) {
		v.Finished = time.Now().UTC()
		switch {
		case err == nil:
			v.Status, v.Phase, v.Detail, v.Record, v.Error, v.Code = api.JobDone, api.SettlePhaseConfirmed, "settled", "", "", ""
			v.Epoch, v.Result = n, &ev
		case r.base.Err() != nil:
			v.Status, v.Code = api.JobInterrupted, api.CodeCanceled
			v.Error = fmt.Sprintf("interrupted (%v) in phase %s: %v; the node's next start resumes the epoch once it is closed, and the next settle finishes every unfinished epoch",
				context.Cause(r.base), v.Phase, err)
		default:
			v.Status, v.Error, v.Code = api.JobFailed, err.Error(), toAPIError(err).Code
			if v.Phase != api.SettlePhaseAttesting {
				v.Record = ""
			}
		}
	})
	if err != nil {
		log.Warn("settle job failed", "err", err, "seconds", time.Since(t0).Seconds())
		return
	}
	log.Info("settle job done", "epoch", n, "seconds", time.Since(t0).Seconds())
	if done != nil {
		done(ev)
	}
}

// SettleJob returns settle job id.
func (e *StoreEngine) SettleJob(_ context.Context, id string) (api.SettleJobView, error) {
	if err := e.settleLoad(); err != nil {
		return api.SettleJobView{}, err
	}
	r := &e.settle
	r.mu.Lock()
	defer r.mu.Unlock()
	v, ok := r.jobs[id]
	if !ok {
		return api.SettleJobView{}, fmt.Errorf("settle job %.80q: %w", id, store.ErrNotFound)
	}
	return *v, nil
}

// SettleJobs lists the settle jobs, newest first.
func (e *StoreEngine) SettleJobs(context.Context) ([]api.SettleJobView, error) {
	if err := e.settleLoad(); err != nil {
		return nil, err
	}
	r := &e.settle
	r.mu.Lock()
	out := make([]api.SettleJobView, 0, len(r.jobs))
	for _, v := range r.jobs {
		out = append(out, *v)
	}
	r.mu.Unlock()
	slices.SortFunc(out, func(a, b api.SettleJobView) int { return strings.Compare(b.ID, a.ID) })
	return out, nil
}

// StopSettleJobs interrupts the running settle job and waits up to limit for it to
// stop (a proof or key setup in progress may not stop at once): true when it did.
// The settlement's own state is crash-safe: an epoch left closed or proven is finished
// by the next start's resume or the next settle.
func (e *StoreEngine) StopSettleJobs(limit time.Duration) bool {
	if e.settleLoad() != nil {
		return true
	}
	r := &e.settle
	r.stop(errSettleShutdown)
	stopped := make(chan struct{})
	go func() { r.wg.Wait(); close(stopped) }()
	select {
	case <-stopped:
		return true
	case <-time.After(limit):
		return false
	}
}

func (e *StoreEngine) logger() *slog.Logger {
	if e.Log != nil {
		return e.Log
	}
	return slog.Default()
}

// closeForJob calls EpochCloser, turning a panic into an error (in a request the
// server's recovery would have answered 500; a job's goroutine has none).
func (e *StoreEngine) closeForJob(ctx context.Context, req api.CloseEpochRequest) (n uint64, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("settle panicked: %v", p)
		}
	}()
	return e.EpochCloser(ctx, req)
}

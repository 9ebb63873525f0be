package lmengine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"time"

	"poa/api"
	"poa/gradients"
	"poa/inference"
	"poa/node"
	"poa/server"
	"poa/store"
)

// Factory runs ModelFactory's fine-tune jobs (server.JobRunner) over one store:
// one job at a time (creating or resuming another while one runs is
// server.ErrJobBusy), each in its own goroutine: gradients.TrainAdapter (the
// trainer of `poa train adapter`, with its held-out split and loss, its checkpoint
// in the adapter's folder), then node.FinishAdapter (index, sketches, commitment,
// as `poa demo` does). Its state is the store.KindJob record keyed by its id. A job
// that was running when the node stopped is marked interrupted by NewFactory;
// resuming a job continues from the checkpoint when the base weights, the data and
// the settings are those it was written with (gradients.Train's provenance check),
// else training starts afresh. It is safe for concurrent use.
type Factory struct {
	st  *store.Store
	log *slog.Logger

	base   context.Context
	stop   context.CancelCauseFunc
	wg     sync.WaitGroup
	saveMu sync.Mutex // orders record writes

	mu      sync.Mutex
	jobs    map[string]*jobState
	ver     uint64
	changed chan struct{} // closed and replaced on every change
	running *jobRun
}

// jobRecord is the store.KindJob record of a job.
type jobRecord struct {
	api.JobView
}

type jobState struct {
	rec   jobRecord
	ver   uint64
	saved time.Time
}

type jobRun struct {
	id     string
	cancel context.CancelCauseFunc
}

var (
	errCancelled = errors.New("cancelled by request")
	errShutdown  = errors.New("the node is stopping")
)

var _ server.JobRunner = (*Factory)(nil)

// NewFactory loads the jobs of st, marks those that were running as interrupted,
// and returns the runner; jobs run under ctx (its end interrupts them, as Close).
func NewFactory(ctx context.Context, st *store.Store, log *slog.Logger) (*Factory, error) {
	if log == nil {
		log = slog.Default()
	}
	f := &Factory{st: st, log: log, jobs: map[string]*jobState{}, changed: make(chan struct{})}
	f.base, f.stop = context.WithCancelCause(context.WithoutCancel(ctx))
	context.AfterFunc(ctx, func() { f.stop(errShutdown) })
	var interrupted []string
	err := st.List(store.KindJob, "", func(key string, raw []byte) error {
		var r jobRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			return fmt.Errorf("job %s: %w: %v", key, server.ErrCorruptRecord, err)
		}
		if r.Status == api.JobRunning {
			r.Status, r.Error, r.Updated = api.JobInterrupted, "the node stopped while the job ran: resume it to continue from its last checkpoint", time.Now().UTC()
			interrupted = append(interrupted, key)
		}
		f.jobs[key] = &jobState{rec: r}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, id := range interrupted {
		if err := f.save(id); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// Close interrupts the running job (it writes a checkpoint and is marked
// interrupted) and waits for it to stop.
func (f *Factory) Close() error {
	f.stop(errShutdown)
	f.wg.Wait()
	return nil
}

// update applies fn to job id's record under the lock and signals waiters; it
// then writes the record when persist is set or a second has passed since the
// last write.
func (f *Factory) update(id string, persist bool, fn func(*jobRecord)) {
	f.mu.Lock()
	s := f.jobs[id]
	fn(&s.rec)
	s.rec.Updated = time.Now().UTC()
	f.ver++
	s.ver = f.ver
	close(f.changed)
	f.changed = make(chan struct{})
	due := persist || time.Since(s.saved) > time.Second
	f.mu.Unlock()
	if due {
		if err := f.save(id); err != nil {
			f.log.Error("job record not saved", "job", id, "err", err)
		}
	}
}

// save writes job id's record as it is now.
func (f *Factory) save(id string) error {
	f.saveMu.Lock()
	defer f.saveMu.Unlock()
	f.mu.Lock()
	s := f.jobs[id]
	rec := s.rec
	rec.Losses = append([]float64(nil), s.rec.Losses...)
	s.saved = time.Now()
	f.mu.Unlock()
	return f.st.Put(store.KindJob, id, rec)
}

func (f *Factory) view(id string, losses bool) (api.JobView, uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, ok := f.jobs[id]
	if !ok {
		return api.JobView{}, 0, fmt.Errorf("job %.80q: %w", id, store.ErrNotFound)
	}
	v := s.rec.JobView
	if losses {
		v.Losses = append([]float64{}, s.rec.Losses...)
	} else {
		v.Losses = nil
	}
	return v, s.ver, nil
}

// Jobs lists the jobs, newest first, without their losses.
func (f *Factory) Jobs(ctx context.Context) ([]api.JobView, error) {
	f.mu.Lock()
	ids := make([]string, 0, len(f.jobs))
	for id := range f.jobs {
		ids = append(ids, id)
	}
	f.mu.Unlock()
	sort.Sort(sort.Reverse(sort.StringSlice(ids)))
	out := make([]api.JobView, 0, len(ids))
	for _, id := range ids {
		v, _, err := f.view(id, false)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// Job returns job id with all its losses and its version.
func (f *Factory) Job(ctx context.Context, id string) (api.JobView, uint64, error) {
	return f.view(id, true)
}

// WaitJob waits for job id to change past version.
func (f *Factory) WaitJob(ctx context.Context, id string, version uint64) (api.JobView, uint64, error) {
	for {
		f.mu.Lock()
		s, ok := f.jobs[id]
		ch := f.changed
		newer := ok && s.ver > version
		f.mu.Unlock()
		if !ok || newer {
			return f.view(id, true)
		}
		select {
		case <-ctx.Done():
			return api.JobView{}, 0, ctx.Err()
		case <-ch:
		}
	}
}

// withDefaults fills in the request's defaults (api.CreateJobRequest).
func withDefaults(req api.CreateJobRequest) api.CreateJobRequest {
	if req.Rank == 0 {
		req.Rank = 8
	}
	if req.Alpha == 0 {
		req.Alpha = 2 * float64(req.Rank)
	}
	if req.Targets == "" {
		req.Targets = "attn,mlp"
	}
	if req.Steps == 0 {
		req.Steps = 100
	}
	if req.LR == 0 {
		req.LR = 1e-2
	}
	if req.BatchSize == 0 {
		req.BatchSize = 4
	}
	if req.Seed == 0 {
		req.Seed = 1
	}
	return req
}

// options turns a request (with its defaults) into node.Finetune's options:
// gradients.DefaultTrainConfig with the request's steps, lr, batch, sequence length
// and seed, warm-up min(10, steps/10) and a checkpoint every min(50, max(1,
// steps/10)) steps.
func options(req api.CreateJobRequest) (gradients.AdapterOptions, error) {
	ts, err := inference.ParseTargets(req.Targets)
	if err != nil {
		return gradients.AdapterOptions{}, err
	}
	tc := gradients.DefaultTrainConfig()
	tc.Steps, tc.LR, tc.BatchSize, tc.SeqLen, tc.Seed = req.Steps, req.LR, req.BatchSize, req.SeqLen, req.Seed
	tc.Warmup = min(10, req.Steps/10)
	tc.CheckpointEvery = min(50, max(1, req.Steps/10))
	return gradients.AdapterOptions{Name: req.Adapter, Base: req.Base, Datanets: req.Datanets,
		Lora: inference.LoraConfig{Rank: req.Rank, Alpha: req.Alpha, Targets: ts}, Train: tc}, nil
}

// check refuses, before a job starts, what node.Finetune would refuse at once: an
// unknown base model, settings out of range for it, unknown or empty datanets.
func (f *Factory) check(req api.CreateJobRequest) (gradients.AdapterOptions, error) {
	bad := func(err error) error { return fmt.Errorf("%v: %w", err, server.ErrBadRequest) }
	o, err := options(req)
	if err != nil {
		return o, bad(err)
	}
	name := req.Base
	if name == "" {
		if name, err = inference.CurrentModel(f.st); err != nil {
			return o, fmt.Errorf("no base model to fine-tune (train one: poa train base, or poa demo): %w", server.ErrNotReady)
		}
	}
	var m inference.ModelRecord
	if err := f.st.Get(store.KindModel, name, &m); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return o, bad(fmt.Errorf("base model %q does not exist", name))
		}
		return o, err
	}
	if err := o.Lora.Validate(m.Config); err != nil {
		return o, bad(err)
	}
	if err := o.Train.ValidateFor(m.Config); err != nil {
		return o, bad(err)
	}
	for _, d := range req.Datanets {
		dn, err := f.st.Datanet(d)
		if errors.Is(err, store.ErrNotFound) {
			return o, bad(fmt.Errorf("datanet %q does not exist", d))
		}
		if err != nil {
			return o, err
		}
		if dn.Points == 0 {
			return o, bad(fmt.Errorf("datanet %q has no points: import data first", d))
		}
	}
	return o, nil
}

// CreateJob validates req and starts its job.
func (f *Factory) CreateJob(ctx context.Context, req api.CreateJobRequest) (api.JobView, error) {
	req = withDefaults(req)
	if _, err := f.check(req); err != nil {
		return api.JobView{}, err
	}
	var existing inference.AdapterRecord
	if err := f.st.Get(store.KindAdapter, req.Adapter, &existing); err == nil {
		return api.JobView{}, fmt.Errorf("adapter %q: %w (choose another name)", req.Adapter, store.ErrExists)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.running != nil {
		return api.JobView{}, fmt.Errorf("%w: job %s (cancel it or wait; one job runs at a time)", server.ErrJobBusy, f.running.id)
	}
	n, err := f.st.NextSeq("job")
	if err != nil {
		return api.JobView{}, err
	}
	id := fmt.Sprintf("job-%06d", n)
	now := time.Now().UTC()
	f.jobs[id] = &jobState{rec: jobRecord{JobView: api.JobView{ID: id, Object: "fine_tune_job", Request: req, Steps: req.Steps,
		Losses: []float64{}, Created: now, Updated: now}}}
	v := f.startLocked(id)
	return v, nil
}

// ResumeJob restarts a cancelled, interrupted or failed job.
func (f *Factory) ResumeJob(ctx context.Context, id string) (api.JobView, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, ok := f.jobs[id]
	switch {
	case !ok:
		return api.JobView{}, fmt.Errorf("job %.80q: %w", id, store.ErrNotFound)
	case s.rec.Status == api.JobRunning || s.rec.Status == api.JobDone:
		return api.JobView{}, fmt.Errorf("%w: job %s is %s (resume takes a cancelled, interrupted or failed job)", server.ErrJobState, id, s.rec.Status)
	case f.running != nil:
		return api.JobView{}, fmt.Errorf("%w: job %s (cancel it or wait; one job runs at a time)", server.ErrJobBusy, f.running.id)
	}
	return f.startLocked(id), nil
}

// CancelJob stops the running job id; it writes a checkpoint and is cancelled.
func (f *Factory) CancelJob(ctx context.Context, id string) (api.JobView, error) {
	f.mu.Lock()
	s, ok := f.jobs[id]
	if !ok {
		f.mu.Unlock()
		return api.JobView{}, fmt.Errorf("job %.80q: %w", id, store.ErrNotFound)
	}
	if f.running == nil || f.running.id != id {
		f.mu.Unlock()
		return api.JobView{}, fmt.Errorf("%w: job %s is %s, not running", server.ErrJobState, id, s.rec.Status)
	}
	f.running.cancel(errCancelled)
	f.mu.Unlock()
	// The job stops after its current step: wait for it (bounded by the request).
	for ver := uint64(0); ; {
		v, nv, err := f.WaitJob(ctx, id, ver)
		if err != nil || v.Terminal() {
			return v, err
		}
		ver = nv
	}
}

// startLocked marks job id running and starts its goroutine; f.mu is held.
func (f *Factory) startLocked(id string) api.JobView {
	s := f.jobs[id]
	s.rec.Status, s.rec.Phase, s.rec.Error, s.rec.Finished = api.JobRunning, api.JobPhaseTrain, "", time.Time{}
	s.rec.TokensPerSec, s.rec.ETASeconds, s.rec.PhaseDone, s.rec.PhaseTotal = 0, 0, 0, 0
	s.rec.Updated = time.Now().UTC()
	f.ver++
	s.ver = f.ver
	close(f.changed)
	f.changed = make(chan struct{})
	ctx, cancel := context.WithCancelCause(f.base)
	f.running = &jobRun{id: id, cancel: cancel}
	rec := s.rec
	f.wg.Add(1)
	go f.run(ctx, id, rec)
	v := s.rec.JobView
	v.Losses = append([]float64{}, s.rec.Losses...)
	return v
}

// run executes job id and files its outcome.
func (f *Factory) run(ctx context.Context, id string, rec jobRecord) {
	defer f.wg.Done()
	if err := f.save(id); err != nil {
		f.log.Error("job record not saved", "job", id, "err", err)
	}
	ad, err := f.finetune(ctx, id, rec)
	f.update(id, true, func(r *jobRecord) { // under f.mu: the job stops running as its status says so
		if f.running != nil && f.running.id == id {
			f.running = nil
		}
		r.TokensPerSec, r.ETASeconds = 0, 0
		r.Finished = time.Now().UTC()
		switch cause := context.Cause(ctx); {
		case err == nil:
			r.Status, r.Phase, r.Error = api.JobDone, api.JobPhaseDone, ""
			if h := ad.HeldOut; h != nil {
				loss, base := h.Loss, h.BaseLoss
				r.HeldOut, r.BaseHeldOut, r.HeldOutDocs, r.HeldOutTokens = &loss, &base, h.Docs, h.Tokens
			}
			r.AdapterSHA256 = ad.SHA256
		case ctx.Err() != nil && errors.Is(cause, errCancelled):
			r.Status, r.Error = api.JobCancelled, "cancelled at step "+fmt.Sprint(r.Step)+": resume continues from the last checkpoint"
		case ctx.Err() != nil:
			r.Status, r.Error = api.JobInterrupted, "interrupted ("+cause.Error()+"): resume it to continue from its last checkpoint"
		default:
			r.Status, r.Error = api.JobFailed, err.Error()
		}
	})
	if err != nil && ctx.Err() == nil {
		f.log.Warn("fine-tune job failed", "job", id, "err", err)
	}
}

// finetune trains the job's adapter with gradients.TrainAdapter (the trainer of
// `poa train adapter`: its checkpoint in the adapter's folder, resumed when the
// base weights, data and settings match, else training starts fresh; the held-out
// loss in the record) and prepares it for attribution (node.FinishAdapter).
func (f *Factory) finetune(ctx context.Context, id string, rec jobRecord) (inference.AdapterRecord, error) {
	ao, err := f.check(rec.Request)
	if err != nil {
		return inference.AdapterRecord{}, err
	}
	first := -1 // step the run started from
	ev := &node.Events{
		Step: func(name string) {
			f.update(id, true, func(r *jobRecord) { r.Phase, r.PhaseDone, r.PhaseTotal = name, 0, 0 })
		},
		Progress: func(_, _ string, done, total int) {
			f.update(id, false, func(r *jobRecord) { r.PhaseDone, r.PhaseTotal = done, total })
		},
	}
	progress := func(p gradients.Progress) {
		f.update(id, false, func(r *jobRecord) {
			if first < 0 {
				first = p.Step - 1
				r.Losses = r.Losses[:min(len(r.Losses), first)]
			}
			r.Step, r.Steps, r.Loss = p.Step, p.Steps, p.Loss
			r.Losses = append(r.Losses, p.Loss)
			if sec := p.Elapsed.Seconds(); sec > 0 {
				r.TokensPerSec = float64(p.Tokens) / sec
				r.ETASeconds = sec / float64(p.Step-first) * float64(p.Steps-p.Step)
			}
		})
	}
	ad, _, err := gradients.TrainAdapter(ctx, f.st, ao, progress)
	if err != nil {
		return ad, err
	}
	f.update(id, true, func(r *jobRecord) {
		r.TrainDocs = ad.Docs
		if r.Step < ad.Steps { // resumed from a finished checkpoint: no step ran
			r.Step = ad.Steps
		}
	})
	return ad, node.FinishAdapter(ctx, f.st, ad, ev)
}

// FactoryEngine is a server.StoreEngine with a Factory: poa serve's engine. Its
// completions go through the StoreEngine's Completer when set; else, once the store
// holds an adapter, through a resident engine over the store (so that an adapter
// the factory trains is served without a restart); before that they answer as the
// StoreEngine does (503 not_ready).
type FactoryEngine struct {
	*server.StoreEngine
	*Factory
	complete server.CompleteFunc
}

// NewFactoryEngine returns eng with f's jobs; o configures the fallback completer.
func NewFactoryEngine(eng *server.StoreEngine, st *store.Store, f *Factory, o Options) *FactoryEngine {
	return &FactoryEngine{StoreEngine: eng, Factory: f, complete: Completer(st, o)}
}

// fallback reports whether completions go through the resident fallback.
func (e *FactoryEngine) fallback(ctx context.Context) bool {
	if e.StoreEngine.Completer != nil {
		return false
	}
	ads, err := e.StoreEngine.Adapters(ctx)
	return err == nil && len(ads) > 0
}

// Complete answers a completion (see FactoryEngine).
func (e *FactoryEngine) Complete(ctx context.Context, req api.CompletionRequest) (server.Completion, error) {
	if e.fallback(ctx) {
		return e.complete(ctx, req)
	}
	return e.StoreEngine.Complete(ctx, req)
}

// Ready is the StoreEngine's readiness with jobs, and completions once they can
// be answered.
func (e *FactoryEngine) Ready() map[string]bool {
	r := e.StoreEngine.Ready()
	r["jobs"] = true
	r["completions"] = r["completions"] || e.fallback(context.Background())
	return r
}

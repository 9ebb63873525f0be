package server

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"poa/api"
	"poa/apikey"
	"poa/client"
	"poa/store"
)

// fakeJobs is a JobRunner whose one job "job-1" goes through scripted states:
// each WaitJob returns the next one.
type fakeJobs struct {
	*StoreEngine
	mu      sync.Mutex
	states  []api.JobView
	created []api.CreateJobRequest
	err     error // returned by CreateJob, CancelJob and ResumeJob when set
}

func (f *fakeJobs) CreateJob(ctx context.Context, req api.CreateJobRequest) (api.JobView, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return api.JobView{}, f.err
	}
	f.created = append(f.created, req)
	return api.JobView{ID: "job-1", Status: api.JobRunning, Request: req}, nil
}

func (f *fakeJobs) Jobs(ctx context.Context) ([]api.JobView, error) {
	return []api.JobView{f.states[len(f.states)-1]}, nil
}

func (f *fakeJobs) Job(ctx context.Context, id string) (api.JobView, uint64, error) {
	return f.WaitJob(ctx, id, 0)
}

func (f *fakeJobs) WaitJob(ctx context.Context, id string, version uint64) (api.JobView, uint64, error) {
	if id != "job-1" {
		return api.JobView{}, 0, fmt.Errorf("job %q: %w", id, store.ErrNotFound)
	}
	i := min(int(version), len(f.states)-1)
	v := f.states[i]
	v.Losses = append([]float64(nil), v.Losses...)
	return v, uint64(i + 1), nil
}

func (f *fakeJobs) CancelJob(ctx context.Context, id string) (api.JobView, error) {
	if f.err != nil {
		return api.JobView{}, f.err
	}
	return api.JobView{ID: id, Status: api.JobCancelled}, nil
}

func (f *fakeJobs) ResumeJob(ctx context.Context, id string) (api.JobView, error) {
	if f.err != nil {
		return api.JobView{}, f.err
	}
	return api.JobView{ID: id, Status: api.JobRunning}, nil
}

// TestJobEndpoints checks the job endpoints' HTTP contract over a scripted
// runner: validation (400 with the field), the sentinels (409 job_busy, 409
// job_state, 404), the admin key, 503 without a runner, and the event stream's
// loss deltas (the real runner is tested in server/lmengine).
func TestJobEndpoints(t *testing.T) {
	n := newNode(t, Config{})
	code, raw := n.do(t, "GET", "/v1/jobs", nil, nil)
	wantError(t, code, raw, http.StatusServiceUnavailable, api.CodeNotReady, "no fine-tune jobs")

	states := []api.JobView{
		{ID: "job-1", Status: api.JobRunning, Phase: api.JobPhaseTrain, Step: 2, Steps: 5, Losses: []float64{5, 4.5}},
		{ID: "job-1", Status: api.JobRunning, Phase: api.JobPhaseTrain, Step: 4, Steps: 5, Losses: []float64{5, 4.5, 4.2, 4}},
		{ID: "job-1", Status: api.JobDone, Phase: api.JobPhaseDone, Step: 5, Steps: 5, Losses: []float64{5, 4.5, 4.2, 4, 3.9}},
	}
	fj := &fakeJobs{StoreEngine: n.eng, states: states}
	keys, key := testKeyring(t, apikey.ScopeAdmin)
	ts := httptest.NewServer(New(fj, Config{Keys: keys, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}).Handler())
	defer ts.Close()
	c, err := client.New(ts.URL, client.WithAPIKey(key))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	ok := api.CreateJobRequest{Adapter: "a1", Datanets: []string{"devil"}}
	for _, tc := range []struct {
		name  string
		req   api.CreateJobRequest
		param string
	}{
		{"adapter=empty", api.CreateJobRequest{Datanets: []string{"devil"}}, "adapter"},
		{"adapter=upper", api.CreateJobRequest{Adapter: "A", Datanets: []string{"devil"}}, "adapter"},
		{"datanets=none", api.CreateJobRequest{Adapter: "a1"}, "datanets"},
		{"datanets=bad-name", api.CreateJobRequest{Adapter: "a1", Datanets: []string{"../x"}}, "datanets"},
		{"rank=negative", api.CreateJobRequest{Adapter: "a1", Datanets: []string{"devil"}, Rank: -1}, "rank"},
		{"steps=over", api.CreateJobRequest{Adapter: "a1", Datanets: []string{"devil"}, Steps: api.MaxJobSteps + 1}, "steps"},
		{"lr=over", api.CreateJobRequest{Adapter: "a1", Datanets: []string{"devil"}, LR: 1.5}, "lr"},
		{"alpha=negative", api.CreateJobRequest{Adapter: "a1", Datanets: []string{"devil"}, Alpha: -1}, "alpha"},
		{"batch_size=over", api.CreateJobRequest{Adapter: "a1", Datanets: []string{"devil"}, BatchSize: 5000}, "batch_size"},
		{"seq_len=negative", api.CreateJobRequest{Adapter: "a1", Datanets: []string{"devil"}, SeqLen: -1}, "seq_len"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := c.CreateJob(ctx, tc.req)
			e, isAPI := err.(*api.Error)
			if !isAPI || e.Code != api.CodeBadRequest || e.Param != tc.param {
				t.Fatalf("CreateJob(%+v): %v, want bad_request on %s", tc.req, err, tc.param)
			}
		})
	}
	if len(fj.created) != 0 {
		t.Fatalf("invalid requests reached the runner: %+v", fj.created)
	}
	resp, err := ts.Client().Post(ts.URL+"/v1/jobs", "application/json", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("POST /v1/jobs without a key: %d, want 401", resp.StatusCode)
	}
	if v, err := c.CreateJob(ctx, ok); err != nil || v.ID != "job-1" || len(fj.created) != 1 {
		t.Fatalf("CreateJob: %+v, %v", v, err)
	}
	for _, tc := range []struct {
		err  error
		code string
	}{
		{fmt.Errorf("%w: job-1", ErrJobBusy), api.CodeJobBusy},
		{fmt.Errorf("%w: job-1 is done", ErrJobState), api.CodeJobState},
		{fmt.Errorf("adapter a1: %w", store.ErrExists), api.CodeExists},
		{fmt.Errorf("no datanet: %w", ErrBadRequest), api.CodeBadRequest},
	} {
		fj.err = tc.err
		if _, err := c.CreateJob(ctx, ok); !client.IsCode(err, tc.code) {
			t.Errorf("CreateJob with runner error %v: %v, want %s", tc.err, err, tc.code)
		}
		if tc.code == api.CodeJobState {
			if _, err := c.CancelJob(ctx, "job-1"); !client.IsCode(err, tc.code) {
				t.Errorf("CancelJob: %v, want %s", err, tc.code)
			}
			if _, err := c.ResumeJob(ctx, "job-1"); !client.IsCode(err, tc.code) {
				t.Errorf("ResumeJob: %v, want %s", err, tc.code)
			}
		}
	}
	fj.err = nil
	if v, err := c.CancelJob(ctx, "job-1"); err != nil || v.Status != api.JobCancelled {
		t.Fatalf("CancelJob: %+v, %v", v, err)
	}
	if _, err := c.Job(ctx, "job-2"); !client.IsCode(err, api.CodeNotFound) {
		t.Fatalf("unknown job: %v, want not_found", err)
	}
	if _, err := c.WatchJob(ctx, "job-2", func(api.JobView) error { return nil }); !client.IsCode(err, api.CodeNotFound) {
		t.Fatalf("events of an unknown job: %v, want not_found", err)
	}
	// The stream sends all losses first, then only the new ones, and ends at done.
	var got []float64
	var froms []int
	last, err := c.WatchJob(ctx, "job-1", func(v api.JobView) error {
		froms = append(froms, v.LossesFrom)
		got = append(got, v.Losses...)
		return nil
	})
	if err != nil || last.Status != api.JobDone {
		t.Fatalf("WatchJob: %+v, %v", last, err)
	}
	if fmt.Sprint(got) != fmt.Sprint(states[2].Losses) || fmt.Sprint(froms) != "[0 2 4]" {
		t.Fatalf("streamed losses %v from %v, want %v from [0 2 4]", got, froms, states[2].Losses)
	}
}

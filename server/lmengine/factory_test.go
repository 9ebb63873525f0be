package lmengine_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"poa/api"
	"poa/apikey"
	"poa/client"
	"poa/datanet"
	"poa/gradients"
	"poa/inference"
	"poa/influence/lm"
	"poa/server"
	"poa/server/lmengine"
	"poa/store"
)

// factoryStore returns a store holding the bundled datanets and a tiny base model
// trained for a few steps on one of them: what ModelFactory fine-tunes over.
func factoryStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(store.DefaultOptions(t.TempDir()).WithSyncWrites(false))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	if _, err := datanet.ImportBundled(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	cfg, err := inference.NamedConfig("tiny")
	if err != nil {
		t.Fatal(err)
	}
	tc := gradients.DefaultTrainConfig()
	tc.Steps, tc.CheckpointEvery = 20, 0
	if _, _, err := gradients.TrainBase(ctx, st, gradients.BaseOptions{Name: "base-tiny", Datanets: []string{"devil"}, Config: cfg, Train: tc}, nil); err != nil {
		t.Fatal(err)
	}
	return st
}

// factoryNode serves st with a Factory; it returns an admin client and the
// factory (to close, simulating a stop).
type factoryNode struct {
	c   *client.Client
	fac *lmengine.Factory
	url string
	key string
}

func serveFactory(t *testing.T, st *store.Store, keys apikey.File) factoryNode {
	t.Helper()
	_, tok, err := keys.Create(apikey.Options{Name: fmt.Sprint("admin-", time.Now().UnixNano()), Scope: apikey.ScopeAdmin})
	if err != nil {
		t.Fatal(err)
	}
	ring, err := apikey.NewRing(keys, nil)
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	fac, err := lmengine.NewFactory(context.Background(), st, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fac.Close() })
	eng := lmengine.NewFactoryEngine(server.NewStoreEngine(st), st, fac, lmengine.Options{Fee: "1000"})
	ts := httptest.NewServer(server.New(eng, server.Config{Logger: log, Keys: ring}).Handler())
	t.Cleanup(ts.Close)
	c, err := client.New(ts.URL, client.WithAPIKey(tok))
	if err != nil {
		t.Fatal(err)
	}
	return factoryNode{c: c, fac: fac, url: ts.URL, key: tok}
}

// notes returns n jsonl points of a small dictionary.
func notes(n int) []byte {
	words := []string{"lantern", "harbor", "meadow", "thimble", "quarry", "saddle", "orchard", "kettle", "anvil", "beacon"}
	var b strings.Builder
	for i := range n {
		w := words[i%len(words)]
		fmt.Fprintf(&b, `{"text": "%s, n. %d. A thing of the %s that the %s keeps for the %s."}`+"\n", strings.ToUpper(w), i, words[(i+3)%10], words[(i+5)%10], words[(i+7)%10])
	}
	return []byte(b.String())
}

const contributor = "0x00000000000000000000000000000000000000c1"

func waitDone(t *testing.T, c *client.Client, id string) api.JobView {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var losses []float64
	v, err := c.WatchJob(ctx, id, func(v api.JobView) error {
		if v.LossesFrom != len(losses) {
			return fmt.Errorf("event losses from %d, %d received", v.LossesFrom, len(losses))
		}
		losses = append(losses, v.Losses...)
		return nil
	})
	if err != nil {
		t.Fatalf("watch %s: %v", id, err)
	}
	if len(losses) != v.Step {
		t.Fatalf("job %s: %d losses streamed for %d steps", id, len(losses), v.Step)
	}
	return v
}

// TestFactoryJobs runs ModelFactory jobs through the API on the real trainer: bad
// requests, one job at a time (409), cancel and resume, a job interrupted by a
// stop and resumed by the next node, the result (held-out loss, adapter, sketches,
// commitment) and a completion with attribution through the new adapter.
func TestFactoryJobs(t *testing.T) {
	st := factoryStore(t)
	keys := apikey.In(t.TempDir())
	n := serveFactory(t, st, keys)
	ctx := context.Background()
	c := n.c
	if _, err := c.CreateDatanet(ctx, api.CreateDatanetRequest{Name: "notes", License: "CC0-1.0"}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.ImportDatanet(ctx, "notes", api.DatanetImport{Filename: "notes.jsonl", Contributor: contributor, Data: notes(100)}); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name  string
		req   api.CreateJobRequest
		param string
	}{
		{"name=bad", api.CreateJobRequest{Adapter: "Bad Name", Datanets: []string{"notes"}}, "adapter"},
		{"datanets=none", api.CreateJobRequest{Adapter: "a1"}, "datanets"},
		{"steps=over", api.CreateJobRequest{Adapter: "a1", Datanets: []string{"notes"}, Steps: api.MaxJobSteps + 1}, "steps"},
		{"lr=over", api.CreateJobRequest{Adapter: "a1", Datanets: []string{"notes"}, LR: 2}, "lr"},
		{"datanet=unknown", api.CreateJobRequest{Adapter: "a1", Datanets: []string{"nope"}}, ""},
		{"targets=unknown", api.CreateJobRequest{Adapter: "a1", Datanets: []string{"notes"}, Targets: "lm_head"}, ""},
		{"rank=wider-than-model", api.CreateJobRequest{Adapter: "a1", Datanets: []string{"notes"}, Rank: 1000}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := c.CreateJob(ctx, tc.req)
			var e *api.Error
			if !client.IsCode(err, api.CodeBadRequest) || !asAPI(err, &e) || e.Param != tc.param {
				t.Fatalf("CreateJob(%+v): %v, want bad_request on %q", tc.req, err, tc.param)
			}
		})
	}
	if _, err := c.CreateJob(ctx, api.CreateJobRequest{Adapter: "devil", Datanets: []string{"notes"}}); err != nil {
		// devil is not an adapter in this store (only a datanet): allowed.
		t.Fatalf("job named like a datanet: %v", err)
	}
	// One job at a time.
	if _, err := c.CreateJob(ctx, api.CreateJobRequest{Adapter: "other", Datanets: []string{"notes"}}); !client.IsCode(err, api.CodeJobBusy) {
		t.Fatalf("second job while one runs: %v, want job_busy", err)
	}
	jobs, err := c.Jobs(ctx)
	if err != nil || len(jobs) != 1 {
		t.Fatalf("jobs %+v, %v", jobs, err)
	}
	v, err := c.CancelJob(ctx, jobs[0].ID)
	if err != nil || v.Status != api.JobCancelled {
		t.Fatalf("cancel: %+v, %v", v, err)
	}
	if _, err := c.CancelJob(ctx, v.ID); !client.IsCode(err, api.CodeJobState) {
		t.Fatalf("cancelling a cancelled job: %v, want job_state", err)
	}
	if _, err := c.Job(ctx, "job-999999"); !client.IsCode(err, api.CodeNotFound) {
		t.Fatalf("unknown job: %v, want not_found", err)
	}
	// Without the admin key, state-changing job endpoints are refused.
	anon, _ := client.New(n.url)
	if _, err := anon.CreateJob(ctx, api.CreateJobRequest{Adapter: "x", Datanets: []string{"notes"}}); !client.IsCode(err, server.CodeInvalidAPIKey) {
		t.Fatalf("anonymous CreateJob: %v, want 401", err)
	}

	// The reference: an uninterrupted job.
	const steps = 200
	req := api.CreateJobRequest{Adapter: "notes-ref", Datanets: []string{"notes"}, Steps: steps, Rank: 4, SeqLen: 32}
	ref, err := c.CreateJob(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	ref = waitDone(t, c, ref.ID)
	held := 0 // the documents training keeps out (gradients.HeldOut)
	if err := st.Points("notes", func(p store.DataPoint) error {
		if gradients.HeldOut(p.Text) {
			held++
		}
		return nil
	}); err != nil || held == 0 {
		t.Fatalf("notes: %d held-out documents (want some: change the data), %v", held, err)
	}
	if ref.Status != api.JobDone || ref.Step != steps || ref.HeldOut == nil || ref.BaseHeldOut == nil || ref.HeldOutDocs != held || ref.TrainDocs != 100-held {
		t.Fatalf("reference job (want %d held-out documents): %+v", held, ref)
	}
	if *ref.HeldOut >= *ref.BaseHeldOut {
		t.Errorf("held-out loss %.4f not below the base model's %.4f", *ref.HeldOut, *ref.BaseHeldOut)
	}
	refFull, err := c.Job(ctx, ref.ID)
	if err != nil || len(refFull.Losses) != steps {
		t.Fatalf("reference losses %v, %v", refFull.Losses, err)
	}

	// The same settings under another name, stopped mid-run by the node's stop,
	// then resumed by a new node over the same store: same losses, bit for bit.
	req.Adapter = "notes"
	j, err := c.CreateJob(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	_, err = c.WatchJob(wctx, j.ID, func(v api.JobView) error {
		if v.LossesFrom+len(v.Losses) >= 2 {
			return errStop
		}
		return nil
	})
	cancel()
	if err != errStop {
		t.Fatalf("watch: %v", err)
	}
	n.fac.Close() // the node stops: the job writes a checkpoint and is interrupted
	var rec struct {
		api.JobView
	}
	if err := st.Get(store.KindJob, j.ID, &rec); err != nil || rec.Status != api.JobInterrupted || rec.Step >= steps {
		t.Fatalf("stored job after stop: %+v, %v", rec.JobView, err)
	}
	// A crash leaves the record "running", with losses of steps after the last
	// checkpoint: the next node marks it interrupted, and the resumed run replaces
	// those steps' losses.
	rec.Status = api.JobRunning
	rec.Losses = append(rec.Losses, 99, 99, 99)
	rec.Step += 3
	if err := st.Put(store.KindJob, j.ID, rec); err != nil {
		t.Fatal(err)
	}
	n2 := serveFactory(t, st, keys)
	got, err := n2.c.Job(ctx, j.ID)
	if err != nil || got.Status != api.JobInterrupted {
		t.Fatalf("after restart: %+v, %v", got, err)
	}
	if _, err := n2.c.ResumeJob(ctx, j.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := n2.c.ResumeJob(ctx, j.ID); !client.IsCode(err, api.CodeJobState) {
		t.Fatalf("resuming a running job: %v, want job_state", err)
	}
	done := waitDone(t, n2.c, j.ID)
	full, err := n2.c.Job(ctx, j.ID)
	if err != nil || done.Status != api.JobDone || len(full.Losses) != steps {
		t.Fatalf("resumed job: %+v (%d losses), %v", done, len(full.Losses), err)
	}
	for i := range full.Losses {
		if full.Losses[i] != refFull.Losses[i] {
			t.Fatalf("step %d: resumed run's loss %v, uninterrupted run's %v", i+1, full.Losses[i], refFull.Losses[i])
		}
	}
	if *done.HeldOut != *ref.HeldOut {
		t.Errorf("held-out loss %v after resume, %v uninterrupted", *done.HeldOut, *ref.HeldOut)
	}
	if _, err := n2.c.ResumeJob(ctx, j.ID); !client.IsCode(err, api.CodeJobState) {
		t.Fatalf("resuming a done job: %v, want job_state", err)
	}
	// The adapter is ready for attribution: record, sketches, commitment.
	var ad inference.AdapterRecord
	if err := st.Get(store.KindAdapter, "notes", &ad); err != nil || ad.SHA256 != done.AdapterSHA256 {
		t.Fatalf("adapter record %+v, %v", ad, err)
	}
	raw, _ := lm.SketchNames("notes")
	var sk store.SketchMeta
	if err := st.Get(store.KindSketch, raw, &sk); err != nil {
		t.Fatalf("sketches: %v", err)
	}
	if _, err := n2.c.CreateJob(ctx, api.CreateJobRequest{Adapter: "notes", Datanets: []string{"notes"}}); !client.IsCode(err, api.CodeExists) {
		t.Fatalf("job for an existing adapter: %v, want already_exists", err)
	}
	// Served at once, with attribution to the imported points.
	resp, err := n2.c.Complete(ctx, api.CompletionRequest{Model: "notes", Prompt: "LANTERN, n.", MaxTokens: 6, Temperature: greedy})
	if err != nil {
		t.Fatal(err)
	}
	at := resp.Attribution
	if len(at.Tokens) == 0 || len(at.Sources) == 0 {
		t.Fatalf("completion through the new adapter has no attribution: %+v", at)
	}
	for _, s := range at.Sources {
		if s.Datanet != "notes" {
			t.Errorf("source %s from datanet %s, want notes", s.ID, s.Datanet)
		}
	}
}

var errStop = fmt.Errorf("stop watching")

func asAPI(err error, e **api.Error) bool {
	x, ok := err.(*api.Error)
	if ok {
		*e = x
	}
	return ok
}

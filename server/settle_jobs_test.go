package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"poa/api"
	"poa/settlement"
	"poa/store"
)

// openEpoch files the open epoch's tally as settlement.File would.
func openEpoch(t testing.TB, st *store.Store, epoch uint64, records int, fee string) {
	t.Helper()
	if err := st.Put(store.KindConfig, "epoch", settlement.Open{Epoch: epoch, Records: records, Fee: fee}); err != nil {
		t.Fatal(err)
	}
}

// settleJob reads settle job id through the API.
func (n *node) settleJob(t testing.TB, id string) api.SettleJobView {
	t.Helper()
	var v api.SettleJobView
	if code, raw := n.do(t, "GET", "/v1/settle-jobs/"+id, nil, &v); code != 200 {
		t.Fatalf("GET settle job %s: %d %s", id, code, raw)
	}
	return v
}

// waitJob polls settle job id until ok says so (a minute at most: a hang, not a
// timing check).
func (n *node) waitJob(t testing.TB, id string, ok func(api.SettleJobView) bool) api.SettleJobView {
	t.Helper()
	for end := time.Now().Add(time.Minute); ; {
		v := n.settleJob(t, id)
		if ok(v) {
			return v
		}
		if time.Now().After(end) {
			t.Fatalf("settle job %s never got there: %+v", id, v)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// startSettle posts a settle and checks the 202 and its Location.
func (n *node) startSettle(t testing.TB, body string) api.SettleJobView {
	t.Helper()
	resp, raw := n.send(t, "POST", "/v1/epochs/close", body, "Bearer "+n.key)
	if resp.StatusCode != 202 {
		t.Fatalf("settle: %d %s, want 202", resp.StatusCode, raw)
	}
	var v api.SettleJobView
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	if loc := resp.Header.Get("Location"); loc != "/v1/settle-jobs/"+v.ID || v.Object != "settle_job" || v.Status != api.JobRunning {
		t.Fatalf("settle answered %s (Location %q)", raw, loc)
	}
	return v
}

// TestSettleJob: settle: true answers 202 at once with a job, the job reports the
// closer's phases as they happen, a second settle while it runs is 409 job_busy
// naming it, and the done job holds the stored epoch's view (and feeds the metrics).
func TestSettleJob(t *testing.T) {
	n := newNode(t, Config{RequestTimeout: time.Second}) // the job is not bound by it
	openEpoch(t, n.st, 3, 2, "1000")
	release := make(chan struct{})
	var got api.CloseEpochRequest
	n.eng.EpochCloser = func(ctx context.Context, req api.CloseEpochRequest) (uint64, error) {
		got = req
		ReportSettle(ctx, SettleStep{Phase: api.SettlePhaseKeys, Done: 0, Total: 1, Detail: "waiting for keys"})
		ReportSettle(ctx, SettleStep{Phase: api.SettlePhaseClosing, Detail: "close epoch"})
		ReportSettle(ctx, SettleStep{Phase: api.SettlePhaseProvingSplit, Detail: "prove the reward split of epoch 3"})
		ReportSettle(ctx, SettleStep{Phase: api.SettlePhaseAttesting, Detail: "attest the scores of epoch 3's 2 records"})
		ReportSettle(ctx, SettleStep{Phase: api.SettlePhaseAttesting, Record: "r1", Done: 0, Total: 2})
		ReportSettle(ctx, SettleStep{Detail: "prove record r1"})
		ReportSettle(ctx, SettleStep{Phase: api.SettlePhaseAttesting, Record: "r2", Done: 1, Total: 2, Detail: "record r2"})
		select { // held here until the test has seen the phase and tried a second settle
		case <-release:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
		time.Sleep(2 * time.Second) // past the request timeout: the job does not care
		ReportSettle(ctx, SettleStep{Phase: api.SettlePhasePosting, Detail: "post epoch 3"})
		putEpoch(t, n.st, 3, true)
		return 3, nil
	}
	j := n.startSettle(t, `{"owner_bps":1000,"settle":true}`)
	if j.ID != "settle-000001" || j.Epoch != 3 || j.Request.OwnerBps == nil || *j.Request.OwnerBps != 1000 {
		t.Fatalf("job %+v", j)
	}
	v := n.waitJob(t, j.ID, func(v api.SettleJobView) bool { return v.Record == "r2" })
	if v.Phase != api.SettlePhaseAttesting || v.PhaseDone != 1 || v.PhaseTotal != 2 || v.Detail != "record r2" || v.Status != api.JobRunning {
		t.Fatalf("attesting job %+v", v)
	}
	// One at a time: a second settle names the running job.
	resp, raw := n.send(t, "POST", "/v1/epochs/close", `{"settle":true}`, "Bearer "+n.key)
	wantError(t, resp.StatusCode, raw, 409, api.CodeJobBusy, j.ID)
	if loc := resp.Header.Get("Location"); loc != "/v1/settle-jobs/"+j.ID {
		t.Errorf("409 Location %q", loc)
	}
	// The job's state is in the store as it runs.
	var stored api.SettleJobView
	if err := n.st.Get(KindSettleJob, j.ID, &stored); err != nil || stored.Record != "r2" || stored.Status != api.JobRunning {
		t.Fatalf("stored job %+v, %v", stored, err)
	}
	close(release)
	v = n.waitJob(t, j.ID, api.SettleJobView.Terminal)
	if v.Status != api.JobDone || v.Phase != api.SettlePhaseConfirmed || v.Error != "" || v.Result == nil || v.Finished.IsZero() {
		t.Fatalf("done job %+v", v)
	}
	// The result is the stored epoch as GET /v1/epochs/3 answers it.
	var e api.EpochView
	n.do(t, "GET", "/v1/epochs/3", nil, &e)
	a, _ := json.Marshal(e)
	b, _ := json.Marshal(v.Result)
	if string(a) != string(b) || e.Settlement == nil {
		t.Fatalf("job result %s\nGET /v1/epochs/3 %s", b, a)
	}
	if !got.Settle {
		t.Errorf("closer got %+v", got)
	}
	var list api.List[api.SettleJobView]
	if code, raw := n.do(t, "GET", "/v1/settle-jobs", nil, &list); code != 200 || len(list.Data) != 1 || list.Data[0].ID != j.ID {
		t.Fatalf("list: %d %s", code, raw)
	}
	_, m := n.do(t, "GET", "/metrics", nil, nil)
	for _, want := range []string{`poa_proofs_total{backend="groth16",verified="true"} 1`, "poa_settlement_gas_used_total 312345"} {
		if !strings.Contains(string(m), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	code, raw := n.do(t, "GET", "/v1/settle-jobs/settle-000009", nil, nil)
	wantError(t, code, raw, 404, api.CodeNotFound, "settle-000009")
}

// TestSettleJobFails: a job whose settle fails (here a record the chain refuses)
// reports the error with the failing record and frees the node for the next settle,
// which the closer finishes (the epoch stayed resumable).
func TestSettleJobFails(t *testing.T) {
	n := newNode(t, Config{})
	openEpoch(t, n.st, 3, 2, "1000")
	calls := 0
	n.eng.EpochCloser = func(ctx context.Context, req api.CloseEpochRequest) (uint64, error) {
		calls++
		if calls == 1 {
			ReportSettle(ctx, SettleStep{Phase: api.SettlePhaseAttesting, Record: "r1", Done: 0, Total: 2})
			ReportSettle(ctx, SettleStep{Phase: api.SettlePhaseAttesting, Record: "r2", Done: 1, Total: 2})
			return 3, fmt.Errorf("epoch 3 closed but not settled (the next close or settle resumes it): epoch 3: record r2: execution reverted")
		}
		putEpoch(t, n.st, 3, true)
		return 3, nil
	}
	j := n.startSettle(t, `{"settle":true}`)
	v := n.waitJob(t, j.ID, api.SettleJobView.Terminal)
	if v.Status != api.JobFailed || v.Record != "r2" || v.Phase != api.SettlePhaseAttesting || v.Code != api.CodeInternal ||
		!strings.Contains(v.Error, "record r2") || !strings.Contains(v.Error, "resumes") || v.Result != nil {
		t.Fatalf("failed job %+v", v)
	}
	// The epoch was closed: the open one is empty now, but epoch 3 is unfinished, so a
	// settle is accepted and finishes it.
	openEpoch(t, n.st, 4, 0, "0")
	putEpoch(t, n.st, 3, false)
	j2 := n.startSettle(t, `{"settle":true}`)
	if v := n.waitJob(t, j2.ID, api.SettleJobView.Terminal); v.Status != api.JobDone || v.Epoch != 3 || v.Result == nil || v.Result.Status != "confirmed" {
		t.Fatalf("resuming job %+v", v)
	}
	// Now nothing is left to settle: 409 epoch_empty at once, and no job.
	code, raw := n.do(t, "POST", "/v1/epochs/close", `{"settle":true}`, nil)
	wantError(t, code, raw, 409, api.CodeEpochEmpty, "open epoch 4", "nothing to settle")
	if jobs, _ := n.eng.SettleJobs(context.Background()); len(jobs) != 2 {
		t.Fatalf("%d jobs, want 2", len(jobs))
	}
}

// TestSettleJobInterrupted: a job running when its node stops is interrupted (the
// node stopping), and a job a crashed node left running shows as interrupted to the
// next node over the store, naming its epoch.
func TestSettleJobInterrupted(t *testing.T) {
	n := newNode(t, Config{})
	openEpoch(t, n.st, 5, 1, "7")
	started := make(chan struct{})
	n.eng.EpochCloser = func(ctx context.Context, req api.CloseEpochRequest) (uint64, error) {
		ReportSettle(ctx, SettleStep{Phase: api.SettlePhaseProvingSplit, Detail: "prove the reward split of epoch 5"})
		close(started)
		<-ctx.Done()
		return 5, fmt.Errorf("epoch 5 closed but not settled: %w", ctx.Err())
	}
	j := n.startSettle(t, `{"settle":true}`)
	<-started
	// A crash now: another node over the same store (the first one's job is still
	// "running" there) marks it interrupted.
	other := NewStoreEngine(n.st)
	v, err := other.SettleJob(context.Background(), j.ID)
	if err != nil || v.Status != api.JobInterrupted || v.Phase != api.SettlePhaseProvingSplit || !strings.Contains(v.Error, "epoch 5") {
		t.Fatalf("after a crash: %+v, %v", v, err)
	}
	var stored api.SettleJobView
	if err := n.st.Get(KindSettleJob, j.ID, &stored); err != nil || stored.Status != api.JobInterrupted {
		t.Fatalf("stored after a crash: %+v, %v", stored, err)
	}
	// A clean stop interrupts the running job.
	if !n.eng.StopSettleJobs(time.Minute) {
		t.Fatal("the job did not stop")
	}
	v = n.settleJob(t, j.ID)
	if v.Status != api.JobInterrupted || v.Code != api.CodeCanceled || !strings.Contains(v.Error, "stopping") {
		t.Fatalf("after a stop: %+v", v)
	}
	if _, err := other.StartSettle(context.Background(), api.CloseEpochRequest{Settle: true}, nil); !errors.Is(err, ErrNotReady) {
		t.Fatalf("no closer: %v, want not ready", err)
	}
}

package client_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"

	"poa/api"
	"poa/apikey"
	"poa/client"
	"poa/server"
	"poa/settlement"
	"poa/store"
)

// settleNode serves a StoreEngine whose EpochCloser is closer, over a store whose open
// epoch 2 holds a record, and returns an admin client.
func settleNode(t *testing.T, closer func(st *store.Store) server.CloseEpochFunc) *client.Client {
	t.Helper()
	st, err := store.Open(store.DefaultOptions(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Put(store.KindConfig, "epoch", settlement.Open{Epoch: 2, Records: 1, Fee: "10"}); err != nil {
		t.Fatal(err)
	}
	eng := server.NewStoreEngine(st)
	eng.EpochCloser = closer(st)
	eng.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	keys := apikey.In(t.TempDir())
	_, tok, err := keys.Create(apikey.Options{Name: "test", Scope: apikey.ScopeAdmin})
	if err != nil {
		t.Fatal(err)
	}
	ring, err := apikey.NewRing(keys, nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(server.New(eng, server.Config{Keys: ring, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}).Handler())
	t.Cleanup(ts.Close)
	c, err := client.New(ts.URL, client.WithAPIKey(tok))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestCloseEpochSettleJob: CloseEpoch with Settle starts the node's settle job and
// returns the settled epoch when it is done, or the job's error with its code.
func TestCloseEpochSettleJob(t *testing.T) {
	ctx := context.Background()
	c := settleNode(t, func(st *store.Store) server.CloseEpochFunc {
		return func(ctx context.Context, req api.CloseEpochRequest) (uint64, error) {
			server.ReportSettle(ctx, server.SettleStep{Phase: api.SettlePhaseAttesting, Record: "r1", Total: 1})
			err := st.Put(store.KindEpoch, "2", settlement.Epoch{Epoch: 2, Status: settlement.Confirmed, Fee: "10", DataFee: "8", Remainder: "8",
				FeeRule: settlement.DefaultFeeRule, Records: []string{"r1"}})
			return 2, err
		}
	})
	e, err := c.CloseEpoch(ctx, api.CloseEpochRequest{Settle: true})
	if err != nil || e.Epoch != 2 || e.Status != "confirmed" {
		t.Fatalf("settled epoch %+v, %v", e, err)
	}
	jobs, err := c.SettleJobs(ctx)
	if err != nil || len(jobs) != 1 || jobs[0].Status != api.JobDone || jobs[0].Result == nil || jobs[0].Result.Epoch != 2 {
		t.Fatalf("jobs %+v, %v", jobs, err)
	}

	failing := settleNode(t, func(*store.Store) server.CloseEpochFunc {
		return func(ctx context.Context, req api.CloseEpochRequest) (uint64, error) {
			server.ReportSettle(ctx, server.SettleStep{Phase: api.SettlePhaseAttesting, Record: "r1", Total: 1})
			return 2, errors.New("epoch 2 closed but not settled: record r1: reverted")
		}
	})
	_, err = failing.CloseEpoch(ctx, api.CloseEpochRequest{Settle: true})
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Code != api.CodeInternal || !strings.Contains(err.Error(), "record r1: reverted") || !strings.Contains(err.Error(), "failed") {
		t.Fatalf("failed settle: %v", err)
	}
	var seen []string
	j, err := failing.SettleEpoch(ctx, api.CloseEpochRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if j, err = failing.WaitSettleJob(ctx, j.ID, func(v api.SettleJobView) { seen = append(seen, v.Status) }); err != nil ||
		j.Status != api.JobFailed || j.Record != "r1" || len(seen) == 0 || seen[len(seen)-1] != api.JobFailed {
		t.Fatalf("waited job %+v (statuses %v), %v", j, seen, err)
	}
}

package client_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"poa/api"
	"poa/apikey"
	"poa/client"
	"poa/datanet"
	"poa/influence"
	"poa/server"
	"poa/store"
)

const addrA = "0x1111111111111111111111111111111111111111"

// setup serves a StoreEngine over a real store with the bundled datanets, an
// adapter record, one epoch and an in-test completer that quotes a stored point.
func setup(t *testing.T, complete server.CompleteFunc) (*client.Client, *store.Store) {
	t.Helper()
	st, err := store.Open(store.DefaultOptions(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := datanet.ImportBundled(context.Background(), st, func(s string) int { return len(strings.Fields(s)) }); err != nil {
		t.Fatal(err)
	}
	if err := st.Put(store.KindAdapter, "devil", map[string]string{"datanet": "devil"}); err != nil {
		t.Fatal(err)
	}
	if err := st.Put(store.KindEpoch, "1", map[string]any{"epoch": 1, "status": "closed", "fee": "10", "data_fee": "8",
		"contributors": []map[string]any{{"address": addrA, "score": "5", "payout": "8"}}}); err != nil {
		t.Fatal(err)
	}
	var first store.DataPoint
	if err := st.Points("devil", func(p store.DataPoint) error {
		if first.ID == "" {
			first = p
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	eng := server.NewStoreEngine(st)
	eng.Completer = complete
	if eng.Completer == nil {
		eng.Completer = func(ctx context.Context, req api.CompletionRequest) (server.Completion, error) {
			w := strings.Fields(first.Text)[0]
			at := api.Attribution{RecordID: "r1", Epoch: 2, Fee: "1",
				Tokens:       []api.TokenAttribution{{Index: 0, Text: w, End: len(w), Score: 1, Refs: []api.SourceRef{{Source: 0, Score: 1, Span: &api.Span{Start: 0, End: len(w)}}}}},
				Sources:      []api.Source{{ID: first.ID, Datanet: first.Datanet, Contributor: first.Contributor, Text: first.Text, Score: influence.ScoreScale}},
				Contributors: []api.ContributorScore{{Address: first.Contributor, Score: influence.ScoreScale}}}
			if err := st.Put(store.KindAttribution, "r1", map[string]any{"id": "r1", "epoch": 2, "fee": "1", "contributors": at.Contributors}); err != nil {
				return server.Completion{}, err
			}
			return server.Completion{Text: w, Model: "m", FinishReason: "length", PromptTokens: 2, CompletionTokens: 1, Attribution: at}, nil
		}
	}
	keys := apikey.In(t.TempDir())
	_, tok, err := keys.Create(apikey.Options{Name: "test", Scope: apikey.ScopeAdmin})
	if err != nil {
		t.Fatal(err)
	}
	ring, err := apikey.NewRing(keys, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := server.New(eng, server.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Keys: ring})
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	c, err := client.New(ts.URL+"/", client.WithAPIKey(tok))
	if err != nil {
		t.Fatal(err)
	}
	return c, st
}

// TestWithAPIKey: the key travels as a bearer token; without it (or with a wrong
// one) a state-changing call answers 401 invalid_api_key, reads stay open.
func TestWithAPIKey(t *testing.T) {
	keys := apikey.In(t.TempDir())
	_, tok, err := keys.Create(apikey.Options{Name: "test", Scope: apikey.ScopeAdmin})
	if err != nil {
		t.Fatal(err)
	}
	ring, err := apikey.NewRing(keys, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(store.DefaultOptions(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ts := httptest.NewServer(server.New(server.NewStoreEngine(st), server.Config{Logger: slog.New(slog.DiscardHandler), Keys: ring}).Handler())
	t.Cleanup(ts.Close)
	ctx := context.Background()
	for _, c := range []struct {
		key  string
		code string
	}{{"", server.CodeInvalidAPIKey}, {tok[:len(tok)-1] + "x", server.CodeInvalidAPIKey}, {tok, api.CodeNotReady}} {
		cl, err := client.New(ts.URL, client.WithAPIKey(c.key))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := cl.CloseEpoch(ctx, api.CloseEpochRequest{}); !client.IsCode(err, c.code) {
			t.Errorf("key %.8q…: close epoch: %v, want %s", c.key, err, c.code)
		}
		if _, err := cl.Datanets(ctx); err != nil {
			t.Errorf("key %.8q…: datanets: %v, want open", c.key, err)
		}
	}
}

func TestEveryEndpoint(t *testing.T) {
	c, st := setup(t, nil)
	ctx := context.Background()

	h, err := c.Health(ctx)
	if err != nil || h.Status != "ok" || !h.Ready["completions"] {
		t.Fatalf("health %+v %v", h, err)
	}
	dns, err := c.Datanets(ctx)
	want, _ := st.Datanets()
	if err != nil || len(dns) != len(want) || dns[0].Points != want[0].Points {
		t.Fatalf("datanets %+v %v", dns, err)
	}
	ads, err := c.Adapters(ctx)
	if err != nil || len(ads) != 1 || ads[0].Name != "devil" {
		t.Fatalf("adapters %+v %v", ads, err)
	}
	models, err := c.Models(ctx)
	if err != nil || len(models) != 2 || models[0].Parent != nil || models[1].ID != "devil" || models[1].Parent == nil || *models[1].Parent != models[0].ID {
		t.Fatalf("models %+v %v, want the base and devil over it", models, err)
	}
	if r, err := c.Complete(ctx, api.CompletionRequest{Prompt: "hi", Model: "devil"}); err != nil || r.Model != "devil" || r.Adapter != "devil" {
		t.Fatalf("complete with model=devil: %+v %v", r, err)
	}
	resp, err := c.Complete(ctx, api.CompletionRequest{Prompt: "hi", Adapter: "devil"})
	if err != nil || resp.Attribution == nil || resp.Attribution.RecordID != "r1" || len(resp.Attribution.Sources) != 1 || resp.Choices[0].Text == "" {
		t.Fatalf("complete %+v %v", resp, err)
	}
	av, err := c.Attribution(ctx, "r1")
	if err != nil || av.Epoch != 2 || len(av.Contributors) != 1 {
		t.Fatalf("attribution %+v %v", av, err)
	}
	cv, err := c.Contributor(ctx, datanet.DemoDevilAuthor)
	sc, _ := st.Contributor(datanet.DemoDevilAuthor)
	if err != nil || cv.Points != sc.Points || cv.Points == 0 {
		t.Fatalf("contributor %+v %v", cv, err)
	}
	ev, err := c.Epoch(ctx, 0)
	if err != nil || ev.Epoch != 1 || ev.Contributors[0].Payout != "8" {
		t.Fatalf("epoch %+v %v", ev, err)
	}
	if ev1, err := c.Epoch(ctx, 1); err != nil || ev1.Epoch != 1 {
		t.Fatalf("epoch 1 %+v %v", ev1, err)
	}
	m, err := c.Metrics(ctx)
	if err != nil || !strings.Contains(m, `poa_inferences_total{adapter="devil",outcome="ok"} 2`) {
		t.Fatalf("metrics %v:\n%.400s", err, m)
	}
}

func TestErrorsCarryServerCodes(t *testing.T) {
	c, _ := setup(t, nil)
	ctx := context.Background()
	cases := []struct {
		name   string
		call   func() error
		status int
		code   string
	}{
		{"unknown-adapter", func() error {
			_, err := c.Complete(ctx, api.CompletionRequest{Prompt: "x", Adapter: "nope"})
			return err
		}, 404, api.CodeUnknownAdapter},
		{"unknown-model", func() error {
			_, err := c.Complete(ctx, api.CompletionRequest{Prompt: "x", Model: "nope"})
			return err
		}, 404, api.CodeModelNotFound},
		{"empty-prompt", func() error { _, err := c.Complete(ctx, api.CompletionRequest{}); return err }, 400, api.CodeBadRequest},
		{"close-not-ready", func() error { _, err := c.CloseEpoch(ctx, api.CloseEpochRequest{}); return err }, 503, api.CodeNotReady},
		{"bad-address", func() error { _, err := c.Contributor(ctx, "0xnothex"); return err }, 400, api.CodeBadAddress},
		{"record-missing", func() error { _, err := c.Attribution(ctx, "no/such"); return err }, 404, api.CodeNotFound},
		{"epoch-missing", func() error { _, err := c.Epoch(ctx, 7); return err }, 404, api.CodeNotFound},
	}
	for _, tc := range cases {
		t.Run("case="+tc.name, func(t *testing.T) {
			err := tc.call()
			var e *api.Error
			if !errors.As(err, &e) || e.Status != tc.status || e.Code != tc.code || e.Message == "" {
				t.Fatalf("err %v (%T), want %d %s", err, err, tc.status, tc.code)
			}
			if !client.IsCode(err, tc.code) {
				t.Fatalf("IsCode(%v, %s) false", err, tc.code)
			}
		})
	}
}

func TestContextAndForeignServers(t *testing.T) {
	block := make(chan struct{})
	defer close(block)
	c, _ := setup(t, func(ctx context.Context, req api.CompletionRequest) (server.Completion, error) {
		select {
		case <-block:
		case <-ctx.Done():
		}
		return server.Completion{}, ctx.Err()
	})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Complete(ctx, api.CompletionRequest{Prompt: "x"}); !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled context: %v", err)
	}

	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" {
			fmt.Fprint(w, "<html>not a node</html>")
			return
		}
		http.Error(w, "upstream down", http.StatusBadGateway)
	}))
	defer proxy.Close()
	pc, err := client.New(proxy.URL)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pc.Datanets(context.Background()); !client.IsCode(err, "http_502") || !strings.Contains(err.Error(), "upstream down") {
		t.Fatalf("502 from a proxy: %v", err)
	}
	if _, err := pc.Health(context.Background()); !errors.Is(err, client.ErrBadResponse) {
		t.Fatalf("HTML health: %v, want ErrBadResponse", err)
	}
}

func TestNewRejectsBadURLs(t *testing.T) {
	for _, u := range []string{"", "127.0.0.1:8080", "ftp://x", "http://", "http://h/?q=1", "://"} {
		if _, err := client.New(u); err == nil {
			t.Errorf("New(%q) accepted", u)
		}
	}
	for _, u := range []string{"http://127.0.0.1:8080", "https://node.example/poa/"} {
		if _, err := client.New(u); err != nil {
			t.Errorf("New(%q): %v", u, err)
		}
	}
}

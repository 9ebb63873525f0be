package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"poa/api"
	"poa/apikey"
	"poa/datanet"
	"poa/influence"
	"poa/store"
)

// node is a server over a real store holding the bundled datanets.
type node struct {
	st    *store.Store
	eng   *StoreEngine
	srv   *Server
	ts    *httptest.Server
	cmp   *wordCompleter
	start sync.Once
	// key is the admin API key do sends: newNode makes one unless cfg.Keys is set
	// (auth tests bring their own keys and send them with send).
	key string
}

// newNode opens a fresh store in a temp dir, imports the bundled datanets, adds
// two adapter records and prepares a loopback listener. The listener starts
// serving at the first request (url), so tests plug the engine's functions in
// before any request, as StoreEngine requires.
func newNode(t testing.TB, cfg Config) *node {
	t.Helper()
	st, err := store.Open(store.DefaultOptions(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	words := func(s string) int { return len(strings.Fields(s)) }
	if _, err := datanet.ImportBundled(context.Background(), st, words); err != nil {
		t.Fatal(err)
	}
	for _, a := range []string{"devil", "jargon"} {
		if err := st.Put(store.KindAdapter, a, map[string]any{"name": a, "datanet": a, "rank": 8}); err != nil {
			t.Fatal(err)
		}
	}
	eng := NewStoreEngine(st)
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	eng.Log = cfg.Logger
	var key string
	if cfg.Keys == nil {
		cfg.Keys, key = testKeyring(t, apikey.ScopeAdmin)
	}
	srv := New(eng, cfg)
	ts := httptest.NewUnstartedServer(srv.Handler())
	t.Cleanup(ts.Close)
	return &node{st: st, eng: eng, srv: srv, ts: ts, key: key}
}

// url starts the listener (once) and returns its base URL.
func (n *node) url() string {
	n.start.Do(n.ts.Start)
	return n.ts.URL
}

// withCompleter plugs the test completer into the node's engine.
func (n *node) withCompleter(t testing.TB) *wordCompleter {
	t.Helper()
	c, err := newWordCompleter(n.st)
	if err != nil {
		t.Fatal(err)
	}
	n.eng.Completer = c.Complete
	n.cmp = c
	return c
}

// do sends a request and decodes the JSON answer into out (if not nil). It
// returns the status and raw body.
func (n *node) do(t testing.TB, method, path string, body any, out any) (int, []byte) {
	t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, n.url()+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if n.key != "" {
		req.Header.Set("Authorization", "Bearer "+n.key)
	}
	resp, err := n.ts.Client().Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if out != nil && resp.StatusCode < 300 {
		if err := json.Unmarshal(raw, out); err != nil {
			t.Fatalf("%s %s: decode %s: %v", method, path, raw, err)
		}
	}
	return resp.StatusCode, raw
}

// wantError checks an error response: status, JSON envelope, code and a message
// containing each of msgs.
func wantError(t testing.TB, status int, raw []byte, wantStatus int, wantCode string, msgs ...string) {
	t.Helper()
	if status != wantStatus {
		t.Fatalf("status %d, want %d; body %s", status, wantStatus, raw)
	}
	var body struct {
		Error *api.Error `json:"error"`
	}
	if err := json.Unmarshal(raw, &body); err != nil || body.Error == nil {
		t.Fatalf("error body %q is not {\"error\": {...}}: %v", raw, err)
	}
	if body.Error.Code != wantCode {
		t.Fatalf("code %q, want %q (message %q)", body.Error.Code, wantCode, body.Error.Message)
	}
	for _, m := range msgs {
		if !strings.Contains(body.Error.Message, m) {
			t.Fatalf("message %q does not mention %q", body.Error.Message, m)
		}
	}
}

func (n *node) healthy(t testing.TB) {
	t.Helper()
	var h api.Health
	if code, raw := n.do(t, "GET", "/healthz", nil, &h); code != 200 || h.Status != "ok" {
		t.Fatalf("healthz: %d %s", code, raw)
	}
}

// wordCompleter is the in-test completion engine: it "generates" the opening
// words of the stored data point that shares the most words with the prompt
// (restricted to the adapter's datanet), attributes each output word to the
// stored points containing it (real texts, datanets, contributors, byte spans),
// and stores the attribution record as the attribution layer would.
type wordCompleter struct {
	st     *store.Store
	points []store.DataPoint
	seq    atomic.Int64
	// block, when not nil, is waited on before answering (shutdown tests).
	block chan struct{}
}

func newWordCompleter(st *store.Store) (*wordCompleter, error) {
	c := &wordCompleter{st: st}
	dns, err := st.Datanets()
	if err != nil {
		return nil, err
	}
	for _, d := range dns {
		if err := st.Points(d.Name, func(p store.DataPoint) error {
			c.points = append(c.points, p)
			return nil
		}); err != nil {
			return nil, err
		}
	}
	return c, nil
}

func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

func (c *wordCompleter) Complete(ctx context.Context, req api.CompletionRequest) (Completion, error) {
	if c.block != nil {
		select {
		case <-c.block:
		case <-ctx.Done():
			return Completion{}, ctx.Err()
		}
	}
	t0 := time.Now()
	pw := map[string]bool{}
	for _, w := range lowerWords(req.Prompt) {
		if len(w) > 2 {
			pw[w] = true
		}
	}
	best, bestN := -1, 0
	for i, p := range c.points {
		if req.Adapter != "" && p.Datanet != req.Adapter {
			continue
		}
		n := 0
		for _, w := range lowerWords(p.Text) {
			if pw[w] {
				n++
			}
		}
		if n > bestN || best < 0 {
			best, bestN = i, n
		}
	}
	if best < 0 {
		return Completion{}, fmt.Errorf("no data for adapter %q: %w", req.Adapter, ErrUnknownAdapter)
	}
	out := strings.Fields(c.points[best].Text)
	if len(out) > req.MaxTokens {
		out = out[:req.MaxTokens]
	}
	text := strings.Join(out, " ")
	genTime := time.Since(t0)
	t1 := time.Now()

	at := api.Attribution{Method: "test-word-match", Fee: "1000000000000000000", Epoch: 1}
	srcIdx := map[string]int{}
	contrib := map[string]uint64{}
	off := 0
	for i, w := range out {
		tok := api.TokenAttribution{Index: i, ID: i, Text: w, Start: off, End: off + len(w), Refs: []api.SourceRef{}}
		off += len(w) + 1
		lw := strings.ToLower(strings.Trim(w, ".,;:!?\"'()"))
		if lw == "" {
			at.Tokens = append(at.Tokens, tok)
			continue
		}
		for _, p := range c.points {
			if len(tok.Refs) == 3 {
				break
			}
			pos := strings.Index(strings.ToLower(p.Text), lw)
			if pos < 0 {
				continue
			}
			si, ok := srcIdx[p.ID]
			if !ok {
				si = len(at.Sources)
				srcIdx[p.ID] = si
				at.Sources = append(at.Sources, api.Source{ID: p.ID, Datanet: p.Datanet, Contributor: p.Contributor, Text: p.Text})
			}
			score := float64(len(lw)) / float64(1+len(tok.Refs))
			tok.Refs = append(tok.Refs, api.SourceRef{Source: si, Score: score,
				Methods: map[string]float64{"span": 0.75 * score, "tracin": 0.25 * score},
				Span:    &api.Span{Start: pos, End: pos + len(lw)}})
			tok.Score += score
			fixed := uint64(score * influence.ScoreScale)
			at.Sources[si].Score += fixed
			contrib[p.Contributor] += fixed
		}
		at.Tokens = append(at.Tokens, tok)
	}
	addrs := make([]string, 0, len(contrib))
	for a := range contrib {
		addrs = append(addrs, a)
	}
	sort.Strings(addrs)
	for _, a := range addrs {
		at.Contributors = append(at.Contributors, api.ContributorScore{Address: a, Score: contrib[a]})
	}
	at.RecordID = fmt.Sprintf("rec-%06d", c.seq.Add(1))
	rec := map[string]any{"id": at.RecordID, "epoch": at.Epoch, "fee": at.Fee, "contributors": at.Contributors,
		"method": at.Method, "prompt": req.Prompt, "adapter": req.Adapter, "output": text}
	if err := c.st.Put(store.KindAttribution, at.RecordID, rec); err != nil {
		return Completion{}, err
	}
	return Completion{Text: text, Model: "test-words", FinishReason: "length", PromptTokens: len(strings.Fields(req.Prompt)),
		CompletionTokens: len(out), Attribution: at, InferenceTime: genTime, AttributionTime: time.Since(t1)}, nil
}

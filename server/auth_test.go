package server

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"poa/api"
	"poa/apikey"
)

// testKeys is a keys file in a temp dir and its ring.
type testKeys struct {
	file apikey.File
	ring *apikey.Ring
}

func newTestKeys(t testing.TB) *testKeys {
	t.Helper()
	f := apikey.In(t.TempDir())
	r, err := apikey.NewRing(f, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return &testKeys{file: f, ring: r}
}

// create adds a key and makes the ring see it at once.
func (k *testKeys) create(t testing.TB, o apikey.Options) (apikey.Key, string) {
	t.Helper()
	if o.Name == "" {
		o.Name = "test"
	}
	key, tok, err := k.file.Create(o)
	if err != nil {
		t.Fatal(err)
	}
	if err := k.ring.Reload(); err != nil {
		t.Fatal(err)
	}
	return key, tok
}

// testKeyring returns a ring holding one key of scope and its token (newNode's
// default credentials).
func testKeyring(t testing.TB, scope apikey.Scope) (*apikey.Ring, string) {
	t.Helper()
	k := newTestKeys(t)
	_, tok := k.create(t, apikey.Options{Name: "test-" + string(scope), Scope: scope})
	return k.ring, tok
}

// send makes one request with the Authorization header auth (none if empty) and
// returns the response (body read into raw).
func (n *node) send(t testing.TB, method, path, body, auth string) (*http.Response, []byte) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, n.url()+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := n.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, raw
}

// wantOpenAIError checks the error envelope's type as well as wantError's checks.
func wantOpenAIError(t testing.TB, resp *http.Response, raw []byte, status int, code, typ string, msgs ...string) {
	t.Helper()
	wantError(t, resp.StatusCode, raw, status, code, msgs...)
	var body struct {
		Error struct {
			Type string `json:"type"`
		} `json:"error"`
	}
	json.Unmarshal(raw, &body)
	if body.Error.Type != typ {
		t.Fatalf("error type %q, want %q: %s", body.Error.Type, typ, raw)
	}
}

func TestAuthNoKeys(t *testing.T) {
	keys := newTestKeys(t)
	n := newNode(t, Config{Keys: keys.ring})
	n.withCompleter(t)
	resp, raw := n.send(t, "POST", "/v1/epochs/close", "{}", "")
	wantOpenAIError(t, resp, raw, 401, CodeInvalidAPIKey, "invalid_request_error", "Authorization: Bearer", "poa keys create")
	_, tok := testKeyring(t, apikey.ScopeAdmin) // a key of another node
	resp, raw = n.send(t, "POST", "/v1/epochs/close", "{}", "Bearer "+tok)
	wantOpenAIError(t, resp, raw, 401, CodeInvalidAPIKey, "invalid_request_error", "no API keys", "poa keys create --scope admin")
	if resp.Header.Get("WWW-Authenticate") == "" {
		t.Fatal("401 without WWW-Authenticate")
	}
	// Reads and (by default) inference stay open; a key sent to them is ignored.
	for _, c := range []struct{ method, path, body string }{
		{"GET", "/v1/datanets", ""}, {"GET", "/v1/models", ""}, {"GET", "/healthz", ""}, {"GET", "/metrics", ""},
		{"POST", "/v1/completions", `{"adapter":"devil","prompt":"What is a cynic?","max_tokens":2}`},
	} {
		if resp, raw := n.send(t, c.method, c.path, c.body, "Bearer not-a-key"); resp.StatusCode != 200 {
			t.Errorf("%s %s: %d %s, want 200 without a key", c.method, c.path, resp.StatusCode, raw)
		}
	}
	// A Config without a keyring is a node without keys.
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/v1/epochs/close", strings.NewReader("{}"))
	req.Header.Set("Authorization", "Bearer "+tok)
	New(n.eng, Config{Logger: slog.New(slog.DiscardHandler)}).Handler().ServeHTTP(rec, req)
	wantError(t, rec.Code, rec.Body.Bytes(), 401, CodeInvalidAPIKey, "no API keys")
}

// TestAuthEveryStateChangingRoute walks the route table: every route whose method
// is not GET and that is not inference refuses a request without a key, and passes
// auth with an admin key.
func TestAuthEveryStateChangingRoute(t *testing.T) {
	keys := newTestKeys(t)
	_, admin := keys.create(t, apikey.Options{Scope: apikey.ScopeAdmin})
	_, infer := keys.create(t, apikey.Options{Scope: apikey.ScopeInference})
	n := newNode(t, Config{Keys: keys.ring})
	checked := 0
	for _, rt := range apiRoutes {
		if rt.method == "GET" || inferenceRoutes[rt.method+" "+rt.path] {
			continue
		}
		checked++
		path := strings.NewReplacer("{name}", "devil", "{id}", "1").Replace(rt.path)
		t.Run("route="+rt.method+"_"+rt.path, func(t *testing.T) {
			resp, raw := n.send(t, rt.method, path, "{}", "")
			wantError(t, resp.StatusCode, raw, 401, CodeInvalidAPIKey)
			resp, raw = n.send(t, rt.method, path, "{}", "Bearer "+infer)
			wantOpenAIError(t, resp, raw, 403, CodeInsufficientScope, "invalid_request_error", `"admin"`)
			resp, raw = n.send(t, rt.method, path, "{}", "Bearer "+admin)
			if resp.StatusCode == 401 || resp.StatusCode == 403 || resp.StatusCode == 429 {
				t.Fatalf("admin key: %d %s", resp.StatusCode, raw)
			}
		})
	}
	if checked == 0 {
		t.Fatal("no state-changing route in apiRoutes")
	}
	// Unknown paths and wrong methods still answer 404 and 405, not 401.
	resp, raw := n.send(t, "POST", "/v1/nothing", "{}", "")
	wantError(t, resp.StatusCode, raw, 404, api.CodeNotFound)
	resp, raw = n.send(t, "DELETE", "/v1/epochs/close", "", "")
	wantError(t, resp.StatusCode, raw, 405, api.CodeMethod)
}

func TestAuthBadKeys(t *testing.T) {
	keys := newTestKeys(t)
	k, tok := keys.create(t, apikey.Options{Scope: apikey.ScopeAdmin})
	n := newNode(t, Config{Keys: keys.ring})
	n.eng.EpochCloser = nil // not ready: a request that passes auth answers 503
	last := tok[len(tok)-1]
	tampered := tok[:len(tok)-1] + map[bool]string{true: "Q", false: "A"}[last == 'A']
	for name, auth := range map[string]string{
		"missing":       "",
		"not-bearer":    "Basic " + tok,
		"empty-bearer":  "Bearer ",
		"malformed":     "Bearer sk-1234",
		"tampered":      "Bearer " + tampered,
		"unknown-id":    "Bearer poa_0123456789abcdef_" + tok[len(tok)-apikey.SecretLen:],
		"token-as-name": "Bearer " + k.ID,
	} {
		t.Run("case="+name, func(t *testing.T) {
			resp, raw := n.send(t, "POST", "/v1/epochs/close", "{}", auth)
			wantOpenAIError(t, resp, raw, 401, CodeInvalidAPIKey, "invalid_request_error")
		})
	}
	// The scheme is case-insensitive; the good key passes auth.
	resp, raw := n.send(t, "POST", "/v1/epochs/close", "{}", "bearer "+tok)
	wantError(t, resp.StatusCode, raw, 503, api.CodeNotReady)
	if _, err := keys.file.Revoke(k.ID); err != nil {
		t.Fatal(err)
	}
	keys.ring.Reload()
	resp, raw = n.send(t, "POST", "/v1/epochs/close", "{}", "Bearer "+tok)
	wantOpenAIError(t, resp, raw, 401, CodeInvalidAPIKey, "invalid_request_error", "revoked")
}

func TestAuthRequireKey(t *testing.T) {
	keys := newTestKeys(t)
	_, infer := keys.create(t, apikey.Options{Scope: apikey.ScopeInference})
	complete := `{"adapter":"devil","prompt":"What is a cynic?","max_tokens":2}`
	for _, policy := range []string{RequireWrites, RequireInference, RequireAll} {
		t.Run("require="+policy, func(t *testing.T) {
			n := newNode(t, Config{Keys: keys.ring, RequireKey: policy})
			n.withCompleter(t)
			wantOpen := map[string]bool{"GET /healthz": true, "GET /": true,
				"POST /v1/completions": policy == RequireWrites,
				"GET /v1/datanets":     policy != RequireAll, "GET /metrics": policy != RequireAll}
			for ep, open := range wantOpen {
				method, path, _ := strings.Cut(ep, " ")
				body := ""
				if method == "POST" {
					body = complete
				}
				resp, raw := n.send(t, method, path, body, "")
				if open && resp.StatusCode != 200 {
					t.Errorf("%s without a key: %d %s, want 200", ep, resp.StatusCode, raw)
				}
				if !open {
					wantError(t, resp.StatusCode, raw, 401, CodeInvalidAPIKey)
				}
				if resp, raw := n.send(t, method, path, body, "Bearer "+infer); resp.StatusCode != 200 {
					t.Errorf("%s with an inference key: %d %s, want 200", ep, resp.StatusCode, raw)
				}
			}
		})
	}
	if err := (Config{RequireKey: "reads"}).Validate(); err == nil || !strings.Contains(err.Error(), "Config.RequireKey") {
		t.Fatalf("Validate with RequireKey reads: %v", err)
	}
}

func TestAuthRateLimit(t *testing.T) {
	keys := newTestKeys(t)
	_, slow := keys.create(t, apikey.Options{Scope: apikey.ScopeInference, Rate: 0.5, Burst: 3})
	_, other := keys.create(t, apikey.Options{Scope: apikey.ScopeInference}) // server default: unlimited here
	n := newNode(t, Config{Keys: keys.ring, RequireKey: RequireAll})
	for i := 0; i < 3; i++ {
		if resp, raw := n.send(t, "GET", "/v1/datanets", "", "Bearer "+slow); resp.StatusCode != 200 {
			t.Fatalf("request %d within the burst: %d %s", i, resp.StatusCode, raw)
		}
	}
	resp, raw := n.send(t, "GET", "/v1/datanets", "", "Bearer "+slow)
	wantOpenAIError(t, resp, raw, 429, CodeRateLimited, "requests", "0.5 requests/s")
	ra, err := strconv.Atoi(resp.Header.Get("Retry-After"))
	if err != nil || ra < 1 || ra > 2 {
		t.Fatalf("Retry-After %q, want 1 or 2 s at 0.5 requests/s", resp.Header.Get("Retry-After"))
	}
	// Buckets are per key.
	for i := 0; i < 10; i++ {
		if resp, raw := n.send(t, "GET", "/v1/datanets", "", "Bearer "+other); resp.StatusCode != 200 {
			t.Fatalf("another key, request %d: %d %s", i, resp.StatusCode, raw)
		}
	}
	// The server's default applies to keys without a rate of their own.
	n = newNode(t, Config{Keys: keys.ring, RequireKey: RequireAll, KeyRate: 1, KeyBurst: 2})
	codes := []int{}
	for i := 0; i < 3; i++ {
		resp, _ := n.send(t, "GET", "/v1/datanets", "", "Bearer "+other)
		codes = append(codes, resp.StatusCode)
	}
	if codes[0] != 200 || codes[1] != 200 || codes[2] != 429 {
		t.Fatalf("default rate 1/s burst 2: codes %v, want [200 200 429]", codes)
	}
}

// TestAuthReloadWhileServing: a key created (and revoked) in the file while the
// server runs takes effect without a restart, within about ReloadInterval.
func TestAuthReloadWhileServing(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the keys file's reload interval")
	}
	keys := newTestKeys(t)
	n := newNode(t, Config{Keys: keys.ring})
	n.eng.EpochCloser = nil
	k, tok, err := keys.file.Create(apikey.Options{Name: "late", Scope: apikey.ScopeAdmin}) // no Reload: the server must notice
	if err != nil {
		t.Fatal(err)
	}
	waitStatus := func(want int) time.Duration {
		t.Helper()
		start := time.Now()
		for {
			resp, raw := n.send(t, "POST", "/v1/epochs/close", "{}", "Bearer "+tok)
			if resp.StatusCode == want {
				return time.Since(start)
			}
			if time.Since(start) > 5*apikey.ReloadInterval {
				t.Fatalf("still %d %s after %v, want %d", resp.StatusCode, raw, time.Since(start), want)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitStatus(http.StatusServiceUnavailable) // past auth: the epoch closer is not plugged in
	if _, err := keys.file.Revoke(k.ID); err != nil {
		t.Fatal(err)
	}
	waitStatus(http.StatusUnauthorized)
}

// TestAuthNeverLogsKeys captures every log record of requests with good and bad
// keys, at debug level, and checks that no token, secret or Authorization header
// appears.
func TestAuthNeverLogsKeys(t *testing.T) {
	keys := newTestKeys(t)
	k, tok := keys.create(t, apikey.Options{Scope: apikey.ScopeInference, Rate: 1, Burst: 1})
	var logs lockedBuffer
	n := newNode(t, Config{Keys: keys.ring, RequireKey: RequireAll,
		Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	n.withCompleter(t)
	secret := tok[len(tok)-apikey.SecretLen:]
	tampered := tok[:len(tok)-2] + "AA"
	for _, auth := range []string{"Bearer " + tok, "Bearer " + tok, "Bearer " + tampered, tok, "Bearer " + secret} {
		n.send(t, "GET", "/v1/datanets", "", auth)
		n.send(t, "POST", "/v1/completions", `{"adapter":"devil","prompt":"x","max_tokens":1}`, auth)
		n.send(t, "POST", "/v1/epochs/close", "{}", auth)
	}
	out := logs.String()
	if !strings.Contains(out, "auth: refused") || !strings.Contains(out, "auth: rate limited") || !strings.Contains(out, "request") {
		t.Fatalf("the test did not exercise the logs it checks:\n%s", out)
	}
	for _, s := range []string{secret, secret[:12], tampered[len(tampered)-apikey.SecretLen:], "Bearer", "Authorization"} {
		if strings.Contains(out, s) {
			t.Fatalf("the log holds %q:\n%s", s, out)
		}
	}
	if !strings.Contains(out, k.ID) {
		t.Fatalf("the log should name the key by its id:\n%s", out)
	}
}

// lockedBuffer is a bytes.Buffer safe for concurrent writers.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

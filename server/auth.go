package server

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"poa/api"
	"poa/apikey"
	"poa/bounds"
)

// Keyring checks API keys; *apikey.Ring is the one poa serve uses.
type Keyring interface {
	// Verify returns the key of a bearer token, or an error wrapping one of
	// apikey.ErrNoKeys, ErrMalformedToken, ErrUnknownKey, ErrRevoked.
	Verify(token string) (apikey.Key, error)
}

// Values of Config.RequireKey: which requests need an API key beyond the
// state-changing ones, which always do.
const (
	// RequireWrites (the default, also ""): every request that changes state (any
	// method but GET and HEAD, other than inference) needs an admin key; inference
	// and reads are open.
	RequireWrites = "writes"
	// RequireInference: completions and chat completions need a key too (inference
	// or admin scope); reads stay open.
	RequireInference = "inference"
	// RequireAll: every endpoint of the API needs a key, reads and /metrics
	// included (inference or admin scope); /healthz and the audit page's static
	// files stay open.
	RequireAll = "all"
)

// Error codes of authentication (OpenAI's where it has one).
const (
	CodeInvalidAPIKey     = "invalid_api_key"     // 401: missing, malformed, unknown or revoked key
	CodeInsufficientScope = "insufficient_scope"  // 403: the key's scope does not cover the endpoint
	CodeRateLimited       = "rate_limit_exceeded" // 429: over the key's rate; Retry-After says when to retry
)

// Limits Config.Validate enforces on the default key rate.
const (
	MaxKeyRate  = apikey.MaxRate
	MaxKeyBurst = apikey.MaxBurst
)

// inferenceRoutes are the route patterns that run inference: a key of scope
// inference may call them, and they need a key only under RequireInference or
// RequireAll.
var inferenceRoutes = map[string]bool{
	"POST /v1/completions":      true,
	"POST /v1/chat/completions": true,
}

// openRoutes never need a key: liveness, the audit page's static files and the
// 404/405 fallbacks.
var openRoutes = map[string]bool{"GET /healthz": true, "GET /": true, "/": true, "GET /v1/": true}

type keyCtx struct{}

// KeyFrom returns the API key a request was authenticated with, if any (handlers
// behind the auth middleware).
func KeyFrom(ctx context.Context) (apikey.Key, bool) {
	k, ok := ctx.Value(keyCtx{}).(apikey.Key)
	return k, ok
}

// need returns the scope a request needs, or "" when it needs no key. The route is
// the mux's pattern for r, so new routes are covered by their method: any method
// but GET and HEAD on a route that is not inference changes state.
func (s *Server) need(r *http.Request) apikey.Scope {
	_, pat := s.mux.Handler(r)
	if pat == "" || openRoutes[pat] {
		return ""
	}
	policy := s.cfg.RequireKey
	switch {
	case inferenceRoutes[pat]:
		if policy == RequireInference || policy == RequireAll {
			return apikey.ScopeInference
		}
		return ""
	case r.Method == http.MethodGet || r.Method == http.MethodHead || r.Method == http.MethodOptions:
		if policy == RequireAll {
			return apikey.ScopeInference
		}
		return ""
	}
	return apikey.ScopeAdmin
}

// withAuth wraps next (the route mux) with the key checks of Config.RequireKey and
// the per-key rate limits. The token is read from "Authorization: Bearer <key>"
// only; a key sent to an endpoint that needs none is ignored (as vLLM does), so
// that clients configured with a placeholder key work against an open node.
// Neither the header nor the token is ever logged: failures log the key id at most.
func (s *Server) withAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		need := s.need(r)
		if need == "" {
			next.ServeHTTP(w, r)
			return
		}
		tok, ok := bearer(r.Header.Get("Authorization"))
		if !ok {
			s.authFail(w, r, http.StatusUnauthorized, CodeInvalidAPIKey, fmt.Sprintf(
				"%s %s needs an API key: send the header \"Authorization: Bearer <key>\"; the node's operator makes one with `poa keys create --scope %s` (docs/auth.md)",
				r.Method, r.URL.Path, need), nil)
			return
		}
		var k apikey.Key
		var err error
		if s.cfg.Keys == nil {
			err = apikey.ErrNoKeys
		} else {
			k, err = s.cfg.Keys.Verify(tok)
		}
		switch {
		case errors.Is(err, apikey.ErrNoKeys):
			s.authFail(w, r, http.StatusUnauthorized, CodeInvalidAPIKey,
				"this node has no API keys yet: run `poa keys create --scope admin` on the node (docs/auth.md)", err)
			return
		case errors.Is(err, apikey.ErrRevoked):
			s.authFail(w, r, http.StatusUnauthorized, CodeInvalidAPIKey,
				"API key "+k.Prefix+"… was revoked: ask the node's operator for a new one (`poa keys create`)", err)
			return
		case err != nil:
			s.authFail(w, r, http.StatusUnauthorized, CodeInvalidAPIKey,
				"invalid API key: check the key, or ask the node's operator for one (`poa keys create`; docs/auth.md)", err)
			return
		}
		if !k.Scope.Allows(need) {
			s.authFail(w, r, http.StatusForbidden, CodeInsufficientScope, fmt.Sprintf(
				"API key %s… has scope %q; %s %s needs scope %q (`poa keys create --scope %s`)",
				k.Prefix, k.Scope, r.Method, r.URL.Path, need, need), nil)
			return
		}
		if wait, ok := s.limits.allow(k, s.cfg.KeyRate, s.cfg.KeyBurst); !ok {
			secs := int(math.Ceil(wait.Seconds()))
			if secs < 1 {
				secs = 1
			}
			w.Header().Set("Retry-After", strconv.Itoa(secs))
			e := apiErr(http.StatusTooManyRequests, CodeRateLimited,
				"API key %s… is over its rate limit of %s: retry after %d s", k.Prefix, describeRate(k, s.cfg.KeyRate, s.cfg.KeyBurst), secs)
			e.Type = "requests" // OpenAI's type for request-rate limits
			s.log.Info("auth: rate limited", "method", r.Method, "path", r.URL.Path, "key_id", k.ID)
			// writeJSON, not writeError: writeError would replace Retry-After.
			s.writeJSON(w, e.Status, api.ErrorResponse{Error: e})
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), keyCtx{}, k)))
	})
}

// authFail answers a refused request and logs why, naming the key's id at most.
func (s *Server) authFail(w http.ResponseWriter, r *http.Request, status int, code, msg string, err error) {
	attrs := []any{"method", r.Method, "path", r.URL.Path, "status", status}
	if err != nil {
		attrs = append(attrs, "reason", err.Error()) // apikey errors name ids, never secrets
	}
	s.log.Info("auth: refused", attrs...)
	w.Header().Set("WWW-Authenticate", `Bearer realm="poa"`)
	e := apiErr(status, code, "%s", msg)
	e.Type = "invalid_request_error"
	s.writeError(w, r, e)
}

// bearer returns the token of an "Authorization: Bearer <token>" header (the
// scheme case-insensitive, RFC 9110).
func bearer(h string) (string, bool) {
	scheme, tok, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	tok = strings.TrimSpace(tok)
	return tok, tok != ""
}

// keyLimits holds one token bucket per key id.
type keyLimits struct {
	mu sync.Mutex
	m  map[string]*rate.Limiter
}

// effectiveRate returns the rate and burst that apply to k: its own, or the
// defaults; a zero rate is unlimited.
func effectiveRate(k apikey.Key, defRate float64, defBurst int) (rate.Limit, int) {
	r, b := k.Rate, k.Burst
	if r == 0 {
		r = defRate
	}
	if b == 0 {
		b = defBurst
	}
	if r == 0 {
		return rate.Inf, 0
	}
	if b == 0 {
		b = max(1, int(math.Ceil(r)))
	}
	return rate.Limit(r), b
}

func describeRate(k apikey.Key, defRate float64, defBurst int) string {
	r, b := effectiveRate(k, defRate, defBurst)
	return fmt.Sprintf("%g requests/s (burst %d)", float64(r), b)
}

// allow takes one token from k's bucket; when there is none it returns how long
// until there will be.
func (l *keyLimits) allow(k apikey.Key, defRate float64, defBurst int) (time.Duration, bool) {
	lim, burst := effectiveRate(k, defRate, defBurst)
	if lim == rate.Inf {
		return 0, true
	}
	l.mu.Lock()
	if l.m == nil {
		l.m = map[string]*rate.Limiter{}
	}
	b := l.m[k.ID]
	if b == nil {
		b = rate.NewLimiter(lim, burst)
		l.m[k.ID] = b
	}
	l.mu.Unlock()
	now := time.Now()
	if b.Limit() != lim || b.Burst() != burst { // the key's limits changed in the file
		b.SetLimitAt(now, lim)
		b.SetBurstAt(now, burst)
	}
	if b.AllowN(now, 1) {
		return 0, true
	}
	res := b.ReserveN(now, 1)
	wait := res.DelayFrom(now)
	res.CancelAt(now)
	return wait, false
}

// checkRequireKey is Config.Validate's check of RequireKey.
func checkRequireKey(v string) error {
	switch v {
	case "", RequireWrites, RequireInference, RequireAll:
		return nil
	}
	return bounds.Fail("Config.RequireKey", v, "{writes, inference, all}")
}

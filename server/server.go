package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"poa/api"
	"poa/bounds"
)

// Config holds the server's limits; zero fields take the defaults named.
type Config struct {
	MaxBodyBytes      int64         // request body limit; default 1 MiB
	MaxPromptBytes    int           // prompt limit in bytes; default 16 KiB
	MaxTokens         int           // max_tokens limit; default 512
	DefaultMaxTokens  int           // max_tokens when absent; default 16 (OpenAI's)
	MaxConcurrent     int           // completions run at once (others queue); default 2·GOMAXPROCS
	RequestTimeout    time.Duration // per-request work limit; default 2 min
	ReadHeaderTimeout time.Duration // default 10 s
	ReadTimeout       time.Duration // default 30 s
	WriteTimeout      time.Duration // default RequestTimeout + 30 s
	IdleTimeout       time.Duration // default 2 min
	ShutdownTimeout   time.Duration // drain limit after the context ends; default 30 s
	Logger            *slog.Logger  // default slog.Default()

	// API keys (docs/auth.md, server/auth.go). Keys checks bearer tokens; nil holds
	// no key, so that state-changing endpoints answer 401. RequireKey says what needs
	// a key beyond the state-changing endpoints: RequireWrites (""), RequireInference
	// or RequireAll. KeyRate and KeyBurst are the token bucket of a key that sets no
	// rate of its own, in requests per second (0: unlimited) and requests (0: the
	// rate rounded up, at least 1).
	Keys       Keyring
	RequireKey string
	KeyRate    float64
	KeyBurst   int
}

func (c Config) withDefaults() Config {
	def := func(p *int, v int) {
		if *p <= 0 {
			*p = v
		}
	}
	defd := func(p *time.Duration, v time.Duration) {
		if *p <= 0 {
			*p = v
		}
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = 1 << 20
	}
	def(&c.MaxPromptBytes, 16<<10)
	def(&c.MaxTokens, 512)
	def(&c.DefaultMaxTokens, 16)
	def(&c.MaxConcurrent, 2*runtime.GOMAXPROCS(0))
	defd(&c.RequestTimeout, 2*time.Minute)
	defd(&c.ReadHeaderTimeout, 10*time.Second)
	defd(&c.ReadTimeout, 30*time.Second)
	defd(&c.WriteTimeout, c.RequestTimeout+30*time.Second)
	defd(&c.IdleTimeout, 2*time.Minute)
	defd(&c.ShutdownTimeout, 30*time.Second)
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Limits Config.Validate enforces (inclusive).
const (
	MaxBodyLimit       = 1 << 30
	MaxTokensLimit     = 1 << 16
	MaxConcurrentLimit = 4096
	MaxTimeout         = 24 * time.Hour
)

// Validate checks the limits as given, a zero field standing for its default: sizes
// and counts in [0, their limit] (MaxBodyBytes and MaxPromptBytes up to
// MaxBodyLimit, MaxTokens and DefaultMaxTokens up to MaxTokensLimit, MaxConcurrent
// up to MaxConcurrentLimit), timeouts in [0, MaxTimeout]. A failure wraps ErrConfig
// and a *bounds.Error naming the field ("Config.MaxConcurrent"). New does not call
// it: it is for limits taken from users.
func (c Config) Validate() error {
	err := bounds.First(
		bounds.In("Config.MaxBodyBytes", c.MaxBodyBytes, 0, MaxBodyLimit),
		bounds.In("Config.MaxPromptBytes", c.MaxPromptBytes, 0, MaxBodyLimit),
		bounds.In("Config.MaxTokens", c.MaxTokens, 0, MaxTokensLimit),
		bounds.In("Config.DefaultMaxTokens", c.DefaultMaxTokens, 0, MaxTokensLimit),
		bounds.In("Config.MaxConcurrent", c.MaxConcurrent, 0, MaxConcurrentLimit),
		bounds.In("Config.RequestTimeout", c.RequestTimeout, 0, MaxTimeout),
		bounds.In("Config.ReadHeaderTimeout", c.ReadHeaderTimeout, 0, MaxTimeout),
		bounds.In("Config.ReadTimeout", c.ReadTimeout, 0, MaxTimeout),
		bounds.In("Config.WriteTimeout", c.WriteTimeout, 0, MaxTimeout),
		bounds.In("Config.IdleTimeout", c.IdleTimeout, 0, MaxTimeout),
		bounds.In("Config.ShutdownTimeout", c.ShutdownTimeout, 0, MaxTimeout),
		bounds.In("Config.KeyRate", c.KeyRate, 0, MaxKeyRate),
		bounds.In("Config.KeyBurst", c.KeyBurst, 0, MaxKeyBurst),
		checkRequireKey(c.RequireKey),
	)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return nil
}

// Server serves the API, the metrics and the audit page for one Engine.
type Server struct {
	eng     Engine
	cfg     Config
	log     *slog.Logger
	metrics *Metrics
	sem     chan struct{}
	mux     *http.ServeMux
	started time.Time
	limits  keyLimits
}

// New returns a server for eng. It panics if eng is nil.
func New(eng Engine, cfg Config) *Server {
	if eng == nil {
		panic("server: New with a nil Engine")
	}
	cfg = cfg.withDefaults()
	s := &Server{eng: eng, cfg: cfg, log: cfg.Logger, metrics: newMetrics(),
		sem: make(chan struct{}, cfg.MaxConcurrent), mux: http.NewServeMux(), started: time.Now()}
	s.routes()
	return s
}

// Metrics returns the server's metrics, for layers that record proofs and gas.
func (s *Server) Metrics() *Metrics { return s.metrics }

// apiRoutes are the API's method+path patterns.
var apiRoutes = []struct{ method, path string }{
	{"POST", "/v1/completions"},
	{"POST", "/v1/chat/completions"},
	{"GET", "/v1/attributions/{id}"},
	{"GET", "/v1/datanets"},
	{"POST", "/v1/datanets"},
	{"POST", "/v1/datanets/{name}/import"},
	{"GET", "/v1/datanets/{name}/export"},
	{"GET", "/v1/records/{kind}"},
	{"GET", "/v1/records/{kind}/{key}"},
	{"GET", "/v1/adapters"},
	{"GET", "/v1/models"},
	{"GET", "/v1/contributors/{address}"},
	{"POST", "/v1/epochs/close"},
	{"GET", "/v1/epochs/{id}"},
	{"GET", "/v1/settle-jobs"},
	{"GET", "/v1/settle-jobs/{id}"},
	{"GET", "/v1/protocol"},
	{"GET", "/v1/jobs"},
	{"POST", "/v1/jobs"},
	{"GET", "/v1/jobs/{id}"},
	{"GET", "/v1/jobs/{id}/events"},
	{"POST", "/v1/jobs/{id}/cancel"},
	{"POST", "/v1/jobs/{id}/resume"},
	{"GET", "/healthz"},
	{"GET", "/metrics"},
}

func (s *Server) routes() {
	handlers := map[string]http.Handler{
		"/v1/completions":            http.HandlerFunc(s.handleCompletions),
		"/v1/chat/completions":       http.HandlerFunc(s.handleChatCompletions),
		"/v1/attributions/{id}":      http.HandlerFunc(s.handleAttribution),
		"/v1/datanets":               http.HandlerFunc(s.handleDatanetsByMethod),
		"/v1/datanets/{name}/import": http.HandlerFunc(s.handleImportDatanet),
		"/v1/datanets/{name}/export": http.HandlerFunc(s.handleExportDatanet),
		"/v1/records/{kind}":         http.HandlerFunc(s.handleRecords),
		"/v1/records/{kind}/{key}":   http.HandlerFunc(s.handleRecord),
		"/v1/adapters":               http.HandlerFunc(s.handleAdapters),
		"/v1/models":                 http.HandlerFunc(s.handleModels),
		"/v1/contributors/{address}": http.HandlerFunc(s.handleContributor),
		"/v1/epochs/close":           http.HandlerFunc(s.handleCloseEpoch),
		"/v1/epochs/{id}":            http.HandlerFunc(s.handleEpoch),
		"/v1/settle-jobs":            http.HandlerFunc(s.handleSettleJobs),
		"/v1/settle-jobs/{id}":       http.HandlerFunc(s.handleSettleJob),
		"/v1/protocol":               http.HandlerFunc(s.handleProtocol),
		"/v1/jobs":                   http.HandlerFunc(s.handleJobsByMethod),
		"/v1/jobs/{id}":              http.HandlerFunc(s.handleJob),
		"/v1/jobs/{id}/events":       http.HandlerFunc(s.handleJobEvents),
		"/v1/jobs/{id}/cancel":       s.handleJobAction(func(j JobRunner) func(context.Context, string) (api.JobView, error) { return j.CancelJob }),
		"/v1/jobs/{id}/resume":       s.handleJobAction(func(j JobRunner) func(context.Context, string) (api.JobView, error) { return j.ResumeJob }),
		"/healthz":                   http.HandlerFunc(s.handleHealth),
		"/metrics":                   promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{}),
	}
	// allowed answers, for a path of the API, which methods it takes: the
	// fallback uses it to tell 405 from 404.
	allowed := http.NewServeMux()
	allow := map[string][]string{} // path → its methods (a path may take several)
	for _, rt := range apiRoutes {
		s.mux.Handle(rt.method+" "+rt.path, handlers[rt.path])
		if allow[rt.path] == nil {
			p := rt.path
			allowed.HandleFunc(p, func(w http.ResponseWriter, _ *http.Request) { w.Header()["Allow"] = allow[p] })
		}
		allow[rt.path] = append(allow[rt.path], rt.method)
	}
	s.mux.Handle("GET /", staticHandler())
	fallback := func(w http.ResponseWriter, r *http.Request) {
		if _, pat := allowed.Handler(r); pat != "" {
			probe := httptestRecorder{h: http.Header{}}
			allowed.ServeHTTP(&probe, r)
			w.Header()["Allow"] = probe.h["Allow"]
			s.writeError(w, r, apiErr(http.StatusMethodNotAllowed, api.CodeMethod, "%s %s: method not allowed (allowed: %v)", r.Method, r.URL.Path, probe.h["Allow"]))
			return
		}
		s.writeError(w, r, apiErr(http.StatusNotFound, api.CodeNotFound, "no endpoint %s %s (see docs/api.md)", r.Method, r.URL.Path))
	}
	s.mux.HandleFunc("/", fallback)
	s.mux.HandleFunc("GET /v1/", fallback)
}

// httptestRecorder collects the headers a probe handler sets.
type httptestRecorder struct{ h http.Header }

func (p *httptestRecorder) Header() http.Header         { return p.h }
func (p *httptestRecorder) Write(b []byte) (int, error) { return len(b), nil }
func (p *httptestRecorder) WriteHeader(int)             {}

// Handler returns the server's HTTP handler: routing, body limits, panic
// recovery, metrics and logging, API keys.
func (s *Server) Handler() http.Handler {
	auth := s.withAuth(s.mux)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		s.metrics.inflight.Inc()
		defer s.metrics.inflight.Dec()
		rw := &statusWriter{ResponseWriter: w}
		r.Body = http.MaxBytesReader(rw, r.Body, s.cfg.MaxBodyBytes)
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.log.Error("handler panic", "method", r.Method, "path", r.URL.Path, "panic", p)
				if rw.code == 0 {
					s.writeError(rw, r, apiErr(http.StatusInternalServerError, api.CodeInternal, "internal error"))
				}
			}
			route := r.Pattern
			if route == "" {
				route = "unmatched"
			}
			code := rw.code
			if code == 0 {
				code = http.StatusOK
			}
			s.metrics.observeRequest(route, r.Method, code, time.Since(start))
			s.log.Debug("request", "method", r.Method, "path", r.URL.Path, "code", code, "duration", time.Since(start))
		}()
		auth.ServeHTTP(rw, r)
	})
}

// statusWriter remembers the status code written.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// Serve serves on ln until ctx ends, then stops accepting, lets in-flight
// requests finish (up to Config.ShutdownTimeout) and returns nil. It returns an
// error if serving fails or draining times out. ln is closed on return.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down: draining in-flight requests", "timeout", s.cfg.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("server: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("server: %w", err)
	}
	return nil
}

// ListenAndServe listens on addr (host:port; port 0 picks a free one), calls
// ready (if not nil) with the bound address, and serves until ctx ends (see Serve).
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("server: listen on %s: %w", addr, err)
	}
	if ready != nil {
		ready(ln.Addr())
	}
	return s.Serve(ctx, ln)
}

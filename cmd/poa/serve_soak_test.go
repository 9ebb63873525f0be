package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"poa/api"
	"poa/client"
	"poa/influence"
	"poa/settlement"
	"poa/store"
)

// The serve soak's load: a fixed number of clients of each kind, run for the soak's
// duration (POA_SERVE_SOAK) against one `poa serve`, which is killed with SIGKILL
// halfway through and started again on the same port.
const (
	ssGoodClients = 4        // good completions, closed loop
	ssMaxBody     = 64 << 10 // the node's --max-body
	ssOversize    = 4 * ssMaxBody
)

// ssKinds are the client kinds, one goroutine each except "good".
var ssKinds = []string{"good", "malformed", "oversize", "slow_send", "slow_read", "idempotent"}

// ssPrompts are short: prompt + max_tokens stays well inside the quick demo's
// 64-token context.
var ssPrompts = []string{"What is a cynic?", "A hacker is", "LAWYER, n.", "Love is", "Define bore.", "kludge n."}

// ssMalformed are bad completion bodies and the API code each must get (400).
var ssMalformed = []struct{ name, body, code string }{
	{"ends early", `{"prompt":"What is a cynic?","adapter":"devil"`, api.CodeInvalidJSON},
	{"wrong type", `{"prompt":42,"adapter":"devil"}`, api.CodeInvalidJSON},
	{"unknown field", `{"prompt":"Love is","adapter":"devil","bogus":1}`, api.CodeInvalidJSON},
	{"empty", ``, api.CodeInvalidJSON},
	{"trailing data", `{"prompt":"Love is","adapter":"devil"} {"x":1}`, api.CodeInvalidJSON},
	{"syntax", `{"prompt":"Love is",}`, api.CodeInvalidJSON},
	{"not json", `prompt=Love+is`, api.CodeInvalidJSON},
	// Longer than the model's 64-token context (under --max-prompt): answered 500
	// internal before the fix in server/lmengine.
	{"over context", `{"prompt":"` + strings.Repeat("LAWYER, n. One skilled in circumvention. ", 20) + `","adapter":"devil","max_tokens":4}`, api.CodePromptTooLong},
}

// ssOutcome is one request's result: its class ("200", "400 invalid_json",
// "conn_refused", ...) and, for a 200 completion, its record id.
type ssOutcome struct {
	class  string
	record string
	conn   bool   // a connection error: the answer, if any, was lost
	detail string // the error, for conn_other
}

// ssRequest is what the soak remembers of one tagged completion request.
type ssRequest struct {
	kind string
	outc ssOutcome
}

// ssSample is one read of the node's /metrics.
type ssSample struct {
	T          float64 `json:"t_s"`
	Process    int     `json:"process"` // 0 before the kill, 1 after the restart
	Goroutines float64 `json:"goroutines"`
	RSS        float64 `json:"rss_bytes"`
	HeapInuse  float64 `json:"heap_inuse_bytes"`
	FDs        float64 `json:"open_fds"`
	Sockets    float64 `json:"sockets"` // of the open files, sockets (/proc/PID/fd)
	InFlight   float64 `json:"in_flight"`
}

// ssThirds compares the first and the last third of a run of samples (medians).
type ssThirds struct {
	Samples         int      `json:"samples"`
	GoroutinesFirst float64  `json:"goroutines_first_third"`
	GoroutinesLast  float64  `json:"goroutines_last_third"`
	RSSFirstMB      float64  `json:"rss_mb_first_third"`
	RSSLastMB       float64  `json:"rss_mb_last_third"`
	HeapFirstMB     float64  `json:"heap_inuse_mb_first_third"`
	HeapLastMB      float64  `json:"heap_inuse_mb_last_third"`
	FDsFirst        float64  `json:"open_fds_first_third"`
	FDsLast         float64  `json:"open_fds_last_third"`
	SocketsFirst    float64  `json:"sockets_first_third"`
	SocketsLast     float64  `json:"sockets_last_third"`
	RSSMaxMB        float64  `json:"rss_mb_max"`
	HeapMaxMB       float64  `json:"heap_inuse_mb_max"`
	FDsMax          float64  `json:"open_fds_max"`
	Grew            []string `json:"grew,omitempty"`
}

// ssReport is what the serve soak measured (POA_SERVE_SOAK_REPORT).
type ssReport struct {
	Duration   string         `json:"duration"`
	Seconds    float64        `json:"seconds"`
	GOMAXPROCS int            `json:"gomaxprocs"`
	Clients    map[string]int `json:"clients"`
	Requests   int            `json:"requests"`
	PerSecond  float64        `json:"requests_per_second"`
	Good       struct {
		OK        int     `json:"ok"`
		PerSecond float64 `json:"ok_per_second"`
		P50ms     float64 `json:"p50_ms"`
		P99ms     float64 `json:"p99_ms"`
		MaxMs     float64 `json:"max_ms"`
	} `json:"good"`
	Outcomes   map[string]map[string]int `json:"outcomes"` // client kind → class → count
	Errors     map[string]int            `json:"errors"`   // every non-200 class, all kinds
	Unexpected map[string]int            `json:"unexpected,omitempty"`
	Kill       struct {
		AtS             float64 `json:"at_s"`
		InFlight        int     `json:"requests_in_flight"`
		RestartMs       float64 `json:"restart_ms"`  // kill → "serving on" of the new process
		DowntimeMs      float64 `json:"downtime_ms"` // kill → first good 200 after it
		ConnErrors      int     `json:"conn_errors"`
		OutsideWindow   int     `json:"conn_errors_outside_kill_window"`
		OKBefore        int     `json:"good_ok_before"`
		OKAfter         int     `json:"good_ok_after"`
		ServerLogErrors int     `json:"server_log_errors"`
	} `json:"kill"`
	ShutdownMs float64    `json:"graceful_shutdown_ms"`
	Samples    []ssSample `json:"samples"`
	Growth     struct {
		Whole      ssThirds   `json:"whole_run"`
		PerProcess []ssThirds `json:"per_process"`
	} `json:"growth"`
	Store struct {
		Records         int `json:"new_records"`
		OKChecked       int `json:"ok_records_found"`
		Missing         int `json:"ok_records_missing"`
		Duplicated      int `json:"requests_with_several_records"`
		AnswerLostFiled int `json:"answer_lost_but_filed"`
		AnswerLostNone  int `json:"answer_lost_not_filed"`
		RejectedFiled   int `json:"rejected_but_filed"`
		Unexplained     int `json:"unexplained_records"`
		IdemKeys        int `json:"idempotency_keys"`
		IdemSends       int `json:"idempotency_sends"`
		IdemOneRecord   int `json:"idempotency_keys_with_one_record"`
	} `json:"store"`
	OK bool `json:"ok"`
}

// ssNode is one `poa serve` process.
type ssNode struct {
	cmd  *exec.Cmd
	url  string
	log  string
	done chan error
}

// startSoakNode runs `poa serve` on addr with the soak's limits and waits for its
// "serving on" line.
func startSoakNode(t *testing.T, dir, addr, logPath string) *ssNode {
	t.Helper()
	lf, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(poaBin, "--data", dir, "serve", "--addr", addr,
		"--max-body", strconv.Itoa(ssMaxBody), "--request-timeout", "60s", "--shutdown-timeout", "20s")
	cmd.Stderr = lf
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lf.Close()
	n := &ssNode{cmd: cmd, log: logPath, done: make(chan error, 1)}
	urlc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if u, ok := strings.CutPrefix(sc.Text(), "poa: serving on "); ok {
				urlc <- strings.TrimSpace(u)
			}
		}
	}()
	go func() { n.done <- cmd.Wait() }()
	select {
	case n.url = <-urlc:
	case err := <-n.done:
		t.Fatalf("poa serve on %s exited before serving: %v\n%s", addr, err, ssTail(logPath, 20))
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("poa serve on %s printed no address within 60 s\n%s", addr, ssTail(logPath, 20))
	}
	return n
}

func ssTail(path string, n int) string {
	b, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// ssClass names a request error: an API error by status and code, a connection error
// by what the socket said.
func ssClass(err error) ssOutcome {
	var e *api.Error
	if errors.As(err, &e) {
		return ssOutcome{class: fmt.Sprintf("%d %s", e.Status, e.Code)}
	}
	var ne net.Error
	c := "conn_other"
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		c = "conn_refused"
	case errors.Is(err, syscall.ECONNRESET):
		c = "conn_reset"
	case errors.Is(err, syscall.EPIPE):
		c = "conn_broken_pipe"
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), strings.Contains(err.Error(), "EOF"):
		c = "conn_eof"
	case errors.Is(err, net.ErrClosed): // the transport closed it after the peer went away
		c = "conn_closed"
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		c = "conn_timeout"
	}
	return ssOutcome{class: c, conn: true, detail: err.Error()}
}

// ssHTTP sends a raw completion request and classifies the answer.
func ssHTTP(ctx context.Context, hc *http.Client, url string, body io.Reader, size int64) ssOutcome {
	req, err := http.NewRequestWithContext(ctx, "POST", url+"/v1/completions", body)
	if err != nil {
		return ssOutcome{class: "client_error"}
	}
	req.ContentLength = size // -1: chunked
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return ssClass(err)
	}
	defer resp.Body.Close()
	return ssAnswer(resp)
}

// ssAnswer classifies a response: "200" with the record id, or the status and code.
func ssAnswer(resp *http.Response) ssOutcome {
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return ssClass(err)
	}
	if resp.StatusCode == http.StatusOK {
		var cr api.CompletionResponse
		if err := json.Unmarshal(raw, &cr); err != nil || cr.Attribution == nil || cr.Attribution.RecordID == "" {
			return ssOutcome{class: "200 without a record"}
		}
		return ssOutcome{class: "200", record: cr.Attribution.RecordID}
	}
	var env api.ErrorResponse
	if json.Unmarshal(raw, &env) == nil && env.Error != nil {
		return ssOutcome{class: fmt.Sprintf("%d %s", resp.StatusCode, env.Error.Code)}
	}
	return ssOutcome{class: fmt.Sprintf("%d non-api", resp.StatusCode)}
}

// ssSlowBody hands out its bytes a few at a time, pausing between reads.
type ssSlowBody struct {
	b     []byte
	chunk int
	pause time.Duration
	ctx   context.Context
}

func (s *ssSlowBody) Read(p []byte) (int, error) {
	if len(s.b) == 0 {
		return 0, io.EOF
	}
	select {
	case <-time.After(s.pause):
	case <-s.ctx.Done():
		return 0, s.ctx.Err()
	}
	n := copy(p[:min(len(p), s.chunk)], s.b)
	s.b = s.b[n:]
	return n, nil
}

// ssSlowConn reads at most chunk bytes per call, pausing before each read.
type ssSlowConn struct {
	r     io.Reader
	chunk int
	pause time.Duration
}

func (s *ssSlowConn) Read(p []byte) (int, error) {
	time.Sleep(s.pause)
	return s.r.Read(p[:min(len(p), s.chunk)])
}

// ssSlowRead sends a completion on a connection with a 4 KiB receive buffer and
// reads the answer 512 bytes every 40 ms, so that the node's write waits on it.
func ssSlowRead(ctx context.Context, hostport string, body []byte) ssOutcome {
	d := net.Dialer{Timeout: 5 * time.Second, Control: func(_, _ string, c syscall.RawConn) error {
		var serr error
		if err := c.Control(func(fd uintptr) {
			serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096)
		}); err != nil {
			return err
		}
		return serr
	}}
	conn, err := d.DialContext(ctx, "tcp", hostport)
	if err != nil {
		return ssClass(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(90 * time.Second))
	stop := context.AfterFunc(ctx, func() { conn.SetDeadline(time.Now()) })
	defer stop()
	req := fmt.Sprintf("POST /v1/completions HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s",
		hostport, len(body), body)
	if _, err := io.WriteString(conn, req); err != nil {
		return ssClass(err)
	}
	br := bufio.NewReaderSize(&ssSlowConn{r: conn, chunk: 512, pause: 40 * time.Millisecond}, 512)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return ssClass(err)
	}
	defer resp.Body.Close()
	return ssAnswer(resp)
}

// ssScrape reads the node's process metrics; RSS falls back to /proc/PID/status.
func ssScrape(ctx context.Context, hc *http.Client, url string, pid int) (ssSample, bool) {
	req, err := http.NewRequestWithContext(ctx, "GET", url+"/metrics", nil)
	if err != nil {
		return ssSample{}, false
	}
	resp, err := hc.Do(req)
	if err != nil {
		return ssSample{}, false
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return ssSample{}, false
	}
	var s ssSample
	s.RSS = -1
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		name, val, ok := strings.Cut(sc.Text(), " ")
		if !ok || strings.HasPrefix(name, "#") {
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil {
			continue
		}
		switch name {
		case "go_goroutines":
			s.Goroutines = v
		case "process_resident_memory_bytes":
			s.RSS = v
		case "go_memstats_heap_inuse_bytes":
			s.HeapInuse = v
		case "process_open_fds":
			s.FDs = v
		case "poa_http_requests_in_flight":
			s.InFlight = v
		}
	}
	if sc.Err() != nil || s.Goroutines == 0 {
		return ssSample{}, false
	}
	// Sockets, apart from the store's files: badger keeps every table file open, so
	// open_fds also grows with the data written.
	fdDir := fmt.Sprintf("/proc/%d/fd", pid)
	if ents, err := os.ReadDir(fdDir); err == nil {
		for _, e := range ents {
			if l, err := os.Readlink(filepath.Join(fdDir, e.Name())); err == nil && strings.HasPrefix(l, "socket:") {
				s.Sockets++
			}
		}
	}
	if s.RSS < 0 { // no process collector: the kernel's count
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
		if err != nil {
			return ssSample{}, false
		}
		for _, l := range strings.Split(string(b), "\n") {
			if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
				kb, _ := strconv.ParseFloat(f[1], 64)
				s.RSS = kb * 1024
			}
		}
	}
	return s, true
}

func ssMedian(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// ssCompare compares the medians of the first and last third of samples and names
// what grew beyond noise: goroutines or sockets by more than 10, heap in use by more
// than a quarter + 32 MiB, RSS by more than half + 64 MiB (one badger memtable: the
// store's memtables are mmapped files, resident as records are written, so RSS climbs
// between flushes). Open files are reported only: badger keeps every table open, so
// they grow with the store.
func ssCompare(samples []ssSample) ssThirds {
	const mb = 1 << 20
	th := ssThirds{Samples: len(samples)}
	for _, s := range samples {
		th.RSSMaxMB, th.HeapMaxMB, th.FDsMax = max(th.RSSMaxMB, s.RSS/mb), max(th.HeapMaxMB, s.HeapInuse/mb), max(th.FDsMax, s.FDs)
	}
	if len(samples) < 6 {
		return th
	}
	k := len(samples) / 3
	first, last := samples[:k], samples[len(samples)-k:]
	med := func(ss []ssSample, f func(ssSample) float64) float64 {
		var xs []float64
		for _, s := range ss {
			xs = append(xs, f(s))
		}
		return ssMedian(xs)
	}
	th.GoroutinesFirst, th.GoroutinesLast = med(first, func(s ssSample) float64 { return s.Goroutines }), med(last, func(s ssSample) float64 { return s.Goroutines })
	th.RSSFirstMB, th.RSSLastMB = med(first, func(s ssSample) float64 { return s.RSS / mb }), med(last, func(s ssSample) float64 { return s.RSS / mb })
	th.HeapFirstMB, th.HeapLastMB = med(first, func(s ssSample) float64 { return s.HeapInuse / mb }), med(last, func(s ssSample) float64 { return s.HeapInuse / mb })
	th.FDsFirst, th.FDsLast = med(first, func(s ssSample) float64 { return s.FDs }), med(last, func(s ssSample) float64 { return s.FDs })
	th.SocketsFirst, th.SocketsLast = med(first, func(s ssSample) float64 { return s.Sockets }), med(last, func(s ssSample) float64 { return s.Sockets })
	if th.GoroutinesLast > th.GoroutinesFirst+10 {
		th.Grew = append(th.Grew, "goroutines")
	}
	if th.SocketsLast > th.SocketsFirst+10 {
		th.Grew = append(th.Grew, "sockets")
	}
	if th.HeapLastMB > 1.25*th.HeapFirstMB+32 {
		th.Grew = append(th.Grew, "heap")
	}
	if th.RSSLastMB > 1.5*th.RSSFirstMB+64 {
		th.Grew = append(th.Grew, "rss")
	}
	return th
}

// TestServeSoak runs `poa serve` under a bounded mixed load for POA_SERVE_SOAK
// (default 20s; make soak-serve: 2m): 4 clients sending good completions, and one
// each sending malformed JSON, bodies over --max-body, a body a few bytes at a time,
// a completion whose answer it reads slowly, and completions retried with an
// Idempotency-Key. Halfway through, the node is killed with SIGKILL and started again
// on the same port. It reports throughput, the latency of good requests, outcomes by
// class and the node's goroutines, sockets, RSS, heap and open files over time; it fails on a
// wrong status, a connection error outside the kill, growth between the first and
// last third of a process's samples, a record answered 200 but not in the store, a
// retried Idempotency-Key billed twice, or a record nobody asked for.
// POA_SERVE_SOAK_REPORT=FILE writes the report as JSON.
func TestServeSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("the serve soak takes 35 s or more (a quick demo, then 20 s of load); make soak-serve runs it for 2 minutes")
	}
	dur := 20 * time.Second
	if v := os.Getenv("POA_SERVE_SOAK"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 4*time.Second {
			t.Fatalf("POA_SERVE_SOAK=%q: want a duration of at least 4s", v)
		}
		dur = d
	}
	dir := t.TempDir()
	mustPoa(t, dir, "--quiet", "demo", "--quick")

	// The records the demo filed; every other record after the run must be one a
	// soak request asked for.
	baseline := map[string]bool{}
	{
		st, err := store.Open(store.DefaultOptions(dir))
		if err != nil {
			t.Fatal(err)
		}
		err = settlement.Records(st, 0, func(r *influence.Record) error { baseline[r.ID] = true; return nil })
		st.Close()
		if err != nil {
			t.Fatal(err)
		}
	}

	node := startSoakNode(t, dir, "127.0.0.1:0", filepath.Join(dir, "serve-0.log"))
	defer func() {
		if node.cmd.ProcessState == nil {
			node.cmd.Process.Kill()
			<-node.done
		}
	}()
	url := node.url
	hostport := strings.TrimPrefix(url, "http://")
	var pid atomic.Int64
	pid.Store(int64(node.cmd.Process.Pid))

	mkHTTP := func(timeout time.Duration) *http.Client {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = 4
		return &http.Client{Transport: tr, Timeout: timeout}
	}
	cl, err := client.New(url, client.WithHTTPClient(mkHTTP(90*time.Second)))
	if err != nil {
		t.Fatal(err)
	}
	ads, err := cl.Adapters(context.Background())
	if err != nil || len(ads) == 0 {
		t.Fatalf("adapters: %v %v", ads, err)
	}
	var adapters []string
	for _, a := range ads {
		adapters = append(adapters, a.Name)
	}

	var (
		mu        sync.Mutex
		reqs      = map[string]*ssRequest{} // tagged prompt → request
		outcomes  = map[string]map[string]int{}
		lat       []time.Duration
		connAt    []time.Time
		okAt      []time.Time             // good 200s
		idem      = map[string]string{}   // key → prompt
		idemIDs   = map[string][]string{} // key → record ids answered
		idemSent  int
		inflight  atomic.Int64
		otherErrs []string
		killAt    time.Time
		readyAt   time.Time
	)
	for _, k := range ssKinds {
		outcomes[k] = map[string]int{}
	}
	record := func(kind, prompt string, o ssOutcome, took time.Duration) {
		mu.Lock()
		defer mu.Unlock()
		outcomes[kind][o.class]++
		if o.conn {
			connAt = append(connAt, time.Now())
			if o.class == "conn_other" && len(otherErrs) < 5 {
				otherErrs = append(otherErrs, kind+": "+o.detail)
			}
		}
		if prompt != "" && kind != "idempotent" {
			reqs[prompt] = &ssRequest{kind: kind, outc: o}
		}
		if kind == "good" && o.class == "200" {
			lat = append(lat, took)
			okAt = append(okAt, time.Now())
		}
	}
	completion := func(prompt, adapter string, maxTokens int) []byte {
		b, _ := json.Marshal(api.CompletionRequest{Prompt: prompt, Adapter: adapter, MaxTokens: maxTokens})
		return b
	}
	backoff := func(ctx context.Context, o ssOutcome) {
		if o.conn {
			select { // the node is down: don't spin
			case <-time.After(50 * time.Millisecond):
			case <-ctx.Done():
			}
		}
	}

	start := time.Now()
	end := start.Add(dur)
	// Requests still running 60 s after the end are canceled.
	ctx, cancel := context.WithDeadline(context.Background(), end.Add(60*time.Second))
	defer cancel()
	running := func() bool { return time.Now().Before(end) && ctx.Err() == nil }
	var wg sync.WaitGroup
	worker := func(seed uint64, fn func(rng *rand.Rand, i int)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(seed, 7))
			for i := 0; running(); i++ {
				fn(rng, i)
			}
		}()
	}
	send := func(kind, prompt string, f func() ssOutcome) ssOutcome {
		inflight.Add(1)
		t0 := time.Now()
		o := f()
		took := time.Since(t0)
		inflight.Add(-1)
		record(kind, prompt, o, took)
		return o
	}

	// complete sends one completion through the client and classifies the answer.
	complete := func(req api.CompletionRequest) ssOutcome {
		resp, err := cl.Complete(ctx, req)
		if err != nil {
			return ssClass(err)
		}
		if resp.Attribution == nil || resp.Attribution.RecordID == "" {
			return ssOutcome{class: "200 without a record"}
		}
		return ssOutcome{class: "200", record: resp.Attribution.RecordID}
	}
	for w := range ssGoodClients {
		worker(uint64(w), func(rng *rand.Rand, i int) {
			prompt := fmt.Sprintf("%s #g%d-%d", ssPrompts[rng.IntN(len(ssPrompts))], w, i)
			req := api.CompletionRequest{Prompt: prompt, Adapter: adapters[rng.IntN(len(adapters))], MaxTokens: 4 + rng.IntN(13)}
			o := send("good", prompt, func() ssOutcome { return complete(req) })
			backoff(ctx, o)
		})
	}
	malformedHTTP := mkHTTP(30 * time.Second)
	worker(100, func(rng *rand.Rand, i int) {
		m := ssMalformed[i%len(ssMalformed)]
		o := send("malformed", "", func() ssOutcome {
			return ssHTTP(ctx, malformedHTTP, url, strings.NewReader(m.body), int64(len(m.body)))
		})
		if !o.conn && o.class != "400 "+m.code {
			mu.Lock()
			outcomes["malformed"]["unexpected: "+m.name+" → "+o.class]++
			mu.Unlock()
		}
		backoff(ctx, o)
		time.Sleep(20 * time.Millisecond)
	})
	oversizeHTTP := mkHTTP(30 * time.Second)
	big := []byte(`{"prompt":"` + strings.Repeat("a", ssOversize) + `","adapter":"devil"}`)
	worker(101, func(rng *rand.Rand, i int) {
		size := int64(len(big))
		var body io.Reader = bytes.NewReader(big)
		if i%2 == 1 { // chunked: no Content-Length to refuse up front
			size, body = -1, io.MultiReader(bytes.NewReader(big))
		}
		o := send("oversize", "", func() ssOutcome { return ssHTTP(ctx, oversizeHTTP, url, body, size) })
		backoff(ctx, o)
		time.Sleep(50 * time.Millisecond)
	})
	slowHTTP := mkHTTP(90 * time.Second)
	worker(102, func(rng *rand.Rand, i int) {
		prompt := fmt.Sprintf("%s #s%d", ssPrompts[rng.IntN(len(ssPrompts))], i)
		b := completion(prompt, adapters[rng.IntN(len(adapters))], 8)
		o := send("slow_send", prompt, func() ssOutcome {
			return ssHTTP(ctx, slowHTTP, url, &ssSlowBody{b: b, chunk: 8, pause: 100 * time.Millisecond, ctx: ctx}, int64(len(b)))
		})
		backoff(ctx, o)
	})
	worker(103, func(rng *rand.Rand, i int) {
		prompt := fmt.Sprintf("%s #r%d", ssPrompts[rng.IntN(len(ssPrompts))], i)
		b := completion(prompt, adapters[rng.IntN(len(adapters))], 16)
		o := send("slow_read", prompt, func() ssOutcome { return ssSlowRead(ctx, hostport, b) })
		backoff(ctx, o)
	})
	// Idempotent: each key is sent twice at once and once more after, and every send
	// that loses its answer (the kill) is sent again until it gets one.
	runID := strconv.FormatInt(time.Now().UnixNano(), 36)
	worker(104, func(rng *rand.Rand, i int) {
		key := fmt.Sprintf("soak-%s-%d", runID, i)
		prompt := fmt.Sprintf("%s #i%d", ssPrompts[rng.IntN(len(ssPrompts))], i)
		req := api.CompletionRequest{Prompt: prompt, Adapter: adapters[rng.IntN(len(adapters))], MaxTokens: 8, IdempotencyKey: key}
		mu.Lock()
		idem[key] = prompt
		mu.Unlock()
		attempt := func() {
			for ctx.Err() == nil {
				o := send("idempotent", prompt, func() ssOutcome { return complete(req) })
				mu.Lock()
				idemSent++
				if o.class == "200" {
					idemIDs[key] = append(idemIDs[key], o.record)
				}
				mu.Unlock()
				if !o.conn {
					return
				}
				backoff(ctx, o)
			}
		}
		var pair sync.WaitGroup
		for range 2 {
			pair.Add(1)
			go func() { defer pair.Done(); attempt() }()
		}
		pair.Wait()
		attempt()
	})

	// The sampler reads /metrics through the run.
	var samples []ssSample
	var proc atomic.Int32
	sampleEvery := min(max(dur/100, 200*time.Millisecond), 2*time.Second)
	sampled := make(chan struct{})
	scrapeHTTP := mkHTTP(5 * time.Second)
	go func() {
		defer close(sampled)
		tk := time.NewTicker(sampleEvery)
		defer tk.Stop()
		for time.Now().Before(end) {
			<-tk.C
			p := proc.Load()
			if s, ok := ssScrape(ctx, scrapeHTTP, url, int(pid.Load())); ok && p == proc.Load() {
				s.T, s.Process = time.Since(start).Seconds(), int(p)
				mu.Lock()
				samples = append(samples, s)
				mu.Unlock()
			}
		}
	}()

	// Halfway: kill -9, start again on the same port, wait until it answers.
	var rep ssReport
	time.Sleep(time.Until(start.Add(dur / 2)))
	rep.Kill.InFlight = int(inflight.Load())
	mu.Lock()
	killAt = time.Now()
	proc.Store(1)
	mu.Unlock()
	if err := node.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-node.done
	node = startSoakNode(t, dir, hostport, filepath.Join(dir, "serve-1.log"))
	pid.Store(int64(node.cmd.Process.Pid))
	rep.Kill.RestartMs = float64(time.Since(killAt).Microseconds()) / 1000
	for {
		if _, err := cl.Health(ctx); err == nil {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("the restarted node never answered /healthz")
		}
		time.Sleep(10 * time.Millisecond)
	}
	mu.Lock()
	readyAt = time.Now()
	mu.Unlock()

	wg.Wait()
	<-sampled
	elapsed := time.Since(start)
	if ctx.Err() != nil {
		t.Errorf("requests still running 60 s after the soak's end were canceled")
	}
	if s, ok := ssScrape(context.Background(), scrapeHTTP, url, int(pid.Load())); ok {
		s.T, s.Process = time.Since(start).Seconds(), 1
		samples = append(samples, s)
	}

	// Graceful stop of the second process.
	t0 := time.Now()
	if err := node.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-node.done:
		if err != nil {
			t.Errorf("poa serve after SIGTERM: %v\n%s", err, ssTail(node.log, 20))
		}
	case <-time.After(30 * time.Second):
		node.cmd.Process.Kill()
		<-node.done
		t.Errorf("poa serve did not stop within 30 s of SIGTERM")
	}
	rep.ShutdownMs = float64(time.Since(t0).Microseconds()) / 1000

	// The report.
	rep.Duration, rep.Seconds, rep.GOMAXPROCS = dur.String(), elapsed.Seconds(), runtime.GOMAXPROCS(0)
	rep.Clients = map[string]int{"good": ssGoodClients, "malformed": 1, "oversize": 1, "slow_send": 1, "slow_read": 1, "idempotent": 1}
	rep.Outcomes, rep.Errors, rep.Unexpected = outcomes, map[string]int{}, map[string]int{}
	allowed := map[string]func(class string) bool{
		"good":       func(c string) bool { return c == "200" },
		"malformed":  func(c string) bool { return c == "400 "+api.CodeInvalidJSON || c == "400 "+api.CodePromptTooLong },
		"oversize":   func(c string) bool { return c == "413 "+api.CodeBodyTooLarge },
		"slow_send":  func(c string) bool { return c == "200" },
		"slow_read":  func(c string) bool { return c == "200" },
		"idempotent": func(c string) bool { return c == "200" },
	}
	for kind, m := range outcomes {
		for class, n := range m {
			rep.Requests += n
			if strings.HasPrefix(class, "unexpected: ") {
				rep.Requests -= n // counted under its class too
				rep.Unexpected[kind+": "+strings.TrimPrefix(class, "unexpected: ")] += n
				continue
			}
			if class != "200" {
				rep.Errors[class] += n
			}
			if !strings.HasPrefix(class, "conn_") && !allowed[kind](class) {
				rep.Unexpected[kind+": "+class] += n
			}
		}
	}
	rep.PerSecond = float64(rep.Requests) / elapsed.Seconds()
	slices.Sort(lat)
	q := func(f float64) float64 {
		if len(lat) == 0 {
			return 0
		}
		return float64(lat[min(len(lat)-1, int(f*float64(len(lat))))].Microseconds()) / 1000
	}
	rep.Good.OK = len(lat)
	rep.Good.PerSecond = float64(len(lat)) / elapsed.Seconds()
	rep.Good.P50ms, rep.Good.P99ms = q(0.50), q(0.99)
	if len(lat) > 0 {
		rep.Good.MaxMs = float64(lat[len(lat)-1].Microseconds()) / 1000
	}
	rep.Kill.AtS = killAt.Sub(start).Seconds()
	rep.Kill.ConnErrors = len(connAt)
	for _, at := range connAt {
		// Answers lost to the kill, and sends refused until the new process listens.
		if at.Before(killAt) || at.After(readyAt.Add(time.Second)) {
			rep.Kill.OutsideWindow++
		}
	}
	first := time.Time{}
	for _, at := range okAt {
		if at.Before(killAt) {
			rep.Kill.OKBefore++
		} else {
			rep.Kill.OKAfter++
			if first.IsZero() || at.Before(first) {
				first = at
			}
		}
	}
	if !first.IsZero() {
		rep.Kill.DowntimeMs = float64(first.Sub(killAt).Microseconds()) / 1000
	}
	for _, lp := range []string{filepath.Join(dir, "serve-0.log"), filepath.Join(dir, "serve-1.log")} {
		b, _ := os.ReadFile(lp)
		for _, l := range strings.Split(string(b), "\n") {
			if strings.Contains(l, "level=ERROR") || strings.Contains(l, "panic") {
				rep.Kill.ServerLogErrors++
				if rep.Kill.ServerLogErrors <= 5 {
					t.Logf("node log: %s", l)
				}
			}
		}
	}
	rep.Samples = samples
	rep.Growth.Whole = ssCompare(samples)
	for p := range 2 {
		var ps []ssSample
		for _, s := range samples {
			if s.Process == p {
				ps = append(ps, s)
			}
		}
		rep.Growth.PerProcess = append(rep.Growth.PerProcess, ssCompare(ps))
	}

	// The store: every 200 is a record, every retried key one record, nothing else.
	st, err := store.Open(store.DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	byPrompt := map[string][]string{}
	err = settlement.Records(st, 0, func(r *influence.Record) error {
		if !baseline[r.ID] {
			rep.Store.Records++
			byPrompt[r.Prompt] = append(byPrompt[r.Prompt], r.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	explained := map[string]bool{}
	for prompt, r := range reqs {
		ids := byPrompt[prompt]
		explained[prompt] = true
		switch {
		case len(ids) > 1:
			rep.Store.Duplicated++
			t.Errorf("%s request %q has %d records %v", r.kind, prompt, len(ids), ids)
		case r.outc.class == "200":
			got, err := settlement.Record(st, r.outc.record)
			if err != nil || got.ID != r.outc.record || got.Prompt != prompt {
				rep.Store.Missing++
				t.Errorf("%s request %q answered 200 with record %s; the store: %v", r.kind, prompt, r.outc.record, err)
			} else {
				rep.Store.OKChecked++
			}
		case r.outc.conn && len(ids) == 1:
			rep.Store.AnswerLostFiled++
		case r.outc.conn:
			rep.Store.AnswerLostNone++
		case len(ids) > 0:
			rep.Store.RejectedFiled++
			t.Errorf("%s request %q answered %s, yet filed %v", r.kind, prompt, r.outc.class, ids)
		}
	}
	rep.Store.IdemKeys, rep.Store.IdemSends = len(idem), idemSent
	for key, prompt := range idem {
		explained[prompt] = true
		ids, got := byPrompt[prompt], idemIDs[key]
		if len(ids) > 1 {
			t.Errorf("Idempotency-Key %s billed %d records %v", key, len(ids), ids)
			continue
		}
		for _, id := range got {
			if len(ids) != 1 || id != ids[0] {
				t.Errorf("Idempotency-Key %s answered record %s; the store has %v", key, id, ids)
			}
		}
		prior, err := settlement.ByIdempotencyKey(st, key)
		switch {
		case err != nil:
			t.Errorf("Idempotency-Key %s: %v", key, err)
		case len(ids) == 1 && (prior == nil || prior.ID != ids[0]):
			t.Errorf("Idempotency-Key %s points at %v, its record is %s", key, prior, ids[0])
		case len(ids) == 1:
			rep.Store.IdemOneRecord++
		case len(got) > 0:
			t.Errorf("Idempotency-Key %s answered %v but has no record", key, got)
		}
	}
	for prompt, ids := range byPrompt {
		if !explained[prompt] {
			rep.Store.Unexplained += len(ids)
			t.Errorf("records %v (prompt %q) answer no soak request", ids, prompt)
		}
	}
	st.Close()

	// Verdicts.
	if len(rep.Unexpected) > 0 {
		t.Errorf("unexpected outcomes: %v", rep.Unexpected)
	}
	if rep.Kill.OutsideWindow > 0 {
		t.Errorf("%d connection errors outside the kill window (kill at %.1fs, ready %.0f ms later)", rep.Kill.OutsideWindow, rep.Kill.AtS, float64(readyAt.Sub(killAt).Milliseconds()))
	}
	if rep.Kill.OKBefore == 0 || rep.Kill.OKAfter == 0 {
		t.Errorf("good completions: %d before the kill, %d after the restart", rep.Kill.OKBefore, rep.Kill.OKAfter)
	}
	if rep.Kill.ServerLogErrors > 0 {
		t.Errorf("%d error lines in the node's log", rep.Kill.ServerLogErrors)
	}
	for _, k := range []string{"slow_send", "slow_read", "idempotent"} {
		if outcomes[k]["200"] == 0 {
			t.Errorf("no %s request succeeded: %v", k, outcomes[k])
		}
	}
	// Across the whole run the first and last thirds are different processes, and memory
	// depends on how each started: after a kill -9 the node's heap starts about 95 MB
	// higher (idle, 260 vs 165 MB in use: badger's replayed memtable, until flushed) and
	// takes every client's retry at once. So the whole run is held to goroutines and
	// sockets; each process to goroutines, sockets, heap and RSS over its own life.
	for _, g := range rep.Growth.Whole.Grew {
		if g == "goroutines" || g == "sockets" {
			t.Errorf("%s grew from the first to the last third of the run: %+v", g, rep.Growth.Whole)
		}
	}
	for p, th := range rep.Growth.PerProcess {
		if len(th.Grew) > 0 {
			t.Errorf("process %d grew from the first to the last third of its life: %v (%+v)", p, th.Grew, th)
		}
	}
	rep.OK = !t.Failed()

	t.Logf("serve soak: %s, %d requests (%.1f/s); good: %d ok, %.1f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms",
		rep.Duration, rep.Requests, rep.PerSecond, rep.Good.OK, rep.Good.PerSecond, rep.Good.P50ms, rep.Good.P99ms, rep.Good.MaxMs)
	for _, k := range ssKinds {
		t.Logf("  %-10s %v", k, outcomes[k])
	}
	for _, e := range otherErrs {
		t.Logf("  conn_other: %s", e)
	}
	t.Logf("kill -9 at %.1fs with %d requests in flight: restarted in %.0f ms, first good answer %.0f ms after the kill; %d connection errors (%d outside the kill window)",
		rep.Kill.AtS, rep.Kill.InFlight, rep.Kill.RestartMs, rep.Kill.DowntimeMs, rep.Kill.ConnErrors, rep.Kill.OutsideWindow)
	for i, th := range append([]ssThirds{rep.Growth.Whole}, rep.Growth.PerProcess...) {
		name := "whole run"
		if i > 0 {
			name = fmt.Sprintf("process %d", i-1)
		}
		t.Logf("  %-9s %3d samples: goroutines %.0f → %.0f, sockets %.0f → %.0f, RSS %.1f → %.1f MB, heap in use %.1f → %.1f MB, open files %.0f → %.0f; max RSS %.0f MB, heap %.0f MB, open files %.0f",
			name, th.Samples, th.GoroutinesFirst, th.GoroutinesLast, th.SocketsFirst, th.SocketsLast, th.RSSFirstMB, th.RSSLastMB, th.HeapFirstMB, th.HeapLastMB, th.FDsFirst, th.FDsLast,
			th.RSSMaxMB, th.HeapMaxMB, th.FDsMax)
	}
	t.Logf("store: %d new records; %d of %d answered 200 found; answer lost to the kill: %d filed, %d not; %d Idempotency-Keys sent %d times, %d with exactly one record; %d unexplained",
		rep.Store.Records, rep.Store.OKChecked, rep.Store.OKChecked+rep.Store.Missing, rep.Store.AnswerLostFiled, rep.Store.AnswerLostNone,
		rep.Store.IdemKeys, rep.Store.IdemSends, rep.Store.IdemOneRecord, rep.Store.Unexplained)
	t.Logf("graceful shutdown %.0f ms", rep.ShutdownMs)
	if out := os.Getenv("POA_SERVE_SOAK_REPORT"); out != "" {
		b, _ := json.MarshalIndent(rep, "", "  ")
		if err := os.WriteFile(out, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

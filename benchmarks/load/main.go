// Command load is the prover node's load check: C concurrent clients send
// completions with attribution (or another endpoint, --target) for T seconds to
// a node on loopback and report throughput and p50/p99 latency, next to a
// baseline measured in the same run: GET /healthz at the same concurrency, the
// cost of the HTTP path alone.
//
// By default it starts its own node, `poa --data DIR serve --addr 127.0.0.1:0`
// (building ./cmd/poa when --poa is absent), and stops it with SIGTERM at the
// end, timing the graceful shutdown. --url targets a node already running.
//
//	go run ./benchmarks/load                               # ./poa-data, 8 clients, 10 s
//	go run ./benchmarks/load --concurrency 16 --duration 30s --adapter devil
//	go run ./benchmarks/load --url http://127.0.0.1:8080 --target datanets --json
//
// The run is bounded: clients stop starting requests at T and any request still
// running at T + --grace is canceled. Only loopback nodes are accepted.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"syscall"
	"time"

	"poa/api"
	"poa/client"
)

type phase struct {
	Target      string         `json:"target"`
	Concurrency int            `json:"concurrency"`
	Seconds     float64        `json:"seconds"`
	OK          int            `json:"ok"`
	Errors      map[string]int `json:"errors"` // by API error code
	PerSecond   float64        `json:"ok_per_second"`
	P50ms       float64        `json:"p50_ms"`
	P99ms       float64        `json:"p99_ms"`
	MaxMs       float64        `json:"max_ms"`
	Tokens      int            `json:"completion_tokens,omitempty"`
	TokensPerS  float64        `json:"completion_tokens_per_second,omitempty"`
}

type report struct {
	URL         string  `json:"url"`
	GOMAXPROCS  int     `json:"gomaxprocs"`
	Baseline    phase   `json:"baseline"`
	Load        phase   `json:"load"`
	LatencyX    float64 `json:"p50_ratio_vs_baseline"`        // load p50 / baseline p50
	ThroughputX float64 `json:"throughput_ratio_vs_baseline"` // load ok/s / baseline ok/s
	ShutdownMs  float64 `json:"graceful_shutdown_ms,omitempty"`
}

var prompts = []string{
	"What is a cynic?",
	"Define the word bore.",
	"A hacker is",
	"What does the dictionary say about lawyers?",
	"Explain the jargon word kludge.",
	"Love is",
}

func main() {
	var (
		nodeURL  = flag.String("url", "", "node to load (loopback only); empty: start `poa serve` here")
		poaBin   = flag.String("poa", "", "poa binary for the node this program starts (default: build ./cmd/poa)")
		dataDir  = flag.String("data", "./poa-data", "data directory of the node this program starts")
		conc     = flag.Int("concurrency", 8, "concurrent clients")
		dur      = flag.Duration("duration", 10*time.Second, "how long to send load")
		baseDur  = flag.Duration("baseline", 2*time.Second, "how long to measure the /healthz baseline")
		grace    = flag.Duration("grace", 30*time.Second, "cancel requests still running this long after --duration")
		target   = flag.String("target", "completions", "endpoint to load: completions, datanets, epoch, healthz")
		adapter  = flag.String("adapter", "", "adapter for completions (empty: base model)")
		maxTok   = flag.Int("max-tokens", 16, "max_tokens of each completion")
		jsonOut  = flag.Bool("json", false, "print the report as JSON")
		warmupOK = flag.Bool("allow-errors", false, "exit 0 even if no request of the load phase succeeded")
	)
	flag.Parse()
	log.SetFlags(0)
	if *conc < 1 || *dur <= 0 {
		log.Fatal("load: --concurrency must be ≥ 1 and --duration > 0")
	}

	rep := report{GOMAXPROCS: runtime.GOMAXPROCS(0)}
	var stop func() time.Duration
	if *nodeURL == "" {
		u, st, err := startNode(*poaBin, *dataDir)
		if err != nil {
			log.Fatalf("load: %v", err)
		}
		*nodeURL, stop = u, st
		defer func() {
			if stop != nil {
				stop()
			}
		}()
	}
	if err := checkLoopback(*nodeURL); err != nil {
		log.Fatalf("load: %v", err)
	}
	rep.URL = *nodeURL
	c, err := client.New(*nodeURL)
	if err != nil {
		log.Fatalf("load: %v", err)
	}
	ctx := context.Background()
	if _, err := c.Health(ctx); err != nil {
		log.Fatalf("load: node %s is not healthy: %v", *nodeURL, err)
	}

	call := func(ctx context.Context, worker, i int) (int, error) {
		switch *target {
		case "healthz":
			_, err := c.Health(ctx)
			return 0, err
		case "datanets":
			_, err := c.Datanets(ctx)
			return 0, err
		case "epoch":
			_, err := c.Epoch(ctx, 0)
			return 0, err
		case "completions":
			seed := int64(worker*100000 + i)
			resp, err := c.Complete(ctx, api.CompletionRequest{Prompt: prompts[(worker+i)%len(prompts)],
				Adapter: *adapter, MaxTokens: *maxTok, Seed: &seed})
			if err == nil && resp.Attribution == nil {
				err = errors.New("completion without attribution")
			}
			return resp.Usage.CompletionTokens, err
		}
		return 0, fmt.Errorf("unknown --target %q", *target)
	}
	health := func(ctx context.Context, _, _ int) (int, error) { _, err := c.Health(ctx); return 0, err }

	rep.Baseline = run("healthz", *conc, *baseDur, *grace, health)
	rep.Load = run(*target, *conc, *dur, *grace, call)
	if rep.Baseline.P50ms > 0 && rep.Load.P50ms > 0 {
		rep.LatencyX = rep.Load.P50ms / rep.Baseline.P50ms
	}
	if rep.Baseline.PerSecond > 0 {
		rep.ThroughputX = rep.Load.PerSecond / rep.Baseline.PerSecond
	}
	if stop != nil {
		rep.ShutdownMs = float64(stop().Microseconds()) / 1000
		stop = nil
	}

	if *jsonOut {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		enc.Encode(rep)
	} else {
		fmt.Printf("node %s  GOMAXPROCS=%d\n", rep.URL, rep.GOMAXPROCS)
		for _, p := range []phase{rep.Baseline, rep.Load} {
			fmt.Printf("%-12s c=%-3d %5.1fs  ok %6d  %9.1f/s  p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms  errors %v",
				p.Target, p.Concurrency, p.Seconds, p.OK, p.PerSecond, p.P50ms, p.P99ms, p.MaxMs, p.Errors)
			if p.Tokens > 0 {
				fmt.Printf("  %.1f tokens/s", p.TokensPerS)
			}
			fmt.Println()
		}
		fmt.Printf("ratio vs healthz baseline: p50 ×%.2f, throughput ×%.4f\n", rep.LatencyX, rep.ThroughputX)
		if rep.ShutdownMs > 0 {
			fmt.Printf("graceful shutdown: %.1f ms\n", rep.ShutdownMs)
		}
	}
	if rep.Load.OK == 0 && !*warmupOK {
		fmt.Fprintf(os.Stderr, "load: no %s request succeeded (errors by code: %v)", *target, rep.Load.Errors)
		if rep.Load.Errors[api.CodeNotReady] > 0 {
			fmt.Fprint(os.Stderr, "; the node has no model/attribution engine plugged in: run `poa demo` first, or use --target datanets")
		}
		fmt.Fprintln(os.Stderr)
		os.Exit(1)
	}
}

// run drives conc workers calling fn until d has passed; requests still running
// at d+grace are canceled.
func run(name string, conc int, d, grace time.Duration, fn func(ctx context.Context, worker, i int) (int, error)) phase {
	ctx, cancel := context.WithTimeout(context.Background(), d+grace)
	defer cancel()
	start := time.Now()
	end := start.Add(d)
	var mu sync.Mutex
	var lat []time.Duration
	p := phase{Target: name, Concurrency: conc, Errors: map[string]int{}}
	var wg sync.WaitGroup
	for w := range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; time.Now().Before(end) && ctx.Err() == nil; i++ {
				t0 := time.Now()
				toks, err := fn(ctx, w, i)
				el := time.Since(t0)
				mu.Lock()
				if err != nil {
					p.Errors[errCode(err)]++
				} else {
					p.OK++
					p.Tokens += toks
					lat = append(lat, el)
				}
				mu.Unlock()
				if client.IsCode(err, api.CodeNotReady) {
					return // the node says it cannot serve this: no point hammering it
				}
			}
		}()
	}
	wg.Wait()
	p.Seconds = time.Since(start).Seconds()
	slices.Sort(lat)
	q := func(f float64) float64 {
		if len(lat) == 0 {
			return 0
		}
		return float64(lat[min(len(lat)-1, int(f*float64(len(lat))))].Microseconds()) / 1000
	}
	p.P50ms, p.P99ms = q(0.50), q(0.99)
	if len(lat) > 0 {
		p.MaxMs = float64(lat[len(lat)-1].Microseconds()) / 1000
	}
	p.PerSecond = float64(p.OK) / p.Seconds
	p.TokensPerS = float64(p.Tokens) / p.Seconds
	return p
}

func errCode(err error) string {
	var e *api.Error
	switch {
	case errors.As(err, &e):
		return e.Code
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return "client_deadline"
	}
	return "transport"
}

func checkLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return err
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("node %s is not on loopback: the load check only runs against 127.0.0.1/::1/localhost", raw)
	}
	return nil
}

// startNode runs `poa --data dir serve --addr 127.0.0.1:0 --json` and returns its
// URL and a function that stops it with SIGTERM and returns how long it took.
func startNode(bin, dir string) (string, func() time.Duration, error) {
	if bin == "" {
		tmp, err := os.MkdirTemp("", "poa-load-")
		if err != nil {
			return "", nil, err
		}
		bin = filepath.Join(tmp, "poa")
		build := exec.Command("go", "build", "-o", bin, "./cmd/poa")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return "", nil, fmt.Errorf("build ./cmd/poa (run from the repository root, or pass --poa): %w", err)
		}
	}
	cmd := exec.Command(bin, "--data", dir, "--json", "serve", "--addr", "127.0.0.1:0")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("start %s serve: %w", bin, err)
	}
	first := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		var buf []byte
		for sc.Scan() { // the --json ready object spans several lines
			buf = append(buf, sc.Bytes()...)
			var v struct{ URL string }
			if json.Unmarshal(buf, &v) == nil && v.URL != "" {
				first <- v.URL
				break
			}
		}
		for sc.Scan() {
		}
	}()
	var u string
	select {
	case u = <-first:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		return "", nil, errors.New("poa serve did not report its address within 60 s")
	}
	stop := func() time.Duration {
		t0 := time.Now()
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				log.Printf("load: poa serve exited: %v", err)
			}
		case <-time.After(45 * time.Second):
			cmd.Process.Kill()
			<-done
			log.Printf("load: poa serve did not stop within 45 s of SIGTERM; killed")
		}
		return time.Since(t0)
	}
	return u, stop, nil
}

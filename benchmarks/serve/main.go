// Command serve measures multi-adapter serving (inference.Server, the OpenLoRA
// piece) in one process, every number next to a baseline timed in the same run:
//
//	go run ./benchmarks/serve [--adapters 1,100,1000] [--duration 3s] [--concurrency 16] [--json]
//
// It builds a random base model of a named config (the demo's "small" by default),
// writes the largest N random LoRA adapters (rank 8 on attn and mlp, the demo's
// shape) to a temporary folder, and for each N:
//
//   - cold load: a fresh Server loads all N adapters through its loader (files read
//     and parsed); the time per adapter, and the memory they hold: the Server's
//     cache bytes per adapter and the heap's growth per adapter (after GC), both
//     next to the adapter's parameter bytes;
//   - load: C clients send decode requests (a random prompt, a fixed number of
//     sampled tokens, no stop token: the same work per request) for --duration, each
//     to an adapter drawn uniformly from the N, through Server.Decode, once with
//     continuous batching (MaxBatch --max-batch) and once unbatched (MaxBatch 1:
//     one request at a time). It reports tokens/s, p50/p99 request latency, the mean
//     batch, the ratio to the N=1 batched run and batched/unbatched.
//
// Goroutines and RSS are read before the first phase and after the last one (the
// servers dropped, memory returned to the OS): the decode loop exits when idle and
// nothing should grow. The machine may be shared: the load average is printed, and
// ratios within one run are the numbers to compare.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	"poa/inference"
)

type loadPhase struct {
	Adapters   int     `json:"adapters"`
	MaxBatch   int     `json:"max_batch"`
	Requests   int     `json:"requests"`
	Tokens     int     `json:"tokens"`
	Seconds    float64 `json:"seconds"`
	TokensPerS float64 `json:"tokens_per_second"`
	P50ms      float64 `json:"p50_ms"`
	P99ms      float64 `json:"p99_ms"`
	MeanBatch  float64 `json:"mean_batch"`
	// CPUms is the process's CPU time (user + system) per 1,000 tokens: on a shared
	// machine, the cost that other processes' load does not inflate.
	CPUms float64 `json:"cpu_ms_per_1k_tokens"`
	// VsOne is tokens/s over the first N's (1 by default) at the same MaxBatch, and
	// CPUVsOne that N's CPU time per token over this one's (> 1: cheaper).
	VsOne    float64 `json:"vs_one_adapter"`
	CPUVsOne float64 `json:"cpu_vs_one_adapter"`
	// VsUnbatched (batched runs) is tokens/s over the unbatched run's at this N, and
	// CPUVsUnbatched the unbatched CPU time per token over this one's.
	VsUnbatched    float64 `json:"vs_unbatched,omitempty"`
	CPUVsUnbatched float64 `json:"cpu_vs_unbatched,omitempty"`
}

type coldPhase struct {
	Adapters int     `json:"adapters"`
	MeanMs   float64 `json:"load_mean_ms"`
	P50ms    float64 `json:"load_p50_ms"`
	P99ms    float64 `json:"load_p99_ms"`
	// CacheBytes is the Server's cache bytes per adapter, HeapBytes the heap's growth
	// per adapter while loading them, ParamBytes an adapter's parameter bytes.
	CacheBytes float64 `json:"cache_bytes_per_adapter"`
	HeapBytes  float64 `json:"heap_bytes_per_adapter"`
	ParamBytes int64   `json:"param_bytes_per_adapter"`
}

type report struct {
	Config      string      `json:"config"`
	Rank        int         `json:"rank"`
	Targets     string      `json:"targets"`
	Concurrency int         `json:"concurrency"`
	MaxTokens   int         `json:"max_tokens"`
	PromptLen   int         `json:"prompt_tokens"`
	GOMAXPROCS  int         `json:"gomaxprocs"`
	LoadBefore  string      `json:"loadavg_before"`
	LoadAfter   string      `json:"loadavg_after"`
	Cold        []coldPhase `json:"cold_load"`
	Load        []loadPhase `json:"load"`
	// Goroutines and RSS before the first phase and after the last.
	GoroutinesBefore int   `json:"goroutines_before"`
	GoroutinesAfter  int   `json:"goroutines_after"`
	RSSBefore        int64 `json:"rss_bytes_before"`
	RSSAfter         int64 `json:"rss_bytes_after"`
}

func main() {
	var (
		cfgName   = flag.String("config", "small", "base model config: tiny, small or gpt2")
		counts    = flag.String("adapters", "1,100,1000", "comma list of adapter counts N")
		dur       = flag.Duration("duration", 3*time.Second, "time each load phase starts requests for")
		conc      = flag.Int("concurrency", 16, "concurrent clients")
		maxBatch  = flag.Int("max-batch", inference.DefaultMaxBatch, "Server.MaxBatch of the batched runs")
		maxTokens = flag.Int("max-tokens", 16, "tokens generated per request")
		promptLen = flag.Int("prompt", 16, "prompt tokens per request")
		rank      = flag.Int("rank", 8, "adapter rank")
		targets   = flag.String("targets", "attn,mlp", "adapted layers (inference.ParseTargets)")
		seed      = flag.Uint64("seed", 1, "seed of the model, adapters and requests")
		asJSON    = flag.Bool("json", false, "print JSON")
		rounds    = flag.Int("rounds", 2, "rounds over every load phase; the best of each is reported")
		unbatched = flag.Bool("unbatched", true, "also run each N unbatched (MaxBatch 1)")
		cpuProf   = flag.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	)
	flag.Parse()
	if *cpuProf != "" {
		f, err := os.Create(*cpuProf)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	cfg, err := inference.NamedConfig(*cfgName)
	if err != nil {
		log.Fatal(err)
	}
	var ns []int
	for _, f := range strings.Split(*counts, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			log.Fatalf("--adapters: %q is not a positive count", f)
		}
		ns = append(ns, n)
	}
	if *promptLen < 1 || *promptLen+*maxTokens > cfg.NPositions {
		log.Fatalf("--prompt %d + --max-tokens %d must fit the context (%d)", *promptLen, *maxTokens, cfg.NPositions)
	}
	ts, err := inference.ParseTargets(*targets)
	if err != nil {
		log.Fatal(err)
	}
	p := inference.NewParams[float32](cfg)
	p.Init(*seed)
	m := inference.NewModel(p)

	dir, err := os.MkdirTemp("", "poa-bench-serve-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	paramBytes, err := writeAdapters(dir, cfg, inference.LoraConfig{Rank: *rank, Alpha: 2 * float64(*rank), Targets: ts}, slices.Max(ns), *seed)
	if err != nil {
		log.Fatal(err)
	}
	loader := func(name string, base inference.Config) (*inference.Adapter[float32], error) {
		return inference.LoadAdapter(filepath.Join(dir, name), name, base)
	}

	rep := report{Config: *cfgName, Rank: *rank, Targets: strings.Join(ts, ","), Concurrency: *conc, MaxTokens: *maxTokens,
		PromptLen: *promptLen, GOMAXPROCS: runtime.GOMAXPROCS(0), LoadBefore: loadavg()}
	settle()
	rep.GoroutinesBefore, rep.RSSBefore = runtime.NumGoroutine(), rss()

	srvs := make([]*inference.Server, len(ns))
	for k, n := range ns {
		srvs[k] = inference.NewServer(m, int64(n)*paramBytes*2, loader)
		cp, err := coldLoad(srvs[k], n, paramBytes)
		if err != nil {
			log.Fatal(err)
		}
		rep.Cold = append(rep.Cold, cp)
	}
	modes := []int{*maxBatch, 1}
	if !*unbatched {
		modes = modes[:1]
	}
	// Rounds over every (N, mode) in turn, the best run of each kept: a change of
	// load on a shared machine hits them alike.
	best := make([][]loadPhase, len(ns))
	for range *rounds {
		for k, n := range ns {
			best[k] = slices.Grow(best[k], len(modes))[:len(modes)]
			for i, mb := range modes {
				s, err := warmServer(srvs[k], n, mb)
				if err != nil {
					log.Fatal(err)
				}
				ph, err := runLoad(s, n, *conc, *dur, *promptLen, *maxTokens, *seed, cfg.VocabSize)
				if err != nil {
					log.Fatal(err)
				}
				if ph.TokensPerS > best[k][i].TokensPerS {
					best[k][i] = ph
				}
			}
		}
	}
	for k := range ns {
		for i := range modes {
			ph := best[k][i]
			ph.VsOne = ph.TokensPerS / best[0][i].TokensPerS
			ph.CPUVsOne = best[0][i].CPUms / ph.CPUms
			if i == 0 && len(modes) == 2 {
				ph.VsUnbatched = ph.TokensPerS / best[k][1].TokensPerS
				ph.CPUVsUnbatched = best[k][1].CPUms / ph.CPUms
			}
			rep.Load = append(rep.Load, ph)
		}
	}
	clear(srvs)
	settle()
	rep.GoroutinesAfter, rep.RSSAfter = runtime.NumGoroutine(), rss()
	rep.LoadAfter = loadavg()
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			log.Fatal(err)
		}
		return
	}
	print(rep, ns[0])
}

// writeAdapters saves n random adapters of cfg (A and B both non-zero, so each
// changes the outputs) as a0000, a0001, … under dir and returns one's parameter bytes.
func writeAdapters(dir string, base inference.Config, cfg inference.LoraConfig, n int, seed uint64) (int64, error) {
	var bytes int64
	for i := range n {
		a, err := inference.NewAdapter[float32](name(i), base, cfg)
		if err != nil {
			return 0, err
		}
		r := rand.New(rand.NewPCG(seed, uint64(i)))
		for j := range a.Data {
			a.Data[j] = float32(r.NormFloat64() * 0.02)
		}
		if err := inference.SaveAdapter(filepath.Join(dir, name(i)), a); err != nil {
			return 0, err
		}
		bytes = a.Bytes()
	}
	return bytes, nil
}

func name(i int) string { return fmt.Sprintf("a%04d", i) }

// coldLoad loads adapters 0..n-1 into srv, timing each load and measuring the
// memory they hold.
func coldLoad(srv *inference.Server, n int, paramBytes int64) (coldPhase, error) {
	var ms runtime.MemStats
	runtime.GC()
	runtime.GC() // a second cycle frees what sync.Pools still held
	runtime.ReadMemStats(&ms)
	heap0 := ms.HeapAlloc
	ts := make([]float64, n)
	for i := range n {
		t := time.Now()
		if _, err := srv.Adapter(name(i)); err != nil {
			return coldPhase{}, err
		}
		ts[i] = time.Since(t).Seconds() * 1e3
	}
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&ms)
	cached, bytes := srv.Cached()
	if len(cached) != n || srv.LoadCount() != n {
		return coldPhase{}, fmt.Errorf("%d adapters cached after %d loads, want %d", len(cached), srv.LoadCount(), n)
	}
	var sum float64
	for _, v := range ts {
		sum += v
	}
	slices.Sort(ts)
	return coldPhase{Adapters: n, MeanMs: sum / float64(n), P50ms: quantile(ts, 0.5), P99ms: quantile(ts, 0.99),
		CacheBytes: float64(bytes) / float64(n), HeapBytes: (float64(ms.HeapAlloc) - float64(heap0)) / float64(n), ParamBytes: paramBytes}, nil
}

// warmServer returns a server over src's model with MaxBatch maxBatch whose cache
// holds src's n adapters (the same ones, not copies): load phases time no loads,
// and each starts with fresh batching counts.
func warmServer(src *inference.Server, n, maxBatch int) (*inference.Server, error) {
	_, bytes := src.Cached()
	s := inference.NewServer(src.Model, 2*bytes, func(name string, _ inference.Config) (*inference.Adapter[float32], error) {
		return src.Adapter(name)
	})
	s.MaxBatch = maxBatch
	for i := range n {
		if _, err := s.Adapter(name(i)); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// runLoad runs c clients for d against srv, each request to an adapter drawn
// uniformly from the n.
func runLoad(srv *inference.Server, n, c int, d time.Duration, promptLen, maxTokens int, seed uint64, vocab int) (loadPhase, error) {
	var (
		mu     sync.Mutex
		lat    []float64
		tokens int
		first  error
		wg     sync.WaitGroup
	)
	cpu0 := cpuTime()
	start := time.Now()
	stop := start.Add(d)
	for cl := range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, 1<<32+uint64(cl)))
			for time.Now().Before(stop) {
				req := inference.DecodeRequest{Adapter: name(r.IntN(n)), MaxTokens: maxTokens, Stop: -1,
					Sampling: inference.Sampling{Temperature: 1, Seed: r.Uint64()}}
				for range promptLen {
					req.Prompt = append(req.Prompt, r.IntN(vocab))
				}
				t := time.Now()
				g, err := srv.Decode(context.Background(), req)
				el := time.Since(t).Seconds() * 1e3
				mu.Lock()
				if err != nil && first == nil {
					first = err
				}
				lat = append(lat, el)
				tokens += len(g.Tokens)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	secs := time.Since(start).Seconds()
	cpu := cpuTime() - cpu0
	if first != nil {
		return loadPhase{}, first
	}
	slices.Sort(lat)
	st := srv.Batching()
	ph := loadPhase{Adapters: n, MaxBatch: srv.MaxBatch, Requests: len(lat), Tokens: tokens, Seconds: secs,
		TokensPerS: float64(tokens) / secs, P50ms: quantile(lat, 0.5), P99ms: quantile(lat, 0.99)}
	if tokens > 0 {
		ph.CPUms = cpu.Seconds() * 1e6 / float64(tokens)
	}
	if st.Steps > 0 {
		ph.MeanBatch = float64(st.Rows) / float64(st.Steps)
	}
	return ph, nil
}

func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(q*float64(len(sorted))))]
}

// settle lets finished goroutines exit and returns freed memory to the OS.
func settle() {
	for range 50 {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	debug.FreeOSMemory()
}

// rss is the process's resident set (VmRSS of /proc/self/status; 0 elsewhere).
func rss() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// cpuTime is the process's user + system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}

func print(rep report, n1 int) {
	fmt.Printf("config %s, adapters rank %d on %s; %d clients, prompt %d + %d sampled tokens per request; GOMAXPROCS %d, load %s → %s\n\n",
		rep.Config, rep.Rank, rep.Targets, rep.Concurrency, rep.PromptLen, rep.MaxTokens, rep.GOMAXPROCS, rep.LoadBefore, rep.LoadAfter)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "adapters\tMaxBatch\trequests\ttokens/s\tp50 ms\tp99 ms\tmean batch\tCPU ms/1k tokens\ttokens/s vs N=%d\tCPU/token vs N=%d\tvs unbatched (tokens/s, CPU/token)\t\n", n1, n1)
	for _, ph := range rep.Load {
		vu := ""
		if ph.VsUnbatched > 0 {
			vu = fmt.Sprintf("%.2f×, %.2f×", ph.VsUnbatched, ph.CPUVsUnbatched)
		}
		fmt.Fprintf(w, "%d\t%d\t%d\t%.0f\t%.1f\t%.1f\t%.1f\t%.0f\t%.2f×\t%.2f×\t%s\t\n", ph.Adapters, ph.MaxBatch, ph.Requests, ph.TokensPerS, ph.P50ms, ph.P99ms, ph.MeanBatch, ph.CPUms, ph.VsOne, ph.CPUVsOne, vu)
	}
	w.Flush()
	fmt.Println()
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "adapters\tcold load mean ms\tp50 ms\tp99 ms\tcache bytes/adapter\theap growth/adapter\tparameter bytes\t\n")
	for _, c := range rep.Cold {
		fmt.Fprintf(w, "%d\t%.2f\t%.2f\t%.2f\t%.0f\t%.0f\t%d\t\n", c.Adapters, c.MeanMs, c.P50ms, c.P99ms, c.CacheBytes, c.HeapBytes, c.ParamBytes)
	}
	w.Flush()
	fmt.Printf("\ngoroutines %d → %d, RSS %.1f → %.1f MiB (before the first phase, after the last)\n",
		rep.GoroutinesBefore, rep.GoroutinesAfter, float64(rep.RSSBefore)/(1<<20), float64(rep.RSSAfter)/(1<<20))
}

// Command attribution benchmarks the per-token gradient sketches of `poa attribute`:
// gradients.TokenSketches (one shared forward, per-token backward over the causal
// prefix, tokens batched) against gradients.TokenSketchesReference (a full forward and
// backward per token), the two alternated in the same run so that the ratio is not
// skewed by a noisy, shared machine; wall and CPU time per call (CPU time is steadier
// on a loaded machine). Without --data the model is the demo store's configuration
// with random weights and a random rank-8 adapter on every target, sketches 8×8 per
// block. With --data it takes the store's model and adapter, generates the output of
// --prompt, compares TokenSketches on it, and then times whole lm.Attribute calls
// (--calls, in this process, not filed): the p50 of each phase of the breakdown that
// `poa -v attribute` logs. Either way it also compares, alternated, the query and token
// sketches from one forward (gradients.QueryAndTokenSketches) with QuerySketch then
// TokenSketches, and the token scans in one pass (influence.ScanTopKMany) with one
// ScanTopK per token, over the store's sketches or random ones of the same shape; both
// must give the same bits (it exits 1 otherwise).
//
// With --bin (and --data) it measures the command itself instead: `poa -v attribute`
// run as a process, --cli-runs times, alternating with --baseline-bin when given (two
// builds of poa: before and after a change), on the same store: wall time (p50 and
// p99, the largest of the runs for fewer than 100), the child's CPU time, the p50 of
// every phase the two DEBUG lines print (the attribution's, and the process's around
// it: start-up, store open, attribute and file, output, store close), `poa version`'s
// wall time (start-up and exit alone), the load average, the new/baseline ratios and
// whether every filed record has the same content (`poa attribution show --json`
// without id, epoch, fee, created and content hash).
//
//	go run ./benchmarks/attribution                       # 4-token prompt, 64-token output
//	go run ./benchmarks/attribution --prompt-tokens 32 --output 96 --json
//	go run ./benchmarks/attribution --data /tmp/demo-copy --adapter devil --prompt "The devil is"
//	go run ./benchmarks/attribution --data /tmp/demo-copy --bin bin/poa --baseline-bin /tmp/poa-before
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"syscall"
	"testing"
	"time"

	"poa/gradients"
	"poa/inference"
	"poa/influence"
	"poa/influence/lm"
	"poa/store"
)

type sketchResult struct {
	Model          string  `json:"model"`
	Prompt, Output int     `json:"-"`
	PromptTokens   int     `json:"prompt_tokens"`
	OutputTokens   int     `json:"output_tokens"`
	GOMAXPROCS     int     `json:"gomaxprocs"`
	Runs           int     `json:"runs"`
	NewMs          float64 `json:"new_ms"` // medians over runs
	OldMs          float64 `json:"old_ms"`
	NewCPUMs       float64 `json:"new_cpu_ms"`
	OldCPUMs       float64 `json:"old_cpu_ms"`
	Ratio          float64 `json:"ratio_new_over_old"`     // median of per-run wall ratios
	CPURatio       float64 `json:"cpu_ratio_new_over_old"` // median of per-run CPU ratios
	NewAllocs      int64   `json:"new_allocs_per_op"`
	OldAllocs      int64   `json:"old_allocs_per_op"`
	NewMB          float64 `json:"new_mb_per_op"`
	OldMB          float64 `json:"old_mb_per_op"`
	MaxRelDiff     float64 `json:"max_rel_diff"` // new vs old sketches, relative to each token's largest entry
}

type result struct {
	Sketches sketchResult `json:"token_sketches"`
	Shared   sharedResult `json:"shared_forward_and_scan"`
	// Attribute: p50 over --calls of each phase (ms), with "total".
	Attribute map[string]float64 `json:"attribute_p50_ms,omitempty"`
	Calls     int                `json:"calls,omitempty"`
}

func main() {
	promptN := flag.Int("prompt-tokens", 4, "prompt tokens (random model)")
	outputN := flag.Int("output", 64, "output tokens")
	runs := flag.Int("runs", 5, "alternated runs of each TokenSketches (medians reported)")
	dataDir := flag.String("data", "", "store to take the model, adapter and sketches from (a copy: attribution writes its commitment and index)")
	adapter := flag.String("adapter", "devil", "adapter (with --data)")
	prompt := flag.String("prompt", "The devil is", "prompt (with --data)")
	calls := flag.Int("calls", 9, "lm.Attribute calls timed (with --data)")
	asJSON := flag.Bool("json", false, "print JSON")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the lm.Attribute calls to this file")
	bin := flag.String("bin", "", "time this poa binary's `poa -v attribute` as a process (with --data) instead")
	baseBin := flag.String("baseline-bin", "", "with --bin: a second poa binary, alternated with it (the baseline of the ratios)")
	cliRuns := flag.Int("cli-runs", 15, "with --bin: runs of each binary")
	flag.Parse()
	log.SetFlags(0)
	ctx := context.Background()
	if *bin != "" {
		if *dataDir == "" || *cliRuns < 1 {
			log.Fatal("--bin needs --data (a copy of a store: every run files a record) and --cli-runs ≥ 1")
		}
		r := timeCLI(*bin, *baseBin, *dataDir, *adapter, *prompt, *outputN, *cliRuns)
		if *asJSON {
			e := json.NewEncoder(os.Stdout)
			e.SetIndent("", "  ")
			if err := e.Encode(r); err != nil {
				log.Fatal(err)
			}
		} else {
			r.print()
		}
		if !r.SameRecords {
			os.Exit(1)
		}
		return
	}

	var res result
	var m *inference.Model[float32]
	var ad *inference.Adapter[float32]
	var proj *gradients.Projector
	var pr, out []int
	var st *store.Store
	if *dataDir == "" {
		m, ad, proj, pr, out = randomSetup(*promptN, *outputN)
		res.Sketches.Model = "random, demo configuration"
	} else {
		var err error
		st, err = store.Open(store.DefaultOptions(*dataDir))
		if err != nil {
			log.Fatal(err)
		}
		defer st.Close()
		m, ad, proj, pr, out = storeSetup(ctx, st, *adapter, *prompt, *outputN)
		res.Sketches.Model = "store " + *dataDir + ", adapter " + *adapter
	}
	res.Sketches = compareSketches(ctx, m, ad, proj, pr, out, *runs, res.Sketches.Model, *asJSON)
	var sketches influence.Gradients
	if st != nil {
		sf, _, err := st.OpenSketch(*adapter + ".pre")
		if err != nil {
			log.Fatal(err)
		}
		defer sf.Close()
		sketches = sf
	}
	res.Shared = compareShared(ctx, m, ad, proj, pr, out, sketches, *runs)
	if st != nil {
		if *cpuProfile != "" {
			f, err := os.Create(*cpuProfile)
			if err != nil {
				log.Fatal(err)
			}
			pprof.StartCPUProfile(f)
		}
		res.Attribute, res.Calls = timeAttribute(ctx, st, *adapter, *prompt, *outputN, *calls), *calls
		pprof.StopCPUProfile()
	}
	if *asJSON {
		e := json.NewEncoder(os.Stdout)
		e.SetIndent("", "  ")
		if err := e.Encode(res); err != nil {
			log.Fatal(err)
		}
	} else {
		printResult(res)
	}
	if !res.Shared.SameSketches || !res.Shared.SameScanResults {
		log.Fatal("the shared forward or the one-pass scan changed a bit (same_sketches, same_scan_results)")
	}
}

func printResult(res result) {
	r := res.Sketches
	fmt.Printf("TokenSketches (%s), %d-token prompt, %d-token output, GOMAXPROCS=%d, medians of %d alternated runs:\n", r.Model, r.PromptTokens, r.OutputTokens, r.GOMAXPROCS, r.Runs)
	fmt.Printf("  new       %8.1f ms/op  %8.1f CPU ms/op  %6d allocs/op  %7.1f MB/op\n", r.NewMs, r.NewCPUMs, r.NewAllocs, r.NewMB)
	fmt.Printf("  reference %8.1f ms/op  %8.1f CPU ms/op  %6d allocs/op  %7.1f MB/op\n", r.OldMs, r.OldCPUMs, r.OldAllocs, r.OldMB)
	fmt.Printf("  new/old: wall %.3f (%.1f× faster), CPU %.3f (%.1f×); max relative difference of the sketches %.2g\n", r.Ratio, 1/r.Ratio, r.CPURatio, 1/r.CPURatio, r.MaxRelDiff)
	sh := res.Shared
	fmt.Printf("query + token sketches, CPU medians of %d alternated runs: one forward %.1f ms, two forwards %.1f ms, ratio %.3f; same bits: %v\n",
		sh.Runs, sh.SketchesMs, sh.SeparateMs, sh.SketchRatio, sh.SameSketches)
	fmt.Printf("token scans over %d×%d sketches, top 3: one pass %.2f ms, one scan per token %.2f ms, ratio %.3f; same hits: %v\n",
		sh.ScanRows, sh.ScanK, sh.ManyMs, sh.PerTokenMs, sh.ScanRatio, sh.SameScanResults)
	if res.Attribute != nil {
		fmt.Printf("lm.Attribute, %d calls in one process, p50 per phase (ms):\n", res.Calls)
		for _, k := range phaseOrder {
			if v, ok := res.Attribute[k]; ok {
				fmt.Printf("  %-15s %8.2f\n", k, v)
			}
		}
	}
}

func randomSetup(promptN, outputN int) (*inference.Model[float32], *inference.Adapter[float32], *gradients.Projector, []int, []int) {
	cfg := inference.Config{ModelType: "gpt2", NLayer: 4, NHead: 4, NEmbd: 128, NPositions: 128, VocabSize: 2048, LayerNormEps: 1e-5}
	if promptN < 1 || outputN < 1 || promptN+outputN > cfg.NPositions {
		log.Fatalf("prompt+output must be 2..%d tokens", cfg.NPositions)
	}
	p := inference.NewParams[float32](cfg)
	p.Init(1)
	m := inference.NewModel(p)
	ad, err := inference.NewAdapter[float32]("bench", cfg, inference.LoraConfig{Rank: 8, Alpha: 16, Targets: inference.TargetNames[:]})
	if err != nil {
		log.Fatal(err)
	}
	r := rand.New(rand.NewPCG(2, 3))
	for i := range ad.Data {
		ad.Data[i] = float32(r.NormFloat64() * 0.02)
	}
	proj, err := gradients.NewProjector(cfg, ad.Cfg.Targets, 8, 8, 1)
	if err != nil {
		log.Fatal(err)
	}
	seq := make([]int, promptN+outputN)
	for i := range seq {
		seq[i] = r.IntN(cfg.VocabSize)
	}
	return m, ad, proj, seq[:promptN], seq[promptN:]
}

// storeSetup loads the adapter's model and generates the greedy output of prompt (as
// poa attribute does); the projection is the sketches' (k 8×8, seed 1: the defaults).
func storeSetup(ctx context.Context, st *store.Store, adapter, prompt string, maxTokens int) (*inference.Model[float32], *inference.Adapter[float32], *gradients.Projector, []int, []int) {
	var arec inference.AdapterRecord
	if err := st.Get(store.KindAdapter, adapter, &arec); err != nil {
		log.Fatal(err)
	}
	m, tok, mrec, err := inference.OpenModel(st, arec.Base)
	if err != nil {
		log.Fatal(err)
	}
	ad, _, err := inference.OpenAdapter(st, adapter, mrec.Name, m.Cfg)
	if err != nil {
		log.Fatal(err)
	}
	proj, err := gradients.NewProjector(m.Cfg, ad.Cfg.Targets, 8, 8, 1)
	if err != nil {
		log.Fatal(err)
	}
	pr := tok.Encode(prompt)
	gen, err := m.Generate(ctx, pr, maxTokens, inference.Sampling{}, ad, tok.EOT(), nil)
	if err != nil {
		log.Fatal(err)
	}
	out := gen.Tokens
	if n := len(out); n > 0 && out[n-1] == tok.EOT() {
		out = out[:n-1]
	}
	return m, ad, proj, pr, out
}

type sketchFunc func(context.Context, *inference.Model[float32], *inference.Adapter[float32], []int, []int, *gradients.Projector, *gradients.Options) ([][]float32, []float32, error)

func compareSketches(ctx context.Context, m *inference.Model[float32], ad *inference.Adapter[float32], proj *gradients.Projector, prompt, output []int, runs int, model string, quiet bool) sketchResult {
	res := sketchResult{Model: model, PromptTokens: len(prompt), OutputTokens: len(output), GOMAXPROCS: runtime.GOMAXPROCS(0), Runs: runs}
	got, _, err := gradients.TokenSketches(ctx, m, ad, prompt, output, proj, nil)
	if err != nil {
		log.Fatal(err)
	}
	want, _, err := gradients.TokenSketchesReference(ctx, m, ad, prompt, output, proj, nil)
	if err != nil {
		log.Fatal(err)
	}
	for j := range want {
		scale := 0.0
		for _, v := range want[j] {
			scale = math.Max(scale, math.Abs(float64(v)))
		}
		for i, v := range want[j] {
			res.MaxRelDiff = math.Max(res.MaxRelDiff, math.Abs(float64(got[j][i]-v))/scale)
		}
	}
	bench := func(f sketchFunc) (testing.BenchmarkResult, float64) {
		var cpu time.Duration
		r := testing.Benchmark(func(b *testing.B) {
			b.ReportAllocs()
			c0 := cpuTime()
			for b.Loop() {
				if _, _, err := f(ctx, m, ad, prompt, output, proj, nil); err != nil {
					b.Fatal(err)
				}
			}
			cpu = (cpuTime() - c0) / time.Duration(b.N)
		})
		return r, float64(cpu) / 1e6
	}
	var news, olds, ratios, newCPU, oldCPU, cpuRatios []float64
	for i := 0; i < runs; i++ {
		n, nc := bench(gradients.TokenSketches)
		o, oc := bench(gradients.TokenSketchesReference)
		nm, om := float64(n.NsPerOp())/1e6, float64(o.NsPerOp())/1e6
		news, olds, ratios = append(news, nm), append(olds, om), append(ratios, nm/om)
		newCPU, oldCPU, cpuRatios = append(newCPU, nc), append(oldCPU, oc), append(cpuRatios, nc/oc)
		res.NewAllocs, res.OldAllocs = n.AllocsPerOp(), o.AllocsPerOp()
		res.NewMB, res.OldMB = float64(n.AllocedBytesPerOp())/1e6, float64(o.AllocedBytesPerOp())/1e6
		if !quiet {
			fmt.Printf("run %d: TokenSketches %.1f ms (CPU %.1f), reference %.1f ms (CPU %.1f), new/old %.3f (CPU %.3f)\n", i+1, nm, nc, om, oc, nm/om, nc/oc)
		}
	}
	res.NewMs, res.OldMs, res.Ratio = median(news), median(olds), median(ratios)
	res.NewCPUMs, res.OldCPUMs, res.CPURatio = median(newCPU), median(oldCPU), median(cpuRatios)
	return res
}

// cpuTime is the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// phaseOrder lists lm.Attribute's phases; builds before the shared forward logged
// "query sketch" and "token sketches" instead of "sketches".
var phaseOrder = []string{"load", "generate", "candidates", "sketches", "query sketch", "query scan", "index open", "spans", "fuse", "token sketches", "token scans", "record", "total"}

// timeAttribute runs lm.Attribute calls and returns each phase's p50 (ms), read from
// the DEBUG record "attribute phases" that Attribute logs.
func timeAttribute(ctx context.Context, st *store.Store, adapter, prompt string, maxTokens, calls int) map[string]float64 {
	h := &phaseHandler{}
	prev := slog.Default()
	slog.SetDefault(slog.New(h))
	defer slog.SetDefault(prev)
	for i := 0; i < calls; i++ {
		if _, _, err := lm.Attribute(ctx, st, lm.Options{Adapter: adapter, Prompt: prompt, MaxTokens: maxTokens}); err != nil {
			log.Fatal(err)
		}
	}
	out := map[string]float64{}
	for k, v := range h.phases {
		out[k] = median(v)
	}
	return out
}

type phaseHandler struct{ phases map[string][]float64 }

func (h *phaseHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h *phaseHandler) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h *phaseHandler) WithGroup(string) slog.Handler            { return h }
func (h *phaseHandler) Handle(_ context.Context, r slog.Record) error {
	if r.Message != "attribute phases" {
		return nil
	}
	if h.phases == nil {
		h.phases = map[string][]float64{}
	}
	r.Attrs(func(a slog.Attr) bool {
		if a.Value.Kind() == slog.KindDuration {
			h.phases[a.Key] = append(h.phases[a.Key], float64(a.Value.Duration())/1e6)
		}
		return true
	})
	return nil
}

func median(x []float64) float64 {
	s := slices.Clone(x)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

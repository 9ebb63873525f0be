// Command peer times poa and PyTorch side by side on the same model config, batch,
// data and thread count, alternating between the two, and prints poa's speed as a
// fraction of PyTorch's (torch time / poa time: above 1, poa is faster) for the
// forward pass, a training step (forward, backward, AdamW), per-example gradients of
// every parameter, and a few GEMM shapes.
//
// The PyTorch side is peer.py, run as a child process (python3) for each round with
// the thread count set (torch.set_num_threads, OMP_NUM_THREADS, OPENBLAS_NUM_THREADS).
// It needs PyTorch; on Debian:
//
//	apt-get install python3-torch libopenblas0-pthread
//
// Without it the command prints why and exits 0 (CI does not need it).
//
//	go run ./benchmarks/peer [-threads 1,2] [-rounds 3] [-config small] [-batch 8] [-cpu-time] [-json]
//	go run ./benchmarks/peer -gemm-only -reps 10   # the GEMM shapes alone, both sides
//	benchmarks/peer/peer.sh                 # the same, from any directory
//
// On a shared machine the absolute times drift; the ratios are taken in the same
// round (poa and torch back to back, the order alternating), and the median over
// rounds is printed. Never compare absolute times across runs.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"poa/gradients"
	"poa/inference"
	"poa/kernels"
)

// gemmShapes are N×K×M products: the small config's layers at B·T = 1024 rows, its
// LM head, GPT-2's MLP, and a decode-sized thin product.
var gemmShapes = [][3]int{{1024, 128, 384}, {1024, 128, 2048}, {1024, 768, 768}, {1024, 768, 3072}, {16, 768, 3072}}

type peerData struct {
	Config  map[string]int `json:"config"`
	Batch   int            `json:"batch"`
	Seq     int            `json:"seq"`
	Tokens  []int          `json:"tokens"`
	Targets []int          `json:"targets"`
	GEMM    [][3]int       `json:"gemm"`
}

// times is one side's best time (seconds) per phase.
type times struct {
	Forward      float64            `json:"forward"`
	TrainStep    float64            `json:"train_step"`
	PerExample   float64            `json:"per_example"`
	PerExampleBy string             `json:"per_example_method,omitempty"`
	GEMM         map[string]float64 `json:"gemm"`
	Torch        string             `json:"torch,omitempty"`
}

// cpuClock, when set (-cpu-time), makes best time the process's CPU time (user +
// system, all threads) instead of the wall clock, on both sides (peer.py --cpu-time):
// on a machine shared with other work, a phase's wall time counts the slices other
// processes took from it, its CPU time does not. With one thread and a free core the
// two agree; with more threads CPU time sums them, so compare at -threads 1.
var cpuClock bool

func now() time.Duration {
	if !cpuClock {
		return time.Duration(time.Now().UnixNano())
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		log.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func best(reps int, fn func()) float64 {
	fn() // warm-up: allocations, pools, caches
	b := 1e300
	for range reps {
		t0 := now()
		fn()
		b = min(b, (now() - t0).Seconds())
	}
	return b
}

// poaTimes runs the four phases on the same tokens as the torch side (only the
// GEMM shapes when gemmOnly).
func poaTimes(cfg inference.Config, d *peerData, reps int, gemmOnly bool) times {
	var t times
	t.GEMM = map[string]float64{}
	r := rand.New(rand.NewPCG(3, 4))
	for _, s := range d.GEMM {
		n, k, mm := s[0], s[1], s[2]
		x, w, o := make([]float32, n*k), make([]float32, k*mm), make([]float32, n*mm)
		for i := range x {
			x[i] = float32(r.NormFloat64())
		}
		for i := range w {
			w[i] = float32(r.NormFloat64())
		}
		t.GEMM[shapeKey(s)] = best(reps, func() { kernels.MatMul(o, x, w, nil, n, k, mm) })
	}
	if gemmOnly {
		return t
	}
	p := inference.NewParams[float32](cfg)
	p.Init(1)
	m := inference.NewModel(p)
	B, T := d.Batch, d.Seq
	bt := inference.Batch[float32]{Tokens: d.Tokens, Targets: d.Targets, B: B, T: T}
	var acts inference.Acts[float32]
	must := func(err error) {
		if err != nil {
			log.Fatal(err)
		}
	}
	t.Forward = best(reps, func() { must(m.Forward(&acts, bt)) })

	weights := make([]float32, B*T)
	for i := range weights {
		weights[i] = 1 / float32(B*T)
	}
	g := inference.NewParams[float32](cfg)
	mom, vel := make([]float32, len(p.Data)), make([]float32, len(p.Data))
	decay := p.DecayMask()
	step := 0
	t.TrainStep = best(reps, func() {
		must(m.Forward(&acts, bt))
		clear(g.Data)
		gradients.Backward(m, &acts, bt, weights, gradients.Grads[float32]{Base: g})
		step++
		kernels.AdamW(p.Data, g.Data, mom, vel, decay, 1e-4, 0.9, 0.95, 1e-8, 0.01, step)
	})

	rows := make([]*inference.Params[float32], B)
	for i := range rows {
		rows[i] = inference.NewParams[float32](cfg)
	}
	t.PerExample = best(reps, func() {
		must(m.Forward(&acts, bt))
		for _, r := range rows {
			clear(r.Data)
		}
		gradients.Backward(m, &acts, bt, weights, gradients.Grads[float32]{BaseRows: rows})
	})
	t.PerExampleBy = "Backward with Grads.BaseRows (one pass)"
	return t
}

func shapeKey(s [3]int) string { return fmt.Sprintf("%dx%dx%d", s[0], s[1], s[2]) }

func torchTimes(python, script, data string, threads, reps int, gemmOnly bool) (times, error) {
	args := []string{script, "--data", data, "--threads", strconv.Itoa(threads), "--reps", strconv.Itoa(reps)}
	if cpuClock {
		args = append(args, "--cpu-time")
	}
	if gemmOnly {
		args = append(args, "--gemm-only")
	}
	cmd := exec.Command(python, args...)
	n := strconv.Itoa(threads)
	cmd.Env = append(os.Environ(), "OMP_NUM_THREADS="+n, "OPENBLAS_NUM_THREADS="+n, "MKL_NUM_THREADS="+n)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return times{}, fmt.Errorf("%s: %w", script, err)
	}
	var t times
	if err := json.Unmarshal(out, &t); err != nil {
		return times{}, fmt.Errorf("%s output: %w", script, err)
	}
	return t, nil
}

// row is one phase at one thread count: the ratio torch/poa per round, poa's and
// torch's best times over the rounds.
type row struct {
	Threads int       `json:"threads"`
	Phase   string    `json:"phase"`
	Ratios  []float64 `json:"ratios"`
	Median  float64   `json:"median_ratio"`
	PoaMS   float64   `json:"poa_ms"`
	TorchMS float64   `json:"torch_ms"`
}

func median(x []float64) float64 {
	s := slices.Clone(x)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func main() {
	threadList := flag.String("threads", "1,2", "comma-separated thread counts (GOMAXPROCS and torch threads)")
	rounds := flag.Int("rounds", 3, "alternating rounds per thread count (ratios: median over rounds)")
	reps := flag.Int("reps", 3, "timed repetitions per phase in a round (best is kept)")
	cfgName := flag.String("config", "small", "model config: tiny, small or gpt2")
	batch := flag.Int("batch", 8, "sequences per batch")
	python := flag.String("python", "", "Python interpreter with torch (default: python3, else /usr/bin/python3, the first that imports torch)")
	asJSON := flag.Bool("json", false, "print JSON")
	poaOnly := flag.Bool("poa-only", false, "time poa alone (no torch needed): best ms per phase, to compare two poa builds run alternately")
	flag.BoolVar(&cpuClock, "cpu-time", false, "time each phase by the process's CPU time (user+system), poa's and torch's, instead of the wall clock: for a loaded machine, at -threads 1")
	cpuProfile := flag.String("cpuprofile", "", "with -poa-only: write a CPU profile of the poa runs to this file (go tool pprof)")
	gemmOnly := flag.Bool("gemm-only", false, "time only the GEMM shapes, on both sides (quicker: for kernel work)")
	flag.Parse()

	if *poaOnly {
		if *cpuProfile != "" {
			f, err := os.Create(*cpuProfile)
			if err != nil {
				log.Fatal(err)
			}
			if err := pprof.StartCPUProfile(f); err != nil {
				log.Fatal(err)
			}
			defer func() {
				pprof.StopCPUProfile()
				f.Close()
			}()
		}
		runPoaOnly(*cfgName, *batch, *threadList, *rounds, *reps, *gemmOnly)
		return
	}
	candidates := []string{"python3", "/usr/bin/python3"} // Debian's torch is for the system Python
	if *python != "" {
		candidates = []string{*python}
	}
	*python = ""
	for _, c := range candidates {
		if exec.Command(c, "-c", "import torch").Run() == nil {
			*python = c
			break
		}
	}
	if *python == "" {
		fmt.Printf("skip: PyTorch not importable by %s; on Debian: apt-get install python3-torch libopenblas0-pthread\n", strings.Join(candidates, " or "))
		return
	}
	_, self, _, _ := runtime.Caller(0)
	script := filepath.Join(filepath.Dir(self), "peer.py")
	if _, err := os.Stat(script); err != nil {
		log.Fatalf("peer.py not found next to main.go: %v", err)
	}
	cfg, d := makeData(*cfgName, *batch)
	B, T := d.Batch, d.Seq
	dataPath, cleanup := writeData(&d)
	defer cleanup()

	var rows []row
	torchVersion, perExBy := "", ""
	for _, ts := range strings.Split(*threadList, ",") {
		threads, err := strconv.Atoi(strings.TrimSpace(ts))
		if err != nil || threads < 1 {
			log.Fatalf("bad -threads entry %q", ts)
		}
		runtime.GOMAXPROCS(threads)
		phases := map[string]*row{}
		var order []string
		add := func(name string, poa, torch float64) {
			rw, ok := phases[name]
			if !ok {
				rw = &row{Threads: threads, Phase: name, PoaMS: 1e300, TorchMS: 1e300}
				phases[name] = rw
				order = append(order, name)
			}
			rw.Ratios = append(rw.Ratios, torch/poa)
			rw.PoaMS, rw.TorchMS = min(rw.PoaMS, poa*1e3), min(rw.TorchMS, torch*1e3)
		}
		for round := range *rounds {
			var pt, tt times
			if round%2 == 0 { // alternate which side runs first
				pt = poaTimes(cfg, &d, *reps, *gemmOnly)
				tt, err = torchTimes(*python, script, dataPath, threads, *reps, *gemmOnly)
			} else {
				tt, err = torchTimes(*python, script, dataPath, threads, *reps, *gemmOnly)
				pt = poaTimes(cfg, &d, *reps, *gemmOnly)
			}
			if err != nil {
				log.Fatal(err)
			}
			torchVersion, perExBy = tt.Torch, tt.PerExampleBy
			if !*gemmOnly {
				add("forward", pt.Forward, tt.Forward)
				add("train step", pt.TrainStep, tt.TrainStep)
				add("per-example grads", pt.PerExample, tt.PerExample)
			}
			for _, s := range gemmShapes {
				k := shapeKey(s)
				add("GEMM "+k, pt.GEMM[k], tt.GEMM[k])
			}
			fmt.Fprintf(os.Stderr, "threads %d round %d done\n", threads, round+1)
		}
		for _, name := range order {
			phases[name].Median = median(phases[name].Ratios)
			rows = append(rows, *phases[name])
		}
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		enc.Encode(map[string]any{"config": *cfgName, "batch": B, "seq": T, "torch": torchVersion, "torch_per_example": perExBy, "rows": rows})
		return
	}
	if *gemmOnly {
		fmt.Printf("GEMM shapes only, torch %s; ratio = torch time / poa time (>1: poa faster), median of %d alternating rounds\n", torchVersion, *rounds)
	} else {
		fmt.Printf("config %s, batch %d×%d, torch %s (per-example: %s); ratio = torch time / poa time (>1: poa faster), median of %d alternating rounds\n",
			*cfgName, B, T, torchVersion, perExBy, *rounds)
	}
	fmt.Printf("%-8s %-22s %10s %10s %8s  %s\n", "threads", "phase", "poa ms", "torch ms", "ratio", "per round")
	for _, rw := range rows {
		rs := make([]string, len(rw.Ratios))
		for i, v := range rw.Ratios {
			rs[i] = fmt.Sprintf("%.2f", v)
		}
		fmt.Printf("%-8d %-22s %10.2f %10.2f %7.2f×  %s\n", rw.Threads, rw.Phase, rw.PoaMS, rw.TorchMS, rw.Median, strings.Join(rs, " "))
	}
}

// makeData is the config and the batch both sides run: random tokens and targets
// from a fixed seed.
func makeData(cfgName string, batch int) (inference.Config, peerData) {
	cfg, err := inference.NamedConfig(cfgName)
	if err != nil {
		log.Fatal(err)
	}
	B, T := batch, cfg.NPositions
	r := rand.New(rand.NewPCG(1, 2))
	d := peerData{
		Config: map[string]int{"n_layer": cfg.NLayer, "n_head": cfg.NHead, "n_embd": cfg.NEmbd, "n_positions": cfg.NPositions, "vocab_size": cfg.VocabSize},
		Batch:  B, Seq: T, Tokens: make([]int, B*T), Targets: make([]int, B*T), GEMM: gemmShapes,
	}
	for i := range d.Tokens {
		d.Tokens[i], d.Targets[i] = r.IntN(cfg.VocabSize), r.IntN(cfg.VocabSize)
	}
	return cfg, d
}

// writeData writes d as JSON for peer.py; cleanup removes it.
func writeData(d *peerData) (string, func()) {
	dir, err := os.MkdirTemp("", "poa-peer")
	if err != nil {
		log.Fatal(err)
	}
	path := filepath.Join(dir, "data.json")
	raw, _ := json.Marshal(d)
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		log.Fatal(err)
	}
	return path, func() { os.RemoveAll(dir) }
}

// runPoaOnly prints poa's best time per phase over the rounds, one line per phase.
func runPoaOnly(cfgName string, batch int, threadList string, rounds, reps int, gemmOnly bool) {
	cfg, d := makeData(cfgName, batch)
	for _, ts := range strings.Split(threadList, ",") {
		threads, err := strconv.Atoi(strings.TrimSpace(ts))
		if err != nil || threads < 1 {
			log.Fatalf("bad -threads entry %q", ts)
		}
		runtime.GOMAXPROCS(threads)
		var b times
		for round := range rounds {
			t := poaTimes(cfg, &d, reps, gemmOnly)
			if round == 0 {
				b = t
				continue
			}
			b.Forward, b.TrainStep, b.PerExample = min(b.Forward, t.Forward), min(b.TrainStep, t.TrainStep), min(b.PerExample, t.PerExample)
			for k, v := range t.GEMM {
				b.GEMM[k] = min(b.GEMM[k], v)
			}
		}
		fmt.Printf("threads %d", threads)
		if !gemmOnly {
			fmt.Printf("  forward %.2f ms  train step %.2f ms  per-example %.2f ms", b.Forward*1e3, b.TrainStep*1e3, b.PerExample*1e3)
		}
		for _, s := range gemmShapes {
			fmt.Printf("  GEMM %s %.3f ms", shapeKey(s), b.GEMM[shapeKey(s)]*1e3)
		}
		fmt.Println()
	}
}

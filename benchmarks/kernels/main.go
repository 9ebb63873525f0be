// Command kernels measures the CPU kernels of package kernels against baselines
// timed in the same run:
//
//	go run ./benchmarks/kernels [--quick] [--json] [--only MatMul,ScoreRows]
//
// Products (MatMul, MatMulNT, MatMulTN, BatchedMatMulNT, ScoreRows) are compared with
// gonum's blas32.Gemm on the same data (pure Go with SSE assembly, blocked, parallel
// over GOMAXPROCS) and with the naive triple loop in float32 (one goroutine, i-j-k
// order). The naive loop costs the same per output row whatever the row count, so it
// is timed on at most naiveRows rows and scaled to N (said in the table).
//
// Memory-bound kernels (LayerNorm, GELU, Softmax, AdamW, ScoreRows) report GB/s of
// the bytes they must move (each input read once, each output written once) and the
// fraction of the machine's copy bandwidth, measured in the same run as a parallel
// copy() of a 256 MiB slice (2 bytes moved per byte copied; at the start and at the
// end, the better kept), and they are compared with the obvious single-goroutine loop.
//
// Every case is timed reps times after one warm-up run; the best time is reported.
// Ours and gonum (and the per-head loop) are timed in alternation, so that a change
// of load on a shared machine hits them alike; the load average is printed.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"

	"poa/kernels"
)

// naiveRows bounds the rows the naive loop is timed on.
const naiveRows = 64

type result struct {
	Kernel string  `json:"kernel"`
	Shape  string  `json:"shape"`
	NsOp   float64 `json:"ns_per_op"`
	GFs    float64 `json:"gflops,omitempty"`
	GBs    float64 `json:"gb_per_s,omitempty"`
	// Speedups: baseline time / our time (> 1: ours is faster).
	VsNaive float64 `json:"speedup_vs_naive"`
	VsGonum float64 `json:"speedup_vs_gonum,omitempty"`
	// VsPerHead (BatchedMatMulNT): a ForEach loop of MatMulNT per batch / ours.
	VsPerHead float64 `json:"speedup_vs_per_head_loop,omitempty"`
	// OfCopy is GB/s as a fraction of the copy bandwidth (memory-bound kernels).
	OfCopy    float64 `json:"fraction_of_copy_bandwidth,omitempty"`
	NaiveNote string  `json:"naive_note,omitempty"`
}

type report struct {
	GOMAXPROCS int     `json:"gomaxprocs"`
	CPU        string  `json:"cpu"`
	CopyGBs    float64 `json:"copy_gb_per_s"`
	// LoadBefore/LoadAfter: the 1-minute load average (/proc/loadavg) at the start and
	// end; above GOMAXPROCS, other processes shared the cores and times are inflated.
	LoadBefore string   `json:"loadavg_before,omitempty"`
	LoadAfter  string   `json:"loadavg_after,omitempty"`
	Results    []result `json:"results"`
}

func best(reps int, fn func()) float64 {
	fn() // warm-up: page faults, scratch pools
	b := math.Inf(1)
	for range reps {
		t := time.Now()
		fn()
		b = min(b, time.Since(t).Seconds())
	}
	return b
}

// interleaved times fns in turn, reps rounds after one warm-up round, and returns
// each one's best: a load change on the shared machine then hits all of them alike.
func interleaved(reps int, fns ...func()) []float64 {
	out := make([]float64, len(fns))
	for i, fn := range fns {
		fn()
		out[i] = math.Inf(1)
	}
	for range reps {
		for i, fn := range fns {
			t := time.Now()
			fn()
			out[i] = min(out[i], time.Since(t).Seconds())
		}
	}
	return out
}

func randSlice(r *rand.Rand, n int) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = float32(r.NormFloat64())
	}
	return s
}

// copyBandwidth copies a 256 MiB slice in parallel (GOMAXPROCS contiguous chunks)
// and returns bytes moved per second (read + write).
func copyBandwidth(reps int) float64 {
	const n = 64 << 20 // float32s
	src, dst := make([]float32, n), make([]float32, n)
	for i := range src {
		src[i] = float32(i)
	}
	w := runtime.GOMAXPROCS(0)
	sec := best(reps, func() {
		var wg sync.WaitGroup
		chunk := (n + w - 1) / w
		for lo := 0; lo < n; lo += chunk {
			hi := min(lo+chunk, n)
			wg.Add(1)
			go func() { defer wg.Done(); copy(dst[lo:hi], src[lo:hi]) }()
		}
		wg.Wait()
	})
	return 2 * 4 * n / sec
}

func gen(rows, cols int, d []float32) blas32.General {
	return blas32.General{Rows: rows, Cols: cols, Stride: cols, Data: d}
}

type product struct {
	kernel  string
	n, k, m int
	batch   int // BatchedMatMulNT only
}

func main() {
	quick := flag.Bool("quick", false, "fewer shapes and repetitions (CI smoke run)")
	asJSON := flag.Bool("json", false, "print JSON instead of a table")
	only := flag.String("only", "", "comma-separated kernel names to run (default all)")
	reps := flag.Int("reps", 5, "timed repetitions per case (best is reported)")
	flag.Parse()
	if *quick {
		*reps = 2
	}
	want := func(name string) bool {
		if *only == "" {
			return true
		}
		for _, s := range strings.Split(*only, ",") {
			if strings.EqualFold(strings.TrimSpace(s), name) {
				return true
			}
		}
		return false
	}
	r := rand.New(rand.NewPCG(1, 2))
	rep := report{GOMAXPROCS: runtime.GOMAXPROCS(0), CPU: cpuName(), LoadBefore: loadAvg()}
	rep.CopyGBs = copyBandwidth(*reps) / 1e9
	fmt.Fprintf(os.Stderr, "copy bandwidth %.1f GB/s (GOMAXPROCS=%d)\n", rep.CopyGBs, rep.GOMAXPROCS)

	// Small config (N = 512 tokens, C = 128: qkv 128→384, proj 128→128, fc 128→512,
	// fc-proj 512→128, a 2048-wide product) and GPT-2 124M at N = 1024 (C = 768).
	small := [][3]int{{512, 128, 384}, {512, 128, 128}, {512, 128, 512}, {512, 512, 128}, {512, 128, 2048}, {512, 2048, 128}}
	big := [][3]int{{1024, 768, 2304}, {1024, 768, 768}, {1024, 768, 3072}, {1024, 3072, 768}}
	shapes := small
	if !*quick {
		shapes = append(shapes, big...)
	} else {
		shapes = [][3]int{{512, 128, 384}, {512, 512, 128}, {1024, 768, 768}}
	}
	var prods []product
	for _, kn := range []string{"MatMul", "MatMulNT", "MatMulTN"} {
		for _, s := range shapes {
			prods = append(prods, product{kernel: kn, n: s[0], k: s[1], m: s[2]})
		}
	}
	// A decode step of GPT-2 124M (one row): the MLP's x·W and the logits h·wteᵀ over
	// the 50257-token vocabulary (thin products: no packing, no transpose).
	prods = append(prods, product{kernel: "MatMul", n: 1, k: 768, m: 3072}, product{kernel: "MatMulNT", n: 1, k: 768, m: 50257})
	// A batched decode step (16 rows): fewer rows than one 96-row block, so the GEMM
	// splits the columns over the workers (gemmThin).
	prods = append(prods, product{kernel: "MatMul", n: 16, k: 768, m: 3072}, product{kernel: "MatMul", n: 16, k: 3072, m: 768},
		product{kernel: "MatMulNT", n: 16, k: 768, m: 50257})
	// Attention scores Q·Kᵀ for all heads: small config (4 heads of 32, T = 512) and
	// GPT-2 124M (12 heads of 64, T = 1024).
	prods = append(prods, product{kernel: "BatchedMatMulNT", batch: 4, n: 512, k: 32, m: 512})
	if !*quick {
		prods = append(prods, product{kernel: "BatchedMatMulNT", batch: 12, n: 1024, k: 64, m: 1024})
	}
	for _, p := range prods {
		if want(p.kernel) {
			rep.Results = append(rep.Results, runProduct(r, p, *reps))
			progress(rep.Results[len(rep.Results)-1])
		}
	}
	if want("ScoreRows") {
		rows := 1 << 17
		if *quick {
			rows = 1 << 15
		}
		for _, q := range []int{1, 8} {
			rep.Results = append(rep.Results, runScoreRows(r, q, rows, 256, *reps, rep.CopyGBs))
			progress(rep.Results[len(rep.Results)-1])
		}
	}
	for _, res := range runRowKernels(r, *quick, *reps, rep.CopyGBs, want) {
		rep.Results = append(rep.Results, res)
		progress(res)
	}
	rep.CopyGBs = max(rep.CopyGBs, copyBandwidth(*reps)/1e9) // again at the end: the better of the two
	for i := range rep.Results {
		if rep.Results[i].GBs > 0 {
			rep.Results[i].OfCopy = rep.Results[i].GBs / rep.CopyGBs
		}
	}
	rep.LoadAfter = loadAvg()
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	printTable(rep)
}

func progress(r result) {
	fmt.Fprintf(os.Stderr, "  %s %s: %.3g ms\n", r.Kernel, r.Shape, r.NsOp/1e6)
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func cpuName() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "model name") {
			if _, v, ok := strings.Cut(l, ":"); ok {
				return strings.TrimSpace(v)
			}
		}
	}
	return runtime.GOARCH
}

func runProduct(r *rand.Rand, p product, reps int) result {
	n, k, m := p.n, p.k, p.m
	flops := 2 * float64(n) * float64(k) * float64(m)
	nr := min(n, naiveRows)
	outRows := n // rows of the output: the naive time is scaled by outRows/nr
	var ours, gonum, naive func()
	var perHead float64
	shape := fmt.Sprintf("N=%d K=%d M=%d", n, k, m)
	switch p.kernel {
	case "MatMul":
		x, w, o := randSlice(r, n*k), randSlice(r, k*m), make([]float32, n*m)
		ours = func() { kernels.MatMul(o, x, w, nil, n, k, m) }
		gonum = func() { blas32.Gemm(blas.NoTrans, blas.NoTrans, 1, gen(n, k, x), gen(k, m, w), 0, gen(n, m, o)) }
		naive = func() {
			for i := 0; i < nr; i++ {
				for j := 0; j < m; j++ {
					var s float32
					for q := 0; q < k; q++ {
						s += x[i*k+q] * w[q*m+j]
					}
					o[i*m+j] = s
				}
			}
		}
	case "MatMulNT":
		x, w, o := randSlice(r, n*k), randSlice(r, m*k), make([]float32, n*m)
		ours = func() { kernels.MatMulNT(o, x, w, n, k, m, false) }
		gonum = func() { blas32.Gemm(blas.NoTrans, blas.Trans, 1, gen(n, k, x), gen(m, k, w), 0, gen(n, m, o)) }
		naive = func() {
			for i := 0; i < nr; i++ {
				for j := 0; j < m; j++ {
					var s float32
					for q := 0; q < k; q++ {
						s += x[i*k+q] * w[j*k+q]
					}
					o[i*m+j] = s
				}
			}
		}
	case "MatMulTN":
		// out[K,M] += a[N,K]ᵀ·b[N,M]; the naive loop is timed over nr of the K output rows.
		a, b, o := randSlice(r, n*k), randSlice(r, n*m), make([]float32, k*m)
		ours = func() { kernels.MatMulTN(o, a, b, n, k, m) }
		gonum = func() { blas32.Gemm(blas.Trans, blas.NoTrans, 1, gen(n, k, a), gen(n, m, b), 1, gen(k, m, o)) }
		nr = min(k, naiveRows)
		naive = func() {
			for q := 0; q < nr; q++ {
				for j := 0; j < m; j++ {
					s := o[q*m+j]
					for i := 0; i < n; i++ {
						s += a[i*k+q] * b[i*m+j]
					}
					o[q*m+j] = s
				}
			}
		}
		outRows = k
	case "BatchedMatMulNT":
		bt := p.batch
		x, w, o := randSlice(r, bt*n*k), randSlice(r, bt*m*k), make([]float32, bt*n*m)
		flops *= float64(bt)
		shape = fmt.Sprintf("batch=%d N=%d K=%d M=%d", bt, n, k, m)
		ours = func() { kernels.BatchedMatMulNT(o, x, w, bt, n, k, m, n*k, m*k, n*m) }
		gonum = func() {
			// One Gemm per batch, batches in parallel (gonum's own Gemm goes parallel only
			// above its block size, so this is the fair use of it).
			kernels.ForEach(bt, func(b int) {
				blas32.Gemm(blas.NoTrans, blas.Trans, 1, gen(n, k, x[b*n*k:]), gen(m, k, w[b*m*k:]), 0, gen(n, m, o[b*n*m:]))
			})
		}
		naive = func() {
			for b := 0; b < bt; b++ {
				for i := 0; i < nr; i++ {
					for j := 0; j < m; j++ {
						var s float32
						for q := 0; q < k; q++ {
							s += x[b*n*k+i*k+q] * w[b*m*k+j*k+q]
						}
						o[b*n*m+i*m+j] = s
					}
				}
			}
		}
	}
	fns := []func(){ours, gonum}
	if p.kernel == "BatchedMatMulNT" {
		// Beside it, the per-head loop that the attention ran before: MatMulNT per
		// (row, head) under ForEach.
		bt := p.batch
		x, w, o := randSlice(r, bt*n*k), randSlice(r, bt*m*k), make([]float32, bt*n*m)
		fns = append(fns, func() {
			kernels.ForEach(bt, func(b int) {
				kernels.MatMulNT(o[b*n*m:(b+1)*n*m], x[b*n*k:], w[b*m*k:], n, k, m, false)
			})
		})
	}
	ts := interleaved(reps, fns...)
	tOurs, tGonum := ts[0], ts[1]
	if len(ts) > 2 {
		perHead = ts[2]
	}
	tNaive := best(max(1, reps/2), naive) * float64(outRows) / float64(nr)
	res := result{Kernel: p.kernel, Shape: shape, NsOp: tOurs * 1e9, GFs: flops / tOurs / 1e9,
		VsNaive: tNaive / tOurs, VsGonum: tGonum / tOurs}
	if perHead > 0 {
		res.VsPerHead = perHead / tOurs
	}
	if nr < outRows {
		res.NaiveNote = fmt.Sprintf("naive timed on %d of %d output rows, scaled", nr, outRows)
	}
	return res
}

func runScoreRows(r *rand.Rand, nq, n, k, reps int, copyGBs float64) result {
	q, g, s := randSlice(r, nq*k), randSlice(r, n*k), make([]float32, nq*n)
	ts := interleaved(reps, func() { kernels.ScoreRows(s, q, g, nq, n, k) }, func() {
		blas32.Gemm(blas.NoTrans, blas.Trans, 1, gen(nq, k, q), gen(n, k, g), 0, gen(nq, n, s))
	})
	tOurs, tGonum := ts[0], ts[1]
	tNaive := best(max(1, reps/2), func() {
		for a := 0; a < nq; a++ {
			for i := 0; i < n; i++ {
				var d float32
				for j := 0; j < k; j++ {
					d += q[a*k+j] * g[i*k+j]
				}
				s[a*n+i] = d
			}
		}
	})
	bytes := 4 * float64(n*k+nq*n+nq*k)
	gbs := bytes / tOurs / 1e9
	return result{Kernel: "ScoreRows", Shape: fmt.Sprintf("Q=%d N=%d K=%d", nq, n, k), NsOp: tOurs * 1e9,
		GFs: 2 * float64(nq*n*k) / tOurs / 1e9, GBs: gbs, VsNaive: tNaive / tOurs, VsGonum: tGonum / tOurs,
		OfCopy: gbs / copyGBs}
}

// runRowKernels times the memory-bound kernels on activation-sized inputs.
func runRowKernels(r *rand.Rand, quick bool, reps int, copyGBs float64, want func(string) bool) []result {
	n, c := 1024*8, 768 // 8 sequences of 1024 tokens, GPT-2 124M width: 24 MiB per tensor
	if quick {
		n = 1024
	}
	var out []result
	add := func(name, shape string, bytes float64, ours, naive func()) {
		if !want(name) {
			return
		}
		tOurs := best(reps, ours)
		tNaive := best(max(1, reps/2), naive)
		gbs := bytes / tOurs / 1e9
		out = append(out, result{Kernel: name, Shape: shape, NsOp: tOurs * 1e9, GBs: gbs,
			VsNaive: tNaive / tOurs, OfCopy: gbs / copyGBs})
	}
	x, w, b := randSlice(r, n*c), randSlice(r, c), randSlice(r, c)
	o, mean, rstd := make([]float32, n*c), make([]float32, n), make([]float32, n)
	shape := fmt.Sprintf("N=%d C=%d", n, c)
	add("LayerNorm", shape, 4*float64(2*n*c), func() { kernels.LayerNorm(o, mean, rstd, x, w, b, n, c, 1e-5) },
		func() { naiveLayerNorm(o, x, w, b, n, c) })
	dout, dx, dw, db := randSlice(r, n*c), make([]float32, n*c), make([]float32, c), make([]float32, c)
	add("LayerNormBackward", shape, 4*float64(4*n*c), func() { kernels.LayerNormBackward(dx, dw, db, dout, x, w, mean, rstd, n, c) },
		func() { naiveLayerNormBackward(dx, dw, db, dout, x, w, mean, rstd, n, c) })
	h := randSlice(r, n*4*c/4) // GELU input of the MLP (4C wide) for N/4 rows: same bytes
	hs := fmt.Sprintf("len=%d", len(h))
	add("GELU", hs, 4*float64(2*len(h)), func() { kernels.GELU(o[:len(h)], h) }, func() {
		for i, v := range h {
			f := float64(v)
			o[i] = float32(0.5 * f * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(f+0.044715*f*f*f))))
		}
	})
	add("GELUBackward", hs, 4*float64(4*len(h)), func() { kernels.GELUBackward(dx[:len(h)], dout[:len(h)], h) }, func() {
		for i, v := range h {
			f := float64(v)
			u := math.Sqrt(2/math.Pi) * (f + 0.044715*f*f*f)
			th := math.Tanh(u)
			d := 0.5*(1+th) + 0.5*f*(1-th*th)*math.Sqrt(2/math.Pi)*(1+3*0.044715*f*f)
			dx[i] += float32(d) * dout[i]
		}
	})
	// Softmax over attention rows: 12 heads × T rows of T = 1024 (quick: 256).
	T := 1024
	if quick {
		T = 256
	}
	// In place, run after run: the softmax of a softmax is as good an input.
	att := randSlice(r, 12*T*T)
	add("Softmax", fmt.Sprintf("N=%d M=%d", 12*T, T), 4*float64(2*len(att)), func() {
		kernels.Softmax(att, 12*T, T)
	}, func() {
		for i := 0; i < 12*T; i++ {
			row := att[i*T : (i+1)*T]
			mx := float32(math.Inf(-1))
			for _, v := range row {
				mx = max(mx, v)
			}
			var s float64
			for j, v := range row {
				e := math.Exp(float64(v - mx))
				row[j] = float32(e)
				s += e
			}
			for j := range row {
				row[j] = float32(float64(row[j]) / s)
			}
		}
	})
	// The loss's log-partition over GPT-2's vocabulary, 64 rows (quick: 8), against
	// the float64 math.Exp loop it replaced; then the loss gradient's scaled softmax.
	lr := 64
	if quick {
		lr = 8
	}
	const vocab = 50257
	logits, lz, dl := randSlice(r, lr*vocab), make([]float64, lr), make([]float32, lr*vocab)
	lseShape := fmt.Sprintf("N=%d V=%d", lr, vocab)
	add("LogSumExp", lseShape, 4*float64(len(logits)), func() {
		for i := range lr {
			lz[i] = kernels.LogSumExp(logits[i*vocab : (i+1)*vocab])
		}
	}, func() {
		for i := range lr {
			mx := math.Inf(-1)
			for _, v := range logits[i*vocab : (i+1)*vocab] {
				mx = max(mx, float64(v))
			}
			var s float64
			for _, v := range logits[i*vocab : (i+1)*vocab] {
				s += math.Exp(float64(v) - mx)
			}
			lz[i] = mx + math.Log(s)
		}
	})
	add("ExpShift", lseShape, 4*float64(2*len(logits)), func() {
		for i := range lr {
			kernels.ExpShift(dl[i*vocab:(i+1)*vocab], logits[i*vocab:(i+1)*vocab], lz[i], 0.5)
		}
	}, func() {
		for i := range lr {
			for j, v := range logits[i*vocab : (i+1)*vocab] {
				dl[i*vocab+j] = float32(0.5 * math.Exp(float64(v)-lz[i]))
			}
		}
	})
	// AdamW over 124M/4 parameters (quick: 1M): reads p, g, m, v, writes p, m, v.
	np := 31 << 20
	if quick {
		np = 1 << 20
	}
	p, g, m1, v1 := randSlice(r, np), randSlice(r, np), make([]float32, np), make([]float32, np)
	step := 0
	add("AdamW", fmt.Sprintf("params=%d", np), 4*float64(7*np), func() {
		step++
		kernels.AdamW(p, g, m1, v1, nil, 1e-4, 0.9, 0.999, 1e-8, 0.01, step)
	}, func() {
		step++
		c1, c2 := 1-math.Pow(0.9, float64(step)), 1-math.Pow(0.999, float64(step))
		for i := range p {
			gi := float64(g[i])
			mi := 0.9*float64(m1[i]) + 0.1*gi
			vi := 0.999*float64(v1[i]) + 0.001*gi*gi
			m1[i], v1[i] = float32(mi), float32(vi)
			p[i] = float32(float64(p[i]) - 1e-4*((mi/c1)/(math.Sqrt(vi/c2)+1e-8)+0.01*float64(p[i])))
		}
	})
	return out
}

func naiveLayerNorm(o, x, w, b []float32, n, c int) {
	for i := 0; i < n; i++ {
		xr := x[i*c : (i+1)*c]
		var s float64
		for _, v := range xr {
			s += float64(v)
		}
		mu := s / float64(c)
		var v2 float64
		for _, v := range xr {
			v2 += (float64(v) - mu) * (float64(v) - mu)
		}
		rs := 1 / math.Sqrt(v2/float64(c)+1e-5)
		for j, v := range xr {
			o[i*c+j] = float32((float64(v)-mu)*rs)*w[j] + b[j]
		}
	}
}

func naiveLayerNormBackward(dx, dw, db, dout, x, w, mean, rstd []float32, n, c int) {
	for i := 0; i < n; i++ {
		var s1, s2 float32
		for j := 0; j < c; j++ {
			xh := (x[i*c+j] - mean[i]) * rstd[i]
			g := dout[i*c+j] * w[j]
			s1 += g
			s2 += g * xh
		}
		s1 /= float32(c)
		s2 /= float32(c)
		for j := 0; j < c; j++ {
			xh := (x[i*c+j] - mean[i]) * rstd[i]
			g := dout[i*c+j] * w[j]
			dx[i*c+j] += rstd[i] * (g - s1 - xh*s2)
			dw[j] += dout[i*c+j] * xh
			db[j] += dout[i*c+j]
		}
	}
}

func printTable(rep report) {
	fmt.Printf("CPU: %s, GOMAXPROCS=%d, copy bandwidth %.1f GB/s (2 bytes moved per byte copied), load average %s → %s\n\n",
		rep.CPU, rep.GOMAXPROCS, rep.CopyGBs, rep.LoadBefore, rep.LoadAfter)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "kernel\tshape\tms/op\tGF/s\tGB/s\tvs naive\tvs gonum\tvs per-head\tof copy BW\t")
	f := func(v float64, format string) string {
		if v == 0 {
			return "-"
		}
		return fmt.Sprintf(format, v)
	}
	for _, r := range rep.Results {
		fmt.Fprintf(tw, "%s\t%s\t%.3f\t%s\t%s\t%s\t%s\t%s\t%s\t\n", r.Kernel, r.Shape, r.NsOp/1e6,
			f(r.GFs, "%.1f"), f(r.GBs, "%.1f"), f(r.VsNaive, "%.1fx"), f(r.VsGonum, "%.2fx"), f(r.VsPerHead, "%.2fx"), f(r.OfCopy, "%.2f"))
	}
	tw.Flush()
	fmt.Println("\nvs naive / vs gonum: baseline time divided by ours (>1: ours faster). The naive")
	fmt.Println("products are timed on at most 64 output rows and scaled (their cost per row is flat).")
}

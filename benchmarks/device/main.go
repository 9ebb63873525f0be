// Command device measures the CUDA backend against the CPU backend in one run, on
// the same inputs: matrix products (GF/s), training (tokens/s), per-example gradient
// sketches (examples/s) and the sketch scan (GB/s, as a fraction of the GPU's memory
// bandwidth measured in the same run by device-to-device copies, and of the peak the
// driver reports). Each line prints GPU/CPU.
//
//	go run ./benchmarks/device [-ordinal 0] [-steps 3] [-examples 32] [-scan-rows 500000] [-json]
//
// Without a GPU it says so and exits 0: there is nothing to compare.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"runtime"
	"time"

	"poa/gradients"
	"poa/inference"
	"poa/kernels"
	"poa/kernels/cuda"
)

type pair struct {
	What  string  `json:"what"`
	Unit  string  `json:"unit"`
	CPU   float64 `json:"cpu"`
	GPU   float64 `json:"gpu"`
	Ratio float64 `json:"gpu_over_cpu"`
}

type report struct {
	Device       *cuda.Info `json:"device,omitempty"`
	CPUs         int        `json:"cpus"`
	Results      []pair     `json:"results"`
	CopyGBs      float64    `json:"copy_gb_s"`      // device-to-device copy, read+write
	ScanGBs      float64    `json:"scan_gb_s"`      // resident sketch scan, bytes of sketches read
	ScanFracCopy float64    `json:"scan_frac_copy"` // scan / copy bandwidth, same run
	ScanFracPeak float64    `json:"scan_frac_peak"` // scan / the driver's peak figure
	Skipped      string     `json:"skipped,omitempty"`
}

func main() {
	ordinal := flag.Int("ordinal", 0, "GPU to measure")
	steps := flag.Int("steps", 3, "training steps timed (batch 8 × 128 tokens, small config)")
	examples := flag.Int("examples", 32, "examples for the per-example sketch timing")
	scanRows := flag.Int("scan-rows", 500_000, "training sketches in the scan (× 2048 floats each)")
	asJSON := flag.Bool("json", false, "print JSON")
	flag.Parse()
	out := func(rep report) {
		if *asJSON {
			enc := json.NewEncoder(os.Stdout)
			enc.SetIndent("", "  ")
			enc.Encode(rep)
			return
		}
		if rep.Skipped != "" {
			fmt.Println("no GPU measured:", rep.Skipped)
			return
		}
		fmt.Printf("device: %s (compute %s, %d SMs, %.0f GiB, driver CUDA %s, products on %s); CPU: %d cores\n",
			rep.Device.Name, rep.Device.ComputeCapability, rep.Device.Multiprocessors,
			float64(rep.Device.MemoryBytes)/(1<<30), rep.Device.Driver, or(rep.Device.CUBLAS, "own GEMM kernel"), rep.CPUs)
		fmt.Printf("%-44s %14s %14s %9s\n", "", "CPU", "GPU", "GPU/CPU")
		for _, p := range rep.Results {
			fmt.Printf("%-44s %14.1f %14.1f %9.1f  %s\n", p.What, p.CPU, p.GPU, p.Ratio, p.Unit)
		}
		fmt.Printf("sketch scan, resident: %.0f GB/s = %.2f of device copy bandwidth (%.0f GB/s, same run), %.2f of the driver's peak (%.0f GB/s)\n",
			rep.ScanGBs, rep.ScanFracCopy, rep.CopyGBs, rep.ScanFracPeak, rep.Device.PeakBandwidthGBs)
	}
	d, err := cuda.Open(*ordinal)
	if err != nil {
		out(report{Skipped: err.Error()})
		return
	}
	defer d.Close()
	info := d.Info()
	rep := report{Device: &info, CPUs: runtime.GOMAXPROCS(0)}
	add := func(what, unit string, cpu, gpu float64) {
		rep.Results = append(rep.Results, pair{what, unit, cpu, gpu, gpu / cpu})
	}
	onCPU := func() { kernels.Accelerate(nil, 0) }
	onGPU := func() { kernels.Accelerate(d, kernels.DefaultOffloadWork) }

	// Products on host slices, transfers included (what the engine's call sites get).
	r := rand.New(rand.NewPCG(1, 2))
	randn := func(n int) []float32 {
		s := make([]float32, n)
		for i := range s {
			s[i] = float32(r.NormFloat64())
		}
		return s
	}
	for _, s := range [][3]int{{4096, 768, 3072}, {4096, 3072, 768}, {4096, 768, 2304}} {
		n, k, m := s[0], s[1], s[2]
		x, w, o := randn(n*k), randn(k*m), make([]float32, n*m)
		rate := func(f func()) float64 {
			f()
			t0, reps := time.Now(), 0
			for reps < 2 || time.Since(t0) < 500*time.Millisecond {
				f()
				reps++
			}
			return 2 * float64(n*k*m) * float64(reps) / time.Since(t0).Seconds() / 1e9
		}
		cpu := rate(func() { kernels.CPU[float32]{}.MatMul(o, x, w, nil, n, k, m) })
		gpu := rate(func() { d.MatMul(o, x, w, nil, n, k, m) })
		add(fmt.Sprintf("MatMul %d×%d·%d×%d (with transfers)", n, k, k, m), "GF/s", cpu, gpu)
	}

	// Training and per-example sketches on the small config, CPU then GPU.
	cfg := inference.Small
	stream := make([]int, 1<<15)
	for i := range stream {
		stream[i] = r.IntN(cfg.VocabSize)
	}
	data := &gradients.Dataset{Stream: stream, Docs: 1}
	tc := gradients.DefaultTrainConfig()
	tc.Steps, tc.BatchSize, tc.SeqLen, tc.CheckpointEvery = *steps, 8, cfg.NPositions, 0
	train := func() float64 {
		p := inference.NewParams[float32](cfg)
		p.Init(1)
		res, err := gradients.Train(context.Background(), inference.NewModel(p), nil, data, tc, "", nil)
		if err != nil {
			log.Fatal(err)
		}
		return float64(res.Tokens) / res.Seconds
	}
	onCPU()
	cpuTrain := train()
	onGPU()
	gpuTrain := train()
	add("training, small config", "tokens/s", cpuTrain, gpuTrain)

	p := inference.NewParams[float32](cfg)
	p.Init(1)
	m := inference.NewModel(p)
	ts, _ := inference.ParseTargets("attn,mlp")
	ad, _ := inference.NewAdapter[float32]("b", cfg, inference.LoraConfig{Rank: 8, Alpha: 16, Targets: ts})
	ad.Init(1)
	seqs := make([][]int, *examples)
	for i := range seqs {
		seqs[i] = stream[i*cfg.NPositions : (i+1)*cfg.NPositions]
	}
	proj, _ := gradients.NewProjector(cfg, ad.Cfg.Targets, 16, 16, 1)
	sketch := func() float64 {
		t0 := time.Now()
		if _, _, err := gradients.ExampleSketches(context.Background(), m, ad, seqs, proj, &gradients.Options{BatchSize: 8}); err != nil {
			log.Fatal(err)
		}
		return float64(len(seqs)) / time.Since(t0).Seconds()
	}
	onCPU()
	cpuSk := sketch()
	onGPU()
	gpuSk := sketch()
	onCPU()
	add("per-example gradient sketches (LoRA r8)", "examples/s", cpuSk, gpuSk)

	// Sketch scan: the sketches resident on the GPU, 16 queries per pass, against the
	// CPU's ScoreRows on the same matrix.
	const k, nq = 2048, 16
	rows := *scanRows
	g, q := randn(rows*k), randn(nq*k)
	scores := make([]float32, nq*rows)
	t0 := time.Now()
	kernels.CPU[float32]{}.ScoreRows(scores, q, g, nq, rows, k)
	cpuScan := float64(4*rows*k) / time.Since(t0).Seconds() / 1e9
	mat, err := d.Upload(g, rows, k)
	if err != nil {
		log.Fatal(err)
	}
	mat.Score(scores, q, nq) // warm-up
	t0, reps := time.Now(), 0
	for reps < 3 || time.Since(t0) < time.Second {
		mat.Score(scores, q, nq)
		reps++
	}
	rep.ScanGBs = float64(4*rows*k) * float64(reps) / time.Since(t0).Seconds() / 1e9
	mat.Free()
	add(fmt.Sprintf("sketch scan %d×%d, %d queries", rows, k, nq), "GB/s", cpuScan, rep.ScanGBs)
	bw, err := d.CopyBandwidth(1<<30, time.Second)
	if err != nil {
		log.Fatal(err)
	}
	rep.CopyGBs = bw / 1e9
	rep.ScanFracCopy = rep.ScanGBs / rep.CopyGBs
	if rep.Device.PeakBandwidthGBs > 0 {
		rep.ScanFracPeak = rep.ScanGBs / rep.Device.PeakBandwidthGBs
	}
	out(rep)
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

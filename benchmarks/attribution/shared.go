package main

import (
	"context"
	"log"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	"poa/gradients"
	"poa/inference"
	"poa/influence"
)

// sharedResult compares what lm.Attribute runs now with what it ran before, on the
// same inputs and alternated: the query and token sketches from one forward
// (gradients.QueryAndTokenSketches) against QuerySketch then TokenSketches (two
// forwards), and the token scans as one pass over the sketches
// (influence.ScanTopKMany) against one ScanTopK per token. Both must give the same
// bits (Same*); the ratios are medians of per-run ratios, CPU time.
type sharedResult struct {
	Runs            int     `json:"runs"`
	SketchesMs      float64 `json:"shared_forward_cpu_ms"`
	SeparateMs      float64 `json:"two_forwards_cpu_ms"`
	SketchRatio     float64 `json:"sketch_cpu_ratio_shared_over_separate"`
	SameSketches    bool    `json:"same_sketches"`
	ScanRows        int     `json:"scan_rows"`
	ScanK           int     `json:"scan_k"`
	ManyMs          float64 `json:"one_pass_scan_cpu_ms"`
	PerTokenMs      float64 `json:"per_token_scans_cpu_ms"`
	ScanRatio       float64 `json:"scan_cpu_ratio_one_pass_over_per_token"`
	SameScanResults bool    `json:"same_scan_results"`
}

// compareShared measures sharedResult over sketches g (nil: 1,014 random rows of
// proj.Dim() values, about the demo store's devil adapter), top 3 per token.
func compareShared(ctx context.Context, m *inference.Model[float32], ad *inference.Adapter[float32], proj *gradients.Projector, prompt, output []int, g influence.Gradients, runs int) sharedResult {
	res := sharedResult{Runs: runs, SameSketches: true, SameScanResults: true}
	q, ql, tok, tl, err := gradients.QueryAndTokenSketches(ctx, m, ad, prompt, output, proj, nil)
	if err != nil {
		log.Fatal(err)
	}
	wq, wql, err := gradients.QuerySketch(m, ad, prompt, output, proj)
	if err != nil {
		log.Fatal(err)
	}
	wtok, wtl, err := gradients.TokenSketches(ctx, m, ad, prompt, output, proj, nil)
	if err != nil {
		log.Fatal(err)
	}
	res.SameSketches = sameBits(q, wq) && sameBits([]float32{ql}, []float32{wql}) && sameBits(tl, wtl) && len(tok) == len(wtok)
	for j := range wtok {
		res.SameSketches = res.SameSketches && sameBits(tok[j], wtok[j])
	}
	if g == nil {
		n, k := 1014, proj.Dim()
		ids := make([]string, n)
		for i := range ids {
			ids[i] = "random/" + strconv.Itoa(i)
		}
		d := influence.NewDense(n, k, ids)
		r := rand.New(rand.NewPCG(4, 5))
		for i := range d.Data {
			d.Data[i] = float32(r.NormFloat64())
		}
		g = d
	}
	res.ScanRows, res.ScanK = g.Dims()
	many := influence.ScanTopKMany(tok, g, 3)
	for j, t := range tok {
		res.SameScanResults = res.SameScanResults && slices.Equal(many[j], influence.ScanTopK(t, g, 3))
	}
	cpuOf := func(f func()) float64 {
		var cpu time.Duration
		testing.Benchmark(func(b *testing.B) {
			c0 := cpuTime()
			for b.Loop() {
				f()
			}
			cpu = (cpuTime() - c0) / time.Duration(b.N)
		})
		return float64(cpu) / 1e6
	}
	var shared, separate, sr, one, per, scr []float64
	for i := 0; i < runs; i++ {
		a := cpuOf(func() {
			if _, _, _, _, err := gradients.QueryAndTokenSketches(ctx, m, ad, prompt, output, proj, nil); err != nil {
				log.Fatal(err)
			}
		})
		b := cpuOf(func() {
			if _, _, err := gradients.QuerySketch(m, ad, prompt, output, proj); err != nil {
				log.Fatal(err)
			}
			if _, _, err := gradients.TokenSketches(ctx, m, ad, prompt, output, proj, nil); err != nil {
				log.Fatal(err)
			}
		})
		c := cpuOf(func() { influence.ScanTopKMany(tok, g, 3) })
		d := cpuOf(func() {
			for _, t := range tok {
				influence.ScanTopK(t, g, 3)
			}
		})
		shared, separate, sr = append(shared, a), append(separate, b), append(sr, a/b)
		one, per, scr = append(one, c), append(per, d), append(scr, c/d)
	}
	res.SketchesMs, res.SeparateMs, res.SketchRatio = median(shared), median(separate), median(sr)
	res.ManyMs, res.PerTokenMs, res.ScanRatio = median(one), median(per), median(scr)
	return res
}

func sameBits(a, b []float32) bool {
	return slices.EqualFunc(a, b, func(x, y float32) bool { return math.Float32bits(x) == math.Float32bits(y) })
}

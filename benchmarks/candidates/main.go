// Command candidates measures what embedding candidates save in attribution's scans:
// the baseline is the full path, 1 + T top-k scans (whole output and each of T output
// tokens) over all n sketches of dimension k (influence.ScanTopK); the candidate path is
// one exact cosine search over n embeddings of dimension d (embed.Index.Exact) for the
// C nearest points, then 1 + T scans over those C rows only (lm.ScanRows). Random data
// (timings do not depend on values); both paths timed in the same run, best of reps.
//
//	go run ./benchmarks/candidates [-n 50000] [-k 512] [-d 256] [-c 2000] [-t 32] [-reps 3] [-json]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"time"

	"poa/influence"
	"poa/influence/embed"
	"poa/influence/lm"
)

type report struct {
	N, K, D, C, T  int
	GOMAXPROCS     int     `json:"gomaxprocs"`
	FullSeconds    float64 `json:"full_seconds"`
	EmbedSeconds   float64 `json:"embed_search_seconds"`
	RestrSeconds   float64 `json:"restricted_scans_seconds"`
	CandidateTotal float64 `json:"candidate_seconds"`
	Speedup        float64 `json:"speedup"`
}

func best(reps int, fn func()) float64 {
	b := 0.0
	for i := range reps {
		t0 := time.Now()
		fn()
		if s := time.Since(t0).Seconds(); i == 0 || s < b {
			b = s
		}
	}
	return b
}

func main() {
	n := flag.Int("n", 50000, "sketched points")
	k := flag.Int("k", 512, "sketch dimension")
	d := flag.Int("d", 256, "embedding dimension")
	c := flag.Int("c", lm.DefaultCandidates, "candidates")
	t := flag.Int("t", 32, "output tokens (each one scan, plus one for the whole output)")
	reps := flag.Int("reps", 3, "repetitions (best is reported)")
	asJSON := flag.Bool("json", false, "print JSON")
	flag.Parse()
	if *c > *n || *n < 1 || *k < 1 || *d < 1 || *t < 0 {
		fmt.Fprintln(os.Stderr, "candidates: need 1 ≤ c ≤ n, k, d ≥ 1, t ≥ 0")
		os.Exit(2)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	ids := make([]string, *n)
	for i := range ids {
		ids[i] = fmt.Sprintf("d/%d", i)
	}
	g := influence.NewDense(*n, *k, ids)
	for i := range g.Data {
		g.Data[i] = float32(rng.NormFloat64())
	}
	x := embed.New(*d)
	v := make([]float32, *d)
	for i := range *n {
		for j := range v {
			v[j] = float32(rng.NormFloat64())
		}
		if err := x.Add(i, v); err != nil {
			panic(err)
		}
	}
	qs := make([][]float32, *t+1)
	for i := range qs {
		qs[i] = make([]float32, *k)
		for j := range qs[i] {
			qs[i][j] = float32(rng.NormFloat64())
		}
	}
	qe := make([]float32, *d)
	for j := range qe {
		qe[j] = float32(rng.NormFloat64())
	}
	const top = 50
	r := report{N: *n, K: *k, D: *d, C: *c, T: *t, GOMAXPROCS: runtime.GOMAXPROCS(0)}
	r.FullSeconds = best(*reps, func() {
		for _, q := range qs {
			influence.ScanTopK(q, g, top)
		}
	})
	var rows []int
	r.EmbedSeconds = best(*reps, func() {
		hits := x.Exact(qe, *c)
		rows = rows[:0]
		for _, h := range hits {
			rows = append(rows, h.Key)
		}
	})
	r.RestrSeconds = best(*reps, func() {
		for _, q := range qs {
			lm.ScanRows(q, g, rows, top)
		}
	})
	r.CandidateTotal = r.EmbedSeconds + r.RestrSeconds
	r.Speedup = r.FullSeconds / r.CandidateTotal
	if *asJSON {
		json.NewEncoder(os.Stdout).Encode(r)
		return
	}
	fmt.Printf("n=%d k=%d d=%d C=%d T=%d, GOMAXPROCS=%d, best of %d\n", r.N, r.K, r.D, r.C, r.T, r.GOMAXPROCS, *reps)
	fmt.Printf("baseline: %d full scans                 %8.1f ms  1.00\n", *t+1, 1e3*r.FullSeconds)
	fmt.Printf("candidates: exact embedding search     %8.1f ms\n", 1e3*r.EmbedSeconds)
	fmt.Printf("            %d scans of %d rows        %8.1f ms\n", *t+1, *c, 1e3*r.RestrSeconds)
	fmt.Printf("            total                      %8.1f ms  %.2fx faster\n", 1e3*r.CandidateTotal, r.Speedup)
}

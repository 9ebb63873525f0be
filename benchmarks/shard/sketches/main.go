// Command sketches benchmarks gradient-sketch shards (influence/shard.BuildSketches,
// a Beam pipeline on Prism) against the monolithic sketch build (lm.BuildSketches +
// lm.Commit) of the same adapter in the same run: build time, the top-k scan
// latency p50/p99 over the shards sequentially and in parallel against
// influence.ScanTopK over the monolithic file, the integer top-k, and bytes per row.
// Every sharded answer and the committed root are checked against the monolithic
// ones; a difference exits non-zero.
//
// The store needs datanets; the shipped base model is imported and an adapter
// trained (--steps) when the adapter does not exist:
//
//	go run ./benchmarks/shard/sketches --data DIR --datanet devil
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"poa/gradients"
	"poa/inference"
	"poa/influence"
	"poa/influence/lm"
	"poa/influence/shard"
	"poa/models"
	"poa/store"
)

type row struct {
	Shards int `json:"shards"` // 0: monolithic
	// BuildSec: sharded, the whole pipeline (sketches, preconditioner, quantization,
	// leaves, root); monolithic, lm.BuildSketches alone.
	BuildSec    float64 `json:"build_seconds"`
	TopKP50us   float64 `json:"topk_p50_us"` // float top-k (sequential fan-out for shards)
	TopKP99us   float64 `json:"topk_p99_us"`
	ParTopKP50  float64 `json:"par_topk_p50_us"` // parallel fan-out
	ParTopKP99  float64 `json:"par_topk_p99_us"`
	IntTopKP50  float64 `json:"int_topk_p50_us"` // integer top-k (parallel fan-out); monolithic: brute force
	Bytes       int64   `json:"bytes"`
	BytesPerRow float64 `json:"bytes_per_row"`
	MaxShardMB  float64 `json:"max_shard_mb"`
}

func main() {
	data := flag.String("data", "", "store with datanets (written: model, adapter, sketches)")
	datanet := flag.String("datanet", "devil", "datanet the adapter is trained on and sketched")
	adapter := flag.String("adapter", "bench-sketch", "adapter name (trained when missing)")
	steps := flag.Int("steps", 20, "adapter training steps when it is trained here")
	queries := flag.Int("queries", 200, "top-k queries")
	topk := flag.Int("k", 50, "top k")
	shardList := flag.String("shards", "1,2,4", "shard counts")
	asJSON := flag.Bool("json", false, "print JSON")
	flag.Parse()
	log.SetFlags(0)
	if *data == "" {
		log.Fatal("--data is required")
	}
	ctx := context.Background()
	s, err := store.Open(store.DefaultOptions(*data))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if err := s.Get(store.KindAdapter, *adapter, &inference.AdapterRecord{}); err != nil {
		if _, _, err := models.ImportBase(s, "base"); err != nil {
			log.Fatal(err)
		}
		tc := gradients.DefaultTrainConfig()
		tc.Steps, tc.CheckpointEvery = *steps, 0
		fmt.Fprintf(os.Stderr, "training adapter %s on %s (%d steps)\n", *adapter, *datanet, *steps)
		if _, _, err := gradients.TrainAdapter(ctx, s, gradients.AdapterOptions{Name: *adapter, Datanets: []string{*datanet},
			Lora: inference.LoraConfig{Rank: 8, Alpha: 16, Targets: []string{"attn.c_attn", "mlp.c_fc"}}, Train: tc}, nil); err != nil {
			log.Fatal(err)
		}
	}
	so := lm.SketchOptions{Adapter: *adapter, KIn: 8, KOut: 8, BatchSize: 8}
	t0 := time.Now()
	_, preMeta, err := lm.BuildSketches(ctx, s, so)
	if err != nil {
		log.Fatal(err)
	}
	monoSec := time.Since(t0).Seconds()
	// lm.Commit also builds the corpus tree (every trained-on document), which the
	// sketch shards do not: its time is reported apart.
	t0 = time.Now()
	c, err := lm.Commit(ctx, s, *adapter, nil)
	if err != nil {
		log.Fatal(err)
	}
	commitSec := time.Since(t0).Seconds()
	pre, _, err := s.OpenSketch(preMeta.Name)
	if err != nil {
		log.Fatal(err)
	}
	defer pre.Close()
	n, k := pre.Dims()
	fmt.Fprintf(os.Stderr, "adapter %s: %d rows × k=%d; monolithic sketches %.1fs, commitment (sketch and corpus trees) %.1fs; GOMAXPROCS %d\n", *adapter, n, k, monoSec, commitSec, runtime.GOMAXPROCS(0))
	quant := make([][]int32, n)
	for i := range n {
		if quant[i], err = influence.Quantize(nil, pre.Row(i), c.Shift); err != nil {
			log.Fatal(err)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var qs [][]float32
	for range *queries {
		// A mix of rows (a training point's own direction) and random directions.
		q := make([]float32, k)
		if rng.IntN(2) == 0 {
			copy(q, pre.Row(rng.IntN(n)))
		} else {
			for j := range q {
				q[j] = float32(rng.NormFloat64())
			}
		}
		qs = append(qs, q)
	}
	keepAll := func(string, string) (bool, error) { return true, nil }
	var wantF [][]influence.Hit
	var wantI [][]shard.IntHit
	var lat, ilat []float64
	for _, q := range qs {
		t := time.Now()
		wantF = append(wantF, influence.ScanTopK(q, pre, *topk))
		lat = append(lat, us(t))
		qq, _, err := influence.QuantizeAuto(q)
		if err != nil {
			log.Fatal(err)
		}
		t = time.Now()
		type sc struct {
			row int
			s   int64
		}
		all := make([]sc, n)
		for i := range n {
			all[i] = sc{i, influence.DotInt(qq, quant[i])}
		}
		slices.SortFunc(all, func(a, b sc) int { return cmp.Or(cmp.Compare(b.s, a.s), cmp.Compare(a.row, b.row)) })
		var hs []shard.IntHit
		for _, a := range all[:min(n, *topk)] {
			hs = append(hs, shard.IntHit{Row: a.row, ID: pre.ID(a.row), Score: a.s})
		}
		ilat = append(ilat, us(t))
		wantI = append(wantI, hs)
	}
	st, _ := os.Stat(pre.Path())
	rawSt, _ := os.Stat(strings.TrimSuffix(pre.Path(), ".pre.sks") + ".raw.sks")
	mono := row{BuildSec: monoSec, TopKP50us: pct(lat, 50), TopKP99us: pct(lat, 99), IntTopKP50: pct(ilat, 50)}
	if st != nil && rawSt != nil {
		mono.Bytes = st.Size() + rawSt.Size()
	}
	mono.BytesPerRow = float64(mono.Bytes) / float64(n)
	mono.MaxShardMB = float64(mono.Bytes) / 1e6
	rows := []row{mono}

	for _, f := range strings.Split(*shardList, ",") {
		var ns int
		fmt.Sscan(f, &ns)
		runtime.GC()
		t := time.Now()
		set, err := shard.BuildSketches(ctx, s, shard.SketchOptions{SketchOptions: so, Shards: ns})
		if err != nil {
			log.Fatal(err)
		}
		r := row{Shards: len(set.Shards), BuildSec: time.Since(t).Seconds()}
		if set.SketchRoot != c.SketchRoot || set.Shift != c.Shift || set.Rows != int64(n) {
			log.Fatalf("%d shards: root %s shift %d rows %d, monolithic %s %d %d", ns, set.SketchRoot, set.Shift, set.Rows, c.SketchRoot, c.Shift, n)
		}
		dir, _ := shard.SketchSetDir(s, *adapter)
		x, err := shard.OpenSketches(dir, true, 1)
		if err != nil {
			log.Fatal(err)
		}
		for _, ref := range set.Shards {
			r.Bytes += ref.Bytes
			r.MaxShardMB = max(r.MaxShardMB, float64(ref.Bytes)/1e6)
		}
		r.BytesPerRow = float64(r.Bytes) / float64(n)
		for _, par := range []bool{false, true} {
			w := 1
			if par {
				w = 0
			}
			x.Close()
			if x, err = shard.OpenSketches(dir, false, w); err != nil {
				log.Fatal(err)
			}
			var lat, ilat []float64
			for i, q := range qs {
				t := time.Now()
				got := x.TopK(q, *topk)
				lat = append(lat, us(t))
				if !reflect.DeepEqual(got, wantF[i]) {
					log.Fatalf("%d shards: top-k of query %d differs from the monolithic scan", ns, i)
				}
				qq, _, _ := influence.QuantizeAuto(q)
				t = time.Now()
				gi, _, err := x.IntTopK(qq, *topk, keepAll)
				ilat = append(ilat, us(t))
				if err != nil || !reflect.DeepEqual(gi, wantI[i]) {
					log.Fatalf("%d shards: integer top-k of query %d differs from brute force (%v)", ns, i, err)
				}
			}
			if par {
				r.ParTopKP50, r.ParTopKP99, r.IntTopKP50 = pct(lat, 50), pct(lat, 99), pct(ilat, 50)
			} else {
				r.TopKP50us, r.TopKP99us = pct(lat, 50), pct(lat, 99)
			}
		}
		x.Close()
		rows = append(rows, r)
	}
	if *asJSON {
		json.NewEncoder(os.Stdout).Encode(map[string]any{"adapter": *adapter, "datanet": *datanet, "rows_sketched": n, "k": k, "topk": *topk,
			"gomaxprocs": runtime.GOMAXPROCS(0), "sketch_root": c.SketchRoot, "mono_commit_seconds": commitSec, "rows": rows})
		return
	}
	fmt.Printf("%d rows × k=%d of datanet %s; every top-%d (float and integer) and the committed root %s equal the monolithic ones\n", n, k, *datanet, *topk, c.SketchRoot)
	fmt.Printf("%-7s %9s %9s %9s %9s %9s %9s %9s %9s\n", "shards", "build s", "top p50", "top p99", "par p50", "par p99", "int p50", "B/row", "max MB")
	for _, r := range rows {
		name := fmt.Sprint(r.Shards)
		if r.Shards == 0 {
			name = "mono"
		}
		fmt.Printf("%-7s %9.2f %7.0fµs %7.0fµs %7.0fµs %7.0fµs %7.0fµs %9.0f %9.2f\n", name, r.BuildSec, r.TopKP50us, r.TopKP99us, r.ParTopKP50, r.ParTopKP99, r.IntTopKP50, r.BytesPerRow, r.MaxShardMB)
	}
}

func us(t time.Time) float64 { return time.Since(t).Seconds() * 1e6 }

func pct(xs []float64, p float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[int(p/100*float64(len(s)-1))]
}

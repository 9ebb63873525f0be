// Command fisher measures two Beam pipelines of influence/shard against their
// monolithic or exact counterparts in the same run, on one adapter's datanet:
//
//   - sketch sets built with the Fisher as a sum of per-shard partials (--fisher
//     partial) against the exact mode: build time, max |ΔF|, the damping, and how the
//     influence scores rank the points (Spearman rank correlation over all rows, top-k
//     overlap; queries are raw rows), and whether the root is the same;
//   - embedding sets (shard.BuildEmbeddings) against lm.BuildEmbeddings: build time,
//     nearest-k p50 over the shards against embed.Index.Exact, and that every vector,
//     the equivalent file's sha256 and every top k are equal (a difference exits
//     non-zero).
//
// The shipped base model is imported and an adapter trained (--steps) when the
// adapter does not exist:
//
//	go run ./benchmarks/shard/fisher --data DIR --datanet devil
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
	"reflect"
	"runtime"
	"sort"
	"strings"
	"time"

	"poa/gradients"
	"poa/inference"
	"poa/influence/lm"
	"poa/influence/shard"
	"poa/models"
	"poa/store"
)

type fisherRow struct {
	Shards     int     `json:"shards"`
	ExactSec   float64 `json:"exact_build_seconds"`
	PartialSec float64 `json:"partial_build_seconds"`
	shard.FisherAgreement
}

type embedRow struct {
	Shards    int     `json:"shards"` // 0: monolithic
	BuildSec  float64 `json:"build_seconds"`
	NearestUs float64 `json:"nearest_p50_us"`
	Bytes     int64   `json:"bytes"`
}

func main() {
	data := flag.String("data", "", "store with datanets (written: model, adapter, sketches, embeddings)")
	datanet := flag.String("datanet", "devil", "datanet the adapter is trained on")
	adapter := flag.String("adapter", "bench-sketch", "adapter name (trained when missing)")
	steps := flag.Int("steps", 20, "adapter training steps when it is trained here")
	queries := flag.Int("queries", 50, "queries (Fisher: raw rows; embeddings: random and stored directions)")
	topk := flag.Int("k", 50, "top k")
	shardList := flag.String("shards", "2,4", "shard counts")
	skip := flag.String("skip", "", "fisher or embeddings: skip that part")
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
		if err := s.Get(store.KindModel, "base", &inference.ModelRecord{}); err != nil {
			if _, _, err := models.ImportBase(s, "base"); err != nil {
				log.Fatal(err)
			}
		}
		tc := gradients.DefaultTrainConfig()
		tc.Steps, tc.CheckpointEvery = *steps, 0
		fmt.Fprintf(os.Stderr, "training adapter %s on %s (%d steps)\n", *adapter, *datanet, *steps)
		if _, _, err := gradients.TrainAdapter(ctx, s, gradients.AdapterOptions{Name: *adapter, Datanets: []string{*datanet},
			Lora: inference.LoraConfig{Rank: 8, Alpha: 16, Targets: []string{"attn.c_attn", "mlp.c_fc"}}, Train: tc}, nil); err != nil {
			log.Fatal(err)
		}
	}
	var counts []int
	for _, f := range strings.Split(*shardList, ",") {
		var n int
		if _, err := fmt.Sscan(f, &n); err != nil || n < 1 {
			log.Fatalf("--shards %q: %q is not a positive count", *shardList, f)
		}
		counts = append(counts, n)
	}
	out := map[string]any{"gomaxprocs": runtime.GOMAXPROCS(0)}
	if *skip != "fisher" {
		out["fisher"] = fisherPart(ctx, s, *adapter, counts, *queries, *topk)
	}
	if *skip != "embeddings" {
		out["embeddings"] = embedPart(ctx, s, *adapter, counts, *queries, *topk)
	}
	if *asJSON {
		b, _ := json.MarshalIndent(out, "", "  ")
		fmt.Println(string(b))
		return
	}
	if rows, ok := out["fisher"].([]fisherRow); ok {
		fmt.Println("shards  exact s  partial s  max|F|     max|ΔF|    λ exact / partial        max|Δpre|  Spearman mean/min  top-k overlap mean/min  same root")
		for _, r := range rows {
			fmt.Printf("%6d  %7.1f  %9.1f  %.3e  %.3e  %.6e / %.6e  %.2e  %.6f / %.6f  %.4f / %.4f  %v\n", r.Shards, r.ExactSec, r.PartialSec,
				r.MaxAbsF, r.MaxAbsDiffF, r.LambdaA, r.LambdaB, r.MaxAbsDiffPre, r.SpearmanMean, r.SpearmanMin, r.OverlapMean, r.OverlapMin, r.SameRoot)
		}
	}
	if rows, ok := out["embeddings"].([]embedRow); ok {
		fmt.Println("shards  build s  nearest p50 µs  bytes")
		for _, r := range rows {
			fmt.Printf("%6d  %7.1f  %14.1f  %d\n", r.Shards, r.BuildSec, r.NearestUs, r.Bytes)
		}
	}
}

func fisherPart(ctx context.Context, s *store.Store, adapter string, counts []int, queries, topk int) []fisherRow {
	so := lm.SketchOptions{Adapter: adapter, KIn: 8, KOut: 8, BatchSize: 8}
	dir, err := shard.SketchSetDir(s, adapter)
	if err != nil {
		log.Fatal(err)
	}
	tmp, err := os.MkdirTemp("", "fisher-exact-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	var rows []fisherRow
	for _, n := range counts {
		t := time.Now()
		set, err := shard.BuildSketches(ctx, s, shard.SketchOptions{SketchOptions: so, Shards: n})
		if err != nil {
			log.Fatal(err)
		}
		r := fisherRow{Shards: len(set.Shards), ExactSec: time.Since(t).Seconds()}
		exact := filepath.Join(tmp, fmt.Sprint(n))
		if err := os.CopyFS(exact, os.DirFS(dir)); err != nil {
			log.Fatal(err)
		}
		t = time.Now()
		if _, err := shard.BuildSketches(ctx, s, shard.SketchOptions{SketchOptions: so, Shards: n, Fisher: shard.FisherPartial}); err != nil {
			log.Fatal(err)
		}
		r.PartialSec = time.Since(t).Seconds()
		if r.FisherAgreement, err = shard.CompareFisher(exact, dir, queries, topk); err != nil {
			log.Fatal(err)
		}
		fmt.Fprintf(os.Stderr, "fisher: %d shards done\n", n)
		rows = append(rows, r)
	}
	return rows
}

func embedPart(ctx context.Context, s *store.Store, adapter string, counts []int, queries, topk int) []embedRow {
	t := time.Now()
	meta, err := lm.BuildEmbeddings(ctx, s, lm.EmbedOptions{Adapter: adapter})
	if err != nil {
		log.Fatal(err)
	}
	mono := embedRow{BuildSec: time.Since(t).Seconds()}
	e, err := lm.OpenEmbeddings(s, adapter)
	if err != nil {
		log.Fatal(err)
	}
	if path, err := s.FilePath(strings.Split(meta.File, "/")...); err == nil {
		if st, err := os.Stat(path); err == nil {
			mono.Bytes = st.Size()
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	var qs [][]float32
	for i := range queries {
		q := make([]float32, meta.Dim)
		if i%2 == 0 {
			v, _ := e.Index.Vector(rng.IntN(meta.N))
			copy(q, v)
		} else {
			for j := range q {
				q[j] = float32(rng.NormFloat64())
			}
		}
		qs = append(qs, q)
	}
	timeIt := func(f func(q []float32)) float64 {
		var lat []float64
		for _, q := range qs {
			t := time.Now()
			f(q)
			lat = append(lat, float64(time.Since(t).Nanoseconds())/1e3)
		}
		sort.Float64s(lat)
		return lat[len(lat)/2]
	}
	mono.NearestUs = timeIt(func(q []float32) { e.Index.Exact(q, topk) })
	rows := []embedRow{mono}
	dir, err := shard.EmbedSetDir(s, adapter)
	if err != nil {
		log.Fatal(err)
	}
	for _, n := range append([]int{1}, counts...) {
		t := time.Now()
		set, err := shard.BuildEmbeddings(ctx, s, shard.EmbedOptions{EmbedOptions: lm.EmbedOptions{Adapter: adapter}, Shards: n})
		if err != nil {
			log.Fatal(err)
		}
		r := embedRow{Shards: len(set.Shards), BuildSec: time.Since(t).Seconds()}
		if set.FileSHA256 != meta.FileSHA256 || set.IDsSHA256 != meta.IDsSHA256 {
			log.Fatalf("%d shards: equivalent file %s ids %s, monolithic %s %s", n, set.FileSHA256, set.IDsSHA256, meta.FileSHA256, meta.IDsSHA256)
		}
		for _, ref := range set.Shards {
			r.Bytes += ref.Bytes
		}
		x, err := shard.OpenEmbeddings(dir, true, 0)
		if err != nil {
			log.Fatal(err)
		}
		for i, q := range qs {
			if got, want := x.Nearest(q, topk), e.Index.Exact(q, topk); !reflect.DeepEqual(got, want) {
				log.Fatalf("%d shards, query %d: nearest %v, monolithic %v", n, i, got, want)
			}
		}
		r.NearestUs = timeIt(func(q []float32) { x.Nearest(q, topk) })
		x.Close()
		fmt.Fprintf(os.Stderr, "embeddings: %d shards done\n", n)
		rows = append(rows, r)
	}
	return rows
}

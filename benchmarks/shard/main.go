// Command shard benchmarks the sharded suffix-array index (influence/shard) against
// the monolithic one (influence/sarray) on the same documents, in the same run: the
// Beam pipeline's build time on Prism (tokenize, plan, sort, write) for 1, 2 and 4
// shards against the monolithic build (tokenize on all cores, sort, write), count
// latency p50/p99 for 1–8-token n-grams and spans latency p50/p99 for 128-token
// outputs, bytes per token and per shard, each with the shards queried one after
// another and in parallel (GOMAXPROCS goroutines; ratio parallel / sequential). Every
// sharded answer, sequential and parallel, is checked against the monolithic one
// (counts, locations, spans); a difference exits non-zero.
//
//	go run ./benchmarks/shard                          # bundled datanets
//	go run ./benchmarks/shard --repeat 16              # bundled datanets, 16 shuffled copies (2.6M tokens)
//	go run ./benchmarks/shard --data ./poa-data --json # a store's datanets
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
	"sync"
	"time"

	"poa/datanet"
	"poa/inference/tokenizer"
	"poa/influence/sarray"
	"poa/influence/shard"
	"poa/store"
)

type row struct {
	Shards      int     `json:"shards"` // 0: monolithic
	BuildSec    float64 `json:"build_seconds"`
	CountP50us  float64 `json:"count_p50_us"` // Count: occurrences only
	CountP99us  float64 `json:"count_p99_us"`
	LocateP50us float64 `json:"locate_p50_us"` // Locate(q, 10): count + first 10 occurrences in suffix order
	LocateP99us float64 `json:"locate_p99_us"`
	SpansP50ms  float64 `json:"spans_p50_ms"`
	SpansP99ms  float64 `json:"spans_p99_ms"`
	// The same queries with the fan-out on GOMAXPROCS goroutines (the fields above:
	// one shard after another); 0 for the monolithic row.
	ParCountP50us  float64 `json:"par_count_p50_us"`
	ParCountP99us  float64 `json:"par_count_p99_us"`
	ParLocateP50us float64 `json:"par_locate_p50_us"`
	ParLocateP99us float64 `json:"par_locate_p99_us"`
	ParSpansP50ms  float64 `json:"par_spans_p50_ms"`
	ParSpansP99ms  float64 `json:"par_spans_p99_ms"`
	ParCountRatio  float64 `json:"par_count_p50_ratio"` // parallel / sequential
	ParSpansRatio  float64 `json:"par_spans_p50_ratio"`
	Bytes          int64   `json:"bytes"`              // index files + document tables
	MaxShardMB     float64 `json:"max_shard_mb"`       // largest shard's files (what one node maps)
	BytesPerTok    float64 `json:"bytes_per_token"`    // all files / tokens
	SABytesPerTk   float64 `json:"sa_bytes_per_token"` // corpus.sa only (tokens + suffix array + doc starts)
	CountRatio     float64 `json:"count_p50_ratio"`    // sharded / monolithic
	SpansRatio     float64 `json:"spans_p50_ratio"`
	BuildRatio     float64 `json:"build_ratio"`
}

func main() {
	dataDir := flag.String("data", "", "store whose datanets to index (default: the bundled datanets)")
	repeat := flag.Int("repeat", 1, "index the document list this many times (distinct point ids per copy)")
	queries := flag.Int("queries", 2000, "count queries (spans: a tenth)")
	shardList := flag.String("shards", "1,2,4", "shard counts")
	asJSON := flag.Bool("json", false, "print JSON")
	flag.Parse()
	log.SetFlags(0)
	ctx := context.Background()
	tok, err := tokenizer.GPT2()
	if err != nil {
		log.Fatal(err)
	}
	docs := loadDocs(*dataDir, *repeat)
	refs := make([]sarray.DocRef, len(docs))
	for i, d := range docs {
		refs[i] = sarray.DocRef{Datanet: d.Datanet, Point: d.Point, Contributor: d.Contributor}
	}
	tmp, err := os.MkdirTemp("", "shard-bench")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)

	// Monolithic: tokenize on all cores, SA-IS, write (what `poa index build` does).
	t0 := time.Now()
	toks := encodeAll(tok, docs)
	b := sarray.NewBuilder(tok.VocabSize(), tok.EOT())
	for _, d := range toks {
		if err := b.Add(d); err != nil {
			log.Fatal(err)
		}
	}
	monoPath := filepath.Join(tmp, "corpus.sa")
	if _, err := b.Write(ctx, monoPath, sarray.Identity{Corpus: sarray.CorpusVersion(refs), Tokenizer: sarray.TokenizerHash(tok), TokName: "gpt2"}, nil); err != nil {
		log.Fatal(err)
	}
	table, err := sarray.EncodeDocTable(refs)
	if err != nil {
		log.Fatal(err)
	}
	os.WriteFile(filepath.Join(tmp, "docs.bin"), table, 0o644)
	monoSec := time.Since(t0).Seconds()
	mono, err := sarray.Open(monoPath, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer mono.Close()
	fi, _ := os.Stat(monoPath)
	fmt.Fprintf(os.Stderr, "corpus: %d documents, %d tokens; GOMAXPROCS %d\n", len(docs), mono.Tokens(), runtime.GOMAXPROCS(0))

	// Queries, drawn once and asked of every index.
	rng := rand.New(rand.NewPCG(1, 2))
	var countQ, spanQ [][]int
	for range *queries {
		d := toks[rng.IntN(len(toks))]
		if len(d) == 0 {
			continue
		}
		n := min(len(d), 1+rng.IntN(8))
		off := rng.IntN(len(d) - n + 1)
		countQ = append(countQ, d[off:off+n])
	}
	filler := tok.Encode(" and then, as everybody knows, the rest of it went on somewhere else entirely")
	for range max(1, *queries/10) {
		var q []int
		for len(q) < 128 {
			d := toks[rng.IntN(len(toks))]
			n := min(len(d), 4+rng.IntN(20))
			off := rng.IntN(len(d) - n + 1)
			q = append(q, d[off:off+n]...)
			q = append(q, filler[:rng.IntN(len(filler))]...)
		}
		spanQ = append(spanQ, q[:128])
	}
	opts := &sarray.SpanOptions{WordStart: sarray.WordStarts(tok)}
	type answers struct {
		counts []int64
		locs   [][]sarray.Location
		spans  [][]sarray.Span
	}
	measure := func(src interface {
		Count([]int) (int64, error)
		Locate([]int, int) ([]sarray.Location, int64, error)
		Spans([]int, *sarray.SpanOptions) ([]sarray.Span, error)
	}, r *row) answers {
		var a answers
		var cnt, loc, sp []float64
		for _, q := range countQ {
			t0 := time.Now()
			n, err := src.Count(q)
			cnt = append(cnt, time.Since(t0).Seconds()*1e6)
			if err != nil {
				log.Fatal(err)
			}
			t0 = time.Now()
			l, n2, err := src.Locate(q, 10)
			loc = append(loc, time.Since(t0).Seconds()*1e6)
			if err != nil || n2 != n {
				log.Fatalf("Locate: %v, count %d vs %d", err, n2, n)
			}
			a.counts, a.locs = append(a.counts, n), append(a.locs, l)
		}
		r.LocateP50us, r.LocateP99us = pct(loc, 50), pct(loc, 99)
		for _, q := range spanQ {
			t0 := time.Now()
			s, err := src.Spans(q, opts)
			sp = append(sp, time.Since(t0).Seconds()*1e3)
			if err != nil {
				log.Fatal(err)
			}
			a.spans = append(a.spans, s)
		}
		r.CountP50us, r.CountP99us = pct(cnt, 50), pct(cnt, 99)
		r.SpansP50ms, r.SpansP99ms = pct(sp, 50), pct(sp, 99)
		return a
	}
	base := row{Shards: 0, BuildSec: monoSec, Bytes: fi.Size() + int64(len(table))}
	base.MaxShardMB = float64(base.Bytes) / 1e6
	base.BytesPerTok = float64(base.Bytes) / float64(mono.Tokens())
	base.SABytesPerTk = float64(fi.Size()) / float64(mono.Tokens())
	want := measure(mono, &base)
	base.CountRatio, base.SpansRatio, base.BuildRatio = 1, 1, 1
	rows := []row{base}

	for _, f := range strings.Split(*shardList, ",") {
		var s int
		fmt.Sscan(f, &s)
		dir := filepath.Join(tmp, fmt.Sprintf("s%d", s))
		runtime.GC()
		t0 := time.Now()
		set, err := shard.BuildDocs(ctx, dir, docs, shard.Options{Shards: s, Tokenizer: tok, TokName: "gpt2"})
		if err != nil {
			log.Fatal(err)
		}
		r := row{Shards: len(set.Shards), BuildSec: time.Since(t0).Seconds(), Bytes: set.Bytes}
		var saBytes int64
		for _, sh := range set.Shards {
			r.MaxShardMB = max(r.MaxShardMB, float64(sh.Bytes)/1e6)
			st, _ := os.Stat(filepath.Join(dir, sh.Dir, shard.IndexFile))
			saBytes += st.Size()
		}
		r.BytesPerTok = float64(set.Bytes) / float64(set.Tokens)
		r.SABytesPerTk = float64(saBytes) / float64(set.Tokens)
		x, err := shard.Open(dir, nil)
		if err != nil {
			log.Fatal(err)
		}
		x.SetWorkers(1)
		got := measure(x, &r)
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(x.Refs, refs) {
			log.Fatalf("%d shards: answers differ from the monolithic index", s)
		}
		x.SetWorkers(0)
		var pr row
		if got := measure(x, &pr); !reflect.DeepEqual(got, want) {
			log.Fatalf("%d shards, parallel fan-out: answers differ from the monolithic index", s)
		}
		r.ParCountP50us, r.ParCountP99us, r.ParLocateP50us, r.ParLocateP99us = pr.CountP50us, pr.CountP99us, pr.LocateP50us, pr.LocateP99us
		r.ParSpansP50ms, r.ParSpansP99ms = pr.SpansP50ms, pr.SpansP99ms
		r.ParCountRatio, r.ParSpansRatio = pr.CountP50us/r.CountP50us, pr.SpansP50ms/r.SpansP50ms
		x.Close()
		r.CountRatio, r.SpansRatio, r.BuildRatio = r.CountP50us/base.CountP50us, r.SpansP50ms/base.SpansP50ms, r.BuildSec/base.BuildSec
		rows = append(rows, r)
	}
	if *asJSON {
		json.NewEncoder(os.Stdout).Encode(map[string]any{"docs": len(docs), "tokens": mono.Tokens(), "gomaxprocs": runtime.GOMAXPROCS(0), "rows": rows})
		return
	}
	fmt.Printf("%d documents, %d tokens; answers of every shard count equal the monolithic index's (%d counts with locations, %d spans queries)\n",
		len(docs), mono.Tokens(), len(countQ), len(spanQ))
	fmt.Printf("%-7s %9s %8s %8s %9s %9s %9s %9s %9s %8s %8s %7s %7s %7s\n", "shards", "build s", "cnt p50", "cnt p99", "loc p50", "loc p99", "spans p50", "spans p99", "max MB", "B/tok", "SA B/tok", "build×", "count×", "spans×")
	for _, r := range rows {
		name := fmt.Sprint(r.Shards)
		if r.Shards == 0 {
			name = "mono"
		}
		fmt.Printf("%-7s %9.2f %6.1fµs %6.1fµs %7.1fµs %7.1fµs %7.2fms %7.2fms %9.2f %8.2f %8.2f %7.2f %7.2f %7.2f\n", name, r.BuildSec, r.CountP50us, r.CountP99us, r.LocateP50us, r.LocateP99us,
			r.SpansP50ms, r.SpansP99ms, r.MaxShardMB, r.BytesPerTok, r.SABytesPerTk, r.BuildRatio, r.CountRatio, r.SpansRatio)
	}
	fmt.Printf("\nparallel fan-out (GOMAXPROCS %d goroutines) against sequential, same queries, same answers:\n", runtime.GOMAXPROCS(0))
	fmt.Printf("%-7s %8s %8s %9s %9s %9s %9s %8s %8s\n", "shards", "cnt p50", "cnt p99", "loc p50", "loc p99", "spans p50", "spans p99", "count×", "spans×")
	for _, r := range rows[1:] {
		fmt.Printf("%-7d %6.1fµs %6.1fµs %7.1fµs %7.1fµs %7.2fms %7.2fms %8.2f %8.2f\n", r.Shards, r.ParCountP50us, r.ParCountP99us, r.ParLocateP50us, r.ParLocateP99us,
			r.ParSpansP50ms, r.ParSpansP99ms, r.ParCountRatio, r.ParSpansRatio)
	}
}

func encodeAll(tok tokenizer.Tokenizer, docs []shard.Doc) [][]int {
	out := make([][]int, len(docs))
	var wg sync.WaitGroup
	w := runtime.GOMAXPROCS(0)
	for k := range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := k; i < len(docs); i += w {
				out[i] = tok.Encode(docs[i].Text)
			}
		}()
	}
	wg.Wait()
	return out
}

func loadDocs(dir string, repeat int) []shard.Doc {
	bundled := dir == ""
	if bundled {
		tmp, err := os.MkdirTemp("", "shard-bench-store")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	opts := store.DefaultOptions(dir)
	if !bundled {
		opts = opts.WithReadOnly(true)
	}
	s, err := store.Open(opts)
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if bundled {
		if _, err := datanet.ImportBundled(context.Background(), s, func(x string) int { return len(x) / 4 }); err != nil {
			log.Fatal(err)
		}
	}
	dns, err := s.Datanets()
	if err != nil {
		log.Fatal(err)
	}
	var one []shard.Doc
	for _, d := range dns {
		err := s.Points(d.Name, func(p store.DataPoint) error {
			one = append(one, shard.Doc{Datanet: d.Name, Point: p.ID, Contributor: p.Contributor, Text: p.Text})
			return nil
		})
		if err != nil {
			log.Fatal(err)
		}
	}
	var docs []shard.Doc
	rng := rand.New(rand.NewPCG(3, 4))
	for r := range repeat {
		// Each copy in its own order: documents repeat, runs of documents do not
		// (whole-corpus repeats would make every occurrence's suffix agree up to a
		// shard's end, the sharded Locate's worst case; see docs/index.md).
		order := rng.Perm(len(one))
		if r == 0 {
			order = order[:0]
			for i := range one {
				order = append(order, i)
			}
		}
		for _, i := range order {
			d := one[i]
			if r > 0 {
				d.Point = fmt.Sprintf("%s-copy%d", d.Point, r)
			}
			d.ID = int64(len(docs))
			docs = append(docs, d)
		}
	}
	return docs
}

func pct(xs []float64, p float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[int(p/100*float64(len(s)-1))]
}

// Command sarray benchmarks the suffix-array index: construction time of our SA-IS
// over token ids against the standard library's index/suffixarray on the same tokens
// as bytes (2 bytes per token, big endian, so byte order is token order; only even
// offsets are meaningful, as in infini-gram), and query latency p50/p99 for count
// and spans. Every ratio is against a baseline measured in the same run.
//
//	go run ./benchmarks/sarray                      # bundled datanets
//	go run ./benchmarks/sarray --data ./poa-data    # the `make data` corpus
//	go run ./benchmarks/sarray --data ./poa-data --json
package main

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"index/suffixarray"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"time"

	tk "github.com/tiktoken-go/tokenizer"

	"poa/datanet"
	"poa/inference/tokenizer"
	"poa/influence/sarray"
	"poa/store"
)

type result struct {
	Corpus          string  `json:"corpus"`
	Docs            int     `json:"docs"`
	Tokens          int64   `json:"tokens"`
	Repeat          int     `json:"repeat"`
	GOMAXPROCS      int     `json:"gomaxprocs"`
	OursSortSec     float64 `json:"ours_sort_seconds"`
	OursBuildSec    float64 `json:"ours_build_seconds"` // sort + write file
	StdlibSec       float64 `json:"stdlib_seconds"`
	SortSpeedup     float64 `json:"sort_speedup"` // stdlib / ours (sort only); > 1: ours faster
	CountP50us      float64 `json:"count_p50_us"`
	CountP99us      float64 `json:"count_p99_us"`
	StdlibCountP50  float64 `json:"stdlib_count_p50_us"`
	StdlibCountP99  float64 `json:"stdlib_count_p99_us"`
	SpansP50ms      float64 `json:"spans_p50_ms"`
	SpansP99ms      float64 `json:"spans_p99_ms"`
	SpanQueryTokens int     `json:"span_query_tokens"`
	Queries         int     `json:"queries"`
	TextMB          float64 `json:"text_mb"`
	GPT2EncodeMBs   float64 `json:"gpt2_encode_mb_per_s"`
	TiktokenMBs     float64 `json:"tiktoken_go_encode_mb_per_s"`
	BPEVocab        int     `json:"bpe_vocab"`
	BPETrainMB      float64 `json:"bpe_train_mb"`
	BPETrainSec     float64 `json:"bpe_train_seconds"`
	BPEEncodeMBs    float64 `json:"bpe_encode_mb_per_s"`
}

func main() {
	dataDir := flag.String("data", "", "store whose datanets to index (default: the bundled datanets in a temporary store)")
	repeat := flag.Int("repeat", 1, "index the document list this many times (a synthetic larger corpus)")
	runs := flag.Int("runs", 3, "construction runs per method (median reported)")
	queries := flag.Int("queries", 2000, "count queries (spans: a tenth)")
	asJSON := flag.Bool("json", false, "print JSON")
	bpeVocab := flag.Int("bpe", 4096, "also train a byte-level BPE of this vocabulary on the first --bpe-mb MB of the corpus (0: skip)")
	bpeMB := flag.Float64("bpe-mb", 5, "megabytes of corpus text for the BPE training measurement")
	flag.Parse()
	log.SetFlags(0)

	tok, err := tokenizer.GPT2()
	if err != nil {
		log.Fatal(err)
	}
	raw, name := loadTexts(*dataDir)
	t0 := time.Now()
	var texts [][]int
	var rawBytes int
	for _, r := range raw {
		texts = append(texts, tok.Encode(r))
		rawBytes += len(r)
	}
	gpt2Sec := time.Since(t0).Seconds()
	// Baseline: tiktoken-go's own r50k_base encoder on the same texts.
	codec, err := tk.Get(tk.R50kBase)
	if err != nil {
		log.Fatal(err)
	}
	t0 = time.Now()
	for _, r := range raw {
		if _, _, err := codec.Encode(r); err != nil {
			log.Fatal(err)
		}
	}
	tiktokenSec := time.Since(t0).Seconds()
	var docs [][]int
	for r := 0; r < *repeat; r++ {
		for _, t := range texts {
			docs = append(docs, t)
		}
	}
	b := sarray.NewBuilder(tok.VocabSize(), tok.EOT())
	var bytesText []byte
	for _, d := range docs {
		if err := b.Add(d); err != nil {
			log.Fatal(err)
		}
		for _, id := range d {
			bytesText = binary.BigEndian.AppendUint16(bytesText, uint16(id))
		}
		bytesText = binary.BigEndian.AppendUint16(bytesText, uint16(tok.EOT()))
	}
	res := result{Corpus: name, Docs: len(docs), Tokens: b.Tokens(), Repeat: *repeat, GOMAXPROCS: runtime.GOMAXPROCS(0),
		TextMB: float64(rawBytes) / 1e6, GPT2EncodeMBs: float64(rawBytes) / 1e6 / gpt2Sec,
		TiktokenMBs: float64(rawBytes) / 1e6 / tiktokenSec}
	if *bpeVocab > 0 {
		var sample []string
		n := 0
		for _, r := range raw {
			if float64(n) >= *bpeMB*1e6 {
				break
			}
			sample = append(sample, r)
			n += len(r)
		}
		t0 := time.Now()
		bpe, err := tokenizer.TrainBPE(sample, *bpeVocab)
		if err != nil {
			log.Fatal(err)
		}
		res.BPETrainSec = time.Since(t0).Seconds()
		res.BPETrainMB = float64(n) / 1e6
		res.BPEVocab = bpe.VocabSize()
		t0 = time.Now()
		for _, r := range sample {
			bpe.Encode(r)
		}
		res.BPEEncodeMBs = float64(n) / 1e6 / time.Since(t0).Seconds()
	}
	fmt.Fprintf(os.Stderr, "corpus %s: %d documents, %d tokens\n", name, len(docs), b.Tokens())

	dir, err := os.MkdirTemp("", "sarray-bench")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "corpus.sa")
	var ours, oursBuild, std []float64
	for r := 0; r < *runs; r++ {
		// Alternate the two so that neither always runs on a warmer machine.
		runtime.GC()
		t0 := time.Now()
		idx := suffixarray.New(bytesText)
		std = append(std, time.Since(t0).Seconds())
		_ = idx
		runtime.GC()
		t0 = time.Now()
		st, err := b.Write(context.Background(), path, sarray.Identity{TokName: "gpt2"}, nil)
		if err != nil {
			log.Fatal(err)
		}
		oursBuild = append(oursBuild, time.Since(t0).Seconds())
		ours = append(ours, st.SortTime.Seconds())
	}
	res.OursSortSec, res.OursBuildSec, res.StdlibSec = median(ours), median(oursBuild), median(std)
	res.SortSpeedup = res.StdlibSec / res.OursSortSec

	x, err := sarray.Open(path, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer x.Close()
	stdIdx := suffixarray.New(bytesText)
	rng := rand.New(rand.NewPCG(1, 2))
	var cnt, stdCnt []float64
	for range *queries {
		d := docs[rng.IntN(len(docs))]
		n := min(len(d), 1+rng.IntN(8))
		off := rng.IntN(len(d) - n + 1)
		q := d[off : off+n]
		t0 := time.Now()
		c, err := x.Count(q)
		if err != nil {
			log.Fatal(err)
		}
		cnt = append(cnt, time.Since(t0).Seconds()*1e6)
		pat := make([]byte, 0, 2*len(q))
		for _, id := range q {
			pat = binary.BigEndian.AppendUint16(pat, uint16(id))
		}
		t0 = time.Now()
		var sc int64
		for _, p := range stdIdx.Lookup(pat, -1) {
			if p%2 == 0 {
				sc++
			}
		}
		stdCnt = append(stdCnt, time.Since(t0).Seconds()*1e6)
		if sc != c {
			log.Fatalf("count mismatch: ours %d, index/suffixarray %d", c, sc)
		}
	}
	res.Queries = *queries
	res.CountP50us, res.CountP99us = pct(cnt, 50), pct(cnt, 99)
	res.StdlibCountP50, res.StdlibCountP99 = pct(stdCnt, 50), pct(stdCnt, 99)

	// Spans: 128-token "outputs" stitched from pieces of documents and new text.
	var sp []float64
	filler := tok.Encode(" and then, as everybody knows, the rest of it went on somewhere else entirely")
	ws := sarray.WordStarts(tok)
	for range max(1, *queries/10) {
		var q []int
		for len(q) < 128 {
			d := docs[rng.IntN(len(docs))]
			n := min(len(d), 4+rng.IntN(20))
			off := rng.IntN(len(d) - n + 1)
			q = append(q, d[off:off+n]...)
			q = append(q, filler[:rng.IntN(len(filler))]...)
		}
		q = q[:128]
		t0 := time.Now()
		if _, err := x.Spans(q, &sarray.SpanOptions{WordStart: ws}); err != nil {
			log.Fatal(err)
		}
		sp = append(sp, time.Since(t0).Seconds()*1e3)
	}
	res.SpanQueryTokens = 128
	res.SpansP50ms, res.SpansP99ms = pct(sp, 50), pct(sp, 99)

	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		enc.Encode(res)
		return
	}
	fmt.Printf("corpus %s: %d docs, %d tokens, GOMAXPROCS %d\n", res.Corpus, res.Docs, res.Tokens, res.GOMAXPROCS)
	fmt.Printf("construction (median of %d): SA-IS over token ids %.3fs (with file write %.3fs); index/suffixarray on tokens as bytes %.3fs; ratio stdlib/ours %.2fx\n",
		*runs, res.OursSortSec, res.OursBuildSec, res.StdlibSec, res.SortSpeedup)
	fmt.Printf("count (%d random n-grams, 1-8 tokens): p50 %.1fµs p99 %.1fµs; index/suffixarray Lookup p50 %.1fµs p99 %.1fµs\n",
		res.Queries, res.CountP50us, res.CountP99us, res.StdlibCountP50, res.StdlibCountP99)
	fmt.Printf("tokenizers: GPT-2 encodes %.1f MB at %.2f MB/s (one core), tiktoken-go %.2f MB/s, ratio %.2fx",
		res.TextMB, res.GPT2EncodeMBs, res.TiktokenMBs, res.GPT2EncodeMBs/res.TiktokenMBs)
	if res.BPEVocab > 0 {
		fmt.Printf("; BPE training on %.1f MB to %d ids %.2fs, BPE encodes %.2f MB/s", res.BPETrainMB, res.BPEVocab, res.BPETrainSec, res.BPEEncodeMBs)
	}
	fmt.Println()
	fmt.Printf("spans (%d queries of %d tokens, word starts): p50 %.2fms p99 %.2fms\n", len(sp), res.SpanQueryTokens, res.SpansP50ms, res.SpansP99ms)
}

// loadTexts returns the text of every data point of the store at dir, or of the
// bundled datanets imported into a temporary store.
func loadTexts(dir string) ([]string, string) {
	name := dir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "sarray-bench-store")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(tmp)
		dir, name = tmp, "bundled"
	}
	opts := store.DefaultOptions(dir)
	if name != "bundled" {
		opts = opts.WithReadOnly(true)
	}
	s, err := store.Open(opts)
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if name == "bundled" {
		if _, err := datanet.ImportBundled(context.Background(), s, func(x string) int { return len(x) / 4 }); err != nil {
			log.Fatal(err)
		}
	}
	dns, err := s.Datanets()
	if err != nil {
		log.Fatal(err)
	}
	var out []string
	for _, d := range dns {
		err := s.Points(d.Name, func(p store.DataPoint) error {
			out = append(out, p.Text)
			return nil
		})
		if err != nil {
			log.Fatal(err)
		}
	}
	return out, name
}

func median(xs []float64) float64 { return pct(xs, 50) }

func pct(xs []float64, p float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(p / 100 * float64(len(s)-1))
	return s[i]
}

package lm

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"poa/gradients"
	"poa/inference"
	"poa/influence"
	"poa/influence/embed"
	"poa/store"
)

// recordHook is an inference.ActivationHook that keeps a copy of every hidden
// state of one layer, by (row, position).
type recordHook struct {
	layer  int
	states map[[2]int][]float32
}

func (r *recordHook) Layers() []int { return []int{r.layer} }

func (r *recordHook) Hidden(layer, row, pos int, h []float32) {
	r.states[[2]int{row, pos}] = slices.Clone(h)
}

// plainMean is the independent path: one unbatched, unpadded forward of the base
// model recording every position's hidden state, averaged over positions (in
// float64, rounded to float32), unit-normed.
func plainMean(t *testing.T, m *inference.Model[float32], layer int, seq []int) []float64 {
	t.Helper()
	r := &recordHook{layer: layer, states: map[[2]int][]float32{}}
	var a inference.Acts[float32]
	if err := m.Forward(&a, inference.Batch[float32]{Tokens: seq, B: 1, T: len(seq), Hook: r}); err != nil {
		t.Fatal(err)
	}
	if len(r.states) != len(seq) {
		t.Fatalf("hook saw %d positions of %d", len(r.states), len(seq))
	}
	var sum []float64
	for pos := range seq {
		h, ok := r.states[[2]int{0, pos}]
		if !ok {
			t.Fatalf("position %d not seen", pos)
		}
		if sum == nil {
			sum = make([]float64, len(h))
		}
		for i, x := range h {
			sum[i] += float64(x)
		}
	}
	var ss float64
	for i := range sum {
		v := float64(float32(sum[i] / float64(len(seq)))) // the pooled float32 embedding
		sum[i] = v
		ss += v * v
	}
	for i := range sum {
		sum[i] /= math.Sqrt(ss)
	}
	return sum
}

func TestEmbeddingCandidates(t *testing.T) {
	s := newStore(t, false)
	ctx := context.Background()
	if _, _, err := BuildSketches(ctx, s, SketchOptions{Adapter: "ad", KIn: 4, KOut: 4}); err != nil {
		t.Fatal(err)
	}
	l, err := load(s, "ad")
	if err != nil {
		t.Fatal(err)
	}
	pf, _, proj, err := openSketches(s, l)
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	n, _ := pf.Dims()

	// Candidates asked for before any index exists: a clear error; auto (few points): off.
	if _, _, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: " brown fox", Candidates: 4}); !errors.Is(err, ErrNoEmbeddings) {
		t.Fatalf("candidates without an index: %v", err)
	}
	if _, rec, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: " brown fox"}); err != nil || rec.Scorer["candidates"] != nil {
		t.Fatalf("auto candidates below the threshold: %v, %v", err, rec.Scorer["candidates"])
	}

	for _, layer := range []int{-1, l.m.Cfg.NLayer + 2} {
		if _, err := BuildEmbeddings(ctx, s, EmbedOptions{Adapter: "ad", Layer: layer}); !errors.Is(err, influence.ErrBadInput) {
			t.Fatalf("layer %d: %v", layer, err)
		}
	}

	t.Run("stored embeddings equal a plain forward", func(t *testing.T) {
		for _, layer := range []int{0, l.m.Cfg.NLayer + 1} {
			var phases int
			meta, err := BuildEmbeddings(ctx, s, EmbedOptions{Adapter: "ad", Layer: layer, BatchSize: 5,
				Progress: func(p string, done, total int) { phases++ }})
			if err != nil {
				t.Fatal(err)
			}
			want := layer
			if layer == 0 {
				want = l.m.Cfg.NLayer
			}
			if meta.Layer != want || meta.N != n || meta.Dim != l.m.Cfg.NEmbd || phases != 4 {
				t.Fatalf("meta %+v, %d progress calls", meta, phases)
			}
			if !slices.Equal(meta.IDs, pf.IDs()) {
				t.Fatalf("embedding ids %v, sketch ids %v", meta.IDs, pf.IDs())
			}
			e, err := OpenEmbeddings(s, "ad")
			if err != nil {
				t.Fatal(err)
			}
			for i, id := range meta.IDs {
				d, p := splitID(id)
				dp, err := s.Point(d, p)
				if err != nil {
					t.Fatal(err)
				}
				ref := plainMean(t, l.m, want, l.tok.Encode(dp.Text))
				got, ok := e.Index.Vector(i)
				if !ok {
					t.Fatalf("no vector for key %d (%s)", i, id)
				}
				for j := range ref {
					if math.Abs(float64(got[j])-ref[j]) > 1e-5 {
						t.Fatalf("layer %d, %s, dim %d: stored %g, plain forward %g", want, id, j, got[j], ref[j])
					}
				}
			}
		}
	})

	// The default (last block) index for the rest.
	if _, err := BuildEmbeddings(ctx, s, EmbedOptions{Adapter: "ad"}); err != nil {
		t.Fatal(err)
	}

	t.Run("all points as candidates equal the full scan", func(t *testing.T) {
		for _, method := range []string{"influence", "tracin", "datainf"} {
			o := Options{Adapter: "ad", Prompt: "the quick", Output: " brown fox jumps", Method: method, TopPoints: 6, TopTokens: 3, Candidates: -1}
			full, frec, err := Attribute(ctx, s, o)
			if err != nil {
				t.Fatal(err)
			}
			o.Candidates = n
			restr, rrec, err := Attribute(ctx, s, o)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(full.Tokens, restr.Tokens) || !reflect.DeepEqual(full.Datapoints, restr.Datapoints) ||
				!reflect.DeepEqual(full.Contributors, restr.Contributors) || !reflect.DeepEqual(frec.Evidence, rrec.Evidence) {
				t.Fatalf("%s: restricted to all %d points differs:\nfull %+v\nrestricted %+v", method, n, frec.Evidence.Gradient, rrec.Evidence.Gradient)
			}
			c, ok := rrec.Scorer["candidates"].(map[string]any)
			if !ok || c["count"] != n || c["file_sha256"] == "" || frec.Scorer["candidates"] != nil {
				t.Fatalf("%s: record candidates %v / %v", method, rrec.Scorer["candidates"], frec.Scorer["candidates"])
			}
			// The record as settlement.File stores it (JSON) carries what a recomputation needs.
			var back influence.Record
			if raw, err := json.Marshal(rrec); err != nil {
				t.Fatal(err)
			} else if err := json.Unmarshal(raw, &back); err != nil {
				t.Fatal(err)
			}
			if bc, ok := back.Scorer["candidates"].(map[string]any); !ok || bc["key"] != EmbedKey("ad") {
				t.Fatalf("stored record candidates %v", back.Scorer["candidates"])
			}
		}
	})

	t.Run("auto candidates above the threshold", func(t *testing.T) {
		autoThreshold = 10
		defer func() { autoThreshold = CandidateThreshold }()
		_, rec, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: " brown fox"})
		if err != nil {
			t.Fatal(err)
		}
		c, ok := rec.Scorer["candidates"].(map[string]any)
		if !ok || c["auto"] != true || c["requested"] != DefaultCandidates || c["count"] != n {
			t.Fatalf("auto candidates: %v", rec.Scorer["candidates"])
		}
	})

	t.Run("recall of candidates against the gradient top-k", func(t *testing.T) {
		e, err := OpenEmbeddings(s, "ad")
		if err != nil {
			t.Fatal(err)
		}
		const C, K = 8, 3
		var recall float64
		queries := 0
		for _, tx := range texts[:6] {
			words := []rune(tx)
			cut := len(words) / 3
			for cut < len(words) && words[cut] != ' ' {
				cut++
			}
			prompt, output := string(words[:cut]), string(words[cut:])
			if output == "" {
				continue
			}
			_, rec, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: prompt, Output: output, TopPoints: K, Candidates: C})
			if err != nil {
				t.Fatal(err)
			}
			pt, out := l.tok.Encode(prompt), l.tok.Encode(output)
			cands, err := e.Candidates(ctx, pf, append(slices.Clone(pt), out...), C)
			if err != nil {
				t.Fatal(err)
			}
			if len(cands) != C {
				t.Fatalf("%d candidates, want %d", len(cands), C)
			}
			// Brute force: every point's score, then the best K overall and among candidates.
			q, _, err := gradients.QuerySketch(l.m, l.ad, pt, out, proj)
			if err != nil {
				t.Fatal(err)
			}
			all := influence.ScanTopK(q, pf, n)
			var inCands []influence.Hit
			trained := trainedOn(s, l)
			for _, h := range all {
				dn, pt, _ := strings.Cut(h.ID, "/")
				// Only trained-on points are evidence (a document training held out is not).
				if ok, err := trained(dn, pt); err != nil {
					t.Fatal(err)
				} else if ok && slices.Contains(cands, h.Index) {
					inCands = append(inCands, h)
				}
			}
			got := rec.Evidence.Gradient
			if len(got) != K {
				t.Fatalf("%q: %d gradient hits", prompt, len(got))
			}
			// The evidence holds the committed (dequantized) scores; the scan's float
			// scores are kept with the query commitment.
			for i, g := range got {
				if f := rec.Query.Candidates[i].Float; g.Datanet+"/"+g.Point != inCands[i].ID || f != inCands[i].Score {
					t.Fatalf("%q: restricted hit %d is %s/%s %g, brute force over candidates %s %g", prompt, i, g.Datanet, g.Point, f, inCands[i].ID, inCands[i].Score)
				}
			}
			hit := 0
			for _, h := range all[:K] {
				if slices.Contains(cands, h.Index) {
					hit++
				}
			}
			recall += float64(hit) / K
			queries++
		}
		// CandidateRecall: with all other points as candidates the recall is 1.
		rep, err := CandidateRecall(ctx, s, RecallOptions{Adapter: "ad", Queries: 6, Candidates: []int{4, n - 1}, TopK: 3})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Queries != 6 || len(rep.Sizes) != 2 || rep.Sizes[1].Recall != 1 || rep.Sizes[1].Top1 != 1 || rep.Sizes[1].Chance != 1 ||
			rep.Sizes[0].Recall < 0 || rep.Sizes[0].Recall > 1 {
			t.Fatalf("recall report %+v", rep)
		}
		t.Logf("CandidateRecall: %+v", rep.Sizes)
		t.Logf("recall@%d of %d embedding candidates (of %d points) against the exact gradient top-%d: %.3f over %d queries (chance %.3f)",
			K, C, n, K, recall/float64(queries), queries, float64(C)/float64(n))
	})

	t.Run("restricted scan equals brute force on row subsets", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(3, 4))
		for _, tc := range []struct{ n, k, rows, top int }{{50, 7, 10, 3}, {9000, 16, 5000, 20}, {30, 4, 30, 30}, {40, 5, 3, 10}} {
			ids := make([]string, tc.n)
			for i := range ids {
				ids[i] = string(rune('a'+i%26)) + "/" + string(rune('a'+i/26%26))
			}
			g := influence.NewDense(tc.n, tc.k, ids)
			for i := range g.Data {
				g.Data[i] = float32(rng.NormFloat64())
			}
			copy(g.Row(1), g.Row(0)) // a tie
			q := make([]float32, tc.k)
			for i := range q {
				q[i] = float32(rng.NormFloat64())
			}
			rows := append([]int{0, 1}, rng.Perm(tc.n)[:tc.rows]...)
			slices.Sort(rows)
			rows = slices.Compact(rows)
			var want []influence.Hit
			for _, h := range influence.ScanTopK(q, g, tc.n) {
				if slices.Contains(rows, h.Index) && len(want) < tc.top {
					want = append(want, h)
				}
			}
			if got := ScanRows(q, g, rows, tc.top); !reflect.DeepEqual(got, want) {
				t.Fatalf("%+v: got %v, want %v", tc, got, want)
			}
		}
	})

	t.Run("stale or damaged index is refused", func(t *testing.T) {
		var meta EmbedMeta
		if err := s.Get(store.KindIndex, EmbedKey("ad"), &meta); err != nil {
			t.Fatal(err)
		}
		path, err := s.FilePath("embed", embedFile("ad"))
		if err != nil {
			t.Fatal(err)
		}
		good, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		other := embed.New(meta.Dim)
		for i := range meta.N {
			v := make([]float32, meta.Dim)
			v[i%meta.Dim] = 1
			other.Add(i, v)
		}
		otherPath := path + ".other"
		if err := other.Save(otherPath); err != nil {
			t.Fatal(err)
		}
		otherBytes, err := os.ReadFile(otherPath)
		if err != nil {
			t.Fatal(err)
		}
		flipped := slices.Clone(good)
		flipped[len(flipped)-3] ^= 0x40
		cases := []struct {
			name string
			file []byte
			meta func(m *EmbedMeta)
			want error
		}{
			{"flipped byte", flipped, nil, embed.ErrChecksum},
			{"truncated", good[:len(good)-10], nil, embed.ErrTruncated},
			{"another valid index", otherBytes, nil, ErrStaleEmbeddings},
			{"other model", good, func(m *EmbedMeta) { m.ModelSHA256 = "00" }, ErrStaleEmbeddings},
			{"ids edited", good, func(m *EmbedMeta) { m.IDs[0] = "x/y" }, ErrStaleEmbeddings},
		}
		for _, tc := range cases {
			if err := os.WriteFile(path, tc.file, 0o644); err != nil {
				t.Fatal(err)
			}
			m := meta
			m.IDs = slices.Clone(meta.IDs)
			if tc.meta != nil {
				tc.meta(&m)
			}
			if err := s.Put(store.KindIndex, EmbedKey("ad"), m); err != nil {
				t.Fatal(err)
			}
			_, _, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: " brown fox", Candidates: 4})
			if !errors.Is(err, tc.want) {
				t.Fatalf("%s: %v, want %v", tc.name, err, tc.want)
			}
			t.Logf("%s: %v", tc.name, err)
			// Chosen by default (threshold lowered), the unusable index means a full scan.
			autoThreshold = 10
			_, rec, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: " brown fox"})
			autoThreshold = CandidateThreshold
			if err != nil || rec.Scorer["candidates"] != nil {
				t.Fatalf("%s, auto: %v, candidates %v", tc.name, err, rec.Scorer["candidates"])
			}
		}
		// Restored, it works again; then sketches of other points make it stale.
		if err := os.WriteFile(path, good, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := s.Put(store.KindIndex, EmbedKey("ad"), meta); err != nil {
			t.Fatal(err)
		}
		if _, _, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: " brown fox", Candidates: 4}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddPoints(ctx, "proverbs", []store.DataPoint{{ID: "extra", Contributor: "0x1111111111111111111111111111111111111111", Text: "time is money", Tokens: 13}}); err != nil {
			t.Fatal(err)
		}
		if _, _, err := BuildSketches(ctx, s, SketchOptions{Adapter: "ad", KIn: 4, KOut: 4}); err != nil {
			t.Fatal(err)
		}
		if _, _, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: " brown fox", Candidates: 4}); !errors.Is(err, ErrStaleEmbeddings) {
			t.Fatalf("index of fewer points than the sketches: %v", err)
		}
	})
}

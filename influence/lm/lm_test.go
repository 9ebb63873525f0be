package lm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math"
	"testing"

	"poa/gradients"
	"poa/inference"
	"poa/influence"
	"poa/influence/sarray"
	"poa/store"
)

var texts = []string{
	"the quick brown fox jumps over the lazy dog",
	"a stitch in time saves nine",
	"all that glitters is not gold",
	"the early bird catches the worm",
	"actions speak louder than words",
	"beauty is in the eye of the beholder",
	"better late than never",
	"birds of a feather flock together",
	"cleanliness is next to godliness",
	"do not count your chickens before they hatch",
	"every cloud has a silver lining",
	"fortune favors the bold",
	"honesty is the best policy",
	"if it is not broken do not fix it",
	"knowledge is power",
	"laughter is the best medicine",
}

// newStore builds a store with one datanet of two contributors, a tiny base model, an
// adapter on the datanet and (optionally) the suffix-array index.
func newStore(t *testing.T, index bool) *store.Store {
	t.Helper()
	s, err := store.Open(store.DefaultOptions(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.CreateDatanet(store.Datanet{Name: "proverbs"}); err != nil {
		t.Fatal(err)
	}
	var pts []store.DataPoint
	for i, tx := range texts {
		h := sha256.Sum256([]byte(tx))
		addr := "0x1111111111111111111111111111111111111111"
		if i%2 == 1 {
			addr = "0x2222222222222222222222222222222222222222"
		}
		pts = append(pts, store.DataPoint{ID: hex.EncodeToString(h[:]), Contributor: addr, Text: tx, Tokens: len(tx)})
	}
	if _, err := s.AddPoints(context.Background(), "proverbs", pts); err != nil {
		t.Fatal(err)
	}
	cfg := inference.Tiny
	cfg.VocabSize = 300
	tc := gradients.DefaultTrainConfig()
	tc.Steps, tc.CheckpointEvery = 200, 0
	if _, _, err := gradients.TrainBase(context.Background(), s, gradients.BaseOptions{Name: "base", Datanets: []string{"proverbs"}, Config: cfg, Train: tc}, nil); err != nil {
		t.Fatal(err)
	}
	trainAdapter(t, s, 60)
	if index {
		_, tok, _, err := inference.OpenModel(s, "base")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := sarray.BuildStore(context.Background(), s, sarray.BuildOptions{Tokenizer: tok, TokName: "model:base", Model: "base"}); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func trainAdapter(t *testing.T, s *store.Store, steps int) {
	t.Helper()
	tc := gradients.DefaultTrainConfig()
	tc.Steps, tc.CheckpointEvery = steps, 0
	_, _, err := gradients.TrainAdapter(context.Background(), s, gradients.AdapterOptions{Name: "ad", Datanets: []string{"proverbs"},
		Lora: inference.LoraConfig{Rank: 4, Alpha: 8, Targets: []string{"attn.c_attn", "mlp.c_fc"}}, Train: tc}, nil)
	if err != nil {
		t.Fatal(err)
	}
}

func TestSketchesAndAttribute(t *testing.T) {
	s := newStore(t, true)
	ctx := context.Background()
	if _, _, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick"}); !errors.Is(err, ErrNoSketches) {
		t.Fatalf("attribute before sketching: %v", err)
	}
	raw, pre, err := BuildSketches(ctx, s, SketchOptions{Adapter: "ad", KIn: 4, KOut: 4})
	if err != nil {
		t.Fatal(err)
	}
	if raw.N != len(texts) || pre.N != len(texts) || pre.Damping <= 0 {
		t.Fatalf("raw %+v pre %+v", raw, pre)
	}

	// The stored preconditioned sketches equal (F + λI)⁻¹g_i computed in float64 from
	// the raw sketches: check F·x + λx = g on every row.
	rf, _, err := s.OpenSketch(raw.Name)
	if err != nil {
		t.Fatal(err)
	}
	defer rf.Close()
	pf, _, err := s.OpenSketch(pre.Name)
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	n, k := rf.Dims()
	for i := range n {
		x := pf.Row(i)
		for r := range k {
			v := pre.Damping * float64(x[r])
			for j := range n {
				gj := rf.Row(j)
				var d float64
				for c := range k {
					d += float64(gj[c]) * float64(x[c])
				}
				v += float64(gj[r]) * d
			}
			g := float64(rf.Row(i)[r])
			if math.Abs(v-g) > 1e-3*(1+math.Abs(g)) {
				t.Fatalf("row %d col %d: (F+λI)x = %g, g = %g", i, r, v, g)
			}
		}
	}

	res, rec, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick brown", MaxTokens: 8, Fee: "1000"})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("output %q, %d points, %d spans, contributors %+v", res.Output, len(res.Datapoints), res.Spans, res.Contributors)
	if len(res.Tokens) == 0 || len(res.Tokens) != len(rec.OutputIDs) {
		t.Fatalf("%d token entries for %d output tokens", len(res.Tokens), len(rec.OutputIDs))
	}
	var sum uint64
	for _, c := range res.Contributors {
		sum += c.Score
	}
	if len(res.Datapoints) > 0 && sum != influence.ScoreScale {
		t.Fatalf("contributor scores sum to %d", sum)
	}
	// The record as settlement.File stores it (JSON) carries what a recomputation needs.
	var back influence.Record
	if raw, err := json.Marshal(rec); err != nil {
		t.Fatal(err)
	} else if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if err := back.Recompute(influence.StoreOwners(s)); err != nil {
		t.Fatalf("stored record does not recompute: %v", err)
	}
	// The gradient evidence is the scan of the query sketch: recompute one score.
	l, err := load(s, "ad")
	if err != nil {
		t.Fatal(err)
	}
	_, _, proj, err := openSketches(s, l)
	if err != nil {
		t.Fatal(err)
	}
	q, _, err := gradients.QuerySketch(l.m, l.ad, l.tok.Encode("the quick brown"), rec.OutputIDs, proj)
	if err != nil {
		t.Fatal(err)
	}
	ids := pf.IDs()
	for _, g := range rec.Evidence.Gradient[:min(3, len(rec.Evidence.Gradient))] {
		for i, id := range ids {
			if id == g.Datanet+"/"+g.Point {
				var want float64
				for c := range k {
					want += float64(q[c]) * float64(pf.Row(i)[c])
				}
				if math.Abs(want-g.Score) > 1e-3*(1+math.Abs(want)) {
					t.Fatalf("%s: score %g, float64 %g", id, g.Score, want)
				}
			}
		}
	}

	// A given output copied from a training point: the span evidence names that point.
	res, rec, err = Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: " brown fox jumps over the lazy dog"})
	if err != nil {
		t.Fatal(err)
	}
	fox := sha256.Sum256([]byte(texts[0]))
	if res.Spans == 0 {
		t.Fatal("no span evidence for an output copied from a data point")
	}
	for _, sp := range rec.Evidence.Spans {
		if sp.Point != hex.EncodeToString(fox[:]) {
			t.Fatalf("span %+v is not in the fox point", sp)
		}
	}
	var foxShare float64
	for _, p := range res.Datapoints {
		if p.ID == hex.EncodeToString(fox[:]) {
			foxShare = p.Span
		}
	}
	if foxShare != 1 {
		t.Fatalf("fox point's span share %g, want 1", foxShare)
	}
	if err := rec.Recompute(influence.StoreOwners(s)); err != nil {
		t.Fatal(err)
	}

	// The other scorers run over the raw sketches; TracIn's scores are plain dot products.
	for _, m := range []string{"tracin", "datainf"} {
		res, rec, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Output: " brown fox", Method: m})
		if err != nil {
			t.Fatalf("method %s: %v", m, err)
		}
		if len(res.Datapoints) == 0 || rec.Scorer["method"] == "influence-fisher-sketch" {
			t.Fatalf("method %s: %d points, scorer %v", m, len(res.Datapoints), rec.Scorer["method"])
		}
		if m == "tracin" {
			q, _, err := gradients.QuerySketch(l.m, l.ad, l.tok.Encode("the quick"), rec.OutputIDs, proj)
			if err != nil {
				t.Fatal(err)
			}
			g := rec.Evidence.Gradient[0]
			for i, id := range rf.IDs() {
				if id == g.Datanet+"/"+g.Point {
					var want float64
					for c := range k {
						want += float64(q[c]) * float64(rf.Row(i)[c])
					}
					if math.Abs(want-g.Score) > 1e-3*(1+math.Abs(want)) {
						t.Fatalf("tracin %s: %g, float64 %g", id, g.Score, want)
					}
				}
			}
		}
	}
	if _, _, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick", Method: "nope"}); !errors.Is(err, influence.ErrBadInput) {
		t.Fatalf("unknown method: %v", err)
	}

	// LDS runs end to end, deterministically.
	lo := LDSOptions{Adapter: "ad", Subsets: 4, Queries: 4, Steps: 5, KIn: 2, KOut: 2, LOO: 3}
	r1, err := EvalLDS(ctx, s, lo)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := EvalLDS(ctx, s, lo)
	if err != nil {
		t.Fatal(err)
	}
	if len(r1.Scorers) != 4 || r1.Pool != len(texts)-4 {
		t.Fatalf("lds report %+v", r1)
	}
	for n, r := range r1.Scorers {
		if r.LooPearson == nil || math.IsNaN(*r.LooPearson) || *r.LooPearson != *r2.Scorers[n].LooPearson {
			t.Fatalf("%s: loo %v", n, r.LooPearson)
		}
		r.LooPearson, r.LooSpearman = nil, nil
		r2s := r2.Scorers[n]
		r2s.LooPearson, r2s.LooSpearman = nil, nil
		if math.IsNaN(r.LDS) || r.LDS < -1 || r.LDS > 1 || r2s != r {
			t.Fatalf("%s: lds %+v, rerun %+v", n, r, r2.Scorers[n])
		}
	}

	// Sketches recorded for other adapter weights are stale.
	var m store.SketchMeta
	if err := s.Get(store.KindSketch, pre.Name, &m); err != nil {
		t.Fatal(err)
	}
	m.Params["adapter_sha256"] = "0000"
	if err := s.Put(store.KindSketch, pre.Name, m); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Attribute(ctx, s, Options{Adapter: "ad", Prompt: "the quick brown", MaxTokens: 4}); !errors.Is(err, ErrStale) {
		t.Fatalf("stale sketches: %v", err)
	}
}

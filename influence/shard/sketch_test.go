package shard

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"poa/gradients"
	"poa/inference"
	"poa/influence"
	"poa/influence/lm"
	"poa/influence/sarray"
	"poa/store"
)

// sketchStore builds a store with one datanet of n short texts from three
// contributors, a tiny base model and an adapter over it (a few training steps: the
// weights only need to be the adapter's).
func sketchStore(t *testing.T, n int) *store.Store {
	t.Helper()
	s, err := store.Open(store.DefaultOptions(t.TempDir()).WithSyncWrites(false))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.CreateDatanet(store.Datanet{Name: "proverbs"}); err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("the quick brown fox jumps over a lazy dog stitch in time saves nine all that glitters is not gold early bird catches worm")
	rng := rand.New(rand.NewPCG(9, 9))
	var pts []store.DataPoint
	for i := range n {
		var w []string
		for range 3 + rng.IntN(9) {
			w = append(w, words[rng.IntN(len(words))])
		}
		tx := fmt.Sprintf("%s %d", strings.Join(w, " "), i)
		h := sha256.Sum256([]byte(tx))
		addr := fmt.Sprintf("0x%040x", 0x1111+i%3)
		pts = append(pts, store.DataPoint{ID: hex.EncodeToString(h[:]), Contributor: addr, Text: tx, Tokens: len(tx)})
	}
	if _, err := s.AddPoints(context.Background(), "proverbs", pts); err != nil {
		t.Fatal(err)
	}
	cfg := inference.Tiny
	cfg.VocabSize = 300
	tc := gradients.DefaultTrainConfig()
	tc.Steps, tc.CheckpointEvery = 10, 0
	if _, _, err := gradients.TrainBase(context.Background(), s, gradients.BaseOptions{Name: "base", Datanets: []string{"proverbs"}, Config: cfg, Train: tc}, nil); err != nil {
		t.Fatal(err)
	}
	tc.Steps = 5
	if _, _, err := gradients.TrainAdapter(context.Background(), s, gradients.AdapterOptions{Name: "ad", Datanets: []string{"proverbs"},
		Lora: inference.LoraConfig{Rank: 4, Alpha: 8, Targets: []string{"attn.c_attn", "mlp.c_fc"}}, Train: tc}, nil); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSketchShardsEqualMonolithic builds an adapter's sketches monolithically
// (lm.BuildSketches, lm.Commit) and as a sketch set by the Beam pipeline on Prism, and
// checks every raw and preconditioned row, the damping, the quantization shift and the
// committed root bit for bit, then the fan-out top-k (float and integer, with a
// filter) against the monolithic scans for many queries, sequential and parallel,
// and that a damaged shard is refused.
func TestSketchShardsEqualMonolithic(t *testing.T) {
	ctx := context.Background()
	n := 70
	s := sketchStore(t, n)
	so := lm.SketchOptions{Adapter: "ad", KIn: 4, KOut: 4, BatchSize: 4}
	rawMeta, preMeta, err := lm.BuildSketches(ctx, s, so)
	if err != nil {
		t.Fatal(err)
	}
	c, err := lm.Commit(ctx, s, "ad", nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, _, err := s.OpenSketch(rawMeta.Name)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	pre, _, err := s.OpenSketch(preMeta.Name)
	if err != nil {
		t.Fatal(err)
	}
	defer pre.Close()

	set, err := BuildSketches(ctx, s, SketchOptions{SketchOptions: so, Shards: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Shards) != 3 || set.Rows != int64(n) || set.K != c.K || set.Shift != c.Shift || set.Damping != preMeta.Damping || set.SketchRoot != c.SketchRoot || set.Depth != c.Depth {
		t.Fatalf("sketch set %+v\nmonolithic commitment %+v, damping %g", set, c, preMeta.Damping)
	}
	dir, _ := SketchSetDir(s, "ad")
	// The set directory holds the set manifest and its shards, nothing staged.
	ents, _ := os.ReadDir(dir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if len(names) != 1+len(set.Shards) || !slices.Contains(names, SketchSetFile) {
		t.Fatalf("sketch set directory holds %v", names)
	}
	x, err := OpenSketches(dir, true, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	// Rows, bit for bit (== on float32 bits via reflect.DeepEqual of the slices).
	for _, ref := range set.Shards {
		if ref.FirstDoc%int64(so.BatchSize) != 0 {
			t.Fatalf("shard %s starts at row %d, not a multiple of the batch", ref.Dir, ref.FirstDoc)
		}
		r, err := store.OpenSketchFile(filepath.Join(dir, ref.Dir, RawSketchFile), true)
		if err != nil {
			t.Fatal(err)
		}
		for i := range int(ref.Docs) {
			g := int(ref.FirstDoc) + i
			if !slices.Equal(r.Row(i), raw.Row(g)) || r.ID(i) != raw.ID(g) {
				t.Fatalf("raw row %d differs from the monolithic sketch file", g)
			}
		}
		r.Close()
	}
	for i := range n {
		if !slices.Equal(x.Row(i), pre.Row(i)) || x.ID(i) != pre.ID(i) {
			t.Fatalf("preconditioned row %d differs:\n%v\n%v", i, x.Row(i), pre.Row(i))
		}
	}

	// Integer scores, brute force over the monolithic file quantized with its shift.
	quant := make([][]int32, n)
	for i := range n {
		if quant[i], err = influence.Quantize(nil, pre.Row(i), c.Shift); err != nil {
			t.Fatal(err)
		}
	}
	rng := rand.New(rand.NewPCG(3, 3))
	keep := func(d, p string) (bool, error) { return p[0] > '4', nil } // rejects about a third
	for trial := range 40 {
		q := make([]float32, c.K)
		switch trial % 4 {
		case 0: // all scores tie: order by row alone
		case 1: // a row itself
			copy(q, pre.Row(rng.IntN(n)))
		default:
			for j := range q {
				q[j] = float32(rng.NormFloat64())
			}
		}
		qq, _, err := influence.QuantizeAuto(q)
		if err != nil {
			t.Fatal(err)
		}
		type want struct {
			row   int
			score int64
		}
		var all []want
		for i := range n {
			all = append(all, want{i, influence.DotInt(qq, quant[i])})
		}
		slices.SortFunc(all, func(a, b want) int { return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.row, b.row)) })
		for _, topk := range []int{1, 3, 10, n, n + 5} {
			wantF := influence.ScanTopK(q, pre, topk)
			var wantI []IntHit
			dropped := 0
			for _, w := range all {
				if len(wantI) == topk {
					break
				}
				d, p, _ := strings.Cut(pre.ID(w.row), "/")
				if ok, _ := keep(d, p); !ok {
					dropped++
					continue
				}
				wantI = append(wantI, IntHit{Row: w.row, ID: pre.ID(w.row), Score: w.score})
			}
			for _, workers := range []int{1, 3} {
				x.workers = workers
				name := fmt.Sprintf("trial=%d/topk=%d/workers=%d", trial, topk, workers)
				if got := x.TopK(q, topk); !reflect.DeepEqual(got, wantF) {
					t.Fatalf("%s: TopK = %v, monolithic ScanTopK %v", name, got, wantF)
				}
				got, gotDropped, err := x.IntTopK(qq, topk, keep)
				if err != nil || gotDropped != dropped || !reflect.DeepEqual(got, wantI) {
					t.Fatalf("%s: IntTopK = %v (%d dropped, %v), brute force %v (%d dropped)", name, got, gotDropped, err, wantI, dropped)
				}
			}
		}
	}

	// A flipped quantized value is refused by the sha256 check, and the set's root
	// does not follow a forged leaf.
	x.Close()
	qpath := filepath.Join(dir, set.Shards[1].Dir, QuantFile)
	b, _ := os.ReadFile(qpath)
	b[5] ^= 1
	os.WriteFile(qpath, b, 0o644)
	if _, err := OpenSketches(dir, true, 1); !errors.Is(err, sarray.ErrChecksum) {
		t.Fatalf("damaged quant.bin: %v", err)
	}
	b[5] ^= 1
	os.WriteFile(qpath, b, 0o644)
	if x, err := OpenSketches(dir, true, 1); err != nil {
		t.Fatalf("repaired: %v", err)
	} else {
		x.Close()
	}
}

// TestBatchPlan checks the sketch plan against its rule: contiguous shards covering
// every row, each boundary a multiple of the batch, no more shards than asked, and
// each boundary the largest such multiple at or below Plan's.
func TestBatchPlan(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	for trial := range 500 {
		n := 1 + rng.IntN(200)
		lens := make([]int64, n)
		for i := range lens {
			lens[i] = int64(rng.IntN(40))
		}
		s, batch := 1+rng.IntN(8), 1+rng.IntN(16)
		got := batchPlan(lens, s, batch)
		// The rule, directly.
		want := []int{0}
		for _, f := range Plan(lens, s)[1:] {
			if f < n {
				f = f / batch * batch
			}
			if f > want[len(want)-1] {
				want = append(want, f)
			}
		}
		if !slices.Equal(got, want) || got[0] != 0 || got[len(got)-1] != n || len(got)-1 > s {
			t.Fatalf("trial %d: batchPlan(n=%d, s=%d, batch=%d) = %v, want %v", trial, n, s, batch, got, want)
		}
		for _, f := range got[:len(got)-1] {
			if f%batch != 0 {
				t.Fatalf("trial %d: boundary %d not a multiple of %d: %v", trial, f, batch, got)
			}
		}
		if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
			t.Fatalf("trial %d: shards not contiguous and non-empty: %v", trial, got)
		}
	}
}

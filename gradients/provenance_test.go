package gradients

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"poa/inference"
)

// otherData is corpusData with one more document: another token stream.
func otherData(t testing.TB) *Dataset {
	t.Helper()
	var docs [][]int
	for _, s := range append(corpus, "held-out loss is recorded on every model.") {
		docs = append(docs, byteTokens(s))
	}
	d, err := NewDataset(docs, 256)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func newTestAdapter(t testing.TB, seed uint64) *inference.Adapter[float32] {
	t.Helper()
	targets, _ := inference.ParseTargets("attn,mlp")
	ad, err := inference.NewAdapter[float32]("a", trainCfg, inference.LoraConfig{Rank: 4, Alpha: 8, Targets: targets})
	if err != nil {
		t.Fatal(err)
	}
	ad.Init(seed)
	return ad
}

// stopAt returns a context cancelled by the progress callback at step n: Train then
// writes an unfinished checkpoint.
func stopAt(n int) (context.Context, func(Progress)) {
	ctx, cancel := context.WithCancel(context.Background())
	return ctx, func(p Progress) {
		if p.Step == n {
			cancel()
		}
	}
}

func sameFloats(a, b []float32) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}

// An unfinished checkpoint is resumed only by the run it belongs to: other data,
// another base model under an adapter, another adapter shape, another model shape
// or other settings fail naming what differs, and nothing is loaded.
func TestCheckpointProvenanceMismatchRefused(t *testing.T) {
	cfg := resumeCfg()
	cfg.CheckpointEvery = 0
	for _, tc := range []struct {
		name string
		want string
		run  func(ckpt string) error
	}{
		{"data", "data (token stream)", func(ckpt string) error {
			_, err := Train(context.Background(), newTrainModel(3), nil, otherData(t), cfg, ckpt, nil)
			return err
		}},
		{"settings", "settings", func(ckpt string) error {
			c := cfg
			c.LR *= 2
			_, err := Train(context.Background(), newTrainModel(3), nil, corpusData(t), c, ckpt, nil)
			return err
		}},
		{"shape", "model config", func(ckpt string) error {
			c := trainCfg
			c.NPositions = 16
			p := inference.NewParams[float32](c)
			p.Init(3)
			_, err := Train(context.Background(), inference.NewModel(p), nil, corpusData(t), cfg, ckpt, nil)
			return err
		}},
	} {
		t.Run("base/differs="+tc.name, func(t *testing.T) {
			ckpt := filepath.Join(t.TempDir(), "ckpt")
			ctx, stop := stopAt(5)
			if _, err := Train(ctx, newTrainModel(3), nil, corpusData(t), cfg, ckpt, stop); !errors.Is(err, context.Canceled) {
				t.Fatalf("first run: %v", err)
			}
			err := tc.run(ckpt)
			if !errors.Is(err, ErrCheckpoint) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("resumed a checkpoint of another run: err %v, want ErrCheckpoint naming %q", err, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		name string
		want string
		base uint64 // seed of the base model's weights
		rank int
	}{{"base", "base weights", 8, 4}, {"lora", "LoRA settings", 7, 2}} {
		t.Run("adapter/differs="+tc.name, func(t *testing.T) {
			ckpt := filepath.Join(t.TempDir(), "ckpt")
			ctx, stop := stopAt(5)
			if _, err := Train(ctx, newTrainModel(7), newTestAdapter(t, 1), corpusData(t), cfg, ckpt, stop); !errors.Is(err, context.Canceled) {
				t.Fatalf("first run: %v", err)
			}
			targets, _ := inference.ParseTargets("attn,mlp")
			ad, err := inference.NewAdapter[float32]("a", trainCfg, inference.LoraConfig{Rank: tc.rank, Alpha: 8, Targets: targets})
			if err != nil {
				t.Fatal(err)
			}
			ad.Init(1)
			_, err = Train(context.Background(), newTrainModel(tc.base), ad, corpusData(t), cfg, ckpt, nil)
			if !errors.Is(err, ErrCheckpoint) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("resumed a checkpoint of another run: err %v, want ErrCheckpoint naming %q", err, tc.want)
			}
		})
	}
}

// The bug of issue 16: an adapter's finished checkpoint "resumed" under a new base
// (0 tokens trained, weights identical to the adapter of the old base). A finished
// checkpoint of another run starts the run fresh, with the weights of a run without
// any checkpoint.
func TestFinishedCheckpointOfOtherBaseStartsFresh(t *testing.T) {
	cfg := resumeCfg()
	cfg.Steps = 8
	ckpt := filepath.Join(t.TempDir(), "ckpt")
	first := newTestAdapter(t, 1)
	if _, err := Train(context.Background(), newTrainModel(7), first, corpusData(t), cfg, ckpt, nil); err != nil {
		t.Fatal(err)
	}
	second := newTestAdapter(t, 1)
	res, err := Train(context.Background(), newTrainModel(8), second, corpusData(t), cfg, ckpt, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.ResumedFrom != 0 || res.Tokens == 0 {
		t.Fatalf("resumed from step %d with %d tokens trained: the checkpoint of another base was used", res.ResumedFrom, res.Tokens)
	}
	fresh := newTestAdapter(t, 1)
	if _, err := Train(context.Background(), newTrainModel(8), fresh, corpusData(t), cfg, "", nil); err != nil {
		t.Fatal(err)
	}
	if !sameFloats(second.Data, fresh.Data) {
		t.Fatal("adapter over the new base differs from one trained without a checkpoint")
	}
	if sameFloats(second.Data, first.Data) {
		t.Fatal("adapter over the new base equals the adapter of the old base")
	}
	// The same run again resumes its own finished checkpoint: nothing to train.
	again := newTestAdapter(t, 1)
	res, err = Train(context.Background(), newTrainModel(8), again, corpusData(t), cfg, ckpt, nil)
	if err != nil || res.ResumedFrom != cfg.Steps || !sameFloats(again.Data, fresh.Data) {
		t.Fatalf("own finished checkpoint: resumed from %d, %v", res.ResumedFrom, err)
	}
}

func TestHeldOutSplit(t *testing.T) {
	var texts []string
	for i := range 5000 {
		texts = append(texts, strings.Repeat("x", i%50)+string(rune('a'+i%26))+strings.Repeat("y", i/26))
	}
	train, held := SplitHeldOut(texts)
	if len(train)+len(held) != len(texts) {
		t.Fatalf("split lost documents: %d + %d of %d", len(train), len(held), len(texts))
	}
	if frac := float64(len(held)) / float64(len(texts)); frac < 0.01 || frac > 0.03 {
		t.Fatalf("held out %.3f of the documents, want about %.3f", frac, HeldOutPermille/1000.0)
	}
	// Order and company do not matter: a document's side depends on its text alone.
	for _, h := range held {
		if !HeldOut(h) {
			t.Fatalf("%q held out but HeldOut says no", h)
		}
	}
	if tr, ho := SplitHeldOut(held[:1]); len(tr) != 1 || ho != nil {
		t.Fatalf("a lone held-out document: train %d, held %d; want it trained on", len(tr), len(ho))
	}
}

// EvalLoss scores every token but the first once, whatever the window; with one
// window it is the mean of that forward's losses.
func TestEvalLossCoversStream(t *testing.T) {
	m := newTrainModel(3)
	d := corpusData(t)
	want := len(d.Stream) - 1
	for _, T := range []int{32, 7, 1} {
		if _, n, err := EvalLoss(m, nil, d, T); err != nil || n != want {
			t.Fatalf("T=%d: %d tokens scored (want %d), %v", T, n, want, err)
		}
	}
	short := &Dataset{Stream: d.Stream[:20], Docs: 1}
	l, _, err := EvalLoss(m, nil, short, 32)
	if err != nil {
		t.Fatal(err)
	}
	var acts inference.Acts[float32]
	if err := m.Forward(&acts, inference.Batch[float32]{Tokens: short.Stream[:19], Targets: short.Stream[1:20], B: 1, T: 19}); err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, x := range acts.Losses[:19] {
		sum += float64(x)
	}
	if l != sum/19 {
		t.Fatalf("EvalLoss %g, forward mean %g", l, sum/19)
	}
}

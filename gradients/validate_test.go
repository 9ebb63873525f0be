package gradients

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"

	"poa/bounds"
	"poa/inference"
)

// TestTrainConfigValidate: every setting outside its range is refused with an error
// wrapping ErrTrainConfig and a *bounds.Error naming the field; the edges pass.
func TestTrainConfigValidate(t *testing.T) {
	for _, c := range []struct {
		name    string
		edit    func(*TrainConfig)
		setting string // "" when valid
	}{
		{name: "defaults", edit: func(*TrainConfig) {}},
		{name: "steps=1", edit: func(c *TrainConfig) { c.Steps = 1 }},
		{name: "steps=0", edit: func(c *TrainConfig) { c.Steps = 0 }, setting: "TrainConfig.Steps"},
		{name: "steps=-1", edit: func(c *TrainConfig) { c.Steps = -1 }, setting: "TrainConfig.Steps"},
		{name: "steps=max+1", edit: func(c *TrainConfig) { c.Steps = MaxSteps + 1 }, setting: "TrainConfig.Steps"},
		{name: "batch=0", edit: func(c *TrainConfig) { c.BatchSize = 0 }, setting: "TrainConfig.BatchSize"},
		{name: "batch=huge", edit: func(c *TrainConfig) { c.BatchSize = math.MaxInt }, setting: "TrainConfig.BatchSize"},
		{name: "seq-len=0", edit: func(c *TrainConfig) { c.SeqLen = 0 }},
		{name: "seq-len=32", edit: func(c *TrainConfig) { c.SeqLen = 32 }},
		{name: "seq-len=-5", edit: func(c *TrainConfig) { c.SeqLen = -5 }, setting: "TrainConfig.SeqLen"},
		{name: "seq-len=33", edit: func(c *TrainConfig) { c.SeqLen = 33 }, setting: "TrainConfig.SeqLen"},
		{name: "lr=0", edit: func(c *TrainConfig) { c.LR = 0 }, setting: "TrainConfig.LR"},
		{name: "lr=-1", edit: func(c *TrainConfig) { c.LR = -1 }, setting: "TrainConfig.LR"},
		{name: "lr=NaN", edit: func(c *TrainConfig) { c.LR = math.NaN() }, setting: "TrainConfig.LR"},
		{name: "lr=1", edit: func(c *TrainConfig) { c.LR = 1 }},
		{name: "warmup=-1", edit: func(c *TrainConfig) { c.Warmup = -1 }, setting: "TrainConfig.Warmup"},
		{name: "warmup>steps", edit: func(c *TrainConfig) { c.Steps, c.Warmup = 5, 10 }},
		{name: "weight-decay=-0.1", edit: func(c *TrainConfig) { c.WeightDecay = -0.1 }, setting: "TrainConfig.WeightDecay"},
		{name: "clip=0", edit: func(c *TrainConfig) { c.GradClip = 0 }},
		{name: "clip=Inf", edit: func(c *TrainConfig) { c.GradClip = math.Inf(1) }, setting: "TrainConfig.GradClip"},
		{name: "beta2=1", edit: func(c *TrainConfig) { c.Beta2 = 1 }, setting: "TrainConfig.Beta2"},
		{name: "eps=0", edit: func(c *TrainConfig) { c.Eps = 0 }, setting: "TrainConfig.Eps"},
		{name: "checkpoint-every=0", edit: func(c *TrainConfig) { c.CheckpointEvery = 0 }},
		{name: "checkpoint-every=-3", edit: func(c *TrainConfig) { c.CheckpointEvery = -3 }, setting: "TrainConfig.CheckpointEvery"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := DefaultTrainConfig()
			c.edit(&cfg)
			err := cfg.ValidateFor(trainCfg) // n_positions 32
			if c.setting == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var be *bounds.Error
			if !errors.Is(err, ErrTrainConfig) || !errors.As(err, &be) || be.Setting != c.setting {
				t.Fatalf("got %v, want ErrTrainConfig naming %s", err, c.setting)
			}
		})
	}
}

// TestTrainRefusesBadConfigFirst: Train, TrainBase and TrainAdapter refuse bad settings
// before they change weights or write a file.
func TestTrainRefusesBadConfigFirst(t *testing.T) {
	m := newTrainModel(1)
	before := append([]float32(nil), m.P.Data...)
	cfg := DefaultTrainConfig()
	cfg.Steps = -1
	ckpt := filepath.Join(t.TempDir(), "ckpt.safetensors")
	if _, err := Train(context.Background(), m, nil, corpusData(t), cfg, ckpt, nil); !errors.Is(err, ErrTrainConfig) {
		t.Fatalf("Train with steps -1: %v", err)
	}
	for i := range before {
		if m.P.Data[i] != before[i] {
			t.Fatal("Train with steps -1 changed the weights")
		}
	}
	if _, err := os.Stat(ckpt); !os.IsNotExist(err) {
		t.Fatalf("Train with steps -1 wrote a checkpoint: %v", err)
	}
	// A rank above the model's width is refused by NewAdapter (and so TrainAdapter).
	_, err := inference.NewAdapter[float32]("ad", trainCfg, inference.LoraConfig{Rank: trainCfg.NEmbd + 1, Targets: []string{"attn.c_attn"}})
	var be *bounds.Error
	if !errors.Is(err, inference.ErrAdapter) || !errors.As(err, &be) || be.Setting != "LoraConfig.Rank" {
		t.Fatalf("rank %d over width %d: %v", trainCfg.NEmbd+1, trainCfg.NEmbd, err)
	}
}

package gradients

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"poa/inference"
)

// byteTokens is the test tokenizer: one id per byte, 256 is end-of-text.
func byteTokens(s string) []int {
	ids := make([]int, len(s))
	for i := range s {
		ids[i] = int(s[i])
	}
	return ids
}

var corpus = []string{
	"the cat sat on the mat.",
	"a dog ate my homework!",
	"proof of attribution pays data contributors.",
}

var trainCfg = inference.Config{ModelType: "gpt2", NLayer: 2, NHead: 2, NEmbd: 32, NPositions: 32, VocabSize: 257, LayerNormEps: 1e-5}

func corpusData(t testing.TB) *Dataset {
	t.Helper()
	var docs [][]int
	for _, s := range corpus {
		docs = append(docs, byteTokens(s))
	}
	d, err := NewDataset(docs, 256)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func newTrainModel(seed uint64) *inference.Model[float32] {
	p := inference.NewParams[float32](trainCfg)
	p.Init(seed)
	return inference.NewModel(p)
}

func TestOverfitTinyCorpus(t *testing.T) {
	// 3 short sentences (~100 tokens): a 2-layer model memorizes them. Stated bound:
	// mean next-token loss below 0.25 nats after 300 steps (from ln 257 ≈ 5.55).
	m := newTrainModel(1)
	cfg := DefaultTrainConfig()
	cfg.Steps, cfg.BatchSize, cfg.SeqLen, cfg.LR, cfg.Warmup = 300, 4, 32, 1e-2, 10
	res, err := Train(context.Background(), m, nil, corpusData(t), cfg, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("loss %.3f → %.3f", res.Losses[0], res.Loss)
	if res.Loss > 0.25 {
		t.Fatalf("final loss %.3f, want < 0.25", res.Loss)
	}
}

func TestAdapterTrainingFreezesBase(t *testing.T) {
	// Base: trained on two sentences. Adapter: trained on the third; its loss there
	// must drop by more than 1 nat while the base weights stay bit-identical.
	m := newTrainModel(2)
	cfg := DefaultTrainConfig()
	cfg.Steps, cfg.BatchSize, cfg.SeqLen, cfg.LR = 150, 4, 32, 1e-2
	baseData, _ := NewDataset([][]int{byteTokens(corpus[0]), byteTokens(corpus[1])}, 256)
	if _, err := Train(context.Background(), m, nil, baseData, cfg, "", nil); err != nil {
		t.Fatal(err)
	}
	base := append([]float32(nil), m.P.Data...)
	targets, _ := inference.ParseTargets("attn,mlp")
	ad, err := inference.NewAdapter[float32]("x", trainCfg, inference.LoraConfig{Rank: 4, Alpha: 8, Targets: targets})
	if err != nil {
		t.Fatal(err)
	}
	ad.Init(1)
	adData, _ := NewDataset([][]int{byteTokens(corpus[2])}, 256)
	cfg.Steps = 100
	res, err := Train(context.Background(), m, ad, adData, cfg, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range base {
		if base[i] != m.P.Data[i] {
			t.Fatal("adapter training changed base weights")
		}
	}
	t.Logf("adapter loss %.3f → %.3f", res.Losses[0], res.Loss)
	if !(res.Loss < res.Losses[0]-1) {
		t.Fatalf("adapter training: loss %.3f → %.3f, want a drop of more than 1 nat", res.Losses[0], res.Loss)
	}
}

const childEnv = "POA_GRADIENTS_TRAIN_CHILD"

func resumeCfg() TrainConfig {
	cfg := DefaultTrainConfig()
	cfg.Steps, cfg.BatchSize, cfg.SeqLen, cfg.CheckpointEvery, cfg.Seed = 40, 2, 16, 3, 9
	return cfg
}

// TestKillResume runs training in a child process, kills it with SIGKILL after it has
// written a checkpoint, resumes from that checkpoint here, and checks the weights are
// bit-identical to an uninterrupted run.
func TestKillResume(t *testing.T) {
	if dir := os.Getenv(childEnv); dir != "" {
		// Child: train slowly so the parent can kill it mid-run.
		_, err := Train(context.Background(), newTrainModel(3), nil, corpusData(t), resumeCfg(), filepath.Join(dir, "ckpt"), func(Progress) { time.Sleep(20 * time.Millisecond) })
		if err != nil {
			t.Fatal(err)
		}
		return
	}
	dir := t.TempDir()
	ckpt := filepath.Join(dir, "ckpt")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillResume$")
	cmd.Env = append(os.Environ(), childEnv+"="+dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		if _, err := os.Stat(ckpt); err == nil {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("child wrote no checkpoint")
		}
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(70 * time.Millisecond) // somewhere between checkpoints
	cmd.Process.Signal(syscall.SIGKILL)
	err := cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("child was not killed (finished first?): %v", err)
	}
	resumed := newTrainModel(3)
	res, err := Train(context.Background(), resumed, nil, corpusData(t), resumeCfg(), ckpt, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.ResumedFrom == 0 || res.ResumedFrom >= 40 {
		t.Fatalf("resumed from step %d, want a mid-run checkpoint", res.ResumedFrom)
	}
	t.Logf("child killed; resumed from step %d", res.ResumedFrom)
	straight := newTrainModel(3)
	if _, err := Train(context.Background(), straight, nil, corpusData(t), resumeCfg(), "", nil); err != nil {
		t.Fatal(err)
	}
	for i := range straight.P.Data {
		if straight.P.Data[i] != resumed.P.Data[i] {
			t.Fatalf("param %d: resumed %g, uninterrupted %g", i, resumed.P.Data[i], straight.P.Data[i])
		}
	}
	// The finished checkpoint of other settings is not resumed: the run starts fresh
	// (provenance_test.go checks unfinished ones are refused).
	other := resumeCfg()
	other.LR *= 2
	res, err = Train(context.Background(), newTrainModel(3), nil, corpusData(t), other, ckpt, nil)
	if err != nil || res.ResumedFrom != 0 || res.Tokens == 0 {
		t.Fatalf("finished checkpoint of other settings: resumed from %d, %d tokens, %v", res.ResumedFrom, res.Tokens, err)
	}
}

func TestCancelSavesCheckpoint(t *testing.T) {
	dir := t.TempDir()
	ckpt := filepath.Join(dir, "c")
	ctx, cancel := context.WithCancel(context.Background())
	cfg := resumeCfg()
	cfg.CheckpointEvery = 0
	_, err := Train(ctx, newTrainModel(4), nil, corpusData(t), cfg, ckpt, func(p Progress) {
		if p.Step == 7 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	res, err := Train(context.Background(), newTrainModel(4), nil, corpusData(t), cfg, ckpt, nil)
	if err != nil || res.ResumedFrom != 7 {
		t.Fatalf("resume after cancel: from %d, %v", res.ResumedFrom, err)
	}
}

func TestTrainHookSeesCheckpointWeights(t *testing.T) {
	cfg := resumeCfg()
	cfg.Steps, cfg.CheckpointEvery = 9, 4
	m := newTrainModel(5)
	var steps []int
	var at4 []float32
	_, err := TrainWithHook(context.Background(), m, nil, corpusData(t), cfg, "", nil, func(step int) error {
		steps = append(steps, step)
		if step == 4 {
			at4 = append([]float32(nil), m.P.Data...)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) != 3 || steps[0] != 4 || steps[1] != 8 || steps[2] != 9 {
		t.Fatalf("hook steps %v, want [4 8 9]", steps)
	}
	// The weights the hook saw at step 4 are those of a 4-step run with the same
	// schedule (same config, stopped by the hook's error).
	m2 := newTrainModel(5)
	stop := errors.New("stop")
	_, err = TrainWithHook(context.Background(), m2, nil, corpusData(t), cfg, "", nil, func(int) error { return stop })
	if !errors.Is(err, stop) {
		t.Fatalf("hook error not returned: %v", err)
	}
	for i := range at4 {
		if at4[i] != m2.P.Data[i] {
			t.Fatalf("param %d at step 4: %g vs %g", i, at4[i], m2.P.Data[i])
		}
	}
}

func TestTrainIndependentOfGOMAXPROCS(t *testing.T) {
	cfg := resumeCfg()
	cfg.Steps = 5
	run := func(procs int) []float32 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		m := newTrainModel(6)
		if _, err := Train(context.Background(), m, nil, corpusData(t), cfg, "", nil); err != nil {
			t.Fatal(err)
		}
		return m.P.Data
	}
	a, b := run(1), run(3)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("param %d: %g with GOMAXPROCS=1, %g with 3", i, a[i], b[i])
		}
	}
}

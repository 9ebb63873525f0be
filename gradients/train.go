package gradients

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"time"

	"poa/bounds"
	"poa/inference"
	"poa/kernels"
	"poa/store"
)

// TrainConfig are the optimizer and schedule settings of a training run. Training is
// deterministic given the config (Seed included), the data and the initial weights.
type TrainConfig struct {
	Steps       int     `json:"steps"`
	BatchSize   int     `json:"batch_size"`
	SeqLen      int     `json:"seq_len"`     // tokens per row; 0: n_positions
	LR          float64 `json:"lr"`          // peak learning rate
	MinLRFrac   float64 `json:"min_lr_frac"` // cosine decays to LR·MinLRFrac
	Warmup      int     `json:"warmup"`      // linear warm-up steps
	WeightDecay float64 `json:"weight_decay"`
	GradClip    float64 `json:"grad_clip"` // max global L2 norm; 0: no clipping
	Beta1       float64 `json:"beta1"`
	Beta2       float64 `json:"beta2"`
	Eps         float64 `json:"eps"`
	Seed        uint64  `json:"seed"`
	// CheckpointEvery writes a checkpoint every so many steps (0: only at the end
	// and on interruption).
	CheckpointEvery int `json:"checkpoint_every"`
}

// DefaultTrainConfig returns GPT-2-like settings for small models.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{Steps: 200, BatchSize: 4, LR: 3e-3, MinLRFrac: 0.1, Warmup: 10, WeightDecay: 0.01,
		GradClip: 1, Beta1: 0.9, Beta2: 0.95, Eps: 1e-8, Seed: 1, CheckpointEvery: 50}
}

// Upper limits of TrainConfig's settings (inclusive). They are sanity bounds: beyond
// them a value is a typo, not a plan.
const (
	MaxSteps     = 100_000_000
	MaxBatchSize = 1024
	MaxSeqLen    = 1 << 16 // the model's n_positions is the real bound (ValidateFor)
	MaxLR        = 1.0
)

// Validate checks the settings as they are (no defaults are filled in): Steps in
// [1, MaxSteps], BatchSize in [1, MaxBatchSize], SeqLen in [0, MaxSeqLen] (0: the
// model's context), LR in (0, MaxLR], MinLRFrac and WeightDecay in [0, 1], Warmup and
// CheckpointEvery in [0, MaxSteps] (0: none; only the final checkpoint), GradClip ≥ 0
// (0: no clipping), Beta1 and Beta2 in [0, 1), Eps in (0, 1]; every float finite. A
// failure wraps ErrTrainConfig and a *bounds.Error naming the field
// ("TrainConfig.Steps").
func (c TrainConfig) Validate() error {
	err := bounds.First(
		bounds.In("TrainConfig.Steps", c.Steps, 1, MaxSteps),
		bounds.In("TrainConfig.BatchSize", c.BatchSize, 1, MaxBatchSize),
		bounds.In("TrainConfig.SeqLen", c.SeqLen, 0, MaxSeqLen),
		bounds.Above("TrainConfig.LR", c.LR, 0, MaxLR),
		bounds.In("TrainConfig.MinLRFrac", c.MinLRFrac, 0, 1),
		bounds.In("TrainConfig.Warmup", c.Warmup, 0, MaxSteps),
		bounds.In("TrainConfig.WeightDecay", c.WeightDecay, 0, 1),
		finiteNonNegative("TrainConfig.GradClip", c.GradClip),
		halfOpenUnit("TrainConfig.Beta1", c.Beta1),
		halfOpenUnit("TrainConfig.Beta2", c.Beta2),
		bounds.Above("TrainConfig.Eps", c.Eps, 0, 1),
		bounds.In("TrainConfig.CheckpointEvery", c.CheckpointEvery, 0, MaxSteps),
	)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrTrainConfig, err)
	}
	return nil
}

// ValidateFor is Validate plus the sizes that depend on the model: SeqLen at most
// its n_positions.
func (c TrainConfig) ValidateFor(model inference.Config) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if c.SeqLen > model.NPositions {
		return fmt.Errorf("%w: %w", ErrTrainConfig, bounds.Fail("TrainConfig.SeqLen", c.SeqLen,
			fmt.Sprintf("[0, %d] (the model's n_positions; 0: all of it)", model.NPositions)))
	}
	return nil
}

func finiteNonNegative(setting string, v float64) error {
	if !(v >= 0 && v <= math.MaxFloat64) {
		return bounds.Fail(setting, v, "[0, +Inf) (0: off)")
	}
	return nil
}

func halfOpenUnit(setting string, v float64) error {
	if !(v >= 0 && v < 1) {
		return bounds.Fail(setting, v, "[0, 1)")
	}
	return nil
}

// LRAt returns the learning rate of step s (0-based): linear warm-up, then cosine
// decay from LR to LR·MinLRFrac at the last step.
func (c TrainConfig) LRAt(s int) float64 {
	if s < c.Warmup {
		return c.LR * float64(s+1) / float64(c.Warmup)
	}
	span := max(c.Steps-c.Warmup-1, 1)
	frac := math.Min(float64(s-c.Warmup)/float64(span), 1)
	lo := c.LR * c.MinLRFrac
	return lo + 0.5*(c.LR-lo)*(1+math.Cos(math.Pi*frac))
}

// Dataset is a token stream: documents joined with an end-of-text separator.
type Dataset struct {
	Stream []int
	Docs   int
}

// NewDataset joins docs (token ids) into one stream, each followed by eot.
func NewDataset(docs [][]int, eot int) (*Dataset, error) {
	d := &Dataset{}
	for _, doc := range docs {
		if len(doc) == 0 {
			continue
		}
		d.Stream = append(d.Stream, doc...)
		d.Stream = append(d.Stream, eot)
		d.Docs++
	}
	if len(d.Stream) < 2 {
		return nil, fmt.Errorf("%w: %d documents give %d tokens", ErrNoData, len(docs), len(d.Stream))
	}
	return d, nil
}

// batch fills tokens and targets with B windows of T+1 tokens chosen by a generator
// seeded with (seed, step): the batch of a step does not depend on earlier steps, so
// a resumed run sees the same data.
func (d *Dataset) batch(seed uint64, step, B, T int, tokens, targets []int) {
	r := rand.New(rand.NewPCG(seed, uint64(step)+0x632be59bd9b4e019))
	for b := 0; b < B; b++ {
		start := 0
		if n := len(d.Stream) - T - 1; n > 0 {
			start = r.IntN(n + 1)
		}
		for t := 0; t < T; t++ {
			tokens[b*T+t] = d.Stream[start+t]
			targets[b*T+t] = d.Stream[start+t+1]
		}
	}
}

// Progress is reported after every step.
type Progress struct {
	Step     int           `json:"step"` // steps done
	Steps    int           `json:"steps"`
	Loss     float64       `json:"loss"`
	LR       float64       `json:"lr"`
	GradNorm float64       `json:"grad_norm"`
	Tokens   int64         `json:"tokens"` // tokens processed in this process
	Elapsed  time.Duration `json:"elapsed"`
}

// Result summarizes a training run.
type Result struct {
	Steps       int       `json:"steps"`
	ResumedFrom int       `json:"resumed_from"` // step of the checkpoint resumed, 0 if none
	Loss        float64   `json:"loss"`         // last step's mean loss
	Losses      []float64 `json:"-"`            // per step of this process
	Tokens      int64     `json:"tokens"`
	Seconds     float64   `json:"seconds"`
}

// Train optimizes the base model m, or only the adapter ad (base frozen) when ad is
// non-nil, for cfg.Steps steps of next-token loss on data; cfg must pass ValidateFor
// the model (the error wraps ErrTrainConfig). With a checkpoint path, it resumes from
// the checkpoint there when its settings and provenance (model shape, LoRA settings and
// base weights of an adapter, token stream) equal this run's; an unfinished one that
// differs is an ErrCheckpoint naming the differences, a finished one that differs is
// trained over from step 0. It writes one every
// cfg.CheckpointEvery steps, at the end, and when ctx is cancelled (then returning
// ctx's error). A run killed at any point and resumed ends with bit-identical weights
// to an uninterrupted one. progress may be nil.
func Train(ctx context.Context, m *inference.Model[float32], ad *inference.Adapter[float32], data *Dataset, cfg TrainConfig, checkpoint string, progress func(Progress)) (Result, error) {
	return TrainWithHook(ctx, m, ad, data, cfg, checkpoint, progress, nil)
}

// TrainWithHook is Train with a hook called after every CheckpointEvery steps and
// after the last step (whether or not a checkpoint path is given), while the
// weights are those of that step: TracIn-style attribution records gradient
// sketches there. A hook error stops training (after the checkpoint is written).
// The hook must not change the weights.
func TrainWithHook(ctx context.Context, m *inference.Model[float32], ad *inference.Adapter[float32], data *Dataset, cfg TrainConfig, checkpoint string, progress func(Progress), hook func(step int) error) (Result, error) {
	var res Result
	if err := cfg.ValidateFor(m.Cfg); err != nil {
		return res, err
	}
	T := cfg.SeqLen
	if T == 0 {
		T = m.Cfg.NPositions
	}
	T = min(T, len(data.Stream)-1)
	B := cfg.BatchSize
	var params, grads []float32
	var decay []bool
	var gBase *inference.Params[float32]
	var gAd *inference.Adapter[float32]
	if ad == nil {
		params = m.P.Data
		gBase = inference.NewParams[float32](m.Cfg)
		grads = gBase.Data
		decay = m.P.DecayMask()
	} else {
		params = ad.Data
		var err error
		gAd, err = inference.NewAdapter[float32]("grad", ad.Base, ad.Cfg)
		if err != nil {
			return res, err
		}
		grads = gAd.Data
	}
	mom, vel := make([]float32, len(params)), make([]float32, len(params))
	start := 0
	prov := runProvenance(m, ad, data)
	if checkpoint != "" {
		s, loss, err := loadCheckpoint(checkpoint, cfg, prov, params, mom, vel)
		switch {
		case err == nil:
			start, res.ResumedFrom, res.Loss, res.Steps = s, s, loss, s
			slog.Info("resumed training", "checkpoint", checkpoint, "step", s)
		case errors.Is(err, errStaleCheckpoint):
			slog.Info("starting fresh", "reason", err)
		case !errors.Is(err, os.ErrNotExist):
			return res, err
		}
	}
	save := func(step int) error {
		if checkpoint == "" {
			return nil
		}
		return saveCheckpoint(checkpoint, cfg, prov, step, res.Loss, params, mom, vel)
	}
	tokens, targets := make([]int, B*T), make([]int, B*T)
	weights := make([]float32, B*T)
	for i := range weights {
		weights[i] = 1 / float32(B*T)
	}
	bt := inference.Batch[float32]{Tokens: tokens, Targets: targets, B: B, T: T}
	gr := Grads[float32]{Base: gBase}
	if ad != nil {
		bt.Adapters = []*inference.Adapter[float32]{ad}
		gr.Adapters = []*inference.Adapter[float32]{gAd}
	}
	var acts inference.Acts[float32]
	t0 := time.Now()
	for step := start; step < cfg.Steps; step++ {
		if err := ctx.Err(); err != nil {
			return res, errors.Join(err, save(step))
		}
		data.batch(cfg.Seed, step, B, T, tokens, targets)
		if err := m.Forward(&acts, bt); err != nil {
			return res, err
		}
		var loss float64
		for _, l := range acts.Losses[:B*T] {
			loss += float64(l)
		}
		loss /= float64(B * T)
		clear(grads)
		Backward(m, &acts, bt, weights, gr)
		var norm float64
		for _, g := range grads {
			norm += float64(g) * float64(g)
		}
		norm = math.Sqrt(norm)
		if math.IsNaN(loss) || math.IsInf(loss, 0) || math.IsNaN(norm) || math.IsInf(norm, 0) {
			return res, fmt.Errorf("%w at step %d: loss %g, gradient norm %g", ErrNonFinite, step, loss, norm)
		}
		if cfg.GradClip > 0 && norm > cfg.GradClip {
			s := float32(cfg.GradClip / norm)
			for i := range grads {
				grads[i] *= s
			}
		}
		lr := cfg.LRAt(step)
		kernels.AdamW(params, grads, mom, vel, decay, lr, cfg.Beta1, cfg.Beta2, cfg.Eps, cfg.WeightDecay, step+1)
		res.Steps, res.Loss = step+1, loss
		res.Losses = append(res.Losses, loss)
		res.Tokens += int64(B * T)
		if progress != nil {
			progress(Progress{Step: step + 1, Steps: cfg.Steps, Loss: loss, LR: lr, GradNorm: norm, Tokens: res.Tokens, Elapsed: time.Since(t0)})
		}
		if cfg.CheckpointEvery > 0 && (step+1)%cfg.CheckpointEvery == 0 && step+1 < cfg.Steps {
			if err := save(step + 1); err != nil {
				return res, fmt.Errorf("write checkpoint: %w", err)
			}
			if hook != nil {
				if err := hook(step + 1); err != nil {
					return res, fmt.Errorf("training hook at step %d: %w", step+1, err)
				}
			}
		}
	}
	res.Seconds = time.Since(t0).Seconds()
	if start < cfg.Steps {
		if err := save(cfg.Steps); err != nil {
			return res, fmt.Errorf("write checkpoint: %w", err)
		}
		if hook != nil {
			if err := hook(cfg.Steps); err != nil {
				return res, fmt.Errorf("training hook at step %d: %w", cfg.Steps, err)
			}
		}
	}
	res.Steps = max(res.Steps, start)
	return res, nil
}

// A checkpoint is a safetensors file holding params, Adam moments m and v, with the
// step, the training config and the run's provenance in its metadata. It is written
// atomically (store.WriteFileAtomic), so a crash leaves the previous checkpoint intact.
func saveCheckpoint(path string, cfg TrainConfig, prov provenance, step int, loss float64, params, m, v []float32) error {
	cj, _ := json.Marshal(cfg)
	pj, _ := json.Marshal(prov)
	n := []int{len(params)}
	b := inference.EncodeSafetensors([]inference.NamedFloats{{Name: "params", Shape: n, Data: params}, {Name: "adam_m", Shape: n, Data: m}, {Name: "adam_v", Shape: n, Data: v}},
		map[string]string{"step": strconv.Itoa(step), "loss": strconv.FormatFloat(loss, 'g', -1, 64), "train_config": string(cj),
			"provenance": string(pj), "format": "poa-checkpoint-v1"})
	return store.WriteFileAtomic(path, b)
}

// provenance is what a run's weights depend on besides its TrainConfig: the model's
// shape, for an adapter its LoRA settings and the frozen base weights, and the
// token stream (data and tokenizer together). A checkpoint resumes only a run of
// equal provenance and settings.
type provenance struct {
	Model      inference.Config      `json:"model"`
	Lora       *inference.LoraConfig `json:"lora,omitempty"`
	BaseSHA256 string                `json:"base_sha256,omitempty"` // sha256 of the base parameters (float32, little-endian); adapters only
	DataSHA256 string                `json:"data_sha256"`           // StreamSHA256 of the training stream
	DataTokens int                   `json:"data_tokens"`
}

func runProvenance(m *inference.Model[float32], ad *inference.Adapter[float32], data *Dataset) provenance {
	p := provenance{Model: m.Cfg, DataSHA256: StreamSHA256(data.Stream), DataTokens: len(data.Stream)}
	if ad != nil {
		lc := ad.Cfg
		p.Lora = &lc
		h := sha256.New()
		var buf [4]byte
		for _, x := range m.P.Data {
			binary.LittleEndian.PutUint32(buf[:], math.Float32bits(x))
			h.Write(buf[:])
		}
		p.BaseSHA256 = hex.EncodeToString(h.Sum(nil))
	}
	return p
}

// StreamSHA256 returns the hex sha256 of a token stream, each id as a little-endian
// uint32: it names the data and the tokenizer of a run together.
func StreamSHA256(ids []int) string {
	h := sha256.New()
	buf := make([]byte, 4*4096)
	for len(ids) > 0 {
		n := min(len(ids), 4096)
		for i, id := range ids[:n] {
			binary.LittleEndian.PutUint32(buf[4*i:], uint32(id))
		}
		h.Write(buf[:4*n])
		ids = ids[n:]
	}
	return hex.EncodeToString(h.Sum(nil))
}

// errStaleCheckpoint marks a checkpoint of a finished run that differs from this
// one: its result was saved when it finished, so training starts fresh over it.
var errStaleCheckpoint = errors.New("stale checkpoint")

// differences lists what differs between a checkpoint's run and this one.
func (p provenance) differences(saved provenance, scfg, cfg TrainConfig) []string {
	var d []string
	if !sameJSON(saved.Model, p.Model) {
		d = append(d, fmt.Sprintf("model config %+v, this run %+v", saved.Model, p.Model))
	}
	if (saved.Lora == nil) != (p.Lora == nil) || saved.Lora != nil && !sameJSON(*saved.Lora, *p.Lora) {
		d = append(d, fmt.Sprintf("LoRA settings %s, this run %s", loraString(saved.Lora), loraString(p.Lora)))
	}
	if saved.BaseSHA256 != p.BaseSHA256 {
		d = append(d, fmt.Sprintf("base weights sha256 %.16s…, this run's base %.16s…", saved.BaseSHA256, p.BaseSHA256))
	}
	if saved.DataSHA256 != p.DataSHA256 || saved.DataTokens != p.DataTokens {
		d = append(d, fmt.Sprintf("data (token stream) sha256 %.16s… of %d tokens, this run %.16s… of %d tokens", saved.DataSHA256, saved.DataTokens, p.DataSHA256, p.DataTokens))
	}
	if scfg != cfg {
		d = append(d, fmt.Sprintf("settings %+v, this run %+v", scfg, cfg))
	}
	return d
}

func sameJSON(a, b any) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

func loraString(c *inference.LoraConfig) string {
	if c == nil {
		return "none (base training)"
	}
	j, _ := json.Marshal(c)
	return string(j)
}

// loadCheckpoint restores params and moments from path when its run has this run's
// settings and provenance. A checkpoint of a finished run that differs gives
// errStaleCheckpoint (start fresh: nothing is lost); an unfinished one that differs,
// or one written before provenance was recorded, gives ErrCheckpoint naming what
// differs.
func loadCheckpoint(path string, cfg TrainConfig, prov provenance, params, m, v []float32) (step int, loss float64, err error) {
	st, err := inference.ReadSafetensorsFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return 0, 0, err
		}
		return 0, 0, fmt.Errorf("%w: %v", ErrCheckpoint, err)
	}
	var saved TrainConfig
	if err := json.Unmarshal([]byte(st.Metadata["train_config"]), &saved); err != nil {
		return 0, 0, fmt.Errorf("%w: %s: no training config in metadata", ErrCheckpoint, path)
	}
	step, err = strconv.Atoi(st.Metadata["step"])
	if err != nil || step < 0 || step > saved.Steps {
		return 0, 0, fmt.Errorf("%w: %s: bad step %q", ErrCheckpoint, path, st.Metadata["step"])
	}
	finished := step == saved.Steps
	var sp provenance
	var diffs []string
	if pj, ok := st.Metadata["provenance"]; !ok || json.Unmarshal([]byte(pj), &sp) != nil {
		diffs = []string{"no provenance recorded (written by an older poa)"}
	} else {
		diffs = prov.differences(sp, saved, cfg)
	}
	if len(diffs) > 0 {
		if finished {
			return 0, 0, fmt.Errorf("%w: %s is a finished run (step %d of %d) of another run: %s", errStaleCheckpoint, path, step, saved.Steps, strings.Join(diffs, "; "))
		}
		return 0, 0, fmt.Errorf("%w: %s (step %d of %d) was written for another run: %s (use the same data, base and flags to resume, or delete the checkpoint to start over)",
			ErrCheckpoint, path, step, saved.Steps, strings.Join(diffs, "; "))
	}
	for _, x := range []struct {
		name string
		dst  []float32
	}{{"params", params}, {"adam_m", m}, {"adam_v", v}} {
		t, ok := st.Tensors[x.name]
		if !ok || len(t.Shape) != 1 || t.Shape[0] != len(x.dst) || t.DType != "F32" {
			return 0, 0, fmt.Errorf("%w: %s: tensor %q missing or not %d float32 values (another model shape?)", ErrCheckpoint, path, x.name, len(x.dst))
		}
		copy(x.dst, t.Floats())
	}
	loss, _ = strconv.ParseFloat(st.Metadata["loss"], 64)
	return step, loss, nil
}

// HeldOutPermille is the share of documents, per mille, that training keeps out of
// its data to measure held-out loss (see HeldOut).
const HeldOutPermille = 20

// HeldOut reports whether a document is held out of training: the first 8 bytes of
// sha256("poa held-out v1\n" + text), read big-endian, modulo 1000 are below
// HeldOutPermille (2%). The rule depends on the text alone, so a document stays on
// its side when datanets grow, are reordered or combined, and a base model and the
// adapters over it hold out the same documents.
func HeldOut(text string) bool {
	h := sha256.Sum256([]byte("poa held-out v1\n" + text))
	return binary.BigEndian.Uint64(h[:8])%1000 < HeldOutPermille
}

// SplitHeldOut splits texts by HeldOut, keeping their order. When every text would be
// held out (a datanet of one or two documents), none is: training needs data more
// than the measurement does, and held comes back empty.
func SplitHeldOut(texts []string) (train, held []string) {
	for _, t := range texts {
		if HeldOut(t) {
			held = append(held, t)
		} else {
			train = append(train, t)
		}
	}
	if len(train) == 0 {
		return texts, nil
	}
	return train, held
}

// EvalLoss returns the mean next-token loss (nats per token) of m, with the adapter ad
// when it is non-nil, over data's stream cut into consecutive windows of T+1 tokens
// that overlap by one (the last one shorter), each scored from a fresh context, so
// every token but the first is predicted exactly once; and the number of tokens
// scored. It is deterministic and does not change the weights. T is clamped to
// [1, n_positions].
func EvalLoss(m *inference.Model[float32], ad *inference.Adapter[float32], data *Dataset, T int) (float64, int, error) {
	if data == nil || len(data.Stream) < 2 {
		return 0, 0, fmt.Errorf("%w: no held-out tokens", ErrNoData)
	}
	T = max(1, min(T, m.Cfg.NPositions))
	const B = 8
	var (
		acts  inference.Acts[float32]
		sum   float64
		count int
	)
	run := func(starts []int, T int) error {
		B := len(starts)
		tokens, targets := make([]int, B*T), make([]int, B*T)
		for b, s := range starts {
			copy(tokens[b*T:], data.Stream[s:s+T])
			copy(targets[b*T:], data.Stream[s+1:s+T+1])
		}
		bt := inference.Batch[float32]{Tokens: tokens, Targets: targets, B: B, T: T}
		if ad != nil {
			bt.Adapters = []*inference.Adapter[float32]{ad}
		}
		if err := m.Forward(&acts, bt); err != nil {
			return err
		}
		for _, l := range acts.Losses[:B*T] {
			sum += float64(l)
		}
		count += B * T
		return nil
	}
	n := len(data.Stream) - 1 // predictions
	var starts []int
	s := 0
	for ; s+T <= n; s += T {
		starts = append(starts, s)
		if len(starts) == B {
			if err := run(starts, T); err != nil {
				return 0, 0, err
			}
			starts = starts[:0]
		}
	}
	if len(starts) > 0 {
		if err := run(starts, T); err != nil {
			return 0, 0, err
		}
	}
	if rest := n - s; rest > 0 {
		if err := run([]int{s}, rest); err != nil {
			return 0, 0, err
		}
	}
	return sum / float64(count), count, nil
}

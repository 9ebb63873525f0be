package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"poa/gradients"
	"poa/inference"
	"poa/store"
)

func init() {
	train := &cobra.Command{
		Use:   "train",
		Short: "Train base models and LoRA adapters on datanets",
	}
	tc := gradients.DefaultTrainConfig()
	var (
		datanets []string
		cfgName  string
		name     string
		curve    string
		shape    inference.Config // non-zero fields override the named config
	)
	base := &cobra.Command{
		Use:   "base --datanet D [--datanet D2...] [--config tiny|small] [--steps N] [--seed S]",
		Short: "Train a tokenizer and a GPT-2 model from scratch on datanets; it becomes the current model",
		Long: `base trains a byte-level BPE tokenizer (the config's vocab size) and a GPT-2
model on the points of the datanets. Progress (steps/s, tokens/s, loss, ETA) goes to
stderr. Ctrl-C saves a checkpoint and exits; running the same command again resumes
and ends with the same weights as an uninterrupted run. See docs/model.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := inference.NamedConfig(cfgName)
			if err != nil {
				return err
			}
			// The shape flags override the config; 0 keeps the config's value.
			for _, o := range []struct {
				flag    string
				dst, v  *int
				lo, max int
			}{{"layers", &cfg.NLayer, &shape.NLayer, 1, 96}, {"width", &cfg.NEmbd, &shape.NEmbd, 1, 16384},
				{"heads", &cfg.NHead, &shape.NHead, 1, 256}, {"context", &cfg.NPositions, &shape.NPositions, 1, 1 << 16},
				{"vocab", &cfg.VocabSize, &shape.VocabSize, 257, 1 << 20}} {
				if *o.v == 0 {
					continue
				}
				if err := flagIn(o.flag, *o.v, o.lo, o.max); err != nil {
					return fmt.Errorf("%w (0 keeps the config's)", err)
				}
				*o.dst = *o.v
			}
			if err := cfg.Validate(); err != nil {
				return err
			}
			if err := tc.ValidateFor(cfg); err != nil {
				return err
			}
			return withStore(func(s *store.Store) error {
				bar, finishBar := trainBar(tc.Steps, "train "+name)
				opts := gradients.BaseOptions{Name: name, Datanets: datanets, Config: cfg, Train: tc}
				if curve != "" {
					cw, err := newCurveWriter(curve)
					if err != nil {
						return err
					}
					defer cw.close()
					bar = cw.progress(bar)
					opts.Eval = cw.eval
				}
				rec, res, err := gradients.TrainBase(cmd.Context(), s, opts, bar)
				finishBar()
				if err != nil {
					return err
				}
				out := struct {
					Model  inference.ModelRecord `json:"model"`
					Result gradients.Result      `json:"result"`
				}{rec, res}
				return emit(out, func() {
					fmt.Printf("model %s: %d params, %d layers × %d wide, vocab %d; %d steps, loss %.4f; %d tokens in %.1fs (%.0f tokens/s)\n",
						rec.Name, rec.Params, rec.Config.NLayer, rec.Config.NEmbd, rec.Config.VocabSize, rec.Steps, rec.Loss, res.Tokens, res.Seconds, float64(res.Tokens)/max(res.Seconds, 1e-9))
					printHeldOut(rec.HeldOut)
				})
			})
		},
	}
	base.Flags().StringSliceVar(&datanets, "datanet", nil, "datanet(s) to train on (repeat or comma-separate)")
	base.Flags().StringVar(&cfgName, "config", "small", "model size: tiny (seconds, for tests), small (the demo) or gpt2 (124M)")
	base.Flags().StringVar(&name, "name", "base", "model name")
	base.Flags().IntVar(&shape.NLayer, "layers", 0, "override the config's number of layers")
	base.Flags().IntVar(&shape.NEmbd, "width", 0, "override the config's width n_embd")
	base.Flags().IntVar(&shape.NHead, "heads", 0, "override the config's attention heads")
	base.Flags().IntVar(&shape.NPositions, "context", 0, "override the config's context n_positions")
	base.Flags().IntVar(&shape.VocabSize, "vocab", 0, "override the config's vocabulary size (BPE ids)")
	base.Flags().StringVar(&curve, "curve", "", "write the loss curve to this CSV file (step, tokens, lr, loss, grad_norm, seconds, held_out_loss)")
	trainFlags(base, &tc)

	atc := gradients.DefaultTrainConfig()
	atc.LR = 1e-2
	atc.Steps = 100
	var (
		adDatanets []string
		rank       int
		alpha      float64
		targets    string
		model      string
	)
	adapter := &cobra.Command{
		Use:   "adapter NAME --datanet D [--rank r --alpha a --targets attn,mlp] [--steps N]",
		Short: "Train a LoRA adapter on a datanet over the (frozen) current model",
		Long: `adapter trains LoRA matrices on the chosen linear layers of the current (or
--model) base model, which stays frozen. The adapter is written in PEFT format
(adapter_config.json, adapter_model.safetensors) under <data>/files/adapters/NAME.
Ctrl-C saves a checkpoint; re-running resumes.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ts, err := inference.ParseTargets(targets)
			if err != nil {
				return err
			}
			// Rank and --seq-len are checked against the base model by TrainAdapter,
			// before it writes anything.
			if err := atc.Validate(); err != nil {
				return err
			}
			return withStore(func(s *store.Store) error {
				bar, finishBar := trainBar(atc.Steps, "adapter "+args[0])
				rec, res, err := gradients.TrainAdapter(cmd.Context(), s, gradients.AdapterOptions{Name: args[0], Base: model, Datanets: adDatanets,
					Lora: inference.LoraConfig{Rank: rank, Alpha: alpha, Targets: ts}, Train: atc}, bar)
				finishBar()
				if err != nil {
					return err
				}
				out := struct {
					Adapter inference.AdapterRecord `json:"adapter"`
					Result  gradients.Result        `json:"result"`
				}{rec, res}
				return emit(out, func() {
					fmt.Printf("adapter %s on %s: rank %d, %s, %d params; %d steps, loss %.4f; %.0f tokens/s\n",
						rec.Name, rec.Base, rec.Lora.Rank, strings.Join(rec.Lora.Targets, ","), rec.Params, rec.Steps, rec.Loss, float64(res.Tokens)/max(res.Seconds, 1e-9))
					printHeldOut(rec.HeldOut)
				})
			})
		},
	}
	adapter.Flags().StringSliceVar(&adDatanets, "datanet", nil, "datanet(s) to train on")
	adapter.Flags().IntVar(&rank, "rank", 8, "LoRA rank r, at most the base model's width (n_embd)")
	adapter.Flags().Float64Var(&alpha, "alpha", 16, "LoRA alpha (scale = alpha/r; 0: alpha = r)")
	adapter.Flags().StringVar(&targets, "targets", "attn,mlp", "adapted layers: attn, mlp, all, or c_attn,attn.c_proj,c_fc,mlp.c_proj")
	adapter.Flags().StringVar(&model, "model", "", "base model (default: the current model)")
	trainFlags(adapter, &atc)
	bindSettings(adapter, "rank", "LoraConfig.Rank", "alpha", "LoraConfig.Alpha")
	train.AddCommand(base, adapter)
	rootCmd.AddCommand(train)
}

// trainFlags registers the training settings' flags; the ranges are those of
// gradients.TrainConfig.Validate, checked before anything is written.
func trainFlags(c *cobra.Command, tc *gradients.TrainConfig) {
	f := c.Flags()
	f.IntVar(&tc.Steps, "steps", tc.Steps, "optimizer steps (1 to 100000000)")
	f.IntVar(&tc.BatchSize, "batch", tc.BatchSize, "sequences per step (1 to 1024)")
	f.IntVar(&tc.SeqLen, "seq-len", tc.SeqLen, "tokens per sequence, at most the model's context (0: the model's context)")
	f.Float64Var(&tc.LR, "lr", tc.LR, "peak learning rate, in (0, 1] (cosine decay after warm-up)")
	f.IntVar(&tc.Warmup, "warmup", tc.Warmup, "warm-up steps (0: none)")
	f.Float64Var(&tc.WeightDecay, "weight-decay", tc.WeightDecay, "AdamW weight decay, in [0, 1]")
	f.Float64Var(&tc.GradClip, "clip", tc.GradClip, "gradient clipping: max global L2 norm (0: off)")
	f.Uint64Var(&tc.Seed, "seed", tc.Seed, "seed for initialization and data order")
	f.IntVar(&tc.CheckpointEvery, "checkpoint-every", tc.CheckpointEvery, "steps between checkpoints (0: only at the end and on Ctrl-C)")
	bindSettings(c, "steps", "TrainConfig.Steps", "batch", "TrainConfig.BatchSize", "seq-len", "TrainConfig.SeqLen",
		"lr", "TrainConfig.LR", "warmup", "TrainConfig.Warmup", "weight-decay", "TrainConfig.WeightDecay",
		"clip", "TrainConfig.GradClip", "checkpoint-every", "TrainConfig.CheckpointEvery")
}

func printHeldOut(h *inference.HeldOutLoss) {
	switch {
	case h == nil:
		fmt.Println("held-out loss: none held out (too few documents)")
	case h.BaseLoss != 0:
		fmt.Printf("held-out loss %.4f nats/token (base model %.4f) on %d documents, %d tokens\n", h.Loss, h.BaseLoss, h.Docs, h.Tokens)
	default:
		fmt.Printf("held-out loss %.4f nats/token, %.4f nats/byte on %d documents, %d tokens\n", h.Loss, h.NatsPerByte, h.Docs, h.Tokens)
	}
}

// curveWriter writes a training run's loss curve as CSV, one row per step; the
// held-out loss column is filled at the steps where it was measured.
type curveWriter struct {
	f       *os.File
	pending *gradients.Progress
}

func newCurveWriter(path string) (*curveWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	_, err = fmt.Fprintln(f, "step,tokens,lr,loss,grad_norm,seconds,held_out_loss")
	return &curveWriter{f: f}, err
}

func (c *curveWriter) flush(held string) {
	if p := c.pending; p != nil {
		fmt.Fprintf(c.f, "%d,%d,%.6g,%s,%.6g,%.1f,%s\n", p.Step, p.Tokens, p.LR, strconv.FormatFloat(p.Loss, 'g', -1, 64), p.GradNorm, p.Elapsed.Seconds(), held)
		c.pending = nil
	}
}

func (c *curveWriter) progress(next func(gradients.Progress)) func(gradients.Progress) {
	return func(p gradients.Progress) {
		c.flush("")
		c.pending = &p
		next(p)
	}
}

func (c *curveWriter) eval(step int, loss float64) {
	if c.pending != nil && c.pending.Step == step {
		c.flush(strconv.FormatFloat(loss, 'f', 6, 64))
		return
	}
	c.flush("")
	fmt.Fprintf(c.f, "%d,,,,,,%.6f\n", step, loss)
}

func (c *curveWriter) close() {
	c.flush("")
	c.f.Close()
}

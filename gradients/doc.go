// Package gradients holds the backward pass of poa's GPT-2 model (package
// inference), training with AdamW, per-example LoRA gradients and LoGra-style
// gradient sketches for attribution.
//
// # Backward
//
// Backward is hand-written per layer, llm.c style: the forward of each layer lives in
// inference.Model.Forward, which saves what the backward needs in inference.Acts; the
// backward here reads those activations. No autograd graph. It accumulates the
// gradient of L = Σ_i w_i·(−log p(target_i)) into the buffers Grads names: all base
// parameters (an inference.Params of the same layout), LoRA parameters (an
// inference.Adapter per batch row or one for all), and a LinearObserver that sees the
// factors (input x, output gradient dy) of each linear layer's weight gradient xᵀ·dy.
//
// Gradient checks (gradcheck_test.go) compare every tensor's gradient, base and LoRA,
// against central finite differences of the float64 instantiation of the same forward
// (h = 1e-5, tolerance 1e-6 relative; observed ≤ 2e-9).
//
// # Training
//
// Train runs AdamW (decoupled weight decay on matrices only, for the base model),
// global-norm gradient clipping, linear warm-up then cosine decay (TrainConfig.LRAt),
// on windows of a Dataset drawn by a generator seeded with (Seed, step). Either the
// whole model or only an adapter (base frozen) is trained. Checkpoints (safetensors:
// params, Adam moments, step and config in metadata) are written atomically; a run
// killed with SIGKILL and resumed ends bit-identical to an uninterrupted one (every
// kernel sums in a fixed order, independent of GOMAXPROCS). Losses are in nats.
// TrainWithHook calls a hook at every checkpoint step and at the end, with the weights
// of that step, for TracIn-style sketches at checkpoints.
//
// # For attribution (package influence)
//
//	proj, _ := gradients.NewProjector(cfg, adapter.Cfg.Targets, kIn, kOut, seed)
//	sk, losses, _ := gradients.ExampleSketches(ctx, model, adapter, seqs, proj, nil)  // [example][proj.Dim()]
//	q, loss, _ := gradients.QuerySketch(model, adapter, prompt, output, proj)          // [proj.Dim()]
//	tok, _, _ := gradients.TokenSketches(ctx, model, adapter, prompt, output, proj, nil) // [output token][proj.Dim()]
//	q, _, tok, _, _ = gradients.QueryAndTokenSketches(ctx, model, adapter, prompt, output, proj, nil) // both, one forward
//	g, _, _ := gradients.PerLayerGrads(ctx, model, adapter, seqs, nil)                  // [example][layer block][r·in + out·r]
//	full, _, _ := gradients.PerExampleGrads(ctx, model, adapter, seqs, nil)            // [example][len(model.P.Data)]
//
// A sketch is LoGra's structured projection of the gradient of a linear layer's
// (effective) weight: per sketched layer, S = Σ_t (P_out δ_t)(P_in x_t)ᵀ, k_out×k_in,
// row-major; blocks concatenated layer-major in target order. Example losses are
// mean next-token losses of each sequence (gradients are of that mean); a query's is
// the mean over its output tokens; a token sketch is of −log p of that token.
// Per-example quantities come from one batched forward and backward (rows do not
// interact), never from one pass per example; the tests check them against
// single-example batches and against projections of materialized gradients.
// TokenSketches shares one forward among all output tokens and runs each token's
// backward over its causal prefix only, the prefixes packed into one backward
// (tokens.go); TokenSketchesReference, a full forward and backward per token, is the
// baseline it is tested and benchmarked against. QueryAndTokenSketches returns the
// query sketch and the token sketches from that one forward (the query's mean loss is
// over the same batch), bit for bit what QuerySketch and TokenSketches return.
//
// # Errors and panics
//
// A Backward called with activations of another batch, or buffers of another shape,
// is a programmer error and panics. Data problems (no tokens, a checkpoint of another
// run, a NaN loss) return errors wrapping the sentinels in errors.go.
package gradients

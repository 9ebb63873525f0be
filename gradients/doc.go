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
// (h = 1e-5, tolerance 1e-6 relative; observed ≈ 2e-10).
//
// # Errors and panics
//
// A Backward called with activations of another batch, or buffers of another shape,
// is a programmer error and panics. Data problems (no tokens, a checkpoint of another
// run, a NaN loss) return errors wrapping the sentinels in errors.go.
package gradients

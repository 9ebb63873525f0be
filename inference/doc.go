// Package inference is poa's GPT-2-architecture decoder: exactly GPT-2 (token and
// learned position embeddings, pre-LayerNorm blocks, causal multi-head attention,
// tanh-GELU MLP of 4× width, final LayerNorm, LM head tied to the token embedding),
// so Hugging Face GPT-2 checkpoints load unchanged.
//
// # Weights and files
//
// Params keeps every weight in one flat vector in Hugging Face tensor order (Layout),
// with named views. Conv1D weights are [in, out]: a linear layer is y = x·W + b.
// A model folder holds config.json (transformers.GPT2Config field names) and
// model.safetensors (names like "h.0.attn.c_attn.weight"; a "transformer." prefix is
// accepted on load, the attention-mask buffers and a tied lm_head are ignored).
// F32, F16, BF16 and F64 tensors load; files are written F32.
//
// # Forward, generation, scoring
//
// Model.Forward runs a batch of B rows of T tokens and keeps every activation the
// backward pass (package gradients) needs in Acts. Logits are float32 (or T); log
// partitions and losses are computed in float64 then stored. Generate uses a
// KVCache; Sampling is greedy at temperature 0, else temperature/top-k/top-p with a
// seeded PCG generator (same seed, same output). Score gives per-token log-probs
// (natural log). An ActivationHook receives per-token hidden states of chosen layers
// (influence/lm pools them into embeddings).
//
// # LoRA and serving
//
// An Adapter adds (alpha/r)·x·Aᵀ·Bᵀ to chosen linear layers (c_attn, attn.c_proj,
// c_fc, mlp.c_proj), with PEFT's layouts (A [r,in], B [out,r]) and names, so
// adapter_model.safetensors + adapter_config.json are PEFT-compatible. A batch can
// give each row its own adapter; Server keeps one base model and an LRU of adapters
// bounded in bytes, and never copies the base weights. Server.Decode batches
// concurrent requests continuously (S-LoRA/Punica on the CPU): one decode loop whose
// every step is one Forward over all active sequences, each row with its own KV
// cache, position and adapter (Batch.Caches), the base products shared by the rows
// and the low-rank products run per adapter; each request's tokens and log-probs are
// those it gets alone (Model.Decode). docs/serving.md has the measurements.
//
// # Errors and panics
//
// Data problems return errors wrapping the sentinels of errors.go and naming the
// file, tensor, row or position: token ids out of range, sequences longer than
// n_positions, missing or mis-shaped tensors, truncated files. Inconsistent
// arguments from the caller (a Batch whose fields disagree on B and T) panic.
//
// Dropout is not implemented (GPT-2 uses 0.1 in pre-training; our training runs
// without it), so training and inference forward passes are the same function.
package inference

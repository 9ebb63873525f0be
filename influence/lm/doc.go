// Package lm attributes the language model's outputs: it builds the gradient sketch
// store of an adapter (LoGra sketches of every training data point, from package
// gradients, and their preconditioned copy under the damped empirical Fisher in
// sketch space) and attributes an inference (generate, sketch the output's loss and
// each output token's loss, scan the preconditioned sketches for the top data points,
// add the informative suffix-array spans, building the index first when it is missing
// or stale unless Options.Index is IndexRequire, and fuse).
//
// Sketch files (store kind "sketch"): "<adapter>.raw" holds the sketches g_i,
// "<adapter>.pre" holds (F + λI)⁻¹g_i with F = Σ_i g_i g_iᵀ and λ = Damping (default
// 0.1·tr(F)/k). Their records carry the projection (k_in, k_out, seed, targets) and the
// model and adapter sha256, so a sketch built for other weights is refused (ErrStale).
//
// Evidence commitments (commit.go, commit_set.go): Commit commits the monolithic
// "<adapter>.pre" file; CommitSet commits a sketch set (influence/shard) instead, and
// the commitment's Set then stands for the sketch record. Attribute, ScoreStatement,
// ChallengeRecord and VerifyRecord read the sketches the commitment names: a set is
// opened through the SetOpener influence/shard registers (ErrNoSetOpener without it).
//
// Embedding candidates (embeddings.go): BuildEmbeddings stores each point's
// mean-pooled hidden state of one layer of the base model as an influence/embed file
// with a store.KindIndex record (EmbedKey) holding the model sha256 and the point ids;
// Attribute with Options.Candidates restricts its scans to the nearest points of the
// prompt+output's embedding and records the index's identity. A stale or damaged index
// is refused (ErrStaleEmbeddings, or the embed package's file errors).
//
// Costs: BuildSketches runs one forward and backward per batch of points and an
// O(n·k²) preconditioning; Attribute runs one generation, one forward over
// prompt+output shared by the output's backward and the output tokens' (one per batch
// of tokens, each over its causal prefix), and two passes over the n·k sketch floats:
// one for the output, one for all its tokens together (ScanRowsMany,
// influence.ScanTopKMany; per token with an accelerator).
package lm

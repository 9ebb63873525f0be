// Package influence attributes a model's output to the training data points that
// shaped it: gradient scorers over per-example gradients or their sketches, the scan
// that applies them to every stored sketch, evaluation metrics, and the fusion rule
// that turns gradient scores and suffix-array span evidence into fixed-point scores per
// data point and per contributor, written as an attribution record.
//
// # Scorers
//
// Scorers are model-agnostic. They consume training-side gradients through the small
// Gradients interface (an n×k row-major float32 matrix with a data point id per row;
// store.SketchFile and Dense implement it) and a query: one gradient (or sketch) of the
// query's loss per checkpoint, with the same k. Implemented:
//
//   - TracInCP: Σ_c η_c q_c·g_c(z) over checkpoints c with learning rates η_c.
//   - Influence: q·P⁻¹g(z) with P a damped curvature matrix in gradient or sketch space,
//     usually the empirical Fisher F = Σ_i g_i g_iᵀ + λI (EmpiricalFisher), or an exact
//     Hessian where one is known. The training rows are preconditioned once
//     (Preconditioner.Apply, a Cholesky solve per row) so that scoring is one pass of
//     dot products over the preconditioned rows.
//   - DataInf: the closed form of Kwon et al. for LoRA layers: per layer l
//     λ_l = mean_i(mean_j g_ilj²)/10, h_l = 1/(nλ_l) Σ_i [v_l − (v_l·g_il)/(λ_l+‖g_il‖²) g_il],
//     score(z) = Σ_l h_l·g_l(z): no matrix inverse, two passes per query.
//   - TRAK: an ensemble over models (or projections) m of φ_m(q)ᵀ(Φ_mᵀΦ_m + ρI)⁻¹φ_m(z),
//     averaged over m, with a small ridge ρ.
//
// Sign convention, for every scorer: a positive score means the training point is a
// proponent: it lowers the query's loss, and removing it would raise the loss. For
// Influence with the exact Hessian of a summed objective, the score approximates that
// increase of the query loss (leave-one-out, first order).
//
// # Scan
//
// ScanTopK and AddDots are the hot loop: the rows are cut into blocks of about 256
// KiB, processed in parallel over GOMAXPROCS goroutines with an AVX2 dot product where
// the CPU has it (github.com/viterin/vek), and the k best rows are selected with a
// bounded heap per worker (O(n log k)), never by sorting all n scores (for scores
// already in a slice, kernels.TopK selects the same way).
//
// # Units and errors
//
// Gradient scores are float64 in the units of the loss (unnormalised). Fixed-point
// scores (records, settlement) are uint64 with ScoreScale units per 1.0. Shape
// mismatches between a query and the training rows are programmer errors and panic;
// bad data (non-finite values, unknown data points, bad records) returns errors
// wrapping the sentinels in errors.go.
package influence

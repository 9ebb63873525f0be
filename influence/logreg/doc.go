// Package logreg is the ground truth for poa's influence scorers: multinomial logistic
// regression, a convex model whose per-example gradients and Hessian are exact, trained
// to convergence by Newton's method, and an evaluation that removes training points,
// retrains, and compares the measured change of each test point's loss with every
// scorer's prediction (leave-one-out correlation), plus mislabel detection by
// self-influence.
//
// # Model
//
// Parameters W are C×D (D = features + 1 for the bias), flattened row-major, so that
// the per-example gradient is (p − e_y) ⊗ x with x the standardised features and a
// trailing 1. The objective is the summed loss R(W) = Σ_i −log softmax(W x_i)_{y_i}
// + (L2/2)‖W‖², so removing point i moves the optimum by about H⁻¹g_i and a test
// point's loss by about g_testᵀH⁻¹g_i: the "influence" score of package influence, in
// loss units, without a 1/n factor.
//
// # Protocol (Eval)
//
//  1. Read the CSV (last column = class), shuffle with the seed, split off TestFrac for
//     testing, standardise features with the training mean and deviation.
//  2. Train by damped Newton to ‖∇R‖∞ ≤ 1e-9.
//  3. Build every scorer from the exact per-example gradients (float32 rows).
//  4. Remove each of LOO randomly chosen training points in turn and retrain exactly
//     (warm start at the optimum, iterations W ← W − H⁻¹∇R₋ᵢ(W) with the full-data
//     Hessian H, until ‖∇R₋ᵢ‖∞ ≤ 1e-9); record each test point's loss change.
//  5. Per test point, correlate (Pearson, Spearman) predicted and actual changes over
//     the removed points; report the mean over test points (loo_pearson, loo_spearman).
//  6. Flip MislabelFrac of the training labels to another class, retrain, rank points
//     by each scorer's self-influence and report the AUC of finding the flipped ones.
//
// All randomness comes from Settings.Seed (PCG), so a run reproduces exactly.
//
// Data errors (a malformed CSV, one class only) are returned as errors naming the file
// and line; shape mismatches in calls panic.
package logreg

// Package circuits holds poa's gnark circuits over BN254 and the native (out-of-circuit)
// definitions they prove: the reward-split circuit, the scores commitment and the payout
// fingerprint. It does no I/O and knows nothing of keys, files or the chain.
//
// # RewardSplit
//
// RewardSplit proves that a list of at most N payouts is the exact integer split of a
// data fee among committed per-contributor scores (docs/settlement-abi.md):
//
//	S = Σ s_i, payout_i = floor(dataFee·s_i / S) (all 0 when S = 0),
//	remainder = dataFee − Σ payout_i, 0 ≤ remainder < max(n,1) when S > 0.
//
// Public inputs, in this order: Epoch, Commitment, DataFee, Gamma, Fingerprint.
// Everything else (count n, rows of address, score, payout, per-row division remainder,
// active flags and the split remainder) is private.
//
// Units and bounds: scores are fixed-point unsigned integers < 2^64 (influence.ScoreScale
// units); fees and payouts are OPEN base units < 2^96; addresses are 160-bit integers;
// N ≤ MaxSize = 1024 so that S < 2^74. With these bounds every product in the circuit is
// below 2^171, far under the field order r ≈ 2^254, so no equation can wrap: each bound
// is enforced with std/rangecheck (a LogUp argument; under Groth16 it adds one Pedersen
// commitment, so proofs for the Solidity verifier must use the Solidity prover option).
//
// The floor is proven without division: dataFee·s_i = payout_i·S' + q_i with
// 0 ≤ q_i < S', S' = S + [S = 0]. Padding rows (i ≥ n) carry zero address, score and
// payout; the active flags are a monotone 1…10…0 sequence summing to n.
//
// # Commitment and fingerprint
//
// ScoresCommitment is a Merkle–Damgård chain of the Poseidon2 compression function of
// gnark-crypto (BN254, width 2, 6 full and 50 partial rounds, the default parameters),
// with zero IV, over the field elements
//
//	n, addr_0·2^64 + s_0, …, addr_{n−1}·2^64 + s_{n−1}
//
// (address and score packed into one element, injective since addr < 2^160 and
// s < 2^64; this halves the hashing cost per contributor). It does not depend on N.
//
// Fingerprint is Σ_{i<n} addr_i·γ^(2i+1) + payout_i·γ^(2i+2) mod r. The settlement
// contract recomputes it from calldata with γ = keccak(...) mod r (prover.Gamma), which
// binds the paid list to the proven witness by Schwartz–Zippel.
//
// # Errors and panics
//
// Define and the native functions panic on programmer errors (a circuit whose slices
// have different lengths, N outside [1, MaxSize]); Assign returns errors (wrapping the
// sentinels of errors.go) for data that cannot form a witness: values out of range,
// too many contributors, mismatched lengths.
package circuits

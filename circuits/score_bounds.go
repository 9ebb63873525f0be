package circuits

import "math/bits"

// Bounds of the attribution score circuit (ScoreCircuit) and its native twins.
const (
	// QuantBits is the width of a quantized sketch or query value: v + 2^15 < 2^16.
	QuantBits = 16
	// QuantMax bounds a quantized value: |v| ≤ QuantMax.
	QuantMax = 1<<(QuantBits-1) - 1
	// PackPer is the number of quantized values packed into one field element,
	// Σ_t (v_t + 2^15)·2^(16t) < 2^240.
	PackPer = 15
	// MaxDepth bounds the depth of a sketch tree.
	MaxDepth = 32
	// MaxScoreK bounds the sketch dimension K: |s| ≤ K·2^30 ≤ 2^42.
	MaxScoreK = 4096
	// MaxCandidates bounds the number M of candidate rows of a ScoreCircuit.
	MaxCandidates = 1024
	// TotalBits bounds a per-contributor total: < 2^64 (it is < M·2^43 ≤ 2^53).
	TotalBits = ScoreBits

	// PointBits bounds a point hash (PointHash keeps 31 bytes of a SHA-256).
	PointBits = 248
	// quantOffset is 2^15, the shift that makes a quantized value non-negative.
	quantOffset = 1 << (QuantBits - 1)
)

// ScoreBitsFor is the bit width of the positive and negative parts of a score of
// dimension k: each product q_j·g_j has |q_j·g_j| ≤ 2^30 (the circuit admits values in
// [−2^15, 2^15−1], a superset of [−QuantMax, QuantMax]), so |s| ≤ k·2^30 < 2^(30+len(k))
// with len(k) the bit length of k. For k = MaxScoreK = 4096 this is 43 bits.
func ScoreBitsFor(k int) int {
	return 2*(QuantBits-1) + bits.Len(uint(k))
}

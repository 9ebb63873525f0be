package prover

import "math/big"

// Split divides dataFee among scores exactly: payout_i = floor(dataFee·s_i / S) with
// S = Σ s_i (every payout 0 when S = 0), and remainder = dataFee − Σ payout_i, so that
// Σ payouts + remainder = dataFee. When S > 0, 0 ≤ remainder < len(scores).
// It is the witness source of the RewardSplit circuit. dataFee is not modified.
// It panics if dataFee is nil or negative (a programmer error: fees are checked when
// they are decoded).
func Split(dataFee *big.Int, scores []uint64) (payouts []*big.Int, remainder *big.Int) {
	if dataFee == nil || dataFee.Sign() < 0 {
		panic("prover: Split of a nil or negative fee")
	}
	total := new(big.Int)
	for _, s := range scores {
		total.Add(total, new(big.Int).SetUint64(s))
	}
	payouts = make([]*big.Int, len(scores))
	remainder = new(big.Int).Set(dataFee)
	num := new(big.Int)
	for i, s := range scores {
		payouts[i] = new(big.Int)
		if total.Sign() == 0 || s == 0 {
			continue
		}
		num.Mul(dataFee, new(big.Int).SetUint64(s))
		payouts[i].Quo(num, total)
		remainder.Sub(remainder, payouts[i])
	}
	return payouts, remainder
}

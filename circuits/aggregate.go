package circuits

import (
	"math/big"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// Bounds of the epoch aggregation (# Epoch aggregation in the package documentation).
const (
	// AggScale is the number of epoch-score units one record hands out in total (at most;
	// the floors lose up to one unit per row). It equals influence.ScoreScale.
	AggScale = 1_000_000
	// ShareBits bounds a record row's share: floor(AggScale·g/G) ≤ AggScale < 2^ShareBits.
	ShareBits = 20
	// MaxRecords bounds the record slots R of an aggregation shape.
	MaxRecords = 1024
	// MaxRecordRows bounds the rows C per record slot: a record total G < C·2^64 ≤ 2^74
	// (SumBits), so every division remainder is range-checked in SumBits.
	MaxRecordRows = 1024
)

// RecordRows are the attested per-contributor rows of one attribution record, as the
// score circuit commits them (ScoreStatement.Totals): distinct addresses in ascending
// order, each with its total g > 0 of positive candidate scores. Commitment is the
// ScoreCircuit's public Commitment.
type RecordRows struct {
	Addrs  []*big.Int // 160-bit contributor addresses, strictly increasing
	Scores []uint64   // g_c > 0
}

// Commitment returns ScoresCommitment(r.Addrs, r.Scores), the value a score proof of the
// record attests. It panics as ScoresCommitment does.
func (r RecordRows) Commitment() *big.Int { return ScoresCommitment(r.Addrs, r.Scores) }

// Total returns G = Σ_c g_c as an exact integer.
func (r RecordRows) Total() *big.Int {
	g := new(big.Int)
	for _, s := range r.Scores {
		g.Add(g, new(big.Int).SetUint64(s))
	}
	return g
}

// Shares returns each row's proven contribution to the epoch, floor(AggScale·g_c / G)
// with G = Σ_c g_c (all 0 when G = 0), in row order. Their sum is at most AggScale.
// It panics if the lists differ in length.
func (r RecordRows) Shares() []uint64 {
	if len(r.Addrs) != len(r.Scores) {
		panic("circuits: RecordRows: addrs and scores differ in length")
	}
	total := r.Total()
	out := make([]uint64, len(r.Scores))
	if total.Sign() == 0 {
		return out
	}
	num := new(big.Int)
	for i, s := range r.Scores {
		num.SetUint64(s)
		num.Mul(num, big.NewInt(AggScale))
		out[i] = num.Quo(num, total).Uint64()
	}
	return out
}

// EpochScores returns the epoch rows the records give: per contributor the sum of its
// shares over all records, for the contributors whose sum is positive, in ascending
// address order (the rows a RewardSplit commits). It panics as Shares does.
func EpochScores(records []RecordRows) (addrs []*big.Int, scores []uint64) {
	sum := map[string]uint64{}
	byKey := map[string]*big.Int{}
	for _, rec := range records {
		for i, s := range rec.Shares() {
			if s == 0 {
				continue
			}
			k := rec.Addrs[i].Text(16)
			if _, ok := byKey[k]; !ok {
				byKey[k] = new(big.Int).Set(rec.Addrs[i])
			}
			sum[k] += s
		}
	}
	for _, a := range byKey {
		addrs = append(addrs, a)
	}
	slices.SortFunc(addrs, func(a, b *big.Int) int { return a.Cmp(b) })
	scores = make([]uint64, len(addrs))
	for i, a := range addrs {
		scores[i] = sum[a.Text(16)]
	}
	return addrs, scores
}

// RecordsDigest returns the Poseidon2 chain (zero IV, width-2 compression, as
// ScoresCommitment) over t, c_0, …, c_{t−1}: the digest of the opened record
// commitments that the circuits output publicly so that the settlement's challenge γ
// can depend on them (# Epoch aggregation). Each c_r is reduced mod r.
func RecordsDigest(commitments []*big.Int) *big.Int {
	perm := poseidon2.NewDefaultPermutation()
	var h, x fr.Element
	x.SetUint64(uint64(len(commitments)))
	h = compressNative(perm, h, x)
	for _, c := range commitments {
		x.SetBigInt(c)
		h = compressNative(perm, h, x)
	}
	return h.BigInt(new(big.Int))
}

// RecordsFingerprint returns Σ_{r<t} c_r·γ^(r+1) mod r over the attested record
// commitments in the epoch's order: the value the settlement contract computes from
// attestations[record].commitment (t mulmods). gamma is reduced mod r first.
func RecordsFingerprint(gamma *big.Int, commitments []*big.Int) *big.Int {
	var g, pow, acc, t, v fr.Element
	g.SetBigInt(gamma)
	pow.SetOne()
	for _, c := range commitments {
		pow.Mul(&pow, &g)
		v.SetBigInt(c)
		t.Mul(&v, &pow)
		acc.Add(&acc, &t)
	}
	return acc.BigInt(new(big.Int))
}

// AttributedFingerprint returns the one fingerprint an AttributedSplit opens publicly:
// payoutFingerprint + γ^(2·MaxSize+1)·(dataFee + recordFingerprint) mod r, with
// payoutFingerprint = Fingerprint(γ, addrs, payouts) and recordFingerprint =
// RecordsFingerprint(γ, the attested commitments), so that the fee sits at power
// 2·MaxSize+1 and record r's commitment at 2·MaxSize+2+r, above every payout power. The
// settlement contract computes the same from calldata and the attested commitments.
func AttributedFingerprint(gamma, dataFee, payoutFingerprint, recordFingerprint *big.Int) *big.Int {
	var g, pow, acc, v fr.Element
	g.SetBigInt(gamma)
	pow.Exp(g, big.NewInt(recordPowExp))
	acc.SetBigInt(dataFee)
	v.SetBigInt(recordFingerprint)
	acc.Add(&acc, &v)
	acc.Mul(&acc, &pow)
	v.SetBigInt(payoutFingerprint)
	acc.Add(&acc, &v)
	return acc.BigInt(new(big.Int))
}

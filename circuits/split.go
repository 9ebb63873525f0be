package circuits

import (
	"fmt"
	"math/bits"

	"github.com/consensys/gnark/frontend"
	stdbits "github.com/consensys/gnark/std/math/bits"
)

// RewardSplit is the reward-split circuit of fixed size N = len(Addr). Build an empty
// one for compilation with NewRewardSplit(N) and a witness with Assign.
type RewardSplit struct {
	// Public inputs, in the order of docs/settlement-abi.md.
	Epoch       frontend.Variable `gnark:",public"`
	Commitment  frontend.Variable `gnark:",public"`
	DataFee     frontend.Variable `gnark:",public"`
	Gamma       frontend.Variable `gnark:",public"`
	Fingerprint frontend.Variable `gnark:",public"`

	// Count is the number n ≤ N of real rows.
	Count frontend.Variable
	// Remainder is dataFee − Σ payouts, paid to the remainder recipient.
	Remainder frontend.Variable
	// Rows; rows i ≥ Count are padding and must be zero.
	Active []frontend.Variable // 1 for i < Count, 0 after
	Addr   []frontend.Variable
	Score  []frontend.Variable
	Payout []frontend.Variable
	// RowRem is dataFee·s_i − payout_i·S' (the division remainder of row i).
	RowRem []frontend.Variable
}

// NewRewardSplit returns an unassigned circuit of size n, for compilation.
// It panics if n is outside [1, MaxSize].
func NewRewardSplit(n int) *RewardSplit {
	checkSize(n)
	return &RewardSplit{
		Active: make([]frontend.Variable, n),
		Addr:   make([]frontend.Variable, n),
		Score:  make([]frontend.Variable, n),
		Payout: make([]frontend.Variable, n),
		RowRem: make([]frontend.Variable, n),
	}
}

func checkSize(n int) {
	if n < 1 || n > MaxSize {
		panic(fmt.Sprintf("circuits: RewardSplit size %d outside [1, %d]", n, MaxSize))
	}
}

// Size is the circuit's batch size N.
func (c *RewardSplit) Size() int { return len(c.Addr) }

// Define declares the reward-split constraints (see the package documentation).
// It panics if the row slices differ in length or N is outside [1, MaxSize].
func (c *RewardSplit) Define(api frontend.API) error {
	n := len(c.Addr)
	checkSize(n)
	if len(c.Active) != n || len(c.Score) != n || len(c.Payout) != n || len(c.RowRem) != n {
		panic("circuits: RewardSplit rows differ in length")
	}
	rc := newBitChecker(api)
	rc.Check(c.Epoch, EpochBits)
	rc.Check(c.DataFee, FeeBits)

	// S and S' = S + [S = 0]: the divisor, 1 when all scores are zero (then every
	// payout is forced to 0 and the remainder to the whole fee).
	total := frontend.Variable(0)
	for i := range n {
		total = api.Add(total, c.Score[i])
	}
	zero := api.IsZero(total)
	divisor := api.Add(total, zero)

	com := newRowCommitter(api, c.Count)
	fp := newFingerprinter(api, c.Gamma)
	count := frontend.Variable(0)
	paid := frontend.Variable(0)
	prev := frontend.Variable(1)
	for i := range n {
		active := c.Active[i]
		assertMonotoneFlag(api, prev, active)
		count = api.Add(count, active)
		prev = active

		rc.Check(c.Addr[i], AddrBits)
		rc.Check(c.Score[i], ScoreBits)
		rc.Check(c.Payout[i], FeeBits)
		assertPadding(api, active, c.Addr[i], c.Score[i], c.Payout[i])
		assertFloorDiv(api, rc, c.DataFee, c.Score[i], divisor, c.Payout[i], c.RowRem[i], sumBits(n))

		com.absorb(active, c.Addr[i], c.Score[i])
		fp.add(c.Addr[i])
		fp.add(c.Payout[i])
		paid = api.Add(paid, c.Payout[i])
	}
	api.AssertIsEqual(count, c.Count)
	api.AssertIsEqual(com.state, c.Commitment)
	api.AssertIsEqual(fp.acc, c.Fingerprint)

	// Σ payouts + remainder = fee, and 0 ≤ remainder < max(n,1) when S > 0.
	api.AssertIsEqual(api.Add(paid, c.Remainder), c.DataFee)
	rc.Check(c.Remainder, FeeBits)
	nonEmpty := api.Add(c.Count, api.IsZero(c.Count))
	slack := api.Mul(api.Sub(1, zero), api.Sub(nonEmpty, 1, c.Remainder))
	rc.Check(slack, bits.Len(uint(n)))
	return nil
}

// assertMonotoneFlag constrains flag to be boolean and flag ≤ prev (prev boolean), so
// that the flags of a circuit read 1…1 0…0.
func assertMonotoneFlag(api frontend.API, prev, flag frontend.Variable) {
	api.AssertIsBoolean(flag)
	api.AssertIsEqual(api.Mul(flag, api.Sub(1, prev)), 0)
}

// assertPadding forces addr, score and payout to zero on an inactive row. The three are
// range-checked non-negative and < 2^161 in total, so their sum is zero only if each is.
func assertPadding(api frontend.API, active, addr, score, payout frontend.Variable) {
	api.AssertIsEqual(api.Mul(api.Sub(1, active), api.Add(addr, score, payout)), 0)
}

// assertFloorDiv proves quo = floor(fee·s / div) for fee < 2^96, s < 2^64, quo < 2^96
// (range-checked by the caller) and 1 ≤ div < 2^divBits, divBits ≤ SumBits (div is a sum
// of range-checked scores, so the caller knows its bound): fee·s = quo·div + rem with
// 0 ≤ rem < div (rem and div − 1 − rem both < 2^divBits: a negative one would be a field
// element above r − 2^divBits). Both sides are below 2^171 < r, so the field equation is
// an integer one.
func assertFloorDiv(api frontend.API, rc frontend.Rangechecker, fee, s, div, quo, rem frontend.Variable, divBits int) {
	api.AssertIsEqual(api.Mul(fee, s), api.Add(api.Mul(quo, div), rem))
	rc.Check(rem, divBits)
	rc.Check(api.Sub(div, 1, rem), divBits)
}

// sumBits bounds the sum of n scores < 2^ScoreBits (n ≥ 1): it is at most n·(2^64 − 1)
// < 2^(ScoreBits + ⌈log2 n⌉), and ≤ SumBits for n ≤ MaxSize.
func sumBits(n int) int { return ScoreBits + bits.Len(uint(n-1)) }

// bitChecker range-checks by binary decomposition (gnark's std/math/bits): v < 2^k costs
// k boolean constraints and one linear equation in R1CS. Unlike std/rangecheck (a LogUp
// argument over a committed table, fewer constraints), it adds no commitment to the
// constraint system, so the exported Groth16 verifier runs one pairing check with no
// Pedersen proof-of-knowledge check and no hash to the field, and a proof is 256 bytes.
// The split circuits use it because their proof is verified in every settlement.
type bitChecker struct{ api frontend.API }

func newBitChecker(api frontend.API) bitChecker { return bitChecker{api: api} }

// Check constrains 0 ≤ v < 2^k (as an integer below r) for 1 ≤ k < 254.
func (b bitChecker) Check(v frontend.Variable, k int) {
	stdbits.ToBinary(b.api, v, stdbits.WithNbDigits(k))
}

// fingerprinter accumulates Σ v_k·γ^(k+1) over the values added in order.
type fingerprinter struct {
	api        frontend.API
	gamma, pow frontend.Variable
	acc        frontend.Variable
}

func newFingerprinter(api frontend.API, gamma frontend.Variable) *fingerprinter {
	return &fingerprinter{api: api, gamma: gamma, pow: gamma, acc: 0}
}

func (f *fingerprinter) add(v frontend.Variable) {
	f.acc = f.api.Add(f.acc, f.api.Mul(v, f.pow))
	f.pow = f.api.Mul(f.pow, f.gamma)
}

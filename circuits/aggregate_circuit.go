package circuits

import (
	"fmt"
	"math/bits"

	"github.com/consensys/gnark/frontend"
)

func checkAggShape(r, c int) {
	if r < 1 || r > MaxRecords || c < 1 || c > MaxRecordRows {
		panic(fmt.Sprintf("circuits: aggregation shape (records=%d, rows=%d) outside [1, %d]×[1, %d]", r, c, MaxRecords, MaxRecordRows))
	}
}

// AttributedSplit is RewardSplit with the epoch scores proven to be the aggregation of
// the epoch's attested records (design (a) of # Epoch aggregation, the one the product
// is to use): the split's rows (Addr, Score) are constrained to be the canonical epoch
// rows of the records opened in Records. Public inputs, in this order: Commitment,
// Gamma, Fingerprint, RecordDigest (four, against RewardSplit's five plus two). Epoch and
// DataFee are private: the epoch is bound only through Gamma (the contract hashes it into
// γ; the circuit only range-checks it), and the data fee, the payouts and the opened
// records' commitments are all bound by the one Fingerprint, AttributedFingerprint:
//
//	Σ_i addr_i·γ^(2i+1) + payout_i·γ^(2i+2) + γ^(2·MaxSize+1)·(dataFee + Σ_r c_r·γ^(r+1))
//
// (disjoint powers for every N ≤ MaxSize). Build an empty one with NewAttributedSplit and
// a witness with AssignAttributedSplit.
type AttributedSplit struct {
	Commitment  frontend.Variable `gnark:",public"`
	Gamma       frontend.Variable `gnark:",public"`
	Fingerprint frontend.Variable `gnark:",public"`
	// RecordDigest is RecordsDigest of the opened records' commitments.
	RecordDigest frontend.Variable `gnark:",public"`

	// Epoch and DataFee as in RewardSplit, private here.
	Epoch   frontend.Variable
	DataFee frontend.Variable
	// The split's rows, as in RewardSplit.
	Count     frontend.Variable
	Remainder frontend.Variable
	Active    []frontend.Variable
	Addr      []frontend.Variable
	Score     []frontend.Variable
	Payout    []frontend.Variable
	RowRem    []frontend.Variable
	Records   RecordSlots
}

// NewAttributedSplit returns an unassigned circuit of n split rows and r record slots
// of c rows each. It panics if n is outside [1, MaxSize] or (r, c) outside
// [1, MaxRecords] × [1, MaxRecordRows].
func NewAttributedSplit(n, r, c int) *AttributedSplit {
	s := NewRewardSplit(n)
	return &AttributedSplit{Active: s.Active, Addr: s.Addr, Score: s.Score, Payout: s.Payout,
		RowRem: s.RowRem, Records: newRecordSlots(r, c)}
}

// Size is the circuit's number of split rows N.
func (c *AttributedSplit) Size() int { return len(c.Addr) }

// Shape returns the circuit's (N, R, C).
func (c *AttributedSplit) Shape() (n, r, rows int) {
	r, rows = c.Records.shape()
	return c.Size(), r, rows
}

// recordPowExp is the exponent of γ that starts the fee and record part of the
// attributed fingerprint: above every payout power 2i+2 ≤ 2·MaxSize.
const recordPowExp = 2*MaxSize + 1

// Define opens the records, then declares RewardSplit's constraints unchanged on a split
// whose payout fingerprint is Fingerprint less the fee and record terms, and constrains
// the split's rows to be the records' canonical epoch rows (see # Epoch aggregation).
func (c *AttributedSplit) Define(api frontend.API) error {
	rc := newBitChecker(api) // binary decomposition: no commitment (see bitChecker)
	fp, digest, weighted := openRecords(api, rc, &c.Records, c.Gamma)
	api.AssertIsEqual(digest, c.RecordDigest)
	tail := api.Mul(gammaPow(api, c.Gamma, recordPowExp), api.Add(c.DataFee, fp))
	split := RewardSplit{Epoch: c.Epoch, Commitment: c.Commitment, DataFee: c.DataFee, Gamma: c.Gamma,
		Fingerprint: api.Sub(c.Fingerprint, tail), Count: c.Count, Remainder: c.Remainder,
		Active: c.Active, Addr: c.Addr, Score: c.Score, Payout: c.Payout, RowRem: c.RowRem}
	if err := split.Define(api); err != nil {
		return err
	}
	assertCanonicalEpoch(api, rc, c.Active, c.Addr, c.Score)
	api.AssertIsEqual(weighted, logUpTerms(api, c.Gamma, c.Addr, c.Score))
	return nil
}

// gammaPow returns g^e (e ≥ 1, a constant) by square and multiply.
func gammaPow(api frontend.API, g frontend.Variable, e int) frontend.Variable {
	var acc frontend.Variable
	for b := bits.Len(uint(e)) - 1; b >= 0; b-- {
		if acc != nil {
			acc = api.Mul(acc, acc)
		}
		if e>>b&1 == 1 {
			if acc == nil {
				acc = g
			} else {
				acc = api.Mul(acc, g)
			}
		}
	}
	return acc
}

// AggregateCircuit is the separate aggregation circuit of design (b) of # Epoch
// aggregation: it proves that Commitment is ScoresCommitment of the canonical epoch
// rows of the records opened in Records, so that a RewardSplit proof with the same
// Commitment splits proven scores (two proofs per settlement). Public inputs, in this
// order: Commitment, RecordDigest, Gamma, RecordFingerprint. It is kept for the
// measurement of docs/proofs.md; the product is to use AttributedSplit.
type AggregateCircuit struct {
	Commitment        frontend.Variable `gnark:",public"`
	RecordDigest      frontend.Variable `gnark:",public"`
	Gamma             frontend.Variable `gnark:",public"`
	RecordFingerprint frontend.Variable `gnark:",public"`

	// Count epoch rows of (Addr, Score), padded with zeros to N.
	Count   frontend.Variable
	Active  []frontend.Variable
	Addr    []frontend.Variable
	Score   []frontend.Variable
	Records RecordSlots
}

// NewAggregateCircuit returns an unassigned circuit of n epoch rows and r record slots
// of c rows each. It panics as NewAttributedSplit does.
func NewAggregateCircuit(n, r, c int) *AggregateCircuit {
	checkSize(n)
	return &AggregateCircuit{Active: make([]frontend.Variable, n), Addr: make([]frontend.Variable, n),
		Score: make([]frontend.Variable, n), Records: newRecordSlots(r, c)}
}

// Define declares the aggregation constraints.
func (c *AggregateCircuit) Define(api frontend.API) error {
	n := len(c.Addr)
	checkSize(n)
	if len(c.Active) != n || len(c.Score) != n {
		panic("circuits: AggregateCircuit rows differ in length")
	}
	rc := newBitChecker(api)
	fp, digest, weighted := openRecords(api, rc, &c.Records, c.Gamma)
	api.AssertIsEqual(fp, c.RecordFingerprint)
	api.AssertIsEqual(digest, c.RecordDigest)

	com := newRowCommitter(api, c.Count)
	count := frontend.Variable(0)
	prev := frontend.Variable(1)
	for i := range n {
		assertMonotoneFlag(api, prev, c.Active[i])
		prev = c.Active[i]
		count = api.Add(count, c.Active[i])
		rc.Check(c.Addr[i], AddrBits)
		rc.Check(c.Score[i], ScoreBits)
		api.AssertIsEqual(api.Mul(api.Sub(1, c.Active[i]), api.Add(c.Addr[i], c.Score[i])), 0)
		com.absorb(c.Active[i], c.Addr[i], c.Score[i])
	}
	api.AssertIsEqual(count, c.Count)
	api.AssertIsEqual(com.state, c.Commitment)
	assertCanonicalEpoch(api, rc, c.Active, c.Addr, c.Score)
	api.AssertIsEqual(weighted, logUpTerms(api, c.Gamma, c.Addr, c.Score))
	return nil
}

var (
	_ frontend.Circuit = (*AttributedSplit)(nil)
	_ frontend.Circuit = (*AggregateCircuit)(nil)
)

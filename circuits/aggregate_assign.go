package circuits

import (
	"fmt"
	"math/big"
)

// RecordSet is the epoch's records as an aggregation circuit opens them, in the epoch's
// (the settlement's) order.
type RecordSet struct {
	Records []RecordRows
	// Commitments are the attested commitments the public RecordFingerprint is computed
	// over, one per record; nil means each record's own (RecordRows.Commitment). They are
	// taken as given: rows that do not hash to their attested commitment give a witness
	// the circuit rejects (prover.ProveAttributed refuses them with an error first).
	Commitments []*big.Int
}

// RecordCommitments returns s.Commitments, or each record's own commitment when nil.
// It panics as ScoresCommitment does.
func (s RecordSet) RecordCommitments() []*big.Int {
	if s.Commitments != nil {
		return s.Commitments
	}
	out := make([]*big.Int, len(s.Records))
	for i, rec := range s.Records {
		out[i] = rec.Commitment()
	}
	return out
}

// Validate checks that s fits r slots of c rows: at most r records, each of at most c
// rows with addresses < 2^160 in strictly increasing order and totals in [1, 2^64), and
// one commitment in [0, r) per record when given. The error names the record and row.
func (s RecordSet) Validate(r, c int) error {
	if len(s.Records) > r {
		return fmt.Errorf("epoch of %d records, %d record slots: %w", len(s.Records), r, ErrTooMany)
	}
	if s.Commitments != nil && len(s.Commitments) != len(s.Records) {
		return fmt.Errorf("%d records, %d attested commitments: %w", len(s.Records), len(s.Commitments), ErrLength)
	}
	for i, rec := range s.Records {
		if len(rec.Addrs) != len(rec.Scores) {
			return fmt.Errorf("record %d: %d addresses, %d scores: %w", i, len(rec.Addrs), len(rec.Scores), ErrLength)
		}
		if len(rec.Addrs) > c {
			return fmt.Errorf("record %d: %d rows, %d rows per record slot: %w", i, len(rec.Addrs), c, ErrTooMany)
		}
		for j, a := range rec.Addrs {
			if a == nil {
				return fmt.Errorf("record %d row %d: missing address: %w", i, j, ErrRange)
			}
			if err := inBits(fmt.Sprintf("record %d row %d address", i, j), a, AddrBits); err != nil {
				return err
			}
			if rec.Scores[j] == 0 {
				return fmt.Errorf("record %d row %d: total 0 (a score proof commits positive totals only): %w", i, j, ErrRange)
			}
			if j > 0 && a.Cmp(rec.Addrs[j-1]) <= 0 {
				return fmt.Errorf("record %d row %d: address %#x not above row %d's %#x: %w", i, j, a, j-1, rec.Addrs[j-1], ErrUnsorted)
			}
		}
		if s.Commitments != nil {
			cm := s.Commitments[i]
			if cm == nil || cm.Sign() < 0 || cm.Cmp(Modulus()) >= 0 {
				return fmt.Errorf("record %d: attested commitment %v not in [0, r): %w", i, cm, ErrRange)
			}
		}
	}
	return nil
}

// checkEpochRows checks that the epoch rows are canonical (strictly increasing
// addresses, positive scores) and cover every record contributor with a positive share.
// They may still differ from EpochScores(records): the circuit rejects such a witness.
func checkEpochRows(s RecordSet, addrs []*big.Int, scores []uint64) error {
	if len(addrs) != len(scores) {
		return fmt.Errorf("epoch rows: %d addresses, %d scores: %w", len(addrs), len(scores), ErrLength)
	}
	in := make(map[string]bool, len(addrs))
	for i, a := range addrs {
		if a == nil {
			return fmt.Errorf("epoch row %d: missing address: %w", i, ErrRange)
		}
		if err := inBits(fmt.Sprintf("epoch row %d address", i), a, AddrBits); err != nil {
			return err
		}
		if scores[i] == 0 {
			return fmt.Errorf("epoch row %d: score 0 (the epoch rows hold positive scores only): %w", i, ErrRange)
		}
		if i > 0 && a.Cmp(addrs[i-1]) <= 0 {
			return fmt.Errorf("epoch row %d: address %#x not above row %d's %#x: %w", i, a, i-1, addrs[i-1], ErrUnsorted)
		}
		in[a.Text(16)] = true
	}
	for i, rec := range s.Records {
		for j, sh := range rec.Shares() {
			if sh > 0 && !in[rec.Addrs[j].Text(16)] {
				return fmt.Errorf("record %d row %d: contributor %#x (share %d) is not among the epoch rows: %w", i, j, rec.Addrs[j], sh, ErrMissingContributor)
			}
		}
	}
	return nil
}

// assignSlots fills r slots of c rows from s (validated by the caller): each row's
// share and division remainder AggScale·g − share·G', padding zero.
func assignSlots(r, c int, s RecordSet) RecordSlots {
	out := newRecordSlots(r, c)
	for i := range r {
		var rec RecordRows
		if i < len(s.Records) {
			rec = s.Records[i]
			out.Active[i] = 1
		} else {
			out.Active[i] = 0
		}
		out.Count[i] = len(rec.Addrs)
		shares := rec.Shares()
		div := rec.Total()
		if div.Sign() == 0 {
			div.SetInt64(1)
		}
		for j := range c {
			if j >= len(rec.Addrs) {
				out.RowOn[i][j], out.Addr[i][j], out.Score[i][j], out.Share[i][j], out.ShareRem[i][j] = 0, 0, 0, 0, 0
				continue
			}
			rem := new(big.Int).SetUint64(rec.Scores[j])
			rem.Mul(rem, big.NewInt(AggScale))
			rem.Sub(rem, new(big.Int).Mul(new(big.Int).SetUint64(shares[j]), div))
			out.RowOn[i][j] = 1
			out.Addr[i][j] = rec.Addrs[j]
			out.Score[i][j] = rec.Scores[j]
			out.Share[i][j] = shares[j]
			out.ShareRem[i][j] = rem
		}
	}
	return out
}

// AssignAttributedSplit builds the witness of an AttributedSplit of n split rows and r
// record slots of c rows: the split part as Assign(n, s) builds it (s.Addrs and
// s.Scores are the epoch rows, s.Gamma the attributed challenge, prover.AttributedGamma),
// the record slots from recs, the public RecordDigest over recs.RecordCommitments() and
// the public Fingerprint AttributedFingerprint(γ, fee, the split's, RecordsFingerprint). It returns an error naming the record and row for data that
// cannot form a witness (ErrTooMany, ErrRange, ErrLength, ErrUnsorted,
// ErrMissingContributor). Epoch scores that differ from EpochScores(recs.Records), or
// rows that do not hash to their attested commitment, give a witness the circuit
// rejects. It panics if the shape is out of bounds.
func AssignAttributedSplit(n, r, c int, s Split, recs RecordSet) (*AttributedSplit, error) {
	checkSize(n)
	checkAggShape(r, c)
	if err := recs.Validate(r, c); err != nil {
		return nil, err
	}
	if err := checkEpochRows(recs, s.Addrs, s.Scores); err != nil {
		return nil, err
	}
	split, err := Assign(n, s)
	if err != nil {
		return nil, err
	}
	comms := recs.RecordCommitments()
	g := new(big.Int).Mod(s.Gamma, Modulus())
	fp := AttributedFingerprint(g, s.DataFee, split.Fingerprint.(*big.Int), RecordsFingerprint(g, comms))
	return &AttributedSplit{Commitment: split.Commitment, Gamma: split.Gamma, Fingerprint: fp,
		RecordDigest: RecordsDigest(comms), Epoch: split.Epoch, DataFee: split.DataFee,
		Count: split.Count, Remainder: split.Remainder, Active: split.Active, Addr: split.Addr,
		Score: split.Score, Payout: split.Payout, RowRem: split.RowRem, Records: assignSlots(r, c, recs)}, nil
}

// AssignAggregate builds the witness of an AggregateCircuit of n epoch rows and r record
// slots of c rows for the epoch rows (addrs, scores), the records recs and the
// challenge gamma. It returns errors as AssignAttributedSplit does (ErrTooMany also
// for more than n epoch rows).
func AssignAggregate(n, r, c int, recs RecordSet, addrs []*big.Int, scores []uint64, gamma *big.Int) (*AggregateCircuit, error) {
	checkSize(n)
	checkAggShape(r, c)
	if err := recs.Validate(r, c); err != nil {
		return nil, err
	}
	if err := checkEpochRows(recs, addrs, scores); err != nil {
		return nil, err
	}
	if len(addrs) > n {
		return nil, fmt.Errorf("%d epoch rows, circuit size %d: %w", len(addrs), n, ErrTooMany)
	}
	if gamma == nil || gamma.Sign() < 0 {
		return nil, fmt.Errorf("gamma missing or negative: %w", ErrRange)
	}
	g := new(big.Int).Mod(gamma, Modulus())
	comms := recs.RecordCommitments()
	out := NewAggregateCircuit(n, r, c)
	out.Commitment, out.RecordDigest, out.Gamma, out.RecordFingerprint = ScoresCommitment(addrs, scores), RecordsDigest(comms), g, RecordsFingerprint(g, comms)
	out.Count = len(addrs)
	out.Records = assignSlots(r, c, recs)
	for i := range n {
		if i < len(addrs) {
			out.Active[i], out.Addr[i], out.Score[i] = 1, addrs[i], scores[i]
		} else {
			out.Active[i], out.Addr[i], out.Score[i] = 0, 0, 0
		}
	}
	return out, nil
}

package circuits

import (
	"math/big"

	"github.com/consensys/gnark/frontend"
)

// RecordSlots are the R record slots of C rows each that an aggregation circuit opens
// (# Epoch aggregation): per slot an active flag and the record's row count, per row an
// active flag, the attested (address, total g) and the row's share floor(AggScale·g/G)
// with its division remainder AggScale·g − share·G'.
type RecordSlots struct {
	Active   []frontend.Variable   // 1 for the t records of the epoch, 0 after
	Count    []frontend.Variable   // n_r, the record's number of rows
	RowOn    [][]frontend.Variable // 1 for the record's rows, 0 after
	Addr     [][]frontend.Variable
	Score    [][]frontend.Variable // g_rc, the attested per-contributor total
	Share    [][]frontend.Variable // floor(AggScale·g_rc / G_r)
	ShareRem [][]frontend.Variable
}

// newRecordSlots returns unassigned slots of shape (r, c). It panics if r or c is
// outside [1, MaxRecords] × [1, MaxRecordRows].
func newRecordSlots(r, c int) RecordSlots {
	checkAggShape(r, c)
	s := RecordSlots{
		Active: make([]frontend.Variable, r), Count: make([]frontend.Variable, r),
		RowOn: make([][]frontend.Variable, r), Addr: make([][]frontend.Variable, r),
		Score: make([][]frontend.Variable, r), Share: make([][]frontend.Variable, r),
		ShareRem: make([][]frontend.Variable, r),
	}
	for i := range r {
		s.RowOn[i] = make([]frontend.Variable, c)
		s.Addr[i] = make([]frontend.Variable, c)
		s.Score[i] = make([]frontend.Variable, c)
		s.Share[i] = make([]frontend.Variable, c)
		s.ShareRem[i] = make([]frontend.Variable, c)
	}
	return s
}

// shape returns (R, C). It panics if the slices are inconsistent or out of bounds.
func (s *RecordSlots) shape() (r, c int) {
	r = len(s.Active)
	if r > 0 {
		c = len(s.Addr[0])
	}
	checkAggShape(r, c)
	if len(s.Count) != r || len(s.RowOn) != r || len(s.Addr) != r || len(s.Score) != r || len(s.Share) != r || len(s.ShareRem) != r {
		panic("circuits: RecordSlots slots differ in length")
	}
	for i := range r {
		if len(s.RowOn[i]) != c || len(s.Addr[i]) != c || len(s.Score[i]) != c || len(s.Share[i]) != c || len(s.ShareRem[i]) != c {
			panic("circuits: RecordSlots rows differ in length")
		}
	}
	return r, c
}

// openRecords constrains the slots (active slots first, rows first within a slot,
// padding zero, every value in range, each row's share the floor of AggScale·g/G) and
// returns the slots' record fingerprint Σ_r active_r·c_r·γ^(r+1), their digest
// RecordsDigest(c_0…c_{t−1}) and the weighted sum Σ share/(γ − addr) over all rows, where
// c_r is the in-circuit ScoresCommitment of slot r's rows.
func openRecords(api frontend.API, rc frontend.Rangechecker, s *RecordSlots, gamma frontend.Variable) (fingerprint, digest, weighted frontend.Variable) {
	r, _ := s.shape()
	fp := newFingerprinter(api, gamma)
	records := make([]frontend.Variable, r)
	weighted = 0
	prev := frontend.Variable(1)
	for i := range r {
		active := s.Active[i]
		assertMonotoneFlag(api, prev, active)
		prev = active
		com := openRecord(api, rc, active, s.Count[i], s.RowOn[i], s.Addr[i], s.Score[i], s.Share[i], s.ShareRem[i])
		// An inactive slot's rows are all inactive and zero, so it adds nothing below.
		fp.add(api.Mul(active, com))
		weighted = api.Add(weighted, logUpTerms(api, gamma, s.Addr[i], s.Share[i]))
		records[i] = com
	}
	// digest = chain(t, c_0, …, c_{t−1}): absorb(active, 0, c) folds in 0·2^64 + c = c.
	t := frontend.Variable(0)
	for _, a := range s.Active {
		t = api.Add(t, a)
	}
	dg := newRowCommitter(api, t)
	for i := range r {
		dg.absorb(s.Active[i], 0, records[i])
	}
	return fp.acc, dg.state, weighted
}

// openRecord constrains one slot and returns the ScoresCommitment of its rows: the row
// flags read 1…10…0, sum to count and are 0 when the slot is inactive; an inactive row
// has zero address and score; addresses are < 2^160 and scores < 2^64 (so that the
// packing addr·2^64 + g is injective and the commitment opens to exactly the attested
// rows); and every row's share is floor(AggScale·g/G') with G = Σ g, G' = G + [G = 0]:
// AggScale·g = share·G' + rem, 0 ≤ rem < G', share < 2^ShareBits (rem and G' − 1 − rem
// range-checked in sumBits(c) ≤ SumBits bits, a bound on G' of c rows). A padding row
// (g = 0) gets share 0.
func openRecord(api frontend.API, rc frontend.Rangechecker, slotOn, count frontend.Variable, on, addr, score, share, rem []frontend.Variable) frontend.Variable {
	c := len(addr)
	api.AssertIsEqual(api.Mul(on[0], api.Sub(1, slotOn)), 0)
	total := frontend.Variable(0)
	n := frontend.Variable(0)
	prev := frontend.Variable(1)
	for j := range c {
		assertMonotoneFlag(api, prev, on[j])
		prev = on[j]
		n = api.Add(n, on[j])
		rc.Check(addr[j], AddrBits)
		rc.Check(score[j], ScoreBits)
		// addr and score are non-negative and < 2^161 together: zero sum, zero each.
		api.AssertIsEqual(api.Mul(api.Sub(1, on[j]), api.Add(addr[j], score[j])), 0)
		total = api.Add(total, score[j])
	}
	api.AssertIsEqual(n, count)
	div := api.Add(total, api.IsZero(total))
	scale := big.NewInt(AggScale)
	com := newRowCommitter(api, count)
	divBits := sumBits(c) // G' ≤ c·(2^64 − 1) < 2^divBits ≤ 2^SumBits
	for j := range c {
		rc.Check(share[j], ShareBits)
		// AggScale·g < 2^84 and share·G' < 2^94: no wrap.
		api.AssertIsEqual(api.Mul(score[j], scale), api.Add(api.Mul(share[j], div), rem[j]))
		rc.Check(rem[j], divBits)
		rc.Check(api.Sub(div, 1, rem[j]), divBits)
		com.absorb(on[j], addr[j], score[j])
	}
	return com.state
}

// logUpTerms returns Σ_j w_j / (γ − a_j). Each term costs two constraints (api.Div also
// proves γ − a_j ≠ 0; γ is a hash output, equal to an address < 2^160 with probability
// about 2^−94, which only makes an honest proof fail).
//
// Soundness of matching rows by Σ_rows share/(γ − addr) = Σ_i s_i/(γ − addr_i): times the
// product of its denominators, the difference of the two sides is a polynomial in γ of
// degree < R·C + N, and it is the zero polynomial only if, for every address, the shares
// of the rows carrying it sum to the epoch score of the (single, as the epoch rows are
// strictly increasing) epoch row carrying it (partial fractions are unique; every sum is
// an integer < 2^84 ≪ r, so field equality is integer equality). γ is a keccak output over
// values that fix every witness value read here (the record digest, the scores
// commitment), so a false identity holds with probability < (R·C + N)/r per γ tried.
func logUpTerms(api frontend.API, gamma frontend.Variable, addrs, weights []frontend.Variable) frontend.Variable {
	sum := frontend.Variable(0)
	for j := range addrs {
		sum = api.Add(sum, api.Div(weights[j], api.Sub(gamma, addrs[j])))
	}
	return sum
}

// assertCanonicalEpoch constrains active epoch rows (flags 1…10…0, checked by the
// caller, addresses < 2^160 and scores < 2^64 range-checked by the caller) to have
// strictly increasing addresses and non-zero scores, so that the epoch rows of a set of
// records are unique: the contributors with a positive sum, in ascending order.
func assertCanonicalEpoch(api frontend.API, rc frontend.Rangechecker, active, addr, score []frontend.Variable) {
	for i := range addr {
		// active·(s − 1) < 2^64: s ≥ 1 on an active row (s = 0 gives r − 1).
		rc.Check(api.Mul(active[i], api.Sub(score[i], 1)), ScoreBits)
		if i > 0 {
			rc.Check(api.Mul(active[i], api.Sub(addr[i], addr[i-1], 1)), AddrBits)
		}
	}
}

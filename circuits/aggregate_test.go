package circuits

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
)

// Small aggregation shape of the unit tests: 8 split rows, 4 record slots of 4 rows.
const aggN, aggR, aggC = 8, 4, 4

// randRecords draws t records of 1…c rows over a pool of contributors (so addresses
// repeat across records), with totals that are often tiny next to the record's largest
// (so that some shares floor to 0) and sometimes near 2^53.
func randRecords(rng *rand.Rand, t, c, pool int) []RecordRows {
	recs := make([]RecordRows, t)
	for i := range recs {
		who := rng.Perm(pool)[:1+rng.IntN(c)]
		slices.Sort(who)
		for _, w := range who {
			recs[i].Addrs = append(recs[i].Addrs, contributor(w))
		}
		slices.SortFunc(recs[i].Addrs, func(a, b *big.Int) int { return a.Cmp(b) })
		for range who {
			var g uint64
			switch rng.IntN(4) {
			case 0:
				g = 1 + rng.Uint64N(3)
			case 1:
				g = 1 + rng.Uint64N(1<<53)
			default:
				g = 1 + rng.Uint64N(1<<20)
			}
			recs[i].Scores = append(recs[i].Scores, g)
		}
	}
	return recs
}

// refEpochScores is the test's own aggregation: exact rationals, floor, sum per address.
func refEpochScores(recs []RecordRows) (addrs []*big.Int, scores []uint64) {
	sum := map[string]*big.Int{}
	key := map[string]*big.Int{}
	for _, rec := range recs {
		total := new(big.Rat)
		for _, g := range rec.Scores {
			total.Add(total, new(big.Rat).SetInt(new(big.Int).SetUint64(g)))
		}
		for j, g := range rec.Scores {
			if total.Sign() == 0 {
				continue
			}
			q := new(big.Rat).Quo(new(big.Rat).SetInt(new(big.Int).SetUint64(g)), total)
			q.Mul(q, new(big.Rat).SetInt64(1_000_000))
			fl := new(big.Int).Quo(q.Num(), q.Denom()) // non-negative: floor
			k := rec.Addrs[j].String()
			if sum[k] == nil {
				sum[k] = new(big.Int)
			}
			sum[k].Add(sum[k], fl)
			key[k] = rec.Addrs[j]
		}
	}
	for k, s := range sum {
		if s.Sign() > 0 {
			addrs = append(addrs, key[k])
		}
	}
	slices.SortFunc(addrs, func(a, b *big.Int) int { return a.Cmp(b) })
	for _, a := range addrs {
		scores = append(scores, sum[a.String()].Uint64())
	}
	return addrs, scores
}

func TestEpochScoresMatchRationals(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 1))
	for it := range 200 {
		recs := randRecords(rng, rng.IntN(9), 6, 10)
		ga, gs := EpochScores(recs)
		wa, ws := refEpochScores(recs)
		if len(ga) != len(wa) || !slices.Equal(gs, ws) {
			t.Fatalf("case %d: EpochScores %v %v, rationals %v %v", it, ga, gs, wa, ws)
		}
		for i := range ga {
			if ga[i].Cmp(wa[i]) != 0 {
				t.Fatalf("case %d row %d: address %v, want %v", it, i, ga[i], wa[i])
			}
		}
		for i, rec := range recs {
			var sum uint64
			for _, s := range rec.Shares() {
				sum += s
			}
			if sum > AggScale || sum+uint64(len(rec.Scores)) < AggScale {
				t.Fatalf("case %d record %d: shares sum to %d, want in [%d−rows, %d]", it, i, sum, AggScale, AggScale)
			}
		}
	}
}

// TestRecordRowsOfScoreStatement checks that what a score proof commits is a valid
// RecordRows: ScoreStatement.Totals is sorted, distinct and positive, and its
// commitment is the score circuit's public Commitment.
func TestRecordRowsOfScoreStatement(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 2))
	d := newSketchData(t, rng, 12, 16, 4, 4)
	for it := range 10 {
		st := d.statement(randSketch(rng, 16), rng.Perm(12)[:8]...)
		addrs, totals := st.Totals()
		rec := RecordRows{Addrs: addrs, Scores: totals}
		if err := (RecordSet{Records: []RecordRows{rec}}).Validate(1, 8); err != nil {
			t.Fatalf("case %d: %v", it, err)
		}
		if rec.Commitment().Cmp(st.Commitment()) != 0 {
			t.Fatalf("case %d: record commitment differs from the score statement's", it)
		}
	}
}

// honestAttributed is the honest witness data for records recs: their epoch rows and
// the test's own floor split of fee among them.
func honestAttributed(rng *rand.Rand, recs []RecordRows) Split {
	addrs, scores := refEpochScores(recs)
	fee := new(big.Int).Add(big.NewInt(1_000_003), new(big.Int).SetUint64(rng.Uint64N(1<<62)))
	pay, rem := refSplit(fee, scores)
	return Split{Epoch: 9, DataFee: fee, Addrs: addrs, Scores: scores, Payouts: pay, Remainder: rem,
		Gamma: randField(rng)}
}

// randField draws a field element (a stand-in for the keccak challenge γ).
func randField(rng *rand.Rand) *big.Int {
	b := make([]byte, 32)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return new(big.Int).Mod(new(big.Int).SetBytes(b), Modulus())
}

func attributedSolved(t *testing.T, w *AttributedSplit) error {
	t.Helper()
	n, r, c := w.Shape()
	return test.IsSolved(NewAttributedSplit(n, r, c), w, ecc.BN254.ScalarField())
}

func mustAttributed(t *testing.T, s Split, recs RecordSet) *AttributedSplit {
	t.Helper()
	w, err := AssignAttributedSplit(aggN, aggR, aggC, s, recs)
	if err != nil {
		t.Fatalf("assign: %v", err)
	}
	return w
}

func TestAttributedSplitAgreesWithNative(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 3))
	cases := 12
	if testing.Short() {
		cases = 4
	}
	for it := range cases {
		recs := randRecords(rng, rng.IntN(aggR+1), aggC, 7)
		s := honestAttributed(rng, recs)
		if it == 0 { // an epoch without records
			recs = nil
			s = honestAttributed(rng, recs)
		}
		w := mustAttributed(t, s, RecordSet{Records: recs})
		if err := attributedSolved(t, w); err != nil {
			t.Fatalf("case %d (%d records, %d epoch rows): honest witness rejected: %v", it, len(recs), len(s.Addrs), err)
		}
		// The circuit accepts only the native epoch rows: any one score off by one fails.
		if len(s.Scores) > 0 {
			i := rng.IntN(len(s.Scores))
			bad := resplit(s, func(sc []uint64) { sc[i]++ })
			if err := attributedSolved(t, mustAttributed(t, bad, RecordSet{Records: recs})); err == nil {
				t.Fatalf("case %d: epoch row %d's score + 1 accepted", it, i)
			}
		}
	}
}

// resplit returns s with its scores changed by f and its payouts, remainder
// recomputed: a consistent split of other scores.
func resplit(s Split, f func([]uint64)) Split {
	out := s
	out.Scores = slices.Clone(s.Scores)
	f(out.Scores)
	out.Payouts, out.Remainder = refSplit(s.DataFee, out.Scores)
	return out
}

// fixedRecords: two records with two rows each, contributors a1 < a2 < a3 < a4.
func fixedRecords() []RecordRows {
	a := func(i int) *big.Int { return addr(i) }
	return []RecordRows{
		{Addrs: []*big.Int{a(1), a(3)}, Scores: []uint64{5_000, 9_000}},
		{Addrs: []*big.Int{a(2), a(4)}, Scores: []uint64{7_000, 1_000}},
		{Addrs: []*big.Int{a(1), a(2), a(4)}, Scores: []uint64{3, 1 << 50, 77}},
	}
}

func cloneRecords(recs []RecordRows) []RecordRows {
	out := make([]RecordRows, len(recs))
	for i, r := range recs {
		out[i] = RecordRows{Addrs: slices.Clone(r.Addrs), Scores: slices.Clone(r.Scores)}
	}
	return out
}

func TestAttributedSplitRejectsTampering(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 4))
	recs := fixedRecords()
	attested := RecordSet{Records: recs}.RecordCommitments()
	honestSplit := honestAttributed(rng, recs)
	gamma := honestSplit.Gamma

	// proveOther is a witness for other records, with consistent epoch rows and split,
	// but the public record fingerprint of the attested list (what the contract computes).
	proveOther := func(other []RecordRows) *AttributedSplit {
		s := honestAttributed(rng, other)
		s.Gamma = gamma
		w := mustAttributed(t, s, RecordSet{Records: other})
		// Control: the witness is valid for its own records; only the binding fails.
		if err := attributedSolved(t, w); err != nil {
			t.Fatalf("control: the other records' own witness rejected: %v", err)
		}
		w.Fingerprint = contractFingerprint(s, attested)
		return w
	}
	cases := []struct {
		name string
		w    func() *AttributedSplit
	}{
		{"record row score raised by one", func() *AttributedSplit {
			o := cloneRecords(recs)
			o[0].Scores[1]++
			return proveOther(o)
		}},
		{"record row score raised in the witness only", func() *AttributedSplit {
			w := mustAttributed(t, honestSplit, RecordSet{Records: recs})
			w.Records.Score[0][1] = recs[0].Scores[1] + 1
			return w
		}},
		{"record row share raised by one", func() *AttributedSplit {
			w := mustAttributed(t, honestSplit, RecordSet{Records: recs})
			w.Records.Share[1][0] = recs[1].Shares()[0] + 1
			return w
		}},
		{"contributor swapped between records", func() *AttributedSplit {
			o := cloneRecords(recs)
			o[0].Addrs[0], o[1].Addrs[0] = o[1].Addrs[0], o[0].Addrs[0]
			return proveOther(o)
		}},
		{"record dropped", func() *AttributedSplit { return proveOther(cloneRecords(recs[:2])) }},
		{"record counted twice", func() *AttributedSplit {
			return proveOther(append(cloneRecords(recs), cloneRecords(recs[1:2])...))
		}},
		{"records reordered", func() *AttributedSplit {
			o := cloneRecords(recs)
			o[0], o[1] = o[1], o[0]
			return proveOther(o)
		}},
		{"epoch score raised by one unit", func() *AttributedSplit {
			return mustAttributed(t, resplit(honestSplit, func(s []uint64) { s[0]++ }), RecordSet{Records: recs})
		}},
		{"epoch score moved between contributors", func() *AttributedSplit {
			return mustAttributed(t, resplit(honestSplit, func(s []uint64) { s[0]++; s[1]-- }), RecordSet{Records: recs})
		}},
		{"wrong fingerprint", func() *AttributedSplit {
			w := mustAttributed(t, honestSplit, RecordSet{Records: recs})
			w.Fingerprint = new(big.Int).Add(w.Fingerprint.(*big.Int), big.NewInt(1))
			return w
		}},
		{"record part of the fingerprint at another gamma", func() *AttributedSplit {
			w := mustAttributed(t, honestSplit, RecordSet{Records: recs})
			g := honestSplit.Gamma
			w.Fingerprint = AttributedFingerprint(g, honestSplit.DataFee, Fingerprint(g, honestSplit.Addrs, honestSplit.Payouts),
				RecordsFingerprint(big.NewInt(12345), attested))
			return w
		}},
		{"private data fee raised by one, split consistent with it", func() *AttributedSplit {
			// The witness splits fee+1 consistently; the public fingerprint is the
			// contract's, over the posted fee and payouts.
			o := honestSplit
			o.DataFee = new(big.Int).Add(o.DataFee, big.NewInt(1))
			o = resplit(o, func([]uint64) {})
			w := mustAttributed(t, o, RecordSet{Records: recs})
			if err := attributedSolved(t, w); err != nil {
				t.Fatalf("control: the fee+1 witness rejected: %v", err)
			}
			w.Fingerprint = contractFingerprint(honestSplit, attested)
			return w
		}},
		{"private data fee raised by one in the witness only", func() *AttributedSplit {
			w := mustAttributed(t, honestSplit, RecordSet{Records: recs})
			w.DataFee = new(big.Int).Add(honestSplit.DataFee, big.NewInt(1))
			return w
		}},
		{"wrong record digest", func() *AttributedSplit {
			w := mustAttributed(t, honestSplit, RecordSet{Records: recs})
			w.RecordDigest = RecordsDigest(attested[:2])
			return w
		}},
		// An unbound row in the empty slot 3 that pays addr(1) a whole record's 10^6,
		// with share, remainder and epoch rows consistent: only the padding rules stop it.
		{"inactive row of an inactive slot pays", func() *AttributedSplit {
			return extraRow(t, honestSplit, recs, false)
		}},
		{"active row in an inactive slot pays", func() *AttributedSplit {
			return extraRow(t, honestSplit, recs, true)
		}},
		{"epoch row of score zero added", func() *AttributedSplit {
			s := honestSplit
			s.Addrs = append(slices.Clone(s.Addrs), addr(7))
			s.Scores = append(slices.Clone(s.Scores), 0)
			s.Payouts = append(slices.Clone(s.Payouts), new(big.Int))
			split, err := Assign(aggN, s)
			if err != nil {
				t.Fatal(err)
			}
			w := mustAttributed(t, honestSplit, RecordSet{Records: recs})
			w.Count, w.Remainder, w.Active, w.Addr = split.Count, split.Remainder, split.Active, split.Addr
			w.Score, w.Payout, w.RowRem, w.Fingerprint = split.Score, split.Payout, split.RowRem, contractFingerprint(s, attested)
			return w
		}},
	}
	if err := attributedSolved(t, mustAttributed(t, honestSplit, RecordSet{Records: recs})); err != nil {
		t.Fatalf("honest witness rejected: %v", err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := attributedSolved(t, tc.w()); err == nil {
				t.Fatal("tampered witness accepted")
			}
		})
	}
}

// contractFingerprint is the public fingerprint the settlement contract computes for the
// posted split s and the attested record commitments.
func contractFingerprint(s Split, attested []*big.Int) *big.Int {
	g := new(big.Int).Mod(s.Gamma, Modulus())
	return AttributedFingerprint(g, s.DataFee, Fingerprint(g, s.Addrs, s.Payouts), RecordsFingerprint(g, attested))
}

// TestAttributedSplitPublicOrder pins the public inputs' order: Commitment, Gamma,
// Fingerprint (AttributedFingerprint), RecordDigest.
func TestAttributedSplitPublicOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 5))
	recs := fixedRecords()
	s := honestAttributed(rng, recs)
	w := mustAttributed(t, s, RecordSet{Records: recs})
	pw, err := frontend.NewWitness(w, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		t.Fatal(err)
	}
	pub, err := s.Publics()
	if err != nil {
		t.Fatal(err)
	}
	comms := RecordSet{Records: recs}.RecordCommitments()
	want := []*big.Int{pub.Commitment, pub.Gamma, contractFingerprint(s, comms), RecordsDigest(comms)}
	vec := pw.Vector().(fr.Vector)
	if len(vec) != len(want) {
		t.Fatalf("%d public inputs, want %d", len(vec), len(want))
	}
	for i, v := range want {
		if got := vec[i].BigInt(new(big.Int)); got.Cmp(new(big.Int).Mod(v, Modulus())) != 0 {
			t.Fatalf("public input %d is %v, want %v", i, got, v)
		}
	}
}

func TestAggregateCircuit(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 6))
	recs := fixedRecords()
	addrs, scores := EpochScores(recs)
	gamma := randField(rng)
	solve := func(w *AggregateCircuit) error {
		return test.IsSolved(NewAggregateCircuit(aggN, aggR, aggC), w, ecc.BN254.ScalarField())
	}
	assign := func(sc []uint64) *AggregateCircuit {
		w, err := AssignAggregate(aggN, aggR, aggC, RecordSet{Records: recs}, addrs, sc, gamma)
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	if err := solve(assign(scores)); err != nil {
		t.Fatalf("honest witness rejected: %v", err)
	}
	up := slices.Clone(scores)
	up[1]++
	if solve(assign(up)) == nil {
		t.Fatal("epoch score + 1 accepted")
	}
	w := assign(scores)
	w.RecordFingerprint = RecordsFingerprint(gamma, RecordSet{Records: recs[:2]}.RecordCommitments())
	if solve(w) == nil {
		t.Fatal("fingerprint of two of the three records accepted")
	}
}

func TestAssignAttributedErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 7))
	recs := fixedRecords()
	s := honestAttributed(rng, recs)
	mod := func(f func(o []RecordRows) []RecordRows) RecordSet { return RecordSet{Records: f(cloneRecords(recs))} }
	cases := []struct {
		name, want string
		err        error
		recs       RecordSet
		split      Split
	}{
		{"record over C rows", "record 0: 5 rows", ErrTooMany, mod(func(o []RecordRows) []RecordRows {
			o[0] = RecordRows{Addrs: []*big.Int{addr(1), addr(2), addr(3), addr(4), addr(5)}, Scores: []uint64{1, 1, 1, 1, 1}}
			return o
		}), s},
		{"over R records", "5 records", ErrTooMany, mod(func(o []RecordRows) []RecordRows { return append(o, o[0], o[1]) }), s},
		{"unsorted rows", "record 1 row 1", ErrUnsorted, mod(func(o []RecordRows) []RecordRows {
			o[1].Addrs[0], o[1].Addrs[1] = o[1].Addrs[1], o[1].Addrs[0]
			return o
		}), s},
		{"duplicate rows", "record 0 row 1", ErrUnsorted, mod(func(o []RecordRows) []RecordRows {
			o[0].Addrs[1] = o[0].Addrs[0]
			return o
		}), s},
		{"zero total", "record 2 row 0: total 0", ErrRange, mod(func(o []RecordRows) []RecordRows {
			o[2].Scores[0] = 0
			return o
		}), s},
		{"contributor missing from the epoch", "record 0 row 1: contributor", ErrMissingContributor, RecordSet{Records: recs},
			func() Split {
				o := s
				o.Addrs, o.Scores, o.Payouts = slices.Clone(s.Addrs), slices.Clone(s.Scores), slices.Clone(s.Payouts)
				i := slices.IndexFunc(o.Addrs, func(a *big.Int) bool { return a.Cmp(addr(3)) == 0 })
				o.Addrs = slices.Delete(o.Addrs, i, i+1)
				o.Scores = slices.Delete(o.Scores, i, i+1)
				o.Payouts = slices.Delete(o.Payouts, i, i+1)
				return o
			}()},
		{"commitments of another length", "3 records, 2 attested", ErrLength,
			RecordSet{Records: recs, Commitments: RecordSet{Records: recs[:2]}.RecordCommitments()}, s},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := AssignAttributedSplit(aggN, aggR, aggC, tc.split, tc.recs)
			if !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %v containing %q", err, tc.err, tc.want)
			}
		})
	}
}

// TestAttributedSplitCheckCircuit runs gnark's harness (the R1CS solver of Groth16
// without -short) on a valid witness and one whose epoch score is one unit high.
func TestAttributedSplitCheckCircuit(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 8))
	recs := fixedRecords()
	s := honestAttributed(rng, recs)
	valid := mustAttributed(t, s, RecordSet{Records: recs})
	high := mustAttributed(t, resplit(s, func(sc []uint64) { sc[2]++ }), RecordSet{Records: recs})
	test.NewAssert(t).CheckCircuit(NewAttributedSplit(aggN, aggR, aggC),
		test.WithValidAssignment(valid), test.WithInvalidAssignment(high),
		test.WithCurves(ecc.BN254), test.WithBackends(backend.GROTH16),
		test.NoFuzzing(), test.NoSerializationChecks(), test.NoProverChecks(), test.NoSolidityChecks())
}

// extraRow is the honest witness plus a row (addr(1), g = 1, share 10^6) in the
// inactive slot 3, marked active (with count 1) or not, and addr(1)'s epoch score raised
// by 10^6 with the split redone: everything but the padding constraints is consistent.
func extraRow(t *testing.T, s Split, recs []RecordRows, on bool) *AttributedSplit {
	t.Helper()
	i := slices.IndexFunc(s.Addrs, func(a *big.Int) bool { return a.Cmp(addr(1)) == 0 })
	w := mustAttributed(t, resplit(s, func(sc []uint64) { sc[i] += AggScale }), RecordSet{Records: recs})
	w.Records.Addr[3][0], w.Records.Score[3][0], w.Records.Share[3][0], w.Records.ShareRem[3][0] = addr(1), 1, AggScale, 0
	if on {
		w.Records.RowOn[3][0], w.Records.Count[3] = 1, 1
	}
	return w
}

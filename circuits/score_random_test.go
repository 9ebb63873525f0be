package circuits

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestScoreCircuitRandom: random trees (size, depth, dimension), random candidate
// subsets and signed values (extremes included) are accepted when honest, and a random
// single-unit change of one value of the statement or witness is rejected.
func TestScoreCircuitRandom(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(2024, 5))
	iters := 48
	if testing.Short() {
		iters = 16
	}
	dims := []int{1, 2, 14, 15, 16, 31}
	unit := func() int64 { return 1 - 2*rng.Int64N(2) }
	for it := range iters {
		n := 1 + rng.IntN(20)
		depth := TreeDepth(n) + rng.IntN(3)
		k := dims[rng.IntN(len(dims))]
		m := 1 + rng.IntN(5)
		d := newSketchData(t, rng, n, k, depth, 1+rng.IntN(3))
		q := randSketch(rng, k)
		leaves := rng.Perm(n)[:rng.IntN(min(m, n)+1)]
		s := d.statement(q, leaves...)
		w, err := AssignScore(m, k, depth, SpanShape{}, s)
		if err != nil {
			t.Fatalf("iter %d: assign: %v", it, err)
		}
		if err := scoreSolved(w); err != nil {
			t.Fatalf("iter %d (n=%d depth=%d k=%d m=%d leaves=%v): honest witness rejected: %v", it, n, depth, k, m, leaves, err)
		}

		kinds := []string{"query", "commitment"}
		if len(leaves) > 0 {
			kinds = append(kinds, "sketch", "pos", "sibling", "contributor", "point", "leaf")
		}
		kind := kinds[rng.IntN(len(kinds))]
		ci := 0
		if len(leaves) > 0 {
			ci = rng.IntN(len(leaves))
		}
		switch kind {
		case "query":
			j := rng.IntN(k)
			s.Query[j] = moveQuant(s.Query[j], unit())
			w = fillScore(m, k, depth, SpanShape{}, s)
			w.QueryHash = QueryHash(q)
		case "commitment":
			addrs, totals := s.Totals()
			if len(addrs) == 0 {
				addrs, totals = []*big.Int{contributor(0)}, []uint64{1}
			} else {
				x := rng.IntN(len(totals))
				totals[x] = uint64(int64(totals[x]) + unit())
			}
			w.Commitment = ScoresCommitment(addrs, totals)
		case "sketch":
			j := rng.IntN(k)
			s.Candidates[ci].Sketch[j] = moveQuant(s.Candidates[ci].Sketch[j], unit())
			w = fillScore(m, k, depth, SpanShape{}, s)
		case "pos":
			w.Pos[ci] = asInt(w.Pos[ci]) + unit()
			if p := w.Pos[ci].(int64); p < 0 {
				w.Pos[ci] = signedField(p)
			}
		case "sibling":
			p := s.Candidates[ci].Path
			x := rng.IntN(depth)
			p[x] = new(big.Int).Add(p[x], big.NewInt(unit()))
			p[x].Mod(p[x], Modulus())
			w = fillScore(m, k, depth, SpanShape{}, s)
		case "contributor":
			s.Candidates[ci].Contributor = new(big.Int).Add(s.Candidates[ci].Contributor, big.NewInt(unit()))
			w = fillScore(m, k, depth, SpanShape{}, s)
		case "point":
			s.Candidates[ci].Point = new(big.Int).Add(s.Candidates[ci].Point, big.NewInt(unit()))
			w = fillScore(m, k, depth, SpanShape{}, s)
		case "leaf":
			s.Candidates[ci].Leaf ^= 1 << rng.IntN(depth)
			w = fillScore(m, k, depth, SpanShape{}, s)
		}
		if err := scoreSolved(w); err == nil {
			t.Fatalf("iter %d (n=%d depth=%d k=%d m=%d leaves=%v): tamper %s on candidate %d accepted", it, n, depth, k, m, leaves, kind, ci)
		}
	}
}

// moveQuant moves v by delta (±1), reflecting at the ends of the quantized range.
func moveQuant(v int32, delta int64) int32 {
	x := int64(v) + delta
	if x > QuantMax || x < -QuantMax {
		x = int64(v) - delta
	}
	return int32(x)
}

package circuits

import (
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/consensys/gnark/frontend"
)

// scoreCase is the fixed data of the tamper tests: 8 points of contributors A, B, A,
// C, B, A, C, B in a depth-3 tree, sketches of dimension 20 built so that the sign of
// each score against query is known (+, +, −, +, −, +, +, −).
type scoreCase struct {
	*sketchData
	query []int32
}

const scoreM, scoreK, scoreDepth = 4, 20, 3

func newScoreCase(t testing.TB) *scoreCase {
	t.Helper()
	rng := rand.New(rand.NewPCG(99, 1))
	who := []int{0, 1, 0, 2, 1, 0, 2, 1}
	sign := []int32{1, 1, -1, 1, -1, 1, 1, -1}
	q := randSketch(rng, scoreK)
	q[0] = QuantMax
	d := &sketchData{k: scoreK}
	leaves := make([]*big.Int, len(who))
	for i := range who {
		v := make([]int32, scoreK)
		for j := range v {
			v[j] = sign[i]*(q[j]/2) + int32(rng.IntN(5)) - 2
		}
		d.points = append(d.points, PointHash("datanet-case", string(rune('p'+i))))
		d.contribs = append(d.contribs, contributor(who[i]))
		d.sketches = append(d.sketches, v)
		leaves[i] = SketchLeaf(d.points[i], d.contribs[i], v)
		if s := Dot(q, v); (s > 0) != (sign[i] > 0) {
			t.Fatalf("fixture: score of point %d is %d, want sign %d", i, s, sign[i])
		}
	}
	tree, err := NewSketchTree(leaves, scoreDepth)
	if err != nil {
		t.Fatal(err)
	}
	d.tree = tree
	return &scoreCase{sketchData: d, query: q}
}

func mustAssignScore(t testing.TB, s *ScoreStatement) *ScoreCircuit {
	t.Helper()
	w, err := AssignScore(scoreM, scoreK, scoreDepth, SpanShape{}, s)
	if err != nil {
		t.Fatalf("assign: %v", err)
	}
	return w
}

// rowOf returns the witness row that holds leaf (read from the path bits).
func rowOf(t testing.TB, w *ScoreCircuit, leaf int) int {
	t.Helper()
	for i := range w.Active {
		if w.Active[i] != 1 {
			continue
		}
		idx := 0
		for d, b := range w.PathBits[i] {
			idx |= b.(int) << d
		}
		if idx == leaf {
			return i
		}
	}
	t.Fatalf("leaf %d not in the witness", leaf)
	return -1
}

func asInt(v frontend.Variable) int64 {
	switch x := v.(type) {
	case int64:
		return x
	case int:
		return int64(x)
	}
	panic("not an int")
}

// commitTotals is ScoresCommitment of the statement's totals after f edits them.
func commitTotals(s *ScoreStatement, f func(addrs []*big.Int, totals []uint64) ([]*big.Int, []uint64)) *big.Int {
	return ScoresCommitment(f(s.Totals()))
}

func TestScoreCircuitAcceptsHonest(t *testing.T) {
	t.Parallel()
	c := newScoreCase(t)
	neg := make([]int32, scoreK)
	for j := range neg {
		neg[j] = -c.query[j]
	}
	maxQ := make([]int32, scoreK)
	for j := range maxQ {
		maxQ[j] = QuantMax
	}
	cases := []struct {
		name  string
		q     []int32
		leafs []int
	}{
		{"empty", c.query, nil},
		{"one", c.query, []int{3}},
		{"one-negative", c.query, []int{2}},
		{"group-mixed", c.query, []int{0, 2, 5, 1}},
		{"three-groups", c.query, []int{7, 6, 0, 1}},
		{"all-negative", c.query, []int{2, 4, 7}},
		{"negated-query", neg, []int{0, 1, 3}},
		{"zero-query", make([]int32, scoreK), []int{0, 1, 2, 3}},
		{"max-query", maxQ, []int{0, 2, 4, 6}},
	}
	for _, x := range cases {
		t.Run("case="+x.name, func(t *testing.T) {
			s := c.statement(x.q, x.leafs...)
			if err := scoreSolved(mustAssignScore(t, s)); err != nil {
				t.Fatalf("honest witness rejected: %v", err)
			}
		})
	}
}

func TestScoreCircuitRejectsTampering(t *testing.T) {
	t.Parallel()
	c := newScoreCase(t)
	// Leaves 0 (A, +), 1 (B, +), 2 (A, −); one padding row.
	base := func() *ScoreStatement { return c.statement(c.query, 0, 1, 2) }
	fill := func(s *ScoreStatement) *ScoreCircuit { return fillScore(scoreM, scoreK, scoreDepth, SpanShape{}, s) }
	// want names the constraint that must fail (a function on the failing assertion's
	// stack; range checks fail in the deferred rangecheck commitment), so that a case
	// cannot pass through an unrelated failure.
	cases := []struct {
		name   string
		want   string
		tamper func(t *testing.T) *ScoreCircuit
	}{
		{"sketch-value", "assertInTree", func(t *testing.T) *ScoreCircuit {
			s := base()
			s.Candidates[1].Sketch[5] = bumpQuant(s.Candidates[1].Sketch[5]) // scores and commitment follow; only the tree disagrees
			return fill(s)
		}},
		{"score-plus-one", "assertSignedSplit", func(t *testing.T) *ScoreCircuit {
			s := base()
			w := fill(s)
			r := rowOf(t, w, 1)
			w.Pos[r] = asInt(w.Pos[r]) + 1
			w.Commitment = commitTotals(s, func(a []*big.Int, tot []uint64) ([]*big.Int, []uint64) {
				for i := range a {
					if a[i].Cmp(c.contribs[1]) == 0 {
						tot[i]++
					}
				}
				return a, tot
			})
			return w
		}},
		{"total-plus-one", "assertCommitment", func(t *testing.T) *ScoreCircuit {
			s := base()
			w := fill(s)
			w.Commitment = commitTotals(s, func(a []*big.Int, tot []uint64) ([]*big.Int, []uint64) {
				tot[0]++
				return a, tot
			})
			return w
		}},
		{"contributor-swapped", "assertInTree", func(t *testing.T) *ScoreCircuit {
			s := base()
			s.Candidates[0].Contributor, s.Candidates[1].Contributor = s.Candidates[1].Contributor, s.Candidates[0].Contributor
			return fill(s)
		}},
		{"leaf-outside-tree", "assertInTree", func(t *testing.T) *ScoreCircuit {
			s := base()
			rng := rand.New(rand.NewPCG(5, 5))
			path := make([]*big.Int, scoreDepth)
			for d := range path {
				path[d] = randBits(rng, 250)
			}
			s.Candidates = append(s.Candidates, ScoreCandidate{Leaf: 6, Point: PointHash("x", "y"),
				Contributor: contributor(2), Sketch: c.query, Path: path})
			return fill(s)
		}},
		{"real-leaf-wrong-index", "assertInTree", func(t *testing.T) *ScoreCircuit {
			s := base()
			s.Candidates[1].Leaf = 5 // leaf 1's data and path, claimed at an unused index
			return fill(s)
		}},
		{"same-leaf-twice", "rangecheck", func(t *testing.T) *ScoreCircuit {
			s := base()
			s.Candidates = append(s.Candidates, c.candidate(0))
			return fill(s)
		}},
		{"query-changed", "assertQuery", func(t *testing.T) *ScoreCircuit {
			s := base()
			s.Query[2] = bumpQuant(s.Query[2])
			w := fill(s)
			w.QueryHash = QueryHash(c.query)
			return w
		}},
		{"negative-wraps-field", "rangecheck", func(t *testing.T) *ScoreCircuit {
			s := base()
			w := fill(s)
			r := rowOf(t, w, 2)
			wrapped := signedField(-asInt(w.Neg[r]))
			w.Pos[r], w.Neg[r] = wrapped, 0
			// The commitment follows: A's total is pos_0 + (r − |s_2|) mod r.
			w.Commitment = rawCommitment(rowTotals(t, w))
			return w
		}},
		{"negative-counted-positive", "assertSignedSplit", func(t *testing.T) *ScoreCircuit {
			s := base()
			w := fill(s)
			r := rowOf(t, w, 2)
			abs := asInt(w.Neg[r])
			w.Pos[r], w.Neg[r] = abs, 0
			w.Commitment = commitTotals(s, func(a []*big.Int, tot []uint64) ([]*big.Int, []uint64) {
				for i := range a {
					if a[i].Cmp(c.contribs[2]) == 0 {
						tot[i] += uint64(abs)
					}
				}
				return a, tot
			})
			return w
		}},
		{"signed-total", "assertCommitment", func(t *testing.T) *ScoreCircuit {
			s := base()
			w := fill(s)
			// A's total as the signed sum s_0 + s_2 (< 0, so r − |s_0 + s_2|).
			scores := s.Scores()
			addrs := []*big.Int{c.contribs[0], c.contribs[1]}
			totals := []*big.Int{signedField(scores[0] + scores[2]), big.NewInt(scores[1])}
			w.Commitment = rawCommitment(addrs, totals)
			return w
		}},
		{"pos-and-neg", "assertSignedSplit", func(t *testing.T) *ScoreCircuit {
			w := fill(base())
			r := rowOf(t, w, 0)
			w.Pos[r], w.Neg[r] = asInt(w.Pos[r])+7, int64(7)
			return w
		}},
		{"zero-total-committed", "assertCommitment", func(t *testing.T) *ScoreCircuit {
			s := c.statement(c.query, 0, 1, 4) // contributor B: + and −; A: +
			w := fill(s)
			addrs, tot := s.Totals()
			w.Commitment = ScoresCommitment(append(addrs, contributor(2)), append(tot, 0))
			return w
		}},
		{"padding-row-counted", "assertCommitment", func(t *testing.T) *ScoreCircuit {
			// Row 3 is padding (Active 0) but carries leaf 3 (contributor C, positive
			// score, a valid path), and the commitment claims C's total.
			s := base()
			w := fill(s)
			four := c.statement(c.query, 0, 1, 2, 3)
			full := fill(four)
			r := rowOf(t, full, 3)
			copyRow(w, 3, full, r)
			w.Active[3] = 0
			w.Commitment = four.Commitment()
			return w
		}},
		{"active-flag-gap", "assertMonotoneFlag", func(t *testing.T) *ScoreCircuit {
			s := c.statement(c.query, 0, 1, 2, 3)
			w := fill(s)
			w.Active[2], w.Count = 0, 3 // the commitment still counts row 2's group
			return w
		}},
		{"count-lies", "assertActive", func(t *testing.T) *ScoreCircuit {
			w := fill(base())
			w.Count = 2
			return w
		}},
		{"rows-unsorted", "rangecheck", func(t *testing.T) *ScoreCircuit {
			s := c.statement(c.query, 0, 1, 3)
			w := fill(s)
			swapRows(w, 0, 2) // C, B, A; the commitment follows the row order
			w.Commitment = rawCommitment(rowTotals(t, w))
			return w
		}},
		{"contributor-split-groups", "rangecheck", func(t *testing.T) *ScoreCircuit {
			// A, B, A: contributor A in two groups (two commitment entries), in row order.
			s := c.statement(c.query, 0, 1, 5)
			w := fill(s)
			swapRows(w, 1, 2)
			w.Commitment = rawCommitment(rowTotals(t, w))
			return w
		}},
		{"query-repacked", "rangecheck", func(t *testing.T) *ScoreCircuit {
			// q_0 + 2^16 and q_1 − 1 pack to the same element, so QueryHash holds; the
			// scores and the commitment follow the new values.
			w := fill(base())
			w.Query[0] = new(big.Int).Add(toBig(w.Query[0]), big.NewInt(1<<16))
			w.Query[1] = signedField(signedInt(w.Query[1]) - 1)
			rescore(t, w)
			return w
		}},
		{"sketch-repacked", "rangecheck", func(t *testing.T) *ScoreCircuit {
			// The same on a candidate's sketch: its leaf, and so the root, holds.
			w := fill(base())
			r := rowOf(t, w, 1)
			w.Sketch[r][3] = signedField(signedInt(w.Sketch[r][3]) - 1<<16)
			w.Sketch[r][4] = signedField(signedInt(w.Sketch[r][4]) + 1)
			rescore(t, w)
			return w
		}},
		{"contributor-over-160-bits", "rangecheck", func(t *testing.T) *ScoreCircuit {
			// A tree whose leaf was hashed (not by SketchLeaf) with a 161-bit contributor.
			who := new(big.Int).Add(pow2(AddrBits), contributor(0))
			return rawLeafWitness(t, c.query, c.points[0], who, c.sketches[0])
		}},
		{"point-over-248-bits", "rangecheck", func(t *testing.T) *ScoreCircuit {
			return rawLeafWitness(t, c.query, new(big.Int).Add(pow2(PointBits), c.points[0]), c.contribs[0], c.sketches[0])
		}},
		{"root-wrong", "assertInTree", func(t *testing.T) *ScoreCircuit {
			w := fill(base())
			w.SketchRoot = new(big.Int).Add(w.SketchRoot.(*big.Int), big.NewInt(1))
			return w
		}},
		{"path-bit-not-boolean", "foldPath", func(t *testing.T) *ScoreCircuit {
			w := fill(base())
			w.PathBits[0][0] = 2
			return w
		}},
	}
	if err := scoreSolved(fill(base())); err != nil {
		t.Fatalf("base statement rejected: %v", err)
	}
	if w := fill(base()); rawCommitment(rowTotals(t, w)).Cmp(w.Commitment.(*big.Int)) != 0 {
		t.Fatal("rawCommitment of the honest rows differs from the statement's commitment")
	}
	for _, x := range cases {
		t.Run("tamper="+x.name, func(t *testing.T) {
			err := scoreSolved(x.tamper(t))
			if err == nil {
				t.Fatal("tampered witness accepted")
			}
			if !strings.Contains(err.Error(), x.want) {
				t.Fatalf("rejected, but not by %s: %v", x.want, err)
			}
		})
	}
}

// TestScorePaddingIsInert documents the choice of leaving inactive rows unconstrained:
// a padding row carrying a real candidate changes nothing that is proven, so the
// witness with the honest public inputs is still accepted (and the one claiming the
// row's score is rejected, tamper=padding-row-counted).
func TestScorePaddingIsInert(t *testing.T) {
	t.Parallel()
	c := newScoreCase(t)
	s := c.statement(c.query, 0, 1, 2)
	w := fillScore(scoreM, scoreK, scoreDepth, SpanShape{}, s)
	full := fillScore(scoreM, scoreK, scoreDepth, SpanShape{}, c.statement(c.query, 0, 1, 2, 3))
	copyRow(w, 3, full, rowOf(t, full, 3))
	w.Active[3] = 0
	if err := scoreSolved(w); err != nil {
		t.Fatalf("padding row with data rejected: %v", err)
	}
}

// rawLeafWitness commits a leaf hashed directly (bypassing SketchLeaf's range checks)
// from point, who and sketch in a tree of its own, and returns the witness that scores it
// with the commitment the circuit computes.
func rawLeafWitness(t testing.TB, q []int32, point, who *big.Int, sketch []int32) *ScoreCircuit {
	t.Helper()
	leaf := refChain(append([]*big.Int{big.NewInt(LeafTag), point, who}, refPack(sketch)...))
	tree, err := NewSketchTree([]*big.Int{leaf}, scoreDepth)
	if err != nil {
		t.Fatal(err)
	}
	s := &ScoreStatement{Root: tree.Root(), Query: q, Candidates: []ScoreCandidate{{
		Leaf: 0, Point: big.NewInt(1), Contributor: big.NewInt(1), Sketch: sketch, Path: tree.Path(0)}}}
	w := fillScore(scoreM, scoreK, scoreDepth, SpanShape{}, s)
	w.Point[0], w.Contributor[0] = point, who
	w.Commitment = rawCommitment(rowTotals(t, w))
	return w
}

// rowTotals reads the witness rows in order and returns the groups the circuit forms:
// consecutive active rows with equal contributors, with the field sum of Pos, zero
// totals dropped.
func rowTotals(t testing.TB, w *ScoreCircuit) (addrs, totals []*big.Int) {
	t.Helper()
	r := Modulus()
	for i := range w.Active {
		if w.Active[i] != 1 {
			break
		}
		a := toBig(w.Contributor[i])
		p := toBig(w.Pos[i])
		if len(addrs) > 0 && addrs[len(addrs)-1].Cmp(a) == 0 && i > 0 && toBig(w.Contributor[i-1]).Cmp(a) == 0 {
			totals[len(totals)-1] = new(big.Int).Add(totals[len(totals)-1], p)
			totals[len(totals)-1].Mod(totals[len(totals)-1], r)
			continue
		}
		addrs, totals = append(addrs, a), append(totals, p)
	}
	var ka, kt []*big.Int
	for i := range addrs {
		if totals[i].Sign() != 0 {
			ka, kt = append(ka, addrs[i]), append(kt, totals[i])
		}
	}
	return ka, kt
}

// rawCommitment is ScoresCommitment with totals taken as field elements (any size),
// the value the circuit computes for such rows.
func rawCommitment(addrs, totals []*big.Int) *big.Int {
	els := []*big.Int{big.NewInt(int64(len(addrs)))}
	for i := range addrs {
		v := new(big.Int).Lsh(addrs[i], ScoreBits)
		els = append(els, v.Add(v, totals[i]))
	}
	return mdHash(els...)
}

// signedInt reads a witness value as a signed integer (values above r/2 are negative).
func signedInt(v frontend.Variable) int64 {
	x := new(big.Int).Set(toBig(v))
	if x.Cmp(new(big.Int).Rsh(Modulus(), 1)) > 0 {
		x.Sub(x, Modulus())
	}
	return x.Int64()
}

// rescore recomputes every active row's Pos and Neg from the witness's own query and
// sketch values, and the commitment from the rows, so that only range checks can tell
// out-of-range values.
func rescore(t testing.TB, w *ScoreCircuit) {
	t.Helper()
	for i := range w.Active {
		if w.Active[i] != 1 {
			continue
		}
		var sc int64
		for j := range w.Query {
			sc += signedInt(w.Query[j]) * signedInt(w.Sketch[i][j])
		}
		w.Pos[i], w.Neg[i] = max(sc, 0), max(-sc, 0)
	}
	w.Commitment = rawCommitment(rowTotals(t, w))
}

func toBig(v frontend.Variable) *big.Int {
	switch x := v.(type) {
	case *big.Int:
		return x
	case int64:
		return big.NewInt(x)
	case int:
		return big.NewInt(int64(x))
	}
	panic("unexpected witness value type")
}

// bumpQuant moves a quantized value by one unit, staying in range.
func bumpQuant(v int32) int32 {
	if v == QuantMax {
		return v - 1
	}
	return v + 1
}

func copyRow(dst *ScoreCircuit, i int, src *ScoreCircuit, j int) {
	dst.Active[i], dst.Point[i], dst.Contributor[i] = src.Active[j], src.Point[j], src.Contributor[j]
	dst.Pos[i], dst.Neg[i] = src.Pos[j], src.Neg[j]
	copy(dst.Sketch[i], src.Sketch[j])
	copy(dst.PathBits[i], src.PathBits[j])
	copy(dst.Path[i], src.Path[j])
}

func swapRows(w *ScoreCircuit, i, j int) {
	w.Active[i], w.Active[j] = w.Active[j], w.Active[i]
	w.Point[i], w.Point[j] = w.Point[j], w.Point[i]
	w.Contributor[i], w.Contributor[j] = w.Contributor[j], w.Contributor[i]
	w.Pos[i], w.Pos[j] = w.Pos[j], w.Pos[i]
	w.Neg[i], w.Neg[j] = w.Neg[j], w.Neg[i]
	w.Sketch[i], w.Sketch[j] = w.Sketch[j], w.Sketch[i]
	w.PathBits[i], w.PathBits[j] = w.PathBits[j], w.PathBits[i]
	w.Path[i], w.Path[j] = w.Path[j], w.Path[i]
}

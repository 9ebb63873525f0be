package circuits

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"
	"github.com/consensys/gnark/std/rangecheck"
)

// ScanCircuit proves that a record's candidates are the true top M of the committed
// sketch tree: it scans every leaf slot of the tree (docs/proofs.md, "Completeness by
// scan"). For a shape (Slots = 2^s, K, Depth, M, Rows) it constrains:
//
//  1. Active reads 1…1 0…0 with Active_0 = 1 (n ≥ 1 leaves); slot i's leaf is
//     Active_i·SketchLeaf(Point_i, Contributor_i, Sketch_i) (0, the empty leaf, when
//     inactive); the subtree over the Slots leaves, folded as the left child with the
//     zero-subtree roots up to Depth, equals SketchRoot. So the tree's non-empty leaves
//     are exactly the active slots, at positions 0..n−1.
//  2. QueryHash = QueryHash(Query); every query and sketch value is in [−2^15, 2^15).
//  3. score_i = Σ_j Query_j·Sketch_ij exactly, split as Pos_i − Neg_i (Pos_i =
//     max(0, score_i)); key_i = (score_i + 2^b)·Slots + (Slots − 1 − i), b =
//     ScoreBitsFor(K): distinct, ordered by score, ties to the lower leaf.
//  4. Exclude_i ≤ Active_i and Excluded = ExclusionHash(Exclude).
//  5. Sel_i ≤ Active_i·(1 − Exclude_i); Σ Sel = min(M, n_e), n_e the number of eligible
//     (active, not excluded) slots; for every eligible slot, Sel_i = 1 ⇒ key_i ≥ T and
//     Sel_i = 0 ⇒ key_i < T, one range check of (2·Sel_i − 1)·(key_i − T) − 1 + Sel_i.
//     The selected slots are then exactly the top min(M, n_e) eligible ones by key.
//  6. Rows: RowActive 1…1 0…0, inactive rows zero, addresses < 2^160 strictly
//     ascending, totals in [1, 2^64) on active rows; Σ_i Sel_i·Pos_i/(γ − Contributor_i)
//     = Σ_r Total_r/(γ − Addr_r) with γ a Fiat–Shamir commitment (std/multicommit, merged
//     with the range checker's into the proof's one commitment) to the rows, the
//     contributors, Sel and Pos. So each row is a distinct contributor with its total
//     credit, and every contributor with positive credit has a row.
//  7. Commitment = ScoresCommitment of the active rows (the score circuit's format).
//
// Build an empty one with NewScanCircuit and a witness with ScanStatement.Assign.
type ScanCircuit struct {
	// Public inputs, in this order.
	SketchRoot frontend.Variable `gnark:",public"`
	QueryHash  frontend.Variable `gnark:",public"`
	Commitment frontend.Variable `gnark:",public"`
	Excluded   frontend.Variable `gnark:",public"`

	Query []frontend.Variable

	// Per slot.
	Active      []frontend.Variable
	Point       []frontend.Variable
	Contributor []frontend.Variable
	Sketch      [][]frontend.Variable
	Exclude     []frontend.Variable
	Sel         []frontend.Variable
	// Pos and Neg are max(0, score_i) and max(0, −score_i).
	Pos []frontend.Variable
	Neg []frontend.Variable

	// Threshold is T, the smallest selected key (0 when every eligible slot is selected).
	Threshold frontend.Variable

	// Commitment rows: the contributors with positive credit, ascending.
	RowActive []frontend.Variable
	Addr      []frontend.Variable
	Total     []frontend.Variable

	shape ScanShape
}

// NewScanCircuit returns an unassigned circuit of shape sh, for compilation. It panics
// if sh is out of bounds (ScanShape.Check).
func NewScanCircuit(sh ScanShape) *ScanCircuit {
	sh.mustCheck()
	n := sh.Slots
	c := &ScanCircuit{
		shape:       sh,
		Query:       make([]frontend.Variable, sh.K),
		Active:      make([]frontend.Variable, n),
		Point:       make([]frontend.Variable, n),
		Contributor: make([]frontend.Variable, n),
		Sketch:      make([][]frontend.Variable, n),
		Exclude:     make([]frontend.Variable, n),
		Sel:         make([]frontend.Variable, n),
		Pos:         make([]frontend.Variable, n),
		Neg:         make([]frontend.Variable, n),
		RowActive:   make([]frontend.Variable, sh.Rows),
		Addr:        make([]frontend.Variable, sh.Rows),
		Total:       make([]frontend.Variable, sh.Rows),
	}
	for i := range n {
		c.Sketch[i] = make([]frontend.Variable, sh.K)
	}
	return c
}

// Shape returns the circuit's shape. It panics if the slices do not have its lengths.
func (c *ScanCircuit) Shape() ScanShape {
	sh := c.shape
	sh.mustCheck()
	n := sh.Slots
	if len(c.Query) != sh.K || len(c.Active) != n || len(c.Point) != n || len(c.Contributor) != n ||
		len(c.Sketch) != n || len(c.Exclude) != n || len(c.Sel) != n || len(c.Pos) != n || len(c.Neg) != n ||
		len(c.RowActive) != sh.Rows || len(c.Addr) != sh.Rows || len(c.Total) != sh.Rows {
		panic("circuits: ScanCircuit slices do not match its shape")
	}
	for i := range n {
		if len(c.Sketch[i]) != sh.K {
			panic("circuits: ScanCircuit sketch of the wrong length")
		}
	}
	return sh
}

// Define declares the scan constraints (see ScanCircuit). It panics if the slices do
// not match the shape.
func (c *ScanCircuit) Define(api frontend.API) error {
	sh := c.Shape()
	rc := rangecheck.New(api)
	perm := newPerm(api)

	for _, q := range c.Query {
		checkQuantized(api, rc, q)
	}
	assertQuery(api, perm, c.Query, c.QueryHash)

	// 1. Active prefix and the tree over the slots.
	api.AssertIsEqual(c.Active[0], 1)
	prev := frontend.Variable(1)
	leaves := make([]frontend.Variable, sh.Slots)
	for i := range sh.Slots {
		assertMonotoneFlag(api, prev, c.Active[i])
		prev = c.Active[i]
		for _, v := range c.Sketch[i] {
			checkQuantized(api, rc, v)
		}
		leaves[i] = api.Mul(c.Active[i], sketchLeaf(api, perm, c.Point[i], c.Contributor[i], c.Sketch[i]))
	}
	api.AssertIsEqual(scanRoot(perm, leaves, sh.Depth), c.SketchRoot)

	// 4. Exclusion bitmap.
	for i := range sh.Slots {
		api.AssertIsBoolean(c.Exclude[i])
		api.AssertIsEqual(api.Mul(c.Exclude[i], api.Sub(1, c.Active[i])), 0)
	}
	api.AssertIsEqual(exclusionHash(api, perm, c.Exclude), c.Excluded)

	// 3, 5. Scores, keys and the selection.
	c.assertSelection(api, rc, sh)

	// 6, 7. Rows and the commitment.
	c.assertRows(api, rc)
	return nil
}

// assertSelection constrains the scores, their split and the threshold selection.
func (c *ScanCircuit) assertSelection(api frontend.API, rc frontend.Rangechecker, sh ScanShape) {
	scoreBits := ScoreBitsFor(sh.K)
	keyBits := sh.keyBits()
	offset := new(big.Int).Lsh(big.NewInt(1), uint(scoreBits))
	rc.Check(c.Threshold, keyBits)
	eligible := frontend.Variable(0)
	selected := frontend.Variable(0)
	for i := range sh.Slots {
		assertSignedSplit(api, rc, dot(api, c.Query, c.Sketch[i]), c.Pos[i], c.Neg[i], scoreBits)
		// key_i − T with key_i = (Pos − Neg + 2^b)·Slots + Slots − 1 − i.
		diff := api.Sub(api.Mul(api.Add(api.Sub(c.Pos[i], c.Neg[i]), offset), sh.Slots), c.Threshold)
		diff = api.Add(diff, sh.Slots-1-i)

		e := api.Mul(c.Active[i], api.Sub(1, c.Exclude[i]))
		api.AssertIsBoolean(c.Sel[i])
		api.AssertIsEqual(api.Mul(c.Sel[i], api.Sub(1, e)), 0)
		// Sel = 1: key − T ≥ 0; Sel = 0: T − 1 − key ≥ 0; checked on eligible slots only.
		side := api.Sub(api.Mul(api.Sub(api.Mul(c.Sel[i], 2), 1), diff), api.Sub(1, c.Sel[i]))
		rc.Check(api.Mul(e, side), keyBits)
		eligible = api.Add(eligible, e)
		selected = api.Add(selected, c.Sel[i])
	}
	// Σ Sel = min(M, n_e): Σ Sel ≤ n_e by Sel ≤ e; Σ Sel ≤ M; and one of the two is tight.
	slack := api.Sub(sh.M, selected)
	rc.Check(slack, sh.slotBits()+1)
	api.AssertIsEqual(api.Mul(slack, api.Sub(eligible, selected)), 0)
}

// assertRows constrains the commitment rows and their log-derivative match with the
// selected credit (see ScanCircuit, step 6).
func (c *ScanCircuit) assertRows(api frontend.API, rc frontend.Rangechecker) {
	rows := len(c.RowActive)
	count := frontend.Variable(0)
	prev := frontend.Variable(1)
	for r := range rows {
		a := c.RowActive[r]
		assertMonotoneFlag(api, prev, a)
		prev = a
		count = api.Add(count, a)
		rc.Check(c.Addr[r], AddrBits)
		rc.Check(c.Total[r], TotalBits)
		// Inactive rows are zero (both are non-negative and < 2^224 together).
		api.AssertIsEqual(api.Mul(api.Sub(1, a), api.Add(c.Addr[r], c.Total[r])), 0)
		rc.Check(api.Mul(a, api.Sub(c.Total[r], 1)), TotalBits)
		if r > 0 {
			rc.Check(api.Mul(a, api.Sub(c.Addr[r], c.Addr[r-1], 1)), AddrBits)
		}
	}
	com := newRowCommitter(api, count)
	for r := range rows {
		com.absorb(c.RowActive[r], c.Addr[r], c.Total[r])
	}
	api.AssertIsEqual(com.state, c.Commitment)

	credit := make([]frontend.Variable, len(c.Sel))
	for i := range c.Sel {
		credit[i] = api.Mul(c.Sel[i], c.Pos[i])
	}
	committed := make([]frontend.Variable, 0, 3*len(c.Sel)+3*rows)
	committed = append(committed, c.Sel...)
	committed = append(committed, c.Pos...)
	committed = append(committed, c.Contributor...)
	committed = append(committed, c.RowActive...)
	committed = append(committed, c.Addr...)
	committed = append(committed, c.Total...)
	multicommit.WithCommitment(api, func(api frontend.API, gamma frontend.Variable) error {
		lhs := frontend.Variable(0)
		for i := range credit {
			lhs = api.Add(lhs, api.DivUnchecked(credit[i], api.Sub(gamma, c.Contributor[i])))
		}
		rhs := frontend.Variable(0)
		for r := range rows {
			rhs = api.Add(rhs, api.DivUnchecked(c.Total[r], api.Sub(gamma, c.Addr[r])))
		}
		api.AssertIsEqual(lhs, rhs)
		return nil
	}, committed...)
}

// scanRoot folds the leaves (a power of two of them) into their subtree root, then the
// subtree as the leftmost one with the zero-subtree roots (SketchTree's) up to depth.
func scanRoot(perm *hasher, leaves []frontend.Variable, depth int) frontend.Variable {
	level := leaves
	d := 0
	for len(level) > 1 {
		next := make([]frontend.Variable, len(level)/2)
		for j := range next {
			next[j] = perm.Compress(level[2*j], level[2*j+1])
		}
		level = next
		d++
	}
	node := level[0]
	zeros := zeroRoots(depth)
	for ; d < depth; d++ {
		node = perm.Compress(node, zeros[d].BigInt(new(big.Int)))
	}
	return node
}

// zeroRoots returns the roots of all-zero subtrees of heights 0..depth (as SketchTree).
func zeroRoots(depth int) []fr.Element {
	p := poseidon2.NewDefaultPermutation()
	z := make([]fr.Element, depth+1)
	for d := 1; d <= depth; d++ {
		z[d] = compressNative(p, z[d-1], z[d-1])
	}
	return z
}

var _ frontend.Circuit = (*ScanCircuit)(nil)

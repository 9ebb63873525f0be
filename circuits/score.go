package circuits

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/rangecheck"
)

// ScoreCircuit is the attribution score circuit of shape (M, K, depth): M candidate
// rows, sketches of dimension K, a sketch tree of the given depth (see the package
// documentation, # ScoreCircuit). Build an empty one for compilation with
// NewScoreCircuit and a witness with AssignScore.
type ScoreCircuit struct {
	// Public inputs, in this order.
	SketchRoot frontend.Variable `gnark:",public"` // root of the posted sketch tree
	QueryHash  frontend.Variable `gnark:",public"` // QueryHash of Query
	Commitment frontend.Variable `gnark:",public"` // ScoresCommitment of the positive totals

	// Count is the number n ≤ M of real rows; Active[i] is 1 for i < n, 0 after.
	Count  frontend.Variable
	Active []frontend.Variable
	// Query is the quantized query sketch, K signed values.
	Query []frontend.Variable
	// Per row: the data point, its contributor and sketch (K signed values), the
	// authentication path (siblings from the leaf up) and the bits of the leaf index.
	Point       []frontend.Variable
	Contributor []frontend.Variable
	Sketch      [][]frontend.Variable
	PathBits    [][]frontend.Variable
	Path        [][]frontend.Variable
	// Pos and Neg are max(0, s_i) and max(0, −s_i), s_i = Σ_j Query_j·Sketch_ij.
	Pos []frontend.Variable
	Neg []frontend.Variable
}

// NewScoreCircuit returns an unassigned circuit of shape (m, k, depth), for
// compilation. It panics if m is outside [1, MaxCandidates], k outside [1, MaxScoreK] or
// depth outside [1, MaxDepth].
func NewScoreCircuit(m, k, depth int) *ScoreCircuit {
	checkScoreShape(m, k, depth)
	c := &ScoreCircuit{
		Active:      make([]frontend.Variable, m),
		Query:       make([]frontend.Variable, k),
		Point:       make([]frontend.Variable, m),
		Contributor: make([]frontend.Variable, m),
		Sketch:      make([][]frontend.Variable, m),
		PathBits:    make([][]frontend.Variable, m),
		Path:        make([][]frontend.Variable, m),
		Pos:         make([]frontend.Variable, m),
		Neg:         make([]frontend.Variable, m),
	}
	for i := range m {
		c.Sketch[i] = make([]frontend.Variable, k)
		c.PathBits[i] = make([]frontend.Variable, depth)
		c.Path[i] = make([]frontend.Variable, depth)
	}
	return c
}

func checkScoreShape(m, k, depth int) {
	if m < 1 || m > MaxCandidates || k < 1 || k > MaxScoreK || depth < 1 || depth > MaxDepth {
		panic(fmt.Sprintf("circuits: ScoreCircuit shape (m=%d, k=%d, depth=%d) outside [1, %d]×[1, %d]×[1, %d]",
			m, k, depth, MaxCandidates, MaxScoreK, MaxDepth))
	}
}

// Shape returns the circuit's (M, K, depth). It panics if the slices are inconsistent
// or the shape is out of bounds.
func (c *ScoreCircuit) Shape() (m, k, depth int) {
	m, k = len(c.Active), len(c.Query)
	if m > 0 {
		depth = len(c.Path[0])
	}
	checkScoreShape(m, k, depth)
	if len(c.Point) != m || len(c.Contributor) != m || len(c.Sketch) != m || len(c.PathBits) != m ||
		len(c.Path) != m || len(c.Pos) != m || len(c.Neg) != m {
		panic("circuits: ScoreCircuit rows differ in length")
	}
	for i := range m {
		if len(c.Sketch[i]) != k || len(c.PathBits[i]) != depth || len(c.Path[i]) != depth {
			panic(fmt.Sprintf("circuits: ScoreCircuit row %d has a sketch or path of the wrong length", i))
		}
	}
	return m, k, depth
}

// Define declares the score constraints (see the package documentation). Inactive
// rows are not constrained beyond the range checks every row gets: nothing of
// theirs reaches the root check, the ordering, the totals or the commitment.
// It panics if the slices are inconsistent or the shape is out of bounds.
func (c *ScoreCircuit) Define(api frontend.API) error {
	m, k, depth := c.Shape()
	rc := rangecheck.New(api)
	perm := newPerm(api)
	scoreBits := ScoreBitsFor(k)

	c.assertActive(api)
	for _, q := range c.Query {
		checkQuantized(api, rc, q)
	}
	assertQuery(api, perm, c.Query, c.QueryHash)

	// Row pass: membership, ordering, score split and running totals.
	leafShift := new(big.Int).Lsh(big.NewInt(1), uint(depth))
	same := make([]frontend.Variable, m) // same[i]: row i has row i−1's contributor
	run := make([]frontend.Variable, m)  // running positive total of row i's group
	var prevKey frontend.Variable
	for i := range m {
		active := c.Active[i]
		rc.Check(c.Point[i], PointBits)
		rc.Check(c.Contributor[i], AddrBits)
		for _, v := range c.Sketch[i] {
			checkQuantized(api, rc, v)
		}
		leaf := sketchLeaf(api, perm, c.Point[i], c.Contributor[i], c.Sketch[i])
		root, index := foldPath(api, perm, leaf, c.PathBits[i], c.Path[i])
		assertInTree(api, active, root, c.SketchRoot)

		// key = contributor·2^depth + index < 2^(160+depth), strictly increasing over
		// active rows (active[i] = 1 implies active[i−1] = 1).
		key := api.Add(api.Mul(c.Contributor[i], leafShift), index)
		if i > 0 {
			rc.Check(api.Mul(active, api.Sub(key, prevKey, 1)), AddrBits+depth)
		}
		prevKey = key

		assertSignedSplit(api, rc, dot(api, c.Query, c.Sketch[i]), c.Pos[i], c.Neg[i], scoreBits)
		if i == 0 {
			same[i] = 0
			run[i] = c.Pos[i]
		} else {
			same[i] = api.IsZero(api.Sub(c.Contributor[i], c.Contributor[i-1]))
			run[i] = api.MulAcc(c.Pos[i], same[i], run[i-1])
		}
	}
	c.assertCommitment(api, same, run)
	return nil
}

// assertActive constrains the flags to read 1…1 0…0 and to sum to Count.
func (c *ScoreCircuit) assertActive(api frontend.API) {
	count := frontend.Variable(0)
	prev := frontend.Variable(1)
	for _, a := range c.Active {
		assertMonotoneFlag(api, prev, a)
		count = api.Add(count, a)
		prev = a
	}
	api.AssertIsEqual(count, c.Count)
}

// assertQuery constrains QueryHash(q) = want.
func assertQuery(api frontend.API, perm *hasher, q []frontend.Variable, want frontend.Variable) {
	api.AssertIsEqual(queryHash(api, perm, q), want)
}

// assertInTree constrains root = want when active is 1 (nothing when it is 0).
func assertInTree(api frontend.API, active, root, want frontend.Variable) {
	api.AssertIsEqual(api.Mul(active, api.Sub(root, want)), 0)
}

// assertCommitment constrains Commitment to be ScoresCommitment of the closed groups
// with a non-zero total. A row closes its group when it is active and the next row is
// inactive or has another contributor (same[i+1] = 0); run[i] is then the group total.
func (c *ScoreCircuit) assertCommitment(api frontend.API, same, run []frontend.Variable) {
	m := len(run)
	emit := make([]frontend.Variable, m)
	groups := frontend.Variable(0)
	for i := range m {
		end := c.Active[i]
		if i+1 < m {
			end = api.Sub(end, api.Mul(c.Active[i+1], same[i+1]))
		}
		emit[i] = api.Mul(end, api.Sub(1, api.IsZero(run[i])))
		groups = api.Add(groups, emit[i])
	}
	com := newRowCommitter(api, groups)
	for i := range m {
		com.absorb(emit[i], c.Contributor[i], run[i])
	}
	api.AssertIsEqual(com.state, c.Commitment)
}

var _ frontend.Circuit = (*ScoreCircuit)(nil)

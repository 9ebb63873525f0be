package circuits

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/rangecheck"
)

// ScoreCircuit is the attribution score circuit of shape (M, K, depth, spans): M
// candidate rows, sketches of dimension K, a sketch tree of the given depth, and the span
// slots of a SpanShape (see the package documentation, # ScoreCircuit and # Span
// evidence). Build an empty one for compilation with NewScoreCircuit and a witness with
// AssignScore.
type ScoreCircuit struct {
	// Public inputs, in this order.
	SketchRoot frontend.Variable `gnark:",public"` // root of the posted sketch tree
	QueryHash  frontend.Variable `gnark:",public"` // QueryHash of Query
	Commitment frontend.Variable `gnark:",public"` // ScoresCommitment of the positive totals
	CorpusRoot frontend.Variable `gnark:",public"` // root of the posted corpus tree
	OutputHash frontend.Variable `gnark:",public"` // OutputHash of the output tokens and the proven span list

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

	// Out is the output, OutCount tokens padded with zeros to the shape's OutLen, hashed
	// in OutBlocks = ceil(OutCount/PackPer) packed elements.
	Out       []frontend.Variable
	OutCount  frontend.Variable
	OutBlocks frontend.Variable
	// Per span slot: whether it holds a span, the document's point hash, tokens (padded
	// to DocLen), length and number of packed blocks, the corpus-tree path and index
	// bits, and the run: Len tokens at Off in the document equal to those at Start in the
	// output.
	SpanActive   []frontend.Variable
	SpanPoint    []frontend.Variable
	SpanDoc      [][]frontend.Variable
	SpanDocLen   []frontend.Variable
	SpanBlocks   []frontend.Variable
	SpanPathBits [][]frontend.Variable
	SpanPath     [][]frontend.Variable
	SpanOff      []frontend.Variable
	SpanLen      []frontend.Variable
	SpanStart    []frontend.Variable

	spans SpanShape
}

// NewScoreCircuit returns an unassigned circuit of shape (m, k, depth, sp), for
// compilation. It panics if m is outside [1, MaxCandidates], k outside [1, MaxScoreK],
// depth outside [1, MaxDepth] or sp out of bounds (SpanShape.Check).
func NewScoreCircuit(m, k, depth int, sp SpanShape) *ScoreCircuit {
	checkScoreShape(m, k, depth)
	checkSpanShape(sp)
	c := &ScoreCircuit{
		spans:        sp,
		Out:          make([]frontend.Variable, sp.OutLen),
		SpanActive:   make([]frontend.Variable, sp.Slots),
		SpanPoint:    make([]frontend.Variable, sp.Slots),
		SpanDoc:      make([][]frontend.Variable, sp.Slots),
		SpanDocLen:   make([]frontend.Variable, sp.Slots),
		SpanBlocks:   make([]frontend.Variable, sp.Slots),
		SpanPathBits: make([][]frontend.Variable, sp.Slots),
		SpanPath:     make([][]frontend.Variable, sp.Slots),
		SpanOff:      make([]frontend.Variable, sp.Slots),
		SpanLen:      make([]frontend.Variable, sp.Slots),
		SpanStart:    make([]frontend.Variable, sp.Slots),
		Active:       make([]frontend.Variable, m),
		Query:        make([]frontend.Variable, k),
		Point:        make([]frontend.Variable, m),
		Contributor:  make([]frontend.Variable, m),
		Sketch:       make([][]frontend.Variable, m),
		PathBits:     make([][]frontend.Variable, m),
		Path:         make([][]frontend.Variable, m),
		Pos:          make([]frontend.Variable, m),
		Neg:          make([]frontend.Variable, m),
	}
	for i := range m {
		c.Sketch[i] = make([]frontend.Variable, k)
		c.PathBits[i] = make([]frontend.Variable, depth)
		c.Path[i] = make([]frontend.Variable, depth)
	}
	for i := range sp.Slots {
		c.SpanDoc[i] = make([]frontend.Variable, sp.DocLen)
		c.SpanPathBits[i] = make([]frontend.Variable, sp.Depth)
		c.SpanPath[i] = make([]frontend.Variable, sp.Depth)
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
	c.SpanShape()
	return m, k, depth
}

// SpanShape returns the circuit's span shape. It panics if the span slices do not
// have its lengths.
func (c *ScoreCircuit) SpanShape() SpanShape {
	sp := c.spans
	checkSpanShape(sp)
	n := sp.Slots
	if len(c.Out) != sp.OutLen || len(c.SpanActive) != n || len(c.SpanPoint) != n || len(c.SpanDoc) != n ||
		len(c.SpanDocLen) != n || len(c.SpanBlocks) != n || len(c.SpanPathBits) != n || len(c.SpanPath) != n ||
		len(c.SpanOff) != n || len(c.SpanLen) != n || len(c.SpanStart) != n {
		panic("circuits: ScoreCircuit span slots differ in length")
	}
	for i := range n {
		if len(c.SpanDoc[i]) != sp.DocLen || len(c.SpanPathBits[i]) != sp.Depth || len(c.SpanPath[i]) != sp.Depth {
			panic(fmt.Sprintf("circuits: ScoreCircuit span slot %d has a document or path of the wrong length", i))
		}
	}
	return sp
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
	c.assertSpans(api, rc, perm)
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

package circuits

import (
	"cmp"
	"fmt"
	"math/big"
	"slices"
)

// ScanLeaf is one committed data point of a scanned sketch tree, in leaf order.
type ScanLeaf struct {
	Point       *big.Int // PointHash, < 2^248
	Contributor *big.Int // < 2^160
	Sketch      []int32  // K quantized values
}

// ScanStatement is what a ScanCircuit proof is about, computed natively (plain Go and
// big.Int, independently of the circuit): the tree of the leaves, the query, the
// exclusion bitmap, and the selection, rows and commitment they imply.
type ScanStatement struct {
	Shape   ScanShape
	Query   []int32
	Leaves  []ScanLeaf
	Exclude []bool // one per leaf: not eligible (not trained on)

	Root      *big.Int // SketchTree root of the leaves at Shape.Depth
	QueryHash *big.Int
	Excluded  *big.Int // ExclusionHash(Exclude, Shape.Slots)
	Scores    []int64  // per leaf: Dot(Query, Sketch)
	// Selected lists the selected leaves by (score desc, leaf asc): the top
	// min(M, eligible) eligible leaves.
	Selected  []int
	Threshold *big.Int // the smallest selected key; 0 when every eligible leaf is selected
	// Addrs and Totals are the rows: per contributor, Σ max(0, score) over its selected
	// leaves, contributors with a positive total, ascending.
	Addrs      []*big.Int
	Totals     []uint64
	Commitment *big.Int // ScoresCommitment(Addrs, Totals)
}

// NewScanStatement computes the statement of a scan of shape sh over leaves (leaf i at
// tree position i) for query, with exclude[i] marking leaf i ineligible (nil: none).
// It returns an error if the data cannot form a witness: sh out of bounds or no leaves
// (ErrRange), more leaves than slots or more contributors with positive credit than
// rows (ErrTooMany), a query or sketch of length ≠ K or an exclusion list of another
// length than the leaves (ErrLength), a quantized value, point or contributor out of
// range (ErrRange). Errors name the leaf.
func NewScanStatement(sh ScanShape, query []int32, leaves []ScanLeaf, exclude []bool) (*ScanStatement, error) {
	if err := sh.Check(); err != nil {
		return nil, err
	}
	if len(leaves) == 0 {
		return nil, fmt.Errorf("scan %s: no leaves (a scan needs at least one): %w", sh, ErrRange)
	}
	if len(leaves) > sh.Slots {
		return nil, fmt.Errorf("scan %s: %d leaves, the circuit has %d slots: %w", sh, len(leaves), sh.Slots, ErrTooMany)
	}
	if exclude == nil {
		exclude = make([]bool, len(leaves))
	}
	if len(exclude) != len(leaves) {
		return nil, fmt.Errorf("scan %s: %d exclusion bits for %d leaves: %w", sh, len(exclude), len(leaves), ErrLength)
	}
	if len(query) != sh.K {
		return nil, fmt.Errorf("scan %s: query of %d values, dimension %d: %w", sh, len(query), sh.K, ErrLength)
	}
	if err := checkQuantSlice("query", query); err != nil {
		return nil, err
	}
	s := &ScanStatement{Shape: sh, Query: slices.Clone(query), Leaves: leaves, Exclude: slices.Clone(exclude)}
	hashes := make([]*big.Int, len(leaves))
	s.Scores = make([]int64, len(leaves))
	for i, l := range leaves {
		name := fmt.Sprintf("leaf %d", i)
		if l.Point == nil || l.Contributor == nil {
			return nil, fmt.Errorf("%s: missing point or contributor: %w", name, ErrRange)
		}
		if err := inBits(name+" point", l.Point, PointBits); err != nil {
			return nil, err
		}
		if err := inBits(name+" contributor", l.Contributor, AddrBits); err != nil {
			return nil, err
		}
		if len(l.Sketch) != sh.K {
			return nil, fmt.Errorf("%s: sketch of %d values, dimension %d: %w", name, len(l.Sketch), sh.K, ErrLength)
		}
		if err := checkQuantSlice(name+" sketch", l.Sketch); err != nil {
			return nil, err
		}
		hashes[i] = SketchLeaf(l.Point, l.Contributor, l.Sketch)
		s.Scores[i] = Dot(query, l.Sketch)
	}
	tree, err := NewSketchTree(hashes, sh.Depth)
	if err != nil {
		return nil, err
	}
	s.Root = tree.Root()
	s.QueryHash = QueryHash(query)
	s.Excluded = ExclusionHash(s.Exclude, sh.Slots)

	// Selection: eligible leaves by (score desc, leaf asc), the first min(M, n_e).
	var elig []int
	for i := range leaves {
		if !s.Exclude[i] {
			elig = append(elig, i)
		}
	}
	slices.SortFunc(elig, func(a, b int) int {
		if c := cmp.Compare(s.Scores[b], s.Scores[a]); c != 0 {
			return c
		}
		return a - b
	})
	s.Selected = elig[:min(sh.M, len(elig))]
	s.Threshold = new(big.Int)
	if len(elig) > sh.M {
		s.Threshold = s.key(s.Selected[len(s.Selected)-1])
	}

	if err := s.fillRows(); err != nil {
		return nil, err
	}
	return s, nil
}

// fillRows sets Addrs, Totals and Commitment from Selected: per contributor, the
// positive scores of its selected leaves summed, contributors with a positive total in
// ascending order. It returns an error wrapping ErrTooMany if they exceed Shape.Rows.
func (s *ScanStatement) fillRows() error {
	sum := map[string]uint64{}
	byKey := map[string]*big.Int{}
	for _, i := range s.Selected {
		if sc := s.Scores[i]; sc > 0 {
			k := s.Leaves[i].Contributor.Text(16)
			sum[k] += uint64(sc)
			byKey[k] = s.Leaves[i].Contributor
		}
	}
	s.Addrs = s.Addrs[:0]
	for _, a := range byKey {
		s.Addrs = append(s.Addrs, a)
	}
	slices.SortFunc(s.Addrs, func(a, b *big.Int) int { return a.Cmp(b) })
	if len(s.Addrs) > s.Shape.Rows {
		return fmt.Errorf("scan %s: %d contributors with positive credit, the circuit has %d rows: %w", s.Shape, len(s.Addrs), s.Shape.Rows, ErrTooMany)
	}
	s.Totals = make([]uint64, len(s.Addrs))
	for r, a := range s.Addrs {
		s.Totals[r] = sum[a.Text(16)]
	}
	s.Commitment = ScoresCommitment(s.Addrs, s.Totals)
	return nil
}

// key returns leaf i's scan key (score_i + 2^b)·Slots + (Slots − 1 − i).
func (s *ScanStatement) key(i int) *big.Int {
	sh := s.Shape
	k := new(big.Int).Lsh(big.NewInt(1), uint(ScoreBitsFor(sh.K)))
	k.Add(k, big.NewInt(s.Scores[i]))
	k.Mul(k, big.NewInt(int64(sh.Slots)))
	return k.Add(k, big.NewInt(int64(sh.Slots-1-i)))
}

// Public returns the public inputs in circuit order: SketchRoot, QueryHash,
// Commitment, Excluded.
func (s *ScanStatement) Public() []*big.Int {
	return []*big.Int{new(big.Int).Set(s.Root), new(big.Int).Set(s.QueryHash), new(big.Int).Set(s.Commitment), new(big.Int).Set(s.Excluded)}
}

// Assign returns the full witness of the statement: the leaves in the first slots,
// all-zero slots after them, the selection flags, the threshold and the rows.
func (s *ScanStatement) Assign() *ScanCircuit {
	sh := s.Shape
	c := NewScanCircuit(sh)
	c.SketchRoot, c.QueryHash, c.Commitment, c.Excluded = s.Root, s.QueryHash, s.Commitment, s.Excluded
	for j, q := range s.Query {
		c.Query[j] = signedField(int64(q))
	}
	sel := make([]bool, sh.Slots)
	for _, i := range s.Selected {
		sel[i] = true
	}
	for i := range sh.Slots {
		c.Active[i], c.Point[i], c.Contributor[i], c.Exclude[i], c.Sel[i], c.Pos[i], c.Neg[i] = 0, 0, 0, 0, 0, 0, 0
		for j := range sh.K {
			c.Sketch[i][j] = 0
		}
		if i >= len(s.Leaves) {
			continue
		}
		l := s.Leaves[i]
		c.Active[i] = 1
		c.Point[i] = new(big.Int).Set(l.Point)
		c.Contributor[i] = new(big.Int).Set(l.Contributor)
		for j, v := range l.Sketch {
			c.Sketch[i][j] = signedField(int64(v))
		}
		c.Exclude[i] = boolBit(s.Exclude[i])
		c.Sel[i] = boolBit(sel[i])
		c.Pos[i], c.Neg[i] = max(s.Scores[i], 0), max(-s.Scores[i], 0)
	}
	c.Threshold = new(big.Int).Set(s.Threshold)
	for r := range sh.Rows {
		c.RowActive[r], c.Addr[r], c.Total[r] = 0, 0, 0
		if r < len(s.Addrs) {
			c.RowActive[r], c.Addr[r], c.Total[r] = 1, new(big.Int).Set(s.Addrs[r]), s.Totals[r]
		}
	}
	return c
}

func boolBit(b bool) int {
	if b {
		return 1
	}
	return 0
}

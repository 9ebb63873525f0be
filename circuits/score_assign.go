package circuits

import (
	"fmt"
	"math/big"
	"slices"
)

// AssignScore builds the full witness of a ScoreCircuit of shape (m, k, depth, sp) for
// s: public inputs (s.Root, QueryHash(s.Query), s.Commitment(), s.CorpusRoot,
// OutputHash(s.Output)), the candidates sorted by (Contributor, Leaf) in the first rows,
// each with its index bits and positive and negative score parts, and all-zero inactive
// rows after them; the output padded with zeros; the spans in the first span slots, in
// order, and all-zero slots after them.
//
// It returns an error if s cannot form a witness: more than m candidates (ErrTooMany);
// a query or sketch of length ≠ k or a path of length ≠ depth (ErrLength); a value out
// of range — a quantized value with |v| > QuantMax, a point ≥ 2^248, a contributor ≥
// 2^160, a leaf index outside [0, 2^depth), a root or sibling outside [0, r) (ErrRange);
// two candidates on the same leaf (ErrDuplicateLeaf); a candidate whose path does not
// lead to s.Root (ErrNotInTree). Errors name the candidate by its index in
// s.Candidates. For spans (checkSpans) it returns an error if the statement does not
// fit sp (ErrTooMany, ErrLength), a token or offset is out of range (ErrRange), a run
// differs from the output (ErrSpanMismatch) or a document is not under s.CorpusRoot
// (ErrNotInCorpus), naming the span by its index in s.Spans. It panics if the shape is
// out of bounds.
func AssignScore(m, k, depth int, sp SpanShape, s *ScoreStatement) (*ScoreCircuit, error) {
	checkScoreShape(m, k, depth)
	checkSpanShape(sp)
	if err := s.check(m, k, depth); err != nil {
		return nil, err
	}
	if err := s.checkSpans(sp); err != nil {
		return nil, err
	}
	return fillScore(m, k, depth, sp, s), nil
}

// check validates s against the shape (see AssignScore).
func (s *ScoreStatement) check(m, k, depth int) error {
	if len(s.Candidates) > m {
		return fmt.Errorf("%d candidates, circuit has %d rows: %w", len(s.Candidates), m, ErrTooMany)
	}
	if _, err := fieldElement("sketch root", s.Root); err != nil {
		return err
	}
	if len(s.Query) != k {
		return fmt.Errorf("query of %d values, circuit dimension %d: %w", len(s.Query), k, ErrLength)
	}
	if err := checkQuantSlice("query", s.Query); err != nil {
		return err
	}
	seen := make(map[int]int, len(s.Candidates))
	for i, c := range s.Candidates {
		name := fmt.Sprintf("candidate %d (leaf %d)", i, c.Leaf)
		if len(c.Sketch) != k {
			return fmt.Errorf("%s: sketch of %d values, circuit dimension %d: %w", name, len(c.Sketch), k, ErrLength)
		}
		if len(c.Path) != depth {
			return fmt.Errorf("%s: path of %d siblings, tree depth %d: %w", name, len(c.Path), depth, ErrLength)
		}
		if c.Leaf < 0 || uint64(c.Leaf) >= 1<<uint(depth) {
			return fmt.Errorf("%s: leaf index outside [0, 2^%d): %w", name, depth, ErrRange)
		}
		if c.Point == nil || c.Contributor == nil {
			return fmt.Errorf("%s: missing point or contributor: %w", name, ErrRange)
		}
		if err := inBits(name+" point", c.Point, PointBits); err != nil {
			return err
		}
		if err := inBits(name+" contributor", c.Contributor, AddrBits); err != nil {
			return err
		}
		if err := checkQuantSlice(name+" sketch", c.Sketch); err != nil {
			return err
		}
		for d, p := range c.Path {
			if _, err := fieldElement(fmt.Sprintf("%s sibling %d", name, d), p); err != nil {
				return err
			}
		}
		if j, ok := seen[c.Leaf]; ok {
			return fmt.Errorf("candidates %d and %d both on leaf %d: %w", j, i, c.Leaf, ErrDuplicateLeaf)
		}
		seen[c.Leaf] = i
		if !VerifyPath(s.Root, SketchLeaf(c.Point, c.Contributor, c.Sketch), c.Leaf, c.Path) {
			return fmt.Errorf("%s: path does not lead to the sketch root: %w", name, ErrNotInTree)
		}
	}
	return nil
}

func checkQuantSlice(what string, v []int32) error {
	for j, x := range v {
		if x > QuantMax || x < -QuantMax {
			return fmt.Errorf("%s value %d is %d, outside [-%d, %d]: %w", what, j, x, QuantMax, QuantMax, ErrRange)
		}
	}
	return nil
}

// fillScore assigns the witness of s without checking it (AssignScore checks first);
// tests use it to build witnesses of statements that are not true. It needs only the
// values in range and the lengths right, as the native hashes and Dot panic otherwise.
func fillScore(m, k, depth int, sp SpanShape, s *ScoreStatement) *ScoreCircuit {
	c := NewScoreCircuit(m, k, depth, sp)
	c.SketchRoot = new(big.Int).Set(s.Root)
	c.QueryHash = QueryHash(s.Query)
	c.Commitment = s.Commitment()
	c.Count = len(s.Candidates)
	for j, q := range s.Query {
		c.Query[j] = signedField(int64(q))
	}
	rows := slices.Clone(s.Candidates)
	slices.SortStableFunc(rows, func(a, b ScoreCandidate) int {
		if d := a.Contributor.Cmp(b.Contributor); d != 0 {
			return d
		}
		return a.Leaf - b.Leaf
	})
	for i := range m {
		if i >= len(rows) {
			c.Active[i], c.Point[i], c.Contributor[i], c.Pos[i], c.Neg[i] = 0, 0, 0, 0, 0
			for j := range k {
				c.Sketch[i][j] = 0
			}
			for d := range depth {
				c.PathBits[i][d], c.Path[i][d] = 0, 0
			}
			continue
		}
		r := rows[i]
		c.Active[i] = 1
		c.Point[i] = new(big.Int).Set(r.Point)
		c.Contributor[i] = new(big.Int).Set(r.Contributor)
		for j := range k {
			c.Sketch[i][j] = signedField(int64(r.Sketch[j]))
		}
		for d := range depth {
			c.PathBits[i][d] = (r.Leaf >> d) & 1
			c.Path[i][d] = new(big.Int).Set(r.Path[d])
		}
		sc := Dot(s.Query, r.Sketch)
		c.Pos[i], c.Neg[i] = max(sc, 0), max(-sc, 0)
	}
	fillSpans(c, sp, s)
	return c
}

// signedField returns v as a canonical field element (v mod r).
func signedField(v int64) *big.Int {
	x := big.NewInt(v)
	return x.Mod(x, Modulus())
}

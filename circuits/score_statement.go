package circuits

import (
	"math/big"
	"slices"
)

// ScoreCandidate is one candidate data point of an attribution record: its sketch,
// the data it was committed with and its authentication path in the sketch tree.
type ScoreCandidate struct {
	Leaf        int        // position in the tree
	Point       *big.Int   // PointHash of the data point, < 2^248
	Contributor *big.Int   // 160-bit contributor address
	Sketch      []int32    // quantized gradient sketch, K values
	Path        []*big.Int // SketchTree.Path(Leaf)
}

// ScoreStatement is what a ScoreCircuit proof is about: a posted sketch-tree root, a
// quantized query sketch and the candidates scored against it; and for span evidence
// the posted corpus-tree root, the output tokens and the spans found in the corpus.
type ScoreStatement struct {
	Root       *big.Int
	Query      []int32
	Candidates []ScoreCandidate // any order; AssignScore sorts by (Contributor, Leaf)

	// CorpusRoot is the corpus tree's root (nil: 0, for a statement without spans).
	CorpusRoot *big.Int
	// Output is the inference's output tokens; OutputHash(Output, Spans) is public.
	Output []int
	// Spans are the span evidence proven in the span slots, in slot order.
	Spans []ScoreSpan
}

// ScoreSpan is one span of an attribution record: the output tokens [Start, Start+Len)
// occur verbatim at Off in the committed document Doc of data point Point, which sits
// at position Leaf of the corpus tree (Path is its authentication path).
type ScoreSpan struct {
	Leaf  int
	Point *big.Int // PointHash of the document's data point, < 2^248
	Doc   []int    // the document's tokens (CorpusLeaf(Point, Doc) is the leaf)
	Off   int
	Len   int
	Start int
	Path  []*big.Int
}

// OutputHash returns OutputHash(s.Output, s.Spans), the ScoreCircuit's public
// OutputHash. It panics on a token or point out of range.
func (s *ScoreStatement) OutputHash() *big.Int { return OutputHash(s.Output, s.Spans) }

// CorpusRootOrZero returns s.CorpusRoot, or 0 when it is nil.
func (s *ScoreStatement) CorpusRootOrZero() *big.Int {
	if s.CorpusRoot == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(s.CorpusRoot)
}

// Scores returns s_i = Dot(Query, Sketch_i) for the candidates in the given order.
// It panics if a sketch length differs from the query's or a value is out of range.
func (s *ScoreStatement) Scores() []int64 {
	out := make([]int64, len(s.Candidates))
	for i, c := range s.Candidates {
		out[i] = Dot(s.Query, c.Sketch)
	}
	return out
}

// Totals returns, per contributor, Σ max(0, s_i) over its candidates, sorted by
// address ascending; contributors whose total is 0 are left out. The totals are exact
// for up to 2^21 candidates (each positive part is ≤ 2^42); AssignScore allows at
// most MaxCandidates. It panics as Scores does.
func (s *ScoreStatement) Totals() (addrs []*big.Int, totals []uint64) {
	scores := s.Scores()
	sum := map[string]uint64{}
	byKey := map[string]*big.Int{}
	for i, c := range s.Candidates {
		key := c.Contributor.Text(16)
		byKey[key] = c.Contributor
		if scores[i] > 0 {
			sum[key] += uint64(scores[i])
		}
	}
	for key, a := range byKey {
		if sum[key] > 0 {
			addrs = append(addrs, a)
		}
	}
	slices.SortFunc(addrs, func(a, b *big.Int) int { return a.Cmp(b) })
	totals = make([]uint64, len(addrs))
	for i, a := range addrs {
		totals[i] = sum[a.Text(16)]
	}
	return addrs, totals
}

// Commitment returns ScoresCommitment(s.Totals()), the ScoreCircuit's public
// Commitment. It panics as Totals does, or if a contributor is negative or ≥ 2^160.
func (s *ScoreStatement) Commitment() *big.Int {
	return ScoresCommitment(s.Totals())
}

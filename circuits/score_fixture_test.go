package circuits

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/test"
)

// sketchData is a test data set: n points with contributors and sketches of dimension
// k, committed in a tree of the given depth.
type sketchData struct {
	k        int
	points   []*big.Int
	contribs []*big.Int
	sketches [][]int32
	tree     *SketchTree
}

// randQuant draws a quantized value, often an extreme or zero.
func randQuant(rng *rand.Rand) int32 {
	switch rng.IntN(8) {
	case 0:
		return QuantMax
	case 1:
		return -QuantMax
	case 2:
		return 0
	case 3:
		return int32(rng.IntN(7)) - 3
	default:
		return int32(rng.IntN(2*QuantMax+1)) - QuantMax
	}
}

func randSketch(rng *rand.Rand, k int) []int32 {
	v := make([]int32, k)
	for j := range v {
		v[j] = randQuant(rng)
	}
	return v
}

// contributor returns the c-th test contributor address (160 bits, top bit set for
// some, to exercise the full width).
func contributor(c int) *big.Int {
	a := new(big.Int).Lsh(big.NewInt(int64(c%3+1)), 158)
	return a.Add(a, big.NewInt(int64(0xC0FFEE+c*7919)))
}

// newSketchData builds n points over nContrib contributors in a tree of depth depth.
func newSketchData(t testing.TB, rng *rand.Rand, n, k, depth, nContrib int) *sketchData {
	t.Helper()
	d := &sketchData{k: k}
	leaves := make([]*big.Int, n)
	for i := range n {
		d.points = append(d.points, PointHash("datanet-test", string(rune('a'+i%26))+big.NewInt(int64(i)).String()))
		d.contribs = append(d.contribs, contributor(rng.IntN(nContrib)))
		d.sketches = append(d.sketches, randSketch(rng, k))
		leaves[i] = SketchLeaf(d.points[i], d.contribs[i], d.sketches[i])
	}
	tree, err := NewSketchTree(leaves, depth)
	if err != nil {
		t.Fatal(err)
	}
	d.tree = tree
	return d
}

func (d *sketchData) candidate(i int) ScoreCandidate {
	return ScoreCandidate{
		Leaf:        i,
		Point:       d.points[i],
		Contributor: d.contribs[i],
		Sketch:      append([]int32(nil), d.sketches[i]...),
		Path:        d.tree.Path(i),
	}
}

func (d *sketchData) statement(q []int32, leaves ...int) *ScoreStatement {
	s := &ScoreStatement{Root: d.tree.Root(), Query: append([]int32(nil), q...)}
	for _, i := range leaves {
		s.Candidates = append(s.Candidates, d.candidate(i))
	}
	return s
}

func scoreSolved(w *ScoreCircuit) error {
	m, k, depth := w.Shape()
	return test.IsSolved(NewScoreCircuit(m, k, depth, w.SpanShape()), w, ecc.BN254.ScalarField())
}

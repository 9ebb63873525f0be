package circuits

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// SketchTree is a binary Merkle tree of fixed depth over sketch leaves (SketchLeaf),
// with node = compress(left, right) (the Poseidon2 compression of ScoresCommitment).
// Leaf i sits at position i of the bottom level; positions ≥ Len() hold 0. It stores
// only the non-empty prefix of each level, so a deep tree with few leaves is cheap.
type SketchTree struct {
	depth  int
	n      int
	levels [][]fr.Element // levels[d][j]: node j at height d, for j < ceil(n/2^d)
	zeros  []fr.Element   // zeros[d]: the root of an all-zero subtree of height d
}

// TreeDepth returns the smallest d ≥ 1 with 2^d ≥ n.
func TreeDepth(n int) int {
	d := 1
	for d < 63 && 1<<d < n {
		d++
	}
	return d
}

// NewSketchTree builds the tree of the given depth over leaves (each in [0, r)).
// It returns an error wrapping ErrRange if depth is outside [1, MaxDepth], 2^depth <
// len(leaves), or a leaf is nil, negative or ≥ r.
func NewSketchTree(leaves []*big.Int, depth int) (*SketchTree, error) {
	if depth < 1 || depth > MaxDepth {
		return nil, fmt.Errorf("tree depth %d outside [1, %d]: %w", depth, MaxDepth, ErrRange)
	}
	if uint64(len(leaves)) > 1<<uint(depth) {
		return nil, fmt.Errorf("%d leaves do not fit a tree of depth %d: %w", len(leaves), depth, ErrRange)
	}
	t := &SketchTree{depth: depth, n: len(leaves), levels: make([][]fr.Element, depth+1), zeros: make([]fr.Element, depth+1)}
	perm := poseidon2.NewDefaultPermutation()
	for d := 1; d <= depth; d++ {
		t.zeros[d] = compressNative(perm, t.zeros[d-1], t.zeros[d-1])
	}
	t.levels[0] = make([]fr.Element, len(leaves))
	for i, l := range leaves {
		e, err := fieldElement(fmt.Sprintf("leaf %d", i), l)
		if err != nil {
			return nil, err
		}
		t.levels[0][i] = e
	}
	for d := 1; d <= depth; d++ {
		below := len(t.levels[d-1])
		t.levels[d] = make([]fr.Element, (below+1)/2)
		for j := range t.levels[d] {
			t.levels[d][j] = compressNative(perm, t.node(d-1, 2*j), t.node(d-1, 2*j+1))
		}
	}
	return t, nil
}

// node returns node j at height d, the zero-subtree root past the stored prefix.
func (t *SketchTree) node(d, j int) fr.Element {
	if j < len(t.levels[d]) {
		return t.levels[d][j]
	}
	return t.zeros[d]
}

// Root returns the tree root.
func (t *SketchTree) Root() *big.Int {
	r := t.node(t.depth, 0)
	return r.BigInt(new(big.Int))
}

// Depth returns the tree depth.
func (t *SketchTree) Depth() int { return t.depth }

// Len returns the number of leaves the tree was built from.
func (t *SketchTree) Len() int { return t.n }

// Path returns the authentication path of leaf i: its sibling at each height, from the
// leaf level up (Depth() elements). It panics if i is outside [0, Len()).
func (t *SketchTree) Path(i int) []*big.Int {
	if i < 0 || i >= t.n {
		panic(fmt.Sprintf("circuits: SketchTree.Path(%d) of a tree of %d leaves", i, t.n))
	}
	out := make([]*big.Int, t.depth)
	for d := range t.depth {
		s := t.node(d, (i>>d)^1)
		out[d] = s.BigInt(new(big.Int))
	}
	return out
}

// VerifyPath reports whether leaf sits at position index under root: folding
// node ← compress(node, sib_d) when bit d of index is 0 (node is a left child at height
// d) and node ← compress(sib_d, node) when it is 1, from the leaf up, ends at root. It is
// false if len(path) is outside [1, MaxDepth], index is outside [0, 2^len(path)), or any
// value is nil, negative or ≥ r.
func VerifyPath(root, leaf *big.Int, index int, path []*big.Int) bool {
	depth := len(path)
	if depth < 1 || depth > MaxDepth || index < 0 || uint64(index) >= 1<<uint(depth) {
		return false
	}
	want, err := fieldElement("root", root)
	if err != nil {
		return false
	}
	node, err := fieldElement("leaf", leaf)
	if err != nil {
		return false
	}
	perm := poseidon2.NewDefaultPermutation()
	for d, p := range path {
		sib, err := fieldElement("sibling", p)
		if err != nil {
			return false
		}
		if index>>d&1 == 1 {
			node = compressNative(perm, sib, node)
		} else {
			node = compressNative(perm, node, sib)
		}
	}
	return node.Equal(&want)
}

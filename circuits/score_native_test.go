package circuits

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// bruteNode computes node j at height h of a depth-fixed tree over leaves (zero past the
// end) by plain recursion with gnark-crypto's byte-level Poseidon2 compressor.
func bruteNode(t *testing.T, perm *poseidon2.Permutation, leaves []*big.Int, h, j int) []byte {
	if h == 0 {
		var e fr.Element
		if j < len(leaves) {
			e.SetBigInt(leaves[j])
		}
		b := e.Bytes()
		return b[:]
	}
	out, err := perm.Compress(bruteNode(t, perm, leaves, h-1, 2*j), bruteNode(t, perm, leaves, h-1, 2*j+1))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func randLeaves(rng *rand.Rand, n int) []*big.Int {
	out := make([]*big.Int, n)
	for i := range out {
		out[i] = randBits(rng, 253) // < 2^253 < r
	}
	return out
}

func TestSketchTreeMatchesBruteForce(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 7))
	perm := poseidon2.NewDefaultPermutation()
	for _, c := range []struct{ n, depth int }{{0, 1}, {1, 1}, {2, 1}, {1, 3}, {5, 3}, {8, 3}, {3, 5}, {17, 5}, {32, 5}, {9, 7}} {
		leaves := randLeaves(rng, c.n)
		tree, err := NewSketchTree(leaves, c.depth)
		if err != nil {
			t.Fatal(err)
		}
		want := new(big.Int).SetBytes(bruteNode(t, perm, leaves, c.depth, 0))
		if tree.Root().Cmp(want) != 0 {
			t.Fatalf("n=%d depth=%d: root %s, brute force %s", c.n, c.depth, tree.Root(), want)
		}
		if tree.Depth() != c.depth || tree.Len() != c.n {
			t.Fatalf("n=%d depth=%d: Depth %d Len %d", c.n, c.depth, tree.Depth(), tree.Len())
		}
		for i := range c.n {
			path := tree.Path(i)
			if len(path) != c.depth {
				t.Fatalf("path length %d, want %d", len(path), c.depth)
			}
			for h := range c.depth {
				sib := new(big.Int).SetBytes(bruteNode(t, perm, leaves, h, (i>>h)^1))
				if path[h].Cmp(sib) != 0 {
					t.Fatalf("n=%d depth=%d leaf %d: sibling %d differs", c.n, c.depth, i, h)
				}
			}
			if !VerifyPath(tree.Root(), leaves[i], i, path) {
				t.Fatalf("n=%d depth=%d: path of leaf %d rejected", c.n, c.depth, i)
			}
		}
	}
}

func TestVerifyPathRejects(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(8, 8))
	leaves := randLeaves(rng, 6)
	tree, err := NewSketchTree(leaves, 3)
	if err != nil {
		t.Fatal(err)
	}
	root, path := tree.Root(), tree.Path(2)
	if !VerifyPath(root, leaves[2], 2, path) {
		t.Fatal("honest path rejected")
	}
	bump := func(v *big.Int) *big.Int { return new(big.Int).Add(v, big.NewInt(1)) }
	for name, ok := range map[string]bool{
		"wrong-index":       VerifyPath(root, leaves[2], 3, path),
		"index-aliased":     VerifyPath(root, leaves[2], 2+8, path),
		"negative-index":    VerifyPath(root, leaves[2], -6, path),
		"wrong-leaf":        VerifyPath(root, leaves[3], 2, path),
		"wrong-root":        VerifyPath(bump(root), leaves[2], 2, path),
		"sibling-0":         VerifyPath(root, leaves[2], 2, append([]*big.Int{bump(path[0])}, path[1:]...)),
		"sibling-2":         VerifyPath(root, leaves[2], 2, append(slices.Clone(path[:2]), bump(path[2]))),
		"short-path":        VerifyPath(root, leaves[2], 2, path[:2]),
		"empty-path":        VerifyPath(root, leaves[2], 0, nil),
		"leaf-plus-r":       VerifyPath(root, new(big.Int).Add(leaves[2], Modulus()), 2, path),
		"nil-sibling":       VerifyPath(root, leaves[2], 2, []*big.Int{path[0], nil, path[2]}),
		"other-leaf-own-id": VerifyPath(root, leaves[5], 5, path),
	} {
		if ok {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestNewSketchTreeErrors(t *testing.T) {
	t.Parallel()
	for name, c := range map[string]struct {
		leaves []*big.Int
		depth  int
	}{
		"depth-0":     {nil, 0},
		"depth-33":    {nil, MaxDepth + 1},
		"too-many":    {randLeaves(rand.New(rand.NewPCG(1, 1)), 5), 2},
		"leaf-r":      {[]*big.Int{Modulus()}, 1},
		"leaf-neg":    {[]*big.Int{big.NewInt(-1)}, 1},
		"leaf-absent": {[]*big.Int{nil}, 1},
	} {
		if _, err := NewSketchTree(c.leaves, c.depth); !errors.Is(err, ErrRange) {
			t.Errorf("%s: got %v, want ErrRange", name, err)
		}
	}
	if _, err := NewSketchTree(make([]*big.Int, 0), MaxDepth); err != nil {
		t.Errorf("empty tree of depth %d: %v", MaxDepth, err)
	}
}

func TestTreeDepth(t *testing.T) {
	t.Parallel()
	for n, want := range map[int]int{0: 1, 1: 1, 2: 1, 3: 2, 4: 2, 5: 3, 1024: 10, 1025: 11, 1 << 32: 32} {
		if got := TreeDepth(n); got != want {
			t.Errorf("TreeDepth(%d) = %d, want %d", n, got, want)
		}
	}
}

// mdHash is gnark-crypto's Merkle–Damgård Poseidon2 hasher over field elements (the
// width-2 chain of ScoresCommitment).
func mdHash(els ...*big.Int) *big.Int {
	h := poseidon2.NewMerkleDamgardHasher()
	for _, v := range els {
		var e fr.Element
		e.SetBigInt(v)
		b := e.Bytes()
		h.Write(b[:])
	}
	return new(big.Int).SetBytes(h.Sum(nil))
}

// refPack is the test's own packing: digit t of element e is v_{15e+t} + 2^15.
func refPack(v []int32) []*big.Int {
	var out []*big.Int
	for e := 0; e < len(v); e += PackPer {
		acc := new(big.Int)
		for t := e; t < len(v) && t < e+PackPer; t++ {
			d := new(big.Int).Lsh(big.NewInt(int64(v[t])+1<<15), uint(16*(t-e)))
			acc.Add(acc, d)
		}
		out = append(out, acc)
	}
	return out
}

// TestLeafAndQueryMatchHasher checks PackQuantized, SketchLeaf and QueryHash against the
// test's own packing (refPack) and leaf chain (refChain).
func TestLeafAndQueryMatchHasher(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 4))
	for _, k := range []int{1, 14, 15, 16, 30, 31, 100} {
		v := randSketch(rng, k)
		if got, want := PackQuantized(v), refPack(v); !slices.EqualFunc(got, want, func(a, b *big.Int) bool { return a.Cmp(b) == 0 }) {
			t.Fatalf("k=%d: packing differs", k)
		}
		point, who := PointHash("dn", "x"), contributor(3)
		want := refChain(append([]*big.Int{big.NewInt(LeafTag), point, who}, refPack(v)...))
		if got := SketchLeaf(point, who, v); got.Cmp(want) != 0 {
			t.Fatalf("k=%d: leaf %s, hasher %s", k, got, want)
		}
		want = refChain(append([]*big.Int{big.NewInt(QueryTag), big.NewInt(int64(k))}, refPack(v)...))
		if got := QueryHash(v); got.Cmp(want) != 0 {
			t.Fatalf("k=%d: query hash %s, hasher %s", k, got, want)
		}
	}
}

// TestScoreHashesGolden pins the native hashes, so that an accidental change of the
// leaf, query or point encoding (which would orphan every posted root) shows.
func TestScoreHashesGolden(t *testing.T) {
	t.Parallel()
	v := []int32{QuantMax, -QuantMax, 0, 1, -1, 12345, -23456, 7, 8, 9, 10, 11, 12, 13, 14, 15, -16}
	point := PointHash("datanet-7", "doc/42")
	who, _ := new(big.Int).SetString("00112233445566778899aabbccddeeff00112233", 16)
	leaves := []*big.Int{SketchLeaf(point, who, v), SketchLeaf(point, who, v[:3])}
	tree, err := NewSketchTree(leaves, 3)
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		got  *big.Int
		want string
	}{
		"point": {point, "da3654c69ee4a6e634a8fb698dac222d8280e7d225b34b0708fccf8d6a7e9f"},
		"leaf":  {leaves[0], "1b537196245a2f0d291da80dd15dfb9ae855c7d597083f0d14769e26997639aa"},
		"query": {QueryHash(v), "2ad2e4acb742492ca315786d429e7fba0a7dca7a60d2acb963d9a87806aa549b"},
		"root":  {tree.Root(), "269eb3a778617fddd9ffcfb45fd525559e149e212bd03ea72e4eae3be0b2dbea"},
	} {
		if c.got.Text(16) != c.want {
			t.Errorf("%s = %s, golden %s", name, c.got.Text(16), c.want)
		}
	}
}

func TestPointHash(t *testing.T) {
	t.Parallel()
	p := PointHash("a", "b/c")
	if p.BitLen() > PointBits {
		t.Fatalf("point hash of %d bits", p.BitLen())
	}
	if p.Cmp(PointHash("a/b", "c")) != 0 {
		t.Fatal("the separator is plain '/': (a, b/c) and (a/b, c) should name the same point")
	}
	if p.Cmp(PointHash("a", "b/d")) == 0 {
		t.Fatal("different ids, same point hash")
	}
}

func TestQuantizedPanics(t *testing.T) {
	t.Parallel()
	mustPanic := func(name string, f func()) {
		t.Helper()
		defer func() {
			if recover() == nil {
				t.Errorf("%s: no panic", name)
			}
		}()
		f()
	}
	big248 := new(big.Int).Lsh(big.NewInt(1), PointBits)
	mustPanic("pack+", func() { PackQuantized([]int32{QuantMax + 1}) })
	mustPanic("pack-", func() { PackQuantized([]int32{0, -QuantMax - 1}) })
	mustPanic("query", func() { QueryHash([]int32{-QuantMax - 1}) })
	mustPanic("dot-len", func() { Dot([]int32{1}, []int32{1, 2}) })
	mustPanic("dot-range", func() { Dot([]int32{1 << 20}, []int32{1}) })
	mustPanic("leaf-point", func() { SketchLeaf(big248, big.NewInt(1), []int32{1}) })
	mustPanic("leaf-contributor", func() { SketchLeaf(big.NewInt(1), pow2(160), []int32{1}) })
	mustPanic("leaf-value", func() { SketchLeaf(big.NewInt(1), big.NewInt(1), []int32{QuantMax + 1}) })
	mustPanic("path-range", func() {
		tree, _ := NewSketchTree([]*big.Int{big.NewInt(1)}, 2)
		tree.Path(1)
	})
	mustPanic("circuit-m", func() { NewScoreCircuit(0, 1, 1, SpanShape{}) })
	mustPanic("circuit-k", func() { NewScoreCircuit(1, MaxScoreK+1, 1, SpanShape{}) })
	mustPanic("circuit-depth", func() { NewScoreCircuit(1, 1, MaxDepth+1, SpanShape{}) })
}

func TestDotAndBounds(t *testing.T) {
	t.Parallel()
	q := make([]int32, MaxScoreK)
	g := make([]int32, MaxScoreK)
	for j := range q {
		q[j], g[j] = -QuantMax, QuantMax
	}
	want := -int64(MaxScoreK) * QuantMax * QuantMax
	if got := Dot(q, g); got != want {
		t.Fatalf("Dot = %d, want %d", got, want)
	}
	// The circuit admits −2^15 as well; its worst case must still fit ScoreBitsFor.
	worst := new(big.Int).Lsh(big.NewInt(MaxScoreK), 30)
	if worst.BitLen() > ScoreBitsFor(MaxScoreK) || ScoreBitsFor(MaxScoreK) != 43 {
		t.Fatalf("ScoreBitsFor(%d) = %d does not hold %s", MaxScoreK, ScoreBitsFor(MaxScoreK), worst)
	}
	for _, k := range []int{1, 2, 3, 1000, 4096} {
		if w := new(big.Int).Lsh(big.NewInt(int64(k)), 30); w.BitLen() > ScoreBitsFor(k) {
			t.Fatalf("k=%d: |s| ≤ %s needs more than %d bits", k, w, ScoreBitsFor(k))
		}
	}
}

// TestTotalsBruteForce compares Totals with the test's own per-contributor sums.
func TestTotalsBruteForce(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(11, 12))
	for it := range 40 {
		n, k := 1+rng.IntN(12), 1+rng.IntN(20)
		s := &ScoreStatement{Query: randSketch(rng, k)}
		for range n {
			s.Candidates = append(s.Candidates, ScoreCandidate{Contributor: contributor(rng.IntN(4)), Sketch: randSketch(rng, k)})
		}
		if it%5 == 0 { // force some all-negative contributors
			for i := range s.Candidates {
				if s.Candidates[i].Contributor.Cmp(contributor(0)) == 0 {
					s.Candidates[i].Sketch = slices.Clone(s.Query)
					for j := range s.Candidates[i].Sketch {
						s.Candidates[i].Sketch[j] = -s.Candidates[i].Sketch[j]
					}
				}
			}
		}
		want := map[string]*big.Int{}
		for _, c := range s.Candidates {
			sum := new(big.Int)
			for j := range s.Query {
				sum.Add(sum, new(big.Int).Mul(big.NewInt(int64(s.Query[j])), big.NewInt(int64(c.Sketch[j]))))
			}
			key := c.Contributor.String()
			if want[key] == nil {
				want[key] = new(big.Int)
			}
			if sum.Sign() > 0 {
				want[key].Add(want[key], sum)
			}
		}
		addrs, totals := s.Totals()
		seen := 0
		for _, w := range want {
			if w.Sign() > 0 {
				seen++
			}
		}
		if len(addrs) != seen || len(totals) != seen {
			t.Fatalf("iter %d: %d totals, want %d", it, len(addrs), seen)
		}
		for i, a := range addrs {
			if i > 0 && addrs[i-1].Cmp(a) >= 0 {
				t.Fatalf("iter %d: addresses not strictly ascending", it)
			}
			if w := want[a.String()]; w == nil || !w.IsUint64() || w.Uint64() != totals[i] || totals[i] == 0 {
				t.Fatalf("iter %d: total of %s is %d, want %v", it, a, totals[i], w)
			}
		}
		if got, want := s.Commitment(), ScoresCommitment(addrs, totals); got.Cmp(want) != 0 {
			t.Fatalf("iter %d: Commitment differs from ScoresCommitment(Totals())", it)
		}
	}
}

func TestAssignScoreErrors(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(21, 22))
	const m, k, depth = 4, 20, 3
	d := newSketchData(t, rng, 6, k, depth, 3)
	q := randSketch(rng, k)
	base := func() *ScoreStatement { return d.statement(q, 0, 2, 5) }
	if _, err := AssignScore(m, k, depth, SpanShape{}, base()); err != nil {
		t.Fatalf("honest statement: %v", err)
	}
	other := newSketchData(t, rng, 2, k, depth, 3)
	cases := []struct {
		name string
		mod  func(s *ScoreStatement)
		want error
	}{
		{"too-many", func(s *ScoreStatement) { s.Candidates = d.statement(q, 0, 1, 2, 3, 4).Candidates }, ErrTooMany},
		{"query-length", func(s *ScoreStatement) { s.Query = s.Query[:k-1] }, ErrLength},
		{"sketch-length", func(s *ScoreStatement) { s.Candidates[1].Sketch = append(s.Candidates[1].Sketch, 0) }, ErrLength},
		{"path-length", func(s *ScoreStatement) { s.Candidates[2].Path = s.Candidates[2].Path[1:] }, ErrLength},
		{"query-range", func(s *ScoreStatement) { s.Query[3] = QuantMax + 1 }, ErrRange},
		{"sketch-range", func(s *ScoreStatement) { s.Candidates[0].Sketch[0] = -QuantMax - 1 }, ErrRange},
		{"point-range", func(s *ScoreStatement) { s.Candidates[0].Point = pow2(PointBits) }, ErrRange},
		{"contributor-range", func(s *ScoreStatement) { s.Candidates[0].Contributor = pow2(AddrBits) }, ErrRange},
		{"leaf-range", func(s *ScoreStatement) { s.Candidates[0].Leaf = 8 }, ErrRange},
		{"root-range", func(s *ScoreStatement) { s.Root = Modulus() }, ErrRange},
		{"sibling-range", func(s *ScoreStatement) { s.Candidates[1].Path[1] = big.NewInt(-1) }, ErrRange},
		{"duplicate", func(s *ScoreStatement) { s.Candidates[2] = d.candidate(0) }, ErrDuplicateLeaf},
		{"sketch-changed", func(s *ScoreStatement) { s.Candidates[1].Sketch[4] ^= 1 }, ErrNotInTree},
		{"other-tree", func(s *ScoreStatement) {
			c := other.candidate(1)
			c.Leaf = 7
			s.Candidates[1] = c
		}, ErrNotInTree},
	}
	for _, c := range cases {
		t.Run("case="+c.name, func(t *testing.T) {
			s := base()
			c.mod(s)
			if _, err := AssignScore(m, k, depth, SpanShape{}, s); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
	s := base()
	s.Candidates[1].Sketch[4] ^= 1
	if _, err := AssignScore(m, k, depth, SpanShape{}, s); err == nil || !containsAll(err.Error(), "candidate 1", "leaf 2") {
		t.Fatalf("error %v does not name candidate 1 (leaf 2)", err)
	}
}

func containsAll(s string, subs ...string) bool {
	for _, x := range subs {
		if !strings.Contains(s, x) {
			return false
		}
	}
	return true
}

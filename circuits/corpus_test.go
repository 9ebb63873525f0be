package circuits

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestCorpusLeafMatchesHasher checks CorpusLeaf against the test's own leaf chain
// (refChain) over the test's own packing (digit t of element e is token 15e+t, no offset),
// for lengths around the packing boundary, and that it panics on out-of-range tokens.
func TestCorpusLeafMatchesHasher(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	point := PointHash("devil", "abc")
	for _, n := range []int{0, 1, 14, 15, 16, 30, 31, 200} {
		toks := make([]int, n)
		for i := range toks {
			toks[i] = rng.IntN(1 << TokenBits)
		}
		if n > 0 {
			toks[0] = 1<<TokenBits - 1
		}
		els := []*big.Int{big.NewInt(CorpusTag), point, big.NewInt(int64(n))}
		for e := 0; e < n; e += PackPer {
			acc := new(big.Int)
			for j := e; j < n && j < e+PackPer; j++ {
				acc.Add(acc, new(big.Int).Lsh(big.NewInt(int64(toks[j])), uint(16*(j-e))))
			}
			els = append(els, acc)
		}
		if got, want := CorpusLeaf(point, toks), refChain(els); got.Cmp(want) != 0 {
			t.Fatalf("%d tokens: CorpusLeaf %x, hasher %x", n, got, want)
		}
	}
	// A token run differing in one place, or one token shorter, gives another leaf.
	a := CorpusLeaf(point, []int{1, 2, 3})
	if a.Cmp(CorpusLeaf(point, []int{1, 2, 4})) == 0 || a.Cmp(CorpusLeaf(point, []int{1, 2})) == 0 || a.Cmp(CorpusLeaf(point, []int{1, 2, 3, 0})) == 0 {
		t.Fatal("distinct token runs share a leaf")
	}
	for _, bad := range [][]int{{-1}, {1 << TokenBits}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Fatalf("tokens %v: no panic", bad)
				}
			}()
			CorpusLeaf(point, bad)
		}()
	}
}

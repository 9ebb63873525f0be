package main

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark/frontend"
	p2 "github.com/consensys/gnark/std/permutation/poseidon2"

	"poa/circuits"
)

// naiveScore is the baseline: the score statement proven the straightforward way. Every
// sketch value is its own hashed field element (no packing), every range check is a bit
// decomposition, and each candidate is its own commitment row (no grouping by
// contributor). It hashes with the width-2 Poseidon2 chain, one permutation per element
// (the score circuit's leaf chain absorbs 15 per width-16 permutation); same tree
// (width-2 nodes) and depth, same dot products.
type naiveScore struct {
	Root       frontend.Variable `gnark:",public"`
	QueryHash  frontend.Variable `gnark:",public"`
	Commitment frontend.Variable `gnark:",public"`

	Query       []frontend.Variable
	Point       []frontend.Variable
	Contributor []frontend.Variable
	Sketch      [][]frontend.Variable
	PathBits    [][]frontend.Variable
	Path        [][]frontend.Variable
	Pos, Neg    []frontend.Variable
}

const (
	naiveTag  = 7
	offset    = 1 << 15
	scoreBits = 44
)

func newNaive(m, k, depth int) *naiveScore {
	c := &naiveScore{Query: make([]frontend.Variable, k), Point: make([]frontend.Variable, m), Contributor: make([]frontend.Variable, m),
		Sketch: make([][]frontend.Variable, m), PathBits: make([][]frontend.Variable, m), Path: make([][]frontend.Variable, m),
		Pos: make([]frontend.Variable, m), Neg: make([]frontend.Variable, m)}
	for i := range m {
		c.Sketch[i], c.PathBits[i], c.Path[i] = make([]frontend.Variable, k), make([]frontend.Variable, depth), make([]frontend.Variable, depth)
	}
	return c
}

func (c *naiveScore) Define(api frontend.API) error {
	perm, err := p2.NewPoseidon2(api)
	if err != nil {
		return err
	}
	chain := func(els ...frontend.Variable) frontend.Variable {
		h := frontend.Variable(0)
		for _, e := range els {
			h = perm.Compress(h, e)
		}
		return h
	}
	shifted := func(v []frontend.Variable) []frontend.Variable {
		out := make([]frontend.Variable, len(v))
		for j, x := range v {
			out[j] = api.Add(x, offset)
			api.ToBinary(out[j], 16)
		}
		return out
	}
	q := shifted(c.Query)
	api.AssertIsEqual(chain(append([]frontend.Variable{naiveTag, len(q)}, q...)...), c.QueryHash)
	rows := []frontend.Variable{len(c.Point)}
	for i := range c.Point {
		api.ToBinary(c.Point[i], 248)
		api.ToBinary(c.Contributor[i], 160)
		v := shifted(c.Sketch[i])
		node := chain(append([]frontend.Variable{naiveTag, c.Point[i], c.Contributor[i]}, v...)...)
		for d, sib := range c.Path[i] {
			b := c.PathBits[i][d]
			api.AssertIsBoolean(b)
			l, r := api.Select(b, sib, node), api.Select(b, node, sib)
			node = perm.Compress(l, r)
		}
		api.AssertIsEqual(node, c.Root)
		s := frontend.Variable(0)
		for j := range c.Query {
			s = api.Add(s, api.Mul(c.Query[j], c.Sketch[i][j]))
		}
		api.ToBinary(c.Pos[i], scoreBits)
		api.ToBinary(c.Neg[i], scoreBits)
		api.AssertIsEqual(api.Mul(c.Pos[i], c.Neg[i]), 0)
		api.AssertIsEqual(s, api.Sub(c.Pos[i], c.Neg[i]))
		rows = append(rows, api.Add(api.Mul(c.Contributor[i], new(big.Int).Lsh(big.NewInt(1), 64)), c.Pos[i]))
	}
	api.AssertIsEqual(chain(rows...), c.Commitment)
	return nil
}

func shiftedInts(v []int32) []*big.Int {
	out := make([]*big.Int, len(v))
	for j, x := range v {
		out[j] = big.NewInt(int64(x) + offset)
	}
	return out
}

// assignNaive builds the naive circuit's own tree (its leaves hash one value per element)
// over the statement's candidates, at their leaf positions (absent leaves are 0, as in
// circuits.SketchTree), and its witness.
func assignNaive(st *circuits.ScoreStatement, depth int) *naiveScore {
	m, k := len(st.Candidates), len(st.Query)
	c := newNaive(m, k, depth)
	n := 0
	for _, cand := range st.Candidates {
		n = max(n, cand.Leaf+1)
	}
	leaves := make([]*big.Int, n)
	for i := range leaves {
		leaves[i] = new(big.Int)
	}
	for _, cand := range st.Candidates {
		leaves[cand.Leaf] = chain2(append([]*big.Int{big.NewInt(naiveTag), cand.Point, cand.Contributor}, shiftedInts(cand.Sketch)...)...)
	}
	tree, err := circuits.NewSketchTree(leaves, depth)
	if err != nil {
		panic(err) // the statement's leaves fit its own depth
	}
	c.Root = tree.Root()
	c.QueryHash = chain2(append([]*big.Int{big.NewInt(naiveTag), big.NewInt(int64(k))}, shiftedInts(st.Query)...)...)
	for j, v := range st.Query {
		c.Query[j] = field(int64(v))
	}
	rows := []*big.Int{big.NewInt(int64(m))}
	for i, cand := range st.Candidates {
		c.Point[i], c.Contributor[i] = cand.Point, cand.Contributor
		for j, v := range cand.Sketch {
			c.Sketch[i][j] = field(int64(v))
		}
		for d, sib := range tree.Path(cand.Leaf) {
			c.PathBits[i][d], c.Path[i][d] = (cand.Leaf>>d)&1, sib
		}
		s := circuits.Dot(st.Query, cand.Sketch)
		pos, neg := max(s, 0), max(-s, 0)
		c.Pos[i], c.Neg[i] = pos, neg
		row := new(big.Int).Lsh(cand.Contributor, 64)
		rows = append(rows, row.Add(row, big.NewInt(pos)))
	}
	c.Commitment = chain2(rows...)
	return c
}

// field is v as a canonical field element (negative values wrap mod r).
func field(v int64) *big.Int {
	x := big.NewInt(v)
	return x.Mod(x, circuits.Modulus())
}

// chain2 is the native twin of the naive circuit's chain: h ← compress(h, e) from h = 0
// with gnark's width-2 Poseidon2 compression (permute (h, e), return out[1] + e).
func chain2(els ...*big.Int) *big.Int {
	perm := poseidon2.NewDefaultPermutation()
	var h fr.Element
	for _, v := range els {
		var e fr.Element
		e.SetBigInt(v)
		x := [2]fr.Element{h, e}
		if err := perm.Permutation(x[:]); err != nil {
			panic(err) // width 2 by construction
		}
		h.Add(&x[1], &e)
	}
	return h.BigInt(new(big.Int))
}

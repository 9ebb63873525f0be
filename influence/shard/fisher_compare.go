package shard

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"

	"poa/influence"
	"poa/influence/sarray"
)

// FisherAgreement is how closely a sketch set built with another Fisher mode (b)
// agrees with one built exactly (a): the preconditioner states and the influence
// scores they give. Scores are q·row over all preconditioned rows, with raw rows of
// the set as queries q.
type FisherAgreement struct {
	K             int     `json:"k"`
	Rows          int     `json:"rows"`
	MaxAbsF       float64 `json:"max_abs_f"`        // max |F_a|
	MaxAbsDiffF   float64 `json:"max_abs_diff_f"`   // max |F_a − F_b|
	LambdaA       float64 `json:"lambda_a"`         // damping λ of each
	LambdaB       float64 `json:"lambda_b"`         //
	MaxAbsDiffPre float64 `json:"max_abs_diff_pre"` // max |pre_a − pre_b| over all values
	Queries       int     `json:"queries"`
	SpearmanMean  float64 `json:"spearman_mean"` // rank correlation of each query's n scores
	SpearmanMin   float64 `json:"spearman_min"`
	TopK          int     `json:"top_k"`
	OverlapMean   float64 `json:"overlap_mean"` // |top-k_a ∩ top-k_b| / k
	OverlapMin    float64 `json:"overlap_min"`
	SameRoot      bool    `json:"same_root"`
}

// CompareFisher opens the sketch sets in dirs a and b (of the same rows) and measures
// FisherAgreement with queries raw rows (evenly spaced) and top k. Cost: queries full
// scans of both sets.
func CompareFisher(a, b string, queries, topk int) (FisherAgreement, error) {
	var fa FisherAgreement
	xa, err := OpenSketches(a, false, 0)
	if err != nil {
		return fa, err
	}
	defer xa.Close()
	xb, err := OpenSketches(b, false, 0)
	if err != nil {
		return fa, err
	}
	defer xb.Close()
	n, k := xa.Dims()
	if nb, kb := xb.Dims(); nb != n || kb != k {
		return fa, fmt.Errorf("sketch sets %s (%d×%d) and %s (%d×%d) differ in shape: %w", a, n, k, b, nb, kb, sarray.ErrFormat)
	}
	state := func(x *Sketches) ([]float64, float64, error) {
		pb, err := os.ReadFile(filepath.Join(x.Dir, x.Set.Shards[0].Dir, PreconditionFile))
		if err != nil {
			return nil, 0, fmt.Errorf("shard: %w", err)
		}
		f, lambda, _, err := decodePrecondition(pb)
		if err != nil {
			return nil, 0, err
		}
		return symData(f), lambda, nil
	}
	fA, lA, err := state(xa)
	if err != nil {
		return fa, err
	}
	fB, lB, err := state(xb)
	if err != nil {
		return fa, err
	}
	fa.K, fa.Rows, fa.LambdaA, fa.LambdaB, fa.TopK = k, n, lA, lB, min(topk, n)
	fa.SameRoot = xa.Set.SketchRoot == xb.Set.SketchRoot
	for i := range fA {
		fa.MaxAbsF = max(fa.MaxAbsF, math.Abs(fA[i]))
		fa.MaxAbsDiffF = max(fa.MaxAbsDiffF, math.Abs(fA[i]-fB[i]))
	}
	for i := range n {
		ra, rb := xa.Row(i), xb.Row(i)
		for j := range ra {
			fa.MaxAbsDiffPre = max(fa.MaxAbsDiffPre, math.Abs(float64(ra[j])-float64(rb[j])))
		}
	}
	queries = max(1, min(queries, n))
	fa.Queries, fa.SpearmanMin, fa.OverlapMin = queries, 1, 1
	for qi := range queries {
		q := xa.RawRow(qi * n / queries)
		sa, sb := make([]float64, n), make([]float64, n)
		for i := range n {
			sa[i], sb[i] = float64(influence.Dot(q, xa.Row(i))), float64(influence.Dot(q, xb.Row(i)))
		}
		rho := Spearman(sa, sb)
		ta, tb := xa.TopK(q, fa.TopK), xb.TopK(q, fa.TopK)
		in := map[int]bool{}
		for _, h := range ta {
			in[h.Index] = true
		}
		common := 0
		for _, h := range tb {
			if in[h.Index] {
				common++
			}
		}
		ov := float64(common) / float64(max(1, fa.TopK))
		fa.SpearmanMean += rho / float64(queries)
		fa.OverlapMean += ov / float64(queries)
		fa.SpearmanMin, fa.OverlapMin = min(fa.SpearmanMin, rho), min(fa.OverlapMin, ov)
	}
	return fa, nil
}

// Spearman is the rank correlation of x and y (ties get their mean rank): the
// Pearson correlation of the ranks. It panics if the lengths differ; 1 for fewer
// than two values or when a side is constant and both are.
func Spearman(x, y []float64) float64 {
	if len(x) != len(y) {
		panic("shard: Spearman of different lengths")
	}
	rx, ry := ranks(x), ranks(y)
	n := float64(len(x))
	if n < 2 {
		return 1
	}
	var mx, my float64
	for i := range rx {
		mx += rx[i] / n
		my += ry[i] / n
	}
	var sxy, sxx, syy float64
	for i := range rx {
		sxy += (rx[i] - mx) * (ry[i] - my)
		sxx += (rx[i] - mx) * (rx[i] - mx)
		syy += (ry[i] - my) * (ry[i] - my)
	}
	if sxx == 0 || syy == 0 {
		if sxx == syy {
			return 1
		}
		return 0
	}
	return sxy / math.Sqrt(sxx*syy)
}

// ranks is 1-based ranks of v, ties sharing their mean rank.
func ranks(v []float64) []float64 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] < v[idx[b]] })
	r := make([]float64, len(v))
	for lo := 0; lo < len(idx); {
		hi := lo
		for hi+1 < len(idx) && v[idx[hi+1]] == v[idx[lo]] {
			hi++
		}
		for i := lo; i <= hi; i++ {
			r[idx[i]] = float64(lo+hi)/2 + 1
		}
		lo = hi + 1
	}
	return r
}

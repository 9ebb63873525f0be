package lm

import (
	"cmp"
	"fmt"
	"slices"

	"poa/circuits"
	"poa/influence"
	"poa/store"
)

// intHit is a sketch row with its exact integer score against a quantized query.
type intHit struct {
	row   int
	score int64
}

// integerScores returns every row's (of rows, or all rows when nil) exact integer score
// Σ q_j·g_ij against the sketch file quantized with shift, best first, ties to the lower
// row: the order the score circuit's numbers give.
func integerScores(sf *store.SketchFile, shift int, qq []int32, rows []int) ([]intHit, error) {
	n, _ := sf.Dims()
	if rows == nil {
		rows = make([]int, n)
		for i := range rows {
			rows[i] = i
		}
	}
	out := make([]intHit, 0, len(rows))
	var buf []int32
	for _, i := range rows {
		var err error
		if buf, err = influence.Quantize(buf, sf.Row(i), shift); err != nil {
			return nil, fmt.Errorf("sketch row %d (%s): %w", i, sf.ID(i), err)
		}
		out = append(out, intHit{row: i, score: influence.DotInt(qq, buf)})
	}
	slices.SortFunc(out, func(a, b intHit) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.row, b.row)
	})
	return out, nil
}

// integerTopK selects a record's gradient candidates for the committed scorer: the k
// rows with the largest exact integer score (integerScores) among the points keep
// accepts. Selecting on the integer score the circuit proves, rather than on the float
// scan's, means an honest record omits no accepted point that beats its k-th candidate
// (the optimistic completeness rule, docs/trust-model.md). dropped counts the rejected
// points met before k were kept.
func integerTopK(sf *store.SketchFile, shift int, qq []int32, rows []int, k int, keep func(datanet, point string) (bool, error)) (hits []intHit, dropped int, err error) {
	all, err := integerScores(sf, shift, qq, rows)
	if err != nil {
		return nil, 0, err
	}
	for _, h := range all {
		if len(hits) == k {
			break
		}
		d, p := splitID(sf.ID(h.row))
		ok, err := keep(d, p)
		if err != nil {
			return nil, 0, err
		}
		if !ok {
			dropped++
			continue
		}
		hits = append(hits, h)
	}
	return hits, dropped, nil
}

// commitQuery builds a record's QueryCommitment from the quantized query (qq, shift) and
// the selected candidates: the query's hash and each candidate's exact integer score
// against the committed sketch row, with the float score kept for measurement. The
// returned evidence holds the dequantized integer scores, so that the fusion, and hence
// the payout, consumes exactly the scores the score circuit proves.
func commitQuery(c *influence.Commitment, sf *store.SketchFile, q []float32, qq []int32, shift int, hits []intHit, owners influence.Owners) (*influence.QueryCommitment, []influence.GradientScore, error) {
	qc := &influence.QueryCommitment{Rule: influence.QuantRule, Shift: shift, Sketch: qq,
		Hash: hexRoot(circuits.QueryHash(qq)), SketchRoot: c.SketchRoot, SketchShift: c.Shift,
		Candidates: []influence.ProvenScore{}}
	ev := make([]influence.GradientScore, 0, len(hits))
	for _, h := range hits {
		r, err := readRow(sf, h.row, c.Shift, owners)
		if err != nil {
			return nil, nil, err
		}
		if s := influence.DotInt(qq, r.q); s != h.score {
			panic(fmt.Sprintf("lm: row %d scores %d and %d", h.row, s, h.score)) // the same quantization twice
		}
		qc.Candidates = append(qc.Candidates, influence.ProvenScore{Datanet: r.datanet, Point: r.point,
			Contributor: r.contributor, Leaf: h.row, Score: h.score, Float: float64(influence.Dot(q, sf.Row(h.row)))})
		ev = append(ev, influence.GradientScore{Datanet: r.datanet, Point: r.point, Score: influence.Dequantize(h.score, shift, c.Shift)})
	}
	return qc, ev, nil
}

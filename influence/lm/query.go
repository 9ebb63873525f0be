package lm

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"poa/circuits"
	"poa/influence"
	"poa/kernels"
)

// intHit is a sketch row with its exact integer score against a quantized query.
type intHit struct {
	row   int
	score int64
}

// integerScores returns every row's (of rows, or all rows when nil) exact integer score
// Σ q_j·g_ij against the sketch file quantized with shift, best first, ties to the lower
// row: the order the score circuit's numbers give. Rows are scored in parallel, each by
// quantDot (the values of influence.Quantize, without storing them).
func integerScores(sf sketchRows, shift int, qq []int32, rows []int) ([]intHit, error) {
	n, _ := sf.Dims()
	if rows == nil {
		rows = make([]int, n)
		for i := range rows {
			rows[i] = i
		}
	}
	out := make([]intHit, len(rows))
	bad := make([]bool, len(rows))
	const chunk = 64
	kernels.ForEach((len(rows)+chunk-1)/chunk, func(c int) {
		for x := c * chunk; x < min((c+1)*chunk, len(rows)); x++ {
			s, ok := quantDot(qq, sf.Row(rows[x]), shift)
			out[x], bad[x] = intHit{row: rows[x], score: s}, !ok
		}
	})
	for x, b := range bad {
		if b { // the first row that does not quantize, with Quantize's error
			i := rows[x]
			_, err := influence.Quantize(nil, sf.Row(i), shift)
			return nil, fmt.Errorf("sketch row %d (%s): %w", i, sf.ID(i), err)
		}
	}
	slices.SortFunc(out, func(a, b intHit) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.row, b.row)
	})
	return out, nil
}

// quantDot returns influence.DotInt(qq, influence.Quantize(row, shift)) in one pass,
// and false where Quantize fails. For |shift| ≤ 100
// (influence.QuantShift's range), float64(v)·2^shift is exact and equals
// math.Ldexp(float64(v), shift), so every value is Quantize's; other shifts take
// Quantize itself.
func quantDot(qq []int32, row []float32, shift int) (int64, bool) {
	if len(qq) != len(row) {
		panic("lm: quantDot: lengths differ") // as influence.DotInt
	}
	if shift < -100 || shift > 100 {
		g, err := influence.Quantize(nil, row, shift)
		if err != nil {
			return 0, false
		}
		return influence.DotInt(qq, g), true
	}
	scale := math.Ldexp(1, shift)
	var s int64
	for j, v := range row {
		f := math.Round(float64(v) * scale)
		if !(math.Abs(f) <= influence.QuantMax) { // NaN too
			return 0, false
		}
		s += int64(qq[j]) * int64(f)
	}
	return s, true
}

// integerTopK selects a record's gradient candidates for the committed scorer: the k
// rows with the largest exact integer score (integerScores) among the points keep
// accepts. Selecting on the integer score the circuit proves, rather than on the float
// scan's, means an honest record omits no accepted point that beats its k-th candidate
// (the optimistic completeness rule, docs/trust-model.md). dropped counts the rejected
// points met before k were kept.
func integerTopK(sf sketchRows, shift int, qq []int32, rows []int, k int, keep func(datanet, point string) (bool, error)) (hits []intHit, dropped int, err error) {
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
func commitQuery(c *influence.Commitment, sf sketchRows, q []float32, qq []int32, shift int, hits []intHit, owners influence.Owners) (*influence.QueryCommitment, []influence.GradientScore, error) {
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

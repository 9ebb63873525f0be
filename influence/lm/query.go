package lm

import (
	"fmt"

	"poa/circuits"
	"poa/influence"
	"poa/store"
)

// commitQuery builds a record's QueryCommitment: the query sketch quantized with its own
// shift, its hash, and each gradient hit's exact integer score against the committed
// (quantized) sketch row. The returned evidence replaces the hits' float scores by the
// dequantized integer ones, so that the fusion, and hence the payout, consumes exactly
// the scores the score circuit proves.
func commitQuery(c *influence.Commitment, sf *store.SketchFile, q []float32, hits []influence.Hit, owners influence.Owners) (*influence.QueryCommitment, []influence.GradientScore, error) {
	qq, shift, err := influence.QuantizeAuto(q)
	if err != nil {
		return nil, nil, fmt.Errorf("query sketch: %w", err)
	}
	qc := &influence.QueryCommitment{Rule: influence.QuantRule, Shift: shift, Sketch: qq,
		Hash: hexRoot(circuits.QueryHash(qq)), SketchRoot: c.SketchRoot, SketchShift: c.Shift,
		Candidates: []influence.ProvenScore{}}
	ev := make([]influence.GradientScore, 0, len(hits))
	for _, h := range hits {
		r, err := readRow(sf, h.Index, c.Shift, owners)
		if err != nil {
			return nil, nil, err
		}
		s := influence.DotInt(qq, r.q)
		qc.Candidates = append(qc.Candidates, influence.ProvenScore{Datanet: r.datanet, Point: r.point,
			Contributor: r.contributor, Leaf: h.Index, Score: s, Float: h.Score})
		ev = append(ev, influence.GradientScore{Datanet: r.datanet, Point: r.point, Score: influence.Dequantize(s, shift, c.Shift)})
	}
	return qc, ev, nil
}

package lm

import (
	"fmt"
	"slices"
	"time"

	"poa/gradients"
	"poa/inference"
	"poa/store"
)

// trainedOn returns a check of whether a data point was in the training data of the
// model being attributed: its datanet is one the base model or the adapter was trained
// on, and it was added before that training finished (the record's Created). Only such
// points can have influenced the output, so only they earn: a point imported after
// training (say, the model's own typical outputs, imported to farm span credit) or in a
// datanet the model never saw earns nothing until a training run includes it. Answers
// are cached per point for one attribution.
func trainedOn(s *store.Store, l *loaded) func(datanet, id string) (bool, error) {
	cache := map[string]bool{}
	return func(datanet, id string) (bool, error) {
		key := datanet + "/" + id
		if v, ok := cache[key]; ok {
			return v, nil
		}
		p, err := s.Point(datanet, id)
		if err != nil {
			return false, fmt.Errorf("evidence point %s: %w", key, err)
		}
		ok := trainedPoint(l, datanet, p)
		cache[key] = ok
		return ok, nil
	}
}

// trainedPoint is trainedOn's rule for a point already read: the base model or the
// adapter trained on it. A document their training held out to measure held-out loss
// (gradients.HeldOut, when the record shows held-out documents: a split that would hold
// out everything holds out nothing) was not trained on, so it earns nothing either.
func trainedPoint(l *loaded, datanet string, p store.DataPoint) bool {
	held := gradients.HeldOut(p.Text)
	return trainedBy(l.mrec.Datanets, l.mrec.Created, l.mrec.HeldOut, datanet, p, held) ||
		trainedBy(l.arec.Datanets, l.arec.Created, l.arec.HeldOut, datanet, p, held)
}

// trainedBy is whether one training run (its datanets, finish time and held-out loss
// record) trained on point p of datanet; held is gradients.HeldOut(p.Text).
func trainedBy(datanets []string, created time.Time, ho *inference.HeldOutLoss, datanet string, p store.DataPoint, held bool) bool {
	if held && ho != nil && ho.Docs > 0 {
		return false
	}
	return slices.Contains(datanets, datanet) && !p.Added.After(created)
}

package lm

import (
	"fmt"
	"slices"

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

// trainedPoint is trainedOn's rule for a point already read.
func trainedPoint(l *loaded, datanet string, p store.DataPoint) bool {
	return slices.Contains(l.mrec.Datanets, datanet) && !p.Added.After(l.mrec.Created) ||
		slices.Contains(l.arec.Datanets, datanet) && !p.Added.After(l.arec.Created)
}

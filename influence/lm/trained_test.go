package lm

import (
	"fmt"
	"testing"
	"time"

	"poa/gradients"
	"poa/inference"
	"poa/store"
)

// TestTrainedPointHeldOut: a document the training run held out (gradients.HeldOut) earns
// nothing from a model whose record shows held-out documents, and earns as before from a
// run that held nothing out (an older model, or a split that would have held out all).
func TestTrainedPointHeldOut(t *testing.T) {
	var held, kept string
	for i := 0; held == "" || kept == ""; i++ {
		text := fmt.Sprintf("ENTRY%d, n. A document.", i)
		if gradients.HeldOut(text) {
			held = text
		} else {
			kept = text
		}
	}
	created := time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)
	added := created.Add(-time.Hour)
	split := &inference.HeldOutLoss{Docs: 3, Tokens: 40, Loss: 4.2}
	l := &loaded{
		mrec: inference.ModelRecord{Datanets: []string{"base-data"}, Created: created, HeldOut: split},
		arec: inference.AdapterRecord{Datanets: []string{"devil"}, Created: created, HeldOut: split},
	}
	point := func(text string) store.DataPoint { return store.DataPoint{Text: text, Added: added} }
	for _, c := range []struct {
		name    string
		datanet string
		text    string
		ho      *inference.HeldOutLoss
		want    bool
	}{
		{"kept by the adapter", "devil", kept, split, true},
		{"held out by the adapter", "devil", held, split, false},
		{"held out by the base", "base-data", held, split, false},
		{"kept by the base", "base-data", kept, split, true},
		{"no held-out split recorded", "devil", held, nil, true},
		{"a split that held nothing out", "devil", held, &inference.HeldOutLoss{}, true},
		{"another datanet", "jargon", kept, split, false},
	} {
		l.mrec.HeldOut, l.arec.HeldOut = c.ho, c.ho
		if got := trainedPoint(l, c.datanet, point(c.text)); got != c.want {
			t.Errorf("%s: trained %v, want %v", c.name, got, c.want)
		}
	}
	late := store.DataPoint{Text: kept, Added: created.Add(time.Hour)}
	if trainedPoint(l, "devil", late) {
		t.Error("a point added after training counts as trained")
	}
}

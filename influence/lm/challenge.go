package lm

import (
	"context"
	"fmt"

	"poa/circuits"
	"poa/influence"
	"poa/store"
)

// MaxOmissions bounds the omissions ChallengeRecord lists.
const MaxOmissions = 16

// Omission is a committed, trained-on point that a record left out of its gradient
// candidates although it outranks the record's last candidate on the exact integer
// score (ties go to the lower leaf): the evidence of the optimistic completeness rule.
// Path is the point's Merkle authentication path under the committed sketch root, so
// that its score can be proven (the score circuit with this one candidate).
type Omission struct {
	Leaf        int      `json:"leaf"`
	Datanet     string   `json:"datanet"`
	Point       string   `json:"point"`
	Contributor string   `json:"contributor"`
	Score       int64    `json:"score"`
	Path        []string `json:"path"`
}

// Challenge is what ChallengeRecord found.
type Challenge struct {
	Record     string `json:"record"`
	Adapter    string `json:"adapter"`
	SketchRoot string `json:"sketch_root"`
	Candidates int    `json:"candidates"`
	// Last is the record's last (lowest-ranked) candidate's leaf and score.
	LastLeaf  int   `json:"last_leaf"`
	LastScore int64 `json:"last_score"`
	// Restricted is true when the record's scan was restricted to embedding candidates:
	// points outside that set were not scanned, so omissions are expected; the rule
	// holds only for full scans.
	Restricted bool `json:"restricted"`
	// Omitted counts all omissions; Omissions lists the first MaxOmissions, best first.
	Omitted   int        `json:"omitted"`
	Omissions []Omission `json:"omissions"`
}

// ChallengeRecord rescans every committed sketch row with the record's committed query
// (exact integer scores, the quantized rows of the adapter's commitment) and lists the
// trained-on points the record omitted although they outrank its last candidate. An
// honest record of a full scan has none (Attribute selects candidates by the same integer
// order). The query itself is checked by VerifyRecord.
func ChallengeRecord(ctx context.Context, s *store.Store, rec *influence.Record) (*Challenge, error) {
	qc := rec.Query
	if qc == nil || len(qc.Candidates) == 0 {
		return nil, fmt.Errorf("record %s has no committed candidates (method %s): %w", rec.ID, rec.Method, influence.ErrBadInput)
	}
	var ch *Challenge
	err := withRecordTree(ctx, s, rec, func(l *loaded, sf sketchRows, tree *circuits.SketchTree) (err error) {
		ch, err = challenge(s, rec, l, sf, tree)
		return err
	})
	return ch, err
}

func challenge(s *store.Store, rec *influence.Record, l *loaded, sf sketchRows, tree *circuits.SketchTree) (*Challenge, error) {
	qc := rec.Query
	last := qc.Candidates[len(qc.Candidates)-1]
	ch := &Challenge{Record: rec.ID, Adapter: rec.Adapter, SketchRoot: qc.SketchRoot, Candidates: len(qc.Candidates),
		LastLeaf: last.Leaf, LastScore: last.Score, Omissions: []Omission{}}
	if cp, ok := rec.Scorer["candidates"]; ok && cp != nil {
		ch.Restricted = true
	}
	chosen := map[int]bool{}
	for _, c := range qc.Candidates {
		chosen[c.Leaf] = true
	}
	all, err := integerScores(sf, qc.SketchShift, qc.Sketch, nil)
	if err != nil {
		return nil, err
	}
	trained := trainedOn(s, l)
	owners := influence.StoreOwners(s)
	for _, h := range all {
		if h.score < last.Score || h.score == last.Score && h.row >= last.Leaf {
			break // ranks after the last candidate: everything from here on does
		}
		if chosen[h.row] {
			continue
		}
		d, p := splitID(sf.ID(h.row))
		if ok, err := trained(d, p); err != nil {
			return nil, err
		} else if !ok {
			continue
		}
		ch.Omitted++
		if len(ch.Omissions) == MaxOmissions {
			continue
		}
		owner, err := owners(d, p)
		if err != nil {
			return nil, err
		}
		om := Omission{Leaf: h.row, Datanet: d, Point: p, Contributor: owner, Score: h.score}
		for _, sib := range tree.Path(h.row) {
			om.Path = append(om.Path, hexRoot(sib))
		}
		ch.Omissions = append(ch.Omissions, om)
	}
	return ch, nil
}

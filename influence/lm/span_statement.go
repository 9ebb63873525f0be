package lm

import (
	"context"
	"fmt"

	"poa/circuits"
	"poa/influence"
	"poa/store"
)

// scoreSpans fills st's span evidence from the record: the corpus tree rebuilt from
// the store when the record has spans (its root must be the adapter's committed
// Corpus.Root, ErrStale otherwise; without spans the committed root is taken as is),
// the record's output token ids, and for each of the record's spans, in order, its
// document's tokens, the offset of the run's first occurrence in them, and the
// document's leaf and path in the corpus tree. A span whose document is not in the
// committed corpus or does not hold the run is an error (ErrBadInput): the record's
// span evidence is not what it says.
func scoreSpans(ctx context.Context, s *store.Store, l *loaded, rec *influence.Record, st *circuits.ScoreStatement) error {
	c, err := LoadCommitment(s, rec.Adapter)
	if err != nil {
		return err
	}
	st.Output = append([]int(nil), rec.OutputIDs...)
	if len(rec.Evidence.Spans) == 0 {
		// Nothing to open: the committed root is all the statement needs.
		st.CorpusRoot, err = ParseRoot(c.Corpus.Root)
		return err
	}
	cc, err := corpusTree(ctx, s, l, func(int, int) {})
	if err != nil {
		return err
	}
	if root := hexRoot(cc.tree.Root()); root != c.Corpus.Root {
		return fmt.Errorf("record %s: committed corpus root %s, the store gives %s: %w", rec.ID, c.Corpus.Root, root, ErrStale)
	}
	st.CorpusRoot = cc.tree.Root()
	leaf := make(map[string]int, len(cc.refs))
	for i, r := range cc.refs {
		leaf[r] = i
	}
	docs := map[string][]int{}
	for i, sp := range rec.Evidence.Spans {
		key := sp.Datanet + "/" + sp.Point
		idx, ok := leaf[key]
		if !ok {
			return fmt.Errorf("record %s: span %d: %s is not in the committed corpus: %w", rec.ID, i, key, influence.ErrBadInput)
		}
		doc, ok := docs[key]
		if !ok {
			p, err := s.Point(sp.Datanet, sp.Point)
			if err != nil {
				return fmt.Errorf("record %s: span %d: %w", rec.ID, i, err)
			}
			doc = l.tok.Encode(p.Text)
			docs[key] = doc
		}
		if sp.Start < 0 || sp.End > len(rec.OutputIDs) || sp.Start >= sp.End {
			return fmt.Errorf("record %s: span %d: output tokens [%d, %d) outside the %d-token output: %w",
				rec.ID, i, sp.Start, sp.End, len(rec.OutputIDs), influence.ErrBadInput)
		}
		off := indexRun(doc, rec.OutputIDs[sp.Start:sp.End])
		if off < 0 {
			return fmt.Errorf("record %s: span %d: output tokens [%d, %d) do not occur in %s: %w", rec.ID, i, sp.Start, sp.End, key, influence.ErrBadInput)
		}
		st.Spans = append(st.Spans, circuits.ScoreSpan{Leaf: idx, Point: circuits.PointHash(sp.Datanet, sp.Point), Doc: doc,
			Off: off, Len: sp.End - sp.Start, Start: sp.Start, Path: cc.tree.Path(idx)})
	}
	return nil
}

// indexRun returns the first offset of run in doc, or −1.
func indexRun(doc, run []int) int {
	for i := 0; i+len(run) <= len(doc); i++ {
		match := true
		for j, t := range run {
			if doc[i+j] != t {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

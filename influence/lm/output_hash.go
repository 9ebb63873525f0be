package lm

import (
	"fmt"

	"poa/circuits"
	"poa/influence"
	"poa/prover"
	"poa/store"
)

// outputHash is circuits.OutputHash of the output token ids and of the span list a score
// proof of the record proves (provenSpans), as 0x + 64 hex digits, or "" when an id does
// not fit the circuit's 16-bit tokens (a vocabulary over 65,536: such an output's spans
// cannot be proven). It fails when a span's document cannot be read or does not hold
// the span's run.
func outputHash(s *store.Store, l *loaded, ids []int, spans []influence.Span) (string, error) {
	for _, id := range ids {
		if id < 0 || id >= 1<<circuits.TokenBits {
			return "", nil
		}
	}
	list, err := provenSpans(s, l, ids, spans)
	if err != nil {
		return "", err
	}
	return hexRoot(circuits.OutputHash(ids, list)), nil
}

// provenSpans is the span list a score proof of a record with these output ids and
// span evidence proves, in slot order: each span's point hash, the offset of the run's
// first occurrence in its document's tokens, its start and length in the output (the
// statement prove-record builds, scoreSpans), kept by prover.FitSpans under the default
// span shape (the long-document, long-run and slot-count rules). Documents are read
// once each; Doc is set, Leaf and Path are not.
func provenSpans(s *store.Store, l *loaded, ids []int, spans []influence.Span) ([]circuits.ScoreSpan, error) {
	docs := map[string][]int{}
	var list []circuits.ScoreSpan
	for i, sp := range spans {
		key := sp.Datanet + "/" + sp.Point
		doc, ok := docs[key]
		if !ok {
			p, err := s.Point(sp.Datanet, sp.Point)
			if err != nil {
				return nil, fmt.Errorf("span %d: %w", i, err)
			}
			doc = l.tok.Encode(p.Text)
			docs[key] = doc
		}
		if sp.Start < 0 || sp.End > len(ids) || sp.Start >= sp.End {
			return nil, fmt.Errorf("span %d: output tokens [%d, %d) outside the %d-token output: %w", i, sp.Start, sp.End, len(ids), influence.ErrBadInput)
		}
		off := indexRun(doc, ids[sp.Start:sp.End])
		if off < 0 {
			return nil, fmt.Errorf("span %d: output tokens [%d, %d) do not occur in %s: %w", i, sp.Start, sp.End, key, influence.ErrBadInput)
		}
		list = append(list, circuits.ScoreSpan{Point: circuits.PointHash(sp.Datanet, sp.Point), Doc: doc,
			Off: off, Len: sp.End - sp.Start, Start: sp.Start})
	}
	st := &circuits.ScoreStatement{Spans: list}
	prover.FitSpans(st, prover.SpanShapeFor(len(ids), 0))
	return st.Spans, nil
}

package prover

import (
	"fmt"

	"poa/circuits"
)

// UnprovenSpan is a span of a statement that a proof's shape cannot hold: Index is its
// position in the statement's spans as given (the record's span evidence order), Reason
// says why. Such a span stays recomputable (poa verify-record checks it natively).
type UnprovenSpan struct {
	Index  int    `json:"index"`
	Reason string `json:"reason"`
}

// FitSpans keeps in st.Spans, in order, the spans that the span shape sp can hold
// (a document of at most sp.DocLen tokens, a run of at most sp.RunLen tokens, the
// first sp.Slots such spans) and returns the others with why. It changes nothing when
// every span fits.
func FitSpans(st *circuits.ScoreStatement, sp circuits.SpanShape) []UnprovenSpan {
	var keep []circuits.ScoreSpan
	var out []UnprovenSpan
	for i, x := range st.Spans {
		switch {
		case len(x.Doc) > sp.DocLen:
			out = append(out, UnprovenSpan{i, fmt.Sprintf("document of %d tokens, span slots hold %d", len(x.Doc), sp.DocLen)})
		case x.Len > sp.RunLen:
			out = append(out, UnprovenSpan{i, fmt.Sprintf("run of %d tokens, span slots hold %d", x.Len, sp.RunLen)})
		case len(keep) == sp.Slots:
			out = append(out, UnprovenSpan{i, fmt.Sprintf("past the shape's %d span slots", sp.Slots)})
		default:
			keep = append(keep, x)
		}
	}
	st.Spans = keep
	return out
}

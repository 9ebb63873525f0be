package circuits

import "fmt"

// Bounds of the span slots of a ScoreCircuit.
const (
	// MaxSpanSlots bounds the number S of span slots.
	MaxSpanSlots = 256
	// MaxDocLen bounds the padded document length D of a span slot, in tokens.
	MaxDocLen = 1 << 14
	// MaxOutLen bounds the padded output length O, in tokens.
	MaxOutLen = 1 << 14
)

// SpanShape is the span part of a ScoreCircuit's shape: Slots span slots, each holding a
// document of at most DocLen tokens under a corpus tree of the given Depth and a run of
// at most RunLen tokens, against an output of at most OutLen tokens. The zero SpanShape
// has no slot and an empty output: its CorpusRoot is unconstrained and its OutputHash is
// OutputHash of no tokens.
type SpanShape struct {
	Slots  int `json:"slots"`
	DocLen int `json:"doc_len"`
	RunLen int `json:"run_len"`
	OutLen int `json:"out_len"`
	Depth  int `json:"depth"`
}

// String names the span shape, e.g. "s4-t1024-l32-o128-c14".
func (s SpanShape) String() string {
	return fmt.Sprintf("s%d-t%d-l%d-o%d-c%d", s.Slots, s.DocLen, s.RunLen, s.OutLen, s.Depth)
}

// Check reports whether the shape is in bounds: Slots in [0, MaxSpanSlots], OutLen in
// [0, MaxOutLen] and, with slots, DocLen in [1, MaxDocLen], RunLen in [1, DocLen] and
// Depth in [1, MaxDepth]; without slots DocLen, RunLen and Depth are 0.
func (s SpanShape) Check() error {
	bad := s.Slots < 0 || s.Slots > MaxSpanSlots || s.OutLen < 0 || s.OutLen > MaxOutLen
	if s.Slots == 0 {
		bad = bad || s.DocLen != 0 || s.RunLen != 0 || s.Depth != 0
	} else {
		bad = bad || s.DocLen < 1 || s.DocLen > MaxDocLen || s.RunLen < 1 || s.RunLen > s.DocLen || s.Depth < 1 || s.Depth > MaxDepth
	}
	if bad {
		return fmt.Errorf("span shape %s outside slots [0, %d], doc [1, %d], run [1, doc], output [0, %d], depth [1, %d]: %w",
			s, MaxSpanSlots, MaxDocLen, MaxOutLen, MaxDepth, ErrRange)
	}
	return nil
}

func checkSpanShape(s SpanShape) {
	if err := s.Check(); err != nil {
		panic("circuits: " + err.Error())
	}
}

package circuits

import "errors"

var (
	// ErrTooMany is returned when a split has more contributors than the circuit's size N.
	ErrTooMany = errors.New("more contributors than the circuit size")
	// ErrRange is returned when a value is outside its bound (score ≥ 2^64, fee or payout
	// ≥ 2^96, address ≥ 2^160, negative values).
	ErrRange = errors.New("value out of range")
	// ErrLength is returned when the contributor, score and payout lists differ in length.
	ErrLength = errors.New("list lengths differ")
)

var (
	// ErrDuplicateLeaf is returned when two score candidates sit on the same tree leaf.
	ErrDuplicateLeaf = errors.New("two candidates on the same leaf")
	// ErrNotInTree is returned when a score candidate's path does not lead to the root.
	ErrNotInTree = errors.New("candidate not in the sketch tree")
)

var (
	// ErrSpanMismatch is returned when a span's document run differs from the output
	// tokens it claims to match.
	ErrSpanMismatch = errors.New("span run differs from the output")
	// ErrNotInCorpus is returned when a span's document path does not lead to the corpus root.
	ErrNotInCorpus = errors.New("span document not in the corpus tree")
)

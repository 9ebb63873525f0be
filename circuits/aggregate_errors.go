package circuits

import "errors"

// Sentinels of the epoch aggregation's assignment (AssignAttributedSplit,
// AssignAggregate); the shared ones (ErrTooMany, ErrRange, ErrLength) are in errors.go.
var (
	// ErrUnsorted is returned when a record's rows or the epoch rows are not in strictly
	// increasing address order (the score circuit commits them sorted and distinct).
	ErrUnsorted = errors.New("rows not in strictly increasing address order")
	// ErrMissingContributor is returned when a contributor with a positive share in a
	// record is not among the epoch rows.
	ErrMissingContributor = errors.New("record contributor missing from the epoch rows")
)

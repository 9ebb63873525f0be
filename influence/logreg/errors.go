package logreg

import "errors"

var (
	// ErrBadCSV is returned for a CSV that is not numeric features plus a label column.
	ErrBadCSV = errors.New("bad CSV")
	// ErrTooFewClasses is returned for data with fewer than two classes.
	ErrTooFewClasses = errors.New("fewer than two classes")
	// ErrSettings is returned for Settings outside their ranges (Settings.Validate).
	ErrSettings = errors.New("invalid settings")
	// ErrNotConverged is returned when training stops before its tolerance.
	ErrNotConverged = errors.New("training did not converge")
)

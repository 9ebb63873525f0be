package bounds

import (
	"cmp"
	"fmt"
)

// Error reports a setting outside its allowed range.
type Error struct {
	// Setting names the setting as the validating package's API does, e.g.
	// "TrainConfig.Steps".
	Setting string
	// Value is the value given, formatted with %v.
	Value string
	// Want describes the allowed values, e.g. "[1, 100000000]", "(0, 1]" or
	// "[1, 64] (n_embd of the model)".
	Want string
}

func (e *Error) Error() string {
	return e.Setting + " = " + e.Value + " is outside " + e.Want
}

// Fail returns the Error for setting with value v and the allowed values want.
func Fail(setting string, v any, want string) *Error {
	return &Error{Setting: setting, Value: fmt.Sprint(v), Want: want}
}

// In returns nil if lo ≤ v ≤ hi and an *Error naming setting and "[lo, hi]"
// otherwise (also for NaN).
func In[T cmp.Ordered](setting string, v, lo, hi T) error {
	if v != v || v < lo || v > hi { // v != v: NaN
		return Fail(setting, v, fmt.Sprintf("[%v, %v]", lo, hi))
	}
	return nil
}

// Above returns nil if lo < v ≤ hi and an *Error naming setting and "(lo, hi]"
// otherwise (also for NaN).
func Above[T cmp.Ordered](setting string, v, lo, hi T) error {
	if v != v || v <= lo || v > hi {
		return Fail(setting, v, fmt.Sprintf("(%v, %v]", lo, hi))
	}
	return nil
}

// Open returns nil if lo < v < hi and an *Error naming setting and "(lo, hi)"
// otherwise (also for NaN).
func Open[T cmp.Ordered](setting string, v, lo, hi T) error {
	if v != v || v <= lo || v >= hi {
		return Fail(setting, v, fmt.Sprintf("(%v, %v)", lo, hi))
	}
	return nil
}

// First returns the first non-nil error of errs, so that a Validate method can list
// its checks in order and report the first that fails.
func First(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

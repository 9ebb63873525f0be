package bounds

import (
	"errors"
	"math"
	"testing"
	"time"
)

func TestIn(t *testing.T) {
	for _, c := range []struct {
		name string
		err  error
		want string // "" for nil
	}{
		{name: "int inside", err: In("T.N", 3, 1, 5)},
		{name: "int low", err: In("T.N", 0, 1, 5), want: "T.N = 0 is outside [1, 5]"},
		{name: "int high", err: In("T.N", 6, 1, 5), want: "T.N = 6 is outside [1, 5]"},
		{name: "float edge", err: In("T.X", 1.0, 0, 1)},
		{name: "float NaN", err: In("T.X", math.NaN(), 0, 1), want: "T.X = NaN is outside [0, 1]"},
		{name: "float Inf", err: In("T.X", math.Inf(1), 0, 1e9), want: "T.X = +Inf is outside [0, 1e+09]"},
		{name: "above zero", err: Above("T.X", 0.0, 0, 1), want: "T.X = 0 is outside (0, 1]"},
		{name: "above inside", err: Above("T.X", 0.5, 0, 1)},
		{name: "duration", err: Above("T.D", time.Duration(0), 0, time.Hour), want: "T.D = 0s is outside (0s, 1h0m0s]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.want == "" {
				if c.err != nil {
					t.Fatalf("got %v, want nil", c.err)
				}
				return
			}
			var be *Error
			if !errors.As(c.err, &be) || c.err.Error() != c.want {
				t.Fatalf("got %v, want %q", c.err, c.want)
			}
		})
	}
	if err := First(nil, In("A", 0, 1, 2), In("B", 0, 1, 2)); err == nil || err.(*Error).Setting != "A" {
		t.Fatalf("First: %v", err)
	}
}

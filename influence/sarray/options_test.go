package sarray

import (
	"errors"
	"testing"

	"poa/bounds"
)

// TestSpanOptionsRefused: Spans fills zero fields with defaults and refuses negative
// or out-of-range ones with ErrOptions naming the field (before, a negative value
// silently meant the default).
func TestSpanOptionsRefused(t *testing.T) {
	tok, docs := testCorpus(t)
	x, _ := buildIndex(t, tok.VocabSize(), tok.EOT(), docs)
	q := tok.Encode("The miller counted the sacks every morning")
	for _, c := range []struct {
		name    string
		opts    *SpanOptions
		setting string // "" when valid
	}{
		{name: "nil", opts: nil},
		{name: "zero", opts: &SpanOptions{}},
		{name: "keep-all", opts: &SpanOptions{KeepFrac: 1, MaxCount: 1 << 62}},
		{name: "min-len=-1", opts: &SpanOptions{MinLen: -1}, setting: "SpanOptions.MinLen"},
		{name: "max-count=-1", opts: &SpanOptions{MaxCount: -1}, setting: "SpanOptions.MaxCount"},
		{name: "keep-frac=1.5", opts: &SpanOptions{KeepFrac: 1.5}, setting: "SpanOptions.KeepFrac"},
		{name: "max-docs=huge", opts: &SpanOptions{MaxDocs: 1 << 40}, setting: "SpanOptions.MaxDocs"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := x.Spans(q, c.opts)
			if c.setting == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var be *bounds.Error
			if !errors.Is(err, ErrOptions) || !errors.As(err, &be) || be.Setting != c.setting {
				t.Fatalf("got %v, want ErrOptions naming %s", err, c.setting)
			}
		})
	}
}

package lmengine

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestStopScanBruteForce checks stopScan against the obvious rule on random token
// streams over a small alphabet: after each token, the final tokens are those that
// end at or before the first occurrence of any stop string in the text so far
// (found), else those that end before every suffix of the text that begins a stop
// string; the final count never shrinks; and once found, it stays.
func TestStopScanBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteByte("ab\n"[rng.IntN(3)])
		}
		return b.String()
	}
	for trial := range 3000 {
		var stops []string
		for range 1 + rng.IntN(3) {
			stops = append(stops, word(1+rng.IntN(4)))
		}
		s := newStopScan(stops)
		text := ""
		var ends []int
		prev := 0
		for step := range 12 {
			tok := word(1 + rng.IntN(3))
			text += tok
			ends = append(ends, len(text))
			final, found := s.add(tok)
			// The reference: the first occurrence of any stop string.
			first := -1
			for _, st := range stops {
				if i := strings.Index(text, st); i >= 0 && (first < 0 || i < first) {
					first = i
				}
			}
			limit := first
			if first < 0 {
				limit = len(text)
				for k := 1; k <= len(text); k++ { // the longest suffix that begins a stop string
					for _, st := range stops {
						if k < len(st) && strings.HasPrefix(st, text[len(text)-k:]) {
							limit = min(limit, len(text)-k)
						}
					}
				}
			}
			want := 0
			for want < len(ends) && ends[want] <= limit {
				want++
			}
			if found != (first >= 0) || final != want || final < prev {
				t.Fatalf("trial %d step %d: stops %q, text %q: got (%d, %v), want (%d, %v) (before: %d)", trial, step, stops, text, final, found, want, first >= 0, prev)
			}
			if found {
				break
			}
			prev = final
		}
	}
}

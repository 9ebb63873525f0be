package lmengine

import (
	"context"
	"strings"

	"poa/inference"
	"poa/inference/tokenizer"
	"poa/server"
)

// generation is one choice's output as the engine returns and attributes it.
type generation struct {
	ids    []int
	tokens []server.Token
	finish string // "stop" or "length"
}

// stopScan cuts a generation at the first stop string. Tokens are kept whole: the
// output ends with the last token that ends at or before the stop string's first
// byte, so that the text returned is exactly the decoding of the tokens attributed
// and never contains the stop string (a token inside which the stop string begins
// is dropped with its bytes before the stop string). Tokens that may still begin a
// stop string are held back from the streamer until they cannot.
type stopScan struct {
	stops   []string
	maxStop int
	text    strings.Builder // the output's bytes so far
	ends    []int           // each token's end offset in text
	stopAt  int             // byte offset of the first stop string, -1 while none
}

func newStopScan(stops []string) *stopScan {
	s := &stopScan{stops: stops, stopAt: -1}
	for _, st := range stops {
		s.maxStop = max(s.maxStop, len(st))
	}
	return s
}

// add appends a token's text and returns how many tokens are final: all tokens that
// end at or before the first stop string (found: true) or before the longest
// suffix of the text that begins a stop string.
func (s *stopScan) add(text string) (final int, found bool) {
	from := max(0, s.text.Len()-s.maxStop+1)
	s.text.WriteString(text)
	s.ends = append(s.ends, s.text.Len())
	all := s.text.String()
	from = min(from, len(all))
	for _, st := range s.stops {
		if i := strings.Index(all[from:], st); i >= 0 && (s.stopAt < 0 || from+i < s.stopAt) {
			s.stopAt = from + i
		}
	}
	if s.stopAt >= 0 {
		return s.before(s.stopAt), true
	}
	return s.before(len(all) - s.heldBack(all)), false
}

// before counts the tokens that end at or before byte offset p.
func (s *stopScan) before(p int) int {
	n := 0
	for n < len(s.ends) && s.ends[n] <= p {
		n++
	}
	return n
}

// heldBack is the length of the longest suffix of text that is a proper prefix of a
// stop string.
func (s *stopScan) heldBack(text string) int {
	best := 0
	for _, st := range s.stops {
		for k := min(len(st)-1, len(text)); k > best; k-- {
			if strings.HasSuffix(text, st[:k]) {
				best = k
				break
			}
		}
	}
	return best
}

// generate decodes one choice through srv (the resident model's adapter server, the
// adapter under its cache key) with the request's sampling, stopping at the
// tokenizer's end-of-text token, at max_tokens or at a stop string, and reports the
// final tokens to st (when not nil) as they come and the finish reason at the end.
func generate(ctx context.Context, srv *inference.Server, tok tokenizer.Tokenizer, adapterKey string, prompt []int,
	maxTokens int, sp inference.Sampling, top int, stops []string, st server.Streamer) (generation, error) {
	var g generation
	scan := newStopScan(stops)
	var all []server.Token // every non-EOT token generated
	sent := 0              // tokens reported to st
	var streamErr error
	report := func(n int) bool {
		for ; sent < n; sent++ {
			if st != nil && streamErr == nil {
				streamErr = st.Token(all[sent])
			}
		}
		return streamErr == nil
	}
	eot := tok.EOT()
	stopped := false
	gen, err := srv.Decode(ctx, inference.DecodeRequest{Adapter: adapterKey, Prompt: prompt, MaxTokens: maxTokens, Sampling: sp,
		Stop: eot, TopLogProbs: top, OnToken: func(t inference.Token) bool {
			if t.ID == eot {
				return true // generation ends with it
			}
			tk := server.Token{ID: t.ID, Text: tok.Decode([]int{t.ID}), LogProb: t.LogProb}
			for _, a := range t.Top {
				tk.Top = append(tk.Top, server.TopToken{ID: a.ID, Text: tok.Decode([]int{a.ID}), LogProb: a.LogProb})
			}
			all = append(all, tk)
			final, found := scan.add(tk.Text)
			if found {
				stopped = true
				all = all[:final]
				report(final)
				return false
			}
			return report(final)
		}})
	if err != nil {
		return g, err
	}
	if streamErr != nil {
		return g, streamErr
	}
	report(len(all)) // what was held back for a stop string that never came
	g.tokens = all
	g.ids = make([]int, len(all))
	for i, t := range all {
		g.ids[i] = t.ID
	}
	switch {
	case stopped || gen.Stopped == "eot":
		g.finish = "stop"
	default: // max_tokens, or the end of the context
		g.finish = "length"
	}
	if st != nil {
		st.Generated(g.finish)
	}
	return g, nil
}

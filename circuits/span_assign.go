package circuits

import (
	"fmt"
	"math/big"
	"slices"
)

// checkSpans validates s's output and spans against the span shape (see AssignScore):
// at most sp.Slots spans (ErrTooMany); an output of at most sp.OutLen tokens, documents
// of at most sp.DocLen tokens, runs of at most sp.RunLen tokens and paths of sp.Depth
// siblings (ErrLength); tokens in [0, 2^TokenBits), a point < 2^248, a leaf index in
// [0, 2^Depth), a run of at least one token inside the document and the output, a
// corpus root and siblings in [0, r) (ErrRange); a run that differs from the output
// (ErrSpanMismatch); a document whose path does not lead to s.CorpusRoot
// (ErrNotInCorpus).
func (s *ScoreStatement) checkSpans(sp SpanShape) error {
	if len(s.Output) > sp.OutLen {
		return fmt.Errorf("output of %d tokens, circuit holds %d: %w", len(s.Output), sp.OutLen, ErrLength)
	}
	if err := checkTokens("output", s.Output); err != nil {
		return err
	}
	if len(s.Spans) == 0 {
		if s.CorpusRoot != nil {
			if _, err := fieldElement("corpus root", s.CorpusRoot); err != nil {
				return err
			}
		}
		return nil
	}
	if len(s.Spans) > sp.Slots {
		return fmt.Errorf("%d spans, circuit has %d span slots: %w", len(s.Spans), sp.Slots, ErrTooMany)
	}
	if _, err := fieldElement("corpus root", s.CorpusRoot); err != nil {
		return err
	}
	for i, x := range s.Spans {
		name := fmt.Sprintf("span %d (corpus leaf %d, output [%d, %d))", i, x.Leaf, x.Start, x.Start+x.Len)
		switch {
		case len(x.Doc) > sp.DocLen:
			return fmt.Errorf("%s: document of %d tokens, circuit holds %d: %w", name, len(x.Doc), sp.DocLen, ErrLength)
		case x.Len > sp.RunLen:
			return fmt.Errorf("%s: run of %d tokens, circuit holds %d: %w", name, x.Len, sp.RunLen, ErrLength)
		case len(x.Path) != sp.Depth:
			return fmt.Errorf("%s: path of %d siblings, corpus depth %d: %w", name, len(x.Path), sp.Depth, ErrLength)
		case x.Leaf < 0 || uint64(x.Leaf) >= 1<<uint(sp.Depth):
			return fmt.Errorf("%s: leaf index outside [0, 2^%d): %w", name, sp.Depth, ErrRange)
		case x.Len < 1 || x.Off < 0 || x.Start < 0 || x.Off+x.Len > len(x.Doc) || x.Start+x.Len > len(s.Output):
			return fmt.Errorf("%s: run of %d tokens at offset %d does not lie in the document (%d tokens) and the output (%d tokens): %w",
				name, x.Len, x.Off, len(x.Doc), len(s.Output), ErrRange)
		case x.Point == nil:
			return fmt.Errorf("%s: missing point: %w", name, ErrRange)
		}
		if err := inBits(name+" point", x.Point, PointBits); err != nil {
			return err
		}
		if err := checkTokens(name+" document", x.Doc); err != nil {
			return err
		}
		for d, p := range x.Path {
			if _, err := fieldElement(fmt.Sprintf("%s sibling %d", name, d), p); err != nil {
				return err
			}
		}
		if !slices.Equal(x.Doc[x.Off:x.Off+x.Len], s.Output[x.Start:x.Start+x.Len]) {
			return fmt.Errorf("%s: document tokens at %d differ from the output's: %w", name, x.Off, ErrSpanMismatch)
		}
		if !VerifyPath(s.CorpusRoot, CorpusLeaf(x.Point, x.Doc), x.Leaf, x.Path) {
			return fmt.Errorf("%s: path does not lead to the corpus root: %w", name, ErrNotInCorpus)
		}
	}
	return nil
}

func checkTokens(what string, toks []int) error {
	for j, t := range toks {
		if t < 0 || t >= 1<<TokenBits {
			return fmt.Errorf("%s token %d is %d, outside [0, 2^%d): %w", what, j, t, TokenBits, ErrRange)
		}
	}
	return nil
}

// fillSpans assigns the output and span slots of s without checking them (fillScore's
// rule): tokens, offsets and lengths must be in range and fit sp, as the native hashes
// panic otherwise.
func fillSpans(c *ScoreCircuit, sp SpanShape, s *ScoreStatement) {
	c.CorpusRoot = s.CorpusRootOrZero()
	c.OutputHash = s.OutputHash()
	c.OutCount, c.OutBlocks = len(s.Output), blocksOf(len(s.Output))
	for j := range sp.OutLen {
		c.Out[j] = tokenAt(s.Output, j)
	}
	for i := range sp.Slots {
		if i >= len(s.Spans) {
			c.SpanActive[i], c.SpanPoint[i], c.SpanDocLen[i], c.SpanBlocks[i] = 0, 0, 0, 0
			c.SpanOff[i], c.SpanLen[i], c.SpanStart[i] = 0, 0, 0
			for j := range sp.DocLen {
				c.SpanDoc[i][j] = 0
			}
			for d := range sp.Depth {
				c.SpanPathBits[i][d], c.SpanPath[i][d] = 0, 0
			}
			continue
		}
		x := s.Spans[i]
		c.SpanActive[i] = 1
		c.SpanPoint[i] = new(big.Int).Set(x.Point)
		c.SpanDocLen[i], c.SpanBlocks[i] = len(x.Doc), blocksOf(len(x.Doc))
		c.SpanOff[i], c.SpanLen[i], c.SpanStart[i] = x.Off, x.Len, x.Start
		for j := range sp.DocLen {
			c.SpanDoc[i][j] = tokenAt(x.Doc, j)
		}
		for d := range sp.Depth {
			c.SpanPathBits[i][d] = (x.Leaf >> d) & 1
			c.SpanPath[i][d] = new(big.Int).Set(x.Path[d])
		}
	}
}

// blocksOf is the number of packed elements of n tokens, ceil(n/PackPer).
func blocksOf(n int) int { return (n + PackPer - 1) / PackPer }

func tokenAt(toks []int, j int) int {
	if j < len(toks) {
		return toks[j]
	}
	return 0
}

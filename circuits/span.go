package circuits

import (
	"github.com/consensys/gnark/frontend"
)

// assertSpans declares the output and span-slot constraints (package documentation,
// # Span evidence):
//
//   - the active slots come first (Active[i] = 1 implies Active[i−1] = 1);
//   - every output token is < 2^TokenBits and the in-circuit OutputHash of the first
//     OutCount of them and of the active slots' span list (SpanListHash: their count,
//     then per slot the point, Off, Start and Len) equals the public one;
//   - per slot: Active is boolean; the point is < 2^248 and every document token
//     < 2^TokenBits; an active slot's CorpusLeaf(point, doc[:DocLen]) folds along its
//     path to CorpusRoot; 1 ≤ Len ≤ RunLen, Off + Len ≤ DocLen and Start + Len ≤
//     OutCount (all without wrapping: Off and Start are decomposed into bits first);
//     doc[Off+j] = out[Start+j] for j < Len;
//   - an inactive slot is all zero: point, document, lengths, offsets, path and bits.
func (c *ScoreCircuit) assertSpans(api frontend.API, rc frontend.Rangechecker, perm *hasher) {
	sp := c.spans
	for _, t := range c.Out {
		rc.Check(t, TokenBits)
	}
	list := c.spanList(api, perm)
	out := tokenChain(api, rc, perm, []frontend.Variable{OutputTag, list, c.OutCount}, c.Out, c.OutCount, c.OutBlocks)
	api.AssertIsEqual(out, c.OutputHash)
	if sp.Slots == 0 {
		return
	}
	offBits, startBits := bitLen(sp.DocLen-1), bitLen(max(sp.OutLen-1, 0))
	for i := range sp.Slots {
		active := c.SpanActive[i]
		api.AssertIsBoolean(active)
		idle := api.Sub(1, active)
		point, doc, n := c.SpanPoint[i], c.SpanDoc[i], c.SpanDocLen[i]
		off, run, start := c.SpanOff[i], c.SpanLen[i], c.SpanStart[i]

		rc.Check(point, PointBits)
		docSum := frontend.Variable(0)
		for _, t := range doc {
			rc.Check(t, TokenBits)
			docSum = api.Add(docSum, t)
		}
		leaf := tokenChain(api, rc, perm, []frontend.Variable{CorpusTag, point, n}, doc, n, c.SpanBlocks[i])
		root, index := foldPath(api, perm, leaf, c.SpanPathBits[i], c.SpanPath[i])
		assertInTree(api, active, root, c.CorpusRoot)

		// An inactive slot carries zeros only (the document sum is < DocLen·2^16 ≪ r, so
		// it is 0 only when every token is; the bits are boolean, so index = 0 only when
		// every bit is).
		for _, v := range []frontend.Variable{point, n, off, run, start, docSum, index} {
			api.AssertIsEqual(api.Mul(idle, v), 0)
		}
		for _, s := range c.SpanPath[i] {
			api.AssertIsEqual(api.Mul(idle, s), 0)
		}

		// The run: 0 ≤ Len ≤ RunLen (prefixFlags), Len ≥ 1 when active, and it lies in
		// the document and in the output.
		g := prefixFlags(api, run, sp.RunLen)
		rc.Check(api.Mul(active, api.Sub(run, 1)), bitLen(sp.RunLen))
		ob := api.ToBinary(off, offBits)
		sb := api.ToBinary(start, startBits)
		rc.Check(api.Mul(active, api.Sub(n, off, run)), bitLen(sp.DocLen))
		rc.Check(api.Mul(active, api.Sub(c.OutCount, start, run)), bitLen(sp.OutLen))
		dw := window(api, doc, ob, sp.RunLen)
		ow := window(api, c.Out, sb, sp.RunLen)
		for j := range sp.RunLen {
			api.AssertIsEqual(api.Mul(g[j], api.Sub(dw[j], ow[j])), 0)
		}
	}
}

// spanList returns the in-circuit SpanListHash of the active slots and constrains the
// active slots to come first. With the slots' Active bits boolean (assertSpans) the
// count c = Σ Active is in [0, Slots]; an inactive slot is all zero (assertSpans), so the
// elements past the 2 + 4c hashed ones are the native chain's zero padding.
func (c *ScoreCircuit) spanList(api frontend.API, perm *hasher) frontend.Variable {
	n := c.spans.Slots
	count := frontend.Variable(0)
	els := []frontend.Variable{SpanListTag, nil}
	for i := range n {
		if i > 0 {
			api.AssertIsEqual(api.Mul(c.SpanActive[i], api.Sub(1, c.SpanActive[i-1])), 0)
		}
		count = api.Add(count, c.SpanActive[i])
		els = append(els, c.SpanPoint[i], c.SpanOff[i], c.SpanStart[i], c.SpanLen[i])
	}
	els[1] = count
	hits := make([]frontend.Variable, n+1)
	counts := make([]int, n+1)
	for j := range hits {
		hits[j] = api.IsZero(api.Sub(count, j))
		counts[j] = 2 + 4*j
	}
	return varChain(api, perm, els, api.Add(api.Mul(count, 4), 2), hits, counts)
}

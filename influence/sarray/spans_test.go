package sarray

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
)

// naiveSpans applies the span rules with brute-force counting over every (i, j): the
// O(L²) reference Spans must equal. It returns the kept parts (start, end, count)
// and the merged [start, end) ranges.
func naiveSpans(docs [][]int, q []int, o SpanOptions, eot int) ([][3]int64, [][2]int) {
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	type part struct {
		start, end int
		count      int64
		lp         float64
	}
	var parts []part
	maxEnd := 0
	for i := range q {
		if o.WordStart != nil && !o.WordStart(q, i) {
			continue
		}
		best, cnt := 0, int64(0)
		for j := i + 1; j <= len(q); j++ {
			c := int64(len(bruteLocate(docs, q[i:j])))
			if c == 0 || q[j-1] == eot {
				break
			}
			best, cnt = j-i, c
		}
		if best < o.MinLen || cnt > o.MaxCount || o.Informative != nil && !o.Informative(q[i:i+best]) || i+best <= maxEnd {
			continue
		}
		var lp float64
		for _, id := range q[i : i+best] {
			lp += math.Log(float64(len(bruteLocate(docs, []int{id})))) - math.Log(float64(total))
		}
		parts = append(parts, part{i, i + best, cnt, lp})
		maxEnd = i + best
	}
	keep := int(math.Ceil(o.KeepFrac * float64(len(q))))
	idx := make([]int, len(parts))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return parts[idx[a]].lp < parts[idx[b]].lp })
	if keep < len(idx) {
		idx = idx[:keep]
	}
	slices.Sort(idx)
	var kept [][3]int64
	var merged [][2]int
	for _, k := range idx {
		p := parts[k]
		kept = append(kept, [3]int64{int64(p.start), int64(p.end), p.count})
		if n := len(merged); n > 0 && p.start < merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], p.end)
		} else {
			merged = append(merged, [2]int{p.start, p.end})
		}
	}
	return kept, merged
}

func TestSpansEqualNaive(t *testing.T) {
	tok, docs := testCorpus(t)
	x, _ := buildIndex(t, tok.VocabSize(), tok.EOT(), docs)
	queries := []string{
		"The miller counted the sacks every morning, and the magistrate read the ledger from the first page to the last; nobody could explain this.",
		"A proof is a letter that convinces a stranger. An index is a list of the places where a word may be found, compiled by someone who hoped never to look for it.",
		"Something entirely new that the corpus has never seen, with zyzzyva and quux.",
	}
	rng := rand.New(rand.NewPCG(11, 12))
	// Outputs stitched from random pieces of documents: many partial matches.
	for range 20 {
		var sb strings.Builder
		for range 4 {
			d := docs[rng.IntN(len(docs))]
			i := rng.IntN(len(d))
			j := min(len(d), i+1+rng.IntN(12))
			sb.WriteString(tok.Decode(d[i:j]))
			sb.WriteString(" and ")
		}
		queries = append(queries, sb.String())
	}
	wordStart := WordStarts(tok)
	opts := []SpanOptions{
		{},
		{KeepFrac: 1},
		{KeepFrac: 1, MinLen: 1, MaxCount: 1000},
		{KeepFrac: 0.2, MinLen: 3, MaxCount: 3, WordStart: wordStart},
		{KeepFrac: 1, WordStart: wordStart, Informative: x.SpanFilter(tok, 0.2).Informative},
	}
	for oi, o0 := range opts {
		o := o0.withDefaults()
		for _, s := range queries {
			q := tok.Encode(s)
			spans, err := x.Spans(q, &o0)
			if err != nil {
				t.Fatal(err)
			}
			wantParts, wantMerged := naiveSpans(docs, q, o, tok.EOT())
			var gotParts [][3]int64
			var gotMerged [][2]int
			for _, sp := range spans {
				gotMerged = append(gotMerged, [2]int{sp.Start, sp.End})
				for _, p := range sp.Parts {
					gotParts = append(gotParts, [3]int64{int64(p.Start), int64(p.End), p.Count})
					if p.Count <= int64(o.MaxDocs) {
						if want := bruteLocate(docs, q[p.Start:p.End]); !slices.Equal(p.Docs, want) {
							t.Fatalf("options %d %q: part %v docs %v, brute force %v", oi, s, p, p.Docs, want)
						}
					} else if len(p.Docs) != o.MaxDocs {
						t.Fatalf("part with %d occurrences has %d docs", p.Count, len(p.Docs))
					}
				}
				if len(sp.Docs) == 0 || len(sp.Docs) > o.MaxDocs {
					t.Fatalf("span with %d documents", len(sp.Docs))
				}
			}
			if !slices.Equal(gotParts, wantParts) || !slices.Equal(gotMerged, wantMerged) {
				t.Fatalf("options %d %q:\n got parts %v merged %v\nwant parts %v merged %v", oi, s, gotParts, gotMerged, wantParts, wantMerged)
			}
		}
	}
}

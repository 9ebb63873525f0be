package lm

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"unicode"

	"poa/gradients"
	"poa/influence"
	"poa/store"
)

// RecallOptions configure CandidateRecall; zero fields take the defaults in brackets.
type RecallOptions struct {
	Adapter    string
	Queries    int    // data points used as queries [50]
	Candidates []int  // candidate set sizes measured [10, 50, 200]
	TopK       int    // size of the exact gradient top-k [10]
	Seed       uint64 // query sample seed [1]
	// Progress, if set, receives (phase, done, total): "queries".
	Progress func(phase string, done, total int)
}

// RecallReport is what `poa influence candidates --json` prints: for each candidate
// set size C, the mean over queries of |candidates ∩ exact top-k| / k, and the
// fraction of queries whose exact top-1 is among the candidates.
type RecallReport struct {
	Adapter string `json:"adapter"`
	Points  int    `json:"points"`
	Queries int    `json:"queries"`
	TopK    int    `json:"top_k"`
	Method  string `json:"method"`
	Layer   int    `json:"layer"`
	// ExactDistinct is the number of distinct points in the exact top-k over all
	// queries (at most queries·top_k): a low count means the gradient top-k is mostly
	// the same few points whatever the query.
	ExactDistinct int        `json:"exact_distinct"`
	Sizes         []RecallAt `json:"sizes"`
}

// RecallAt is the measured recall of one candidate set size.
type RecallAt struct {
	Candidates int     `json:"candidates"`
	Recall     float64 `json:"recall"`
	Top1       float64 `json:"top1_in_candidates"`
	Chance     float64 `json:"chance"` // C/(points−1): the recall of a random candidate set
}

// splitQuery cuts a text at the word boundary nearest its first third: the prompt and
// the output attributed.
func splitQuery(text string) (string, string) {
	rs := []rune(text)
	cut := len(rs) / 3
	for cut < len(rs) && !unicode.IsSpace(rs[cut]) {
		cut++
	}
	return string(rs[:cut]), string(rs[cut:])
}

// CandidateRecall measures how well the embedding candidates cover the exact gradient
// top-k (preconditioned influence scores, a full scan). Queries are a seeded sample
// of the adapter's own data points, each split into a prompt (its first third, at a
// word boundary) and an output (the rest); the query's own point is left out of both
// the exact top-k and the candidates, so a point finding itself does not count.
// Points whose prompt+output does not fit the context, or is empty on either side,
// are skipped.
func CandidateRecall(ctx context.Context, s *store.Store, o RecallOptions) (*RecallReport, error) {
	if o.Queries <= 0 {
		o.Queries = 50
	}
	if len(o.Candidates) == 0 {
		o.Candidates = []int{10, 50, 200}
	}
	if o.TopK <= 0 {
		o.TopK = 10
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if err := o.Validate(); err != nil {
		return nil, err
	}
	progress := o.Progress
	if progress == nil {
		progress = func(string, int, int) {}
	}
	l, err := load(s, o.Adapter)
	if err != nil {
		return nil, err
	}
	sf, _, proj, err := openSketches(s, l)
	if err != nil {
		return nil, err
	}
	defer sf.Close()
	e, err := openEmbeddings(s, l)
	if err != nil {
		return nil, err
	}
	if err := e.checkSketches(sf); err != nil {
		return nil, err
	}
	n, _ := sf.Dims()
	if n < 2 {
		return nil, fmt.Errorf("adapter %q: %d sketched points, need at least 2: %w", o.Adapter, n, influence.ErrBadInput)
	}
	maxC := slices.Max(o.Candidates)
	rep := &RecallReport{Adapter: o.Adapter, Points: n, TopK: o.TopK, Method: "influence-fisher-sketch", Layer: e.Meta.Layer}
	sums := make([]RecallAt, len(o.Candidates))
	rng := rand.New(rand.NewPCG(o.Seed, 0x5eed))
	order := rng.Perm(n)
	distinct := map[int]bool{}
	for _, row := range order {
		if rep.Queries == o.Queries {
			break
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d, p := splitID(sf.ID(row))
		dp, err := s.Point(d, p)
		if err != nil {
			return nil, fmt.Errorf("query point %s: %w", sf.ID(row), err)
		}
		pt, ot := splitQuery(dp.Text)
		prompt, out := l.tok.Encode(pt), l.tok.Encode(ot)
		if len(prompt) == 0 || len(out) == 0 || len(prompt)+len(out) > l.m.Cfg.NPositions {
			continue
		}
		q, _, err := gradients.QuerySketch(l.m, l.ad, prompt, out, proj)
		if err != nil {
			return nil, fmt.Errorf("query point %s: %w", sf.ID(row), err)
		}
		var exact []int
		for _, h := range influence.ScanTopK(q, sf, o.TopK+1) {
			if h.Index != row && len(exact) < o.TopK {
				exact = append(exact, h.Index)
				distinct[h.Index] = true
			}
		}
		// The candidates of every size at once: the nearest maxC+1, best first.
		qe, err := e.Embed(ctx, append(slices.Clone(prompt), out...))
		if err != nil {
			return nil, err
		}
		var ranked []int
		for _, h := range e.Index.Exact(qe, min(maxC+1, n)) {
			if h.Key != row {
				ranked = append(ranked, h.Key)
			}
		}
		for i, c := range o.Candidates {
			set := ranked[:min(c, len(ranked))]
			hit := 0
			for _, x := range exact {
				if slices.Contains(set, x) {
					hit++
				}
			}
			sums[i].Recall += float64(hit) / float64(len(exact))
			if slices.Contains(set, exact[0]) {
				sums[i].Top1++
			}
		}
		rep.Queries++
		progress("queries", rep.Queries, o.Queries)
	}
	if rep.Queries == 0 {
		return nil, fmt.Errorf("adapter %q: no data point makes a query (prompt and output non-empty, within the context): %w", o.Adapter, influence.ErrBadInput)
	}
	rep.ExactDistinct = len(distinct)
	for i, c := range o.Candidates {
		rep.Sizes = append(rep.Sizes, RecallAt{Candidates: c, Recall: sums[i].Recall / float64(rep.Queries),
			Top1: sums[i].Top1 / float64(rep.Queries), Chance: min(1, float64(c)/float64(n-1))})
	}
	return rep, nil
}

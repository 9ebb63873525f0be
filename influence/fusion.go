package influence

import (
	"fmt"
	"math"
	"sort"

	"poa/bounds"
)

// ScoreScale is the number of fixed-point score units per 1.0 (docs/settlement-abi.md).
// The fused scores of one attribution record sum to exactly ScoreScale when there is
// any evidence, and are all absent when there is none.
const ScoreScale = 1_000_000

// FusionMethod names the rule implemented by Fuse, recorded in attribution records.
const FusionMethod = "fusion-v1"

// GradientScore is one data point's gradient score for a query (any scorer; positive
// = proponent, see the package documentation).
type GradientScore struct {
	Datanet string  `json:"datanet"`
	Point   string  `json:"point"`
	Score   float64 `json:"score"`
}

// Span is suffix-array evidence: output tokens [Start, End) occur verbatim in data
// point Point; the same token sequence occurs Count times in the whole indexed corpus.
type Span struct {
	Datanet string `json:"datanet"`
	Point   string `json:"point"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Length  int    `json:"length"` // End − Start, in tokens
	Count   int64  `json:"count"`
}

// FusionParams are the settings of Fuse, recorded with each record.
type FusionParams struct {
	// GradientWeight is α in [0, 1]: the share of the record given by gradient evidence
	// when both kinds are present.
	GradientWeight float64 `json:"gradient_weight"`
}

// Validate checks GradientWeight is in [0, 1]; a failure wraps ErrBadInput and a
// *bounds.Error naming "FusionParams.GradientWeight".
func (p FusionParams) Validate() error {
	if err := bounds.In("FusionParams.GradientWeight", p.GradientWeight, 0, 1); err != nil {
		return fmt.Errorf("influence: %w: %w", ErrBadInput, err)
	}
	return nil
}

// DefaultFusion gives gradient and span evidence equal weight.
var DefaultFusion = FusionParams{GradientWeight: 0.5}

// PointScore is one data point's fused attribution.
type PointScore struct {
	Datanet     string `json:"datanet"`
	ID          string `json:"id"`
	Contributor string `json:"contributor"`
	// Score is the fixed-point fused score (ScoreScale = 1.0 for the whole record).
	Score uint64 `json:"score"`
	// Gradient and Span are the point's normalised shares of each kind of evidence
	// (each kind sums to 1 over the record's points, when present), and RawGradient
	// the scorer's unnormalised score: the method breakdown.
	Gradient    float64 `json:"gradient"`
	Span        float64 `json:"span"`
	RawGradient float64 `json:"raw_gradient"`
}

// ContributorScore is the sum of the fixed-point scores of one contributor's points.
type ContributorScore struct {
	Address string `json:"address"`
	Score   uint64 `json:"score"`
}

// Owners resolves a data point to its contributor's address.
type Owners func(datanet, id string) (string, error)

type pointKey struct{ datanet, id string }

// Fuse turns gradient scores and span evidence into fixed-point scores per data point
// and per contributor. The rule (FusionMethod "fusion-v1"):
//
//  1. Gradient share: g_p = max(0, s_p) / Σ_q max(0, s_q). Opponents (s ≤ 0) get no
//     credit; payouts cannot be negative.
//  2. Span share: each span gives its point weight Length/Count (longer matches weigh
//     more; a sequence found in Count places of the corpus splits its credit among
//     them); e_p = Σ weights of p's spans, h_p = e_p / Σ_q e_q.
//  3. Fused share: f_p = α g_p + (1−α) h_p when both kinds are present, g_p or h_p
//     alone when only one is, nothing when neither is.
//  4. Fixed point: f_p·ScoreScale rounded by largest remainder so the scores sum to
//     exactly ScoreScale (ties in the remainder go to the smaller (datanet, id));
//     zero scores are dropped.
//  5. Contributors: sum of their points' scores, sorted by address.
//
// Points come back sorted by descending score, then (datanet, id). Errors: a
// non-finite gradient score, a duplicate gradient entry, a malformed span
// (ErrBadInput), or an owner lookup failure (wrapped, naming the point).
func Fuse(grad []GradientScore, spans []Span, p FusionParams, owners Owners) ([]PointScore, []ContributorScore, error) {
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	pts := map[pointKey]*PointScore{}
	get := func(dn, id string) *PointScore {
		k := pointKey{dn, id}
		if ps := pts[k]; ps != nil {
			return ps
		}
		ps := &PointScore{Datanet: dn, ID: id}
		pts[k] = ps
		return ps
	}
	var gsum float64
	seen := map[pointKey]bool{}
	for _, g := range grad {
		if math.IsNaN(g.Score) || math.IsInf(g.Score, 0) {
			return nil, nil, fmt.Errorf("influence: gradient score of %s/%s is %v: %w", g.Datanet, g.Point, g.Score, ErrBadInput)
		}
		if g.Point == "" {
			return nil, nil, fmt.Errorf("influence: gradient score with no point id: %w", ErrBadInput)
		}
		k := pointKey{g.Datanet, g.Point}
		if seen[k] {
			return nil, nil, fmt.Errorf("influence: two gradient scores for %s/%s: %w", g.Datanet, g.Point, ErrBadInput)
		}
		seen[k] = true
		if g.Score > 0 {
			ps := get(g.Datanet, g.Point)
			ps.RawGradient = g.Score
			gsum += g.Score
		}
	}
	var esum float64
	for i, s := range spans {
		if s.Point == "" || s.Length < 1 || s.Count < 1 || s.End-s.Start != s.Length || s.Start < 0 {
			return nil, nil, fmt.Errorf("influence: span %d (%s/%s [%d,%d) length %d count %d): %w", i, s.Datanet, s.Point, s.Start, s.End, s.Length, s.Count, ErrBadInput)
		}
		w := float64(s.Length) / float64(s.Count)
		get(s.Datanet, s.Point).Span += w
		esum += w
	}
	alpha := p.GradientWeight
	switch {
	case gsum == 0 && esum == 0:
		return nil, nil, nil
	case esum == 0:
		alpha = 1
	case gsum == 0:
		alpha = 0
	}
	list := make([]*PointScore, 0, len(pts))
	for _, ps := range pts {
		if gsum > 0 {
			ps.Gradient = ps.RawGradient / gsum
		}
		if esum > 0 {
			ps.Span /= esum
		}
		list = append(list, ps)
	}
	sort.Slice(list, func(a, b int) bool {
		if list[a].Datanet != list[b].Datanet {
			return list[a].Datanet < list[b].Datanet
		}
		return list[a].ID < list[b].ID
	})
	shares := make([]float64, len(list))
	for i, ps := range list {
		shares[i] = alpha*ps.Gradient + (1-alpha)*ps.Span
	}
	fixed := LargestRemainder(shares, ScoreScale)
	var out []PointScore
	byAddr := map[string]uint64{}
	for i, ps := range list {
		if fixed[i] == 0 {
			continue
		}
		ps.Score = fixed[i]
		if owners != nil {
			addr, err := owners(ps.Datanet, ps.ID)
			if err != nil {
				return nil, nil, fmt.Errorf("influence: owner of %s/%s: %w", ps.Datanet, ps.ID, err)
			}
			ps.Contributor = addr
		}
		byAddr[ps.Contributor] += ps.Score
		out = append(out, *ps)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Score > out[b].Score })
	contrib := make([]ContributorScore, 0, len(byAddr))
	for a, s := range byAddr {
		contrib = append(contrib, ContributorScore{Address: a, Score: s})
	}
	sort.Slice(contrib, func(a, b int) bool { return contrib[a].Address < contrib[b].Address })
	return out, contrib, nil
}

// LargestRemainder returns non-negative integers proportional to shares that sum to
// exactly total (Hamilton's method): floor(total·w_i/Σw) each, then one more unit to
// the largest remainders, ties to the smaller index. All zero if Σw = 0. It panics on a
// negative or non-finite share.
func LargestRemainder(shares []float64, total uint64) []uint64 {
	var sum float64
	for i, s := range shares {
		if s < 0 || math.IsNaN(s) || math.IsInf(s, 0) {
			panic(fmt.Sprintf("influence: share %d is %v", i, s))
		}
		sum += s
	}
	out := make([]uint64, len(shares))
	if sum == 0 {
		return out
	}
	rem := make([]float64, len(shares))
	var given uint64
	for i, s := range shares {
		x := float64(total) * (s / sum)
		f := math.Floor(x)
		out[i] = uint64(f)
		rem[i] = x - f
		given += out[i]
	}
	idx := make([]int, len(shares))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return rem[idx[a]] > rem[idx[b]] })
	for j := 0; given < total; j++ {
		out[idx[j%len(idx)]]++
		given++
	}
	for given > total { // float rounding overshoot: take back from the largest
		big := 0
		for i := range out {
			if out[i] > out[big] {
				big = i
			}
		}
		out[big]--
		given--
	}
	return out
}

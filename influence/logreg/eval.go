package logreg

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"gonum.org/v1/gonum/mat"

	"poa/bounds"
	"poa/influence"
)

// Settings configures Eval; the zero value of a field means its default.
type Settings struct {
	TestFrac     float64 // fraction of rows held out for testing (0.3)
	L2           float64 // L2 penalty of the summed objective (1)
	LOO          int     // training points removed and retrained, one at a time (100)
	Queries      int     // test points used as queries (0: all)
	SketchDim    int     // dimension of the Gaussian sketches (128)
	TRAKModels   int     // random projections averaged by TRAK (5)
	MislabelFrac float64 // fraction of training labels flipped (0.1; <0 skips)
	Seed         uint64  // PCG seed of shuffling, sampling, projections, flips (1)
	// Progress, if set, is called as work advances: stage names a phase, done of total.
	Progress func(stage string, done, total int) `json:"-"`
}

func (s *Settings) defaults() {
	if s.TestFrac == 0 {
		s.TestFrac = 0.3
	}
	if s.L2 == 0 {
		s.L2 = 1
	}
	if s.LOO == 0 {
		s.LOO = 100
	}
	if s.SketchDim == 0 {
		s.SketchDim = 128
	}
	if s.TRAKModels == 0 {
		s.TRAKModels = 5
	}
	if s.MislabelFrac == 0 {
		s.MislabelFrac = 0.1
	}
	if s.Seed == 0 {
		s.Seed = 1
	}
	if s.Progress == nil {
		s.Progress = func(string, int, int) {}
	}
}

// Validate checks the settings as given (Eval fills zero fields with their defaults
// first): TestFrac in (0, 1), L2 in (0, 1e12], LOO in [1, 1000000], Queries in
// [0, 10000000] (0: all), SketchDim in [1, 65536], TRAKModels in [1, 1000],
// MislabelFrac negative (skip) or in (0, 0.5]. A failure wraps ErrSettings and a
// *bounds.Error naming the field ("Settings.L2").
func (s Settings) Validate() error {
	err := bounds.First(
		bounds.Open("Settings.TestFrac", s.TestFrac, 0, 1),
		bounds.Above("Settings.L2", s.L2, 0, 1e12),
		bounds.In("Settings.LOO", s.LOO, 1, 1_000_000),
		bounds.In("Settings.Queries", s.Queries, 0, 10_000_000),
		bounds.In("Settings.SketchDim", s.SketchDim, 1, 1<<16),
		bounds.In("Settings.TRAKModels", s.TRAKModels, 1, 1000),
	)
	if m := s.MislabelFrac; err == nil && !(m < 0 || (m > 0 && m <= 0.5)) {
		err = bounds.Fail("Settings.MislabelFrac", m, "(0, 0.5], or negative to skip")
	}
	if err != nil {
		return fmt.Errorf("logreg: %w: %w", ErrSettings, err)
	}
	return nil
}

// ScorerResult is one scorer's agreement with the ground truth.
type ScorerResult struct {
	Space string `json:"space"` // "full" (C·D parameters) or "sketch-k"
	// Damping is the absolute λ added to the curvature, where the scorer has one.
	Damping float64 `json:"damping,omitempty"`
	// LooPearson and LooSpearman: per test point, the correlation over the removed
	// points of predicted and actual test-loss change, averaged over test points.
	LooPearson  float64 `json:"loo_pearson"`
	LooSpearman float64 `json:"loo_spearman"`
	// LooPearsonTotal correlates predicted and actual change of the summed test loss.
	LooPearsonTotal float64 `json:"loo_pearson_total"`
	MislabelAUC     float64 `json:"mislabel_auc"`
}

// Report is the result of Eval.
type Report struct {
	Dataset      string   `json:"dataset"`
	Rows         int      `json:"rows"`
	Features     int      `json:"features"`
	Classes      int      `json:"classes"`
	Train        int      `json:"train"`
	Test         int      `json:"test"`
	Params       int      `json:"params"`
	Settings     Settings `json:"settings"`
	NewtonIters  int      `json:"newton_iters"`
	TrainLoss    float64  `json:"train_loss"` // mean
	TestLoss     float64  `json:"test_loss"`  // mean
	TestAccuracy float64  `json:"test_accuracy"`
	LOORemoved   int      `json:"loo_removed"`
	LOOQueries   int      `json:"loo_queries"`
	LOOMeanIters float64  `json:"loo_mean_iters"`
	// LOOMeanAbsChange is the mean |Δ test loss| per (removed, query) pair: the size
	// of the effect the scorers predict.
	LOOMeanAbsChange float64                 `json:"loo_mean_abs_change"`
	Flipped          int                     `json:"mislabel_flipped"`
	Scorers          map[string]ScorerResult `json:"scorers"`
	Seconds          float64                 `json:"seconds"`
}

// Eval runs the protocol of the package documentation on ds.
func Eval(ctx context.Context, ds *Dataset, set Settings) (*Report, error) {
	set.defaults()
	if err := set.Validate(); err != nil {
		return nil, err
	}
	start := time.Now()
	rng := rand.New(rand.NewPCG(set.Seed, 0x5eed))
	perm := rng.Perm(ds.N)
	nTest := int(math.Round(set.TestFrac * float64(ds.N)))
	if nTest < 1 || nTest >= ds.N-1 {
		return nil, fmt.Errorf("logreg: %s: test fraction %g of %d rows leaves no train or test set: %w", ds.Name, set.TestFrac, ds.N, ErrBadCSV)
	}
	train, test := prepare(ds, perm[nTest:], perm[:nTest])
	m := Model{C: len(ds.Classes), D: train.D, L2: set.L2}
	rep := &Report{Dataset: ds.Name, Rows: ds.N, Features: ds.F, Classes: m.C, Train: train.N, Test: test.N,
		Params: m.Params(), Settings: set, Scorers: map[string]ScorerResult{}}
	rep.Settings.Progress = nil

	set.Progress("train", 0, 1)
	w, cps, err := m.Train(train, -1, nil, Tol, 100)
	if err != nil {
		return nil, err
	}
	rep.NewtonIters = len(cps)
	rep.TrainLoss = (m.Objective(w, train, -1, nil) - 0.5*m.L2*dot(w, w)) / float64(train.N)
	for i := range test.N {
		rep.TestLoss += m.Loss(w, test.Row(i), test.Y[i]) / float64(test.N)
		if predict(m, w, test.Row(i)) == test.Y[i] {
			rep.TestAccuracy += 1 / float64(test.N)
		}
	}
	set.Progress("train", 1, 1)

	sc, err := buildScorers(m, train, w, cps, set)
	if err != nil {
		return nil, err
	}

	// Leave-one-out retraining.
	var chol mat.Cholesky
	if !chol.Factorize(m.Hessian(w, train, -1)) {
		return nil, fmt.Errorf("logreg: Hessian at the optimum not positive definite: %w", ErrNotConverged)
	}
	removed := rng.Perm(train.N)[:min(set.LOO, train.N)]
	sort.Ints(removed)
	queries := rng.Perm(test.N)
	if set.Queries > 0 && set.Queries < test.N {
		queries = queries[:set.Queries]
	}
	sort.Ints(queries)
	rep.LOORemoved, rep.LOOQueries = len(removed), len(queries)
	base := make([]float64, len(queries))
	for q, j := range queries {
		base[q] = m.Loss(w, test.Row(j), test.Y[j])
	}
	actual := make([][]float64, len(queries)) // [query][removed]
	for q := range actual {
		actual[q] = make([]float64, len(removed))
	}
	iters := 0
	for r, i := range removed {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		wi, it, err := m.Retrain(train, i, w, &chol, Tol, 100)
		if err != nil {
			return nil, fmt.Errorf("logreg: retrain without training row %d: %w", i, err)
		}
		iters += it
		for q, j := range queries {
			d := m.Loss(wi, test.Row(j), test.Y[j]) - base[q]
			actual[q][r] = d
			rep.LOOMeanAbsChange += math.Abs(d)
		}
		set.Progress("leave-one-out", r+1, len(removed))
	}
	rep.LOOMeanIters = float64(iters) / float64(len(removed))
	rep.LOOMeanAbsChange /= float64(len(removed) * len(queries))

	for si, s := range sc {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		res := ScorerResult{Space: s.space, Damping: s.damping}
		scores := make([]float64, train.N)
		pred := make([]float64, len(removed))
		totPred := make([]float64, len(removed))
		totAct := make([]float64, len(removed))
		var np, ns int
		for q, j := range queries {
			s.s.Score(scores, s.query(test.Row(j), test.Y[j]))
			for r, i := range removed {
				pred[r] = scores[i]
				totPred[r] += scores[i]
				totAct[r] += actual[q][r]
			}
			if p := influence.Pearson(pred, actual[q]); !math.IsNaN(p) {
				res.LooPearson += p
				np++
			}
			if p := influence.Spearman(pred, actual[q]); !math.IsNaN(p) {
				res.LooSpearman += p
				ns++
			}
		}
		res.LooPearson /= float64(max(np, 1))
		res.LooSpearman /= float64(max(ns, 1))
		res.LooPearsonTotal = influence.Pearson(totPred, totAct)
		rep.Scorers[s.name] = res
		set.Progress("score", si+1, len(sc))
	}

	if set.MislabelFrac > 0 {
		if err := mislabel(ctx, m, train, set, rng, rep); err != nil {
			return nil, err
		}
	}
	rep.Seconds = time.Since(start).Seconds()
	return rep, nil
}

// mislabel flips a fraction of training labels, retrains, and scores self-influence.
func mislabel(ctx context.Context, m Model, train *Problem, set Settings, rng *rand.Rand, rep *Report) error {
	flipped := &Problem{N: train.N, D: train.D, X: train.X, Y: append([]int(nil), train.Y...)}
	nf := int(math.Round(set.MislabelFrac * float64(train.N)))
	isFlipped := make([]bool, train.N)
	for _, i := range rng.Perm(train.N)[:nf] {
		flipped.Y[i] = (flipped.Y[i] + 1 + rng.IntN(m.C-1)) % m.C
		isFlipped[i] = true
	}
	rep.Flipped = nf
	set.Progress("mislabel: train", 0, 1)
	w, cps, err := m.Train(flipped, -1, nil, Tol, 100)
	if err != nil {
		return fmt.Errorf("logreg: train with flipped labels: %w", err)
	}
	sc, err := buildScorers(m, flipped, w, cps, set)
	if err != nil {
		return err
	}
	for si, s := range sc {
		if err := ctx.Err(); err != nil {
			return err
		}
		self := make([]float64, train.N)
		influence.SelfScores(s.s, s.raw, self)
		r := rep.Scorers[s.name]
		r.MislabelAUC = influence.AUC(self, isFlipped)
		rep.Scorers[s.name] = r
		set.Progress("mislabel: self-influence", si+1, len(sc))
	}
	return nil
}

// prepare standardises features with the training rows' statistics and appends a bias.
func prepare(ds *Dataset, trainRows, testRows []int) (*Problem, *Problem) {
	mean := make([]float64, ds.F)
	sd := make([]float64, ds.F)
	for _, i := range trainRows {
		for j, v := range ds.Row(i) {
			mean[j] += v / float64(len(trainRows))
		}
	}
	for _, i := range trainRows {
		for j, v := range ds.Row(i) {
			sd[j] += (v - mean[j]) * (v - mean[j]) / float64(len(trainRows))
		}
	}
	for j := range sd {
		sd[j] = math.Sqrt(sd[j])
		if sd[j] == 0 {
			sd[j] = 1
		}
	}
	mk := func(rows []int) *Problem {
		D := ds.F + 1
		p := &Problem{N: len(rows), D: D, X: make([]float64, len(rows)*D), Y: make([]int, len(rows))}
		for r, i := range rows {
			for j, v := range ds.Row(i) {
				p.X[r*D+j] = (v - mean[j]) / sd[j]
			}
			p.X[r*D+ds.F] = 1
			p.Y[r] = ds.Y[i]
		}
		return p
	}
	return mk(trainRows), mk(testRows)
}

func predict(m Model, w, x []float64) int {
	p := make([]float64, m.C)
	m.Probs(p, w, x)
	best := 0
	for c := range p {
		if p[c] > p[best] {
			best = c
		}
	}
	return best
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

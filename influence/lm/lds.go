package lm

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"poa/gradients"
	"poa/inference"
	"poa/influence"
	"poa/store"
)

// LDSOptions configure EvalLDS; zero fields take the defaults in brackets.
type LDSOptions struct {
	// Adapter names the adapter record whose base model, datanets, LoRA settings and
	// training settings the evaluation reuses (its weights are not used: every model
	// of the evaluation is trained here from the same initialisation).
	Adapter   string  `json:"adapter"`
	Subsets   int     `json:"subsets"`     // random subsets retrained [16]
	Frac      float64 `json:"subset_frac"` // fraction of the pool in each subset [0.5]
	Queries   int     `json:"queries"`     // held-out data points used as queries [16]
	MaxPoints int     `json:"max_points"`  // cap on the training pool, 0: all [0]
	Steps     int     `json:"steps"`       // optimizer steps per model [the adapter's]
	KIn       int     `json:"k_in"`        // LoGra sketch sides [8, 8]
	KOut      int     `json:"k_out"`
	Seed      uint64  `json:"seed"` // seed of the split, subsets, projection and training [1]
	// LOO is how many pool points are each removed and the pool model retrained
	// without them (leave-one-out; 0 skips it) [0].
	LOO int `json:"loo"`
	// Progress, if set, receives (phase, done, total).
	Progress func(phase string, done, total int) `json:"-"`
}

// LDSResult is one scorer's linear datamodeling score.
type LDSResult struct {
	// LDS is the Spearman correlation, over subsets, between the summed scores of a
	// subset's points and the negated query loss of the model trained on that subset,
	// averaged over queries.
	LDS float64 `json:"lds"`
	// LDSStderr is the standard error of that mean over queries.
	LDSStderr float64 `json:"lds_stderr"`
	// LooPearson and LooSpearman correlate, per query, a removed point's score with
	// the query loss change when the pool model is retrained without it, averaged over
	// queries (present when LOO > 0; noisy on non-convex models).
	LooPearson  *float64 `json:"loo_pearson,omitempty"`
	LooSpearman *float64 `json:"loo_spearman,omitempty"`
}

// LDSReport is the result of EvalLDS.
type LDSReport struct {
	Adapter   string               `json:"adapter"`
	Model     string               `json:"model"`
	Pool      int                  `json:"pool"`
	Queries   int                  `json:"queries"`
	Subsets   int                  `json:"subsets"`
	Steps     int                  `json:"steps"`
	SketchDim int                  `json:"sketch_dim"`
	Damping   float64              `json:"damping"`
	FullLoss  float64              `json:"full_query_loss"`   // mean query loss of the model trained on the pool
	LossRange float64              `json:"subset_loss_range"` // mean over queries of max−min loss over subsets
	Scorers   map[string]LDSResult `json:"scorers"`
	Options   LDSOptions           `json:"options"`
	Seconds   float64              `json:"seconds"`
}

// EvalLDS measures the linear datamodeling score of the sketch scorers on the
// language model: hold out Queries points of the adapter's datanets, train an adapter
// on the rest (the pool) and score every pool point for every query from that model's
// sketches; then train Subsets adapters on random Frac-subsets of the pool (same
// initialisation and settings) and correlate, per query, the summed scores of each
// subset with the negated query loss of the subset's model.
func EvalLDS(ctx context.Context, s *store.Store, o LDSOptions) (*LDSReport, error) {
	if o.Subsets == 0 {
		o.Subsets = 16
	}
	if o.Frac == 0 {
		o.Frac = 0.5
	}
	if o.Queries == 0 {
		o.Queries = 16
	}
	if o.KIn == 0 {
		o.KIn = 8
	}
	if o.KOut == 0 {
		o.KOut = 8
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
	start := time.Now()
	var arec inference.AdapterRecord
	if err := s.Get(store.KindAdapter, o.Adapter, &arec); err != nil {
		return nil, fmt.Errorf("adapter %q: %w", o.Adapter, err)
	}
	m, tok, mrec, err := inference.OpenModel(s, arec.Base)
	if err != nil {
		return nil, err
	}
	if err := sketchSides(m.Cfg, "LDSOptions", o.KIn, o.KOut); err != nil {
		return nil, err
	}
	tc := gradients.DefaultTrainConfig()
	if arec.Train != nil {
		b, _ := json.Marshal(arec.Train)
		if err := json.Unmarshal(b, &tc); err != nil {
			return nil, fmt.Errorf("adapter %q: training settings: %w", o.Adapter, err)
		}
	}
	tc.CheckpointEvery = 0
	if o.Steps > 0 {
		tc.Steps = o.Steps
	}
	var docs [][]int
	for _, d := range arec.Datanets {
		if err := s.Points(d, func(p store.DataPoint) error {
			ids := tok.Encode(p.Text)
			if len(ids) >= 2 {
				docs = append(docs, ids[:min(len(ids), m.Cfg.NPositions)])
			}
			return nil
		}); err != nil {
			return nil, err
		}
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x1d5))
	rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	if len(docs) < o.Queries+4 {
		return nil, fmt.Errorf("adapter %q: %d usable points for %d queries: %w", o.Adapter, len(docs), o.Queries, influence.ErrBadInput)
	}
	queries, pool := docs[:o.Queries], docs[o.Queries:]
	if o.MaxPoints > 0 && len(pool) > o.MaxPoints {
		pool = pool[:o.MaxPoints]
	}
	n := len(pool)
	train := func(sub [][]int) (*inference.Adapter[float32], error) {
		ad, err := inference.NewAdapter[float32]("lds", m.Cfg, arec.Lora)
		if err != nil {
			return nil, err
		}
		ad.Init(tc.Seed)
		data, err := gradients.NewDataset(sub, tok.EOT())
		if err != nil {
			return nil, err
		}
		_, err = gradients.Train(ctx, m, ad, data, tc, "", nil)
		return ad, err
	}
	queryLoss := func(ad *inference.Adapter[float32]) ([]float64, error) {
		out := make([]float64, len(queries))
		for qi, q := range queries {
			lp, err := m.Score(q, ad)
			if err != nil {
				return nil, err
			}
			for _, v := range lp {
				out[qi] -= v / float64(len(lp))
			}
		}
		return out, nil
	}

	// The model trained on the whole pool, its sketches and the scores.
	progress("train pool model", 0, 1)
	full, err := train(pool)
	if err != nil {
		return nil, err
	}
	progress("train pool model", 1, 1)
	proj, err := gradients.NewProjector(m.Cfg, arec.Lora.Targets, o.KIn, o.KOut, o.Seed)
	if err != nil {
		return nil, err
	}
	sks, _, err := gradients.ExampleSketches(ctx, m, full, pool, proj, &gradients.Options{Progress: func(d, t int) { progress("sketch pool", d, t) }})
	if err != nil {
		return nil, err
	}
	qsk, fullLoss, err := gradients.ExampleSketches(ctx, m, full, queries, proj, nil)
	if err != nil {
		return nil, err
	}
	k := proj.Dim()
	g := influence.NewDense(n, k, nil)
	for i, sk := range sks {
		copy(g.Row(i), sk)
	}
	fisher := influence.EmpiricalFisher(g)
	lambda := influence.DefaultDamping(fisher)
	pre, err := influence.NewPreconditioner(fisher, lambda)
	if err != nil {
		return nil, err
	}
	bounds := []int{0}
	for b := proj.BlockDim(); b <= k; b += proj.BlockDim() {
		bounds = append(bounds, b)
	}
	scorers := []influence.Scorer{
		influence.NewInfluence(g, pre),
		influence.NewTracInCP([]influence.Gradients{g}, []float64{1}),
		influence.NewDataInf(g, bounds),
	}
	names := []string{"influence-fisher-sketch", "tracin-cp-sketch", "datainf-sketch"}
	queryRows := [][][]float32{qsk, qsk, qsk}

	// DataInf on the exact per-example LoRA gradients, one layer per adapted matrix
	// pair (A and B of one linear layer), as in Kwon et al.
	lg, _, err := gradients.PerLayerGrads(ctx, m, full, pool, &gradients.Options{Progress: func(d, t int) { progress("lora gradients", d, t) }})
	if err != nil {
		return nil, err
	}
	qg, _, err := gradients.PerLayerGrads(ctx, m, full, queries, nil)
	if err != nil {
		return nil, err
	}
	flat := func(per [][]float32) []float32 {
		var out []float32
		for _, l := range per {
			out = append(out, l...)
		}
		return out
	}
	lbounds := []int{0}
	for _, l := range lg[0] {
		lbounds = append(lbounds, lbounds[len(lbounds)-1]+len(l))
	}
	lk := lbounds[len(lbounds)-1]
	lrows := influence.NewDense(n, lk, nil)
	for i, per := range lg {
		copy(lrows.Row(i), flat(per))
	}
	lq := make([][]float32, len(queries))
	for qi, per := range qg {
		lq[qi] = flat(per)
	}
	scorers = append(scorers, influence.NewDataInf(lrows, lbounds))
	names = append(names, "datainf-lora")
	queryRows = append(queryRows, lq)

	scores := make([][][]float64, len(scorers)) // [scorer][query][point]
	for si, sc := range scorers {
		scores[si] = make([][]float64, len(queries))
		for qi := range queries {
			scores[si][qi] = make([]float64, n)
			sc.Score(scores[si][qi], [][]float32{queryRows[si][qi]})
		}
	}

	// Subset models.
	size := max(1, int(math.Round(o.Frac*float64(n))))
	pred := make([][][]float64, len(scorers)) // [scorer][query][subset]
	for si := range pred {
		pred[si] = make([][]float64, len(queries))
		for qi := range pred[si] {
			pred[si][qi] = make([]float64, o.Subsets)
		}
	}
	actual := make([][]float64, len(queries)) // [query][subset], negated loss
	for qi := range actual {
		actual[qi] = make([]float64, o.Subsets)
	}
	for j := range o.Subsets {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		idx := rng.Perm(n)[:size]
		sub := make([][]int, size)
		for t, i := range idx {
			sub[t] = pool[i]
		}
		ad, err := train(sub)
		if err != nil {
			return nil, fmt.Errorf("subset %d: %w", j, err)
		}
		ls, err := queryLoss(ad)
		if err != nil {
			return nil, err
		}
		for qi := range queries {
			actual[qi][j] = -ls[qi]
			for si := range scorers {
				var sum float64
				for _, i := range idx {
					sum += scores[si][qi][i]
				}
				pred[si][qi][j] = sum
			}
		}
		progress("retrain subsets", j+1, o.Subsets)
	}
	// Leave-one-out retraining of the pool model.
	var looPred [][][]float64 // [scorer][query][removed]
	var looAct [][]float64    // [query][removed]
	if o.LOO > 0 {
		fullLosses, err := queryLoss(full)
		if err != nil {
			return nil, err
		}
		removed := rng.Perm(n)[:min(o.LOO, n)]
		looAct = make([][]float64, len(queries))
		looPred = make([][][]float64, len(scorers))
		for si := range looPred {
			looPred[si] = make([][]float64, len(queries))
		}
		for r, i := range removed {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			rest := make([][]int, 0, n-1)
			rest = append(append(rest, pool[:i]...), pool[i+1:]...)
			ad, err := train(rest)
			if err != nil {
				return nil, fmt.Errorf("leave out pool point %d: %w", i, err)
			}
			ls, err := queryLoss(ad)
			if err != nil {
				return nil, err
			}
			for qi := range queries {
				looAct[qi] = append(looAct[qi], ls[qi]-fullLosses[qi])
				for si := range scorers {
					looPred[si][qi] = append(looPred[si][qi], scores[si][qi][i])
				}
			}
			progress("leave-one-out", r+1, len(removed))
		}
	}

	rep := &LDSReport{Adapter: o.Adapter, Model: mrec.Name, Pool: n, Queries: len(queries), Subsets: o.Subsets, Steps: tc.Steps,
		SketchDim: k, Damping: lambda, Scorers: map[string]LDSResult{}, Options: o}
	for qi := range queries {
		rep.FullLoss += float64(fullLoss[qi]) / float64(len(queries))
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, v := range actual[qi] {
			lo, hi = min(lo, v), max(hi, v)
		}
		rep.LossRange += (hi - lo) / float64(len(queries))
	}
	for si, name := range names {
		var vals []float64
		for qi := range queries {
			if r := influence.Spearman(pred[si][qi], actual[qi]); !math.IsNaN(r) {
				vals = append(vals, r)
			}
		}
		var mean, sq float64
		for _, v := range vals {
			mean += v / float64(len(vals))
		}
		for _, v := range vals {
			sq += (v - mean) * (v - mean)
		}
		res := LDSResult{LDS: mean}
		if len(vals) > 1 {
			res.LDSStderr = math.Sqrt(sq/float64(len(vals)-1)) / math.Sqrt(float64(len(vals)))
		}
		if o.LOO > 1 {
			var p, sp float64
			var np, ns int
			for qi := range queries {
				if r := influence.Pearson(looPred[si][qi], looAct[qi]); !math.IsNaN(r) {
					p += r
					np++
				}
				if r := influence.Spearman(looPred[si][qi], looAct[qi]); !math.IsNaN(r) {
					sp += r
					ns++
				}
			}
			p /= float64(max(np, 1))
			sp /= float64(max(ns, 1))
			res.LooPearson, res.LooSpearman = &p, &sp
		}
		rep.Scorers[name] = res
	}
	rep.Seconds = time.Since(start).Seconds()
	return rep, nil
}

package logreg

import (
	"fmt"
	"math"
	"math/rand/v2"

	"poa/influence"
)

// namedScorer is a scorer with the query map it needs (test example → one query
// gradient per checkpoint) and its raw training rows (for self-influence).
type namedScorer struct {
	name, space string
	damping     float64
	s           influence.Scorer
	raw         []influence.Gradients
	query       func(x []float64, y int) [][]float32
}

// gradients materialises the per-example loss gradients of pr at w as float32 rows.
func gradients(m Model, pr *Problem, w []float64) *influence.Dense {
	P := m.Params()
	out := influence.NewDense(pr.N, P, nil)
	g := make([]float64, P)
	for i := range pr.N {
		m.Grad(g, w, pr.Row(i), pr.Y[i])
		for j, v := range g {
			out.Data[i*P+j] = float32(v)
		}
	}
	return out
}

func grad32(m Model, w, x []float64, y int) []float32 {
	g := make([]float64, m.Params())
	m.Grad(g, w, x, y)
	out := make([]float32, len(g))
	for j, v := range g {
		out[j] = float32(v)
	}
	return out
}

// projection is a k×P Gaussian matrix with N(0, 1/k) entries.
type projection struct {
	k, p int
	m    []float32
}

func newProjection(k, p int, seed uint64) *projection {
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	pr := &projection{k: k, p: p, m: make([]float32, k*p)}
	s := 1 / float64(k)
	for i := range pr.m {
		pr.m[i] = float32(rng.NormFloat64() * math.Sqrt(s))
	}
	return pr
}

func (pr *projection) vec(g []float32) []float32 {
	out := make([]float32, pr.k)
	for r := range pr.k {
		out[r] = influence.Dot(pr.m[r*pr.p:(r+1)*pr.p], g)
	}
	return out
}

func (pr *projection) rows(g *influence.Dense) *influence.Dense {
	out := influence.NewDense(g.N, pr.k, nil)
	for i := range g.N {
		copy(out.Row(i), pr.vec(g.Row(i)))
	}
	return out
}

// buildScorers returns the evaluated scorers for the model trained to w on pr, with
// the Newton iterates cps as TracIn checkpoints.
func buildScorers(m Model, pr *Problem, w []float64, cps []Checkpoint, set Settings) ([]namedScorer, error) {
	P := m.Params()
	G := gradients(m, pr, w)
	full := func(x []float64, y int) [][]float32 { return [][]float32{grad32(m, w, x, y)} }
	var out []namedScorer

	// Influence with the exact Hessian of the objective (L2 included, no extra damping).
	pre, err := influence.NewPreconditioner(m.Hessian(w, pr, -1), 0)
	if err != nil {
		return nil, err
	}
	out = append(out, namedScorer{name: "influence-exact", space: "full", s: influence.NewInfluence(G, pre), raw: []influence.Gradients{G}, query: full})

	// Influence with the empirical Fisher Σ g gᵀ, damped by the penalty's curvature L2.
	fisher := influence.EmpiricalFisher(G)
	pre, err = influence.NewPreconditioner(fisher, m.L2)
	if err != nil {
		return nil, err
	}
	out = append(out, namedScorer{name: "influence-fisher", space: "full", damping: m.L2, s: influence.NewInfluence(G, pre), raw: []influence.Gradients{G}, query: full})

	// The same in a k-dimensional Gaussian sketch, damping 0.1·tr(F_k)/k (the default).
	k := min(set.SketchDim, P)
	proj := newProjection(k, P, set.Seed)
	S := proj.rows(G)
	fk := influence.EmpiricalFisher(S)
	lam := influence.DefaultDamping(fk)
	pre, err = influence.NewPreconditioner(fk, lam)
	if err != nil {
		return nil, err
	}
	out = append(out, namedScorer{name: "influence-fisher-sketch", space: fmt.Sprintf("sketch-%d", k), damping: lam,
		s: influence.NewInfluence(S, pre), raw: []influence.Gradients{S},
		query: func(x []float64, y int) [][]float32 { return [][]float32{proj.vec(grad32(m, w, x, y))} }})

	// TracIn-CP over the Newton iterates, η_c = the step length taken.
	var cg []influence.Gradients
	var eta []float64
	for _, c := range cps {
		cg = append(cg, gradients(m, pr, c.W))
		eta = append(eta, c.Eta)
	}
	if len(cps) == 0 { // trained at the start point: one checkpoint
		cps = []Checkpoint{{W: w, Eta: 1}}
		cg, eta = []influence.Gradients{G}, []float64{1}
	}
	out = append(out, namedScorer{name: "tracin-cp", space: "full", s: influence.NewTracInCP(cg, eta), raw: cg,
		query: func(x []float64, y int) [][]float32 {
			q := make([][]float32, len(cps))
			for c, cp := range cps {
				q[c] = grad32(m, cp.W, x, y)
			}
			return q
		}})

	// DataInf with one "layer" per class row of W.
	bounds := make([]int, m.C+1)
	for c := range bounds {
		bounds[c] = c * m.D
	}
	out = append(out, namedScorer{name: "datainf", space: "full", s: influence.NewDataInf(G, bounds), raw: []influence.Gradients{G}, query: full})

	// TRAK-style: kernel inverse over several Gaussian projections, averaged.
	var feats []influence.Gradients
	var projs []*projection
	for t := range set.TRAKModels {
		p := newProjection(k, P, set.Seed+uint64(t)+1)
		projs = append(projs, p)
		feats = append(feats, p.rows(G))
	}
	trak, err := influence.NewTRAK(feats, 0)
	if err != nil {
		return nil, err
	}
	out = append(out, namedScorer{name: "trak", space: fmt.Sprintf("sketch-%d×%d", k, len(projs)), s: trak, raw: feats,
		query: func(x []float64, y int) [][]float32 {
			g := grad32(m, w, x, y)
			q := make([][]float32, len(projs))
			for t, p := range projs {
				q[t] = p.vec(g)
			}
			return q
		}})
	return out, nil
}

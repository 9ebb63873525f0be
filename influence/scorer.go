package influence

import "fmt"

// Scorer scores every training row against a query.
type Scorer interface {
	// Method names the scorer in reports and records: "tracin-cp", "influence",
	// "datainf", "trak".
	Method() string
	// Len is the number of training rows.
	Len() int
	// Checkpoints is how many query gradients Score expects.
	Checkpoints() int
	// Score sets dst[i] to the score of training row i for the query q, given as one
	// gradient or sketch per checkpoint. It panics on shape mismatch.
	Score(dst []float64, q [][]float32)
}

// SelfScorer is a Scorer that computes self-influence (each row scored against its
// own gradient, the mislabel signal) faster than n separate queries.
type SelfScorer interface {
	Scorer
	// SelfScores sets dst[i] to row i's score against itself and reports true, or
	// reports false when the scorer lacks what the fast path needs.
	SelfScores(dst []float64) bool
}

// SelfScores sets dst[i] to the score of training row i against itself, where raw[c]
// are the training rows' raw query-side gradients at checkpoint c (the same rows the
// scorer was built from, before any preconditioning). It uses the scorer's fast path
// where it has one and otherwise runs n queries.
func SelfScores(s Scorer, raw []Gradients, dst []float64) {
	if ss, ok := s.(SelfScorer); ok && ss.SelfScores(dst) {
		return
	}
	n := s.Len()
	if len(raw) != s.Checkpoints() || len(dst) != n {
		panic(fmt.Sprintf("influence: self scores with %d checkpoints (want %d), dst %d (want %d)", len(raw), s.Checkpoints(), len(dst), n))
	}
	tmp := make([]float64, n)
	q := make([][]float32, len(raw))
	for i := range n {
		for c, g := range raw {
			q[c] = row(g, i)
		}
		s.Score(tmp, q)
		dst[i] = tmp[i]
	}
}

func checkQuery(method string, q [][]float32, train []Gradients, dst []float64) {
	if len(q) != len(train) {
		panic(fmt.Sprintf("influence: %s: %d query gradients for %d checkpoints", method, len(q), len(train)))
	}
	for c, g := range train {
		n, k := g.Dims()
		if len(q[c]) != k || len(dst) != n {
			panic(fmt.Sprintf("influence: %s: checkpoint %d: query of %d, dst of %d, rows %d×%d", method, c, len(q[c]), len(dst), n, k))
		}
	}
}

// TracInCP is TracIn over checkpoints: score(z) = Σ_c η_c q_c·g_c(z).
type TracInCP struct {
	Train []Gradients // rows at each checkpoint
	Eta   []float64   // learning rate at each checkpoint
}

// NewTracInCP returns the scorer. It panics if the checkpoints disagree in n or the
// lengths of train and eta differ.
func NewTracInCP(train []Gradients, eta []float64) *TracInCP {
	if len(train) != len(eta) || len(train) == 0 {
		panic(fmt.Sprintf("influence: tracin-cp: %d checkpoints, %d learning rates", len(train), len(eta)))
	}
	sameN("tracin-cp", train)
	return &TracInCP{Train: train, Eta: eta}
}

func sameN(method string, gs []Gradients) int {
	n, _ := gs[0].Dims()
	for c, g := range gs {
		if m, _ := g.Dims(); m != n {
			panic(fmt.Sprintf("influence: %s: checkpoint %d has %d rows, checkpoint 0 has %d", method, c, m, n))
		}
	}
	return n
}

// Method implements Scorer.
func (t *TracInCP) Method() string { return "tracin-cp" }

// Len implements Scorer.
func (t *TracInCP) Len() int { n, _ := t.Train[0].Dims(); return n }

// Checkpoints implements Scorer.
func (t *TracInCP) Checkpoints() int { return len(t.Train) }

// Score implements Scorer: one pass over each checkpoint's rows.
func (t *TracInCP) Score(dst []float64, q [][]float32) {
	checkQuery(t.Method(), q, t.Train, dst)
	clear(dst)
	for c, g := range t.Train {
		AddDots(dst, t.Eta[c], q[c], g)
	}
}

// SelfScores implements SelfScorer: Σ_c η_c ‖g_c(z)‖².
func (t *TracInCP) SelfScores(dst []float64) bool {
	clear(dst)
	for c, g := range t.Train {
		n, _ := g.Dims()
		for i := range n {
			r := row(g, i)
			dst[i] += t.Eta[c] * float64(Dot(r, r))
		}
	}
	return true
}

// Preconditioned scores a query against training rows preconditioned by P⁻¹ (one
// matrix per checkpoint), weighting checkpoint c by W[c]: score(z) = Σ_c W_c q_c·P_c⁻¹g_c(z).
// It is the Influence scorer (one checkpoint, P = damped Fisher or Hessian) and the
// TRAK scorer (several models or projections, P = ΦᵀΦ + ρI, W = 1/M).
type Preconditioned struct {
	Name string
	Pre  []Gradients // P_c⁻¹ g_c(z), row per training point
	W    []float64
	// Raw, when set, are the unpreconditioned rows; they give the self-influence fast path.
	Raw []Gradients
}

// Method implements Scorer.
func (p *Preconditioned) Method() string { return p.Name }

// Len implements Scorer.
func (p *Preconditioned) Len() int { n, _ := p.Pre[0].Dims(); return n }

// Checkpoints implements Scorer.
func (p *Preconditioned) Checkpoints() int { return len(p.Pre) }

// Score implements Scorer: one pass of dot products per checkpoint.
func (p *Preconditioned) Score(dst []float64, q [][]float32) {
	checkQuery(p.Name, q, p.Pre, dst)
	clear(dst)
	for c, g := range p.Pre {
		AddDots(dst, p.W[c], q[c], g)
	}
}

// SelfScores computes Σ_c W_c g_c(z)·P_c⁻¹g_c(z) when Raw is set, else n queries.
func (p *Preconditioned) SelfScores(dst []float64) bool {
	if p.Raw == nil {
		return false
	}
	clear(dst)
	for c, g := range p.Pre {
		n, _ := g.Dims()
		for i := range n {
			dst[i] += p.W[c] * float64(Dot(row(p.Raw[c], i), row(g, i)))
		}
	}
	return true
}

package influence

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// EmpiricalFisher returns Σ_i g_i g_iᵀ over the rows of g (k×k, float64), the
// empirical Fisher of a summed loss, undamped and unnormalised. Cost O(n·k²).
func EmpiricalFisher(g Gradients) *mat.SymDense {
	n, k := g.Dims()
	m := g.RawMatrix()
	f := mat.NewSymDense(k, nil)
	// Accumulate in float64 blocks of rows through a rank-update per block.
	const blk = 256
	buf := make([]float64, blk*k)
	for lo := 0; lo < n; lo += blk {
		hi := min(n, lo+blk)
		for i := lo; i < hi; i++ {
			for j := range k {
				buf[(i-lo)*k+j] = float64(m[i*k+j])
			}
		}
		a := mat.NewDense(hi-lo, k, buf[:(hi-lo)*k])
		f.SymRankK(f, 1, a.T())
	}
	return f
}

// Preconditioner applies (C + λI)⁻¹ for a symmetric k×k curvature matrix C and a
// damping λ ≥ 0, through a Cholesky factorisation made once.
type Preconditioner struct {
	K       int
	Damping float64
	chol    mat.Cholesky
}

// NewPreconditioner factors C + λI. It returns ErrNotPositiveDefinite if that fails
// (raise λ).
func NewPreconditioner(c mat.Symmetric, damping float64) (*Preconditioner, error) {
	k := c.SymmetricDim()
	if damping < 0 || math.IsNaN(damping) || math.IsInf(damping, 0) {
		return nil, fmt.Errorf("influence: damping %v: %w", damping, ErrBadInput)
	}
	a := mat.NewSymDense(k, nil)
	a.CopySym(c)
	for i := range k {
		a.SetSym(i, i, a.At(i, i)+damping)
	}
	p := &Preconditioner{K: k, Damping: damping}
	if ok := p.chol.Factorize(a); !ok {
		return nil, fmt.Errorf("influence: %d×%d curvature with damping %g: %w", k, k, damping, ErrNotPositiveDefinite)
	}
	return p, nil
}

// DefaultDamping is the damping used when none is given: 0.1 × tr(C)/k, a tenth of
// the curvature's mean eigenvalue (stated in records as the absolute λ).
func DefaultDamping(c mat.Symmetric) float64 {
	k := c.SymmetricDim()
	var tr float64
	for i := range k {
		tr += c.At(i, i)
	}
	return 0.1 * tr / float64(k)
}

// Apply returns the rows of g multiplied by (C + λI)⁻¹, as float32 (the stored,
// preconditioned sketches). Cost O(n·k²). It panics if g's k differs.
func (p *Preconditioner) Apply(g Gradients) *Dense {
	n, k := g.Dims()
	if k != p.K {
		panic(fmt.Sprintf("influence: preconditioner of %d for rows of %d", p.K, k))
	}
	ids := make([]string, n)
	for i := range ids {
		ids[i] = g.ID(i)
	}
	out := NewDense(n, k, ids)
	m := g.RawMatrix()
	// Solve for blocks of rows at once: X = A⁻¹ Bᵀ with B the block.
	const blk = 512
	b := make([]float64, k*blk)
	var x mat.Dense
	for lo := 0; lo < n; lo += blk {
		hi := min(n, lo+blk)
		w := hi - lo
		bt := mat.NewDense(k, w, b[:k*w])
		for i := lo; i < hi; i++ {
			for j := range k {
				bt.Set(j, i-lo, float64(m[i*k+j]))
			}
		}
		x.Reset()
		if err := p.chol.SolveTo(&x, bt); err != nil {
			// A factorised SPD matrix cannot fail to solve except by ill-conditioning,
			// which gonum reports as a Condition error with a usable result.
			if _, ok := err.(mat.Condition); !ok {
				panic(err)
			}
		}
		for i := lo; i < hi; i++ {
			for j := range k {
				out.Data[i*k+j] = float32(x.At(j, i-lo))
			}
		}
	}
	return out
}

// ApplyVec returns (C + λI)⁻¹ v.
func (p *Preconditioner) ApplyVec(v []float32) []float32 {
	d := &Dense{N: 1, K: len(v), Data: v}
	return p.Apply(d).Data
}

// NewInfluence returns the inverse-curvature influence scorer over one set of training
// rows: the rows are preconditioned once by p, scoring is q·(C+λI)⁻¹g(z).
func NewInfluence(train Gradients, p *Preconditioner) *Preconditioned {
	return &Preconditioned{Name: "influence", Pre: []Gradients{p.Apply(train)}, W: []float64{1}, Raw: []Gradients{train}}
}

// NewTRAK returns the TRAK-style ensemble over models (or random projections) m with
// features Φ_m (rows = training points): score = (1/M) Σ_m φ_m(q)ᵀ(Φ_mᵀΦ_m + ρ_m I)⁻¹φ_m(z),
// ρ_m = ridge × tr(Φ_mᵀΦ_m)/k (ridge 1e-3 when 0).
func NewTRAK(features []Gradients, ridge float64) (*Preconditioned, error) {
	if len(features) == 0 {
		return nil, fmt.Errorf("influence: trak with no models: %w", ErrBadInput)
	}
	sameN("trak", features)
	if ridge == 0 {
		ridge = 1e-3
	}
	s := &Preconditioned{Name: "trak", Raw: features}
	for _, f := range features {
		k := EmpiricalFisher(f)
		p, err := NewPreconditioner(k, ridge*DefaultDamping(k)*10)
		if err != nil {
			return nil, err
		}
		s.Pre = append(s.Pre, p.Apply(f))
		s.W = append(s.W, 1/float64(len(features)))
	}
	return s, nil
}

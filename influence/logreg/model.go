package logreg

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Problem is a training or test set prepared for the model: standardised features
// with a trailing 1 (bias), D = features + 1, and class indices.
type Problem struct {
	N, D int
	X    []float64 // N×D row-major
	Y    []int
}

// Row returns the inputs of example i.
func (p *Problem) Row(i int) []float64 { return p.X[i*p.D : (i+1)*p.D] }

// Model is multinomial logistic regression with C classes over D inputs and an L2
// penalty (L2/2)‖W‖² on all C·D parameters, W flattened row-major (class-major).
type Model struct {
	C, D int
	L2   float64
}

// Params is the number of parameters C·D.
func (m Model) Params() int { return m.C * m.D }

func (m Model) check(w, x []float64) {
	if len(w) != m.C*m.D || len(x) != m.D {
		panic(fmt.Sprintf("logreg: %d params and %d inputs for C=%d D=%d", len(w), len(x), m.C, m.D))
	}
}

// Probs sets p (len C) to softmax(W x).
func (m Model) Probs(p, w, x []float64) {
	m.check(w, x)
	mx := math.Inf(-1)
	for c := range m.C {
		var z float64
		wc := w[c*m.D : (c+1)*m.D]
		for j, v := range x {
			z += wc[j] * v
		}
		p[c] = z
		mx = max(mx, z)
	}
	var s float64
	for c := range m.C {
		p[c] = math.Exp(p[c] - mx)
		s += p[c]
	}
	for c := range m.C {
		p[c] /= s
	}
}

// Loss returns −log softmax(W x)_y, computed stably.
func (m Model) Loss(w, x []float64, y int) float64 {
	m.check(w, x)
	mx := math.Inf(-1)
	zs := make([]float64, m.C)
	for c := range m.C {
		wc := w[c*m.D : (c+1)*m.D]
		for j, v := range x {
			zs[c] += wc[j] * v
		}
		mx = max(mx, zs[c])
	}
	var s float64
	for _, z := range zs {
		s += math.Exp(z - mx)
	}
	return mx + math.Log(s) - zs[y]
}

// Grad sets dst (len C·D) to the gradient of Loss(w, x, y): (p − e_y) ⊗ x.
func (m Model) Grad(dst, w, x []float64, y int) {
	p := make([]float64, m.C)
	m.Probs(p, w, x)
	p[y]--
	for c := range m.C {
		for j, v := range x {
			dst[c*m.D+j] = p[c] * v
		}
	}
}

// Objective returns R(W) = Σ_{i≠skip} Loss_i + (L2/2)‖W‖² over pr and, if g is not
// nil, sets g to its gradient. skip < 0 keeps every example.
func (m Model) Objective(w []float64, pr *Problem, skip int, g []float64) float64 {
	var f float64
	for j, v := range w {
		f += 0.5 * m.L2 * v * v
		if g != nil {
			g[j] = m.L2 * v
		}
	}
	p := make([]float64, m.C)
	for i := range pr.N {
		if i == skip {
			continue
		}
		x := pr.Row(i)
		m.Probs(p, w, x)
		f -= math.Log(max(p[pr.Y[i]], math.SmallestNonzeroFloat64))
		if g != nil {
			p[pr.Y[i]]--
			for c := range m.C {
				if p[c] == 0 {
					continue
				}
				gc := g[c*m.D : (c+1)*m.D]
				for j, v := range x {
					gc[j] += p[c] * v
				}
			}
		}
	}
	return f
}

// Hessian returns ∇²R at w: Σ_{i≠skip} (diag p_i − p_i p_iᵀ) ⊗ x_i x_iᵀ + L2·I, of
// size C·D. Cost O(N·C²·D²/2).
func (m Model) Hessian(w []float64, pr *Problem, skip int) *mat.SymDense {
	P := m.Params()
	h := mat.NewSymDense(P, nil)
	probs := make([]float64, pr.N*m.C)
	for i := range pr.N {
		if i != skip {
			m.Probs(probs[i*m.C:(i+1)*m.C], w, pr.Row(i))
		}
	}
	x := mat.NewDense(pr.N, m.D, pr.X)
	xs := mat.NewDense(pr.N, m.D, nil)
	var blk mat.Dense
	for a := range m.C {
		for b := a; b < m.C; b++ {
			for i := range pr.N {
				var s float64
				if i != skip {
					pa, pb := probs[i*m.C+a], probs[i*m.C+b]
					s = -pa * pb
					if a == b {
						s += pa
					}
				}
				row := pr.Row(i)
				for j := range m.D {
					xs.Set(i, j, s*row[j])
				}
			}
			blk.Reset()
			blk.Mul(x.T(), xs)
			for r := range m.D {
				for c := range m.D {
					if a == b && c < r {
						continue
					}
					h.SetSym(a*m.D+r, b*m.D+c, blk.At(r, c))
				}
			}
		}
	}
	for j := range P {
		h.SetSym(j, j, h.At(j, j)+m.L2)
	}
	return h
}

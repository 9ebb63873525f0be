package logreg

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Tol is the convergence tolerance on ‖∇R‖∞ used by the evaluation.
const Tol = 1e-9

func normInf(g []float64) float64 {
	var m float64
	for _, v := range g {
		m = max(m, math.Abs(v))
	}
	return m
}

// Checkpoint is one iterate of training: the parameters after a step and the step
// length taken (TracIn-CP's η_c).
type Checkpoint struct {
	W   []float64
	Eta float64
}

// Train minimises R over pr (skipping example skip, <0 for none) by Newton's method with
// Armijo backtracking, from w0 (nil: zeros), until ‖∇R‖∞ ≤ tol. It returns the
// optimum and the iterates. ErrNotConverged after maxIter iterations.
func (m Model) Train(pr *Problem, skip int, w0 []float64, tol float64, maxIter int) ([]float64, []Checkpoint, error) {
	P := m.Params()
	w := make([]float64, P)
	if w0 != nil {
		copy(w, w0)
	}
	g := make([]float64, P)
	trial := make([]float64, P)
	var cps []Checkpoint
	f := m.Objective(w, pr, skip, g)
	for it := 0; ; it++ {
		if normInf(g) <= tol {
			return w, cps, nil
		}
		if it == maxIter {
			return w, cps, fmt.Errorf("logreg: Newton after %d iterations: ‖∇R‖∞ = %.3g > %.3g: %w", it, normInf(g), tol, ErrNotConverged)
		}
		var chol mat.Cholesky
		if !chol.Factorize(m.Hessian(w, pr, skip)) {
			return w, cps, fmt.Errorf("logreg: Hessian not positive definite (L2 = %g): %w", m.L2, ErrNotConverged)
		}
		var d mat.VecDense
		if err := chol.SolveVecTo(&d, mat.NewVecDense(P, g)); err != nil {
			if _, ok := err.(mat.Condition); !ok {
				return w, cps, err
			}
		}
		var slope float64
		for j := range P {
			slope -= g[j] * d.AtVec(j)
		}
		t := 1.0
		var ft float64
		for range 60 {
			for j := range P {
				trial[j] = w[j] - t*d.AtVec(j)
			}
			ft = m.Objective(trial, pr, skip, nil)
			// The rounding allowance lets the last steps, whose decrease is below
			// float64 resolution of f, be taken in full.
			if ft <= f+1e-4*t*slope+1e-13*math.Abs(f) || t < 1e-12 {
				break
			}
			t /= 2
		}
		copy(w, trial)
		f = m.Objective(w, pr, skip, g)
		cps = append(cps, Checkpoint{W: append([]float64(nil), w...), Eta: t})
	}
}

// Retrain finds the optimum of R without example skip, starting from the full-data
// optimum wStar and iterating w ← w − H⁻¹∇R₋ᵢ(w) with the full-data Hessian factor h
// (a fixed-metric Newton iteration: linear convergence at the rate ‖I − H⁻¹H₋ᵢ‖, small
// when one point of many is removed). After maxIter iterations it falls back to Newton.
// It returns the optimum and the number of iterations.
func (m Model) Retrain(pr *Problem, skip int, wStar []float64, h *mat.Cholesky, tol float64, maxIter int) ([]float64, int, error) {
	P := m.Params()
	w := append([]float64(nil), wStar...)
	g := make([]float64, P)
	var d mat.VecDense
	for it := 0; it < maxIter; it++ {
		m.Objective(w, pr, skip, g)
		if normInf(g) <= tol {
			return w, it, nil
		}
		if err := h.SolveVecTo(&d, mat.NewVecDense(P, g)); err != nil {
			if _, ok := err.(mat.Condition); !ok {
				return w, it, err
			}
		}
		for j := range P {
			w[j] -= d.AtVec(j)
		}
	}
	w, cps, err := m.Train(pr, skip, w, tol, 50)
	return w, maxIter + len(cps), err
}

package logreg

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func randomProblem(rng *rand.Rand, n, f, c int) (*Problem, Model) {
	D := f + 1
	pr := &Problem{N: n, D: D, X: make([]float64, n*D), Y: make([]int, n)}
	for i := range n {
		for j := range f {
			pr.X[i*D+j] = rng.NormFloat64()
		}
		pr.X[i*D+f] = 1
		pr.Y[i] = rng.IntN(c)
	}
	return pr, Model{C: c, D: D, L2: 0.5}
}

// TestGradientFiniteDifferences checks the objective's gradient and Hessian against
// central differences of the objective and of the gradient.
func TestGradientFiniteDifferences(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	pr, m := randomProblem(rng, 20, 3, 4)
	P := m.Params()
	w := make([]float64, P)
	for j := range w {
		w[j] = 0.3 * rng.NormFloat64()
	}
	for _, skip := range []int{-1, 7} {
		g := make([]float64, P)
		m.Objective(w, pr, skip, g)
		h := m.Hessian(w, pr, skip)
		const eps = 1e-5
		wp := append([]float64(nil), w...)
		gp, gm := make([]float64, P), make([]float64, P)
		for j := range P {
			wp[j] = w[j] + eps
			fp := m.Objective(wp, pr, skip, gp)
			wp[j] = w[j] - eps
			fm := m.Objective(wp, pr, skip, gm)
			wp[j] = w[j]
			if fd := (fp - fm) / (2 * eps); math.Abs(fd-g[j]) > 1e-6*(1+math.Abs(fd)) {
				t.Fatalf("skip=%d: ∂R/∂w%d = %g, finite difference %g", skip, j, g[j], fd)
			}
			for r := range P {
				if fd := (gp[r] - gm[r]) / (2 * eps); math.Abs(fd-h.At(r, j)) > 1e-5*(1+math.Abs(fd)) {
					t.Fatalf("skip=%d: H[%d,%d] = %g, finite difference %g", skip, r, j, h.At(r, j), fd)
				}
			}
		}
	}
}

// TestPerExampleGradientsSum checks that the per-example gradients plus the penalty
// sum to the objective's gradient.
func TestPerExampleGradientsSum(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 4))
	pr, m := randomProblem(rng, 30, 4, 3)
	w := make([]float64, m.Params())
	for j := range w {
		w[j] = rng.NormFloat64()
	}
	g := make([]float64, m.Params())
	m.Objective(w, pr, -1, g)
	sum := make([]float64, m.Params())
	gi := make([]float64, m.Params())
	for i := range pr.N {
		m.Grad(gi, w, pr.Row(i), pr.Y[i])
		for j := range sum {
			sum[j] += gi[j]
		}
	}
	for j := range sum {
		if d := sum[j] + m.L2*w[j] - g[j]; math.Abs(d) > 1e-10 {
			t.Fatalf("component %d differs by %g", j, d)
		}
	}
}

// TestRetrainEqualsNewton checks the fixed-Hessian leave-one-out retraining against
// Newton from scratch on the reduced set.
func TestRetrainEqualsNewton(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(5, 6))
	pr, m := randomProblem(rng, 80, 5, 3)
	w, _, err := m.Train(pr, -1, nil, Tol, 100)
	if err != nil {
		t.Fatal(err)
	}
	var chol mat.Cholesky
	if !chol.Factorize(m.Hessian(w, pr, -1)) {
		t.Fatal("Hessian not PD")
	}
	for _, skip := range []int{0, 41, 79} {
		wi, _, err := m.Retrain(pr, skip, w, &chol, Tol, 100)
		if err != nil {
			t.Fatal(err)
		}
		ref, _, err := m.Train(pr, skip, nil, Tol, 100)
		if err != nil {
			t.Fatal(err)
		}
		for j := range wi {
			if math.Abs(wi[j]-ref[j]) > 1e-8 {
				t.Fatalf("skip=%d: w[%d] = %g, Newton from scratch %g", skip, j, wi[j], ref[j])
			}
		}
	}
}

// TestInfluenceScorerMatchesFloat64 builds the exact-Hessian scorer from the model's
// materialised gradients and compares it with a float64 computation of gᵀH⁻¹g_i.
func TestInfluenceScorerMatchesFloat64(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 8))
	pr, m := randomProblem(rng, 60, 4, 3)
	w, cps, err := m.Train(pr, -1, nil, Tol, 100)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := buildScorers(m, pr, w, cps, Settings{SketchDim: 8, TRAKModels: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var chol mat.Cholesky
	chol.Factorize(m.Hessian(w, pr, -1))
	x := pr.Row(3)
	gq := make([]float64, m.Params())
	m.Grad(gq, w, x, pr.Y[3])
	var hq mat.VecDense
	if err := chol.SolveVecTo(&hq, mat.NewVecDense(len(gq), gq)); err != nil {
		t.Fatal(err)
	}
	gi := make([]float64, m.Params())
	got := make([]float64, pr.N)
	sc[0].s.Score(got, sc[0].query(x, pr.Y[3]))
	if sc[0].name != "influence-exact" {
		t.Fatalf("first scorer %s", sc[0].name)
	}
	for i := range pr.N {
		m.Grad(gi, w, pr.Row(i), pr.Y[i])
		want := mat.Dot(&hq, mat.NewVecDense(len(gi), gi))
		if math.Abs(got[i]-want) > 1e-4*(1+math.Abs(want)) {
			t.Fatalf("score %d = %g, float64 %g", i, got[i], want)
		}
	}
}

func loadTestDigits(t *testing.T) *Dataset {
	t.Helper()
	ds, err := LoadCSV("testdata/digits360.csv")
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestEvalDigits runs the whole protocol on 360 real digits. The exact-Hessian scorer
// must agree with real leave-one-out retraining and find flipped labels; these are
// checks against retraining, not timing.
func TestEvalDigits(t *testing.T) {
	t.Parallel()
	ds := loadTestDigits(t)
	set := Settings{LOO: 40, Queries: 60, SketchDim: 64, TRAKModels: 2, Seed: 1}
	if !testing.Short() {
		set.LOO, set.Queries = 150, 0
	}
	rep, err := Eval(context.Background(), ds, set)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("accuracy %.3f, LOO mean |Δ| %.3g", rep.TestAccuracy, rep.LOOMeanAbsChange)
	for n, r := range rep.Scorers {
		t.Logf("%-24s pearson %.3f spearman %.3f total %.3f auc %.3f", n, r.LooPearson, r.LooSpearman, r.LooPearsonTotal, r.MislabelAUC)
	}
	if rep.TestAccuracy < 0.85 {
		t.Errorf("test accuracy %.3f: the model is not trained", rep.TestAccuracy)
	}
	ex := rep.Scorers["influence-exact"]
	if ex.LooPearson < 0.8 || ex.LooPearsonTotal < 0.9 {
		t.Errorf("exact influence vs retraining: pearson %.3f, total %.3f", ex.LooPearson, ex.LooPearsonTotal)
	}
	if ex.MislabelAUC < 0.9 {
		t.Errorf("exact influence mislabel AUC %.3f", ex.MislabelAUC)
	}
	if len(rep.Scorers) != 6 {
		t.Errorf("%d scorers", len(rep.Scorers))
	}
	// Same seed, same numbers.
	rep2, err := Eval(context.Background(), ds, set)
	if err != nil {
		t.Fatal(err)
	}
	if rep2.Scorers["tracin-cp"] != rep.Scorers["tracin-cp"] {
		t.Errorf("not reproducible: %+v vs %+v", rep2.Scorers["tracin-cp"], rep.Scorers["tracin-cp"])
	}
}

func TestEvalCancelled(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Eval(ctx, loadTestDigits(t), Settings{LOO: 5, Queries: 5, MislabelFrac: -1}); !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v", err)
	}
}

func TestReadCSV(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, in string
		n, f     int
		classes  string
		err      error
	}{
		{"plain", "1,2,a\n3,4,b\n", 2, 2, "a b", nil},
		{"header", "x,y,label\n1,2,1\n3,4,0\n\n5,6,10\n", 3, 2, "0 1 10", nil},
		{"ragged", "1,2,a\n3,b\n", 0, 0, "", ErrBadCSV},
		{"nan", "1,NaN,a\n3,4,b\n", 0, 0, "", ErrBadCSV},
		{"text-feature", "1,2,a\n3,x,b\n", 0, 0, "", ErrBadCSV},
		{"one-class", "1,2,a\n3,4,a\n", 0, 0, "", ErrTooFewClasses},
		{"one-column", "1\n2\n", 0, 0, "", ErrBadCSV},
		{"empty", "", 0, 0, "", ErrBadCSV},
		{"empty-label", "1,2, \n3,4,b\n", 0, 0, "", ErrBadCSV},
	} {
		t.Run("in="+tc.name, func(t *testing.T) {
			ds, err := ReadCSV(strings.NewReader(tc.in), tc.name+".csv")
			if tc.err != nil {
				if !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.name+".csv") {
					t.Fatalf("error %v, want %v naming the file", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if ds.N != tc.n || ds.F != tc.f || strings.Join(ds.Classes, " ") != tc.classes {
				t.Fatalf("got n=%d f=%d classes %v", ds.N, ds.F, ds.Classes)
			}
		})
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add("1,2,a\n3,4,b\n")
	f.Add("x,y,label\n1,2,1\n3,4,0\n")
	f.Add("1e308,-0,3\n,,\n")
	f.Fuzz(func(t *testing.T, in string) {
		ds, err := ReadCSV(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		if len(ds.X) != ds.N*ds.F || len(ds.Y) != ds.N || len(ds.Classes) < 2 {
			t.Fatalf("inconsistent dataset %d×%d, %d labels, %d classes", ds.N, ds.F, len(ds.Y), len(ds.Classes))
		}
		for _, y := range ds.Y {
			if y < 0 || y >= len(ds.Classes) {
				t.Fatalf("label index %d", y)
			}
		}
		for _, v := range ds.X {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatal("non-finite feature")
			}
		}
	})
}

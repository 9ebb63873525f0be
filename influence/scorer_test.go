package influence

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"poa/kernels"
)

func randDense(rng *rand.Rand, n, k int, scale float64) *Dense {
	d := NewDense(n, k, nil)
	for i := range d.Data {
		d.Data[i] = float32(scale * rng.NormFloat64())
	}
	return d
}

func dot64(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

// solve64 solves A x = b by Gaussian elimination with partial pivoting (reference).
func solve64(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range m {
		m[i] = append(append([]float64(nil), a[i]...), b[i])
	}
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		for r := range n {
			if r == c {
				continue
			}
			f := m[r][c] / m[c][c]
			for j := c; j <= n; j++ {
				m[r][j] -= f * m[c][j]
			}
		}
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = m[i][n] / m[i][i]
	}
	return x
}

func closeRel(t *testing.T, what string, got, want []float64, tol float64) {
	t.Helper()
	var scale float64
	for _, w := range want {
		scale = max(scale, math.Abs(w))
	}
	for i := range want {
		if d := math.Abs(got[i] - want[i]); d > tol*scale || math.IsNaN(got[i]) {
			t.Fatalf("%s[%d] = %g, want %g (|diff| %g > %g·%g)", what, i, got[i], want[i], d, tol, scale)
		}
	}
}

func TestTracInCPMatchesReference(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 1))
	n, k := 300, 33
	train := []Gradients{randDense(rng, n, k, 1), randDense(rng, n, k, 0.5), randDense(rng, n, k, 2)}
	eta := []float64{0.1, 0.05, 0.01}
	q := [][]float32{randDense(rng, 1, k, 1).Data, randDense(rng, 1, k, 1).Data, randDense(rng, 1, k, 1).Data}
	s := NewTracInCP(train, eta)
	got := make([]float64, n)
	s.Score(got, q)
	want := make([]float64, n)
	for i := range n {
		for c := range train {
			want[i] += eta[c] * dot64(q[c], row(train[c], i))
		}
	}
	closeRel(t, "tracin", got, want, 1e-5)
	self := make([]float64, n)
	SelfScores(s, train, self)
	for i := range n {
		var w float64
		for c := range train {
			w += eta[c] * dot64(row(train[c], i), row(train[c], i))
		}
		if math.Abs(self[i]-w) > 1e-5*w {
			t.Fatalf("self %d = %g, want %g", i, self[i], w)
		}
	}
}

func TestInfluenceMatchesReference(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(2, 2))
	for _, tc := range []struct{ n, k int }{{40, 8}, {600, 24}, {30, 50}} { // the last is rank-deficient: damping carries it
		t.Run(fmt.Sprintf("n=%d,k=%d", tc.n, tc.k), func(t *testing.T) {
			train := randDense(rng, tc.n, tc.k, 1)
			f := EmpiricalFisher(train)
			lambda := DefaultDamping(f)
			p, err := NewPreconditioner(f, lambda)
			if err != nil {
				t.Fatal(err)
			}
			s := NewInfluence(train, p)
			q := randDense(rng, 1, tc.k, 1).Data
			got := make([]float64, tc.n)
			s.Score(got, [][]float32{q})
			// Reference: F in float64 from the rows, x = (F+λI)⁻¹q by elimination, score = x·g.
			a := make([][]float64, tc.k)
			for r := range a {
				a[r] = make([]float64, tc.k)
				for c := range a[r] {
					for i := range tc.n {
						a[r][c] += float64(train.Row(i)[r]) * float64(train.Row(i)[c])
					}
				}
				a[r][r] += lambda
			}
			qv := make([]float64, tc.k)
			for j := range qv {
				qv[j] = float64(q[j])
			}
			x := solve64(a, qv)
			want := make([]float64, tc.n)
			for i := range tc.n {
				for j := range tc.k {
					want[i] += x[j] * float64(train.Row(i)[j])
				}
			}
			closeRel(t, "influence", got, want, 1e-4)
			self := make([]float64, tc.n)
			SelfScores(s, []Gradients{train}, self)
			slow := make([]float64, tc.n)
			SelfScores(&Preconditioned{Name: "x", Pre: s.Pre, W: s.W}, []Gradients{train}, slow) // n-query path
			closeRel(t, "self", self, slow, 1e-4)
		})
	}
}

func TestNewPreconditionerRejectsIndefinite(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 3))
	train := randDense(rng, 3, 10, 1) // rank 3 of 10
	if _, err := NewPreconditioner(EmpiricalFisher(train), 0); err == nil {
		t.Fatal("undamped rank-deficient Fisher factored")
	}
}

func TestDataInfMatchesReference(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(4, 4))
	n, k := 60, 20
	bounds := []int{0, 7, 12, 20}
	train := randDense(rng, n, k, 1)
	d := NewDataInf(train, bounds)
	v := randDense(rng, 1, k, 1).Data
	got := make([]float64, n)
	d.Score(got, [][]float32{v})
	// Reference: per layer h_l = (1/n) Σ_i (g_il g_ilᵀ + λ_l I)⁻¹ v_l with explicit solves,
	// λ_l from its definition.
	h := make([]float64, k)
	for l := 0; l+1 < len(bounds); l++ {
		lo, hi := bounds[l], bounds[l+1]
		w := hi - lo
		var lam float64
		for i := range n {
			lam += dot64(train.Row(i)[lo:hi], train.Row(i)[lo:hi]) / float64(w)
		}
		lam /= 10 * float64(n)
		if math.Abs(lam-d.Lambda[l]) > 1e-6*lam {
			t.Fatalf("λ_%d = %g, want %g", l, d.Lambda[l], lam)
		}
		vl := make([]float64, w)
		for j := range vl {
			vl[j] = float64(v[lo+j])
		}
		for i := range n {
			g := train.Row(i)[lo:hi]
			a := make([][]float64, w)
			for r := range a {
				a[r] = make([]float64, w)
				for c := range a[r] {
					a[r][c] = float64(g[r]) * float64(g[c])
				}
				a[r][r] += lam
			}
			x := solve64(a, vl)
			for j := range x {
				h[lo+j] += x[j] / float64(n)
			}
		}
	}
	want := make([]float64, n)
	for i := range n {
		for j := range k {
			want[i] += h[j] * float64(train.Row(i)[j])
		}
	}
	closeRel(t, "datainf", got, want, 1e-4)
}

func TestTRAKMatchesReference(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(5, 5))
	n, k := 100, 10
	feats := []Gradients{randDense(rng, n, k, 1), randDense(rng, n, k, 1)}
	s, err := NewTRAK(feats, 1e-3)
	if err != nil {
		t.Fatal(err)
	}
	q := [][]float32{randDense(rng, 1, k, 1).Data, randDense(rng, 1, k, 1).Data}
	got := make([]float64, n)
	s.Score(got, q)
	want := make([]float64, n)
	for m, f := range feats {
		a := make([][]float64, k)
		var tr float64
		for r := range a {
			a[r] = make([]float64, k)
			for c := range a[r] {
				for i := range n {
					a[r][c] += float64(row(f, i)[r]) * float64(row(f, i)[c])
				}
			}
			tr += a[r][r]
		}
		for r := range a {
			a[r][r] += 1e-3 * tr / float64(k)
		}
		qv := make([]float64, k)
		for j := range qv {
			qv[j] = float64(q[m][j])
		}
		x := solve64(a, qv)
		for i := range n {
			for j := range k {
				want[i] += 0.5 * x[j] * float64(row(f, i)[j])
			}
		}
	}
	closeRel(t, "trak", got, want, 1e-4)
}

func TestScanTopKMatchesFullScan(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 7))
	n, k := 20000, 64
	if testing.Short() {
		n = 5000
	}
	g := randDense(rng, n, k, 1)
	q := randDense(rng, 1, k, 1).Data
	all := make([]float64, n)
	AddDots(all, 1, q, g)
	for i := range all { // AddDots against float64 reference
		if w := dot64(q, g.Row(i)); math.Abs(all[i]-w) > 1e-4*(1+math.Abs(w)) {
			t.Fatalf("dot %d = %g, want %g", i, all[i], w)
		}
	}
	want := make([]int, 25)
	want = want[:kernels.TopK(want, all)]
	got := ScanTopK(q, g, 25)
	if len(got) != len(want) {
		t.Fatalf("%d hits, want %d", len(got), len(want))
	}
	for r, i := range want {
		if got[r].Index != i || got[r].ID != g.ID(i) {
			t.Fatalf("rank %d: %+v, want index %d id %s", r, got[r], i, g.ID(i))
		}
	}
}

func TestShapeMismatchPanics(t *testing.T) {
	t.Parallel()
	g := NewDense(3, 4, nil)
	defer func() {
		if recover() == nil {
			t.Fatal("no panic")
		}
	}()
	NewTracInCP([]Gradients{g}, []float64{1}).Score(make([]float64, 3), [][]float32{make([]float32, 5)})
}

package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

func TestTanhExp(t *testing.T) {
	for _, u := range []float64{0, 1e-300, -1e-12, 1e-8, 0.1, -0.5, 0.625, 1, -3, 9, 19, 20, 40, -800, math.Inf(1), math.Inf(-1)} {
		got, want := tanhExp(u), math.Tanh(u)
		if math.Abs(got-want) > 4e-16*(1+math.Abs(want)) || math.Signbit(got) != math.Signbit(want) && want != 0 {
			t.Errorf("tanhExp(%g) = %.17g, math.Tanh %.17g", u, got, want)
		}
	}
	if !math.IsNaN(tanhExp(math.NaN())) {
		t.Error("tanhExp(NaN) is not NaN")
	}
	r := rand.New(rand.NewPCG(91, 92))
	for range 100000 {
		u := r.NormFloat64() * 4
		if d := math.Abs(tanhExp(u) - math.Tanh(u)); d > 4e-16 {
			t.Fatalf("tanhExp(%g) off by %g", u, d)
		}
	}
}

// TestLayerNormBackwardSums checks dw and db bit for bit against the serial loop (rows
// in increasing order per column) for every GOMAXPROCS: the column split must not
// change a sum.
func TestLayerNormBackwardSums(t *testing.T) {
	r := rand.New(rand.NewPCG(93, 94))
	const n, c = 70, 300
	fill := func(k int) []float32 {
		s := make([]float32, k)
		for i := range s {
			s[i] = float32(r.NormFloat64())
		}
		return s
	}
	x, w, b, dout := fill(n*c), fill(c), fill(c), fill(n*c)
	mean, rstd, out := make([]float32, n), make([]float32, n), make([]float32, n*c)
	LayerNorm(out, mean, rstd, x, w, b, n, c, 1e-5)
	wantW, wantB := fill(c), fill(c)
	initW, initB := append([]float32(nil), wantW...), append([]float32(nil), wantB...)
	for i := 0; i < n; i++ {
		for j := 0; j < c; j++ {
			d := dout[i*c+j]
			wantW[j] += d * (x[i*c+j] - mean[i]) * rstd[i]
			wantB[j] += d
		}
	}
	for _, procs := range []int{1, 2, 3, 7} {
		t.Run(fmt.Sprintf("procs=%d", procs), func(t *testing.T) {
			defer setProcs(procs)()
			dx := make([]float32, n*c)
			dw, db := append([]float32(nil), initW...), append([]float32(nil), initB...)
			LayerNormBackward(dx, dw, db, dout, x, w, mean, rstd, n, c)
			for j := 0; j < c; j++ {
				if dw[j] != wantW[j] || db[j] != wantB[j] {
					t.Fatalf("column %d: dw %g db %g, serial loop %g %g", j, dw[j], db[j], wantW[j], wantB[j])
				}
			}
		})
	}
}

package influence

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestPearsonSpearman(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name           string
		x, y           []float64
		pearson, spear float64
	}{
		{"perfect", []float64{1, 2, 3, 4}, []float64{2, 4, 6, 8}, 1, 1},
		{"anti", []float64{1, 2, 3}, []float64{3, 2, 1}, -1, -1},
		{"monotone-nonlinear", []float64{1, 2, 3, 4}, []float64{1, 8, 27, 64}, 104 / math.Sqrt(11950), 1}, // by hand: Σdxdy=104, Σdx²=5, Σdy²=2390,
		{"ties", []float64{1, 1, 2, 3}, []float64{1, 2, 2, 3}, 2 / math.Sqrt(5.5), 3.75 / 4.5},            // ranks (1.5,1.5,3,4) and (1,2.5,2.5,4),
	} {
		t.Run("case="+tc.name, func(t *testing.T) {
			if p := Pearson(tc.x, tc.y); math.Abs(p-tc.pearson) > 1e-12 {
				t.Fatalf("pearson %v, want %v", p, tc.pearson)
			}
			if s := Spearman(tc.x, tc.y); math.Abs(s-tc.spear) > 1e-12 {
				t.Fatalf("spearman %v, want %v", s, tc.spear)
			}
		})
	}
	if !math.IsNaN(Pearson([]float64{1, 1}, []float64{1, 2})) {
		t.Fatal("constant input should give NaN")
	}
}

// TestAUCBruteForce compares AUC with the pairwise definition.
func TestAUCBruteForce(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(9, 9))
	for range 20 {
		n := 2 + rng.IntN(60)
		s := make([]float64, n)
		pos := make([]bool, n)
		for i := range s {
			s[i] = float64(rng.IntN(8))
			pos[i] = rng.IntN(3) == 0
		}
		pos[0], pos[1] = true, false
		var num, den float64
		for i := range n {
			for j := range n {
				if pos[i] && !pos[j] {
					den++
					switch {
					case s[i] > s[j]:
						num++
					case s[i] == s[j]:
						num += 0.5
					}
				}
			}
		}
		if got := AUC(s, pos); math.Abs(got-num/den) > 1e-12 {
			t.Fatalf("auc %v, want %v", got, num/den)
		}
	}
}

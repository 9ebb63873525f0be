package influence

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
)

// scanReference is the obvious scan: every score with Dot (float32, as ScanTopK
// scores), then a full sort by descending score, ascending index.
func scanReference(q []float32, g *Dense, topk int) []Hit {
	hs := make([]Hit, g.N)
	for i := range hs {
		hs[i] = Hit{Index: i, ID: g.ID(i), Score: float64(Dot(q, g.Row(i)))}
	}
	sort.Slice(hs, func(a, b int) bool {
		if hs[a].Score != hs[b].Score {
			return hs[a].Score > hs[b].Score
		}
		return hs[a].Index < hs[b].Index
	})
	return hs[:min(topk, len(hs))]
}

// TestScanTopKManyExact checks ScanTopK and ScanTopKMany against the full sort,
// bit for bit (same scores, same order), with many tied scores (small integer data)
// and with distinct ones, across block boundaries (k chosen so blocks are short).
func TestScanTopKManyExact(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(31, 32))
	for _, tc := range []struct {
		name       string
		n, k, topk int
		ties       bool
	}{
		{"ties", 3000, 8, 40, true},
		{"distinct", 4000, 33, 25, false},
		{"topk>n", 7, 5, 20, false},
		{"one-row", 1, 3, 1, false},
		{"k=0", 10, 0, 4, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := NewDense(tc.n, tc.k, nil)
			for i := range g.Data {
				if tc.ties {
					g.Data[i] = float32(rng.IntN(3) - 1)
				} else {
					g.Data[i] = float32(rng.NormFloat64())
				}
			}
			qs := make([][]float32, 5)
			for a := range qs {
				qs[a] = make([]float32, tc.k)
				for j := range qs[a] {
					qs[a][j] = float32(rng.IntN(3) - 1)
					if !tc.ties {
						qs[a][j] = float32(rng.NormFloat64())
					}
				}
			}
			many := ScanTopKMany(qs, g, tc.topk)
			for a, q := range qs {
				want := scanReference(q, g, tc.topk)
				for name, got := range map[string][]Hit{"ScanTopK": ScanTopK(q, g, tc.topk), "ScanTopKMany": many[a]} {
					if len(got) != len(want) {
						t.Fatalf("%s query %d: %d hits, want %d", name, a, len(got), len(want))
					}
					for r := range want {
						if got[r] != want[r] {
							t.Fatalf("%s query %d rank %d: %+v, want %+v", name, a, r, got[r], want[r])
						}
					}
				}
			}
		})
	}
}

func TestScanTopKManyEdges(t *testing.T) {
	t.Parallel()
	g := NewDense(4, 2, nil)
	if got := ScanTopKMany(nil, g, 3); len(got) != 0 {
		t.Fatalf("no queries: %v", got)
	}
	if got := ScanTopKMany([][]float32{{1, 2}}, g, 0); len(got) != 1 || got[0] != nil {
		t.Fatalf("topk 0: %v", got)
	}
	defer func() {
		if r := recover(); r == nil || fmt.Sprint(r) == "" {
			t.Fatal("no panic for a short query")
		}
	}()
	ScanTopKMany([][]float32{{1, 2}, {1}}, g, 3)
}

package lm

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"

	"poa/influence"
)

// TestScanRowsManyEqualsBruteForce checks the one-pass scan of several queries over a
// row subset against a brute force per query (every score, sorted by score then row),
// on random sketches with duplicated rows (exact ties), and against influence's full
// scan when the subset is every row.
func TestScanRowsManyEqualsBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, tc := range []struct{ n, k, nq, rows, top int }{
		{1, 3, 1, 1, 1}, {50, 7, 5, 20, 4}, {9000, 16, 8, 8500, 25}, {300, 64, 64, 300, 3}, {40, 5, 3, 10, 40},
	} {
		t.Run(fmt.Sprintf("n=%d/k=%d/q=%d/rows=%d/top=%d", tc.n, tc.k, tc.nq, tc.rows, tc.top), func(t *testing.T) {
			ids := make([]string, tc.n)
			for i := range ids {
				ids[i] = fmt.Sprintf("d/p%d", i)
			}
			g := influence.NewDense(tc.n, tc.k, ids)
			for i := range g.Data {
				g.Data[i] = float32(rng.NormFloat64())
			}
			for i := 1; i < tc.n; i += 3 { // ties: every third row repeats the one before
				copy(g.Row(i), g.Row(i-1))
			}
			qs := make([][]float32, tc.nq)
			for a := range qs {
				qs[a] = make([]float32, tc.k)
				for j := range qs[a] {
					qs[a][j] = float32(rng.NormFloat64())
				}
			}
			rows := rng.Perm(tc.n)[:tc.rows]
			got := ScanRowsMany(qs, g, rows, tc.top)
			if len(got) != tc.nq {
				t.Fatalf("%d results for %d queries", len(got), tc.nq)
			}
			for a, q := range qs {
				var want []influence.Hit
				for _, i := range rows {
					want = append(want, influence.Hit{Index: i, ID: ids[i], Score: float64(influence.Dot(q, g.Row(i)))})
				}
				sort.Slice(want, func(x, y int) bool {
					if want[x].Score != want[y].Score {
						return want[x].Score > want[y].Score
					}
					return want[x].Index < want[y].Index
				})
				want = want[:min(tc.top, len(want))]
				if !reflect.DeepEqual(got[a], want) {
					t.Fatalf("query %d: got %v, want %v", a, got[a], want)
				}
				if one := ScanRows(q, g, rows, tc.top); !reflect.DeepEqual(one, want) {
					t.Fatalf("query %d: ScanRows %v, want %v", a, one, want)
				}
			}
			if tc.rows == tc.n {
				if full := influence.ScanTopKMany(qs, g, tc.top); !reflect.DeepEqual(full, got) {
					t.Fatalf("all rows: ScanRowsMany %v, influence.ScanTopKMany %v", got, full)
				}
			}
		})
	}
	g := influence.NewDense(2, 2, []string{"d/a", "d/b"})
	if got := ScanRowsMany(nil, g, []int{0}, 3); len(got) != 0 {
		t.Fatalf("no queries: %v", got)
	}
	if got := ScanRowsMany([][]float32{{1, 2}}, g, nil, 3); len(got) != 1 || got[0] != nil {
		t.Fatalf("no rows: %v", got)
	}
	for name, f := range map[string]func(){
		"short query":  func() { ScanRowsMany([][]float32{{1, 2}, {1}}, g, []int{0}, 1) },
		"row past end": func() { ScanRowsMany([][]float32{{1, 2}}, g, []int{2}, 1) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}

package influence

import (
	"fmt"
	"math"
	"sort"
)

// Pearson returns the Pearson correlation of x and y; NaN if either is constant or
// shorter than 2. It panics if the lengths differ.
func Pearson(x, y []float64) float64 {
	if len(x) != len(y) {
		panic(fmt.Sprintf("influence: pearson of lengths %d and %d", len(x), len(y)))
	}
	n := float64(len(x))
	if len(x) < 2 {
		return math.NaN()
	}
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= n
	my /= n
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return math.NaN()
	}
	return sxy / math.Sqrt(sxx*syy)
}

// Ranks returns the 1-based ranks of x, ties given their average rank.
func Ranks(x []float64) []float64 {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return x[idx[a]] < x[idx[b]] })
	r := make([]float64, len(x))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && x[idx[j+1]] == x[idx[i]] {
			j++
		}
		avg := float64(i+j)/2 + 1
		for t := i; t <= j; t++ {
			r[idx[t]] = avg
		}
		i = j + 1
	}
	return r
}

// Spearman returns the Spearman rank correlation (Pearson of average ranks).
func Spearman(x, y []float64) float64 { return Pearson(Ranks(x), Ranks(y)) }

// AUC returns the area under the ROC curve of score for separating positive from
// negative cases (Mann–Whitney U / (P·N), ties counting one half); NaN if either class
// is empty. It panics if the lengths differ.
func AUC(score []float64, positive []bool) float64 {
	if len(score) != len(positive) {
		panic(fmt.Sprintf("influence: auc of %d scores and %d labels", len(score), len(positive)))
	}
	r := Ranks(score)
	var np, nn, sum float64
	for i, p := range positive {
		if p {
			np++
			sum += r[i]
		} else {
			nn++
		}
	}
	if np == 0 || nn == 0 {
		return math.NaN()
	}
	return (sum - np*(np+1)/2) / (np * nn)
}

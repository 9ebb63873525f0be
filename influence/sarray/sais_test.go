package sarray

import (
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
)

// naiveSA sorts all suffixes with a direct comparison: the reference for sais.
func naiveSA(text []int32) []int32 {
	sa := make([]int32, len(text))
	for i := range sa {
		sa[i] = int32(i)
	}
	sort.Slice(sa, func(a, b int) bool { return slices.Compare(text[sa[a]:], text[sa[b]:]) < 0 })
	return sa
}

func TestSAISEqualsNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	cases := [][]int32{{}, {0}, {1, 0}, {0, 0, 0, 0}, {3, 2, 1, 0}, {0, 1, 2, 3}, {1, 2, 1}, {2, 1, 2, 1, 2, 1}}
	for _, c := range cases {
		check(t, c, 4)
	}
	iters := 2000
	if testing.Short() {
		iters = 500
	}
	for it := 0; it < iters; it++ {
		n := rng.IntN(300)
		k := 1 + rng.IntN(6)
		if it%5 == 0 {
			k = 1 + rng.IntN(3000)
		}
		text := make([]int32, n)
		for i := range text {
			text[i] = int32(rng.IntN(k))
		}
		if it%7 == 0 && n > 10 { // periodic text: deep recursion
			p := 1 + rng.IntN(5)
			for i := p; i < n; i++ {
				text[i] = text[i-p]
			}
		}
		check(t, text, k)
	}
}

func check(t *testing.T, text []int32, k int) {
	t.Helper()
	sa := make([]int32, len(text))
	sais(text, sa, k)
	if want := naiveSA(text); !slices.Equal(sa, want) {
		t.Fatalf("sais(%v) = %v, want %v", text, sa, want)
	}
}

// A larger text: the result is a permutation in sorted order.
func TestSAISLargeSorted(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	n := 200000
	if testing.Short() {
		n = 50000
	}
	b := make([]byte, n)
	for i := range b {
		b[i] = "abcab ab\n"[rng.IntN(9)]
	}
	text := make([]int32, n)
	for i, c := range b {
		text[i] = int32(c)
	}
	sa := make([]int32, n)
	sais(text, sa, 256)
	seen := make([]bool, n)
	for _, p := range sa {
		if seen[p] {
			t.Fatalf("position %d twice", p)
		}
		seen[p] = true
	}
	for i := 1; i < n; i++ {
		if slices.Compare(text[sa[i-1]:], text[sa[i]:]) >= 0 {
			t.Fatalf("suffixes %d and %d out of order", sa[i-1], sa[i])
		}
	}
}

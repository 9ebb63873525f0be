package sarray

import (
	"encoding/binary"
	"index/suffixarray"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
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

// zipfText draws n token ids from a Zipf distribution over vocab ids, like word
// frequencies in text.
func zipfText(n, vocab int) []int32 {
	rng := rand.New(rand.NewPCG(1, 1))
	z := rand.NewZipf(rng, 1.1, 2, uint64(vocab-1))
	t := make([]int32, n)
	for i := range t {
		t[i] = int32(z.Uint64())
	}
	return t
}

// BenchmarkSAIS sorts Zipf-distributed token texts with our SA-IS and, beside it,
// with index/suffixarray on the same tokens as big-endian byte pairs.
func BenchmarkSAIS(b *testing.B) {
	for _, n := range []int{1 << 16, 1 << 20} {
		text := zipfText(n, 50257)
		b.Run("impl=sais/n="+strconv.Itoa(n), func(b *testing.B) {
			sa := make([]int32, n)
			b.SetBytes(int64(n))
			for b.Loop() {
				sais(text, sa, 50257)
			}
		})
		bs := make([]byte, 0, 2*n)
		for _, c := range text {
			bs = binary.BigEndian.AppendUint16(bs, uint16(c))
		}
		b.Run("impl=stdlib/n="+strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				suffixarray.New(bs)
			}
		})
	}
}

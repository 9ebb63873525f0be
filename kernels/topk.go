package kernels

// TopK writes into idx the indices of the len(idx) largest scores, best first, and
// returns how many it wrote, min(len(idx), len(scores)):
//
//	order: i before j when scores[i] > scores[j], or scores[i] == scores[j] and i < j
//	idx[0:r] = the first r indices of 0..len(scores)-1 in that order
//
// Ties go to the lower index. NaN ranks below every number (−Inf included) and NaNs
// tie with each other, so a NaN is returned only when fewer than len(idx) scores are
// numbers. It keeps a bounded min-heap: O(n) comparisons against the current k-th best
// plus O(log k) per entry that displaces it, O(n log k) at worst; no allocation.
// idx must not alias scores' backing memory (it cannot: different element types).
func TopK[T Float](idx []int, scores []T) int {
	k := min(len(idx), len(scores))
	if k == 0 {
		return 0
	}
	h := idx[:k]
	// worse(a, b): a ranks below b. The heap root is the worst kept index.
	worse := func(a, b int) bool {
		sa, sb := scores[a], scores[b]
		na, nb := isNaN(sa), isNaN(sb)
		switch {
		case na != nb:
			return na
		case na || sa == sb:
			return a > b
		default:
			return sa < sb
		}
	}
	down := func(i, n int) {
		for {
			l := 2*i + 1
			if l >= n {
				return
			}
			c := l
			if r := l + 1; r < n && worse(h[r], h[l]) {
				c = r
			}
			if !worse(h[c], h[i]) {
				return
			}
			h[i], h[c] = h[c], h[i]
			i = c
		}
	}
	for i := range h {
		h[i] = i
	}
	for i := k/2 - 1; i >= 0; i-- {
		down(i, k)
	}
	for i := k; i < len(scores); i++ {
		// i is larger than every kept index, so it displaces the root only when strictly
		// better in score (a tie goes to the kept, lower index).
		s, r := scores[i], scores[h[0]]
		if isNaN(s) || (!isNaN(r) && s <= r) {
			continue
		}
		h[0] = i
		down(0, k)
	}
	// Heap sort: repeatedly move the worst to the end, which leaves best first.
	for n := k - 1; n > 0; n-- {
		h[0], h[n] = h[n], h[0]
		down(0, n)
	}
	return k
}

func isNaN[T Float](v T) bool { return v != v }

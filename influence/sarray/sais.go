package sarray

// sais writes into sa (len(sa) == len(text)) the suffix array of text, whose values
// lie in [0, k): the start positions of all suffixes in lexicographic order, a suffix
// that is a proper prefix of another sorting first. It is SA-IS (Nong, Zhang & Chan
// 2009) over an integer alphabet, with a virtual sentinel after the text.
// Time O(n + k) per level, O(n) levels in total size; extra memory n bytes of types
// and k words of buckets per level (the reduced problem reuses sa).
// It panics if a value lies outside [0, k) or len(sa) != len(text).
func sais(text []int32, sa []int32, k int) {
	n := len(text)
	if len(sa) != n {
		panic("sarray: sais: len(sa) != len(text)")
	}
	switch n {
	case 0:
		return
	case 1:
		sa[0] = 0
		return
	}
	// Types: S if the suffix is smaller than the next one; the last is L (the virtual
	// sentinel is smaller than everything).
	isS := make([]bool, n)
	for i := n - 2; i >= 0; i-- {
		isS[i] = text[i] < text[i+1] || (text[i] == text[i+1] && isS[i+1])
	}
	isLMS := func(i int) bool { return i > 0 && isS[i] && !isS[i-1] }

	cnt := make([]int32, k)
	for _, c := range text {
		if c < 0 || int(c) >= k {
			panic("sarray: sais: symbol outside the alphabet")
		}
		cnt[c]++
	}
	bkt := make([]int32, k)
	ends := func() {
		var s int32
		for c, v := range cnt {
			s += v
			bkt[c] = s
		}
	}
	starts := func() {
		var s int32
		for c, v := range cnt {
			bkt[c] = s
			s += v
		}
	}
	induce := func() {
		starts()
		// The last suffix is L-type and comes first among the suffixes of its bucket
		// that the sentinel precedes.
		c := text[n-1]
		sa[bkt[c]] = int32(n - 1)
		bkt[c]++
		// While L-types are induced the array holds only L-type and LMS suffixes;
		// for either, the preceding suffix is L-type exactly when its symbol is not
		// smaller, which saves reading isS at a random place.
		for i := 0; i < n; i++ {
			p := sa[i]
			if p > 0 {
				if c := text[p-1]; c >= text[p] {
					sa[bkt[c]] = p - 1
					bkt[c]++
				}
			}
		}
		ends()
		// The preceding suffix is S-type when its symbol is smaller, or equal and
		// this suffix is S-type.
		for i := n - 1; i >= 0; i-- {
			p := sa[i]
			if p > 0 {
				c, d := text[p-1], text[p]
				if c < d || (c == d && isS[p]) {
					bkt[c]--
					sa[bkt[c]] = p - 1
				}
			}
		}
	}

	// 1. Sort the LMS substrings: LMS positions at their bucket ends, then induce.
	for i := range sa {
		sa[i] = -1
	}
	ends()
	for i := n - 1; i >= 1; i-- {
		if isLMS(i) {
			c := text[i]
			bkt[c]--
			sa[bkt[c]] = int32(i)
		}
	}
	induce()

	// 2. Name the sorted LMS substrings; equal substrings share a name.
	m := 0
	for i := 0; i < n; i++ {
		if isLMS(int(sa[i])) {
			sa[m] = sa[i]
			m++
		}
	}
	for i := m; i < n; i++ {
		sa[i] = -1
	}
	name := 0
	prev := -1
	for i := 0; i < m; i++ {
		pos := int(sa[i])
		diff := prev < 0
		for d := 0; !diff; d++ {
			if pos+d == n || prev+d == n || text[pos+d] != text[prev+d] || isS[pos+d] != isS[prev+d] {
				diff = true
				break
			}
			if d > 0 && (isLMS(pos+d) || isLMS(prev+d)) {
				break // both end here (types matched so far): equal substrings
			}
		}
		if diff {
			name++
			prev = pos
		}
		sa[m+pos/2] = int32(name - 1)
	}
	j := n - 1
	for i := n - 1; i >= m; i-- {
		if sa[i] >= 0 {
			sa[j] = sa[i]
			j--
		}
	}
	s1 := sa[n-m:]

	// 3. Sort the LMS suffixes: recurse when names repeat.
	if name < m {
		sais(s1, sa[:m], name)
	} else {
		for i := 0; i < m; i++ {
			sa[s1[i]] = int32(i)
		}
	}
	j = 0
	for i := 1; i < n; i++ {
		if isLMS(i) {
			s1[j] = int32(i)
			j++
		}
	}
	for i := 0; i < m; i++ {
		sa[i] = s1[sa[i]]
	}

	// 4. Place the sorted LMS suffixes at their bucket ends and induce the rest.
	for i := m; i < n; i++ {
		sa[i] = -1
	}
	ends()
	for i := m - 1; i >= 0; i-- {
		p := sa[i]
		sa[i] = -1
		c := text[p]
		bkt[c]--
		sa[bkt[c]] = p
	}
	induce()
}

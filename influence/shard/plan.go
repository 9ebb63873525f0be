package shard

// Plan assigns documents, given their token counts in global order (separators not
// included), to at most s shards: it returns the first document of each non-empty
// shard followed by len(lens), so shard k holds [first[k], first[k+1]). Document i
// goes to shard ⌊s·c_i/T⌋ (at most s-1), c_i = Σ_{j<i} (lens[j]+1), T = c_len(lens).
// It panics if s < 1. O(len(lens)).
func Plan(lens []int64, s int) []int {
	if s < 1 {
		panic("shard: Plan with fewer than one shard")
	}
	var total int64
	for _, n := range lens {
		total += n + 1
	}
	first := []int{}
	prev := -1
	var c int64
	for i, n := range lens {
		k := 0
		if total > 0 {
			// c < total ≤ 2^62, s small: no overflow for any corpus poa can hold.
			k = int(min(int64(s-1), c*int64(s)/total))
		}
		if k != prev {
			first = append(first, i)
			prev = k
		}
		c += n + 1
	}
	return append(first, len(lens))
}

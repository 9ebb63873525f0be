package datanet

import (
	"context"
	"fmt"
	"hash/fnv"
	"strings"
	"unicode"

	"poa/store"
)

// DefaultNearDuplicate is the Jaccard similarity of word 2-shingles at or above which a
// new point counts as a near-duplicate of an earlier one (docs/reliability.md): one
// changed word in n keeps (n−3)/(n+1) of them, so 0.7 catches one edit in 15 words and
// two in 40; no two distinct entries of the bundled datanets come that close.
const DefaultNearDuplicate = 0.7

// minhashes and bands: 64 MinHash values in 16 bands of 4. A pair with Jaccard J shares a
// band with probability 1 − (1 − J⁴)¹⁶: 0.9999 at J = 0.7, 0.98 at 0.6, 0.12 at 0.3;
// every candidate is then checked with the exact Jaccard.
const (
	minhashes = 64
	bandRows  = 4
)

// shingles returns the set of hashed word 2-shingles of text (words: runs of letters and
// digits, lower-cased); a text of one word gives that word.
func shingles(text string) map[uint64]struct{} {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	set := map[uint64]struct{}{}
	hash := func(ws []string) uint64 {
		h := fnv.New64a()
		for _, w := range ws {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		return h.Sum64()
	}
	if len(words) < 2 {
		for _, w := range words {
			set[hash([]string{w})] = struct{}{}
		}
		return set
	}
	for i := 0; i+2 <= len(words); i++ {
		set[hash(words[i:i+2])] = struct{}{}
	}
	return set
}

// mix is splitmix64's finalizer: the i-th MinHash function is mix(x ⊕ seed_i).
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

func signature(set map[uint64]struct{}) [minhashes]uint64 {
	var sig [minhashes]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for x := range set {
		for i := range sig {
			if v := mix(x ^ (uint64(i+1) * 0x9e3779b97f4a7c15)); v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

func jaccard(a, b map[uint64]struct{}) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	inter := 0
	for x := range a {
		if _, ok := b[x]; ok {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// nearDoc is an indexed point: where it lives, who contributed it, and the point whose
// contributor its credit goes to (itself, or the original it nearly duplicates).
type nearDoc struct {
	ref, contributor, root, rootContributor string
	set                                     map[uint64]struct{}
}

// nearIndex finds indexed points similar to a text by MinHash LSH.
type nearIndex struct {
	docs    []nearDoc
	buckets map[[2]uint64][]int // (band, band hash) → docs
}

func (x *nearIndex) bandKeys(sig [minhashes]uint64) [][2]uint64 {
	keys := make([][2]uint64, 0, minhashes/bandRows)
	for b := 0; b < minhashes; b += bandRows {
		h := uint64(b)
		for _, v := range sig[b : b+bandRows] {
			h = mix(h ^ v)
		}
		keys = append(keys, [2]uint64{uint64(b), h})
	}
	return keys
}

func (x *nearIndex) add(d nearDoc) {
	i := len(x.docs)
	x.docs = append(x.docs, d)
	for _, k := range x.bandKeys(signature(d.set)) {
		x.buckets[k] = append(x.buckets[k], i)
	}
}

// best returns the most similar indexed doc with similarity ≥ threshold, or -1.
func (x *nearIndex) best(set map[uint64]struct{}, threshold float64) (int, float64) {
	best, bestJ := -1, 0.0
	seen := map[int]bool{}
	for _, k := range x.bandKeys(signature(set)) {
		for _, i := range x.buckets[k] {
			if seen[i] {
				continue
			}
			seen[i] = true
			if j := jaccard(set, x.docs[i].set); j >= threshold && (j > bestJ || j == bestJ && i < best) {
				best, bestJ = i, j
			}
		}
	}
	return best, bestJ
}

// MarkNearDuplicates sets NearDuplicateOf on each new point whose text is a
// near-duplicate (Jaccard similarity of word 2-shingles ≥ threshold) of a point stored
// in any datanet, or of an earlier point of the same import, contributed by another
// address: its attribution credit then goes to that earlier contributor (the original's
// root, when the earlier point is itself a near-duplicate). A contributor's own
// near-duplicates are left alone (they earn the same contributor nothing extra). It
// returns how many points it marked. Points already stored (same id in datanet) are
// skipped: the store drops them as duplicates. threshold ≤ 0 or > 1 marks nothing.
func MarkNearDuplicates(ctx context.Context, st *store.Store, datanet string, pts []store.DataPoint, threshold float64) (int, error) {
	if threshold <= 0 || threshold > 1 || len(pts) == 0 {
		return 0, nil
	}
	x := &nearIndex{buckets: map[[2]uint64][]int{}}
	dns, err := st.Datanets()
	if err != nil {
		return 0, err
	}
	owner := map[string]string{} // ref → contributor, to resolve stored roots
	type stored struct {
		doc     nearDoc
		dupOfID string
	}
	var all []stored
	for _, d := range dns {
		if err := st.Points(d.Name, func(p store.DataPoint) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			ref := p.Datanet + "/" + p.ID
			owner[ref] = p.Contributor
			all = append(all, stored{nearDoc{ref: ref, contributor: p.Contributor, root: ref, set: shingles(p.Text)}, p.NearDuplicateOf})
			return nil
		}); err != nil {
			return 0, fmt.Errorf("datanet %s: %w", d.Name, err)
		}
	}
	for _, s := range all {
		if s.dupOfID != "" {
			s.doc.root = s.dupOfID
		}
		s.doc.rootContributor = owner[s.doc.root]
		if s.doc.rootContributor == "" {
			s.doc.root, s.doc.rootContributor = s.doc.ref, s.doc.contributor
		}
		x.add(s.doc)
	}
	marked := 0
	for i := range pts {
		p := &pts[i]
		ref := datanet + "/" + p.ID
		if _, ok := owner[ref]; ok {
			continue // stored already, or earlier in this import: a plain duplicate
		}
		owner[ref] = p.Contributor
		set := shingles(p.Text)
		d := nearDoc{ref: ref, contributor: p.Contributor, root: ref, rootContributor: p.Contributor, set: set}
		if j, _ := x.best(set, threshold); j >= 0 {
			orig := x.docs[j]
			if orig.rootContributor != p.Contributor {
				p.NearDuplicateOf = orig.root
				d.root, d.rootContributor = orig.root, orig.rootContributor
				marked++
			}
		}
		x.add(d)
	}
	return marked, nil
}

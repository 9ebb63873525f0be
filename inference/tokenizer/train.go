package tokenizer

import (
	"container/heap"
	"fmt"
	"sort"
)

// TrainBPE learns a byte-level BPE with vocabSize ids (256 byte tokens, the merges,
// and EOT last) from texts. Pieces are counted once per distinct pre-token, then the
// most frequent adjacent pair is merged until the vocabulary is full or no pair is
// left (VocabSize then reports the smaller size). Ties go to the pair with the smaller
// (left, right) ids, so training is deterministic.
// Cost: O(total bytes) to count, then per merge O(occurrences of the merged pair).
func TrainBPE(texts []string, vocabSize int) (*BPE, error) {
	if vocabSize < 257 || vocabSize > 1<<24 {
		return nil, fmt.Errorf("%w: %d (want 257..%d)", ErrVocabSize, vocabSize, 1<<24)
	}
	counts := map[string]int64{}
	for _, text := range texts {
		pretokenize(text, func(i, j int) { counts[text[i:j]]++ })
	}
	uniq := make([]string, 0, len(counts))
	for w := range counts {
		uniq = append(uniq, w)
	}
	sort.Strings(uniq)

	type word struct {
		syms []int32
		n    int64
	}
	words := make([]word, len(uniq))
	pairs := map[uint64]int64{}
	where := map[uint64][]int32{}
	for wi, w := range uniq {
		syms := make([]int32, len(w))
		for i := 0; i < len(w); i++ {
			syms[i] = int32(w[i])
		}
		words[wi] = word{syms, counts[w]}
		for i := 0; i+1 < len(syms); i++ {
			k := pairKey(syms[i], syms[i+1])
			pairs[k] += counts[w]
			where[k] = append(where[k], int32(wi))
		}
	}
	h := &pairHeap{}
	for k, n := range pairs {
		h.items = append(h.items, pairCount{k, n})
	}
	heap.Init(h)

	pieces := make([]string, 256, vocabSize)
	for b := range pieces {
		pieces[b] = string([]byte{byte(b)})
	}
	var merges [][2]int32
	seen := make([]int32, len(words)) // merge number+1 that last visited each word
	changed := map[uint64]bool{}
	for len(pieces) < vocabSize-1 && h.Len() > 0 {
		top := heap.Pop(h).(pairCount)
		if cur := pairs[top.key]; cur != top.n || cur <= 0 {
			continue // stale entry; the current count was pushed when it changed
		}
		a, b := int32(top.key>>32), int32(uint32(top.key))
		newID := int32(len(pieces))
		pieces = append(pieces, pieces[a]+pieces[b])
		merges = append(merges, [2]int32{a, b})
		stamp := int32(len(merges))
		clear(changed)
		for _, wi := range where[top.key] {
			if seen[wi] == stamp {
				continue
			}
			seen[wi] = stamp
			w := &words[wi]
			if !hasPair(w.syms, a, b) {
				continue
			}
			for i := 0; i+1 < len(w.syms); i++ {
				k := pairKey(w.syms[i], w.syms[i+1])
				pairs[k] -= w.n
				changed[k] = true
			}
			out := w.syms[:0]
			for i := 0; i < len(w.syms); i++ {
				if i+1 < len(w.syms) && w.syms[i] == a && w.syms[i+1] == b {
					out = append(out, newID)
					i++
				} else {
					out = append(out, w.syms[i])
				}
			}
			w.syms = out
			for i := 0; i+1 < len(w.syms); i++ {
				k := pairKey(w.syms[i], w.syms[i+1])
				pairs[k] += w.n
				changed[k] = true
				if w.syms[i] == newID || w.syms[i+1] == newID {
					where[k] = append(where[k], wi)
				}
			}
		}
		delete(where, top.key)
		delete(pairs, top.key)
		for k := range changed {
			if n := pairs[k]; n > 0 {
				heap.Push(h, pairCount{k, n})
			} else {
				delete(pairs, k)
			}
		}
	}
	eot := len(pieces)
	pieces = append(pieces, "")
	return newBPE(pieces, merges, eot)
}

func hasPair(syms []int32, a, b int32) bool {
	for i := 0; i+1 < len(syms); i++ {
		if syms[i] == a && syms[i+1] == b {
			return true
		}
	}
	return false
}

type pairCount struct {
	key uint64
	n   int64
}

// pairHeap is a max-heap on count, then min on the pair's ids.
type pairHeap struct{ items []pairCount }

func (h *pairHeap) Len() int { return len(h.items) }
func (h *pairHeap) Less(i, j int) bool {
	x, y := h.items[i], h.items[j]
	return x.n > y.n || (x.n == y.n && x.key < y.key)
}
func (h *pairHeap) Swap(i, j int) { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *pairHeap) Push(x any)    { h.items = append(h.items, x.(pairCount)) }
func (h *pairHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}

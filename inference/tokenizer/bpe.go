package tokenizer

import (
	"fmt"
	"strings"
	"sync"
)

// BPE is a byte-level byte-pair-encoding tokenizer: text is pre-tokenized with GPT-2's
// pattern, each piece starts as one token per byte and the merges are applied in
// rank order. The last id or the id vocab.json gives "<|endoftext|>" is EOT.
type BPE struct {
	pieces []string        // id -> raw bytes of the token (EOT: "")
	byteID [256]int32      // byte -> id of its single-byte token
	ranks  map[uint64]rank // (left id, right id) -> merge
	merges [][2]int32      // merges in rank order
	eot    int

	mu    sync.Mutex
	cache map[string][]int32 // piece -> ids, bounded by cacheLimit
}

type rank struct {
	rank int32
	id   int32
}

const cacheLimit = 1 << 16

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// newBPE builds the encoder tables from pieces (id -> raw bytes, EOT's entry unused)
// and merges, checking that every merge's result is a token.
func newBPE(pieces []string, merges [][2]int32, eot int) (*BPE, error) {
	t := &BPE{pieces: pieces, merges: merges, eot: eot, ranks: make(map[uint64]rank, len(merges)),
		cache: map[string][]int32{}}
	for i := range t.byteID {
		t.byteID[i] = -1
	}
	byBytes := make(map[string]int32, len(pieces))
	for id, p := range pieces {
		if id == eot {
			continue
		}
		if len(p) == 1 {
			t.byteID[p[0]] = int32(id)
		}
		byBytes[p] = int32(id)
	}
	for b, id := range t.byteID {
		if id < 0 {
			return nil, fmt.Errorf("%w: no token for byte 0x%02x", ErrFormat, b)
		}
	}
	for r, m := range merges {
		id, ok := byBytes[pieces[m[0]]+pieces[m[1]]]
		if !ok {
			return nil, fmt.Errorf("%w: merge %d (%q %q): result is not in the vocabulary",
				ErrFormat, r+1, displayBytes(pieces[m[0]]), displayBytes(pieces[m[1]]))
		}
		k := pairKey(m[0], m[1])
		if _, dup := t.ranks[k]; !dup {
			t.ranks[k] = rank{int32(r), id}
		}
	}
	return t, nil
}

// VocabSize is the number of token ids, EOT included.
func (t *BPE) VocabSize() int { return len(t.pieces) }

// EOT is the id of "<|endoftext|>".
func (t *BPE) EOT() int { return t.eot }

// Merges is the number of merge rules.
func (t *BPE) Merges() int { return len(t.merges) }

// Token returns the display form of id; it panics if id is out of range.
func (t *BPE) Token(id int) string {
	t.checkID(id)
	if id == t.eot {
		return EndOfText
	}
	return displayBytes(t.pieces[id])
}

func (t *BPE) checkID(id int) {
	if id < 0 || id >= len(t.pieces) {
		panic(fmt.Sprintf("tokenizer: token id %d out of range [0, %d)", id, len(t.pieces)))
	}
}

// Decode returns the text of ids; it panics on an id out of range.
func (t *BPE) Decode(ids []int) string {
	var sb strings.Builder
	for _, id := range ids {
		t.checkID(id)
		if id == t.eot {
			sb.WriteString(EndOfText)
		} else {
			sb.WriteString(t.pieces[id])
		}
	}
	return sb.String()
}

// Encode returns the ids of text. Cost: O(len(text) · log(piece length)), pieces seen
// before come from a cache.
func (t *BPE) Encode(text string) []int {
	out := make([]int, 0, len(text)/3+1)
	var scratch mergeScratch
	pretokenize(text, func(i, j int) {
		piece := text[i:j]
		t.mu.Lock()
		ids, ok := t.cache[piece]
		t.mu.Unlock()
		if !ok {
			ids = t.encodePiece(piece, &scratch)
			if len(piece) <= 64 {
				t.mu.Lock()
				if len(t.cache) >= cacheLimit {
					clear(t.cache)
				}
				t.cache[piece] = ids
				t.mu.Unlock()
			}
		}
		for _, id := range ids {
			out = append(out, int(id))
		}
	})
	return out
}

// mergeScratch holds the buffers of encodePiece: a linked list of symbols and a
// min-heap of candidate merges ordered by (rank, position).
type mergeScratch struct {
	id, next, prev []int32
	heap           []cand
}

type cand struct {
	rank, left, right, a, b, id int32
}

func candLess(x, y cand) bool {
	return x.rank < y.rank || (x.rank == y.rank && x.left < y.left)
}

// encodePiece applies the merges to one pre-token: repeatedly the lowest-ranked
// adjacent pair, leftmost first, as GPT-2's reference bpe() does. O(n log n).
func (t *BPE) encodePiece(piece string, s *mergeScratch) []int32 {
	n := len(piece)
	if n == 1 {
		return []int32{t.byteID[piece[0]]}
	}
	s.id, s.next, s.prev, s.heap = s.id[:0], s.next[:0], s.prev[:0], s.heap[:0]
	for i := 0; i < n; i++ {
		s.id = append(s.id, t.byteID[piece[i]])
		s.next = append(s.next, int32(i+1))
		s.prev = append(s.prev, int32(i-1))
	}
	s.next[n-1] = -1
	push := func(l, r int32) {
		if l < 0 || r < 0 {
			return
		}
		m, ok := t.ranks[pairKey(s.id[l], s.id[r])]
		if !ok {
			return
		}
		s.heap = append(s.heap, cand{m.rank, l, r, s.id[l], s.id[r], m.id})
		h := s.heap
		for c := len(h) - 1; c > 0; {
			p := (c - 1) / 2
			if !candLess(h[c], h[p]) {
				break
			}
			h[c], h[p] = h[p], h[c]
			c = p
		}
	}
	pop := func() cand {
		h := s.heap
		top := h[0]
		last := len(h) - 1
		h[0] = h[last]
		h = h[:last]
		for p := 0; ; {
			c := 2*p + 1
			if c >= len(h) {
				break
			}
			if c+1 < len(h) && candLess(h[c+1], h[c]) {
				c++
			}
			if !candLess(h[c], h[p]) {
				break
			}
			h[c], h[p] = h[p], h[c]
			p = c
		}
		s.heap = h
		return top
	}
	for i := 0; i+1 < n; i++ {
		push(int32(i), int32(i+1))
	}
	for len(s.heap) > 0 {
		c := pop()
		// Stale if either side has merged since the candidate was pushed.
		if s.id[c.left] != c.a || s.next[c.left] != c.right || s.id[c.right] != c.b {
			continue
		}
		s.id[c.left] = c.id
		s.id[c.right] = -1
		nx := s.next[c.right]
		s.next[c.left] = nx
		s.next[c.right] = -2 // dead: never equals a live neighbour index
		if nx >= 0 {
			s.prev[nx] = c.left
		}
		push(s.prev[c.left], c.left)
		push(c.left, nx)
	}
	var out []int32
	for i := int32(0); i >= 0; i = s.next[i] {
		out = append(out, s.id[i])
	}
	return out
}

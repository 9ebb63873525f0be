package tokenizer

import (
	"fmt"
	"strings"
	"sync"

	tk "github.com/tiktoken-go/tokenizer"
)

// gpt2 is r50k_base. The vocabulary comes from tiktoken-go; encoding runs on our
// BPE engine (the hand-written GPT-2 pre-tokenizer, merges by rank with a heap),
// which gives the same ids as tiktoken-go on valid UTF-8 (TestGPT2MatchesTiktoken)
// 3-4 times faster. r50k_base has no merges list: as in tiktoken, the pair
// merged next is the adjacent pair whose concatenation has the lowest id.
type gpt2 struct {
	bpe    *BPE
	pieces []string // id -> raw bytes; pieces[eot] = ""
}

const gpt2EOT = 50256

var (
	gpt2Once sync.Once
	gpt2Tok  *gpt2
	gpt2Err  error
)

// GPT2 returns GPT-2's tokenizer (r50k_base, 50,257 ids, EOT 50256). The vocabulary
// ships inside github.com/tiktoken-go/tokenizer; the first call builds its tables
// (about 0.2 s).
func GPT2() (Tokenizer, error) {
	gpt2Once.Do(func() { gpt2Tok, gpt2Err = newGPT2() })
	return gpt2Tok, gpt2Err
}

// r50kPieces returns r50k_base's tokens as raw bytes, by id, from tiktoken-go.
func r50kPieces() (tk.Codec, []string, error) {
	c, err := tk.Get(tk.R50kBase)
	if err != nil {
		return nil, nil, fmt.Errorf("tokenizer: r50k_base: %w", err)
	}
	c.SetErrorMode(tk.ErrorModeNone)
	pieces := make([]string, gpt2EOT+1)
	buf := make([]uint, 1)
	for id := 0; id < gpt2EOT; id++ {
		buf[0] = uint(id)
		s, err := c.Decode(buf)
		if err != nil {
			return nil, nil, fmt.Errorf("tokenizer: r50k_base token %d: %w", id, err)
		}
		pieces[id] = s
	}
	return c, pieces, nil
}

func newGPT2() (*gpt2, error) {
	_, pieces, err := r50kPieces()
	if err != nil {
		return nil, err
	}
	byBytes := make(map[string]int32, len(pieces))
	for id, p := range pieces[:gpt2EOT] {
		byBytes[p] = int32(id)
	}
	t := &BPE{pieces: pieces, eot: gpt2EOT, ranks: map[uint64]rank{}, cache: map[string][]int32{}}
	for i := range t.byteID {
		t.byteID[i] = -1
	}
	for id, p := range pieces[:gpt2EOT] {
		if len(p) == 1 {
			t.byteID[p[0]] = int32(id)
			continue
		}
		// Every split of the token into two tokens is a pair that merges into it.
		for k := 1; k < len(p); k++ {
			l, okl := byBytes[p[:k]]
			r, okr := byBytes[p[k:]]
			if okl && okr {
				t.ranks[pairKey(l, r)] = rank{int32(id), int32(id)}
			}
		}
	}
	for b, id := range t.byteID {
		if id < 0 {
			return nil, fmt.Errorf("tokenizer: r50k_base has no token for byte 0x%02x", b)
		}
	}
	return &gpt2{bpe: t, pieces: pieces}, nil
}

func (t *gpt2) VocabSize() int { return gpt2EOT + 1 }
func (t *gpt2) EOT() int       { return gpt2EOT }

func (t *gpt2) checkID(id int) {
	if id < 0 || id > gpt2EOT {
		panic(fmt.Sprintf("tokenizer: token id %d out of range [0, %d)", id, gpt2EOT+1))
	}
}

func (t *gpt2) Token(id int) string {
	t.checkID(id)
	if id == gpt2EOT {
		return EndOfText
	}
	return displayBytes(t.pieces[id])
}

func (t *gpt2) Decode(ids []int) string {
	var sb strings.Builder
	for _, id := range ids {
		t.checkID(id)
		if id == gpt2EOT {
			sb.WriteString(EndOfText)
		} else {
			sb.WriteString(t.pieces[id])
		}
	}
	return sb.String()
}

// Encode pre-tokenizes text with GPT-2's pattern and applies r50k_base's merges.
// Bytes that are not valid UTF-8 count as punctuation-class characters.
func (t *gpt2) Encode(text string) []int { return t.bpe.Encode(text) }

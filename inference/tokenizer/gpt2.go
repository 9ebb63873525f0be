package tokenizer

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	tk "github.com/tiktoken-go/tokenizer"
)

// gpt2 is r50k_base through tiktoken-go, with invalid UTF-8 bytes and DEL encoded as
// single-byte tokens (tiktoken-go would replace the former by U+FFFD and drop DEL).
type gpt2 struct {
	codec  tk.Codec
	pieces []string // id -> raw bytes; pieces[eot] = ""
	byteID [256]int
}

const gpt2EOT = 50256

var (
	gpt2Once sync.Once
	gpt2Tok  *gpt2
	gpt2Err  error
)

// GPT2 returns GPT-2's tokenizer (r50k_base, 50,257 ids, EOT 50256). The vocabulary
// ships inside github.com/tiktoken-go/tokenizer; the first call builds its tables.
func GPT2() (Tokenizer, error) {
	gpt2Once.Do(func() { gpt2Tok, gpt2Err = newGPT2() })
	return gpt2Tok, gpt2Err
}

func newGPT2() (*gpt2, error) {
	c, err := tk.Get(tk.R50kBase)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: r50k_base: %w", err)
	}
	c.SetErrorMode(tk.ErrorModeNone)
	t := &gpt2{codec: c, pieces: make([]string, gpt2EOT+1)}
	for i := range t.byteID {
		t.byteID[i] = -1
	}
	buf := make([]uint, 1)
	for id := 0; id < gpt2EOT; id++ {
		buf[0] = uint(id)
		s, err := c.Decode(buf)
		if err != nil {
			return nil, fmt.Errorf("tokenizer: r50k_base token %d: %w", id, err)
		}
		t.pieces[id] = s
		if len(s) == 1 {
			t.byteID[s[0]] = id
		}
	}
	for b, id := range t.byteID {
		if id < 0 {
			return nil, fmt.Errorf("tokenizer: r50k_base has no token for byte 0x%02x", b)
		}
	}
	return t, nil
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

// Encode tokenizes each maximal valid UTF-8 run with r50k_base and each invalid
// byte as its single-byte token.
func (t *gpt2) Encode(text string) []int {
	var out []int
	for len(text) > 0 {
		n := validPrefix(text)
		if n > 0 {
			ids, _, err := t.codec.Encode(text[:n])
			if err != nil {
				// ErrorModeNone never fails on valid UTF-8; a failure is a bug in the codec.
				panic(fmt.Sprintf("tokenizer: r50k_base encode: %v", err))
			}
			for _, id := range ids {
				out = append(out, int(id))
			}
			text = text[n:]
			continue
		}
		out = append(out, t.byteID[text[0]])
		text = text[1:]
	}
	return out
}

// validPrefix returns the length of the longest valid UTF-8 prefix of s without
// U+007F: the regexp engine under tiktoken-go (regexp2) matches DEL with none of
// r50k's pre-tokenization classes and would drop it, so DEL is encoded as its byte.
func validPrefix(s string) int {
	i := 0
	for i < len(s) {
		if s[i] == 0x7f {
			break
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			break
		}
		i += w
	}
	return i
}

package tokenizer

import (
	"unicode"
	"unicode/utf8"
)

// pretokenize splits s into the pieces GPT-2's pre-tokenization pattern
//
//	's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
//
// matches, calling fn with each piece's byte range; the pieces tile s exactly.
// It is the pattern written out by hand (Go's regexp has no look-ahead), checked
// against a backtracking regexp engine by the tests. A byte that is not valid
// UTF-8 counts as one character of the "other" class (neither space, letter nor digit).
// Cost: O(len(s)).
func pretokenize(s string, fn func(start, end int)) {
	for i := 0; i < len(s); {
		j := matchAt(s, i)
		fn(i, j)
		i = j
	}
}

type charClass uint8

const (
	classSpace charClass = iota
	classLetter
	classNumber
	classOther
)

func classOf(r rune) charClass {
	switch {
	case isSpace(r):
		return classSpace
	case unicode.IsLetter(r):
		return classLetter
	case unicode.IsNumber(r):
		return classNumber
	}
	return classOther
}

// isSpace is \s of the pattern: ASCII white space, U+0085 and the Unicode Z category.
func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	return r == 0x85 || unicode.Is(unicode.Z, r)
}

func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runEnd returns the end of the run of class c that starts at i.
func runEnd(s string, i int, c charClass) int {
	for i < len(s) {
		r, w := runeAt(s, i)
		if classOf(r) != c {
			break
		}
		i += w
	}
	return i
}

var contractions = [...]string{"s", "t", "re", "ve", "m", "ll", "d"}

// matchAt returns the end of the piece that starts at i (< len(s)).
func matchAt(s string, i int) int {
	r, _ := runeAt(s, i)
	if r == '\'' && i+1 < len(s) {
		rest := s[i+1:]
		for _, c := range contractions {
			if len(rest) >= len(c) && rest[:len(c)] == c {
				return i + 1 + len(c)
			}
		}
	}
	if r == ' ' && i+1 < len(s) {
		r2, _ := runeAt(s, i+1)
		if c := classOf(r2); c != classSpace {
			return runEnd(s, i+1, c)
		}
	}
	if c := classOf(r); c != classSpace {
		return runEnd(s, i, c)
	}
	// White space: \s+(?!\S) takes the run but its last character when a non-space
	// follows; a single space before a non-space falls to \s+.
	k := runEnd(s, i, classSpace)
	if k == len(s) {
		return k
	}
	_, lw := utf8.DecodeLastRuneInString(s[i:k])
	if k-lw > i {
		return k - lw
	}
	return k
}

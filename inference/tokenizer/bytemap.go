package tokenizer

import "strings"

// GPT-2's byte→unicode alphabet: printable Latin-1 bytes map to themselves, the other
// 68 bytes to code points from U+0100 up, so every byte string has a printable,
// whitespace-free display form (a space becomes 'Ġ', a newline 'Ċ').
var (
	byteToRune [256]rune
	runeToByte = map[rune]byte{}
)

func init() {
	n := 0
	for b := 0; b < 256; b++ {
		if (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF) {
			byteToRune[b] = rune(b)
		} else {
			byteToRune[b] = rune(256 + n)
			n++
		}
		runeToByte[byteToRune[b]] = byte(b)
	}
}

// displayBytes renders raw token bytes in the byte→unicode alphabet.
func displayBytes(b string) string {
	var sb strings.Builder
	sb.Grow(2 * len(b))
	for i := 0; i < len(b); i++ {
		sb.WriteRune(byteToRune[b[i]])
	}
	return sb.String()
}

// undisplay maps a byte→unicode string back to raw bytes; ok is false if it holds a
// rune outside the alphabet.
func undisplay(s string) (string, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		b, ok := runeToByte[r]
		if !ok {
			return "", false
		}
		out = append(out, b)
	}
	return string(out), true
}

package tokenizer

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dlclark/regexp2/v2"
)

// The GPT-2 pattern run by a backtracking engine: the independent truth for pretokenize.
var gpt2Pattern = regexp2.MustCompile(`'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`, regexp2.None)

func regexPieces(t testing.TB, s string) []string {
	t.Helper()
	var out []string
	m, err := gpt2Pattern.FindStringMatch(s)
	for ; m != nil && err == nil; m, err = gpt2Pattern.FindNextMatch(m) {
		out = append(out, m.String())
	}
	if err != nil {
		t.Fatalf("regexp2: %v", err)
	}
	return out
}

func ourPieces(s string) []string {
	var out []string
	pretokenize(s, func(i, j int) { out = append(out, s[i:j]) })
	return out
}

func checkPretokenize(t *testing.T, s string) {
	t.Helper()
	got := ourPieces(s)
	if strings.Join(got, "") != s {
		t.Fatalf("pieces of %q do not tile it: %q", s, got)
	}
	if !utf8.ValidString(s) || strings.ContainsRune(s, 0x7f) {
		// The regexp engine sees U+FFFD for invalid bytes, and regexp2 v2.5.1 matches
		// DEL with no class of the pattern (it drops it; Python's regex puts it in
		// [^\s\p{L}\p{N}], as pretokenize does): only tiling is checked.
		return
	}
	if want := regexPieces(t, s); !slices.Equal(got, want) {
		t.Fatalf("pretokenize(%q)\n got %q\nwant %q", s, got, want)
	}
}

func TestPretokenizeMatchesRegexp(t *testing.T) {
	cases := []string{
		"", " ", "  ", "a", "Hello world", "Hello  world", "hello   \n\n  there",
		"I'd've done it, I'm sure they'll", "'s'S 'll ''re", " 's", "x  ", "tab\tsep\t\tx",
		"123 4567 a1b2", " ½² Ⅻ", "café naïve 日本語 🙂🎉!!", "trailing   ", "\n", "\u3000x\u00a0y",
		"a\u0085b", "--- ... ?!", "<|endoftext|>",
	}
	b, err := readCorpus()
	if err != nil {
		t.Fatal(err)
	}
	cases = append(cases, strings.Split(b, "\n")...)
	cases = append(cases, b)
	for _, s := range cases {
		checkPretokenize(t, s)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("ab Z9'\t\n ¼é日🙂.,-\u00a0\u2028\u0085")
	for range 3000 {
		n := rng.IntN(12)
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = alphabet[rng.IntN(len(alphabet))]
		}
		checkPretokenize(t, string(rs))
	}
}

func FuzzPretokenize(f *testing.F) {
	for _, s := range []string{"Hello world", "I'll  go\n\n", " 12\xff ab", "日本 語", "'re'\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPretokenize(t, s) })
}

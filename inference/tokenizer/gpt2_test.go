package tokenizer

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode/utf8"

	"errors"
	tk "github.com/tiktoken-go/tokenizer"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestGPT2(t *testing.T) {
	tok, err := GPT2()
	if err != nil {
		t.Fatal(err)
	}
	if tok.VocabSize() != 50257 || tok.EOT() != 50256 || tok.Token(50256) != EndOfText {
		t.Fatalf("VocabSize %d EOT %d", tok.VocabSize(), tok.EOT())
	}
	// Ids published with GPT-2 (Hugging Face's tokenizer gives the same).
	known := []struct {
		text string
		ids  []int
	}{
		{"Hello world", []int{15496, 995}},
		{" the", []int{262}},
		{"\n", []int{198}},
	}
	for _, k := range known {
		if got := tok.Encode(k.text); !slices.Equal(got, k.ids) {
			t.Errorf("Encode(%q) = %v, want %v", k.text, got, k.ids)
		}
	}
	if got := tok.Token(262); got != "Ġthe" {
		t.Errorf("Token(262) = %q", got)
	}
	text, _ := readCorpus()
	for _, s := range []string{text, "\xff\xfe bad \xc3", "<|endoftext|>", ""} {
		if got := tok.Decode(tok.Encode(s)); got != s {
			t.Fatalf("round trip of %q gave %q", s, got)
		}
	}
	dir := t.TempDir()
	if err := SaveEncoding(dir, "r50k_base"); err != nil {
		t.Fatal(err)
	}
	if l, err := Load(dir); err != nil || l.VocabSize() != 50257 {
		t.Fatalf("Load(encoding.txt) = %v", err)
	}
	os.WriteFile(filepath.Join(dir, EncodingFile), []byte("cl999\n"), 0o644)
	if _, err := Load(dir); !errors.Is(err, ErrUnknownEncoding) {
		t.Fatalf("Load(unknown) = %v", err)
	}
}

func FuzzGPT2RoundTrip(f *testing.F) {
	tok, err := GPT2()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Hello world")
	f.Add("\xff a \xe2\x82")
	f.Fuzz(func(t *testing.T, s string) {
		if got := tok.Decode(tok.Encode(s)); got != s {
			t.Fatalf("round trip of %q gave %q", s, got)
		}
	})
}

// TestGPT2MatchesTiktoken compares our r50k_base encoder with tiktoken-go's on real
// text and random strings (valid UTF-8 without DEL, which tiktoken-go's regexp
// engine drops).
func TestGPT2MatchesTiktoken(t *testing.T) {
	tok, err := GPT2()
	if err != nil {
		t.Fatal(err)
	}
	codec, _, err := r50kPieces()
	if err != nil {
		t.Fatal(err)
	}
	text, _ := readCorpus()
	cases := append(strings.Split(text, "\n"), text, "", " ", "  hello   world  \n\n\t x", strings.Repeat("ab", 500),
		"12345678901234567890", "emoji 🙂🙂🙂 and CJK 日本語日本語", "'ll've'd're", "    leading", "\u00a0nbsp\u2028sep")
	rng := rand.New(rand.NewPCG(21, 22))
	alphabet := []rune("abcdeXYZ 0123'.,!?\n\té日🙂-_\u00a0")
	for range 2000 {
		rs := make([]rune, rng.IntN(40))
		for i := range rs {
			rs[i] = alphabet[rng.IntN(len(alphabet))]
		}
		cases = append(cases, string(rs))
	}
	for _, s := range cases {
		checkTiktoken(t, tok, codec, s)
	}
}

func checkTiktoken(t *testing.T, tok Tokenizer, codec tk.Codec, s string) {
	t.Helper()
	want, _, err := codec.Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	got := tok.Encode(s)
	if len(got) != len(want) {
		t.Fatalf("Encode(%q) = %v, tiktoken-go %v", s, got, want)
	}
	for i := range got {
		if uint(got[i]) != want[i] {
			t.Fatalf("Encode(%q) = %v, tiktoken-go %v", s, got, want)
		}
	}
}

func FuzzGPT2MatchesTiktoken(f *testing.F) {
	tok, err := GPT2()
	if err != nil {
		f.Fatal(err)
	}
	codec, _, err := r50kPieces()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Hello world, it's 2026!")
	f.Add("  \n\n  indented\ttabs")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsRune(s, 0x7f) {
			return
		}
		checkTiktoken(t, tok, codec, s)
	})
}

// Encode is used from several goroutines (index builds tokenize on all cores); run
// with -race to check the shared piece cache.
func TestEncodeConcurrent(t *testing.T) {
	tok, err := GPT2()
	if err != nil {
		t.Fatal(err)
	}
	text, _ := readCorpus()
	want := tok.Encode(text)
	done := make(chan []int)
	for g := 0; g < 4; g++ {
		go func() { done <- tok.Encode(text) }()
	}
	for g := 0; g < 4; g++ {
		if got := <-done; !slices.Equal(got, want) {
			t.Fatal("concurrent Encode differs")
		}
	}
}

// TestLoadBPEReadsGPT2Files writes r50k_base in the Hugging Face format (vocab.json
// and merges.txt, as GPT-2's checkpoints ship them) and checks that LoadBPE reads it
// and encodes like GPT2(). Each merge is recovered by encoding the token's bytes with
// the lower-ranked tokens only, which must leave exactly two parts.
func TestLoadBPEReadsGPT2Files(t *testing.T) {
	g, err := newGPT2()
	if err != nil {
		t.Fatal(err)
	}
	var merges strings.Builder
	merges.WriteString("#version: 0.2\n")
	for id := 256; id < gpt2EOT; id++ {
		p := g.pieces[id]
		w := make([]int32, len(p))
		for i := range w {
			w[i] = g.bpe.byteID[p[i]]
		}
		for len(w) > 2 {
			best, at := int32(-1), -1
			for i := 0; i+1 < len(w); i++ {
				if r, ok := g.bpe.ranks[pairKey(w[i], w[i+1])]; ok && r.rank < int32(id) && (best < 0 || r.rank < best) {
					best, at = r.rank, i
				}
			}
			if at < 0 {
				t.Fatalf("token %d %q: no lower-ranked merge left at %v", id, p, w)
			}
			w = append(w[:at], append([]int32{best}, w[at+2:]...)...)
		}
		if len(w) != 2 {
			t.Fatalf("token %d %q does not split in two", id, p)
		}
		merges.WriteString(displayBytes(g.pieces[w[0]]) + " " + displayBytes(g.pieces[w[1]]) + "\n")
	}
	var vocab strings.Builder
	vocab.WriteString("{")
	for id := 0; id <= gpt2EOT; id++ {
		if id > 0 {
			vocab.WriteString(",")
		}
		vocab.Write(jsonString(g.Token(id)))
		vocab.WriteString(":" + strconv.Itoa(id))
	}
	vocab.WriteString("}")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, VocabFile), []byte(vocab.String()), 0o644)
	os.WriteFile(filepath.Join(dir, MergesFile), []byte(merges.String()), 0o644)
	hf, err := LoadBPE(dir)
	if err != nil {
		t.Fatal(err)
	}
	if hf.VocabSize() != 50257 || hf.EOT() != gpt2EOT || hf.Merges() != 50000 {
		t.Fatalf("loaded %d ids, EOT %d, %d merges", hf.VocabSize(), hf.EOT(), hf.Merges())
	}
	text, _ := readCorpus()
	for _, s := range append(strings.Split(text, "\n"), text, "\xff\xfe odd bytes", "Hello world") {
		if got, want := hf.Encode(s), g.Encode(s); !slices.Equal(got, want) {
			t.Fatalf("HF-format GPT-2 encodes %q as %v, GPT2() as %v", s, got, want)
		}
	}
}

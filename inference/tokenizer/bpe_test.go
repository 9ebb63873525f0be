package tokenizer

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func readCorpus() (string, error) {
	b, err := os.ReadFile(filepath.Join("testdata", "corpus.txt"))
	return string(b), err
}

func trainedBPE(t testing.TB, vocab int) *BPE {
	t.Helper()
	text, err := readCorpus()
	if err != nil {
		t.Fatal(err)
	}
	tok, err := TrainBPE(strings.Split(text, "\n"), vocab)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// naiveTrain is the textbook BPE trainer: recount every adjacent pair of every
// pre-token occurrence after each merge. It is the reference TrainBPE must equal.
func naiveTrain(texts []string, vocab int) [][2]int32 {
	var words [][]int32
	for _, text := range texts {
		pretokenize(text, func(i, j int) {
			w := make([]int32, 0, j-i)
			for k := i; k < j; k++ {
				w = append(w, int32(text[k]))
			}
			words = append(words, w)
		})
	}
	var merges [][2]int32
	for next := int32(256); int(next) < vocab-1; next++ {
		counts := map[[2]int32]int{}
		for _, w := range words {
			for i := 0; i+1 < len(w); i++ {
				counts[[2]int32{w[i], w[i+1]}]++
			}
		}
		best, bestN := [2]int32{}, 0
		for p, n := range counts {
			if n > bestN || (n == bestN && (p[0] < best[0] || p[0] == best[0] && p[1] < best[1])) {
				best, bestN = p, n
			}
		}
		if bestN == 0 {
			break
		}
		merges = append(merges, best)
		for wi, w := range words {
			out := w[:0]
			for i := 0; i < len(w); i++ {
				if i+1 < len(w) && w[i] == best[0] && w[i+1] == best[1] {
					out = append(out, next)
					i++
				} else {
					out = append(out, w[i])
				}
			}
			words[wi] = out
		}
	}
	return merges
}

// naiveEncodePiece is GPT-2's reference bpe(): merge every occurrence of the
// lowest-ranked adjacent pair, left to right, until none is left.
func naiveEncodePiece(t *BPE, piece string) []int32 {
	w := make([]int32, len(piece))
	for i := range w {
		w[i] = t.byteID[piece[i]]
	}
	for {
		best := rank{rank: -1}
		for i := 0; i+1 < len(w); i++ {
			if r, ok := t.ranks[pairKey(w[i], w[i+1])]; ok && (best.rank < 0 || r.rank < best.rank) {
				best = r
			}
		}
		if best.rank < 0 {
			return w
		}
		m := t.merges[best.rank]
		out := w[:0:0]
		for i := 0; i < len(w); i++ {
			if i+1 < len(w) && w[i] == m[0] && w[i+1] == m[1] {
				out = append(out, best.id)
				i++
			} else {
				out = append(out, w[i])
			}
		}
		w = out
	}
}

func TestTrainBPEEqualsNaive(t *testing.T) {
	text, err := readCorpus()
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Split(text, "\n")
	for _, vocab := range []int{257, 300, 600, 1200} {
		t.Run("vocab="+strconv.Itoa(vocab), func(t *testing.T) {
			tok, err := TrainBPE(texts, vocab)
			if err != nil {
				t.Fatal(err)
			}
			want := naiveTrain(texts, vocab)
			if !slices.Equal(tok.merges, want) {
				n := 0
				for n < min(len(want), len(tok.merges)) && tok.merges[n] == want[n] {
					n++
				}
				t.Fatalf("%d merges, naive %d; first difference at merge %d", len(tok.merges), len(want), n)
			}
			if tok.VocabSize() != 256+len(want)+1 || tok.EOT() != tok.VocabSize()-1 {
				t.Fatalf("VocabSize %d EOT %d with %d merges", tok.VocabSize(), tok.EOT(), len(want))
			}
			again, _ := TrainBPE(texts, vocab)
			if !slices.Equal(again.merges, tok.merges) {
				t.Fatal("training is not deterministic")
			}
		})
	}
}

func TestEncodeEqualsNaive(t *testing.T) {
	tok := trainedBPE(t, 700)
	text, _ := readCorpus()
	rng := rand.New(rand.NewPCG(3, 4))
	check := func(s string) {
		t.Helper()
		var want []int
		pretokenize(s, func(i, j int) {
			for _, id := range naiveEncodePiece(tok, s[i:j]) {
				want = append(want, int(id))
			}
		})
		if got := tok.Encode(s); !slices.Equal(got, want) {
			t.Fatalf("Encode(%q) = %v, naive %v", s, got, want)
		}
	}
	check(text)
	for range 500 {
		i := rng.IntN(len(text))
		j := min(len(text), i+rng.IntN(200))
		check(text[i:j])
	}
	check(strings.Repeat("a", 5000)) // a long piece takes the heap path end to end
	check(strings.Repeat("the ", 300))
}

func TestBPERoundTrip(t *testing.T) {
	tok := trainedBPE(t, 600)
	text, _ := readCorpus()
	cases := []string{"", text, "\xff\xfe invalid \xc3 bytes \xed\xa0\x80", "<|endoftext|>", "\x00\x01\n"}
	for _, s := range cases {
		if got := tok.Decode(tok.Encode(s)); got != s {
			t.Fatalf("round trip of %q gave %q", s, got)
		}
	}
	if got := tok.Decode([]int{tok.EOT()}); got != EndOfText {
		t.Fatalf("Decode(EOT) = %q", got)
	}
	if slices.Contains(tok.Encode("<|endoftext|>"), tok.EOT()) {
		t.Fatal("text <|endoftext|> encoded as EOT")
	}
	if got := tok.Token(tok.Encode(" the")[0]); got != "Ġthe" {
		t.Fatalf("Token(' the') = %q, want Ġthe", got)
	}
}

func FuzzBPERoundTrip(f *testing.F) {
	tok := trainedBPE(f, 500)
	for _, s := range []string{"hello world", "\xff\x00 é", "  \n\t", "I'll 1234"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ids := tok.Encode(s)
		if got := tok.Decode(ids); got != s {
			t.Fatalf("round trip of %q gave %q", s, got)
		}
		for _, id := range ids {
			if id < 0 || id >= tok.VocabSize() || id == tok.EOT() {
				t.Fatalf("Encode(%q) produced id %d", s, id)
			}
		}
	})
}

func TestSaveLoad(t *testing.T) {
	tok := trainedBPE(t, 800)
	dir := t.TempDir()
	if err := tok.Save(dir); err != nil {
		t.Fatal(err)
	}
	back, err := LoadBPE(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.merges, tok.merges) || !slices.Equal(back.pieces, tok.pieces) || back.EOT() != tok.EOT() {
		t.Fatal("loaded tokenizer differs from the saved one")
	}
	text, _ := readCorpus()
	if !slices.Equal(back.Encode(text), tok.Encode(text)) {
		t.Fatal("loaded tokenizer encodes differently")
	}
	any, err := Load(dir)
	if err != nil || any.VocabSize() != tok.VocabSize() {
		t.Fatalf("Load: %v", err)
	}
}

func TestLoadErrors(t *testing.T) {
	tok := trainedBPE(t, 300)
	dir := t.TempDir()
	if err := tok.Save(dir); err != nil {
		t.Fatal(err)
	}
	vocab, _ := os.ReadFile(filepath.Join(dir, VocabFile))
	merges, _ := os.ReadFile(filepath.Join(dir, MergesFile))
	cases := []struct {
		name          string
		vocab, merges string
		want          string
	}{
		{"truncated vocab", string(vocab[:len(vocab)/2]), string(merges), "vocab.json"},
		{"no eot", strings.Replace(string(vocab), `"<|endoftext|>"`, `"zzzq"`, 1), string(merges), "endoftext"},
		{"sparse ids", strings.Replace(string(vocab), `": 0,`, `": 100000,`, 1), string(merges), "dense"},
		{"bad merge line", string(vocab), string(merges) + "abc\n", "merges.txt:"},
		{"unknown merge token", string(vocab), "#version: 0.2\nĠthe qqqqq\n", "merges.txt:2"},
		{"merge result missing", string(vocab), string(merges) + "Ġ !\n", "not in the vocabulary"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := parseBPE([]byte(c.vocab), []byte(c.merges), "vocab.json", "merges.txt")
			if !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want ErrFormat mentioning %q", err, c.want)
			}
		})
	}
	if _, err := Load(t.TempDir()); !errors.Is(err, ErrNoTokenizer) {
		t.Fatalf("Load(empty) = %v", err)
	}
}

func FuzzParseBPE(f *testing.F) {
	tok := trainedBPE(f, 300)
	dir := f.TempDir()
	if err := tok.Save(dir); err != nil {
		f.Fatal(err)
	}
	vocab, _ := os.ReadFile(filepath.Join(dir, VocabFile))
	merges, _ := os.ReadFile(filepath.Join(dir, MergesFile))
	f.Add(vocab, merges)
	f.Add(vocab, []byte("#version: 0.2\nĠ t\n"))
	f.Add([]byte(`{"a":0}`), []byte(""))
	f.Fuzz(func(t *testing.T, vocab, merges []byte) {
		b, err := parseBPE(vocab, merges, "vocab.json", "merges.txt")
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		s := "fuzz \xff text 123"
		if got := b.Decode(b.Encode(s)); got != s {
			t.Fatalf("loaded tokenizer does not round-trip: %q", got)
		}
	})
}

func TestTrainBPEVocabSize(t *testing.T) {
	if _, err := TrainBPE([]string{"x"}, 10); !errors.Is(err, ErrVocabSize) {
		t.Fatalf("err = %v", err)
	}
	tok, err := TrainBPE([]string{"ab ab"}, 5000)
	if err != nil {
		t.Fatal(err)
	}
	if tok.VocabSize() >= 5000 || tok.EOT() != tok.VocabSize()-1 {
		t.Fatalf("VocabSize %d for a tiny corpus", tok.VocabSize())
	}
}

func BenchmarkEncode(b *testing.B) {
	text, err := readCorpus()
	if err != nil {
		b.Fatal(err)
	}
	gpt, _ := GPT2()
	bpe := trainedBPE(b, 1000)
	for _, c := range []struct {
		name string
		tok  Tokenizer
	}{{"gpt2", gpt}, {"bpe1000", bpe}} {
		b.Run("tok="+c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				c.tok.Encode(text)
			}
		})
	}
}

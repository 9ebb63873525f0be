package tokenizer

import (
	"errors"
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

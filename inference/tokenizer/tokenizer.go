package tokenizer

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"poa/store"
)

// Tokenizer maps text to token ids and back. See the package documentation for the
// contract every implementation keeps.
type Tokenizer interface {
	// Encode returns the token ids of text (plain text: no special tokens).
	Encode(text string) []int
	// Decode returns the text of ids; EOT decodes to "<|endoftext|>".
	Decode(ids []int) string
	// Token returns the display form of one token (GPT-2 byte→unicode alphabet).
	Token(id int) string
	// VocabSize is the number of ids, EOT included.
	VocabSize() int
	// EOT is the id of the end-of-text / document separator token.
	EOT() int
}

// EndOfText is the text form of the end-of-text token.
const EndOfText = "<|endoftext|>"

// EncodingFile is the file Load reads, in a folder without vocab.json/merges.txt, to
// pick a built-in encoding; it holds one name, "r50k_base" (or "gpt2").
const EncodingFile = "encoding.txt"

// Load returns the tokenizer a model folder holds: a BPE from vocab.json and
// merges.txt, or the built-in encoding that encoding.txt names. It returns
// ErrNoTokenizer (wrapped, naming dir) when neither is there.
func Load(dir string) (Tokenizer, error) {
	if fileExists(filepath.Join(dir, VocabFile)) || fileExists(filepath.Join(dir, MergesFile)) {
		return LoadBPE(dir)
	}
	b, err := os.ReadFile(filepath.Join(dir, EncodingFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w (want %s+%s or %s)", dir, ErrNoTokenizer, VocabFile, MergesFile, EncodingFile)
	}
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	switch name := strings.TrimSpace(string(b)); name {
	case "r50k_base", "gpt2":
		return GPT2()
	default:
		return nil, fmt.Errorf("%s: %q: %w", filepath.Join(dir, EncodingFile), name, ErrUnknownEncoding)
	}
}

// SaveEncoding writes encoding.txt naming a built-in encoding ("r50k_base") into dir,
// so that Load(dir) returns it.
func SaveEncoding(dir, name string) error {
	if name != "r50k_base" && name != "gpt2" {
		return fmt.Errorf("%q: %w", name, ErrUnknownEncoding)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("tokenizer: %w", err)
	}
	if err := store.WriteFileAtomic(filepath.Join(dir, EncodingFile), []byte(name+"\n")); err != nil {
		return fmt.Errorf("tokenizer: write %s: %w", filepath.Join(dir, EncodingFile), err)
	}
	return nil
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

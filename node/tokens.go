package node

import (
	"log/slog"

	"poa/inference/tokenizer"
)

// gpt2Counter counts GPT-2 tokens for datanet statistics (nil if the tokenizer fails
// to load, which leaves counts at 0 rather than failing the import).
func gpt2Counter() func(string) int {
	tok, err := tokenizer.GPT2()
	if err != nil {
		slog.Warn("GPT-2 tokenizer unavailable; token counts will be 0", "err", err)
		return nil
	}
	return func(s string) int { return len(tok.Encode(s)) }
}

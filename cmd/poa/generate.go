package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"poa/bounds"
	"poa/inference"
	"poa/store"
)

func init() {
	var (
		adapter, model, prompt string
		maxTokens              int
		s                      inference.Sampling
	)
	c := &cobra.Command{
		Use:   "generate --prompt P [--adapter NAME] [--max-tokens N] [--temperature T --top-k K --top-p P --seed S]",
		Short: "Continue a prompt with the current model, or with an adapter over it",
		Long: `generate continues PROMPT with a KV cache. Temperature 0 (the default) is greedy;
otherwise sampling uses temperature, top-k and top-p with --seed (same seed, same
output). Generation stops at --max-tokens, at end-of-text, or at the end of the
context. logprobs are log p of each generated token under the model (natural log).

The prompt must be non-empty UTF-8. Text output escapes control characters other
than newline and tab (\x1b, \r, ...) and bytes that are not UTF-8 (\xff); --json
gives the exact text.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkText("--prompt", prompt); err != nil {
				return err
			}
			return withStore(func(st *store.Store) error {
				m, tok, rec, ad, err := openModelAdapter(st, model, adapter)
				if err != nil {
					return err
				}
				if err := bounds.First(
					flagIn("max-tokens", maxTokens, 1, m.Cfg.NPositions),
					s.Validate(m.Cfg.VocabSize),
				); err != nil {
					return err
				}
				ids := tok.Encode(prompt)
				if len(ids) > m.Cfg.NPositions {
					return fmt.Errorf("--prompt is %d tokens, the model's context is %d", len(ids), m.Cfg.NPositions)
				}
				gen, err := m.Generate(cmd.Context(), ids, maxTokens, s, ad, tok.EOT(), nil)
				if err != nil {
					return fmt.Errorf("generate: %w", err)
				}
				toks := make([]string, len(gen.Tokens))
				for i, id := range gen.Tokens {
					toks[i] = tok.Token(id)
				}
				out := struct {
					Model    string    `json:"model"`
					Adapter  string    `json:"adapter,omitempty"`
					Prompt   string    `json:"prompt"`
					Text     string    `json:"text"`
					PromptID []int     `json:"prompt_ids"`
					IDs      []int     `json:"ids"`
					Tokens   []string  `json:"tokens"`
					LogProbs []float64 `json:"logprobs"`
					Stopped  string    `json:"stopped"`
				}{rec.Name, adapter, prompt, tok.Decode(gen.Tokens), ids, gen.Tokens, toks, gen.LogProbs, gen.Stopped}
				return emit(out, func() {
					fmt.Printf("%s%s\n", printable(prompt), printable(out.Text))
				})
			})
		},
	}
	f := c.Flags()
	f.StringVar(&prompt, "prompt", "", "prompt text")
	modelAdapterFlags(c, &model, &adapter)
	f.IntVar(&maxTokens, "max-tokens", 64, "maximum tokens to generate, 1 to the model's context")
	f.Float64Var(&s.Temperature, "temperature", 0, "sampling temperature in [0, 2] (0: greedy)")
	f.IntVar(&s.TopK, "top-k", 0, "sample from the k most likely tokens, up to the vocabulary size (0: all)")
	f.Float64Var(&s.TopP, "top-p", 0, "sample from the smallest set with this much probability, in [0, 1] (0: all)")
	f.Uint64Var(&s.Seed, "seed", 1, "sampling seed")
	bindSettings(c, "temperature", "Sampling.Temperature", "top-k", "Sampling.TopK", "top-p", "Sampling.TopP")
	rootCmd.AddCommand(c)
}

package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"poa/inference"
	"poa/inference/tokenizer"
	"poa/store"
)

func init() {
	var model string
	cmd := &cobra.Command{
		Use:   "tokenize TEXT",
		Short: "Print the token ids and tokens of TEXT under a model's tokenizer (default: the current model, else GPT-2)",
		Long: `tokenize encodes TEXT with the tokenizer of --model (the files under
<data>/files/models/<model>/tokenizer), or of the current model when --model is not
given, or with GPT-2's r50k_base when there is no model or it has no tokenizer (a
note on stderr says so).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := openStore()
			if err != nil {
				if model != "" {
					return err
				}
				slog.Warn("cannot open the data directory; using GPT-2 (r50k_base)", "err", err)
				s = nil
			} else {
				defer s.Close()
			}
			tok, name, err := modelTokenizer(s, model)
			if err != nil {
				return err
			}
			ids := tok.Encode(args[0])
			toks := make([]string, len(ids))
			for i, id := range ids {
				toks[i] = tok.Token(id)
			}
			out := struct {
				Tokenizer string   `json:"tokenizer"`
				IDs       []int    `json:"ids"`
				Tokens    []string `json:"tokens"`
			}{name, ids, toks}
			return emit(out, func() {
				fmt.Printf("%d tokens (%s)\n", len(ids), name)
				for i, id := range ids {
					fmt.Printf("%6d  %s\n", id, toks[i])
				}
			})
		},
	}
	cmd.Flags().StringVar(&model, "model", "", "model whose tokenizer to use (default: GPT-2 r50k_base)")
	rootCmd.AddCommand(cmd)
}

// modelTokenizer returns the tokenizer of model in s (the current model when model
// is empty) and a name for it ("model:M" or "gpt2"); with no model, or a model folder
// without a tokenizer, it returns GPT-2 and says so on stderr. s may be nil (GPT-2).
func modelTokenizer(s *store.Store, model string) (tokenizer.Tokenizer, string, error) {
	if model == "" && s != nil {
		if name, err := inference.CurrentModel(s); err == nil {
			model = name
		}
	}
	if model != "" {
		dir, err := s.FilePath("models", model, "tokenizer")
		if err != nil {
			return nil, "", err
		}
		tok, err := tokenizer.Load(dir)
		if err == nil {
			return tok, "model:" + model, nil
		}
		if !errors.Is(err, tokenizer.ErrNoTokenizer) {
			return nil, "", fmt.Errorf("model %s: %w", model, err)
		}
		slog.Warn("model has no tokenizer; using GPT-2 (r50k_base)", "model", model, "dir", dir)
		// FilePath created the folders; leave no empty model folder behind.
		os.Remove(dir)
		os.Remove(filepath.Dir(dir))
	} else {
		slog.Info("no model given and no current model; using GPT-2 (r50k_base)")
	}
	tok, err := tokenizer.GPT2()
	return tok, "gpt2", err
}

package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"poa/inference/tokenizer"
	"poa/influence/sarray"
	"poa/store"
)

func init() {
	idx := &cobra.Command{
		Use:   "index",
		Short: "Build and inspect the suffix-array index of all datanets",
	}
	var model string
	build := &cobra.Command{
		Use:   "build",
		Short: "Tokenize every data point of every datanet and build the suffix-array index",
		Long: `build tokenizes every committed data point of every datanet with the tokenizer
of --model (default: the current model; GPT-2's r50k_base when there is none), sorts all suffixes of the corpus
(SA-IS) and writes the memory-mapped index and its document table under
<data>/files/index/sarray. Progress goes to stderr.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(func(s *store.Store) error {
				tok, name, err := modelTokenizer(s, model)
				if err != nil {
					return err
				}
				model = strings.TrimPrefix(name, "model:")
				if name == "gpt2" {
					model = ""
				}
				progress, finish := phaseBars[int64]()
				meta, err := sarray.BuildStore(cmd.Context(), s, sarray.BuildOptions{
					Tokenizer: tok, TokName: name, Model: model, Progress: progress,
				})
				finish()
				if err != nil {
					return err
				}
				return emit(meta, func() {
					fmt.Printf("indexed %d documents, %d tokens (%d-byte ids) from %d datanets with %s\n",
						meta.Docs, meta.Tokens, meta.Width, len(meta.Datanets), meta.TokName)
					fmt.Printf("tokenize %.2fs, sort %.2fs, write %.2fs; %s (%d bytes)\n",
						meta.TokenizeSec, meta.SortSec, meta.WriteSec, meta.File, meta.Bytes)
				})
			})
		},
	}
	build.Flags().StringVar(&model, "model", "", "model whose tokenizer to use (default: the current model, else GPT-2 r50k_base)")
	show := &cobra.Command{
		Use:   "show",
		Short: "Print the index record (corpus version, tokenizer, sizes) after checking the files",
		Long: `show checks the index files against the store (a stale index, one that data points
were added to since the build, is an error naming 'poa index build') and prints its
record and its span filter: the words attribution does not credit (docs/influence.md).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withCorpus(func(c *sarray.Corpus, tok tokenizer.Tokenizer) error {
				out := struct {
					sarray.Meta
					SpanFilter *sarray.SpanFilter `json:"span_filter"`
				}{c.Meta, c.SpanFilter(tok, sarray.DefaultMaxDocFrac)}
				m, f := out.Meta, out.SpanFilter
				return emit(out, func() {
					fmt.Printf("corpus %s\ntokenizer %s (%s)\n%d documents, %d tokens, built %s\n",
						m.Corpus, m.TokName, m.Tokenizer, m.Docs, m.Tokens, m.Built.Format("2006-01-02 15:04:05Z"))
					fmt.Printf("span filter %s: %d blank tokens; %d tokens standing for words in more than %d documents (%g)\n",
						sarray.SpanFilterRule, f.Blank, f.Frequent, f.Limit, f.MaxDocFrac)
				})
			})
		},
	}
	idx.AddCommand(build, show)
	rootCmd.AddCommand(idx)
}

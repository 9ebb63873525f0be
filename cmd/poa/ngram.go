package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"poa/inference/tokenizer"
	"poa/influence/sarray"
	"poa/store"
)

// withCorpus opens the store's suffix-array index with the tokenizer it was built
// with (checked by fingerprint), runs fn on them and closes the index and the store.
func withCorpus(fn func(c *sarray.Corpus, tok tokenizer.Tokenizer) error) error {
	return withStore(func(s *store.Store) error {
		var meta sarray.Meta
		if err := s.Get("index", sarray.MetaKey, &meta); err != nil {
			return fmt.Errorf("%w (run `poa index build`): %v", sarray.ErrNoIndex, err)
		}
		var (
			tok tokenizer.Tokenizer
			err error
		)
		if meta.Model == "" {
			tok, err = tokenizer.GPT2()
		} else if tok, err = tokenizer.Load(filepath.Join(s.Dir(), "files", "models", meta.Model, "tokenizer")); err != nil {
			err = fmt.Errorf("the index was built with model %q's tokenizer: %w", meta.Model, err)
		}
		if err != nil {
			return err
		}
		c, err := sarray.OpenStore(s, tok, nil)
		if err != nil {
			return err
		}
		defer c.Close()
		return fn(c, tok)
	})
}

func init() {
	ng := &cobra.Command{
		Use:   "ngram",
		Short: "Query the suffix-array index: n-gram counts and maximal matching spans",
	}
	var limit int
	count := &cobra.Command{
		Use:   "count TEXT",
		Short: "Count the occurrences of TEXT (tokenized as a whole) in all datanets",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withCorpus(func(c *sarray.Corpus, tok tokenizer.Tokenizer) error {
				q := tok.Encode(args[0])
				if len(q) == 0 {
					return fmt.Errorf("ngram count: empty TEXT")
				}
				locs, n, err := c.Locate(q, limit)
				if err != nil {
					return err
				}
				type hit struct {
					Doc int `json:"doc"`
					sarray.DocRef
					Offset int `json:"offset"`
				}
				out := struct {
					Count     int64    `json:"count"`
					IDs       []int    `json:"ids"`
					Tokens    []string `json:"tokens"`
					Locations []hit    `json:"locations"`
					Corpus    string   `json:"corpus"`
				}{Count: n, IDs: q, Corpus: c.Meta.Corpus, Locations: []hit{}}
				for _, id := range q {
					out.Tokens = append(out.Tokens, tok.Token(id))
				}
				for _, l := range locs {
					out.Locations = append(out.Locations, hit{l.Doc, c.Refs[l.Doc], l.Offset})
				}
				return emit(out, func() {
					fmt.Printf("%d occurrences of %d tokens\n", n, len(q))
					for _, h := range out.Locations {
						fmt.Printf("  %s/%s  offset %d  (%s)\n", h.Datanet, shortID(h.Point), h.Offset, h.Contributor)
					}
				})
			})
		},
	}
	count.Flags().IntVar(&limit, "limit", 10, "locations to list (0: all)")

	var o sarray.SpanOptions
	var ctxTokens int
	var words bool
	spans := &cobra.Command{
		Use:   "spans TEXT",
		Short: "Maximal matching spans of TEXT in all datanets, with their documents (OLMoTrace)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withCorpus(func(c *sarray.Corpus, tok tokenizer.Tokenizer) error {
				q := tok.Encode(args[0])
				if words {
					o.WordStart = sarray.WordStarts(tok)
				}
				sp, err := c.Spans(q, &o)
				if err != nil {
					return err
				}
				rep := c.Resolve(tok, q, sp, ctxTokens)
				out := struct {
					Tokens int                 `json:"tokens"`
					Spans  []sarray.SpanReport `json:"spans"`
					Corpus string              `json:"corpus"`
				}{len(q), orEmpty(rep), c.Meta.Corpus}
				return emit(out, func() {
					fmt.Printf("%d spans in %d tokens\n", len(rep), len(q))
					for _, r := range rep {
						fmt.Printf("[%d,%d) %q\n", r.Start, r.End, r.Text)
						for _, h := range r.Docs {
							fmt.Printf("    %s/%s (%s) @%d: %s\n", h.Datanet, shortID(h.Point), h.Contributor, h.Offset,
								strings.ReplaceAll(h.Snippet, "\n", " "))
						}
					}
				})
			})
		},
	}
	spans.Flags().IntVar(&o.MinLen, "min-len", 2, "shortest span in tokens")
	spans.Flags().Int64Var(&o.MaxCount, "max-count", 10, "drop spans occurring more often than this")
	spans.Flags().Float64Var(&o.KeepFrac, "keep-frac", 0.05, "keep at most ceil(keep-frac × tokens) spans, rarest first")
	spans.Flags().IntVar(&o.MaxDocs, "max-docs", 10, "documents per span")
	spans.Flags().IntVar(&ctxTokens, "context", 8, "snippet context in tokens each side")
	spans.Flags().BoolVar(&words, "word-starts", true, "start spans only at word starts (see sarray.WordStarts)")
	ng.AddCommand(count, spans)
	rootCmd.AddCommand(ng)
}

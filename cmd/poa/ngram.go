package main

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"poa/bounds"
	"poa/inference/tokenizer"
	"poa/influence/sarray"
	"poa/influence/shard"
	"poa/store"
)

// tokenStrings returns the display form of each token of ids.
func tokenStrings(tok tokenizer.Tokenizer, ids []int) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = tok.Token(id)
	}
	return out
}

// withCorpus opens the store's suffix-array index with the tokenizer it was built
// with (checked by fingerprint), runs fn on them and closes the index and the store.
func withCorpus(fn func(c *sarray.Corpus, tok tokenizer.Tokenizer) error) error {
	return withStore(func(s *store.Store) error {
		c, tok, err := openCorpus(s)
		if err != nil {
			return err
		}
		defer c.Close()
		return fn(c, tok)
	})
}

// openCorpus opens the store's suffix-array index with the tokenizer it was built
// with (checked by fingerprint).
func openCorpus(s *store.Store) (*sarray.Corpus, tokenizer.Tokenizer, error) {
	var meta sarray.Meta
	if err := s.Get("index", sarray.MetaKey, &meta); err != nil {
		return nil, nil, fmt.Errorf("%w (run `poa index build`): %v", sarray.ErrNoIndex, err)
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
		return nil, nil, err
	}
	c, err := sarray.OpenStore(s, tok, nil)
	if err != nil {
		return nil, nil, err
	}
	return c, tok, nil
}

// ngramIndex is what `poa ngram` queries: the monolithic index (sarray.Corpus) or a
// sharded one (shard.Index), which answer alike.
type ngramIndex interface {
	Locate(q []int, limit int) ([]sarray.Location, int64, error)
	Spans(q []int, opts *sarray.SpanOptions) ([]sarray.Span, error)
	Resolve(tok tokenizer.Tokenizer, q []int, spans []sarray.Span, context int) []sarray.SpanReport
	Ref(d int) sarray.DocRef
	CorpusVersion() string
}

type corpusIndex struct{ *sarray.Corpus }

func (c corpusIndex) Ref(d int) sarray.DocRef { return c.Refs[d] }
func (c corpusIndex) CorpusVersion() string   { return c.Meta.Corpus }

type shardIndex struct{ *shard.Index }

func (x shardIndex) Ref(d int) sarray.DocRef { return x.Refs[d] }
func (x shardIndex) CorpusVersion() string   { return x.Set.Corpus }

// withNgramIndex opens the most recently built index of the store, the sharded one
// (poa index build --shards) or the monolithic one, with its tokenizer, refusing a
// stale one, runs fn on it and closes it.
func withNgramIndex(fn func(x ngramIndex, tok tokenizer.Tokenizer) error) error {
	return withStore(func(s *store.Store) error {
		mono := func() error {
			c, tok, err := openCorpus(s)
			if err != nil {
				return err
			}
			defer c.Close()
			return fn(corpusIndex{c}, tok)
		}
		set, err := shardSet(s)
		if errors.Is(err, shard.ErrNoSet) {
			return mono()
		}
		if err != nil {
			return err
		}
		var meta sarray.Meta
		if s.Get("index", sarray.MetaKey, &meta) == nil && meta.Built.After(set.Built) {
			return mono()
		}
		dns, err := s.Datanets()
		if err != nil {
			return err
		}
		if d := sarray.Staleness(set.Counts, dns); d != "" {
			return fmt.Errorf("%w: stale: data points were added since the sharded index was built (%s); run `poa index update` or `poa index build --shards N`", sarray.ErrCorpusVersion, d)
		}
		tok, _, _, err := setTokenizer(s, set)
		if err != nil {
			return err
		}
		th := sarray.TokenizerHash(tok)
		dir, _ := shard.SetDir(s)
		x, err := shard.Open(dir, &shard.OpenOptions{Tokenizer: &th})
		if err != nil {
			return err
		}
		defer x.Close()
		return fn(shardIndex{x}, tok)
	})
}

func init() {
	ng := &cobra.Command{
		Use:   "ngram",
		Short: "Query the suffix-array index: n-gram counts and maximal matching spans",
	}
	var (
		limit     int
		textMatch bool
	)
	count := &cobra.Command{
		Use:   "count [--text-match] [--] TEXT",
		Short: "Count the occurrences of TEXT (tokenized as a whole) in all datanets",
		Long: `count tokenizes TEXT as a whole, exactly as given, and counts that token sequence
in the suffix-array index. A word's token carries the space before it: "the devil"
without a leading space is the tokens "the", " devil", which occur only where the text
starts a document or follows a newline or punctuation, so mid-sentence occurrences
(" the devil") are not counted. Quote the leading space to count those, or give
--text-match to count the text wherever it stands: the occurrences of TEXT as given
and of TEXT with a leading space, which are distinct (their first tokens differ), are
added up. Matches are of whole tokens ("the dev" does not count "the devil").

A TEXT that starts with '-' must follow '--', or it is read as a flag:
  poa ngram count -- "-foo"

JSON: count, ids and tokens (TEXT as given), forms (with --text-match: each
tokenization counted, with its ids, tokens and count), locations, corpus.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkText("TEXT", args[0]); err != nil {
				return err
			}
			if err := flagIn("limit", limit, 0, math.MaxInt); err != nil {
				return err
			}
			return withNgramIndex(func(c ngramIndex, tok tokenizer.Tokenizer) error {
				q := tok.Encode(args[0])
				if len(q) == 0 {
					return fmt.Errorf("ngram count: TEXT has no tokens")
				}
				type form struct {
					IDs    []int    `json:"ids"`
					Tokens []string `json:"tokens"`
					Count  int64    `json:"count"`
				}
				queries := [][]int{q}
				if textMatch && !strings.HasPrefix(args[0], " ") {
					if spaced := tok.Encode(" " + args[0]); !slices.Equal(spaced, q) {
						queries = append(queries, spaced)
					}
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
					Forms     []form   `json:"forms,omitempty"`
					Locations []hit    `json:"locations"`
					Corpus    string   `json:"corpus"`
				}{IDs: q, Tokens: tokenStrings(tok, q), Corpus: c.CorpusVersion(), Locations: []hit{}}
				var locs []sarray.Location
				for _, fq := range queries {
					l, n, err := c.Locate(fq, limit)
					if err != nil {
						return err
					}
					out.Count += n
					locs = append(locs, l...)
					if textMatch {
						out.Forms = append(out.Forms, form{fq, tokenStrings(tok, fq), n})
					}
				}
				slices.SortFunc(locs, func(a, b sarray.Location) int {
					return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Offset, b.Offset))
				})
				if limit > 0 && len(locs) > limit {
					locs = locs[:limit]
				}
				for _, l := range locs {
					out.Locations = append(out.Locations, hit{l.Doc, c.Ref(l.Doc), l.Offset})
				}
				return emit(out, func() {
					if textMatch {
						fmt.Printf("%d occurrences of %q\n", out.Count, args[0])
						for _, f := range out.Forms {
							fmt.Printf("  %d as %d tokens %q\n", f.Count, len(f.IDs), tok.Decode(f.IDs))
						}
					} else {
						fmt.Printf("%d occurrences of %d tokens\n", out.Count, len(q))
					}
					for _, h := range out.Locations {
						fmt.Printf("  %s/%s  offset %d  (%s)\n", h.Datanet, shortID(h.Point), h.Offset, h.Contributor)
					}
				})
			})
		},
	}
	count.Flags().IntVar(&limit, "limit", 10, "locations to list (0: all)")
	count.Flags().BoolVar(&textMatch, "text-match", false, "count TEXT wherever it stands: as given and with a leading space (mid-sentence)")

	var o sarray.SpanOptions
	var ctxTokens int
	var words bool
	spans := &cobra.Command{
		Use:   "spans [--] TEXT",
		Short: "Maximal matching spans of TEXT in all datanets, with their documents (OLMoTrace)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkText("TEXT", args[0]); err != nil {
				return err
			}
			if err := bounds.First(o.Validate(), flagIn("context", ctxTokens, 0, sarray.MaxQuery)); err != nil {
				return err
			}
			return withNgramIndex(func(c ngramIndex, tok tokenizer.Tokenizer) error {
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
				}{len(q), orEmpty(rep), c.CorpusVersion()}
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
	spans.Flags().IntVar(&o.MinLen, "min-len", 2, "shortest span in tokens (1 to 8192)")
	spans.Flags().Int64Var(&o.MaxCount, "max-count", 10, "drop spans occurring more often than this (at least 1)")
	spans.Flags().Float64Var(&o.KeepFrac, "keep-frac", 0.05, "keep at most ceil(keep-frac × tokens) spans, rarest first; in (0, 1]")
	spans.Flags().IntVar(&o.MaxDocs, "max-docs", 10, "documents per span (1 to 100000)")
	spans.Flags().IntVar(&ctxTokens, "context", 8, "snippet context in tokens each side (0 to 8192)")
	spans.Flags().BoolVar(&words, "word-starts", true, "start spans only at word starts (see sarray.WordStarts)")
	bindSettings(spans, "min-len", "SpanOptions.MinLen", "max-count", "SpanOptions.MaxCount", "keep-frac", "SpanOptions.KeepFrac", "max-docs", "SpanOptions.MaxDocs")
	ng.AddCommand(count, spans)
	rootCmd.AddCommand(ng)
}

package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/spf13/cobra"

	"poa/inference/tokenizer"
	"poa/influence/sarray"
	"poa/influence/shard"
	"poa/store"
)

func init() {
	idx := &cobra.Command{
		Use:   "index",
		Short: "Build and inspect the suffix-array index of all datanets",
	}
	var (
		model  string
		shards int
		beam   beamFlags
	)
	build := &cobra.Command{
		Use:   "build",
		Short: "Tokenize every data point of every datanet and build the suffix-array index",
		Long: `build tokenizes every committed data point of every datanet with the tokenizer
of --model (default: the current model; GPT-2's r50k_base when there is none), sorts all suffixes of the corpus
(SA-IS) and writes the memory-mapped index and its document table under
<data>/files/index/sarray. Progress goes to stderr.

With --shards N it builds a sharded index instead, under <data>/files/index/shards:
an Apache Beam pipeline tokenizes the documents, assigns them to N shards
(contiguous by document id, balanced by tokens) and writes one suffix array per
shard. --runner prism (default) runs it in this process; --runner universal submits
it to a Beam portable job server (Flink, Spark, Dataflow) at --endpoint HOST:PORT,
whose workers must see the data folder (docs/index.md). 'poa ngram' then queries
the most recently built index, sharded or not, and gives the same answers.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if cmd.Flags().Changed("shards") {
				if err := flagIn("shards", shards, 1, 4096); err != nil {
					return err
				}
			} else if cmd.Flags().Changed("runner") || cmd.Flags().Changed("endpoint") {
				return fmt.Errorf("--runner and --endpoint need --shards")
			}
			return withStore(func(s *store.Store) error {
				tok, name, err := modelTokenizer(s, model)
				if err != nil {
					return err
				}
				model = strings.TrimPrefix(name, "model:")
				if name == "gpt2" {
					model = ""
				}
				if cmd.Flags().Changed("shards") {
					return buildShards(cmd, s, tok, name, model, shard.Options{Shards: shards, Runner: beam.runner, Endpoint: beam.endpoint, Environment: beam.env}, false)
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
	build.Flags().IntVar(&shards, "shards", 0, "build a sharded index of this many shards with an Apache Beam pipeline (1 to 4096)")
	beam.add(build.Flags())
	var upd beamFlags
	update := &cobra.Command{
		Use:   "update",
		Short: "Add the data points imported since the sharded index was built, as a new shard",
		Long: `update indexes only the data points that the sharded index (poa index build --shards)
does not hold yet, as one more shard, with the same Beam pipeline; the existing
shards are kept. The corpus version then covers the whole shard set. Run
'poa index compact' to merge small shards.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(func(s *store.Store) error {
				set, err := shardSet(s)
				if err != nil {
					return err
				}
				tok, name, model, err := setTokenizer(s, set)
				if err != nil {
					return err
				}
				return buildShards(cmd, s, tok, name, model, shard.Options{Shards: 1, Runner: upd.runner, Endpoint: upd.endpoint, Environment: upd.env}, true)
			})
		},
	}
	upd.add(update.Flags())
	var maxTokens int64
	compact := &cobra.Command{
		Use:   "compact",
		Short: "Merge adjacent small shards of the sharded index",
		Long: `compact merges runs of adjacent shards whose tokens add up to at most --max-tokens
(default: the largest shard's) into one shard each, from the shards' own tokens;
document ids and every answer stay the same.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := flagIn("max-tokens", maxTokens, 0, 1<<40); err != nil {
				return err
			}
			return withStore(func(s *store.Store) error {
				dir, err := shard.SetDir(s)
				if err != nil {
					return err
				}
				set, merged, err := shard.Compact(cmd.Context(), dir, maxTokens)
				if err != nil {
					return err
				}
				return emit(set, func() {
					fmt.Printf("merged away %d shards: %d shards, %d documents, %d tokens\n", merged, len(set.Shards), set.Docs, set.Tokens)
				})
			})
		},
	}
	compact.Flags().Int64Var(&maxTokens, "max-tokens", 0, "largest merged shard in tokens (default: the largest shard's)")
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
	shardsCmd := &cobra.Command{
		Use:   "shards",
		Short: "Check the sharded index (manifests, checksums, versions) and print its set manifest",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(func(s *store.Store) error {
				if _, err := shardSet(s); err != nil {
					return err
				}
				dir, err := shard.SetDir(s)
				if err != nil {
					return err
				}
				x, err := shard.Open(dir, &shard.OpenOptions{VerifySHA256: true})
				if err != nil {
					return err
				}
				defer x.Close()
				dns, err := s.Datanets()
				if err != nil {
					return err
				}
				out := struct {
					shard.Set
					Stale string `json:"stale,omitempty"`
				}{x.Set, sarray.Staleness(x.Set.Counts, dns)}
				return emit(out, func() {
					set := out.Set
					fmt.Printf("corpus %s\ntokenizer %s (%s)\n%d shards (%d asked), %d documents, %d tokens, %d bytes, built %s by %s\n",
						set.Corpus, set.TokName, set.Tokenizer, len(set.Shards), set.Requested, set.Docs, set.Tokens, set.Bytes,
						set.Built.Format("2006-01-02 15:04:05Z"), set.Runner)
					for _, r := range set.Shards {
						fmt.Printf("  %s  documents [%d, %d)  %d tokens  %d bytes\n", r.Dir, r.FirstDoc, r.FirstDoc+r.Docs, r.Tokens, r.Bytes)
					}
					if out.Stale != "" {
						fmt.Printf("stale: %s (run `poa index update`)\n", out.Stale)
					}
				})
			})
		},
	}
	idx.AddCommand(build, show, update, compact, shardsCmd, indexSketchesCmd(), indexEmbeddingsCmd())
	rootCmd.AddCommand(idx)
}

// buildShards runs shard.Build (or shard.Add when incremental) with progress bars on
// stderr and prints the set.
func buildShards(cmd *cobra.Command, s *store.Store, tok tokenizer.Tokenizer, name, model string, o shard.Options, incremental bool) error {
	o.Tokenizer, o.TokName, o.Model = tok, name, model
	if model != "" {
		dir, err := s.FilePath("models", model, "tokenizer")
		if err != nil {
			return err
		}
		o.TokDir = dir
	}
	if exe, err := os.Executable(); err == nil {
		o.WorkerBinary = exe
	}
	progress, finish := phaseBars[int64]()
	o.Progress = progress
	var (
		set   shard.Set
		added = -1
		err   error
	)
	if incremental {
		set, added, err = shard.Add(cmd.Context(), s, o)
	} else {
		set, err = shard.Build(cmd.Context(), s, o)
	}
	finish()
	if err != nil {
		return err
	}
	return emit(set, func() {
		if added >= 0 {
			fmt.Printf("added %d documents\n", added)
		}
		fmt.Printf("%d shards (%d asked), %d documents, %d tokens with %s, %s runner, %.2fs; %d bytes (%.2f bytes/token)\n",
			len(set.Shards), set.Requested, set.Docs, set.Tokens, set.TokName, set.Runner, set.BuildSec, set.Bytes, float64(set.Bytes)/float64(max(set.Tokens, 1)))
		for _, r := range set.Shards {
			fmt.Printf("  %s  documents [%d, %d)  %d tokens\n", r.Dir, r.FirstDoc, r.FirstDoc+r.Docs, r.Tokens)
		}
	})
}

// shardSet reads the store's shard set (shard.ErrNoSet if none).
func shardSet(s *store.Store) (shard.Set, error) {
	dir, err := shard.SetDir(s)
	if err != nil {
		return shard.Set{}, err
	}
	set, err := shard.ReadSet(dir)
	if errors.Is(err, shard.ErrNoSet) {
		return set, fmt.Errorf("%w (run `poa index build --shards N`)", err)
	}
	return set, err
}

// setTokenizer loads the tokenizer a shard set was built with.
func setTokenizer(s *store.Store, set shard.Set) (tokenizer.Tokenizer, string, string, error) {
	if set.Model == "" {
		tok, err := tokenizer.GPT2()
		return tok, "gpt2", "", err
	}
	tok, err := tokenizer.Load(filepath.Join(s.Dir(), "files", "models", set.Model, "tokenizer"))
	if err != nil {
		return nil, "", "", fmt.Errorf("the sharded index was built with model %q's tokenizer: %w", set.Model, err)
	}
	return tok, set.TokName, set.Model, nil
}

// init runs the Beam worker harness when a universal runner starts this binary as a
// pipeline worker (--worker=true); beam.Init then serves the pipeline and exits.
func init() {
	for _, a := range os.Args[1:] {
		if a == "--worker=true" || a == "-worker=true" || a == "--worker" {
			flag.Parse()
			beam.Init()
			return
		}
	}
}

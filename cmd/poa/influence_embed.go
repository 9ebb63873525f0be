package main

// This file is named influence_embed.go (not embed.go) so that its init runs after
// influence.go's, which registers the "influence" command its subcommands join (Go
// runs a package's init functions in file name order).

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"poa/influence/lm"
	"poa/store"
)

func influenceCommand() *cobra.Command {
	for _, c := range rootCmd.Commands() {
		if c.Name() == "influence" {
			return c
		}
	}
	panic("poa: the influence command is not registered before influence_embed.go's init")
}

func init() {
	var eo lm.EmbedOptions
	embedCmd := &cobra.Command{
		Use:   "embed --adapter NAME [--layer L]",
		Short: "Build the embedding index of an adapter's data points (candidates for attribution)",
		Long: `embed computes the embedding of every data point of the adapter's datanets: the mean over
the point's tokens of a hidden layer of the adapter's base model (default: the residual
stream after the last block; --layer n_layer+1 is the final LayerNorm), one batched
forward pass per batch, no backward. It writes the checksummed embed index file
files/embed/NAME.emb and its record (kind index, key embed/NAME) with the model's
sha256 and the point ids of the sketch files, so a stale index is refused.

'poa attribute --candidates N' then restricts the gradient scans to the N points
nearest to the prompt+output's embedding; above 5,000 sketched points it does so by
itself (2,000 candidates) when the index exists. Re-run after retraining the base
model or adding points (and re-run 'poa influence sketch'). 'poa index embeddings
--shards N' builds the same index as shards with a Beam pipeline.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if eo.Adapter == "" {
				return fmt.Errorf("influence embed: --adapter is required")
			}
			// --layer is checked against the model by BuildEmbeddings, before it writes.
			if err := eo.Validate(); err != nil {
				return err
			}
			return withStore(func(s *store.Store) error {
				progress, finish := phaseBars[int]()
				eo.Progress = progress
				meta, err := lm.BuildEmbeddings(cmd.Context(), s, eo)
				finish()
				if err != nil {
					return err
				}
				out := meta
				out.IDs = nil // the record keeps them; the summary does not print thousands of ids
				return emit(out, func() {
					fmt.Printf("embeddings of adapter %s: %d points × %d (model %s, layer %d, mean pooling) in %s, sha256 %.16s…\n",
						meta.Adapter, meta.N, meta.Dim, meta.Model, meta.Layer, meta.File, meta.FileSHA256)
				})
			})
		},
	}
	ef := embedCmd.Flags()
	ef.StringVar(&eo.Adapter, "adapter", "", "adapter whose datanets' points are embedded (with its base model)")
	ef.IntVar(&eo.Layer, "layer", 0, "hidden layer pooled: 1..n_layer after that block, n_layer+1 final LayerNorm (0: the last block)")
	ef.IntVar(&eo.BatchSize, "batch", 16, "sequences per forward pass (1 to 1024)")
	bindSettings(embedCmd, "layer", "EmbedOptions.Layer", "batch", "EmbedOptions.BatchSize")

	var (
		ro    lm.RecallOptions
		sizes string
	)
	recallCmd := &cobra.Command{
		Use:   "candidates --adapter NAME",
		Short: "Measure the recall of embedding candidates against the exact gradient top-k",
		Long: `candidates measures how well the embedding candidates ('poa influence embed') cover the
exact top-k of the gradient scan (influence over the preconditioned sketches, a full
scan): a seeded sample of the adapter's own data points are queries, each split into
a prompt (its first third, at a word boundary) and an output (the rest); the query's
own point is left out of both sets. For each candidate set size C it reports the mean
recall |candidates ∩ top-k| / k, the fraction of queries whose top-1 is a candidate,
and the chance level C/(n−1); exact_distinct counts the distinct points of all the
exact top-k sets. JSON keys: adapter, points, queries, top_k, exact_distinct, sizes.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if ro.Adapter == "" {
				return fmt.Errorf("influence candidates: --adapter is required")
			}
			for _, f := range strings.Split(sizes, ",") {
				c, err := strconv.Atoi(strings.TrimSpace(f))
				if err != nil || c < 1 {
					return fmt.Errorf("influence candidates: --sizes %q: %q is not a positive integer", sizes, f)
				}
				ro.Candidates = append(ro.Candidates, c)
			}
			if err := ro.Validate(); err != nil {
				return err
			}
			return withStore(func(s *store.Store) error {
				progress, finish := phaseBars[int]()
				ro.Progress = progress
				rep, err := lm.CandidateRecall(cmd.Context(), s, ro)
				finish()
				if err != nil {
					return err
				}
				return emit(rep, func() {
					fmt.Printf("adapter %s: %d points, %d queries, exact top-%d of %s; embeddings of layer %d\n",
						rep.Adapter, rep.Points, rep.Queries, rep.TopK, rep.Method, rep.Layer)
					fmt.Printf("  %d distinct points in the exact top-%d over all queries\n", rep.ExactDistinct, rep.TopK)
					for _, r := range rep.Sizes {
						fmt.Printf("  %6d candidates: recall %.3f, top-1 in candidates %.3f (chance %.3f)\n", r.Candidates, r.Recall, r.Top1, r.Chance)
					}
				})
			})
		},
	}
	rf := recallCmd.Flags()
	rf.StringVar(&ro.Adapter, "adapter", "", "adapter with sketches and an embedding index")
	rf.IntVar(&ro.Queries, "queries", 50, "data points used as queries (1 to 100000)")
	rf.StringVar(&sizes, "sizes", "10,50,200", "candidate set sizes, comma-separated")
	rf.IntVar(&ro.TopK, "top", 10, "size of the exact gradient top-k (1 to 100000)")
	rf.Uint64Var(&ro.Seed, "seed", 1, "query sample seed (≥ 1)")
	bindSettings(recallCmd, "queries", "RecallOptions.Queries", "top", "RecallOptions.TopK", "sizes", "RecallOptions.Candidates")
	refuseZeroSeed(recallCmd)

	influenceCommand().AddCommand(embedCmd, recallCmd)
}

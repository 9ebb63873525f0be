package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"poa/influence/lm"
	"poa/influence/shard"
	"poa/store"
)

// indexEmbeddingsCmd is `poa index embeddings`: an adapter's embedding candidate
// index as shards built by the Beam pipeline (shard.BuildEmbeddings).
func indexEmbeddingsCmd() *cobra.Command {
	var (
		o    shard.EmbedOptions
		beam beamFlags
	)
	c := &cobra.Command{
		Use:   "embeddings --adapter NAME --shards N",
		Short: "Build an adapter's embedding candidate index as shards with an Apache Beam pipeline",
		Long: `embeddings computes the embedding of every data point of the adapter's datanets (the
mean over its tokens of a hidden layer of the base model, as 'poa influence embed')
as N shards of contiguous sketch rows under <data>/files/embed/NAME.shards, with a
Beam pipeline (Prism in this process by default): a DoFn per shard embeds its points
and writes vectors.emb (an embed index file keyed by sketch row), ids.txt and a
checksummed manifest; embeddings.json records the set with the sha256 of the
monolithic index file 'poa influence embed' writes for the same points, which every
vector equals bit for bit. 'poa attribute' and 'poa serve' take their embedding
candidates from the set (nearest points: each shard's exact top k, merged) when it
fits the base model and the adapter's points; the command says whether the set
equals the adapter's monolithic index, if one is recorded.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.Adapter == "" {
				return fmt.Errorf("index embeddings: --adapter is required")
			}
			if err := flagIn("shards", o.Shards, 1, 4096); err != nil {
				return err
			}
			if err := o.EmbedOptions.Validate(); err != nil {
				return err
			}
			o.Runner, o.Endpoint, o.Environment = beam.runner, beam.endpoint, beam.env
			if err := beam.check(); err != nil {
				return err
			}
			if exe, err := os.Executable(); err == nil {
				o.WorkerBinary = exe
			}
			return withStore(func(s *store.Store) error {
				set, err := shard.BuildEmbeddings(cmd.Context(), s, o)
				if err != nil {
					return err
				}
				out := struct {
					shard.EmbedSet
					RecordSHA256 string `json:"monolithic_sha256,omitempty"`
					Matches      bool   `json:"matches_monolithic"`
				}{EmbedSet: set}
				var meta lm.EmbedMeta
				if err := s.Get(store.KindIndex, lm.EmbedKey(o.Adapter), &meta); err == nil {
					out.RecordSHA256, out.Matches = meta.FileSHA256, meta.FileSHA256 == set.FileSHA256
				} else if !errors.Is(err, store.ErrNotFound) {
					return err
				}
				return emit(out, func() {
					fmt.Printf("%d embedding shards of adapter %s: %d points × %d (model %s, layer %d, mean pooling), %s runner, %.2fs\nequivalent file %s sha256 %.16s…\n",
						len(set.Shards), set.Adapter, set.Rows, set.Dim, set.Model, set.Layer, set.Runner, set.BuildSec, set.File, set.FileSHA256)
					switch {
					case out.RecordSHA256 == "":
						fmt.Println("the adapter has no monolithic embedding index to compare with")
					case out.Matches:
						fmt.Println("equals the adapter's monolithic embedding index")
					default:
						fmt.Printf("differs from the adapter's monolithic index %.16s… (another layer, or one of them stale)\n", out.RecordSHA256)
					}
					for _, r := range set.Shards {
						fmt.Printf("  %s  rows [%d, %d)  %d bytes\n", r.Dir, r.FirstDoc, r.FirstDoc+r.Docs, r.Bytes)
					}
				})
			})
		},
	}
	f := c.Flags()
	f.StringVar(&o.Adapter, "adapter", "", "adapter whose datanets' points are embedded (with its base model)")
	f.IntVar(&o.Shards, "shards", 2, "number of shards (1 to 4096)")
	f.IntVar(&o.Layer, "layer", 0, "hidden layer pooled: 1..n_layer after that block, n_layer+1 final LayerNorm (0: the last block)")
	f.IntVar(&o.BatchSize, "batch", 16, "sequences per forward pass (1 to 1024)")
	beam.add(f)
	bindSettings(c, "layer", "EmbedOptions.Layer", "batch", "EmbedOptions.BatchSize")
	return c
}

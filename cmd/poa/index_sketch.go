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

// indexSketchesCmd is `poa index sketches`: an adapter's gradient sketches as shards
// built by the Beam pipeline (shard.BuildSketches).
func indexSketchesCmd() *cobra.Command {
	var (
		o         shard.SketchOptions
		beam      beamFlags
		commitSet bool
	)
	c := &cobra.Command{
		Use:   "sketches --adapter NAME --shards N",
		Short: "Build an adapter's gradient sketches as shards with an Apache Beam pipeline",
		Long: `sketches computes the gradient sketches of every data point of the adapter's datanets
as N shards under <data>/files/sketches/NAME.shards, with a Beam pipeline (Prism in this
process by default): a DoFn per shard sketches its points with the adapter; the
empirical Fisher over all rows, its damping, the preconditioned sketches, their
quantization and the committed leaves follow. --fisher partial has each shard's worker
compute its partial Fisher and a Beam Combine sum them (no worker reads all rows); that
Fisher equals the exact one only up to float rounding, so the set's root may differ
from the monolithic one and is then its own (sketches.json records the mode; such a
set is not the adapter's registered commitment, and attribution does not use it,
until it is committed with --commit).
Each shard directory holds raw.sks,
pre.sks, the preconditioner state, quant.bin, leaves.bin and a checksummed manifest;
sketches.json records the root of the tree over all leaves. With the same options as
'poa influence sketch' every row and the root equal the monolithic build's; the
command says whether the root equals the adapter's stored commitment. --commit makes
the set the adapter's committed evidence (as 'poa evidence commit ADAPTER --from-set'):
attribution, prove-record, verify-record and challenge-record then read the set, and
no monolithic sketch file is needed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.Adapter == "" {
				return fmt.Errorf("index sketches: --adapter is required")
			}
			if err := flagIn("shards", o.Shards, 1, 4096); err != nil {
				return err
			}
			if err := o.SketchOptions.Validate(); err != nil {
				return err
			}
			if o.Fisher != shard.FisherExact && o.Fisher != shard.FisherPartial {
				return fmt.Errorf("index sketches: --fisher %q: want %s or %s", o.Fisher, shard.FisherExact, shard.FisherPartial)
			}
			o.Runner, o.Endpoint, o.Environment = beam.runner, beam.endpoint, beam.env
			if err := beam.check(); err != nil {
				return err
			}
			if exe, err := os.Executable(); err == nil {
				o.WorkerBinary = exe
			}
			return withStore(func(s *store.Store) error {
				set, err := shard.BuildSketches(cmd.Context(), s, o)
				if err != nil {
					return err
				}
				out := struct {
					shard.SketchSet
					CommittedRoot string `json:"committed_root,omitempty"`
					Matches       bool   `json:"matches_commitment"`
					// Committed is true with --commit: the set is now the adapter's evidence.
					Committed bool `json:"committed"`
				}{SketchSet: set}
				if commitSet {
					if _, err := shard.CommitSketchSet(cmd.Context(), s, o.Adapter, nil); err != nil {
						return err
					}
					out.Committed = true
				}
				if c, err := lm.LoadCommitment(s, o.Adapter); err == nil {
					out.CommittedRoot, out.Matches = c.SketchRoot, c.SketchRoot == set.SketchRoot
				} else if !errors.Is(err, lm.ErrNoCommitment) {
					return err
				}
				return emit(out, func() {
					fmt.Printf("%d sketch shards of adapter %s: %d rows × k=%d, shift %d, damping λ=%.4g, %s runner, %.2fs\nsketch root %s\n",
						len(set.Shards), set.Adapter, set.Rows, set.K, set.Shift, set.Damping, set.Runner, set.BuildSec, set.SketchRoot)
					switch {
					case out.Committed:
						fmt.Println("committed: the set is now the adapter's evidence (poa evidence publish posts its root)")
					case out.CommittedRoot == "":
						fmt.Println("the adapter has no stored commitment to compare with (poa influence sketch builds one)")
					case out.Matches:
						fmt.Println("equals the adapter's committed sketch root")
					default:
						fmt.Printf("differs from the adapter's committed root %s (built with other options, or stale)\n", out.CommittedRoot)
					}
					for _, r := range set.Shards {
						fmt.Printf("  %s  rows [%d, %d)  %d bytes\n", r.Dir, r.FirstDoc, r.FirstDoc+r.Docs, r.Bytes)
					}
				})
			})
		},
	}
	f := c.Flags()
	f.StringVar(&o.Adapter, "adapter", "", "adapter whose training points are sketched")
	f.IntVar(&o.Shards, "shards", 2, "number of shards (1 to 4096; boundaries fall on multiples of --batch)")
	f.IntVar(&o.KIn, "k-in", 8, "LoGra projection of each layer's input")
	f.IntVar(&o.KOut, "k-out", 8, "LoGra projection of each layer's output gradient")
	f.Uint64Var(&o.Seed, "seed", 1, "projection seed (≥ 1)")
	f.Float64Var(&o.Damping, "damping", 0, "λ in [0, 1e6] added to the Fisher (0: 0.1·tr(F)/k)")
	f.IntVar(&o.BatchSize, "batch", 8, "examples per forward/backward (1 to 1024)")
	f.StringVar(&o.Fisher, "fisher", shard.FisherExact, "how the Fisher is computed: exact (one worker over all raw rows; every row and the root equal the monolithic build's) or partial (a Beam Combine of per-shard partial sums; equal up to float rounding)")
	f.BoolVar(&commitSet, "commit", false, "make the built set the adapter's committed evidence (its root, with either --fisher mode)")
	beam.add(f)
	bindSettings(c, "k-in", "SketchOptions.KIn", "k-out", "SketchOptions.KOut", "damping", "SketchOptions.Damping", "batch", "SketchOptions.BatchSize")
	refuseZeroSeed(c)
	return c
}

package main

import (
	"fmt"
	"maps"
	"slices"

	"github.com/spf13/cobra"

	"poa/client"
	"poa/influence/lm"
	"poa/influence/logreg"
	"poa/store"
)

func init() {
	infl := &cobra.Command{
		Use:   "influence",
		Short: "Influence scorers: ground-truth evaluation and sketches",
	}
	var (
		csvPath string
		set     logreg.Settings
	)
	var lo lm.LDSOptions
	eval := &cobra.Command{
		Use:   "eval --logreg FILE.csv | --adapter NAME",
		Short: "Compare every scorer with leave-one-out retraining and mislabel detection",
		Long: `eval trains L2-regularised multinomial logistic regression (Newton, to convergence) on
a numeric CSV (last column = class; .gz accepted), removes each of a sample of training
points and retrains exactly, and reports for each scorer the correlation of predicted
and actual test-loss changes (loo_pearson, loo_spearman) and the AUC of finding 10%
flipped labels by self-influence (mislabel_auc). Seeded: the same flags give the same
numbers.

With --adapter NAME instead, eval measures the linear datamodeling score (lds) of the
sketch scorers on the language model: it holds out --queries points of the adapter's
datanets, trains an adapter (same settings and initialisation) on the rest and scores
them, retrains on --subsets random halves, and reports per scorer the Spearman
correlation between a subset's summed scores and its model's (negated) query loss,
averaged over queries. See docs/influence.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if csvPath == "" {
				if lo.Adapter == "" {
					return fmt.Errorf("influence eval: give --logreg FILE.csv (convex ground truth) or --adapter NAME (LDS on the language model)")
				}
				if err := onlyFor(cmd, "--logreg", logregFlags); err != nil {
					return err
				}
				if err := lo.Validate(); err != nil {
					return err
				}
				return evalLDS(cmd, lo)
			}
			if err := onlyFor(cmd, "--adapter (LDS)", ldsFlags); err != nil {
				return err
			}
			if err := set.Validate(); err != nil {
				return err
			}
			ds, err := logreg.LoadCSV(csvPath)
			if err != nil {
				return err
			}
			progress, finish := phaseBars[int]()
			set.Progress = progress
			rep, err := logreg.Eval(cmd.Context(), ds, set)
			finish()
			if err != nil {
				return err
			}
			return emit(rep, func() {
				fmt.Printf("%s: %d rows, %d features, %d classes; train %d, test %d; L2 %g\n",
					rep.Dataset, rep.Rows, rep.Features, rep.Classes, rep.Train, rep.Test, rep.Settings.L2)
				fmt.Printf("test accuracy %.4f, test loss %.4f; LOO: %d removed × %d queries, mean |Δloss| %.3g\n",
					rep.TestAccuracy, rep.TestLoss, rep.LOORemoved, rep.LOOQueries, rep.LOOMeanAbsChange)
				names := slices.Sorted(maps.Keys(rep.Scorers))
				fmt.Printf("%-24s %-14s %12s %12s %12s %12s\n", "scorer", "space", "loo_pearson", "loo_spearman", "pearson_tot", "mislabel_auc")
				for _, n := range names {
					r := rep.Scorers[n]
					fmt.Printf("%-24s %-14s %12.4f %12.4f %12.4f %12.4f\n", n, r.Space, r.LooPearson, r.LooSpearman, r.LooPearsonTotal, r.MislabelAUC)
				}
				fmt.Printf("%.1f s\n", rep.Seconds)
			})
		},
	}
	f := eval.Flags()
	f.StringVar(&csvPath, "logreg", "", "numeric CSV (last column = class) for the logistic-regression ground truth")
	f.Float64Var(&set.TestFrac, "test-frac", 0.3, "fraction of rows held out as test queries, in (0, 1)")
	f.Float64Var(&set.L2, "l2", 1, "L2 penalty λ > 0 of the summed objective Σℓ + λ/2‖W‖²")
	f.IntVar(&set.LOO, "loo", 100, "training points removed (one at a time) and retrained (at least 1)")
	f.IntVar(&set.Queries, "queries", 0, "test points used as queries (0: all)")
	f.IntVar(&set.SketchDim, "sketch-dim", 128, "dimension of the Gaussian gradient sketches (1 to 65536)")
	f.IntVar(&set.TRAKModels, "trak-models", 5, "random projections averaged by the TRAK scorer (1 to 1000)")
	f.Float64Var(&set.MislabelFrac, "mislabel", 0.1, "fraction of training labels flipped for mislabel detection, in (0, 0.5] (negative: skip)")
	f.Uint64Var(&set.Seed, "seed", 1, "seed of every random choice (≥ 1)")
	f.StringVar(&lo.Adapter, "adapter", "", "LDS on the language model: adapter whose base, datanets and settings are used")
	f.IntVar(&lo.Subsets, "subsets", 16, "LDS: random subsets retrained (at least 2)")
	f.Float64Var(&lo.Frac, "subset-frac", 0.5, "LDS: fraction of the pool in each subset, in (0, 1)")
	f.IntVar(&lo.Queries, "lds-queries", 16, "LDS: held-out points used as queries")
	f.IntVar(&lo.MaxPoints, "max-points", 0, "LDS: cap on the training pool (0: all)")
	f.IntVar(&lo.Steps, "steps", 0, "LDS: optimizer steps per model (0: the adapter's)")
	f.IntVar(&lo.KIn, "k-in", 8, "LDS: LoGra projection of layer inputs")
	f.IntVar(&lo.KOut, "k-out", 8, "LDS: LoGra projection of output gradients")
	f.IntVar(&lo.LOO, "lm-loo", 0, "LDS run: also retrain without this many pool points (loo_pearson, loo_spearman)")
	bindSettings(eval, "test-frac", "Settings.TestFrac", "l2", "Settings.L2", "loo", "Settings.LOO", "queries", "Settings.Queries",
		"sketch-dim", "Settings.SketchDim", "trak-models", "Settings.TRAKModels", "mislabel", "Settings.MislabelFrac",
		"subsets", "LDSOptions.Subsets", "subset-frac", "LDSOptions.Frac", "lds-queries", "LDSOptions.Queries",
		"max-points", "LDSOptions.MaxPoints", "steps", "LDSOptions.Steps", "k-in", "LDSOptions.KIn", "k-out", "LDSOptions.KOut",
		"lm-loo", "LDSOptions.LOO")
	refuseZeroSeed(eval)

	var so lm.SketchOptions
	sketch := &cobra.Command{
		Use:   "sketch --adapter NAME",
		Short: "Build the gradient sketch store of an adapter (all points of its datanets)",
		Long: `sketch computes the LoGra sketch of every data point of the adapter's datanets at the
adapter's current weights (one batched forward and backward per batch), stores them as
the flat, checksummed sketch file NAME.raw, and stores NAME.pre: the sketches
multiplied by (F + λI)⁻¹, F the empirical Fisher in sketch space, so that attribution
is one pass of dot products. Re-run it after retraining the adapter.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if so.Adapter == "" {
				return fmt.Errorf("influence sketch: --adapter is required")
			}
			// --k-in and --k-out are checked against the model by BuildSketches, before
			// it writes anything.
			if err := so.Validate(); err != nil {
				return err
			}
			return withStore(func(s *store.Store) error {
				progress, finish := phaseBars[int]()
				so.Progress = progress
				raw, pre, err := lm.BuildSketches(cmd.Context(), s, so)
				if err == nil {
					// The evidence commitment follows the sketches it commits to.
					_, err = lm.Commit(cmd.Context(), s, so.Adapter, progress)
				}
				finish()
				if err != nil {
					return err
				}
				out := struct {
					Raw store.SketchMeta `json:"raw"`
					Pre store.SketchMeta `json:"preconditioned"`
				}{raw, pre}
				return emit(out, func() {
					fmt.Printf("sketches of adapter %s: %d points × k=%d (%s, %s); damping λ=%.4g\n", so.Adapter, raw.N, raw.K, raw.Name, pre.Name, pre.Damping)
				})
			})
		},
	}
	sf := sketch.Flags()
	sf.StringVar(&so.Adapter, "adapter", "", "adapter whose training points are sketched")
	sf.IntVar(&so.KIn, "k-in", 8, "LoGra projection of each layer's input")
	sf.IntVar(&so.KOut, "k-out", 8, "LoGra projection of each layer's output gradient")
	sf.Uint64Var(&so.Seed, "seed", 1, "projection seed (≥ 1)")
	sf.Float64Var(&so.Damping, "damping", 0, "λ in [0, 1e6] added to the Fisher (0: 0.1·tr(F)/k)")
	sf.IntVar(&so.BatchSize, "batch", 8, "examples per forward/backward (1 to 1024)")
	bindSettings(sketch, "k-in", "SketchOptions.KIn", "k-out", "SketchOptions.KOut", "damping", "SketchOptions.Damping", "batch", "SketchOptions.BatchSize")
	refuseZeroSeed(sketch)

	list := &cobra.Command{
		Use:   "sketches",
		Short: "List stored gradient sketch files",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			report := func(ms []store.SketchMeta) error {
				return emit(orEmpty(ms), func() {
					for _, m := range ms {
						fmt.Printf("%-24s %-14s adapter %-12s step %-6d %d×%d crc32c %08x\n", m.Name, m.Kind, m.Adapter, m.Checkpoint, m.N, m.K, m.CRC)
					}
				})
			}
			return withStoreOrNode(cmd.Context(), func(s *store.Store) error {
				ms, err := s.Sketches("")
				if err != nil {
					return err
				}
				return report(ms)
			}, func(cl *client.Client) error {
				ms, err := remoteRecords[store.SketchMeta](cmd.Context(), cl, store.KindSketch)
				if err != nil {
					return err
				}
				return report(ms)
			})
		},
	}
	infl.AddCommand(eval, sketch, list)
	rootCmd.AddCommand(infl)
}

// The flags of influence eval that only one of its two runs reads.
var (
	logregFlags = []string{"test-frac", "l2", "loo", "queries", "sketch-dim", "trak-models", "mislabel"}
	ldsFlags    = []string{"subsets", "subset-frac", "lds-queries", "max-points", "steps", "k-in", "k-out", "lm-loo"}
)

// onlyFor refuses any of flags given on the command line: they belong to the other
// kind of run (run names it).
func onlyFor(cmd *cobra.Command, run string, flags []string) error {
	for _, n := range flags {
		if cmd.Flags().Changed(n) {
			return fmt.Errorf("--%s is for %s runs only", n, run)
		}
	}
	return nil
}

func evalLDS(cmd *cobra.Command, lo lm.LDSOptions) error {
	lo.Seed = 1
	if f := cmd.Flags().Lookup("seed"); f != nil && f.Changed {
		fmt.Sscan(f.Value.String(), &lo.Seed)
	}
	return withStore(func(s *store.Store) error {
		progress, finish := phaseBars[int]()
		lo.Progress = progress
		rep, err := lm.EvalLDS(cmd.Context(), s, lo)
		finish()
		if err != nil {
			return err
		}
		return emit(rep, func() {
			fmt.Printf("LDS of adapter %s settings on %s: pool %d, %d queries, %d subsets × %d steps; sketch k=%d; mean query loss %.3f, subset loss range %.3g\n",
				rep.Adapter, rep.Model, rep.Pool, rep.Queries, rep.Subsets, rep.Steps, rep.SketchDim, rep.FullLoss, rep.LossRange)
			names := slices.Sorted(maps.Keys(rep.Scorers))
			for _, n := range names {
				r := rep.Scorers[n]
				fmt.Printf("  %-24s lds %.4f ± %.4f", n, r.LDS, r.LDSStderr)
				if r.LooPearson != nil {
					fmt.Printf("   loo pearson %.4f spearman %.4f", *r.LooPearson, *r.LooSpearman)
				}
				fmt.Println()
			}
			fmt.Printf("%.1f s\n", rep.Seconds)
		})
	})
}

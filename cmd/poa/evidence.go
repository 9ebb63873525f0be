package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"poa/influence"
	"poa/influence/lm"
	"poa/settlement"
	"poa/store"
)

func init() {
	ev := &cobra.Command{
		Use:   "evidence",
		Short: "Committed attribution evidence of adapters: quantized sketch and corpus Merkle roots",
		Long: `An adapter's evidence commitment binds its attribution to data: the root of a
Poseidon2 Merkle tree over (data point, contributor, quantized preconditioned sketch) for
every sketched point, and the root of a tree over the tokenized documents the model and
adapter were trained on. Attribution records commit their quantized query sketch and
exact integer scores against it; the score circuit proves them (docs/trust-model.md).
poa influence sketch builds the commitment; attribute rebuilds it when it is stale.`,
	}
	commit := &cobra.Command{
		Use:   "commit ADAPTER",
		Short: "Build (or rebuild) an adapter's evidence commitment from its sketches and corpus",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(func(s *store.Store) error {
				progress, finish := phaseBars[int]()
				c, err := lm.Commit(cmd.Context(), s, args[0], progress)
				finish()
				if err != nil {
					return err
				}
				return emit(c, func() { printCommitment(c) })
			})
		},
	}
	show := &cobra.Command{
		Use:   "show ADAPTER",
		Short: "Print an adapter's stored evidence commitment",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(func(s *store.Store) error {
				c, err := lm.LoadCommitment(s, args[0])
				if err != nil {
					return err
				}
				return emit(c, func() { printCommitment(c) })
			})
		},
	}
	ev.AddCommand(commit, show)
	rootCmd.AddCommand(ev)

	verify := &cobra.Command{
		Use:   "verify-record ID",
		Short: "Recompute an attribution record from the public model, adapter and store, bit for bit",
		Long: `verify-record recomputes what an attribution record claims: the weights' hashes, the
query sketch (from the model, adapter, prompt and output) quantized and hashed, the
adapter's committed sketch and corpus roots (rebuilt from the sketch file and the
datanets), each gradient candidate's leaf, contributor and exact integer score, each
span's tokens in the cited document, and the fusion of the evidence into the record's
point and contributor scores. It also reports the quantization error of the record's
scores (Spearman rank correlation and largest relative error against the float scores).
It exits with status 1 when a check fails.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var res *lm.Verification
			err := withStore(func(s *store.Store) error {
				rec, err := settlement.Record(s, args[0])
				if errors.Is(err, store.ErrNotFound) {
					return fmt.Errorf("attribution record %q: %w (list them with poa epoch show N)", args[0], err)
				}
				if err != nil {
					return err
				}
				res, err = lm.VerifyRecord(cmd.Context(), s, rec)
				return err
			})
			if err != nil {
				return err
			}
			if err := emit(res, func() { printVerification(res) }); err != nil {
				return err
			}
			if !res.OK {
				os.Exit(1)
			}
			return nil
		},
	}
	rootCmd.AddCommand(verify)
}

func printCommitment(c *influence.Commitment) {
	fmt.Printf("evidence of adapter %s (model %s)\n", c.Adapter, c.Model)
	fmt.Printf("  sketches:    %d points × k=%d, %s shift %d, depth %d\n", c.Points, c.K, c.Rule, c.Shift, c.Depth)
	fmt.Printf("  sketch root: %s\n", c.SketchRoot)
	fmt.Printf("  corpus:      %d documents, %d tokens, depth %d\n", c.Corpus.Docs, c.Corpus.Tokens, c.Corpus.Depth)
	fmt.Printf("  corpus root: %s\n", c.Corpus.Root)
	fmt.Printf("  built %s in %.2fs\n", c.Created.Format("2006-01-02 15:04:05Z"), c.Seconds)
}

func printVerification(v *lm.Verification) {
	fmt.Printf("record %s (adapter %s)\n", v.Record, v.Adapter)
	for _, c := range v.Checks {
		mark := "ok  "
		if !c.OK {
			mark = "FAIL"
		}
		fmt.Printf("  %s %-12s %s\n", mark, c.Name, c.Detail)
	}
	if q := v.Quant; q != nil {
		fmt.Printf("  quantization: %d candidates, Spearman %.6f vs float scores, max relative error %.3g\n", q.Candidates, q.Spearman, q.MaxRelErr)
	}
	if v.OK {
		fmt.Println("verified: every check recomputes")
	} else {
		fmt.Println("NOT verified")
	}
}

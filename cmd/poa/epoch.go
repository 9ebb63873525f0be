package main

import (
	"fmt"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"poa/prover"
	"poa/store"
)

func init() {
	ec := &cobra.Command{
		Use:   "epoch",
		Short: "Settlement epochs: close the open epoch into a reward split, show closed ones",
	}
	rule := prover.DefaultFeeRule
	closeC := &cobra.Command{
		Use:   "close [--owner-bps 1000 --protocol-bps 1000 --data-bps 8000]",
		Short: "Close the open epoch: aggregate its attribution records, split the data fee, open the next",
		Long: `close sums the open epoch's attribution records (fee F, per-contributor scores,
contributors sorted by address, zero scores dropped), splits F by the fee rule into the
model owner's, the protocol's and the data contributors' parts (basis points, recorded
with the epoch), splits the data fee exactly among the scores, stores the epoch record
(kind epoch) and opens the next epoch, all in one transaction.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(func(s *store.Store) error {
				rec, err := prover.CloseEpoch(s, rule, time.Now())
				if err != nil {
					return err
				}
				return emit(rec, func() { printEpoch(rec); fmt.Printf("epoch %d is now open\n", rec.Epoch+1) })
			})
		},
	}
	closeC.Flags().Uint32Var(&rule.OwnerBps, "owner-bps", rule.OwnerBps, "model owner's share of the fee, basis points")
	closeC.Flags().Uint32Var(&rule.ProtocolBps, "protocol-bps", rule.ProtocolBps, "protocol's share, basis points")
	closeC.Flags().Uint32Var(&rule.DataBps, "data-bps", rule.DataBps, "data contributors' share, basis points (the three sum to 10000)")
	show := &cobra.Command{
		Use:   "show E",
		Short: "Show closed epoch E (fee parts, contributors, scores, payouts, commitment)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			e, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("epoch %q: not a number", args[0])
			}
			return withStore(func(s *store.Store) error {
				rec, err := prover.LoadEpoch(s, e)
				if err != nil {
					return err
				}
				return emit(rec, func() { printEpoch(rec) })
			})
		},
	}
	open := &cobra.Command{
		Use:   "open",
		Short: "Print the open epoch number",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(func(s *store.Store) error {
				e, err := prover.OpenEpoch(s)
				if err != nil {
					return err
				}
				return emit(map[string]uint64{"epoch": e}, func() { fmt.Println(e) })
			})
		},
	}
	ec.AddCommand(closeC, show, open)
	rootCmd.AddCommand(ec)
}

func printEpoch(r *prover.EpochRecord) {
	fmt.Printf("epoch %d (%s %s): %d records, fee %s = owner %s + protocol %s + data %s (bps %d/%d/%d)\n",
		r.Epoch, r.Status, r.Closed.Format(time.RFC3339), len(r.Records), r.Fee, r.OwnerFee, r.ProtocolFee, r.DataFee,
		r.FeeRule.OwnerBps, r.FeeRule.ProtocolBps, r.FeeRule.DataBps)
	for _, c := range r.Contributors {
		fmt.Printf("  %s  score %-20s payout %s\n", c.Address, c.Score, c.Payout)
	}
	fmt.Printf("  remainder %s, commitment %s\n", r.Remainder, r.Commitment)
}

package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"poa/contracts"
	"poa/settlement"
	"poa/store"
)

func init() {
	var f chainFlags
	var epoch uint64
	c := &cobra.Command{
		Use:   "post --epoch E",
		Short: "Settle a proven epoch on-chain: send its payout split, wait for the receipt, confirm",
		Long: `Posts proven epoch E (poa prove --epoch E) to the chain's Settlement: approves it to
pull the data fee in OPEN, sends settle(...), waits for the receipt and confirms the
epoch against the contract's Settled event (docs/settlement.md). Before sending it reads
the chain: an epoch the contract already settled (a run stopped after sending) is
recorded from the chain and nothing is sent. Epochs are posted in order: an earlier
closed epoch that is not posted yet is refused with the epoch to post first (poa settle
posts every unfinished epoch in order). A settlement the contract would reject (bad
proof, unfunded fee, unauthorised poster) is reported with its revert reason and not
sent.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if epoch == 0 {
				return errors.New("--epoch is required (epochs start at 1)")
			}
			return withStore(func(st *store.Store) error {
				return withDeployment(ctx, st, f, true, func(s *session, d *contracts.Deployment) error {
					rec, err := settlement.Post(ctx, st, s.target(d), epoch)
					if err != nil {
						return err
					}
					return emit(rec, func() {
						p := rec.Post
						how := "settled"
						if p.Recovered {
							how = "found settled on the chain (recorded now, nothing sent)"
						}
						fmt.Printf("epoch %d %s: tx %s, block %d, gas used %d, %s\n", epoch, how, p.Settle.TxHash.Hex(), p.Settle.Block, p.Settle.GasUsed, rec.Status)
						fmt.Printf("  %d contributors, paid %s, remainder %s, payout root %s\n", len(rec.Contributors), p.Paid, p.Remainder, p.Root.Hex())
					})
				})
			})
		},
	}
	f.add(c)
	c.Flags().Uint64Var(&epoch, "epoch", 0, "epoch to settle")
	rootCmd.AddCommand(c)
}

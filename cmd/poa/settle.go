package main

import (
	"fmt"
	"log/slog"

	"github.com/spf13/cobra"

	"poa/contracts"
	"poa/node"
	"poa/prover"
	"poa/settlement"
	"poa/store"
)

func init() {
	var f chainFlags
	var dev, noClose bool
	attest := node.AttestOptimistic
	rule := settlement.DefaultFeeRule
	basis, shape := string(settlement.BasisFused), prover.ProductAttributedShape.String()
	c := &cobra.Command{
		Use:   "settle [--no-close] [--dev] [--rpc URL …]",
		Short: "Finish every unfinished epoch in order, then close, prove and post the open one",
		Long: `settle runs the settlement state machine (docs/settlement.md) to the end on the chain
(the embedded one, or --rpc): every closed epoch that is not confirmed yet is finished
oldest first — proven with the data directory's keys of the size the deployed verifier
checks (--dev makes the deterministic development keys when missing), posted, and
confirmed against the contract's Settled event; an epoch that a stopped run had already
posted is recorded from the chain, never posted twice; an epoch the contract can no
longer accept (a later one was settled first) has its records refiled into the open
epoch. Then the open epoch is closed with the Settlement's fee rule (governed: see
poa gov; --owner-bps/--protocol-bps/--data-bps, if given, must equal it) and settled the
same way, unless --no-close, or it has no records or no data fee (reported, not an
error). An epoch closed under another rule than the Settlement's now is refiled.

Before an epoch is posted, the scores of each of its records that the chain has not
attested are proven (score circuit, development keys of the committed 64-row shape: the
first time, their setup takes minutes and about 0.6 GB under the data directory; each
proof about 20 s on 2 cores) and attested: --attest optimistic (postScores, default),
verified (attestScores) or none. An epoch settled with a record whose scores are not
attested can be voided by anyone within its challenge window, slashing the poster
(poa challenge unproven); with --attest none poa settle warns and lists them
(post.unattested).

--basis proven closes the open epoch with the scores proven from its records (see poa
epoch close --basis proven; --shape picks the attributed split shape): its proof covers
the aggregation and the split, and it is settled with settleAttributed, which reverts
unless every record is attested (--attest none then stops before posting, naming the
record).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			// The Settlement's governed fee rule splits the epoch; the flags only assert it.
			expect := settlement.FeeRule{}
			if cmd.Flags().Changed("owner-bps") || cmd.Flags().Changed("protocol-bps") || cmd.Flags().Changed("data-bps") {
				if err := rule.Check(); err != nil {
					return err
				}
				expect = rule
			}
			b, err := settlement.ParseBasis(basis)
			if err != nil {
				return fmt.Errorf("--basis: %w", err)
			}
			sh, err := prover.ParseAttributedShape(shape)
			if err != nil {
				return fmt.Errorf("--shape: %w", err)
			}
			return withStore(func(st *store.Store) error {
				return withDeployment(ctx, st, f, true, func(s *session, d *contracts.Deployment) error {
					keys := settlement.StoredKeySource(st)
					if dev {
						keys = settlement.DevKeySource(st)
					}
					o := settlement.Options{Keys: keys, FeeRule: expect, Step: func(step string) { slog.Info("settle", "step", step) },
						Basis: b, Shape: sh}
					if b == settlement.BasisProven {
						o.Rows = node.ScoreRows(st)
					}
					if attest != "none" {
						var err error
						if o.Attest, err = node.Attester(st, s.dev, attest, &node.Events{Step: o.Step}); err != nil {
							return fmt.Errorf("--attest: %w (or none)", err)
						}
					}
					run := settlement.Settle
					if noClose {
						run = settlement.Resume
					}
					rep, err := run(ctx, st, s.target(d), o)
					if err != nil {
						return err
					}
					return emit(rep, func() {
						for _, e := range rep.Resumed {
							fmt.Printf("epoch %d: %s (tx %s)\n", e.Epoch, e.Status, e.Post.Settle.TxHash.Hex())
						}
						for _, e := range rep.Refiled {
							fmt.Printf("epoch %d: refiled into the open epoch (the deployment had settled a later epoch, or its fee rule changed)\n", e)
						}
						for _, e := range rep.Voided {
							fmt.Printf("epoch %d: voided on-chain by a challenge; its records moved into the open epoch\n", e)
						}
						if e := rep.Epoch; e != nil {
							fmt.Printf("epoch %d: %s, %d contributors, data fee %s, tx %s, gas %d\n", e.Epoch, e.Status, len(e.Contributors), e.DataFee, e.Post.Settle.TxHash.Hex(), e.Post.Settle.GasUsed)
							if e.IsProven() && e.Proven != nil {
								fmt.Printf("epoch %d: scores proven from its %d attested records (attributed split %s, settleAttributed)\n", e.Epoch, len(e.Records), e.Proven.Shape)
							}
						} else if rep.Skipped != "" {
							fmt.Printf("no epoch closed: %s\n", rep.Skipped)
						}
					})
				})
			})
		},
	}
	f.add(c)
	c.Flags().BoolVar(&dev, "dev", false, "make the deterministic development keys when the data directory has none (insecure)")
	c.Flags().BoolVar(&noClose, "no-close", false, "only finish the unfinished epochs; leave the open one open")
	c.Flags().StringVar(&basis, "basis", basis, "basis of the epoch it closes: fused (fusion-v1 scores, settle) or proven (scores proven from the attested records, settleAttributed)")
	c.Flags().StringVar(&shape, "shape", shape, "attributed split shape of a proven epoch, nN-rR-cC (committed: n64-r16-c16, n8-r4-c4)")
	c.Flags().StringVar(&attest, "attest", attest, "attest each record's scores before posting its epoch: optimistic, verified or none")
	c.Flags().Uint32Var(&rule.OwnerBps, "owner-bps", rule.OwnerBps, "expected model owner's share, basis points (the Settlement's governed rule applies; a different value is refused)")
	c.Flags().Uint32Var(&rule.ProtocolBps, "protocol-bps", rule.ProtocolBps, "protocol's share, basis points")
	c.Flags().Uint32Var(&rule.DataBps, "data-bps", rule.DataBps, "data contributors' share, basis points (the three sum to 10000)")
	rootCmd.AddCommand(c)
}

package main

import (
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"poa/client"
	"poa/node"
	"poa/prover"
	"poa/settlement"
	"poa/store"
)

func init() {
	ec := &cobra.Command{
		Use:   "epoch",
		Short: "Settlement epochs: close the open epoch into a reward split, list and show them",
	}
	rule := settlement.DefaultFeeRule
	basis, shape := string(settlement.BasisFused), prover.ProductAttributedShape.String()
	closeC := &cobra.Command{
		Use:   "close [--owner-bps 1000 --protocol-bps 1000 --data-bps 8000] [--basis fused|proven]",
		Short: "Close the open epoch: aggregate its attribution records, split the data fee, open the next",
		Long: `close sums the open epoch's attribution records (fee F, per-contributor scores of the
records that paid a fee, contributors sorted by address, zero scores dropped), splits F
by the fee rule into the model owner's, the protocol's and the data contributors' parts
(basis points, recorded with the epoch), splits the data fee exactly among the scores,
stores the epoch record (status closed) and opens the next epoch, all in one
transaction. An epoch with no records, or whose data fee is 0, is not closed (nothing
to settle; posting it would spend gas to pay nothing): close exits non-zero and the
records stay open. Settle closed epochs with poa settle (or prove + post), in order.

--basis proven closes with the scores proven from the records instead (docs/proofs.md,
Epoch aggregation): each paid record hands its contributors floor(10^6·g/G) of the
totals g its score proof commits (the gradient half of the fusion, no span evidence),
summed per contributor. The epoch takes the open epoch's paid records while they fit
the attributed split shape (--shape, default n64-r16-c16: at most 64 contributors, 16
records of at most 16 contributors each); the rest stay open. poa settle then proves
the aggregation and the split in one proof, attests the records' scores and settles it
with settleAttributed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := settlement.ParseBasis(basis)
			if err != nil {
				return fmt.Errorf("--basis: %w", err)
			}
			sh, err := prover.ParseAttributedShape(shape)
			if err != nil {
				return fmt.Errorf("--shape: %w", err)
			}
			return withStore(func(s *store.Store) error {
				var rec *settlement.Epoch
				var err error
				if b == settlement.BasisProven {
					rec, err = settlement.CloseProven(cmd.Context(), s, rule, time.Now(), sh, node.ScoreRows(s))
				} else {
					rec, err = settlement.Close(s, rule, time.Now())
				}
				if err != nil {
					return err
				}
				if all, err := settlement.Epochs(s); err == nil {
					for _, e := range all {
						if e.Epoch < rec.Epoch && !e.Status.Done() {
							slog.Warn("an earlier epoch is not settled yet: poa settle finishes epochs in order", "epoch", e.Epoch, "status", e.Status)
						}
					}
				}
				return emit(rec, func() { printEpoch(rec); fmt.Printf("epoch %d is now open\n", rec.Epoch+1) })
			})
		},
	}
	closeC.Flags().Uint32Var(&rule.OwnerBps, "owner-bps", rule.OwnerBps, "model owner's share of the fee, basis points")
	closeC.Flags().Uint32Var(&rule.ProtocolBps, "protocol-bps", rule.ProtocolBps, "protocol's share, basis points")
	closeC.Flags().Uint32Var(&rule.DataBps, "data-bps", rule.DataBps, "data contributors' share, basis points (the three sum to 10000)")
	closeC.Flags().StringVar(&basis, "basis", basis, "what the epoch's scores are: fused (fusion-v1, recomputable) or proven (from the records' attested score rows, settled with settleAttributed)")
	closeC.Flags().StringVar(&shape, "shape", shape, "attributed split shape of a proven epoch, nN-rR-cC (committed: n64-r16-c16, n8-r4-c4)")
	show := &cobra.Command{
		Use:   "show E",
		Short: "Show closed epoch E (status, fee parts, contributors, scores, payouts, commitment, post)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			e, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil || e == 0 {
				return fmt.Errorf("epoch %q: not a positive number", args[0])
			}
			report := func(rec *settlement.Epoch, proven, attested int, ap *settlement.ProvenProof) error {
				out := struct {
					*settlement.Epoch
					ScoresProven   int `json:"scores_proven"`
					ScoresAttested int `json:"scores_attested"`
					// AttributedProof: a proven-basis epoch's proof once proven (GET
					// /v1/epochs/{id}'s attributed_proof).
					AttributedProof *settlement.ProvenProof `json:"attributed_proof,omitempty"`
				}{rec, proven, attested, ap}
				return emit(out, func() {
					printEpoch(rec)
					printProvenProof(ap)
					fmt.Printf("scores proven: %d of %d records (%d attested on-chain); poa prove-record ID --post proves one\n", proven, len(rec.Records), attested)
				})
			}
			return withStoreOrNode(cmd.Context(), func(s *store.Store) error {
				rec, err := settlement.LoadEpoch(s, e)
				if err != nil {
					return err
				}
				proven, attested, err := settlement.ScoresProven(s, rec.Records)
				if err != nil {
					return err
				}
				ap, err := settlement.LoadProvenSummary(s, rec)
				if err != nil {
					return err
				}
				return report(rec, proven, attested, ap)
			}, func(cl *client.Client) error {
				rec, proven, attested, ap, err := remoteEpoch(cmd.Context(), cl, e)
				if err != nil {
					return err
				}
				return report(rec, proven, attested, ap)
			})
		},
	}
	verify := &cobra.Command{
		Use:   "verify E",
		Short: "Recompute closed epoch E: every record bit for bit, then its fee parts, scores, payouts and commitment",
		Long: `verify recomputes closed epoch E from the public model, adapters and store: each of its
attribution records as poa verify-record does (query sketch, committed integer scores,
spans, fusion), then the epoch's aggregate from those records exactly as epoch close made
it (fee parts, per-contributor scores, payouts, remainder, scores commitment). It exits
with status 1 when anything fails to recompute.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			e, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil || e == 0 {
				return fmt.Errorf("epoch %q: not a positive number", args[0])
			}
			var v *node.EpochVerification
			if err := withStore(func(s *store.Store) error {
				v, err = node.VerifyEpoch(cmd.Context(), s, e)
				return err
			}); err != nil {
				return err
			}
			if err := emit(v, func() {
				for _, r := range v.Records {
					state := "ok"
					if !r.OK {
						state = "FAIL"
						for _, c := range r.Checks {
							if !c.OK {
								state += " " + c.Name + ": " + c.Detail
								break
							}
						}
					}
					fmt.Printf("record %s (%s): %s\n", r.Record, r.Adapter, state)
				}
				fmt.Printf("aggregate: %s\n", v.Aggregate)
				if v.OK {
					fmt.Printf("epoch %d verified: %d records and the aggregate recompute\n", v.Epoch, len(v.Records))
				} else {
					fmt.Printf("epoch %d NOT verified: %d of %d records fail\n", v.Epoch, v.Failed, len(v.Records))
				}
			}); err != nil {
				return err
			}
			if !v.OK {
				os.Exit(1)
			}
			return nil
		},
	}
	list := &cobra.Command{
		Use:   "list",
		Short: "List the closed epochs with their status (closed, proven, posted, confirmed, refiled) and the open one",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			report := func(all []*settlement.Epoch, open settlement.Open) error {
				out := struct {
					Epochs []*settlement.Epoch `json:"epochs"`
					Open   settlement.Open     `json:"open"`
				}{orEmpty(all), open}
				return emit(out, func() {
					for _, e := range all {
						tx := ""
						if e.Post != nil {
							tx = "tx " + e.Post.Settle.TxHash.Hex()
						}
						fmt.Printf("epoch %-4d %-9s %3d records  data fee %-22s %d contributors  %s\n", e.Epoch, e.Status, len(e.Records), e.DataFee, len(e.Contributors), tx)
					}
					fmt.Printf("epoch %-4d open      %3d records  fee %s\n", open.Epoch, open.Records, open.Fee)
				})
			}
			return withStoreOrNode(cmd.Context(), func(s *store.Store) error {
				all, err := settlement.Epochs(s)
				if err != nil {
					return err
				}
				open, err := settlement.OpenEpoch(s)
				if err != nil {
					return err
				}
				return report(all, open)
			}, func(cl *client.Client) error {
				all, err := remoteEpochs(cmd.Context(), cl)
				if err != nil {
					return err
				}
				open, err := remoteOpenEpoch(cmd.Context(), cl)
				if err != nil {
					return err
				}
				return report(all, open)
			})
		},
	}
	open := &cobra.Command{
		Use:   "open",
		Short: "Print the open epoch number",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			report := func(o settlement.Open) error { return emit(o, func() { fmt.Println(o.Epoch) }) }
			return withStoreOrNode(cmd.Context(), func(s *store.Store) error {
				o, err := settlement.OpenEpoch(s)
				if err != nil {
					return err
				}
				return report(o)
			}, func(cl *client.Client) error {
				o, err := remoteOpenEpoch(cmd.Context(), cl)
				if err != nil {
					return err
				}
				return report(o)
			})
		},
	}
	ec.AddCommand(closeC, show, verify, list, open)
	rootCmd.AddCommand(ec)
}

// printProvenProof prints a proven epoch's attributed proof summary (nil: nothing).
func printProvenProof(p *settlement.ProvenProof) {
	if p == nil {
		return
	}
	fmt.Printf("  scores proven: %v, attributed split %s (key %.16s…), %d records, record digest %s\n",
		p.ScoresProven, p.Shape, p.KeyID, len(p.Records), p.RecordDigest)
	fmt.Printf("  proof: %d bytes, keccak %s; verifier %s", p.ProofBytes, p.ProofKeccak, p.Verifier)
	if p.VerifierAddress != "" {
		fmt.Printf(" at %s", p.VerifierAddress)
	}
	fmt.Println()
	if p.SettleTx != "" {
		fmt.Printf("  settled with %s in tx %s (verified on-chain: %v)\n", p.SettleMethod, p.SettleTx, p.VerifiedOnchain)
	}
}

func printEpoch(r *settlement.Epoch) {
	fmt.Printf("epoch %d (%s, closed %s): %d records, fee %s = owner %s + protocol %s + data %s (bps %d/%d/%d)\n",
		r.Epoch, r.Status, r.Closed.Format(time.RFC3339), len(r.Records), r.Fee, r.OwnerFee, r.ProtocolFee, r.DataFee,
		r.FeeRule.OwnerBps, r.FeeRule.ProtocolBps, r.FeeRule.DataBps)
	for _, c := range r.Contributors {
		fmt.Printf("  %s  score %-20s payout %s\n", c.Address, c.Score, c.Payout)
	}
	fmt.Printf("  remainder %s, commitment %s\n", r.Remainder, r.Commitment)
	if p := r.Proven; r.IsProven() && p != nil {
		fmt.Printf("  basis proven: scores proven from %d attested records (attributed split %s); %d free records closed with it\n", len(p.Records), p.Shape, len(p.Free))
	}
	if p := r.Proof; p != nil {
		fmt.Printf("  proof: %s size %d, key %.16s…\n", p.Backend, p.Size, p.KeyID)
	}
	if p := r.Post; p != nil {
		rec := ""
		if p.Recovered {
			rec = " (recovered from the chain)"
		}
		fmt.Printf("  posted to %s: tx %s, block %d, gas %d%s\n", p.Deployment, p.Settle.TxHash.Hex(), p.Settle.Block, p.Settle.GasUsed, rec)
	}
	if p := r.Post; p != nil && p.Statement != nil {
		fmt.Printf("  signed statement: root %s, signature %s (poa epoch show %d --json: .post.statement)\n", p.Statement.Root.Hex(), p.Statement.Signature, r.Epoch)
	}
	switch r.Status {
	case settlement.Refiled:
		fmt.Printf("  refiled: its records were settled in epoch %d\n", r.RefiledTo)
	case settlement.Voided:
		fmt.Printf("  voided on-chain by a challenge: its records moved into epoch %d\n", r.RefiledTo)
	}
}

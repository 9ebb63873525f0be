package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"poa/contracts"
	"poa/store"
)

func init() {
	var f chainFlags
	var epoch uint64
	var proofFile string
	c := &cobra.Command{
		Use:   "post --epoch E",
		Short: "Settle an epoch on-chain: send its proven payout split and wait for the receipt",
		Long: `Reads the epoch's proof (store record kind "proof", key E, as written by
poa prove; or --proof FILE), approves the Settlement to pull the data fee in OPEN,
sends settle(...) and waits for the receipt. Prints the transaction hash, block and
gas used. A settlement the contract would reject (wrong epoch, replay, bad proof,
unfunded fee, unauthorised poster) is reported with its revert reason and not sent.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if epoch == 0 {
				return errors.New("--epoch is required (epochs start at 1)")
			}
			return withStore(func(st *store.Store) error {
				var (
					raw []byte
					err error
				)
				name := proofFile
				if proofFile != "" {
					if raw, err = os.ReadFile(proofFile); err != nil {
						return err
					}
				} else {
					name = fmt.Sprintf("proof record %d", epoch)
					var m map[string]any
					if err := st.Get(store.KindProof, strconv.FormatUint(epoch, 10), &m); err != nil {
						return fmt.Errorf("epoch %d: %w (run `poa prove` first)", epoch, err)
					}
					if raw, err = json.Marshal(m); err != nil {
						return err
					}
				}
				ep, backend, err := contracts.DecodeProofRecord(raw, name)
				if err != nil {
					return err
				}
				if ep.Epoch != epoch {
					return fmt.Errorf("%s is for epoch %d, not %d", name, ep.Epoch, epoch)
				}
				return withDeployment(ctx, st, f, true, func(s *session, d *contracts.Deployment) error {
					if backend.String() != d.Backend {
						return fmt.Errorf("%s is a %s proof but the deployed verifier (%s) is %s", name, backend, d.VerifierName, d.Backend)
					}
					var sized struct {
						Size int `json:"circuit_size"`
					}
					if err := json.Unmarshal(raw, &sized); err != nil {
						return fmt.Errorf("%s: %w", name, err)
					}
					if v, ok := contracts.Verifiers()[d.VerifierName]; ok && v.Size != 0 && sized.Size != v.Size {
						return fmt.Errorf("%s was made with size-%d keys but the deployed verifier %s checks size-%d proofs (it would revert with InvalidProof): run poa prove --epoch %d --size %d",
							name, sized.Size, d.VerifierName, v.Size, epoch, v.Size)
					}
					res, err := contracts.Post(ctx, s.chain, d, s.signer, ep)
					if err != nil {
						return err
					}
					rec := contracts.NewSettlementRecord(d.Network, ep, res)
					if err := st.Put(store.KindSettlement, contracts.SettlementKey(s.depKey, epoch), rec); err != nil {
						return fmt.Errorf("epoch %d settled in tx %s but recording it failed: %w", epoch, res.Settle.TxHash.Hex(), err)
					}
					return emit(res, func() {
						fmt.Printf("settled epoch %d: tx %s, block %d, gas used %d\n", epoch, res.Settle.TxHash.Hex(), res.Settle.Block, res.Settle.GasUsed)
						fmt.Printf("  %d contributors, paid %s, remainder %s, payout root %s\n", len(ep.Payouts), res.Paid, res.Remain, res.Root.Hex())
					})
				})
			})
		},
	}
	f.add(c)
	c.Flags().Uint64Var(&epoch, "epoch", 0, "epoch to settle")
	c.Flags().StringVar(&proofFile, "proof", "", "read the proof from this file instead of the store")
	rootCmd.AddCommand(c)
}

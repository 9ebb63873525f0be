package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"poa/contracts"
	"poa/store"
)

type claimResult struct {
	Address string          `json:"address"`
	Claims  []claimedPayout `json:"claims"`
	Total   string          `json:"total_claimed"`
	Balance string          `json:"balance"`
}

type claimedPayout struct {
	Epoch   uint64             `json:"epoch"`
	Index   int                `json:"index"`
	Amount  string             `json:"amount"`
	Receipt *contracts.Receipt `json:"receipt,omitempty"`
	Already bool               `json:"already_claimed,omitempty"`
}

func init() {
	var f chainFlags
	var address string
	var epoch uint64
	c := &cobra.Command{
		Use:   "claim --address A",
		Short: "Claim an address's unclaimed payouts of settled epochs (pull payments)",
		Long: `Finds the address in the settlements this data directory posted (or --epoch E
only), builds each Merkle proof and sends claim(...); the OPEN goes to the address.
Anyone may send a claim: on the embedded chain a dev account pays the gas, with
--rpc the signing key does.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if !common.IsHexAddress(address) {
				return fmt.Errorf("--address %q: not an EVM address", address)
			}
			a := common.HexToAddress(address)
			return withStore(func(st *store.Store) error {
				return withDeployment(ctx, st, f, true, func(s *session, d *contracts.Deployment) error {
					payer := s.signer
					if s.dev != nil {
						payer = s.dev.Spare
					}
					var recs []contracts.SettlementRecord
					err := st.List(store.KindSettlement, s.depKey+"/", func(key string, raw []byte) error {
						var r contracts.SettlementRecord
						if err := json.Unmarshal(raw, &r); err != nil {
							return fmt.Errorf("settlement record %s: %w", key, err)
						}
						if epoch == 0 || r.Epoch == epoch {
							recs = append(recs, r)
						}
						return nil
					})
					if err != nil {
						return err
					}
					res := claimResult{Address: a.Hex(), Claims: []claimedPayout{}}
					total := new(big.Int)
					for _, r := range recs {
						pay := make([]*big.Int, len(r.Payouts))
						for i, p := range r.Payouts {
							v, ok := new(big.Int).SetString(p, 10)
							if !ok {
								return fmt.Errorf("settlement record of epoch %d: payout %d %q", r.Epoch, i, p)
							}
							pay[i] = v
						}
						for i, ca := range r.Contributors {
							if ca != a {
								continue
							}
							cp := claimedPayout{Epoch: r.Epoch, Index: i, Amount: pay[i].String()}
							done, err := contracts.IsClaimed(ctx, s.chain, d, r.Epoch, i)
							if err != nil {
								return err
							}
							if done {
								cp.Already = true
							} else {
								if cp.Receipt, err = contracts.Claim(ctx, s.chain, d, payer, r.Epoch, i, r.Contributors, pay); err != nil {
									return err
								}
								total.Add(total, pay[i])
							}
							res.Claims = append(res.Claims, cp)
						}
					}
					if len(res.Claims) == 0 {
						return errors.New("no settled payout for " + a.Hex() + " in this data directory's settlements")
					}
					bal, err := contracts.BalanceOf(ctx, s.chain, d, a)
					if err != nil {
						return err
					}
					res.Total, res.Balance = total.String(), bal.String()
					return emit(res, func() {
						for _, cp := range res.Claims {
							if cp.Already {
								fmt.Printf("epoch %d: %s already claimed\n", cp.Epoch, cp.Amount)
								continue
							}
							fmt.Printf("epoch %d: claimed %s in tx %s (block %d, gas %d)\n", cp.Epoch, cp.Amount, cp.Receipt.TxHash.Hex(), cp.Receipt.Block, cp.Receipt.GasUsed)
						}
						fmt.Printf("%s: claimed %s now, balance %s OPEN base units\n", res.Address, res.Total, strings.TrimSpace(res.Balance))
					})
				})
			})
		},
	}
	f.add(c)
	c.Flags().StringVar(&address, "address", "", "contributor address whose payouts to claim")
	c.Flags().Uint64Var(&epoch, "epoch", 0, "only this epoch (default: all)")
	rootCmd.AddCommand(c)
}

package main

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/spf13/cobra"

	"poa/contracts"
	"poa/settlement"
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
	Skipped string             `json:"skipped,omitempty"` // why no claim was sent
}

func init() {
	var f chainFlags
	var address string
	var epoch uint64
	c := &cobra.Command{
		Use:   "claim --address A",
		Short: "Claim an address's unclaimed payouts of settled epochs (pull payments)",
		Long: `Finds the address in the epochs this data directory posted to the chain (or --epoch E
only), builds each Merkle proof and sends claim(...); the OPEN goes to the address. The
address is checked as imports check contributors (0x + 40 hex digits, a valid EIP-55
checksum when mixed-case, not the zero address); a payout of 0 is skipped, not claimed.
Anyone may send a claim: on the embedded chain a dev account pays the gas, with
--rpc the signing key does.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if _, err := settlement.ParseAddress(address); err != nil {
				return fmt.Errorf("--address: %w", err)
			}
			return withStore(func(st *store.Store) error {
				return withDeployment(ctx, st, f, true, func(s *session, d *contracts.Deployment) error {
					payer := s.signer
					if s.dev != nil {
						payer = s.dev.Spare
					}
					pays, err := settlement.PayoutsOf(st, s.depKey, address, epoch)
					if err != nil {
						return err
					}
					a, _ := settlement.ParseAddress(address)
					res := claimResult{Address: a.Hex(), Claims: []claimedPayout{}}
					total := new(big.Int)
					for _, p := range pays {
						cp := claimedPayout{Epoch: p.Epoch, Index: p.Index, Amount: p.Amount.String()}
						if p.Amount.Sign() == 0 {
							cp.Skipped = "payout 0: nothing to claim"
							res.Claims = append(res.Claims, cp)
							continue
						}
						done, err := contracts.IsClaimed(ctx, s.chain, d, p.Epoch, p.Index)
						if err != nil {
							return err
						}
						if done {
							cp.Already = true
						} else {
							if cp.Receipt, err = contracts.Claim(ctx, s.chain, d, payer, p.Epoch, p.Index, p.Contributors, p.Payouts); err != nil {
								return err
							}
							total.Add(total, p.Amount)
						}
						res.Claims = append(res.Claims, cp)
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
							if cp.Skipped != "" {
								fmt.Printf("epoch %d: %s\n", cp.Epoch, cp.Skipped)
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

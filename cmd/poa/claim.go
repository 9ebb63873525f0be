package main

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"poa/contracts"
	"poa/protocol"
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
--rpc the signing key does. An epoch's claims open when its challenge window has passed
(poa provers shows when), stay frozen while a governance challenge is open, and never
open for an epoch a challenge voided: such payouts are listed as skipped, with the
reason, and claimed by a later run.`,
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
					now, err := s.chain.Time(ctx)
					if err != nil {
						return err
					}
					for _, p := range pays {
						cp := claimedPayout{Epoch: p.Epoch, Index: p.Index, Amount: p.Amount.String()}
						if p.Amount.Sign() == 0 {
							cp.Skipped = "payout 0: nothing to claim"
							res.Claims = append(res.Claims, cp)
							continue
						}
						if cp.Skipped, err = claimBlocked(cmd, s, d, p.Epoch, now); err != nil {
							return err
						}
						if cp.Skipped != "" {
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

// claimBlocked says why epoch's payouts cannot be claimed at chain time now ("" when
// they can): voided by a challenge, disputed, or still inside the challenge window.
func claimBlocked(cmd *cobra.Command, s *session, d *contracts.Deployment, epoch, now uint64) (string, error) {
	e, err := contracts.ReadEpoch(cmd.Context(), s.chain, d, epoch)
	if err != nil {
		return "", err
	}
	switch protocol.WindowStatus(e, now) {
	case "voided":
		return "voided by a challenge: its payouts went to the treasury (the next settlement of these records pays them)", nil
	case "disputed":
		return "frozen while a governance challenge against its poster is open", nil
	case "challengeable":
		wait := time.Duration(e.ClaimableAt-now) * time.Second
		hint := ""
		if s.dev != nil {
			hint = fmt.Sprintf("; on the embedded chain: poa chain advance %v", wait)
		}
		return fmt.Sprintf("in its challenge window until %s (%v from now%s)", chainTime(e.ClaimableAt), wait, hint), nil
	}
	return "", nil
}

package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"poa/contracts"
	"poa/governance"
	"poa/store"
)

// treasuryStatus is what poa treasury status prints: amounts in OPEN base units.
type treasuryStatus struct {
	Treasury common.Address `json:"treasury"` // the Settlement's remainderRecipient now
	// Deployed is the treasury recorded at chain up, set only when governance has
	// changed it since (setRemainderRecipient).
	Deployed   *common.Address `json:"deployed_treasury,omitempty"`
	Settlement common.Address  `json:"settlement"`
	Block      uint64          `json:"block"`
	Owed       string          `json:"owed"`    // treasuryOwed(): accrued, not yet swept
	Balance    string          `json:"balance"` // the treasury's OPEN balance
}

// treasurySweep is what poa treasury sweep prints: amounts in OPEN base units.
type treasurySweep struct {
	Treasury      common.Address     `json:"treasury"`
	OwedBefore    string             `json:"owed_before"`
	Sent          bool               `json:"sent"`              // whether sweepTreasury() was sent
	Receipt       *contracts.Receipt `json:"receipt,omitempty"` // when sent
	Swept         string             `json:"swept"`             // from the TreasurySwept event; 0 without one
	OwedAfter     string             `json:"owed_after"`
	BalanceBefore string             `json:"balance_before"`
	BalanceAfter  string             `json:"balance_after"`
	Note          string             `json:"note,omitempty"`
}

func init() {
	cmd := &cobra.Command{
		Use:   "treasury",
		Short: "Show and sweep the treasury's share of settlements (treasuryOwed, sweepTreasury)",
		Long: `Each settlement keeps the treasury's part of its fee (the protocol share and the split's
remainder) in the Settlement contract: treasuryOwed() accrues it until anyone sends
sweepTreasury(), which pays all of it to the treasury, the Settlement's current
remainderRecipient (docs/settlement-abi.md).`,
	}
	cmd.AddCommand(treasuryStatusCmd(), treasurySweepCmd())
	rootCmd.AddCommand(cmd)
}

func treasuryStatusCmd() *cobra.Command {
	var f chainFlags
	c := &cobra.Command{
		Use:   "status",
		Short: "Show the treasury address, the OPEN owed to it (accrued, not swept) and its OPEN balance",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return withStore(func(st *store.Store) error {
				return withDeployment(ctx, st, f, false, func(s *session, d *contracts.Deployment) error {
					res, err := readTreasury(ctx, s.chain, d)
					if err != nil {
						return err
					}
					return emit(res, func() {
						fmt.Printf("treasury %s", res.Treasury.Hex())
						if res.Deployed != nil {
							fmt.Printf(" (changed by governance; %s at chain up)", res.Deployed.Hex())
						}
						fmt.Printf("\n  owed     %s OPEN (%s base units) held by the Settlement %s until poa treasury sweep\n",
							governance.FormatAmount(mustBig(res.Owed)), res.Owed, res.Settlement.Hex())
						fmt.Printf("  balance  %s OPEN (%s base units) at block %d\n", governance.FormatAmount(mustBig(res.Balance)), res.Balance, res.Block)
					})
				})
			})
		},
	}
	f.add(c)
	return c
}

func treasurySweepCmd() *cobra.Command {
	var f accountFlags
	c := &cobra.Command{
		Use:   "sweep",
		Short: "Send sweepTreasury(): pay the OPEN owed to the treasury",
		Long: `Reads treasuryOwed() and, when it is above 0, sends sweepTreasury(), which pays all of it
to the treasury (the Settlement's current remainderRecipient) and zeroes it. Anyone may send
it: on the embedded chain a dev account pays the gas (--from, default spare), with --rpc the
signing key does. With nothing owed no transaction is sent and the command exits 0 ("sent":
false). The amount swept is the TreasurySwept event's (0 when another sweep got there
first); the balances are read before and after, so on a shared chain other transfers to the
treasury in between show in their difference.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return withProver(cmd, &f, func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error {
				before, err := readTreasury(ctx, s.chain, d)
				if err != nil {
					return err
				}
				res := treasurySweep{Treasury: before.Treasury, OwedBefore: before.Owed, Swept: "0",
					OwedAfter: before.Owed, BalanceBefore: before.Balance, BalanceAfter: before.Balance}
				if mustBig(before.Owed).Sign() == 0 {
					res.Note = "nothing owed: no transaction sent"
				} else {
					rc, err := contracts.SweepTreasury(ctx, s.chain, d, key)
					if err != nil {
						return err
					}
					res.Sent, res.Receipt = true, rc
					to, amount, err := contracts.SweptEvent(ctx, s.chain, d, rc)
					if err != nil {
						return err
					}
					if amount == nil {
						res.Note = "the transaction swept nothing: another sweep paid the treasury first"
					} else {
						res.Treasury, res.Swept = to, amount.String()
					}
					after, err := readTreasury(ctx, s.chain, d)
					if err != nil {
						return err
					}
					res.OwedAfter, res.BalanceAfter = after.Owed, after.Balance
				}
				return emit(res, func() {
					if !res.Sent {
						fmt.Printf("nothing owed to the treasury %s: no transaction sent (balance %s OPEN)\n",
							res.Treasury.Hex(), governance.FormatAmount(mustBig(res.BalanceBefore)))
						return
					}
					fmt.Printf("swept %s OPEN (%s base units) to the treasury %s in tx %s (block %d, gas %d)\n",
						governance.FormatAmount(mustBig(res.Swept)), res.Swept, res.Treasury.Hex(), res.Receipt.TxHash.Hex(), res.Receipt.Block, res.Receipt.GasUsed)
					if res.Note != "" {
						fmt.Println("  " + res.Note)
					}
					fmt.Printf("  treasury balance %s -> %s OPEN; owed now %s\n", governance.FormatAmount(mustBig(res.BalanceBefore)),
						governance.FormatAmount(mustBig(res.BalanceAfter)), governance.FormatAmount(mustBig(res.OwedAfter)))
				})
			})
		},
	}
	f.add(c, "spare")
	return c
}

// readTreasury reads the treasury's address, what the Settlement owes it and its balance.
func readTreasury(ctx context.Context, c *contracts.Chain, d *contracts.Deployment) (*treasuryStatus, error) {
	to, err := contracts.TreasuryAddress(ctx, c, d)
	if err != nil {
		return nil, err
	}
	res := &treasuryStatus{Treasury: to, Settlement: d.Settlement}
	if to != d.Recipient {
		rec := d.Recipient
		res.Deployed = &rec
	}
	if res.Block, err = c.Client.BlockNumber(ctx); err != nil {
		return nil, err
	}
	owed, err := contracts.TreasuryOwed(ctx, c, d)
	if err != nil {
		return nil, err
	}
	bal, err := contracts.BalanceOf(ctx, c, d, to)
	if err != nil {
		return nil, fmt.Errorf("read the treasury %s's OPEN balance: %w", to.Hex(), err)
	}
	res.Owed, res.Balance = owed.String(), bal.String()
	return res, nil
}

package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"poa/contracts"
	"poa/governance"
	"poa/protocol"
	"poa/settlement"
	"poa/store"
)

// withProver runs fn on the store's deployment with the signer --from selects.
func withProver(cmd *cobra.Command, f *accountFlags, fn func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error) error {
	ctx := cmd.Context()
	return withStore(func(st *store.Store) error {
		return withDeployment(ctx, st, f.chainFlags, true, func(s *session, d *contracts.Deployment) error {
			key, err := f.signer(s)
			if err != nil {
				return err
			}
			return fn(s, d, key)
		})
	})
}

func parseOPEN(what, s string) (*big.Int, error) {
	v, err := governance.ParseAmount(s)
	if err != nil || v.Sign() <= 0 {
		return nil, fmt.Errorf("%s %q: want a positive OPEN amount (10000, 2.5, 1_000 or 123wei)", what, s)
	}
	return v, nil
}

func init() {
	rootCmd.AddCommand(stakeCmd(), unstakeCmd(), proversCmd(), challengeCmd())
}

func stakeCmd() *cobra.Command {
	var f accountFlags
	c := &cobra.Command{
		Use:   "stake AMOUNT",
		Short: "Bond OPEN as a prover: settling, attesting and registering need the minimum stake",
		Long: `Approves and bonds AMOUNT OPEN (tokens: 10000, 2.5; or base units: 123wei) in the Settlement.
A prover whose bond is at least the governed minimum (poa gov status; default 10,000 OPEN)
may settle epochs, post or attest scores and register evidence; a proven fault slashes the
bond (docs/settlement-abi.md). poa unstake starts the way back out.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			amount, err := parseOPEN("AMOUNT", args[0])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			return withProver(cmd, &f, func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error {
				rc, err := contracts.Stake(ctx, s.chain, d, key, amount)
				if err != nil {
					return err
				}
				return reportProver(cmd, s, d, contracts.Address(key), rc, "staked "+governance.FormatAmount(amount)+" OPEN")
			})
		},
	}
	f.add(c, "poster")
	return c
}

func unstakeCmd() *cobra.Command {
	var f accountFlags
	var withdraw bool
	c := &cobra.Command{
		Use:   "unstake [AMOUNT | --withdraw]",
		Short: "Start unbonding AMOUNT OPEN, or withdraw what has waited out its delay",
		Long: `poa unstake AMOUNT moves AMOUNT from the bond to unbonding: it can still be slashed until
the challenge window has passed since the request (and since the prover's last posting,
and while a governance challenge against it is open). poa unstake --withdraw then pays
the unbonded OPEN back. A second request adds to the first and restarts its delay.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if withdraw == (len(args) == 1) {
				return errors.New("give AMOUNT to start unbonding, or --withdraw to take out what is ready (not both)")
			}
			var amount *big.Int
			if !withdraw {
				var err error
				if amount, err = parseOPEN("AMOUNT", args[0]); err != nil {
					return err
				}
			}
			ctx := cmd.Context()
			return withProver(cmd, &f, func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error {
				if withdraw {
					rc, err := contracts.WithdrawUnstaked(ctx, s.chain, d, key)
					if err != nil {
						return err
					}
					return reportProver(cmd, s, d, contracts.Address(key), rc, "withdrew the unbonded OPEN")
				}
				rc, err := contracts.RequestUnstake(ctx, s.chain, d, key, amount)
				if err != nil {
					return err
				}
				return reportProver(cmd, s, d, contracts.Address(key), rc, "unbonding "+governance.FormatAmount(amount)+" OPEN")
			})
		},
	}
	f.add(c, "poster")
	c.Flags().BoolVar(&withdraw, "withdraw", false, "withdraw the unbonded OPEN whose delay has passed")
	return c
}

// reportProver prints what a staking transaction did and the prover's bond after it.
func reportProver(cmd *cobra.Command, s *session, d *contracts.Deployment, who common.Address, rc *contracts.Receipt, what string) error {
	p, err := contracts.ReadProver(cmd.Context(), s.chain, d, who)
	if err != nil {
		return err
	}
	res := struct {
		Receipt *contracts.Receipt     `json:"receipt"`
		Prover  *contracts.ProverStake `json:"prover"`
	}{rc, p}
	return emit(res, func() {
		fmt.Printf("%s (tx %s, gas %d)\n", what, rc.TxHash.Hex(), rc.GasUsed)
		printProver(*p)
	})
}

func printProver(p contracts.ProverStake) {
	fmt.Printf("  %s  bonded %s OPEN, unbonding %s OPEN", p.Prover.Hex(), governance.FormatAmount(p.Bonded), governance.FormatAmount(p.Unbonding))
	if p.ReadyAt != 0 {
		fmt.Printf(" (withdrawable from %s)", chainTime(p.ReadyAt))
	}
	if p.IsPoster {
		fmt.Print(", may post")
	} else {
		fmt.Print(", below the minimum stake")
	}
	fmt.Println()
}

func chainTime(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }

func proversCmd() *cobra.Command {
	var f chainFlags
	c := &cobra.Command{
		Use:   "provers",
		Short: "List the provers with their bonds, the governed parameters and each settled epoch's challenge window",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return withStore(func(st *store.Store) error {
				return withDeployment(ctx, st, f, false, func(s *session, d *contracts.Deployment) error {
					v, err := protocol.View(ctx, s.chain, d)
					if err != nil {
						return err
					}
					return emit(v, func() {
						fmt.Printf("chain time %s; settlement %s owned by %s\n", chainTime(v.ChainTime), v.Settlement, v.Owner)
						for _, p := range v.Parameters {
							fmt.Printf("  %-9s %-19s %s\n", p.Contract, p.Name, p.Value)
						}
						fmt.Println("provers:")
						for _, p := range v.Provers {
							b, _ := new(big.Int).SetString(p.Bonded, 10)
							u, _ := new(big.Int).SetString(p.Unbonding, 10)
							fmt.Printf("  %s  bonded %s OPEN, unbonding %s OPEN, may post: %v\n", p.Address, governance.FormatAmount(b), governance.FormatAmount(u), p.CanPost)
						}
						if len(v.Epochs) > 0 {
							fmt.Println("settled epochs:")
						}
						for _, e := range v.Epochs {
							fmt.Printf("  epoch %d  %-13s claimable from %s (poster %s)\n", e.Epoch, e.Status, chainTime(e.ClaimableAt), e.Poster)
						}
						for _, ch := range v.Challenges {
							fmt.Printf("  challenge %s  %s against %s, epoch %d, by %s\n", ch.ID, ch.Status, ch.Prover, ch.Epoch, ch.Challenger)
						}
					})
				})
			})
		},
	}
	f.add(c)
	return c
}

func challengeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "challenge",
		Short: "Challenge a prover: slash its bond and void its epoch for a proven fault",
		Long: `Faults checkable on-chain are settled by the Settlement at once (docs/settlement-abi.md):

  poa challenge equivocation A.json B.json   two statements one prover signed for one epoch
  poa challenge statement S.json             a signed statement that differs from what it settled
  poa challenge scores RECORD                an optimistically posted score proof that does not verify
  poa challenge unproven EPOCH               an epoch that pays for a record whose scores are not attested

What cannot be checked on-chain (a query sketch that does not recompute, an omitted
candidate that outscores the M-th: poa challenge-record builds that evidence) goes to a
governance vote with the evidence attached:

  poa challenge open --prover ADDR --epoch N --evidence FILE [--uri URL]
  poa gov propose --set resolve-challenge=ID/true --description "..."

A statement file is the JSON of an epoch's statement (poa epoch show N --json, .post.statement).`,
	}
	cmd.AddCommand(challengeEquivocationCmd(), challengeStatementCmd(), challengeScoresCmd(), challengeUnprovenCmd(), challengeOpenCmd())
	return cmd
}

func readStatement(path string) (*contracts.EpochStatement, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s, err := contracts.ParseEpochStatement(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// reportSlash prints the outcome of a challenge that slashed.
func reportSlash(what string, rc *contracts.Receipt) error {
	return emit(rc, func() {
		fmt.Printf("%s: the prover was slashed (tx %s, gas %d); poa provers shows the bonds and epochs now\n", what, rc.TxHash.Hex(), rc.GasUsed)
	})
}

func challengeEquivocationCmd() *cobra.Command {
	var f accountFlags
	c := &cobra.Command{
		Use:   "equivocation A.json B.json",
		Short: "Slash a prover that signed two different statements for one epoch",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			a, err := readStatement(args[0])
			if err != nil {
				return err
			}
			b, err := readStatement(args[1])
			if err != nil {
				return err
			}
			return withProver(cmd, &f, func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error {
				rc, err := contracts.ChallengeEquivocation(cmd.Context(), s.chain, d, key, a, b)
				if err != nil {
					return err
				}
				return reportSlash(fmt.Sprintf("equivocation on epoch %d", a.Epoch), rc)
			})
		},
	}
	f.add(c, "spare")
	return c
}

func challengeStatementCmd() *cobra.Command {
	var f accountFlags
	c := &cobra.Command{
		Use:   "statement S.json",
		Short: "Slash a prover whose signed statement differs from the epoch it settled",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := readStatement(args[0])
			if err != nil {
				return err
			}
			return withProver(cmd, &f, func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error {
				rc, err := contracts.ChallengeStatement(cmd.Context(), s.chain, d, key, st)
				if err != nil {
					return err
				}
				return reportSlash(fmt.Sprintf("statement on epoch %d", st.Epoch), rc)
			})
		},
	}
	f.add(c, "spare")
	return c
}

func challengeScoresCmd() *cobra.Command {
	var f accountFlags
	c := &cobra.Command{
		Use:   "scores RECORD",
		Short: "Re-verify an optimistically posted score proof on-chain; slash its poster if it fails",
		Long: `Fetches the proof posted for RECORD (its id, as poa prove-record --post --optimistic
used) from the ScoresPosted event and submits it to challengeScores, which runs the
adapter's score verifier on it: a proof that fails slashes the poster and voids the epoch
it backs; one that verifies reverts with ChallengeFailed and nothing changes.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return withProver(cmd, &f, func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error {
				id := crypto.Keccak256Hash([]byte(args[0]))
				posted, err := contracts.FindPostedScores(ctx, s.chain, d, id)
				if err != nil {
					return err
				}
				if posted == nil {
					return fmt.Errorf("record %q: no optimistic score post on %s (an attested record was verified when posted)", args[0], d.Network)
				}
				rc, err := contracts.ChallengeScores(ctx, s.chain, d, key, id, posted.Proof)
				if err != nil {
					return err
				}
				return reportSlash("score proof of record "+args[0], rc)
			})
		},
	}
	f.add(c, "spare")
	return c
}

func challengeUnprovenCmd() *cobra.Command {
	var (
		f       accountFlags
		record  string
		records string
	)
	c := &cobra.Command{
		Use:   "unproven EPOCH",
		Short: "Void an epoch that pays for a record whose scores are not attested; slash its poster",
		Long: `An epoch settles the hash of its attribution records' ids, and each record's scores must
be attested on-chain (poa prove-record ID --post, or --optimistic). This finds a record of
EPOCH without an attestation (or takes --record) and submits challengeUnproven, which checks
the records against the settlement, slashes the poster and voids the epoch while its
challenge window is open. The epoch's record ids come from this data directory's store, or
from --records FILE (a JSON array of ids, as GET /v1/epochs/EPOCH lists them); the scores
commitment comes from the chain's Settled event.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			epoch, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil || epoch == 0 {
				return fmt.Errorf("epoch %q: want a positive integer", args[0])
			}
			return withStore(func(st *store.Store) error {
				return withDeployment(ctx, st, f.chainFlags, true, func(s *session, d *contracts.Deployment) error {
					key, err := f.signer(s)
					if err != nil {
						return err
					}
					ids, err := epochRecordIDs(st, epoch, records)
					if err != nil {
						return err
					}
					settled, err := contracts.FindSettled(ctx, s.chain, d, epoch)
					if err != nil {
						return err
					}
					if settled == nil {
						return fmt.Errorf("epoch %d is not settled on %s", epoch, d.Network)
					}
					if got := contracts.RecordsHash(ids); got != settled.Records {
						return fmt.Errorf("epoch %d settled records hash %s; the %d record ids given hash to %s (wrong or reordered ids)", epoch, settled.Records.Hex(), len(ids), got.Hex())
					}
					index := -1
					if record != "" {
						index = slices.Index(ids, record)
						if index < 0 {
							return fmt.Errorf("record %q is not one of epoch %d's %d records", record, epoch, len(ids))
						}
					} else {
						missing, err := contracts.Unattested(ctx, s.chain, d, ids)
						if err != nil {
							return err
						}
						if len(missing) == 0 {
							return fmt.Errorf("every one of epoch %d's %d records is attested: nothing to challenge", epoch, len(ids))
						}
						index = missing[0]
					}
					commitment, _ := new(big.Int).SetString(settled.Commitment, 10)
					rc, err := contracts.ChallengeUnproven(ctx, s.chain, d, key, epoch, commitment, ids, index)
					if err != nil {
						return err
					}
					return reportSlash(fmt.Sprintf("epoch %d pays for unproven record %s; voided", epoch, ids[index]), rc)
				})
			})
		},
	}
	c.Flags().StringVar(&record, "record", "", "the record to name (default: the first without an attestation)")
	c.Flags().StringVar(&records, "records", "", "JSON file with the epoch's record ids in order (default: this store's epoch)")
	f.add(c, "spare")
	return c
}

// epochRecordIDs is the epoch's record ids: from path (a JSON array of strings) when
// given, else from the store's closed epoch.
func epochRecordIDs(st *store.Store, epoch uint64, path string) ([]string, error) {
	if path == "" {
		rec, err := settlement.LoadEpoch(st, epoch)
		if err != nil {
			return nil, fmt.Errorf("epoch %d: %w (outside the node that closed it, pass --records FILE)", epoch, err)
		}
		return rec.Records, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var ids []string
	if err := json.Unmarshal(b, &ids); err != nil {
		return nil, fmt.Errorf("%s: want a JSON array of record ids: %w", path, err)
	}
	return ids, nil
}

func challengeOpenCmd() *cobra.Command {
	var f accountFlags
	var prover, evidence, uri string
	var epoch uint64
	c := &cobra.Command{
		Use:   "open --prover ADDR --epoch N --evidence FILE [--uri URL]",
		Short: "Open a governance challenge: lock the deposit, freeze the epoch's claims until a vote resolves it",
		Long: `Locks the governed challenge deposit (default 1,000 OPEN) and freezes the epoch's claims; the
evidence file's keccak256 goes on-chain with --uri (where voters can read it; default the
file's path). GOPEN holders then vote on resolve-challenge=ID/true (upheld: slash, void the
epoch, deposit back) or ID/false (rejected: deposit to the treasury). Open it inside the epoch's
challenge window; epoch 0 accuses the prover without freezing an epoch.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !common.IsHexAddress(prover) {
				return fmt.Errorf("--prover %q: not an address", prover)
			}
			body, err := os.ReadFile(evidence)
			if err != nil {
				return fmt.Errorf("--evidence: %w", err)
			}
			if uri == "" {
				uri = evidence
			}
			ctx := cmd.Context()
			return withProver(cmd, &f, func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error {
				id, rc, err := contracts.OpenChallenge(ctx, s.chain, d, key, common.HexToAddress(prover), epoch, crypto.Keccak256Hash(body), uri)
				if err != nil {
					return err
				}
				res := struct {
					ID      uint64             `json:"id"`
					Receipt *contracts.Receipt `json:"receipt"`
				}{id, rc}
				return emit(res, func() {
					fmt.Printf("challenge %d opened against %s (epoch %d frozen; tx %s)\n", id, prover, epoch, rc.TxHash.Hex())
					fmt.Printf("  next: poa gov propose --set resolve-challenge=%d/true --description \"...\"\n", id)
				})
			})
		},
	}
	f.add(c, "spare")
	c.Flags().StringVar(&prover, "prover", "", "the accused prover's address")
	c.Flags().Uint64Var(&epoch, "epoch", 0, "the epoch whose claims to freeze (0: none)")
	c.Flags().StringVar(&evidence, "evidence", "", "evidence file (e.g. poa challenge-record's output); its keccak256 goes on-chain")
	c.Flags().StringVar(&uri, "uri", "", "where voters can read the evidence (default: the file's path)")
	return c
}

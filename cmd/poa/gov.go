package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"poa/contracts"
	"poa/governance"
	"poa/settlement"
	"poa/store"
)

// govFlags are the governance commands' chain flags and --from (the dev owner by default:
// it holds the OPEN and the votes).
type govFlags = accountFlags

// withGovernance runs fn with the deployment when it has governance, and otherwise
// says what to run.
func withGovernance(cmd *cobra.Command, f *govFlags, needKey bool, fn func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error) error {
	ctx := cmd.Context()
	return withStore(func(st *store.Store) error {
		return withDeployment(ctx, st, f.chainFlags, needKey, func(s *session, d *contracts.Deployment) error {
			if d.Governor == (common.Address{}) {
				return fmt.Errorf("%w: the deployment on %s has no Governor: run `poa gov deploy` (the Settlement's owner deploys GOPEN, the Governor and the timelock)",
					governance.ErrNoGovernance, d.Network)
			}
			var key *ecdsa.PrivateKey
			if needKey {
				var err error
				if key, err = f.signer(s); err != nil {
					return err
				}
			}
			return fn(s, d, key)
		})
	})
}

func init() {
	cmd := &cobra.Command{
		Use:   "gov",
		Short: "Govern the Settlement's parameters with GOPEN votes (Governor + timelock)",
		Long: `OPEN wraps 1:1 into GOPEN, whose holders (once delegated) propose and vote on
changes to the Settlement's parameters; a proposal that passes is queued in a
timelock and executed by it after the delay. The lifecycle (docs/governance.md):

  poa gov delegate --wrap 100000          wrap OPEN into GOPEN and delegate to yourself
  poa gov propose --set fee-rule=1000/1000/8000 --description "..."
  poa gov advance 1d                      embedded chain: past the voting delay
  poa gov vote ID for
  poa gov advance 7d                      past the voting period
  poa gov queue ID
  poa gov advance 1d                      past the timelock delay
  poa gov execute ID
  poa gov status

The Settlement is governed once its owner hands it over (poa gov handover) and a
first proposal executes accept-ownership.`,
	}
	cmd.AddCommand(govDeployCmd(), govHandoverCmd(), govDelegateCmd(), govUnwrapCmd(), govProposeCmd(),
		govVoteCmd(), govLifecycleCmd("queue"), govLifecycleCmd("execute"), govLifecycleCmd("cancel"), govStatusCmd(), advanceCmd())
	rootCmd.AddCommand(cmd)
}

func govDeployCmd() *cobra.Command {
	var f chainFlags
	c := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy GOPEN, the Governor and the timelock for this chain's deployment and record them",
		Long: `Deploys GOPEN over the deployment's OPEN, the timelock (the Governor its only
proposer, anyone its executor, no admin) and the Governor with the default settings:
voting delay 1 day, voting period 1 week, proposal threshold 10,000 GOPEN, quorum 5%,
timelock delay 1 day (OpenLedger's). The embedded chain's owner deploys; with --rpc the
signing key does. A deployment that has governance is printed, not redeployed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return withStore(func(st *store.Store) error {
				return withDeployment(ctx, st, f, true, func(s *session, d *contracts.Deployment) error {
					if d.Governor != (common.Address{}) {
						return emit(d, func() { printGovernance(d, "governance already deployed") })
					}
					key := s.signer
					if s.dev != nil {
						key = s.dev.Owner
					}
					var err error
					if d.GOPEN, d.Governor, d.Timelock, err = governance.Deploy(ctx, s.chain, key, d.Token, governance.DefaultParams()); err != nil {
						return err
					}
					if err := settlement.SaveDeployment(st, s.chain, d); err != nil {
						return err
					}
					return emit(d, func() { printGovernance(d, "governance deployed") })
				})
			})
		},
	}
	f.add(c)
	return c
}

func printGovernance(d *contracts.Deployment, what string) {
	fmt.Printf("%s on %s (chain id %d)\n  GOPEN       %s\n  Governor    %s\n  Timelock    %s\n  Settlement  %s\n",
		what, d.Network, d.ChainID, d.GOPEN.Hex(), d.Governor.Hex(), d.Timelock.Hex(), d.Settlement.Hex())
}

type govTx struct {
	Action   string               `json:"action"`
	ID       string               `json:"proposal_id,omitempty"`
	Account  common.Address       `json:"account"`
	Receipts []*contracts.Receipt `json:"receipts"`
	// What the transaction left: a proposal's state, an account's votes.
	Proposal *governance.Proposal `json:"proposal,omitempty"`
	Status   *governance.Status   `json:"status,omitempty"`
}

func printReceipts(rcs []*contracts.Receipt) {
	for _, rc := range rcs {
		fmt.Printf("  tx %s, block %d, gas used %d\n", rc.TxHash.Hex(), rc.Block, rc.GasUsed)
	}
}

func govHandoverCmd() *cobra.Command {
	var f govFlags
	c := &cobra.Command{
		Use:   "handover",
		Short: "Name the timelock the Settlement's pending owner (its owner signs); a proposal then accepts",
		Long: `The Settlement's owner calls transferOwnership(timelock). Under Ownable2Step this
only names the timelock pending owner: the owner keeps its powers until a proposal
executes accept-ownership (poa gov propose --set accept-ownership ...); from then on
only proposals change the Settlement.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withGovernance(cmd, &f, true, func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error {
				ctx := cmd.Context()
				rc, err := governance.HandOver(ctx, s.chain, d, key)
				if err != nil {
					return err
				}
				st, err := governance.ReadStatus(ctx, s.chain, d, common.Address{})
				if err != nil {
					return err
				}
				res := govTx{Action: "handover", Account: contracts.Address(key), Receipts: []*contracts.Receipt{rc}, Status: st}
				return emit(res, func() {
					fmt.Printf("Settlement %s: owner %s, pending owner %s (the timelock)\n", d.Settlement.Hex(), st.SettlementOwner.Hex(), st.PendingOwner.Hex())
					printReceipts(res.Receipts)
					fmt.Println("next: poa gov propose --set accept-ownership --description \"...\"")
				})
			})
		},
	}
	f.add(c, "owner")
	return c
}

func govDelegateCmd() *cobra.Command {
	var f govFlags
	var to, wrap string
	c := &cobra.Command{
		Use:   "delegate [--to ADDR] [--wrap AMOUNT]",
		Short: "Delegate the signer's GOPEN votes (to itself by default), wrapping OPEN first with --wrap",
		Long: `With --wrap AMOUNT (OPEN: 100000, 0.5, or base units as 1000wei) the signer first
approves GOPEN and wraps that much OPEN 1:1. Then it delegates its GOPEN voting power to
--to (default: itself). Wrapped GOPEN counts for no one until delegated; voting power
counts for proposals whose snapshot is after the delegation.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var amount *big.Int
			if wrap != "" {
				var err error
				if amount, err = governance.ParseAmount(wrap); err != nil || amount.Sign() == 0 {
					return fmt.Errorf("--wrap %q: want a positive OPEN amount (100000, 0.5, 1000wei)", wrap)
				}
			}
			var target common.Address
			if to != "" {
				a, err := settlement.ParseAddress(to)
				if err != nil {
					return fmt.Errorf("--to: %w", err)
				}
				target = a
			}
			return withGovernance(cmd, &f, true, func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error {
				ctx := cmd.Context()
				me := contracts.Address(key)
				if target == (common.Address{}) {
					target = me
				}
				res := govTx{Action: "delegate", Account: me}
				if amount != nil {
					rcs, err := governance.Wrap(ctx, s.chain, d, key, amount)
					if err != nil {
						return err
					}
					res.Receipts = append(res.Receipts, rcs...)
				}
				rc, err := governance.Delegate(ctx, s.chain, d, key, target)
				if err != nil {
					return err
				}
				res.Receipts = append(res.Receipts, rc)
				if res.Status, err = governance.ReadStatus(ctx, s.chain, d, me); err != nil {
					return err
				}
				return emit(res, func() {
					a := res.Status.Account
					if amount != nil {
						fmt.Printf("wrapped %s OPEN into GOPEN\n", governance.FormatAmount(amount))
					}
					fmt.Printf("%s delegates its %s GOPEN to %s; its own voting power: %s\n", me.Hex(), governance.FormatAmount(a.GOPEN),
						a.Delegate.Hex(), governance.FormatAmount(a.Votes))
					printReceipts(res.Receipts)
				})
			})
		},
	}
	f.add(c, "owner")
	c.Flags().StringVar(&to, "to", "", "delegate to this address (default: the signer)")
	c.Flags().StringVar(&wrap, "wrap", "", "first wrap this much OPEN into GOPEN (100000, 0.5, 1000wei)")
	return c
}

func govUnwrapCmd() *cobra.Command {
	var f govFlags
	c := &cobra.Command{
		Use:   "unwrap AMOUNT",
		Short: "Unwrap GOPEN back into OPEN 1:1 (the votes go with it)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			amount, err := governance.ParseAmount(args[0])
			if err != nil || amount.Sign() == 0 {
				return fmt.Errorf("AMOUNT %q: want a positive GOPEN amount (100000, 0.5, 1000wei)", args[0])
			}
			return withGovernance(cmd, &f, true, func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error {
				ctx := cmd.Context()
				rc, err := governance.Unwrap(ctx, s.chain, d, key, amount)
				if err != nil {
					return err
				}
				res := govTx{Action: "unwrap", Account: contracts.Address(key), Receipts: []*contracts.Receipt{rc}}
				if res.Status, err = governance.ReadStatus(ctx, s.chain, d, res.Account); err != nil {
					return err
				}
				return emit(res, func() {
					fmt.Printf("unwrapped %s GOPEN; %s holds %s OPEN and %s GOPEN\n", governance.FormatAmount(amount), res.Account.Hex(),
						governance.FormatAmount(res.Status.Account.OPEN), governance.FormatAmount(res.Status.Account.GOPEN))
					printReceipts(res.Receipts)
				})
			})
		},
	}
	f.add(c, "owner")
	return c
}

// parameterHelp lists the registry's parameters for --help.
func parameterHelp() string {
	var b strings.Builder
	for _, p := range governance.Parameters() {
		usage := p.Name
		if p.Format != "" {
			usage += "=" + p.Format
		}
		fmt.Fprintf(&b, "  %-44s %s.%s: %s\n", usage, p.Target, p.Method, p.Help)
	}
	return b.String()
}

func govProposeCmd() *cobra.Command {
	var f govFlags
	var sets []string
	var description string
	c := &cobra.Command{
		Use:   "propose --set NAME=VALUE [--set ...] --description TEXT",
		Short: "Propose parameter changes (the signer needs the proposal threshold in votes)",
		Long: `Builds one call per --set and proposes them together; they execute together, in
order, through the timelock. The signer needs voting power of at least the proposal
threshold (10,000 GOPEN by default) one second before. Prints the proposal id, which
vote, queue and execute take.

Values: BPS basis points 0..10000 (or 12.5%); DURATION seconds or 24h, 7d, 2w, 1d12h;
AMOUNT OPEN or GOPEN (1000, 0.5, or base units as 1000wei); ADDRESS 0x + 40 hex digits.
Parameters this build knows:
`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(sets) == 0 {
				return errors.New("--set is required: at least one NAME=VALUE (see --help for the parameters)")
			}
			if err := checkText("--description", description); err != nil {
				return err
			}
			return withGovernance(cmd, &f, true, func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error {
				ctx := cmd.Context()
				calls, err := governance.Calls(d, sets...)
				if err != nil {
					return fmt.Errorf("--set: %w", err)
				}
				id, rc, err := governance.Propose(ctx, s.chain, d, key, calls, description)
				if err != nil {
					return err
				}
				res := govTx{Action: "propose", ID: id.String(), Account: contracts.Address(key), Receipts: []*contracts.Receipt{rc}}
				if res.Proposal, err = governance.Get(ctx, s.chain, d, id); err != nil {
					return err
				}
				return emit(res, func() {
					fmt.Printf("proposal %s\n", id)
					printProposal(res.Proposal, 0)
					printReceipts(res.Receipts)
				})
			})
		},
	}

	// The parameter list parses the contracts' ABIs (milliseconds): built when help is
	// shown, not at every process start.
	c.SetHelpFunc(func(cmd *cobra.Command, args []string) {
		if !strings.HasSuffix(cmd.Long, parameterHelp()) {
			cmd.Long += parameterHelp()
		}
		cmd.Parent().HelpFunc()(cmd, args)
	})
	f.add(c, "owner")
	c.Flags().StringArrayVar(&sets, "set", nil, "a parameter change NAME=VALUE (repeatable; see the list above)")
	c.Flags().StringVar(&description, "description", "", "what the proposal does and why (part of its id)")
	return c
}

// parseProposalID reads a proposal id in decimal or 0x-hex.
func parseProposalID(s string) (*big.Int, error) {
	id, ok := new(big.Int).SetString(s, 0)
	if !ok || id.Sign() <= 0 || id.BitLen() > 256 {
		return nil, fmt.Errorf("proposal id %q: want the decimal id poa gov propose printed", s)
	}
	return id, nil
}

func govVoteCmd() *cobra.Command {
	var f govFlags
	var reason string
	c := &cobra.Command{
		Use:   "vote ID for|against|abstain [--reason TEXT]",
		Short: "Vote on an active proposal with the signer's voting power at its snapshot",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseProposalID(args[0])
			if err != nil {
				return err
			}
			support, ok := map[string]uint8{"for": governance.For, "against": governance.Against, "abstain": governance.Abstain}[strings.ToLower(args[1])]
			if !ok {
				return fmt.Errorf("vote %q: want for, against or abstain", args[1])
			}
			return withGovernance(cmd, &f, true, func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error {
				ctx := cmd.Context()
				rc, err := governance.Vote(ctx, s.chain, d, key, id, support, reason)
				if err != nil {
					return err
				}
				res := govTx{Action: "vote " + strings.ToLower(args[1]), ID: id.String(), Account: contracts.Address(key), Receipts: []*contracts.Receipt{rc}}
				if res.Proposal, err = governance.Get(ctx, s.chain, d, id); err != nil {
					return err
				}
				return emit(res, func() {
					fmt.Printf("%s voted %s on proposal %s\n", res.Account.Hex(), strings.ToLower(args[1]), id)
					printProposal(res.Proposal, 0)
					printReceipts(res.Receipts)
				})
			})
		},
	}
	f.add(c, "owner")
	c.Flags().StringVar(&reason, "reason", "", "reason recorded with the vote")
	return c
}

func govLifecycleCmd(action string) *cobra.Command {
	var f govFlags
	short := map[string]string{
		"queue":   "Queue a succeeded proposal in the timelock (anyone may); it becomes executable after the timelock delay",
		"execute": "Execute a queued proposal whose timelock delay has passed (anyone may)",
		"cancel":  "Withdraw your own proposal while it is still pending (before voting opens)",
	}[action]
	c := &cobra.Command{
		Use:   action + " ID",
		Short: short,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseProposalID(args[0])
			if err != nil {
				return err
			}
			return withGovernance(cmd, &f, true, func(s *session, d *contracts.Deployment, key *ecdsa.PrivateKey) error {
				ctx := cmd.Context()
				run := map[string]func(context.Context, *contracts.Chain, *contracts.Deployment, *ecdsa.PrivateKey, *big.Int) (*contracts.Receipt, error){
					"queue": governance.Queue, "execute": governance.Execute, "cancel": governance.Cancel}[action]
				rc, err := run(ctx, s.chain, d, key, id)
				if err != nil {
					return err
				}
				res := govTx{Action: action, ID: id.String(), Account: contracts.Address(key), Receipts: []*contracts.Receipt{rc}}
				if res.Proposal, err = governance.Get(ctx, s.chain, d, id); err != nil {
					return err
				}
				return emit(res, func() {
					fmt.Printf("proposal %s: %s\n", id, res.Proposal.State)
					printProposal(res.Proposal, 0)
					printReceipts(res.Receipts)
				})
			})
		},
	}
	f.add(c, "owner")
	return c
}

// govStatus is what `poa gov status` prints.
type govStatus struct {
	Status     *governance.Status     `json:"status"`
	Proposals  []governance.Proposal  `json:"proposals"`
	Parameters []governance.Parameter `json:"parameters"`
}

func govStatusCmd() *cobra.Command {
	var f govFlags
	var account string
	c := &cobra.Command{
		Use:   "status [--account ADDR]",
		Short: "Show the governance settings, an account's votes and every proposal with its state and votes",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var who common.Address
			if account != "" {
				a, err := settlement.ParseAddress(account)
				if err != nil {
					return fmt.Errorf("--account: %w", err)
				}
				who = a
			}
			return withGovernance(cmd, &f, false, func(s *session, d *contracts.Deployment, _ *ecdsa.PrivateKey) error {
				ctx := cmd.Context()
				if who == (common.Address{}) {
					if s.dev != nil {
						k, err := f.signer(s)
						if err != nil {
							return err
						}
						who = contracts.Address(k)
					} else if s.signer != nil {
						who = contracts.Address(s.signer)
					}
				}
				st, err := governance.ReadStatus(ctx, s.chain, d, who)
				if err != nil {
					return err
				}
				ps, err := governance.Proposals(ctx, s.chain, d)
				if err != nil {
					return err
				}
				res := govStatus{Status: st, Proposals: orEmpty(ps), Parameters: governance.Parameters()}
				return emit(res, func() { printGovStatus(res) })
			})
		},
	}
	f.add(c, "owner")
	c.Flags().StringVar(&account, "account", "", "show this account's GOPEN and votes (default: the signer)")
	return c
}

func printGovStatus(r govStatus) {
	st, p := r.Status, r.Status.Params
	fmt.Printf("governance at %s (clock %d)\n", time.Unix(int64(st.Clock), 0).UTC().Format(time.RFC3339), st.Clock)
	fmt.Printf("  GOPEN %s, Governor %s, Timelock %s\n", st.GOPEN.Hex(), st.Governor.Hex(), st.Timelock.Hex())
	fmt.Printf("  voting delay %v, voting period %v, proposal threshold %s GOPEN, quorum %d%% (%s GOPEN now), timelock delay %v\n",
		p.VotingDelay, p.VotingPeriod, governance.FormatAmount(p.ProposalThreshold), p.QuorumPercent, governance.FormatAmount(st.Quorum), p.TimelockDelay)
	fmt.Printf("  GOPEN supply %s; Settlement owner %s", governance.FormatAmount(st.Supply), st.SettlementOwner.Hex())
	switch {
	case st.SettlementOwner == st.Timelock:
		fmt.Print(" (the timelock: governed)")
	case st.PendingOwner == st.Timelock:
		fmt.Print(" (handover pending: a proposal must execute accept-ownership)")
	default:
		fmt.Print(" (not handed over: poa gov handover)")
	}
	fmt.Println()
	if a := st.Account; a != nil {
		fmt.Printf("  account %s: %s OPEN, %s GOPEN delegated to %s, voting power %s\n", a.Address.Hex(), governance.FormatAmount(a.OPEN),
			governance.FormatAmount(a.GOPEN), a.Delegate.Hex(), governance.FormatAmount(a.Votes))
	}
	if len(r.Proposals) == 0 {
		fmt.Println("no proposals")
	}
	for i := range r.Proposals {
		fmt.Printf("proposal %s\n", r.Proposals[i].ID)
		printProposal(&r.Proposals[i], st.Clock)
	}
}

// printProposal prints a proposal's state, votes, times and calls; with now, it says
// what comes next.
func printProposal(p *governance.Proposal, now uint64) {
	ts := func(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }
	fmt.Printf("  %s: %q by %s\n", p.State, p.Description, p.Proposer.Hex())
	fmt.Printf("  for %s, against %s, abstain %s GOPEN; quorum %s\n", governance.FormatAmount(p.For), governance.FormatAmount(p.Against),
		governance.FormatAmount(p.Abstain), governance.FormatAmount(p.Quorum))
	fmt.Printf("  voting after %s until %s", ts(p.VoteStart), ts(p.VoteEnd))
	if p.ETA != 0 {
		fmt.Printf("; executable from %s", ts(p.ETA))
	}
	fmt.Println()
	for _, c := range p.Calls {
		if c.Label != "" {
			fmt.Printf("    %s\n", c.Label)
		} else {
			fmt.Printf("    call %s value %s data %s\n", c.Target.Hex(), c.Value, c.Data)
		}
	}
	if now == 0 {
		return
	}
	wait := func(t uint64) string { return (time.Duration(t-now) * time.Second).String() }
	switch {
	case p.State == "Pending" && p.VoteStart >= now:
		fmt.Printf("  next: voting opens in %s (embedded: poa gov advance %s)\n", wait(p.VoteStart+1), wait(p.VoteStart+1))
	case p.State == "Active":
		fmt.Printf("  next: vote; voting closes in %s\n", wait(p.VoteEnd+1))
	case p.State == "Succeeded":
		fmt.Println("  next: poa gov queue", p.ID)
	case p.State == "Queued" && p.ETA > now:
		fmt.Printf("  next: executable in %s (embedded: poa gov advance %s), then poa gov execute %s\n", wait(p.ETA), wait(p.ETA), p.ID)
	case p.State == "Queued":
		fmt.Println("  next: poa gov execute", p.ID)
	}
}

func advanceCmd() *cobra.Command {
	var f chainFlags // only --rpc, to refuse it clearly
	c := &cobra.Command{
		Use:   "advance DURATION",
		Short: "Embedded chain only: move the virtual clock forward (past a voting delay, period or timelock)",
		Long: `Mines an empty block DURATION (seconds, or 90m, 24h, 7d, 2w, 1d12h) after the latest
one on the embedded chain, whose clock moves 1 s per block otherwise; the advance is
recorded in the chain's log and replayed. A JSON-RPC chain's time passes on its own.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := governance.ParseDuration(args[0])
			if err != nil || d < time.Second {
				return fmt.Errorf("DURATION %q: want at least 1s (3600, 90m, 24h, 7d, 2w, 1d12h)", args[0])
			}
			if f.rpc != "" {
				return fmt.Errorf("advance: %w: the clock of %s moves on its own (wait for it)", contracts.ErrNotEmbedded, f.rpc)
			}
			ctx := cmd.Context()
			return withStore(func(st *store.Store) error {
				return withChain(ctx, st, f, false, func(s *session) error {
					from, err := s.chain.Time(ctx)
					if err != nil {
						return err
					}
					if err := s.chain.AdvanceTime(ctx, d); err != nil {
						return err
					}
					to, err := s.chain.Time(ctx)
					if err != nil {
						return err
					}
					res := struct {
						From uint64 `json:"from"`
						To   uint64 `json:"to"`
					}{from, to}
					return emit(res, func() {
						fmt.Printf("embedded chain clock %s -> %s (+%v)\n", time.Unix(int64(from), 0).UTC().Format(time.RFC3339),
							time.Unix(int64(to), 0).UTC().Format(time.RFC3339), time.Duration(to-from)*time.Second)
					})
				})
			})
		},
	}
	c.Flags().StringVar(&f.rpc, "rpc", "", "refused: only the embedded chain's clock can be moved")
	return c
}

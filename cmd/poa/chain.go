package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"maps"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"poa/contracts"
	"poa/node"
	"poa/protocol"
	"poa/settlement"
	"poa/store"
	"poa/tokenomics"
)

// chainFlags select the chain: the embedded one (default) or a JSON-RPC endpoint.
type chainFlags struct {
	rpc, keyFile, keyEnv, passEnv string
	chainID                       uint64
}

func (f *chainFlags) add(c *cobra.Command) {
	c.Flags().StringVar(&f.rpc, "rpc", "", "JSON-RPC endpoint (default: the embedded chain in the data directory)")
	c.Flags().StringVar(&f.keyFile, "key-file", "", "signing key for --rpc: a go-ethereum keystore file or a file holding a hex key")
	c.Flags().StringVar(&f.keyEnv, "key-env", "POA_PRIVATE_KEY", "environment variable with a hex key, used for --rpc without --key-file")
	c.Flags().StringVar(&f.passEnv, "password-env", "POA_KEY_PASSWORD", "environment variable with the keystore passphrase")
	c.Flags().Uint64Var(&f.chainID, "chain-id", 0, "expected chain id of --rpc (checked against eth_chainId; 0: any)")
}

func (f *chainFlags) chainIDBig() *big.Int {
	if f.chainID == 0 {
		return nil
	}
	return new(big.Int).SetUint64(f.chainID)
}

// session is an open chain plus what the CLI needs around it.
type session struct {
	chain  *contracts.Chain
	depKey string                 // store.KindDeployment key of this chain
	signer *ecdsa.PrivateKey      // who sends transactions (embedded: the dev poster)
	dev    *contracts.DevAccounts // embedded only
}

func (s *session) close() { s.chain.Close() }

// openChain opens the chain f selects. The store must be open (its lock also guards the
// embedded chain's files).
func openChain(ctx context.Context, f chainFlags, needKey bool) (*session, error) {
	if f.rpc == "" {
		c, dev, err := contracts.OpenEmbedded(ctx, filepath.Join(g.dataDir, "chain"), nil)
		if err != nil {
			return nil, fmt.Errorf("embedded chain: %w", err)
		}
		return &session{chain: c, depKey: settlement.DeploymentKey(c), signer: dev.Poster, dev: dev}, nil
	}
	var want = f.chainIDBig()
	c, err := contracts.Dial(ctx, f.rpc, want)
	if err != nil {
		return nil, err
	}
	s := &session{chain: c, depKey: settlement.DeploymentKey(c)}
	if needKey {
		if s.signer, err = contracts.LoadKey(f.keyFile, f.keyEnv, f.passEnv); err != nil {
			c.Close()
			return nil, err
		}
	}
	return s, nil
}

// withChain opens the chain f selects, runs fn on it and closes it. st is the open
// store: its lock also guards the embedded chain's files.
func withChain(ctx context.Context, st *store.Store, f chainFlags, needKey bool, fn func(s *session) error) error {
	s, err := openChain(ctx, f, needKey)
	if err != nil {
		return err
	}
	defer s.close()
	return fn(s)
}

// withDeployment is withChain for commands that need the contracts this store
// recorded on that chain: without them (no poa chain up yet) it returns the error
// of s.deployment and fn does not run.
func withDeployment(ctx context.Context, st *store.Store, f chainFlags, needKey bool, fn func(s *session, d *contracts.Deployment) error) error {
	return withChain(ctx, st, f, needKey, func(s *session) error {
		d, err := s.deployment(ctx, st)
		if err != nil {
			return err
		}
		return fn(s, d)
	})
}

// deployment reads the contracts recorded in st for this session's chain and checks
// that the chain is the one they were deployed on and that they have code there.
func (s *session) deployment(ctx context.Context, st *store.Store) (*contracts.Deployment, error) {
	return settlement.LoadDeployment(ctx, st, s.chain)
}

// target is where this session posts epochs.
func (s *session) target(d *contracts.Deployment) settlement.Target {
	return settlement.Target{Chain: s.chain, Key: s.depKey, Deployment: d, Poster: s.signer}
}

func init() {
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "Deploy and inspect the settlement contracts (embedded chain or --rpc)",
	}
	cmd.AddCommand(chainUpCmd(), chainStatusCmd(), advanceCmd())
	rootCmd.AddCommand(cmd)
}

func chainUpCmd() *cobra.Command {
	var f chainFlags
	var verifier, recipient, genesisFile string
	var window time.Duration
	c := &cobra.Command{
		Use:   "up",
		Short: "Deploy the protocol (OPEN's genesis vaults, governance, the Settlement and its verifiers) once per chain and record it",
		Long: `Deploys the whole protocol and records where in the store (docs/tokenomics.md,
docs/governance.md, docs/settlement-abi.md): OPEN minted at genesis into its vesting vaults
(--genesis, default: poa token genesis), GOPEN with the Governor and the TimelockController,
the split verifier, the score verifiers and the Settlement, owned by the timelock from birth
and configured from the genesis's settlement section, and the poster bonded with the
minimum stake. On the embedded chain (default) the dev accounts are created in the data
directory; the dev Owner is the genesis's "deployer" beneficiary, wraps 1,000,000 OPEN into
GOPEN and delegates it to itself, and the dev Poster receives 1,000,000 OPEN. The chain's
state persists there (its transactions are replayed by each later command). With --rpc
the signing key deploys and posts. Running it again on a chain that has a deployment
prints it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			g := tokenomics.Default()
			if genesisFile != "" {
				var err error
				if g, err = tokenomics.Load(genesisFile); err != nil {
					return err
				}
			}
			if verifier == "" {
				verifier = contracts.DefaultVerifier()
			}
			if cmd.Flags().Changed("challenge-window") && (window < 0 || window > contracts.MaxChallengeWindow) {
				return fmt.Errorf("--challenge-window %v: want 0 to %v", window, contracts.MaxChallengeWindow)
			}
			return withStore(func(st *store.Store) error {
				return withChain(ctx, st, f, true, func(s *session) error {
					if d, err := s.deployment(ctx, st); err == nil {
						return emit(d, func() { printDeployment(d, "already deployed") })
					}
					vs := contracts.Verifiers()
					v, ok := vs[verifier]
					if !ok {
						return fmt.Errorf("--verifier %q: not compiled into this build (have %s)", verifier, strings.Join(slices.Sorted(maps.Keys(vs)), ", "))
					}
					cfg := protocol.Config{Deployer: s.signer, Verifier: v, Posters: []*ecdsa.PrivateKey{s.signer}}
					if s.dev != nil {
						cfg = node.DevProtocol(s.dev, v)
					}
					cfg.Genesis = g
					if cmd.Flags().Changed("challenge-window") {
						cfg.ChallengeWindow = &window
					}
					if recipient != "" {
						if !common.IsHexAddress(recipient) {
							return fmt.Errorf("--recipient %q: not an address", recipient)
						}
						cfg.Treasury = common.HexToAddress(recipient)
					}
					if strings.HasPrefix(v.Name, "Fixture") {
						fmt.Fprintf(cmd.ErrOrStderr(), "warning: %s is the contracts test fixture (proves only the payout fingerprint; insecure keys): for tests and demos, not for real payouts\n", v.Name)
					}
					d, err := protocol.Deploy(ctx, s.chain, cfg)
					if err != nil {
						return err
					}
					if err := settlement.SaveDeployment(st, s.chain, d); err != nil {
						return err
					}
					return emit(d, func() { printDeployment(d, "deployed") })
				})
			})
		},
	}
	f.add(c)
	// The default verifier is found by decoding the compiled-in artifacts: resolved when
	// the command runs or its help is shown, not at every process start.
	c.Flags().StringVar(&verifier, "verifier", "", "verifier contract to deploy (compiled in: the prover's Groth16|PlonkSplitVerifier<N>, or Fixture*Verifier for tests)")
	c.SetHelpFunc(func(cmd *cobra.Command, args []string) {
		if fl := cmd.Flags().Lookup("verifier"); fl.DefValue == "" {
			fl.DefValue = contracts.DefaultVerifier()
		}
		cmd.Parent().HelpFunc()(cmd, args)
	})
	c.Flags().StringVar(&recipient, "recipient", "", "treasury: remainder, protocol share, slashed stake (default: the timelock)")
	c.Flags().StringVar(&genesisFile, "genesis", "", "genesis file: allocations, governance and settlement parameters (default: the embedded one, poa token genesis)")
	c.Flags().DurationVar(&window, "challenge-window", 0, "override the genesis's challenge window (e.g. 0s on a dev node whose clock cannot be advanced)")
	return c
}

func printDeployment(d *contracts.Deployment, what string) {
	fmt.Printf("%s on %s (chain id %d, block %d)\n", what, d.Network, d.ChainID, d.Block)
	fmt.Printf("  OPEN        %s\n  Settlement  %s\n  Verifier    %s (%s, %s)\n  owner       %s\n  treasury    %s\n",
		d.Token.Hex(), d.Settlement.Hex(), d.Verifier.Hex(), d.VerifierName, d.Backend, d.Owner.Hex(), d.Recipient.Hex())
	if d.Governor != (common.Address{}) {
		fmt.Printf("  GOPEN       %s\n  Governor    %s\n  Timelock    %s\n", d.GOPEN.Hex(), d.Governor.Hex(), d.Timelock.Hex())
	}
	for _, v := range d.Vaults {
		fmt.Printf("  vault       %-14s %s  %s OPEN\n", v.Allocation, v.Address.Hex(), tokenomics.FormatTokens(mustBig(v.Amount)))
	}
	for _, p := range d.Posters {
		fmt.Printf("  poster      %s\n", p.Hex())
	}
}

func chainStatusCmd() *cobra.Command {
	var f chainFlags
	c := &cobra.Command{
		Use:   "status",
		Short: "Show the deployment, the last settled epoch and every settlement",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return withStore(func(st *store.Store) error {
				return withDeployment(ctx, st, f, false, func(s *session, d *contracts.Deployment) error {
					stat, err := contracts.ReadStatus(ctx, s.chain, d)
					if err != nil {
						return err
					}
					return emit(stat, func() {
						fmt.Printf("chain %s (id %d) at block %d\n", stat.Network, stat.ChainID, stat.Block)
						fmt.Printf("settlement %s, verifier %s (%s), last epoch %d, holding %s base units for claims and %s for the treasury (sweepTreasury)\n",
							d.Settlement.Hex(), stat.Verifier.Hex(), stat.Backend, stat.LastEpoch, stat.Held, stat.Treasury)
						for _, e := range stat.Settlements {
							fmt.Printf("  epoch %d: %d contributors, data fee %s, paid %s, block %d, tx %s\n",
								e.Epoch, e.Contributors, e.DataFee, e.Paid, e.Block, e.TxHash.Hex())
						}
					})
				})
			})
		},
	}
	f.add(c)
	return c
}

// mustBig parses a decimal string the program wrote itself (0 if it is not one).
func mustBig(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}

package protocol

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"poa/contracts"
	"poa/governance"
	"poa/tokenomics"
)

// Config says what Deploy sets up.
type Config struct {
	// Genesis holds the allocations, the governance and the settlement parameters (nil:
	// tokenomics.Default()).
	Genesis *tokenomics.Genesis
	// Deployer deploys everything and is the genesis's "deployer" beneficiary.
	Deployer *ecdsa.PrivateKey
	// Verifier checks the settlements' split proofs.
	Verifier contracts.Verifier
	// Posters are funded from the deployer's OPEN (FundPosters each, plus the minimum
	// stake) and bond the minimum stake, so that they can settle at once.
	Posters     []*ecdsa.PrivateKey
	FundPosters *big.Int
	// Treasury receives the remainder, the protocol share and slashed stake (zero: the
	// timelock).
	Treasury common.Address
	// Vote, if positive, is the OPEN (base units) the deployer wraps into GOPEN and
	// delegates to itself, so that it can propose and vote at once (a development
	// chain's convenience; zero on a real chain, where holders wrap their own).
	Vote *big.Int
	// ChallengeWindow, if set, overrides the genesis's challenge window (development
	// chains that want claims open at once use a tiny one).
	ChallengeWindow *time.Duration
}

// SettlementParams converts a genesis's settlement section to the contract's parameters.
func SettlementParams(g *tokenomics.Genesis) contracts.Params {
	s := g.Settlement
	return contracts.Params{OwnerBps: uint32(s.OwnerBPS), ProtocolBps: uint32(s.ProtocolBPS), DataBps: uint32(s.DataBPS),
		MinStake: s.MinStake.Units(), ChallengeWindow: s.ChallengeWindow.Seconds(), EpochLength: s.EpochLength.Seconds(),
		SlashBps: uint32(s.SlashBPS), ChallengerBps: uint32(s.ChallengerBPS), ChallengeDeposit: s.ChallengeDeposit.Units()}
}

// GovernanceParams converts a genesis's governance section to the Governor's parameters.
func GovernanceParams(g *tokenomics.Genesis) governance.Params {
	v := g.Governance
	return governance.Params{VotingDelay: v.VotingDelay.Duration(), VotingPeriod: v.VotingPeriod.Duration(),
		ProposalThreshold: v.ProposalThreshold.Units(), QuorumPercent: uint64(v.QuorumPercent),
		TimelockDelay: v.TimelockDelay.Duration()}
}

// Deploy deploys the protocol in this order: the genesis vaults and OPEN minted into
// them (TGE = the chain's time now), GOPEN, the timelock and the Governor, the split
// and score verifiers and the Settlement owned by the timelock; then it funds and bonds
// the posters and, if cfg.Vote is set, wraps and self-delegates the deployer's votes.
func Deploy(ctx context.Context, c *contracts.Chain, cfg Config) (*contracts.Deployment, error) {
	g := cfg.Genesis
	if g == nil {
		g = tokenomics.Default()
	}
	if err := g.Validate(); err != nil {
		return nil, err
	}
	params := SettlementParams(g)
	if cfg.ChallengeWindow != nil {
		params.ChallengeWindow = uint64(cfg.ChallengeWindow.Seconds())
	}
	if err := params.Check(); err != nil {
		return nil, fmt.Errorf("genesis settlement parameters: %w", err)
	}
	gp := GovernanceParams(g)
	if err := gp.Validate(); err != nil {
		return nil, fmt.Errorf("genesis governance parameters: %w", err)
	}
	start, err := c.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	token, vaults, err := tokenomics.Deploy(ctx, c, cfg.Deployer, g, 0)
	if err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	gopen, governor, timelock, err := governance.Deploy(ctx, c, cfg.Deployer, token, gp)
	if err != nil {
		return nil, fmt.Errorf("governance: %w", err)
	}
	d, err := contracts.Deploy(ctx, c, contracts.DeployConfig{Owner: cfg.Deployer, Verifier: cfg.Verifier, Token: token,
		Governor: timelock, Params: &params, Posters: cfg.Posters, Recipient: cfg.Treasury, FundPosters: cfg.FundPosters})
	if err != nil {
		return nil, err
	}
	d.GOPEN, d.Governor, d.Timelock, d.Vaults = gopen, governor, timelock, vaults
	if cfg.Vote != nil && cfg.Vote.Sign() > 0 {
		if _, err := governance.Wrap(ctx, c, d, cfg.Deployer, cfg.Vote); err != nil {
			return nil, fmt.Errorf("wrap the deployer's votes: %w", err)
		}
		if _, err := governance.Delegate(ctx, c, d, cfg.Deployer, contracts.Address(cfg.Deployer)); err != nil {
			return nil, fmt.Errorf("delegate the deployer's votes: %w", err)
		}
	}
	d.Block = start
	return d, nil
}

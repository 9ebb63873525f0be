package contracts

import (
	"context"
	"crypto/ecdsa"
	"embed"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"poa/contracts/bindings"
)

// Deployment is where poa's contracts live on one chain; the CLI keeps it in the store
// (store.KindDeployment).
type Deployment struct {
	Network    string         `json:"network"` // "embedded" or the JSON-RPC URL
	ChainID    uint64         `json:"chain_id"`
	Token      common.Address `json:"token"`
	Settlement common.Address `json:"settlement"`
	Verifier   common.Address `json:"verifier"`
	// VerifierName names the verifier artifact (e.g. FixtureGroth16Verifier).
	VerifierName string           `json:"verifier_name"`
	Backend      string           `json:"backend"`
	Owner        common.Address   `json:"owner"`
	Recipient    common.Address   `json:"remainder_recipient"`
	Posters      []common.Address `json:"posters"`
	Block        uint64           `json:"block"`
	Deployed     time.Time        `json:"deployed"`

	// The protocol around the settlement (zero when deployed without it): GOPEN (OPEN
	// wrapped 1:1 with votes), the Governor and the TimelockController that owns the
	// Settlement's parameters, and the vesting vaults OPEN was minted into at genesis.
	GOPEN    common.Address `json:"gopen,omitzero"`
	Governor common.Address `json:"governor,omitzero"`
	Timelock common.Address `json:"timelock,omitzero"`
	Vaults   []Vault        `json:"vaults,omitempty"`
}

// Vault is one genesis allocation's holding: a vesting wallet (or, for an amount
// unlocked at TGE, the beneficiary itself) and its schedule in Unix seconds.
type Vault struct {
	Allocation  string         `json:"allocation"`
	Beneficiary common.Address `json:"beneficiary"`
	Address     common.Address `json:"address"` // the VestingWallet, or the beneficiary for a TGE unlock
	Amount      string         `json:"amount"`  // OPEN base units
	Start       uint64         `json:"start"`
	Duration    uint64         `json:"duration"`
	Cliff       uint64         `json:"cliff,omitempty"` // absolute cliff time (VestingWalletCliff), 0 if none
}

// Verifier is a compiled verifier contract.
type Verifier struct {
	Name    string
	Backend Backend
	Size    int // circuit size (contributors per proof) of the prover's verifiers; 0 for the fixture
	// Score marks a score verifier (verifyProof(bytes, uint256[3]): sketchRoot, queryHash,
	// commitment), registered per adapter by RegisterEvidence; the others verify settlements.
	Score    bool
	Bytecode []byte
}

//go:embed artifacts/*.bin
var artifactFS embed.FS

var sizeSuffix = regexp.MustCompile(`(?:Split|Score)Verifier(\d+)$`)

// Verifiers lists the settlement verifier contracts compiled into this build by name: the
// prover's exported RewardSplit verifiers (Groth16SplitVerifier<N>, PlonkSplitVerifier<N>)
// and the test fixture's (FixtureGroth16Verifier, FixturePlonkVerifier). Score verifiers
// are listed by ScoreVerifiers.
func Verifiers() map[string]Verifier { return verifierArtifacts(false) }

// ScoreVerifiers lists the score verifier contracts compiled into this build by name
// (artifacts named *ScoreVerifier*, Groth16): the test fixture's FixtureScoreVerifier and
// any exported into solidity/verifiers. Deploy one with DeployVerifier and register it
// with RegisterEvidence.
func ScoreVerifiers() map[string]Verifier { return verifierArtifacts(true) }

func verifierArtifacts(score bool) map[string]Verifier {
	out := map[string]Verifier{}
	ents, err := artifactFS.ReadDir("artifacts")
	if err != nil {
		panic(err)
	}
	for _, e := range ents {
		name := strings.TrimSuffix(e.Name(), ".bin")
		if !strings.Contains(name, "Verifier") || strings.Contains(name, "ScoreVerifier") != score {
			continue
		}
		raw, err := artifactFS.ReadFile("artifacts/" + e.Name())
		if err != nil {
			panic(err)
		}
		v := Verifier{Name: name, Backend: Groth16, Score: score, Bytecode: common.FromHex(strings.TrimSpace(string(raw)))}
		if strings.Contains(name, "Plonk") {
			v.Backend = Plonk
		}
		if m := sizeSuffix.FindStringSubmatch(name); m != nil {
			v.Size, _ = strconv.Atoi(m[1])
		}
		out[name] = v
	}
	return out
}

// DefaultVerifier is the verifier `poa chain up` deploys unless told otherwise: the
// prover's Groth16 verifier of size 64 when compiled in, else the fixture's.
func DefaultVerifier() string {
	if _, ok := Verifiers()["Groth16SplitVerifier64"]; ok {
		return "Groth16SplitVerifier64"
	}
	return "FixtureGroth16Verifier"
}

// DeployConfig says what Deploy sets up.
type DeployConfig struct {
	Owner     *ecdsa.PrivateKey // deploys, owns the settlement, receives OPEN's supply
	Verifier  Verifier
	Posters   []common.Address // allowed to settle
	Recipient common.Address   // remainder recipient (zero: the owner)
	// FundPosters, if set, is the OPEN amount (base units) sent to each poster.
	FundPosters *big.Int
}

// Deploy deploys OPEN, the verifier and the Settlement, allows the posters, and funds
// them with OPEN. Every step waits for its receipt.
func Deploy(ctx context.Context, c *Chain, cfg DeployConfig) (*Deployment, error) {
	if cfg.Verifier.Score {
		return nil, fmt.Errorf("deploy: %s is a score verifier, not a settlement verifier", cfg.Verifier.Name)
	}
	owner := Address(cfg.Owner)
	if cfg.Recipient == (common.Address{}) {
		cfg.Recipient = owner
	}
	d := &Deployment{Network: c.URL, ChainID: c.ChainID.Uint64(), VerifierName: cfg.Verifier.Name,
		Backend: cfg.Verifier.Backend.String(), Owner: owner, Recipient: cfg.Recipient, Posters: cfg.Posters,
		Deployed: time.Now().UTC()}
	deploy := func(what string, code []byte, args []byte) (common.Address, error) {
		addr, _, err := c.deploy(ctx, what, cfg.Owner, code, args)
		return addr, err
	}
	var err error
	open := bindings.NewOPEN()
	if d.Token, err = deploy("OPEN", hexutil.MustDecode(bindings.OPENMetaData.Bin), open.PackConstructor(owner)); err != nil {
		return nil, err
	}
	if d.Verifier, err = deploy(cfg.Verifier.Name, cfg.Verifier.Bytecode, nil); err != nil {
		return nil, err
	}
	st := bindings.NewSettlement()
	if d.Settlement, err = deploy("Settlement", hexutil.MustDecode(bindings.SettlementMetaData.Bin),
		st.PackConstructor(d.Token, d.Verifier, uint8(cfg.Verifier.Backend), cfg.Recipient, owner)); err != nil {
		return nil, err
	}
	sc := st.Instance(c.Client, d.Settlement)
	tc := open.Instance(c.Client, d.Token)
	for _, p := range cfg.Posters {
		if _, err := c.transact(ctx, "allow poster "+p.Hex(), sc, cfg.Owner, st.PackSetPoster(p, true)); err != nil {
			return nil, err
		}
		if cfg.FundPosters != nil && cfg.FundPosters.Sign() > 0 && p != owner {
			if _, err := c.transact(ctx, "fund poster "+p.Hex(), tc, cfg.Owner, open.PackTransfer(p, cfg.FundPosters)); err != nil {
				return nil, err
			}
		}
	}
	if d.Block, err = c.Client.BlockNumber(ctx); err != nil {
		return nil, err
	}
	return d, nil
}

// DeployVerifier deploys the compiled verifier v (one of Verifiers or ScoreVerifiers) from
// key and waits for its receipt.
func DeployVerifier(ctx context.Context, c *Chain, key *ecdsa.PrivateKey, v Verifier) (common.Address, *Receipt, error) {
	if len(v.Bytecode) == 0 {
		return common.Address{}, nil, fmt.Errorf("deploy verifier %q: no bytecode", v.Name)
	}
	return c.deploy(ctx, v.Name, key, v.Bytecode, nil)
}

// deploy sends a contract creation (code followed by the packed constructor args) from key
// and waits for a successful receipt.
func (c *Chain) deploy(ctx context.Context, what string, key *ecdsa.PrivateKey, code, args []byte) (common.Address, *Receipt, error) {
	addr, tx, err := bind.DeployContract(c.Transactor(ctx, key), code, c.Client, args)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy %s: %w", what, asRevert(err))
	}
	rc, err := c.mined(ctx, "deploy "+what, tx)
	if err != nil {
		return common.Address{}, nil, err
	}
	return addr, &Receipt{TxHash: tx.Hash(), Block: rc.BlockNumber.Uint64(), GasUsed: rc.GasUsed}, nil
}

// transact sends calldata to a bound contract from key and waits for a successful receipt.
// A call that would revert fails at gas estimation with a *RevertError and sends nothing.
func (c *Chain) transact(ctx context.Context, what string, bc *bind.BoundContract, key *ecdsa.PrivateKey, data []byte) (*Receipt, error) {
	tx, err := bind.Transact(bc, c.Transactor(ctx, key), data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, asRevert(err))
	}
	rc, err := c.mined(ctx, what, tx)
	if err != nil {
		return nil, err
	}
	return &Receipt{TxHash: tx.Hash(), Block: rc.BlockNumber.Uint64(), GasUsed: rc.GasUsed}, nil
}

// Receipt summarizes a mined transaction.
type Receipt struct {
	TxHash  common.Hash `json:"tx_hash"`
	Block   uint64      `json:"block"`
	GasUsed uint64      `json:"gas_used"`
}

package contracts

import (
	"context"
	"crypto/ecdsa"
	"embed"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
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
	Owner        common.Address   `json:"owner"`               // the Settlement's owner (its governance)
	Recipient    common.Address   `json:"remainder_recipient"` // the treasury
	Posters      []common.Address `json:"posters"`             // provers Deploy staked
	// Block is the chain's head before the deployment's first transaction: the first
	// block that can hold its events.
	Block    uint64    `json:"block"`
	Deployed time.Time `json:"deployed"`
	// ScoreVerifiers are the score verifiers Deploy deployed and the Settlement allows,
	// by artifact name (see ScoreVerifiers); RegisterEvidence names one of them.
	ScoreVerifiers map[string]common.Address `json:"score_verifiers,omitempty"`
	// AttributedVerifiers are the attributed split verifiers (one per shape) Deploy
	// deployed and the Settlement allows in settleAttributed, by artifact name (see
	// AttributedVerifiers). Empty for a deployment made before they existed.
	AttributedVerifiers map[string]common.Address `json:"attributed_verifiers,omitempty"`
	// Completeness is the contract that records completeness proofs of attested records
	// (AttestComplete), owned like the Settlement; ScanVerifiers are the scan verifiers
	// Deploy deployed and it allows, by artifact name (see ScanVerifiers). Zero and empty
	// for a deployment made before they existed.
	Completeness  common.Address            `json:"completeness,omitzero"`
	ScanVerifiers map[string]common.Address `json:"scan_verifiers,omitempty"`

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
	Score bool
	// Attributed marks an attributed split verifier (verifyProof(bytes, uint256[4])) of
	// shape Shape ("n64-r16-c16"), allowed in settleAttributed.
	Attributed bool
	Shape      string
	// Scan marks a completeness scan verifier (verifyProof(bytes, uint256[4]): sketchRoot,
	// queryHash, commitment, excluded), allowed in the Completeness contract.
	Scan     bool
	Bytecode []byte
}

//go:embed artifacts/*.bin
var artifactFS embed.FS

var (
	sizeSuffix  = regexp.MustCompile(`(?:Split|Score)Verifier(\d+)$`)
	shapeSuffix = regexp.MustCompile(`AttributedSplitVerifierN(\d+)R(\d+)C(\d+)$`)
)

// verifier kinds of the compiled artifacts
const (
	kindSplit = iota
	kindScore
	kindAttributed
	kindScan
)

// Verifiers lists the settlement verifier contracts compiled into this build by name: the
// prover's exported RewardSplit verifiers (Groth16SplitVerifier<N>, PlonkSplitVerifier<N>)
// and the test fixture's (FixtureGroth16Verifier, FixturePlonkVerifier). Score verifiers
// are listed by ScoreVerifiers.
func Verifiers() map[string]Verifier { return verifierArtifacts(kindSplit) }

// ScoreVerifiers lists the score verifier contracts compiled into this build by name
// (artifacts named *ScoreVerifier*, Groth16): the test fixture's FixtureScoreVerifier and
// any exported into solidity/verifiers. Deploy one with DeployVerifier and register it
// with RegisterEvidence.
func ScoreVerifiers() map[string]Verifier { return verifierArtifacts(kindScore) }

// AttributedVerifiers lists the attributed split verifier contracts compiled into this
// build by name (Groth16AttributedSplitVerifierN<n>R<r>C<c>, exported by the prover into
// solidity/verifiers), each with its Shape. Deploy deploys and allows them all.
func AttributedVerifiers() map[string]Verifier { return verifierArtifacts(kindAttributed) }

// ScanVerifiers lists the completeness scan verifier contracts compiled into this build
// by name (Groth16ScanVerifierN<slots>K<k>D<depth>M<m>R<rows>, exported by the prover
// into solidity/verifiers; 4 public inputs: sketchRoot, queryHash, commitment, excluded).
func ScanVerifiers() map[string]Verifier { return verifierArtifacts(kindScan) }

func verifierArtifacts(kind int) map[string]Verifier {
	out := map[string]Verifier{}
	ents, err := artifactFS.ReadDir("artifacts")
	if err != nil {
		panic(err)
	}
	for _, e := range ents {
		name := strings.TrimSuffix(e.Name(), ".bin")
		k := kindSplit
		switch {
		case !strings.Contains(name, "Verifier"):
			continue
		case strings.Contains(name, "ScoreVerifier"):
			k = kindScore
		case strings.Contains(name, "AttributedSplitVerifier"):
			k = kindAttributed
		case strings.Contains(name, "ScanVerifier"):
			k = kindScan
		}
		if k != kind {
			continue
		}
		raw, err := artifactFS.ReadFile("artifacts/" + e.Name())
		if err != nil {
			panic(err)
		}
		v := Verifier{Name: name, Backend: Groth16, Score: k == kindScore, Attributed: k == kindAttributed,
			Scan: k == kindScan, Bytecode: common.FromHex(strings.TrimSpace(string(raw)))}
		if m := shapeSuffix.FindStringSubmatch(name); m != nil {
			v.Shape = fmt.Sprintf("n%s-r%s-c%s", m[1], m[2], m[3])
		}
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
	Owner    *ecdsa.PrivateKey // deploys and, unless Token is set, receives OPEN's supply
	Verifier Verifier
	// Token, if set, is an OPEN already deployed (minted at genesis into its vaults, or
	// bridged): Deploy settles in it and funds the posters from Owner's balance of it.
	Token common.Address
	// Governor owns the Settlement (its parameters, verifiers, challenges' verdicts): in
	// the full deployment the TimelockController the Governor drives. Zero: Owner's account.
	Governor common.Address
	// Params are the Settlement's initial parameters (nil: DefaultParams()).
	Params *Params
	// Posters are funded with FundPosters + Params.MinStake OPEN each (the owner's account
	// only stakes) and stake Params.MinStake, so that they can settle at once.
	Posters   []*ecdsa.PrivateKey
	Recipient common.Address // the treasury (zero: the Settlement's owner)
	// FundPosters, if set, is the OPEN amount (base units) each poster keeps unstaked.
	FundPosters *big.Int
	// ScoreVerifiers names the compiled score verifiers to deploy and allow (nil: all of
	// ScoreVerifiers()).
	ScoreVerifiers []string
	// AttributedVerifiers names the compiled attributed split verifiers to deploy and
	// allow (nil: all of AttributedVerifiers(); empty: none).
	AttributedVerifiers []string
	// ScanVerifiers names the compiled completeness scan verifiers to deploy and allow in
	// the Completeness contract (nil: all of ScanVerifiers(); empty: none).
	ScanVerifiers []string
}

// Deploy deploys OPEN, the verifier, the score verifiers and the Settlement (owned by
// cfg.Governor, with cfg.Params and the score verifiers allowed), then the scan verifiers
// and the Completeness contract over the Settlement (owned by cfg.Governor too, the scan
// verifiers allowed), funds the posters with OPEN and stakes the minimum for each. Every
// step waits for its receipt.
func Deploy(ctx context.Context, c *Chain, cfg DeployConfig) (*Deployment, error) {
	if cfg.Verifier.Score || cfg.Verifier.Attributed || cfg.Verifier.Scan {
		return nil, fmt.Errorf("deploy: %s is a score, attributed or scan verifier, not a settlement verifier", cfg.Verifier.Name)
	}
	params := DefaultParams()
	if cfg.Params != nil {
		params = *cfg.Params
	}
	if err := params.Check(); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	// Block is where the deployment's events start: read before the first transaction,
	// so that the posters' Staked events are found too.
	start, err := c.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	owner := Address(cfg.Owner)
	governor := cfg.Governor
	if governor == (common.Address{}) {
		governor = owner
	}
	if cfg.Recipient == (common.Address{}) {
		cfg.Recipient = governor
	}
	d := &Deployment{Network: c.URL, ChainID: c.ChainID.Uint64(), VerifierName: cfg.Verifier.Name,
		Backend: cfg.Verifier.Backend.String(), Owner: governor, Recipient: cfg.Recipient, Posters: []common.Address{},
		ScoreVerifiers: map[string]common.Address{}, AttributedVerifiers: map[string]common.Address{},
		ScanVerifiers: map[string]common.Address{}, Deployed: time.Now().UTC()}
	deploy := func(what string, code []byte, args []byte) (common.Address, error) {
		addr, _, err := c.deploy(ctx, what, cfg.Owner, code, args)
		return addr, err
	}
	open := bindings.NewOPEN()
	if d.Token = cfg.Token; d.Token == (common.Address{}) {
		d.Token, err = deploy("OPEN", hexutil.MustDecode(bindings.OPENMetaData.Bin), open.PackConstructor([]common.Address{owner}, []*big.Int{OPENUnits(1_000_000_000)}))
		if err != nil {
			return nil, err
		}
	}
	if d.Verifier, err = deploy(cfg.Verifier.Name, cfg.Verifier.Bytecode, nil); err != nil {
		return nil, err
	}
	names := cfg.ScoreVerifiers
	compiled := ScoreVerifiers()
	if names == nil {
		for name := range compiled {
			names = append(names, name)
		}
		slices.Sort(names)
	}
	allowed := make([]common.Address, 0, len(names))
	for _, name := range names {
		v, ok := compiled[name]
		if !ok {
			return nil, fmt.Errorf("deploy: no compiled score verifier %q: %w", name, ErrInput)
		}
		addr, err := deploy(name, v.Bytecode, nil)
		if err != nil {
			return nil, err
		}
		d.ScoreVerifiers[name] = addr
		allowed = append(allowed, addr)
	}
	attributed, err := deployAll(cfg.AttributedVerifiers, AttributedVerifiers(), "attributed", d.AttributedVerifiers, deploy)
	if err != nil {
		return nil, err
	}
	st := bindings.NewSettlement()
	if d.Settlement, err = deploy("Settlement", hexutil.MustDecode(bindings.SettlementMetaData.Bin),
		st.PackConstructor(d.Token, d.Verifier, uint8(cfg.Verifier.Backend), cfg.Recipient, governor, params.binding(), allowed, attributed)); err != nil {
		return nil, err
	}
	scan, err := deployAll(cfg.ScanVerifiers, ScanVerifiers(), "scan", d.ScanVerifiers, deploy)
	if err != nil {
		return nil, err
	}
	if d.Completeness, err = deploy("Completeness", hexutil.MustDecode(bindings.CompletenessMetaData.Bin),
		bindings.NewCompleteness().PackConstructor(d.Settlement, governor, scan)); err != nil {
		return nil, err
	}
	tc := open.Instance(c.Client, d.Token)
	for _, k := range cfg.Posters {
		p := Address(k)
		fund := new(big.Int).Set(params.MinStake)
		if cfg.FundPosters != nil && cfg.FundPosters.Sign() > 0 {
			fund.Add(fund, cfg.FundPosters)
		}
		if p != owner {
			if _, err := c.transact(ctx, "fund poster "+p.Hex(), tc, cfg.Owner, open.PackTransfer(p, fund)); err != nil {
				return nil, err
			}
		}
		if _, err := Stake(ctx, c, d, k, params.MinStake); err != nil {
			return nil, err
		}
		d.Posters = append(d.Posters, p)
	}
	d.Block = start
	return d, nil
}

// deployAll deploys the compiled verifiers names (nil: all of compiled, in name order),
// records each in into and returns their addresses.
func deployAll(names []string, compiled map[string]Verifier, what string, into map[string]common.Address,
	deploy func(string, []byte, []byte) (common.Address, error)) ([]common.Address, error) {
	if names == nil {
		for name := range compiled {
			names = append(names, name)
		}
		slices.Sort(names)
	}
	out := make([]common.Address, 0, len(names))
	for _, name := range names {
		v, ok := compiled[name]
		if !ok {
			return nil, fmt.Errorf("deploy: no compiled %s verifier %q: %w", what, name, ErrInput)
		}
		addr, err := deploy(name, v.Bytecode, nil)
		if err != nil {
			return nil, err
		}
		into[name] = addr
		out = append(out, addr)
	}
	return out, nil
}

// AttributedVerifier returns the address of the allowed attributed split verifier of
// shape (e.g. "n64-r16-c16") that Deploy deployed, if any.
func (d *Deployment) AttributedVerifier(shape string) (common.Address, bool) {
	for name, a := range d.AttributedVerifiers {
		if m := shapeSuffix.FindStringSubmatch(name); m != nil && fmt.Sprintf("n%s-r%s-c%s", m[1], m[2], m[3]) == shape {
			return a, true
		}
	}
	return common.Address{}, false
}

// ScoreVerifier returns the address of the score verifier name that Deploy deployed and
// the Settlement allows, if any.
func (d *Deployment) ScoreVerifier(name string) (common.Address, bool) {
	a, ok := d.ScoreVerifiers[name]
	return a, ok
}

// ScanVerifier returns the address of the scan verifier name (e.g.
// Groth16ScanVerifierN16K16D5M4R4, prover.ScanVerifierName) that Deploy deployed and the
// Completeness contract allowed at deployment, if any.
func (d *Deployment) ScanVerifier(name string) (common.Address, bool) {
	a, ok := d.ScanVerifiers[name]
	return a, ok
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
// The gas limit is the estimate plus gasMargin: estimation runs at the head's timestamp,
// the transaction in a later block, and the Settlement has time-dependent storage writes
// (a prover's stake lock moves forward with each post) that can cost more a second later.
func (c *Chain) transact(ctx context.Context, what string, bc *bind.BoundContract, key *ecdsa.PrivateKey, data []byte) (*Receipt, error) {
	opts := c.Transactor(ctx, key)
	to := bc.Address()
	gas, err := c.Client.EstimateGas(ctx, ethereum.CallMsg{From: opts.From, To: &to, Data: data})
	if err != nil {
		return nil, fmt.Errorf("%s: estimate gas: %w", what, asRevert(err))
	}
	opts.GasLimit = min(gas+gas/10+gasMargin, TxGasCap)
	tx, err := bind.Transact(bc, opts, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, asRevert(err))
	}
	rc, err := c.mined(ctx, what, tx)
	if err != nil {
		return nil, err
	}
	return &Receipt{TxHash: tx.Hash(), Block: rc.BlockNumber.Uint64(), GasUsed: rc.GasUsed}, nil
}

// gasMargin is added (with 10%) to a transaction's gas estimate: more than a fresh
// storage slot (22,100 gas).
const gasMargin = 25_000

// Receipt summarizes a mined transaction.
type Receipt struct {
	TxHash  common.Hash `json:"tx_hash"`
	Block   uint64      `json:"block"`
	GasUsed uint64      `json:"gas_used"`
}

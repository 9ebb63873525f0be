package tokenomics

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Version is the genesis schema version this package reads and writes.
const Version = 1

// TotalBPS is 100% in basis points: allocations' bps add up to it, and tge_bps and the
// settlement's shares are out of it.
const TotalBPS = 10_000

// MaxMonths bounds cliff_months and vesting_months (100 years).
const MaxMonths = 1200

// Deployer is the beneficiary keyword that stands for the account deploying the genesis
// (on the embedded chain, its dev Owner account).
const Deployer = "deployer"

//go:embed genesis.json
var defaultJSON []byte

// Genesis is poa's genesis file: the OPEN allocation and the parameters of governance
// and settlement. Parse and Load validate it; a Genesis built in Go should be checked
// with Validate before use.
type Genesis struct {
	Version    int        `json:"version"`
	Comment    string     `json:"comment,omitempty"`
	Token      Token      `json:"token"`
	Governance Governance `json:"governance"`
	Settlement Settlement `json:"settlement"`
}

// Token is the genesis allocation of OPEN's fixed supply.
type Token struct {
	Allocations []Allocation `json:"allocations"`
}

// Allocation is one slice of OPEN's supply: bps of the supply, of which tge_bps (out of
// 10000, of the allocation) goes straight to the beneficiary at TGE and the rest vests
// linearly over vesting_months starting cliff_months after TGE (nothing before the cliff,
// then amount × elapsed / duration, as OpenZeppelin's VestingWallet computes it).
type Allocation struct {
	Name string `json:"name"`
	// Group is an optional label for reporting (e.g. "ecosystem & community" for two
	// allocations that together make up the published 61.71%).
	Group string `json:"group,omitempty"`
	// Beneficiary is a 0x address (EIP-55 checksummed if mixed-case) or "deployer".
	Beneficiary   string `json:"beneficiary"`
	BPS           int    `json:"bps"`
	TGEBPS        int    `json:"tge_bps"`
	CliffMonths   int    `json:"cliff_months"`
	VestingMonths int    `json:"vesting_months"`
}

// Governance holds the Governor's and the timelock's parameters (consumed by the
// governance package). ProposalThreshold is in GOPEN (1:1 with OPEN).
type Governance struct {
	VotingDelay       Duration `json:"voting_delay"`
	VotingPeriod      Duration `json:"voting_period"`
	ProposalThreshold Tokens   `json:"proposal_threshold"`
	QuorumPercent     int      `json:"quorum_percent"`
	TimelockDelay     Duration `json:"timelock_delay"`
}

// Settlement holds the settlement's economic parameters (consumed by the settlement
// work): the fee split in bps (owner + protocol + data = 10000), the stake a poster
// bonds, the challenge window and deposit, the share of a stake slashed on a successful
// challenge and the challenger's share of the slash, and the epoch length (0: epochs
// are not tied to time).
type Settlement struct {
	OwnerBPS         int      `json:"owner_bps"`
	ProtocolBPS      int      `json:"protocol_bps"`
	DataBPS          int      `json:"data_bps"`
	MinStake         Tokens   `json:"min_stake"`
	ChallengeWindow  Duration `json:"challenge_window"`
	EpochLength      Duration `json:"epoch_length"`
	SlashBPS         int      `json:"slash_bps"`
	ChallengerBPS    int      `json:"challenger_bps"`
	ChallengeDeposit Tokens   `json:"challenge_deposit"`
}

// DefaultJSON returns the embedded default genesis file, as `poa token genesis` prints
// it; edit a copy and pass it to Load or Parse.
func DefaultJSON() []byte { return bytes.Clone(defaultJSON) }

// Default returns the embedded default genesis (OpenLedger's published allocation, every
// beneficiary "deployer"). It panics if the embedded file is invalid, which its tests
// rule out.
func Default() *Genesis {
	g, err := Parse(defaultJSON)
	if err != nil {
		panic("tokenomics: embedded genesis.json: " + err.Error())
	}
	return g
}

// Load reads and validates the genesis file at path; an empty path is the default.
func Load(path string) (*Genesis, error) {
	if path == "" {
		return Default(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	g, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// Parse decodes a genesis file (unknown fields are errors) and validates it.
func Parse(data []byte) (*Genesis, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var g Genesis
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrGenesis, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: data after the genesis object", ErrGenesis)
	}
	if err := g.Validate(); err != nil {
		return nil, err
	}
	return &g, nil
}

var namePattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$`)

// Validate checks the whole genesis and returns one error wrapping ErrGenesis that lists
// every problem, each naming its section, allocation or field and why.
func (g *Genesis) Validate() error {
	var bad []string
	add := func(format string, args ...any) { bad = append(bad, fmt.Sprintf(format, args...)) }
	if g.Version != Version {
		add("version %d: this poa reads version %d", g.Version, Version)
	}
	if len(g.Token.Allocations) == 0 {
		add("token: no allocations")
	}
	seen := map[string]bool{}
	sum := 0
	for i, a := range g.Token.Allocations {
		name := a.Name
		if !namePattern.MatchString(a.Name) {
			add("token.allocations[%d]: name %q: want 1-32 letters, digits, '_', '.' or '-', starting with a letter or digit", i, a.Name)
			name = fmt.Sprintf("#%d", i)
		} else if seen[a.Name] {
			add("allocation %q: name used twice", a.Name)
		}
		seen[a.Name] = true
		for _, p := range a.check() {
			add("allocation %q: %s", name, p)
		}
		if a.BPS > 0 && a.BPS <= TotalBPS {
			sum += a.BPS
		}
	}
	if len(g.Token.Allocations) > 0 && sum != TotalBPS {
		add("token: allocations add up to %d bps (%s%%), not %d (100%%)", sum, bpsPercent(sum), TotalBPS)
	}
	gv := g.Governance
	if gv.VotingPeriod.Seconds() == 0 {
		add("governance.voting_period: must be positive")
	}
	if gv.VotingPeriod.Seconds() > math.MaxUint32 {
		add("governance.voting_period %s: over 2^32-1 seconds (the Governor stores it as uint32)", gv.VotingPeriod)
	}
	if gv.VotingDelay.Seconds() >= 1<<48 {
		add("governance.voting_delay %s: over 2^48-1 seconds (the Governor stores it as uint48)", gv.VotingDelay)
	}
	if gv.QuorumPercent < 1 || gv.QuorumPercent > 100 {
		add("governance.quorum_percent %d: want 1..100", gv.QuorumPercent)
	}
	if gv.ProposalThreshold.Units().Cmp(Supply()) > 0 {
		add("governance.proposal_threshold %s: above the supply", gv.ProposalThreshold)
	}
	s := g.Settlement
	for _, f := range []struct {
		name string
		v    int
	}{{"owner_bps", s.OwnerBPS}, {"protocol_bps", s.ProtocolBPS}, {"data_bps", s.DataBPS}, {"slash_bps", s.SlashBPS}, {"challenger_bps", s.ChallengerBPS}} {
		if f.v < 0 || f.v > TotalBPS {
			add("settlement.%s %d: want 0..%d", f.name, f.v, TotalBPS)
		}
	}
	if split := s.OwnerBPS + s.ProtocolBPS + s.DataBPS; split != TotalBPS {
		add("settlement: owner_bps + protocol_bps + data_bps = %d, not %d", split, TotalBPS)
	}
	if s.ChallengeWindow.Seconds() == 0 {
		add("settlement.challenge_window: must be positive")
	}
	for _, f := range []struct {
		name string
		v    Tokens
	}{{"min_stake", s.MinStake}, {"challenge_deposit", s.ChallengeDeposit}} {
		if f.v.Units().Cmp(Supply()) > 0 {
			add("settlement.%s %s: above the supply", f.name, f.v)
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%w: %s", ErrGenesis, strings.Join(bad, "; "))
	}
	return nil
}

// check lists what is wrong with one allocation.
func (a Allocation) check() []string {
	var bad []string
	add := func(format string, args ...any) { bad = append(bad, fmt.Sprintf(format, args...)) }
	if a.BPS <= 0 || a.BPS > TotalBPS {
		add("bps %d: want 1..%d", a.BPS, TotalBPS)
	}
	if a.TGEBPS < 0 || a.TGEBPS > TotalBPS {
		add("tge_bps %d: want 0..%d (the share of the allocation unlocked at TGE)", a.TGEBPS, TotalBPS)
	}
	if a.CliffMonths < 0 || a.CliffMonths > MaxMonths {
		add("cliff_months %d: want 0..%d", a.CliffMonths, MaxMonths)
	}
	if a.VestingMonths < 0 || a.VestingMonths > MaxMonths {
		add("vesting_months %d: want 0..%d", a.VestingMonths, MaxMonths)
	}
	switch {
	case a.CliffMonths > 0 && a.VestingMonths == 0:
		add("cliff_months %d with vesting_months 0: a cliff needs a vesting period after it (for a single unlock at a date use vesting_months 1)", a.CliffMonths)
	case a.VestingMonths == 0 && a.TGEBPS >= 0 && a.TGEBPS < TotalBPS:
		add("vesting_months 0 with tge_bps %d: the %d bps not unlocked at TGE would never vest; set tge_bps %d or a vesting period", a.TGEBPS, TotalBPS-a.TGEBPS, TotalBPS)
	case a.VestingMonths > 0 && a.TGEBPS == TotalBPS:
		add("tge_bps %d unlocks everything at TGE, leaving nothing to vest over vesting_months %d: set vesting_months and cliff_months to 0", a.TGEBPS, a.VestingMonths)
	}
	if _, err := a.resolve(common.Address{1}); err != nil {
		bad = append(bad, err.Error())
	}
	return bad
}

// resolve returns the beneficiary's address, deployer standing for "deployer".
func (a Allocation) resolve(deployer common.Address) (common.Address, error) {
	b := a.Beneficiary
	if b == Deployer {
		return deployer, nil
	}
	if !strings.HasPrefix(b, "0x") || !common.IsHexAddress(b) {
		return common.Address{}, fmt.Errorf("beneficiary %q: want a 0x-prefixed 20-byte hex address or %q", b, Deployer)
	}
	addr := common.HexToAddress(b)
	if addr == (common.Address{}) {
		return common.Address{}, fmt.Errorf("beneficiary %q: the zero address", b)
	}
	if hex := b[2:]; hex != strings.ToLower(hex) && hex != strings.ToUpper(hex) && b != addr.Hex() {
		return common.Address{}, fmt.Errorf("beneficiary %q: bad EIP-55 checksum (want %s)", b, addr.Hex())
	}
	return addr, nil
}

// BeneficiaryAddress is the allocation's beneficiary, deployer standing for "deployer".
// It panics on an invalid beneficiary, which Validate rules out.
func (a Allocation) BeneficiaryAddress(deployer common.Address) common.Address {
	addr, err := a.resolve(deployer)
	if err != nil {
		panic("tokenomics: allocation " + a.Name + ": " + err.Error())
	}
	return addr
}

// Allocation returns the allocation called name, or an error wrapping
// ErrUnknownAllocation.
func (g *Genesis) Allocation(name string) (Allocation, error) {
	for _, a := range g.Token.Allocations {
		if a.Name == name {
			return a, nil
		}
	}
	names := make([]string, len(g.Token.Allocations))
	for i, a := range g.Token.Allocations {
		names[i] = a.Name
	}
	return Allocation{}, fmt.Errorf("%w %q (have %s)", ErrUnknownAllocation, name, strings.Join(names, ", "))
}

// Supply is OPEN's fixed supply in base units, 10^9 × 10^18 (the contract's SUPPLY).
func Supply() *big.Int { return new(big.Int).Mul(big.NewInt(1_000_000_000), unit) }

// Amount is the allocation's share of the supply in base units: Supply × bps / 10000,
// exact (the supply is a multiple of 10^4).
func (a Allocation) Amount() *big.Int {
	v := new(big.Int).Mul(Supply(), big.NewInt(int64(a.BPS)))
	return v.Quo(v, big.NewInt(TotalBPS))
}

// TGEAmount is the part sent to the beneficiary at TGE: Amount × tge_bps / 10000, exact
// (Amount is a multiple of 10^23).
func (a Allocation) TGEAmount() *big.Int {
	v := new(big.Int).Mul(a.Amount(), big.NewInt(int64(a.TGEBPS)))
	return v.Quo(v, big.NewInt(TotalBPS))
}

// VaultAmount is the part held by the allocation's vesting wallet: Amount − TGEAmount.
func (a Allocation) VaultAmount() *big.Int { return new(big.Int).Sub(a.Amount(), a.TGEAmount()) }

// Vests reports whether the allocation has a vesting wallet (VaultAmount > 0).
func (a Allocation) Vests() bool { return a.VaultAmount().Sign() > 0 }

// VaultStart is when the allocation's vesting wallet starts, in seconds after TGE: the
// cliff, CliffMonths × MonthSeconds.
func (a Allocation) VaultStart() uint64 { return uint64(a.CliffMonths) * MonthSeconds }

// VaultDuration is the vesting wallet's duration in seconds: VestingMonths × MonthSeconds.
func (a Allocation) VaultDuration() uint64 { return uint64(a.VestingMonths) * MonthSeconds }

// bpsPercent writes bps as a percentage ("61.71").
func bpsPercent(bps int) string {
	s := fmt.Sprintf("%d.%02d", bps/100, bps%100)
	if bps < 0 {
		s = fmt.Sprintf("-%d.%02d", -bps/100, -bps%100)
	}
	return strings.TrimSuffix(strings.TrimSuffix(s, "0"), ".0")
}

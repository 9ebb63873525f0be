package governance

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"time"
)

// Params are the Governor's and the timelock's settings. With GOPEN's timestamp clock
// the delay and period are seconds on-chain (whole seconds here; a fraction is an
// ErrParams).
type Params struct {
	// VotingDelay is the time from a proposal to its snapshot, when voting opens.
	VotingDelay time.Duration
	// VotingPeriod is how long voting stays open after the snapshot.
	VotingPeriod time.Duration
	// ProposalThreshold is the voting power (GOPEN base units, 10^-18 GOPEN) a proposer
	// needs one second before proposing.
	ProposalThreshold *big.Int
	// QuorumPercent is the share of GOPEN's supply at the snapshot that For and Abstain
	// votes together must reach (0-100).
	QuorumPercent uint64
	// TimelockDelay is the timelock's minimum delay between queueing and execution.
	TimelockDelay time.Duration
}

// Day is 24 hours.
const Day = 24 * time.Hour

// DefaultParams are OpenLedger's later Governor settings (openledger-dev/openledger,
// contracts/OpenLedgerGovernor.sol): voting delay 1 day, voting period 1 week, proposal
// threshold 10,000 GOPEN, quorum 5%, and a 1-day timelock.
func DefaultParams() Params {
	return Params{
		VotingDelay:       Day,
		VotingPeriod:      7 * Day,
		ProposalThreshold: GOPENUnits(10_000),
		QuorumPercent:     5,
		TimelockDelay:     Day,
	}
}

// GOPENUnits is n whole GOPEN (or OPEN) in base units (n·10^18).
func GOPENUnits(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
}

// Validate checks p against what the contracts accept: a voting delay that fits a
// uint48, a voting period of at least 1 s that fits a uint32 (GovernorSettings), a
// threshold that is a uint256, a quorum of at most 100% (GovernorVotesQuorumFraction),
// a non-negative timelock delay, all in whole seconds.
func (p Params) Validate() error {
	secs := func(name string, d time.Duration, lo int64, hi uint64) error {
		if d%time.Second != 0 {
			return fmt.Errorf("%w: %s %v is not whole seconds", ErrParams, name, d)
		}
		s := int64(d / time.Second)
		if s < lo || uint64(s) > hi {
			return fmt.Errorf("%w: %s %v out of range [%ds, %ds]", ErrParams, name, d, lo, hi)
		}
		return nil
	}
	if err := secs("voting delay", p.VotingDelay, 0, 1<<48-1); err != nil {
		return err
	}
	if err := secs("voting period", p.VotingPeriod, 1, math.MaxUint32); err != nil {
		return err
	}
	if err := secs("timelock delay", p.TimelockDelay, 0, math.MaxInt64); err != nil {
		return err
	}
	if p.ProposalThreshold == nil || p.ProposalThreshold.Sign() < 0 || p.ProposalThreshold.BitLen() > 256 {
		return fmt.Errorf("%w: proposal threshold %v is not a uint256", ErrParams, p.ProposalThreshold)
	}
	if p.QuorumPercent > 100 {
		return fmt.Errorf("%w: quorum %d%% over 100%%", ErrParams, p.QuorumPercent)
	}
	return nil
}

type paramsJSON struct {
	VotingDelay       uint64 `json:"voting_delay_s"`
	VotingPeriod      uint64 `json:"voting_period_s"`
	ProposalThreshold string `json:"proposal_threshold"` // GOPEN base units
	QuorumPercent     uint64 `json:"quorum_percent"`
	TimelockDelay     uint64 `json:"timelock_delay_s"`
}

// MarshalJSON writes durations as whole seconds (voting_delay_s, voting_period_s,
// timelock_delay_s) and the threshold as a decimal string of base units.
func (p Params) MarshalJSON() ([]byte, error) {
	th := ""
	if p.ProposalThreshold != nil {
		th = p.ProposalThreshold.String()
	}
	return json.Marshal(paramsJSON{uint64(p.VotingDelay / time.Second), uint64(p.VotingPeriod / time.Second), th,
		p.QuorumPercent, uint64(p.TimelockDelay / time.Second)})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Params) UnmarshalJSON(b []byte) error {
	var j paramsJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	th, ok := new(big.Int).SetString(j.ProposalThreshold, 10)
	if !ok {
		return fmt.Errorf("%w: proposal_threshold %q is not a decimal integer", ErrParams, j.ProposalThreshold)
	}
	for _, s := range []uint64{j.VotingDelay, j.VotingPeriod, j.TimelockDelay} {
		if s > math.MaxInt64/uint64(time.Second) {
			return fmt.Errorf("%w: %d s does not fit a duration", ErrParams, s)
		}
	}
	*p = Params{VotingDelay: time.Duration(j.VotingDelay) * time.Second, VotingPeriod: time.Duration(j.VotingPeriod) * time.Second,
		ProposalThreshold: th, QuorumPercent: j.QuorumPercent, TimelockDelay: time.Duration(j.TimelockDelay) * time.Second}
	return nil
}

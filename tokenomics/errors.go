package tokenomics

import "errors"

var (
	// ErrGenesis marks a genesis file that does not parse or does not validate; the
	// wrapping error names the section, the allocation and the reason.
	ErrGenesis = errors.New("invalid genesis")
	// ErrUnknownAllocation is returned for an allocation name the genesis does not have.
	ErrUnknownAllocation = errors.New("unknown allocation")
)

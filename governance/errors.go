package governance

import "errors"

var (
	// ErrNoGovernance is returned for a deployment without a Governor (GOPEN, Governor
	// and Timelock zero): governance was not deployed on that chain.
	ErrNoGovernance = errors.New("no governance in this deployment")
	// ErrParams is returned by Params.Validate (and Deploy) for settings the contracts
	// would reject or that cannot be represented (a negative delay, a quorum over 100%).
	ErrParams = errors.New("invalid governance parameters")
	// ErrUnknownParameter is returned for a parameter name the registry lacks, or that
	// this build's Settlement has no setter for.
	ErrUnknownParameter = errors.New("unknown parameter")
	// ErrValue is returned for a parameter value that does not parse or is out of range
	// (nothing is sent).
	ErrValue = errors.New("invalid parameter value")
	// ErrNoProposal is returned for a proposal id the Governor has no ProposalCreated
	// event for.
	ErrNoProposal = errors.New("no such proposal")
	// ErrAmount is returned for a nil, zero or negative token amount (nothing is sent).
	ErrAmount = errors.New("invalid amount")
)

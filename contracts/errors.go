package contracts

import "errors"

var (
	// ErrReverted is wrapped by every error that reports an on-chain revert; errors.As
	// with *RevertError gives the decoded reason.
	ErrReverted = errors.New("transaction reverted")
	// ErrChainID is returned when an endpoint's chain id differs from the expected one.
	ErrChainID = errors.New("chain id mismatch")
	// ErrNoDeployment is returned when the store holds no deployment for the chain.
	ErrNoDeployment = errors.New("no deployment recorded for this chain")
	// ErrKey is returned for a missing, unreadable or undecryptable signing key.
	ErrKey = errors.New("signing key")
	// ErrChainLog is returned when the embedded chain's transaction log cannot be replayed.
	ErrChainLog = errors.New("embedded chain log")
	// ErrTooLarge is returned for a settlement over the per-transaction gas cap.
	ErrTooLarge = errors.New("settlement too large for one transaction")
	// ErrUint256 is returned for a nil, negative or over-256-bit value passed where the
	// contract takes a uint256 (nothing is sent).
	ErrUint256 = errors.New("not a uint256")
	// ErrNotEmbedded is returned for what only the embedded chain can do (advance time).
	ErrNotEmbedded = errors.New("only the embedded chain can do this")
	// ErrInput is returned for an argument out of range (nothing is sent).
	ErrInput = errors.New("invalid input")
	// ErrFeeRule is returned when an epoch's data fee is not the Settlement's current fee
	// rule's data share of its total fee (the split was made under another rule; nothing
	// is sent).
	ErrFeeRule = errors.New("fee rule mismatch")
	// ErrNoCompleteness is returned for a completeness call on a deployment made before
	// the Completeness contract existed (Deployment.Completeness is zero; nothing is sent).
	ErrNoCompleteness = errors.New("deployment has no Completeness contract")
)

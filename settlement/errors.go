package settlement

import "errors"

var (
	// ErrEmptyEpoch is returned by Close when the open epoch has no attribution record:
	// there is nothing to split, and closing would post an empty settlement.
	ErrEmptyEpoch = errors.New("the open epoch has no attribution records")
	// ErrZeroFee is returned by Close when the open epoch's data fee is 0: posting it
	// would spend gas to pay nothing. Its records stay in the open epoch and are settled
	// with the next records that carry a fee.
	ErrZeroFee = errors.New("the open epoch's data fee is 0")
	// ErrState is returned for a transition the epoch's status does not allow (proving
	// a posted epoch, posting an unproven one, an epoch that does not exist yet).
	ErrState = errors.New("epoch is not in a state that allows this")
	// ErrOrder is returned when an epoch would be posted while an earlier closed epoch
	// is not yet posted: the Settlement contract only accepts increasing epochs, so the
	// earlier one could never be posted afterwards.
	ErrOrder = errors.New("an earlier epoch is not settled yet")
	// ErrStranded is returned when the chain has settled a later epoch but not this one:
	// the contract can no longer accept it (a data directory written before epochs were
	// settled in order). Refile moves its records into the open epoch.
	ErrStranded = errors.New("epoch can no longer be posted to this deployment")
	// ErrMismatch is returned when the chain's record of an epoch differs from the
	// store's (another payout root, data fee or contributor count): the two disagree
	// about what was paid, and nothing is changed.
	ErrMismatch = errors.New("the chain's settlement differs from the store's epoch")
	// ErrRecompute is returned when a stored epoch differs from its recomputation from
	// its attribution records (CheckAggregate).
	ErrRecompute = errors.New("epoch does not recompute from its records")
	// ErrInput is returned for a record or request that cannot be settled: a fee that is
	// not a decimal integer in [0, 2^96), a malformed or zero address, an unknown fee rule.
	ErrInput = errors.New("invalid settlement input")
	// ErrNoKeys is returned when the data directory has no proving keys of the size and
	// backend an epoch needs.
	ErrNoKeys = errors.New("no proving keys")
)

package prover

import "errors"

var (
	// ErrInput is returned for a split input that cannot be proven: malformed JSON,
	// integers out of range, repeated or malformed addresses, mismatched lists.
	ErrInput = errors.New("invalid split input")
	// ErrKeyFile is returned for a key file that is truncated, corrupt (checksum),
	// of another format version or of another kind (pk where a vk was expected).
	ErrKeyFile = errors.New("invalid key file")
	// ErrProofFile is returned for a proof file that is malformed, of another format
	// version or internally inconsistent (public inputs not matching its statement).
	ErrProofFile = errors.New("invalid proof file")
	// ErrKeyMismatch is returned when a proof is checked with a key other than the one
	// it was made with (another key id, backend, circuit or size), or a proving and a
	// verifying key of different setups are paired.
	ErrKeyMismatch = errors.New("proof and key do not match")
	// ErrInvalidProof is returned when a proof does not verify against its public inputs.
	ErrInvalidProof = errors.New("proof does not verify")
	// ErrTooLarge is returned when a split has more contributors than the key's size N.
	ErrTooLarge = errors.New("split larger than the circuit size")
	// ErrNoSRS is returned by a PLONK setup given neither an SRS nor the unsafe test SRS.
	ErrNoSRS = errors.New("PLONK setup needs a KZG SRS")
	// ErrBackend is returned for an unknown proof system name.
	ErrBackend = errors.New("unknown backend")
	// ErrCeremony is returned when an MPC ceremony file or contribution fails to verify.
	ErrCeremony = errors.New("ceremony contribution invalid")
)

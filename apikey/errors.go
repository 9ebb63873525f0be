package apikey

import "errors"

var (
	// ErrMalformedToken is returned for a string that is not a token of the form
	// poa_<16 hex digits>_<43 base64url characters>.
	ErrMalformedToken = errors.New("malformed API key")
	// ErrUnknownKey is returned for a token whose id is not in the keys file or whose
	// secret does not match the stored hash (the two are not told apart).
	ErrUnknownKey = errors.New("unknown API key")
	// ErrRevoked is returned for a token of a revoked key (only once its secret
	// matched, so that the id alone tells nothing).
	ErrRevoked = errors.New("API key revoked")
	// ErrNoKeys is returned by Ring.Verify when the keys file holds no active key.
	ErrNoKeys = errors.New("no API keys")
	// ErrBadFile is returned by Parse (and by what reads the file) for a keys file
	// that is not well formed; the error names the problem.
	ErrBadFile = errors.New("malformed keys file")
	// ErrBadKey is returned by New for invalid key settings (name, scope, rate).
	ErrBadKey = errors.New("invalid key settings")
	// ErrNotFound is returned by File.Revoke for an id that is not in the file.
	ErrNotFound = errors.New("no such API key")
	// ErrLocked is returned by File writers when another writer holds the lock for
	// longer than LockTimeout.
	ErrLocked = errors.New("keys file is locked")
)

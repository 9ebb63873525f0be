package apikey

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Scope is what a key may do.
type Scope string

const (
	// ScopeInference allows completions and, on a node that requires keys for
	// them, the read endpoints.
	ScopeInference Scope = "inference"
	// ScopeAdmin allows everything ScopeInference does and the state-changing
	// endpoints.
	ScopeAdmin Scope = "admin"
)

// Valid reports whether s is a known scope.
func (s Scope) Valid() bool { return s == ScopeInference || s == ScopeAdmin }

// Allows reports whether a key of scope s may do what need requires: admin allows
// every scope, inference only inference.
func (s Scope) Allows(need Scope) bool {
	return s == ScopeAdmin || (s == ScopeInference && need == ScopeInference)
}

// Limits on key settings (inclusive).
const (
	MaxNameLen = 64        // bytes of a key's name
	MaxRate    = 1_000_000 // requests per second
	MaxBurst   = 1_000_000 // requests
)

// Token layout: "poa_" + IDLen hex digits + "_" + SecretLen base64url characters.
const (
	TokenPrefix = "poa_"
	IDLen       = 16 // hex digits (8 random bytes)
	secretBytes = 32
	SecretLen   = 43 // base64url characters of the 32-byte secret, unpadded
	TokenLen    = len(TokenPrefix) + IDLen + 1 + SecretLen
	shownChars  = 4 // characters of the secret in Key.Prefix
)

var b64 = base64.RawURLEncoding.Strict()

// Key is one API key as stored: its public facts and the SHA-256 of its secret.
type Key struct {
	ID      string     `json:"id"`                // 16 lowercase hex digits
	Name    string     `json:"name"`              // the operator's label
	Scope   Scope      `json:"scope"`             // inference or admin
	Prefix  string     `json:"prefix"`            // display form, "poa_<id>_" and 4 secret characters
	SHA256  string     `json:"sha256"`            // hex SHA-256 of the secret's 32 bytes
	Created time.Time  `json:"created"`           // UTC
	Revoked *time.Time `json:"revoked,omitempty"` // UTC; nil while active
	// Rate is the key's own limit in requests per second (token bucket); 0: the
	// server's default. Burst is the bucket's size; 0: the server's default.
	Rate  float64 `json:"rate,omitempty"`
	Burst int     `json:"burst,omitempty"`
}

// Active reports whether k is not revoked.
func (k Key) Active() bool { return k.Revoked == nil }

// Matches reports, in time independent of where they differ, whether secret hashes
// to k's stored hash.
func (k Key) Matches(secret []byte) bool {
	want, err := hex.DecodeString(k.SHA256)
	if err != nil || len(want) != sha256.Size {
		return false
	}
	got := sha256.Sum256(secret)
	return subtle.ConstantTimeCompare(got[:], want) == 1
}

// Options are the settings of a new key.
type Options struct {
	Name  string  // required: 1 to MaxNameLen bytes of printable UTF-8
	Scope Scope   // ScopeInference or ScopeAdmin
	Rate  float64 // requests per second, [0, MaxRate]; 0: the server's default
	Burst int     // [0, MaxBurst]; 0: the server's default
}

// Validate checks o, returning an error wrapping ErrBadKey that names the field.
func (o Options) Validate() error {
	if err := checkName(o.Name); err != nil {
		return fmt.Errorf("%w: %w", ErrBadKey, err)
	}
	if !o.Scope.Valid() {
		return fmt.Errorf("%w: scope %q: want %q or %q", ErrBadKey, o.Scope, ScopeInference, ScopeAdmin)
	}
	if math.IsNaN(o.Rate) || o.Rate < 0 || o.Rate > MaxRate {
		return fmt.Errorf("%w: rate %v: want [0, %d] requests per second", ErrBadKey, o.Rate, MaxRate)
	}
	if o.Burst < 0 || o.Burst > MaxBurst {
		return fmt.Errorf("%w: burst %d: want [0, %d]", ErrBadKey, o.Burst, MaxBurst)
	}
	return nil
}

func checkName(name string) error {
	if name == "" || len(name) > MaxNameLen {
		return fmt.Errorf("name %q: want 1 to %d bytes", name, MaxNameLen)
	}
	if !utf8.ValidString(name) {
		return fmt.Errorf("name %q: not UTF-8", name)
	}
	for _, r := range name {
		if !unicode.IsPrint(r) {
			return fmt.Errorf("name %q: unprintable character %U", name, r)
		}
	}
	return nil
}

// New makes a key with o's settings, created at now (UTC), reading randomness from
// rnd (nil: crypto/rand). It returns the key to store and its token, which nothing
// keeps: the caller shows it once.
func New(o Options, now time.Time, rnd io.Reader) (Key, string, error) {
	if err := o.Validate(); err != nil {
		return Key{}, "", err
	}
	if rnd == nil {
		rnd = rand.Reader
	}
	var buf [8 + secretBytes]byte
	if _, err := io.ReadFull(rnd, buf[:]); err != nil {
		return Key{}, "", fmt.Errorf("apikey: read randomness: %w", err)
	}
	id, secret := hex.EncodeToString(buf[:8]), buf[8:]
	tok := FormatToken(id, secret)
	sum := sha256.Sum256(secret)
	k := Key{ID: id, Name: o.Name, Scope: o.Scope, Prefix: tok[:len(TokenPrefix)+IDLen+1+shownChars],
		SHA256: hex.EncodeToString(sum[:]), Created: now.UTC().Truncate(time.Second), Rate: o.Rate, Burst: o.Burst}
	return k, tok, nil
}

// FormatToken writes the token of id and secret. It panics if id is not IDLen
// lowercase hex digits or secret is not 32 bytes (programmer errors).
func FormatToken(id string, secret []byte) string {
	if !validID(id) || len(secret) != secretBytes {
		panic("apikey: FormatToken with a malformed id or secret")
	}
	return TokenPrefix + id + "_" + b64.EncodeToString(secret)
}

// ParseToken splits a token into its id and 32-byte secret. It accepts only the
// canonical form FormatToken writes; anything else wraps ErrMalformedToken (the
// error never quotes the token).
func ParseToken(tok string) (id string, secret []byte, err error) {
	if len(tok) != TokenLen || !strings.HasPrefix(tok, TokenPrefix) || tok[len(TokenPrefix)+IDLen] != '_' {
		return "", nil, fmt.Errorf("%w: want %s<%d hex digits>_<%d base64url characters> (%d characters)",
			ErrMalformedToken, TokenPrefix, IDLen, SecretLen, TokenLen)
	}
	id = tok[len(TokenPrefix) : len(TokenPrefix)+IDLen]
	if !validID(id) {
		return "", nil, fmt.Errorf("%w: the id is not %d lowercase hex digits", ErrMalformedToken, IDLen)
	}
	secret, err = b64.DecodeString(tok[len(TokenPrefix)+IDLen+1:])
	if err != nil || len(secret) != secretBytes {
		return "", nil, fmt.Errorf("%w: the secret is not %d bytes of unpadded base64url", ErrMalformedToken, secretBytes)
	}
	return id, secret, nil
}

func validID(id string) bool {
	if len(id) != IDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

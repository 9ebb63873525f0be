// Package apikey keeps a node's API keys: bearer tokens that the server
// (package server) requires for state-changing endpoints and, when configured, for
// inference and reads.
//
// # Keys and tokens
//
// A token is "poa_<id>_<secret>": id is 16 lowercase hex digits (64 random bits,
// public: it names the key in lists, logs and revocations) and secret is the
// unpadded base64url encoding of 32 random bytes (256 bits, from crypto/rand). The
// node stores only SHA-256(secret bytes), never the token; the token is shown once,
// when the key is created. ParseToken accepts exactly the canonical form that
// FormatToken writes.
//
// Why a plain hash and no slow KDF (bcrypt, scrypt, argon2): a slow KDF protects
// low-entropy secrets, passwords that an attacker holding the hashes could guess
// by trying candidates. A 256-bit random secret cannot be guessed: even at 2^64
// hashes a second, finding a preimage of one stored hash takes about 2^192 seconds.
// A fast hash costs the attacker the same as a slow one would (nothing within
// reach) and costs the node a few hundred nanoseconds per request instead of tens
// of milliseconds. Comparisons of hashes are constant-time (crypto/subtle).
//
// # Scopes
//
// A key has one scope: ScopeInference (completions and, where the node requires
// keys for them, reads) or ScopeAdmin (everything, including the state-changing
// endpoints: closing epochs, creating datanets). Scope.Allows says which covers which.
//
// # The keys file
//
// Keys live in one JSON file, "keys.json" in the data directory (File), not in the
// node's store, so that `poa keys create` works while `poa serve` holds the store.
// The file is written with mode 0600 and atomically (a temporary file in the same
// directory, fsync, rename, fsync of the directory); writers (Create, Revoke) take a
// lock file beside it ("keys.json.lock") so that two commands do not lose each
// other's changes. Parse accepts only a well-formed file: version 1, unique ids,
// known scopes, 64-hex-digit hashes, rates and bursts in range.
//
// A Ring is the server's view of the file: it re-stats the file at most once per
// ReloadInterval on use and reloads it when it changed (new inode, size or
// modification time), so keys created or revoked while the server runs take effect
// within about a second. A file that fails to parse keeps the last good set and is
// logged once, with the problem. Ring is safe for concurrent use.
//
// # Errors
//
// Data and I/O problems are returned as errors wrapping the sentinels of errors.go;
// nothing in this package panics on input.
package apikey

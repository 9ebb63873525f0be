package apikey

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// ReloadInterval is how often, at most, a Ring looks at its file for changes.
const ReloadInterval = time.Second

// Ring is the set of keys a server checks tokens against, kept in step with a keys
// file: each Verify or Active re-stats the file when ReloadInterval has passed since
// the last look and reloads it when it changed. A file that no longer parses keeps
// the last good set (the problem is logged once per version of the file); a file
// that is removed empties the set. Ring is safe for concurrent use.
type Ring struct {
	file File
	log  *slog.Logger
	now  func() time.Time

	cur       atomic.Pointer[ringSet]
	nextCheck atomic.Int64 // unix nanoseconds of the next stat
	mu        sync.Mutex   // held while reloading
	info      fs.FileInfo  // of the file loaded (nil: none)
	bad       fs.FileInfo  // of the last file that failed to parse, logged
}

type ringSet struct {
	byID   map[string]Key
	active int
}

// NewRing loads f and returns its Ring, logging reloads and problems to log (nil:
// slog.Default()). It fails if the file cannot be read or parsed: a server should
// not start with keys it cannot read.
func NewRing(f File, log *slog.Logger) (*Ring, error) {
	if log == nil {
		log = slog.Default()
	}
	r := &Ring{file: f, log: log, now: time.Now}
	s, info, err := f.load()
	if err != nil {
		return nil, err
	}
	r.info = info
	r.cur.Store(newRingSet(s))
	r.nextCheck.Store(r.now().Add(ReloadInterval).UnixNano())
	return r, nil
}

func newRingSet(s Set) *ringSet {
	rs := &ringSet{byID: make(map[string]Key, len(s.Keys))}
	for _, k := range s.Keys {
		rs.byID[k.ID] = k
		if k.Active() {
			rs.active++
		}
	}
	return rs
}

// Path returns the file the ring follows.
func (r *Ring) Path() string { return r.file.Path }

// Active returns the number of active keys (after a reload, if one is due).
func (r *Ring) Active() int { return r.set().active }

// Verify checks a token and returns its key. Errors: ErrRevoked for a revoked
// key's token; otherwise ErrNoKeys when the file holds no active key, else
// ErrMalformedToken or ErrUnknownKey (unknown id or wrong secret, not told apart).
// The secret is compared in constant time; an unknown id costs the same hash and
// comparison as a known one.
func (r *Ring) Verify(tok string) (Key, error) {
	rs := r.set()
	id, secret, err := ParseToken(tok)
	if err == nil {
		k, ok := rs.byID[id]
		if !ok {
			sum := sha256.Sum256(secret)
			subtle.ConstantTimeCompare(sum[:], make([]byte, sha256.Size))
		} else if k.Matches(secret) {
			if !k.Active() {
				return k, fmt.Errorf("%w: id %s, at %s", ErrRevoked, id, k.Revoked.Format(time.RFC3339))
			}
			return k, nil
		}
	}
	switch {
	case rs.active == 0:
		return Key{}, fmt.Errorf("%w in %s", ErrNoKeys, r.file.Path)
	case err != nil:
		return Key{}, err
	}
	return Key{}, fmt.Errorf("%w: id %s", ErrUnknownKey, id)
}

// set returns the current keys, reloading first when a look at the file is due.
func (r *Ring) set() *ringSet {
	if now := r.now().UnixNano(); now >= r.nextCheck.Load() && r.mu.TryLock() {
		// TryLock: while one caller reloads, the others use the current set.
		if now >= r.nextCheck.Load() {
			r.refresh()
			r.nextCheck.Store(r.now().Add(ReloadInterval).UnixNano())
		}
		r.mu.Unlock()
	}
	return r.cur.Load()
}

// Reload looks at the file now and reloads it if it changed; it returns the
// problem with a file that does not parse (the ring keeps its last good set).
func (r *Ring) Reload() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	err := r.refresh()
	r.nextCheck.Store(r.now().Add(ReloadInterval).UnixNano())
	return err
}

// refresh reloads the file if it changed since the last load. r.mu is held.
func (r *Ring) refresh() error {
	info, err := os.Stat(r.file.Path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if r.info != nil {
			r.log.Warn("API keys file removed: no key is valid until one is created", "path", r.file.Path)
			r.info = nil
			r.cur.Store(newRingSet(Set{}))
		}
		return nil
	case err != nil:
		r.log.Error("API keys file: cannot stat it; keeping the keys loaded", "path", r.file.Path, "err", err)
		return err
	}
	if sameVersion(info, r.info) || sameVersion(info, r.bad) {
		return nil
	}
	s, linfo, err := r.file.load()
	if err != nil {
		r.bad = info
		r.log.Error("API keys file does not parse: keeping the last good keys", "path", r.file.Path, "err", err)
		return err
	}
	r.info, r.bad = linfo, nil
	rs := newRingSet(s)
	r.cur.Store(rs)
	r.log.Info("API keys reloaded", "path", r.file.Path, "active", rs.active, "keys", len(s.Keys))
	return nil
}

// sameVersion reports whether a and b describe the same file content as far as
// stat tells: same file (inode), size and modification time.
func sameVersion(a, b fs.FileInfo) bool {
	return a != nil && b != nil && os.SameFile(a, b) && a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}

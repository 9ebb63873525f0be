package apikey

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// FileName is the keys file's name in a data directory.
const FileName = "keys.json"

// fileVersion is the only version Parse accepts.
const fileVersion = 1

// MaxFileBytes bounds the keys file that Parse and the readers accept.
const MaxFileBytes = 16 << 20

// Set is the content of a keys file: every key ever created, revoked ones included,
// in creation order.
type Set struct {
	Version int   `json:"version"`
	Keys    []Key `json:"keys"`
}

// Active returns the number of keys not revoked.
func (s Set) Active() int {
	n := 0
	for _, k := range s.Keys {
		if k.Active() {
			n++
		}
	}
	return n
}

// Find returns the key with id and whether there is one.
func (s Set) Find(id string) (Key, bool) {
	for _, k := range s.Keys {
		if k.ID == id {
			return k, true
		}
	}
	return Key{}, false
}

// Parse decodes and checks a keys file. Empty input (or only white space) is an
// empty set. Fields Parse does not know are ignored (a newer poa may add some);
// every known field is checked, and an error wraps ErrBadFile and names the key
// (by position and id) and the problem.
func Parse(b []byte) (Set, error) {
	if len(b) > MaxFileBytes {
		return Set{}, fmt.Errorf("%w: %d bytes, over the limit of %d", ErrBadFile, len(b), MaxFileBytes)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return Set{Version: fileVersion}, nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	var s Set
	if err := dec.Decode(&s); err != nil {
		return Set{}, fmt.Errorf("%w: %v", ErrBadFile, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Set{}, fmt.Errorf("%w: data after the JSON object", ErrBadFile)
	}
	if s.Version != fileVersion {
		return Set{}, fmt.Errorf("%w: version %d: want %d", ErrBadFile, s.Version, fileVersion)
	}
	seen := make(map[string]bool, len(s.Keys))
	for i, k := range s.Keys {
		if err := checkKey(k); err != nil {
			return Set{}, fmt.Errorf("%w: key %d (id %q): %v", ErrBadFile, i, clipID(k.ID), err)
		}
		if seen[k.ID] {
			return Set{}, fmt.Errorf("%w: key %d: id %s appears twice", ErrBadFile, i, k.ID)
		}
		seen[k.ID] = true
		// One representation per instant, so that a parsed set marshals back to what
		// parses to the same set.
		s.Keys[i].Created = k.Created.UTC()
		if k.Revoked != nil {
			r := k.Revoked.UTC()
			s.Keys[i].Revoked = &r
		}
	}
	return s, nil
}

func clipID(id string) string {
	if len(id) > 2*IDLen {
		return id[:2*IDLen] + "…"
	}
	return id
}

func checkKey(k Key) error {
	if !validID(k.ID) {
		return fmt.Errorf("id: want %d lowercase hex digits", IDLen)
	}
	if err := checkName(k.Name); err != nil {
		return err
	}
	if !k.Scope.Valid() {
		return fmt.Errorf("scope %q: want %q or %q", k.Scope, ScopeInference, ScopeAdmin)
	}
	if len(k.SHA256) != 64 || strings.ToLower(k.SHA256) != k.SHA256 || !isHex(k.SHA256) {
		return errors.New("sha256: want 64 lowercase hex digits")
	}
	pre := TokenPrefix + k.ID + "_"
	if !strings.HasPrefix(k.Prefix, pre) || len(k.Prefix) > len(pre)+shownChars || !isB64(k.Prefix[len(pre):]) {
		return fmt.Errorf("prefix %q: want %s and up to %d base64url characters", k.Prefix, pre, shownChars)
	}
	if y := k.Created.UTC().Year(); k.Created.IsZero() || y < 2000 || y > 9999 {
		return fmt.Errorf("created %v: want a time in years 2000 to 9999", k.Created)
	}
	if k.Revoked != nil {
		if y := k.Revoked.UTC().Year(); y < 2000 || y > 9999 {
			return fmt.Errorf("revoked %v: want a time in years 2000 to 9999", *k.Revoked)
		}
	}
	if math.IsNaN(k.Rate) || k.Rate < 0 || k.Rate > MaxRate {
		return fmt.Errorf("rate %v: want [0, %d]", k.Rate, MaxRate)
	}
	if k.Burst < 0 || k.Burst > MaxBurst {
		return fmt.Errorf("burst %d: want [0, %d]", k.Burst, MaxBurst)
	}
	return nil
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

func isB64(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// Marshal encodes s as the keys file holds it (indented JSON, a final newline).
// A nil key list is written as [].
func (s Set) Marshal() []byte {
	if s.Keys == nil {
		s.Keys = []Key{}
	}
	s.Version = fileVersion
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil { // a Set of checked keys always encodes
		panic("apikey: encode keys: " + err.Error())
	}
	return append(b, '\n')
}

// File is a keys file on disk.
type File struct {
	Path string
}

// In returns the keys file of the data directory dir.
func In(dir string) File { return File{Path: filepath.Join(dir, FileName)} }

// Load reads and parses the file; a missing file is an empty set.
func (f File) Load() (Set, error) {
	s, _, err := f.load()
	return s, err
}

// load returns the set and the file's info (nil for a missing file).
func (f File) load() (Set, fs.FileInfo, error) {
	fh, err := os.Open(f.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return Set{Version: fileVersion}, nil, nil
	}
	if err != nil {
		return Set{}, nil, fmt.Errorf("apikey: %w", err)
	}
	defer fh.Close()
	info, err := fh.Stat()
	if err != nil {
		return Set{}, nil, fmt.Errorf("apikey: %w", err)
	}
	b, err := io.ReadAll(io.LimitReader(fh, MaxFileBytes+1))
	if err != nil {
		return Set{}, nil, fmt.Errorf("apikey: read %s: %w", f.Path, err)
	}
	s, err := Parse(b)
	if err != nil {
		return Set{}, nil, fmt.Errorf("%s: %w", f.Path, err)
	}
	return s, info, nil
}

// Create makes a key with o's settings (see New), adds it to the file and returns
// it with its token, which is not stored anywhere: show it once.
func (f File) Create(o Options) (Key, string, error) {
	if err := o.Validate(); err != nil {
		return Key{}, "", err
	}
	var k Key
	var tok string
	err := f.update(func(s *Set) error {
		for {
			var err error
			if k, tok, err = New(o, time.Now(), nil); err != nil {
				return err
			}
			if _, dup := s.Find(k.ID); !dup { // 64-bit ids: a clash is all but impossible
				break
			}
		}
		s.Keys = append(s.Keys, k)
		return nil
	})
	if err != nil {
		return Key{}, "", err
	}
	return k, tok, nil
}

// Revoke marks the key id revoked now and returns it. Revoking a revoked key
// changes nothing and returns it as it is; an unknown id wraps ErrNotFound.
func (f File) Revoke(id string) (Key, error) {
	var out Key
	err := f.update(func(s *Set) error {
		for i, k := range s.Keys {
			if k.ID != id {
				continue
			}
			if k.Revoked == nil {
				now := time.Now().UTC().Truncate(time.Second)
				s.Keys[i].Revoked = &now
			}
			out = s.Keys[i]
			return nil
		}
		return fmt.Errorf("%w: %q (poa keys list shows the ids)", ErrNotFound, clipID(id))
	})
	return out, err
}

// LockTimeout is how long writers wait for another writer's lock; a lock file older
// than StaleLock is taken to be left by a crashed writer and removed.
var (
	LockTimeout = 10 * time.Second
	StaleLock   = time.Minute
)

// update runs fn on the file's set under the writers' lock and writes the result
// atomically. A malformed file is not overwritten.
func (f File) update(fn func(s *Set) error) error {
	if err := os.MkdirAll(filepath.Dir(f.Path), 0o700); err != nil {
		return fmt.Errorf("apikey: %w", err)
	}
	unlock, err := f.lock()
	if err != nil {
		return err
	}
	defer unlock()
	s, err := f.Load()
	if err != nil {
		return err
	}
	if err := fn(&s); err != nil {
		return err
	}
	return writeAtomic(f.Path, s.Marshal())
}

func (f File) lock() (unlock func(), err error) {
	lp := f.Path + ".lock"
	deadline := time.Now().Add(LockTimeout)
	for {
		fh, err := os.OpenFile(lp, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err == nil {
			fmt.Fprintf(fh, "%d\n", os.Getpid())
			fh.Close()
			return func() { os.Remove(lp) }, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, fmt.Errorf("apikey: lock: %w", err)
		}
		if info, serr := os.Stat(lp); serr == nil && time.Since(info.ModTime()) > StaleLock {
			os.Remove(lp)
			continue
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("%w: %s exists (another poa keys command is running, or one crashed: remove it)", ErrLocked, lp)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// writeAtomic writes b to path with mode 0600: a temporary file in the same
// directory, fsync, rename over path, fsync of the directory.
func writeAtomic(path string, b []byte) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("apikey: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = tmp.Chmod(0o600); err != nil {
		return fmt.Errorf("apikey: %w", err)
	}
	if _, err = tmp.Write(b); err != nil {
		return fmt.Errorf("apikey: write %s: %w", tmp.Name(), err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("apikey: sync %s: %w", tmp.Name(), err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("apikey: %w", err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("apikey: %w", err)
	}
	if d, derr := os.Open(dir); derr == nil { // the rename's durability; best effort
		d.Sync()
		d.Close()
	}
	return nil
}

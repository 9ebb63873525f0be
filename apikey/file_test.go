package apikey

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestFileCreateListRevoke(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data") // created by the first write
	f := In(dir)
	if s, err := f.Load(); err != nil || len(s.Keys) != 0 {
		t.Fatalf("missing file: %+v %v, want an empty set", s, err)
	}
	k1, tok1, err := f.Create(Options{Name: "ops", Scope: ScopeAdmin})
	if err != nil {
		t.Fatal(err)
	}
	k2, _, err := f.Create(Options{Name: "app", Scope: ScopeInference, Rate: 5, Burst: 10})
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(f.Path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Fatalf("keys file mode %o, want 600", perm)
	}
	raw, _ := os.ReadFile(f.Path)
	if strings.Contains(string(raw), tok1[len(TokenPrefix)+IDLen+1:]) {
		t.Fatal("the keys file holds a secret")
	}
	s, err := f.Load()
	if err != nil || len(s.Keys) != 2 || s.Keys[0].ID != k1.ID || s.Keys[1].ID != k2.ID || s.Active() != 2 {
		t.Fatalf("loaded %+v %v", s, err)
	}
	r, err := f.Revoke(k1.ID)
	if err != nil || r.Active() {
		t.Fatalf("revoke: %+v %v", r, err)
	}
	again, err := f.Revoke(k1.ID)
	if err != nil || !again.Revoked.Equal(*r.Revoked) {
		t.Fatalf("second revoke: %+v %v, want the first revocation kept", again, err)
	}
	if _, err := f.Revoke("0123456789abcdef"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("revoke unknown: %v", err)
	}
	s, _ = f.Load()
	if s.Active() != 1 || s.Keys[0].Active() {
		t.Fatalf("after revoke: %+v", s)
	}
	left, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(left) != 1 {
		t.Fatalf("data directory holds %v, want only the keys file (no temp or lock files)", left)
	}
}

func TestFileConcurrentCreates(t *testing.T) {
	f := In(t.TempDir())
	const n = 8
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, _, err := f.Create(Options{Name: "k", Scope: ScopeInference}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if s, err := f.Load(); err != nil || len(s.Keys) != n {
		t.Fatalf("%d keys after %d concurrent creates (%v): the lock lost an update", len(s.Keys), n, err)
	}
}

func TestFileMalformedIsNotOverwritten(t *testing.T) {
	f := In(t.TempDir())
	if err := os.WriteFile(f.Path, []byte(`{"version":1,"keys":[{"id":"nope"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.Create(Options{Name: "x", Scope: ScopeAdmin}); !errors.Is(err, ErrBadFile) {
		t.Fatalf("create over a malformed file: %v, want ErrBadFile", err)
	}
	if raw, _ := os.ReadFile(f.Path); !strings.Contains(string(raw), "nope") {
		t.Fatal("the malformed file was overwritten")
	}
}

func TestParseRejects(t *testing.T) {
	k, _, err := New(Options{Name: "ops", Scope: ScopeAdmin}, fixedNow, nil)
	if err != nil {
		t.Fatal(err)
	}
	good := string(Set{Keys: []Key{k}}.Marshal())
	if _, err := Parse([]byte(good)); err != nil {
		t.Fatalf("good file: %v", err)
	}
	cases := map[string]string{
		"not-json":    "{",
		"trailing":    good + "{}",
		"version":     strings.Replace(good, `"version": 1`, `"version": 2`, 1),
		"scope":       strings.Replace(good, `"admin"`, `"root"`, 1),
		"id":          strings.Replace(good, k.ID, strings.ToUpper(k.ID), -1),
		"hash":        strings.Replace(good, k.SHA256, k.SHA256[:63], 1),
		"hash-upper":  strings.Replace(good, k.SHA256, strings.ToUpper(k.SHA256), 1),
		"created":     strings.Replace(good, `"created": "2026`, `"created": "0001`, 1),
		"rate":        strings.Replace(good, `"created"`, `"rate": -1, "created"`, 1),
		"burst":       strings.Replace(good, `"created"`, `"burst": 2000000, "created"`, 1),
		"prefix":      strings.Replace(good, k.Prefix, "poa_0000000000000000_abcd", 1),
		"name":        strings.Replace(good, `"ops"`, `""`, 1),
		"duplicate":   string(Set{Keys: []Key{k, k}}.Marshal()),
		"keys-object": `{"version":1,"keys":{}}`,
	}
	for name, in := range cases {
		t.Run("case="+name, func(t *testing.T) {
			if in == good {
				t.Fatal("the case does not change the file")
			}
			if _, err := Parse([]byte(in)); !errors.Is(err, ErrBadFile) {
				t.Fatalf("Parse = %v, want ErrBadFile", err)
			}
		})
	}
}

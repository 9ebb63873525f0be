package apikey

import (
	"bytes"
	"errors"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

var fixedNow = time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC)

// syncBuffer is a bytes.Buffer safe for a logger and a test to share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testRing returns a ring over a fresh file with a clock the test moves.
func testRing(t *testing.T) (*Ring, File, *time.Time, *syncBuffer) {
	t.Helper()
	f := In(t.TempDir())
	var logs syncBuffer
	r, err := NewRing(f, slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	r.now = func() time.Time { return now }
	return r, f, &now, &logs
}

func TestRingVerify(t *testing.T) {
	r, f, now, _ := testRing(t)
	if _, err := r.Verify("poa_x"); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("no keys: %v, want ErrNoKeys", err)
	}
	admin, atok, err := f.Create(Options{Name: "ops", Scope: ScopeAdmin})
	if err != nil {
		t.Fatal(err)
	}
	// Not yet looked at: the ring checks the file at most once per ReloadInterval.
	if _, err := r.Verify(atok); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("before the reload interval: %v, want ErrNoKeys still", err)
	}
	*now = now.Add(ReloadInterval)
	k, err := r.Verify(atok)
	if err != nil || k.ID != admin.ID || k.Scope != ScopeAdmin {
		t.Fatalf("after reload: %+v %v", k, err)
	}
	// A tampered secret (last character changed to another canonical one).
	last := atok[len(atok)-1]
	alt := byte('A')
	if last == 'A' {
		alt = 'Q'
	}
	if _, err := r.Verify(atok[:len(atok)-1] + string(alt)); !errors.Is(err, ErrUnknownKey) {
		t.Fatalf("tampered secret: %v, want ErrUnknownKey", err)
	}
	if _, err := r.Verify("poa_0123456789abcdef_" + atok[len(atok)-SecretLen:]); !errors.Is(err, ErrUnknownKey) {
		t.Fatalf("unknown id: %v", err)
	}
	if _, err := r.Verify("garbage"); !errors.Is(err, ErrMalformedToken) {
		t.Fatalf("garbage: %v", err)
	}
	if _, err := f.Revoke(admin.ID); err != nil {
		t.Fatal(err)
	}
	_, itok, err := f.Create(Options{Name: "app", Scope: ScopeInference})
	if err != nil {
		t.Fatal(err)
	}
	*now = now.Add(ReloadInterval)
	if _, err := r.Verify(atok); !errors.Is(err, ErrRevoked) {
		t.Fatalf("revoked key: %v, want ErrRevoked", err)
	}
	if k, err := r.Verify(itok); err != nil || k.Scope != ScopeInference {
		t.Fatalf("inference key: %+v %v", k, err)
	}
	if r.Active() != 1 {
		t.Fatalf("active %d, want 1", r.Active())
	}
}

func TestRingKeepsLastGoodSet(t *testing.T) {
	r, f, now, logs := testRing(t)
	_, tok, err := f.Create(Options{Name: "ops", Scope: ScopeAdmin})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Reload(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(f.Path+".new", []byte(`{"version":1,"keys":[{"id":"zz"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	os.Rename(f.Path+".new", f.Path)
	*now = now.Add(ReloadInterval)
	if _, err := r.Verify(tok); err != nil {
		t.Fatalf("a malformed file must keep the last good keys: %v", err)
	}
	*now = now.Add(ReloadInterval)
	r.Verify(tok)
	if got := strings.Count(logs.String(), "does not parse"); got != 1 {
		t.Fatalf("the malformed file was logged %d times, want once:\n%s", got, logs)
	}
	if !strings.Contains(logs.String(), "id") || !strings.Contains(logs.String(), f.Path) {
		t.Fatalf("the log does not name the file and the problem:\n%s", logs)
	}
	if _, err := NewRing(f, nil); !errors.Is(err, ErrBadFile) {
		t.Fatalf("NewRing over a malformed file: %v, want ErrBadFile", err)
	}
	os.Remove(f.Path)
	*now = now.Add(ReloadInterval)
	if _, err := r.Verify(tok); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("after removing the file: %v, want ErrNoKeys", err)
	}
}

func TestRingConcurrent(t *testing.T) {
	f := In(t.TempDir())
	_, tok, err := f.Create(Options{Name: "ops", Scope: ScopeAdmin})
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRing(f, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				if _, err := r.Verify(tok); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	for i := 0; i < 3; i++ {
		if _, _, err := f.Create(Options{Name: "more", Scope: ScopeInference}); err != nil {
			t.Fatal(err)
		}
		r.Reload()
	}
	wg.Wait()
}

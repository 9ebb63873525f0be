package settlement

import (
	"bytes"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"poa/prover"
)

// TestAttributedKeyFiles: the data directory's attributed keys are set up and saved
// the first time, loaded by a later process (the process caches are cleared here to
// play one), and when a file is corrupt they are set up again with a warning that
// names the directory, and saved over it (prover.LoadAttributedKeys then reads them);
// a read error other than a missing or bad file is returned naming the shape.
func TestAttributedKeyFiles(t *testing.T) {
	s := memStore(t)
	shape := prover.TestAttributedShape
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	fresh := func() { // a new process: no keys in memory but the set-up ones (deterministic)
		fileAttributedMu.Lock()
		clear(fileAttributedKeys)
		fileAttributedMu.Unlock()
	}
	fresh()
	k1, err := AttributedKeyFiles(s, log)(t.Context(), shape)
	if err != nil {
		t.Fatal(err)
	}
	dir, _ := AttributedKeyDir(s, shape)
	if _, err := os.Stat(filepath.Join(dir, "meta.json")); err != nil {
		t.Fatalf("keys not saved under %s: %v", dir, err)
	}
	fresh()
	logs.Reset()
	k2, err := AttributedKeyFiles(s, log)(t.Context(), shape)
	if err != nil {
		t.Fatal(err)
	}
	if k2 == k1 || k2.KeyID != k1.KeyID || !strings.Contains(logs.String(), "attributed split keys loaded") {
		t.Fatalf("second source: same object %v, key id %s vs %s; log %s", k2 == k1, k2.KeyID, k1.KeyID, logs.String())
	}

	// A corrupt proving key: set up again, with a warning, and saved over.
	pk := filepath.Join(dir, "pk.bin")
	b, err := os.ReadFile(pk)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 1
	if err := os.WriteFile(pk, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := prover.LoadAttributedKeys(t.Context(), dir, shape); !errors.Is(err, prover.ErrKeyFile) {
		t.Fatalf("the corrupt file loads: %v", err)
	}
	fresh()
	logs.Reset()
	k3, err := AttributedKeyFiles(s, log)(t.Context(), shape)
	if err != nil || k3.KeyID != k1.KeyID {
		t.Fatalf("keys after a corrupt file: %v (key id %s, want %s)", err, k3.KeyID, k1.KeyID)
	}
	if w := logs.String(); !strings.Contains(w, "level=WARN") || !strings.Contains(w, dir) || !strings.Contains(w, "pk.bin") {
		t.Fatalf("no warning naming the directory and the file: %s", w)
	}
	if k, err := prover.LoadAttributedKeys(t.Context(), dir, shape); err != nil || k.KeyID != k1.KeyID {
		t.Fatalf("the keys saved over the corrupt ones: %v", err)
	}

	// meta.json unreadable (a directory): an error, nothing set up.
	other := prover.AttributedShape{N: 8, R: 4, C: 3}
	odir, _ := AttributedKeyDir(s, other)
	if err := os.MkdirAll(filepath.Join(odir, "meta.json"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := AttributedKeyFiles(s, log)(t.Context(), other); err == nil || !strings.Contains(err.Error(), other.String()) {
		t.Fatalf("unreadable meta.json: %v", err)
	}
}

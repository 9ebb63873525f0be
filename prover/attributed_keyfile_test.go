package prover

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestAttributedKeyFiles saves the n8-r4-c4 development keys, loads them back and
// checks them against the keys that were set up: same key id, and a proof made with the
// loaded keys verifies with the original ones (and the reverse). Then each way a key
// directory can be wrong is refused with ErrKeyFile naming the file: a flipped byte in
// pk.bin or vk.bin, meta.json recording another circuit's hash (what keys made before
// a change to the circuit look like), another shape asked for, and no keys at all is
// fs.ErrNotExist.
func TestAttributedKeyFiles(t *testing.T) {
	ctx := context.Background()
	shape := TestAttributedShape
	t0 := time.Now()
	k, err := SetupAttributed(ctx, shape, DevBeacon)
	if err != nil {
		t.Fatal(err)
	}
	setup := time.Since(t0)
	dir := filepath.Join(t.TempDir(), "attributed-"+shape.String())
	if err := SaveAttributed(dir, k); err != nil {
		t.Fatal(err)
	}
	t1 := time.Now()
	l, err := LoadAttributedKeys(ctx, dir, shape)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("shape %s: setup %v, load %v (%.0f× faster)", shape, setup.Round(time.Millisecond), time.Since(t1).Round(time.Millisecond),
		setup.Seconds()/time.Since(t1).Seconds())
	if l.KeyID != k.KeyID || l.Shape != shape || l.Constraints != k.Constraints || l.Setup != k.Setup {
		t.Fatalf("loaded keys %+v, saved %+v", l, k)
	}
	st := &AttributedStatement{Epoch: 5, DataFee: big.NewInt(999_983), Records: attributedRecords()}
	p, err := ProveAttributed(ctx, l, st)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyAttributed(k, p); err != nil {
		t.Fatalf("a proof of the loaded keys under the set-up keys: %v", err)
	}
	q, err := ProveAttributed(ctx, k, st)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyAttributed(l, q); err != nil {
		t.Fatalf("a proof of the set-up keys under the loaded keys: %v", err)
	}
	// The recorded circuit hash is the compiled circuit's, recomputed here.
	var m attributedMeta
	raw, err := os.ReadFile(filepath.Join(dir, keyDirMetaFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	if h, err := AttributedCircuitHash(shape); err != nil || h != m.CircuitHash {
		t.Fatalf("circuit hash %s (%v), meta.json records %s", h, err, m.CircuitHash)
	}
	if h, _ := AttributedCircuitHash(AttributedShape{N: 8, R: 4, C: 3}); h == m.CircuitHash {
		t.Fatal("another circuit hashes the same")
	}

	copyDir := func(t *testing.T) string {
		t.Helper()
		d := filepath.Join(t.TempDir(), "keys")
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{keyDirMetaFile, keyDirPKFile, keyDirVKFile} {
			b, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(d, f), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return d
	}
	edit := func(t *testing.T, path string, fn func([]byte) []byte) {
		t.Helper()
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, fn(b), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	flip := func(at int) func([]byte) []byte {
		return func(b []byte) []byte { b[min(at, len(b)-1)] ^= 0x40; return b }
	}
	for _, c := range []struct {
		name   string
		tamper func(t *testing.T, d string)
		shape  AttributedShape
		want   string // in the error
	}{
		{"pk-byte", func(t *testing.T, d string) { edit(t, filepath.Join(d, keyDirPKFile), flip(1000)) }, shape, keyDirPKFile},
		{"pk-truncated", func(t *testing.T, d string) {
			edit(t, filepath.Join(d, keyDirPKFile), func(b []byte) []byte { return b[:len(b)/2] })
		}, shape, keyDirPKFile},
		{"vk-byte", func(t *testing.T, d string) { edit(t, filepath.Join(d, keyDirVKFile), flip(40)) }, shape, keyDirVKFile},
		{"other-circuit", func(t *testing.T, d string) {
			edit(t, filepath.Join(d, keyDirMetaFile), func(b []byte) []byte {
				return []byte(strings.Replace(string(b), m.CircuitHash, strings.Repeat("ab", 32), 1))
			})
		}, shape, "another attributed split circuit"},
		{"other-shape", func(t *testing.T, d string) {}, AttributedShape{N: 8, R: 4, C: 3}, "keys of shape n8-r4-c4, want n8-r4-c3"},
		{"meta-garbage", func(t *testing.T, d string) {
			edit(t, filepath.Join(d, keyDirMetaFile), func(b []byte) []byte { return b[:len(b)/3] })
		}, shape, keyDirMetaFile},
	} {
		t.Run("tamper="+c.name, func(t *testing.T) {
			d := copyDir(t)
			c.tamper(t, d)
			_, err := LoadAttributedKeys(ctx, d, c.shape)
			if !errors.Is(err, ErrKeyFile) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("load: %v, want ErrKeyFile naming %q", err, c.want)
			}
		})
	}
	if _, err := LoadAttributedKeys(ctx, filepath.Join(t.TempDir(), "none"), shape); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("load from an empty directory: %v, want fs.ErrNotExist", err)
	}
}

package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// dirNames lists dir, to catch temporary files left behind.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

func TestAtomicFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "sub") // created by CreateAtomic
	path := filepath.Join(dir, "f.bin")

	if err := WriteFileAtomic(path, []byte("old")); err != nil {
		t.Fatal(err)
	}
	a, err := CreateAtomic(path)
	if err != nil {
		t.Fatal(err)
	}
	a.Write([]byte("xxxnew"))
	a.WriteAt([]byte("hdr"), 0)
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Fatalf("before Commit the destination reads %q, want the old file", b)
	}
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "hdrnew" {
		t.Fatalf("after Commit: %q", b)
	}
	if _, err := a.Write([]byte("late")); !errors.Is(err, os.ErrClosed) {
		t.Fatalf("Write after Commit: %v, want os.ErrClosed", err)
	}
	if err := a.Commit(); !errors.Is(err, os.ErrClosed) {
		t.Fatalf("second Commit: %v, want os.ErrClosed", err)
	}
	a.Abort() // no-op after Commit
	if b, _ := os.ReadFile(path); string(b) != "hdrnew" {
		t.Fatalf("Abort after Commit changed the file: %q", b)
	}

	ab, err := CreateAtomic(path)
	if err != nil {
		t.Fatal(err)
	}
	ab.Write([]byte("discarded"))
	ab.Abort()
	if b, _ := os.ReadFile(path); string(b) != "hdrnew" {
		t.Fatalf("after Abort: %q", b)
	}
	if names := dirNames(t, dir); len(names) != 1 || names[0] != "f.bin" {
		t.Fatalf("folder holds %v, want only f.bin (no temporary files)", names)
	}

	// A failed Commit (the destination is a non-empty folder) removes the temporary file.
	blocked := filepath.Join(dir, "blocked")
	if err := os.MkdirAll(filepath.Join(blocked, "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileAtomic(blocked, []byte("y")); err == nil {
		t.Fatal("rename over a non-empty folder succeeded")
	}
	if names := dirNames(t, dir); len(names) != 2 {
		t.Fatalf("folder holds %v after a failed Commit, want f.bin and blocked", names)
	}
}

func TestMapFileAndChecksum(t *testing.T) {
	dir := t.TempDir()
	if got := Checksum([]byte("123456789")); got != 0xe3069283 { // the CRC-32C check value
		t.Fatalf("Checksum = %08x, want e3069283", got)
	}
	h := NewChecksum()
	h.Write([]byte("12345"))
	h.Write([]byte("6789"))
	if h.Sum32() != 0xe3069283 {
		t.Fatalf("running checksum = %08x", h.Sum32())
	}

	want := bytes.Repeat([]byte("poa-"), 5000)
	p := filepath.Join(dir, "m.bin")
	if err := WriteFileAtomic(p, want); err != nil {
		t.Fatal(err)
	}
	m, err := MapFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m.Bytes(), want) {
		t.Fatal("mapped bytes differ from the file")
	}
	if err := m.Close(); err != nil || m.Bytes() != nil {
		t.Fatalf("Close: %v, bytes %d", err, len(m.Bytes()))
	}
	if err := m.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}

	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if m, err := MapFile(empty); err != nil || len(m.Bytes()) != 0 {
		t.Fatalf("empty file: %v", err)
	}
	if _, err := MapFile(filepath.Join(dir, "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: %v, want os.ErrNotExist", err)
	}
}

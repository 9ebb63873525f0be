package prover

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestCeremony runs a two-participant ceremony per phase and proves with its keys; a
// tampered contribution fails verification.
func TestCeremony(t *testing.T) {
	if testing.Short() {
		t.Skip("ceremony: a few MPC rounds; run without -short")
	}
	dir := t.TempDir()
	c, err := InitCeremony(dir, testSize)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Contribute(2); !errors.Is(err, ErrCeremony) {
		t.Fatalf("phase 2 before sealing phase 1: %v", err)
	}
	for range 2 {
		if _, err := c.Contribute(1); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.SealPhase1("beacon one"); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := c.Contribute(2); err != nil {
			t.Fatal(err)
		}
	}
	c2, err := OpenCeremony(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := c2.SetBeacon2("beacon two"); err != nil {
		t.Fatal(err)
	}
	k, err := Setup(t.Context(), Groth16, testSize, WithCeremony(c2))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Prove(t.Context(), k, mustStatement(t, sampleInput())); err != nil {
		t.Fatalf("prove with ceremony keys: %v", err)
	}

	// Replace the last phase-2 contribution by a copy of the first: its proof of
	// correctness no longer chains.
	first, _ := os.ReadFile(filepath.Join(dir, "phase2-0001.bin"))
	os.WriteFile(filepath.Join(dir, "phase2-0002.bin"), first, 0o644)
	if _, err := Setup(t.Context(), Groth16, testSize, WithCeremony(c2)); !errors.Is(err, ErrCeremony) {
		t.Fatalf("tampered ceremony: got %v, want ErrCeremony", err)
	}
}

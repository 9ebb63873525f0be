package prover

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestCommittedVerifiersAreCurrent regenerates the committed development verifiers and
// fails if any differs from the file in contracts/solidity/verifiers (the keys are
// deterministic: gnark's MPC setup sealed by DevBeacon, and the unsafe KZG SRS seeded
// by it). Fix a failure with go generate ./prover (or make verifiers).
func TestCommittedVerifiersAreCurrent(t *testing.T) {
	sizes := DevVerifierSizes
	if testing.Short() {
		sizes = []int{testSize}
	}
	for _, n := range sizes {
		for _, b := range []Backend{Groth16, Plonk} {
			name := VerifierFile(b, n)
			t.Run("file="+name, func(t *testing.T) {
				want, err := os.ReadFile(filepath.Join("..", "contracts", "solidity", "verifiers", name))
				if err != nil {
					t.Fatalf("%v (run go generate ./prover)", err)
				}
				var got []byte
				if n == testSize {
					var buf bytes.Buffer
					if err := dev(t, b).ExportSolidity(&buf); err != nil {
						t.Fatal(err)
					}
					got = buf.Bytes()
				} else if got, err = DevVerifier(context.Background(), b, n); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Fatalf("%s is stale: regeneration gives %d bytes, the file has %d (run go generate ./prover)", name, len(got), len(want))
				}
			})
		}
	}
}

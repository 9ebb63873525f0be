package prover

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestCommittedAttributedVerifiersAreCurrent regenerates the committed development-key
// attributed split verifiers (the setup is deterministic from DevBeacon) and fails if one
// differs from its file in contracts/solidity/verifiers; under -short only the test shape.
// Fix a failure with go generate ./prover.
func TestCommittedAttributedVerifiersAreCurrent(t *testing.T) {
	shapes := DevAttributedShapes
	if testing.Short() {
		shapes = []AttributedShape{TestAttributedShape}
	}
	for _, s := range shapes {
		t.Run(s.String(), func(t *testing.T) {
			name := AttributedVerifierName(s) + ".sol"
			want, err := os.ReadFile(filepath.Join("..", "contracts", "solidity", "verifiers", name))
			if err != nil {
				t.Fatalf("%v (run go generate ./prover)", err)
			}
			k, err := SetupAttributed(context.Background(), s, DevBeacon)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := k.ExportSolidity(&got); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Fatalf("%s is stale: regeneration gives %d bytes, the file has %d (run go generate ./prover)", name, got.Len(), len(want))
			}
		})
	}
}

func TestParseAttributedShape(t *testing.T) {
	for _, s := range DevAttributedShapes {
		if got, err := ParseAttributedShape(s.String()); err != nil || got != s {
			t.Fatalf("%s: %v %v", s, got, err)
		}
	}
	for _, bad := range []string{"", "n64-r16", "n64-r16-c16x", "n0-r1-c1", "n100000-r1-c1", "n8-r2000-c1", "n8-r4-c0", "n08-r4-c4", " n8-r4-c4"} {
		if _, err := ParseAttributedShape(bad); !errors.Is(err, ErrInput) {
			t.Errorf("%q: %v, want ErrInput", bad, err)
		}
	}
}

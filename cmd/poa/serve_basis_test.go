package main

import (
	"strings"
	"testing"

	"poa/prover"
	"poa/settlement"
)

// TestServeBasisRefused: poa serve refuses at start, before serving, --basis proven
// with --attest none (a proven epoch settles with settleAttributed, which needs every
// record attested), a shape without a compiled attributed verifier, and a bad --basis
// or --shape with poa settle's own words.
func TestServeBasisRefused(t *testing.T) {
	dir := t.TempDir()
	serve := func(args ...string) string {
		t.Helper()
		out, errs, code := runPoa(t, dir, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
		if code == 0 || strings.Contains(out, "serving on") {
			t.Fatalf("poa serve %v: exit %d, stdout %q: want refused at start", args, code, out)
		}
		return errs
	}
	if errs := serve("--basis", "proven", "--attest", "none"); !strings.Contains(errs, "--basis proven with --attest none") ||
		!strings.Contains(errs, "settleAttributed") || !strings.Contains(errs, "--attest optimistic or verified") {
		t.Errorf("--basis proven --attest none: %s", errs)
	}
	if errs := serve("--basis", "proven", "--shape", "n9-r4-c4"); !strings.Contains(errs, "--shape") || !strings.Contains(errs, "n9-r4-c4") ||
		!strings.Contains(errs, "no compiled attributed split verifier") {
		t.Errorf("--shape n9-r4-c4: %s", errs)
	}
	// Bad values: the same error as poa settle's (which stops before opening anything).
	for _, args := range [][]string{{"--basis", "median"}, {"--basis", "proven", "--shape", "n8-r4"}} {
		errs := serve(args...)
		_, want, code := runPoa(t, dir, append([]string{"settle"}, args...)...)
		if code == 0 || lastLine(errs) != lastLine(want) || !strings.Contains(errs, args[len(args)-2]) {
			t.Errorf("poa serve %v: %q; poa settle: %q; want the same error naming the flag", args, lastLine(errs), lastLine(want))
		}
	}
}

// TestServeBasisOptions: the accepted --basis/--shape/--attest reach the closer.
func TestServeBasisOptions(t *testing.T) {
	o, err := serveBasis("proven", "n8-r4-c4", "verified")
	if err != nil || o.Basis != settlement.BasisProven || o.Shape != prover.TestAttributedShape || o.Attest != "verified" {
		t.Fatalf("proven n8-r4-c4 verified: %+v, %v", o, err)
	}
	if o, err = serveBasis("fused", prover.ProductAttributedShape.String(), "none"); err != nil || o.Basis != settlement.BasisFused {
		t.Fatalf("fused, attest none: %+v, %v", o, err)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

package lmengine_test

import (
	"strings"
	"testing"

	"poa/node"
	"poa/prover"
	"poa/server/lmengine"
	"poa/settlement"
)

// TestEpochCloserBasis: a closer takes the fused and the proven basis; the proven one
// is refused without attesting (settleAttributed needs every record attested) and with
// a shape that has no compiled attributed verifier; an unknown basis is refused, named.
func TestEpochCloserBasis(t *testing.T) {
	ok := []lmengine.CloserOptions{
		{},
		{Attest: node.AttestNone},
		{Basis: settlement.BasisFused, Attest: node.AttestNone},
		{Basis: settlement.BasisProven},
		{Basis: settlement.BasisProven, Attest: node.AttestVerified, Shape: prover.TestAttributedShape},
		{Basis: settlement.BasisProven, Attest: node.AttestOptimistic, Shape: prover.ProductAttributedShape},
	}
	for _, o := range ok {
		if _, err := lmengine.EpochCloserWith(nil, o); err != nil {
			t.Errorf("%+v: %v", o, err)
		}
	}
	for _, c := range []struct {
		o    lmengine.CloserOptions
		want []string
	}{
		{lmengine.CloserOptions{Basis: settlement.BasisProven, Attest: node.AttestNone}, []string{"proven", "none", "settleAttributed"}},
		{lmengine.CloserOptions{Basis: settlement.BasisProven, Shape: prover.AttributedShape{N: 9, R: 4, C: 4}}, []string{"n9-r4-c4", "no compiled"}},
		{lmengine.CloserOptions{Basis: "median"}, []string{`"median"`, "fused", "proven"}},
		{lmengine.CloserOptions{Basis: settlement.BasisProven, Attest: "sometimes"}, []string{`"sometimes"`}},
	} {
		_, err := lmengine.EpochCloserWith(nil, c.o)
		for _, w := range c.want {
			if err == nil || !strings.Contains(err.Error(), w) {
				t.Errorf("%+v: %v, want an error naming %q", c.o, err, w)
			}
		}
	}
}

package lmengine

import (
	"fmt"

	"poa/contracts"
	"poa/node"
	"poa/prover"
	"poa/settlement"
)

// CloserOptions configure EpochCloserWith: how its settles attest the records' scores,
// the score keys they wait for, and the basis its epochs close on.
type CloserOptions struct {
	// Attest is the attest mode of its settles (node.SettleAttest: "" is optimistic).
	Attest string
	// Keys, if set, is the score keys' preparation an attesting settle waits for.
	Keys *ScoreKeyPrep
	// Basis is what the epochs it closes are split by: "" or settlement.BasisFused
	// (fusion-v1 scores, settled with settle), or settlement.BasisProven (the scores
	// proven from the records' score rows, settled with settleAttributed).
	Basis settlement.Basis
	// Shape is a proven epoch's attributed split shape (zero:
	// prover.ProductAttributedShape); it must have a compiled verifier
	// (prover.DevAttributedShapes), which the embedded chain's deployment allows.
	Shape prover.AttributedShape
}

// shape is o.Shape or the product's default.
func (o CloserOptions) shape() prover.AttributedShape {
	if o.Shape == (prover.AttributedShape{}) {
		return prover.ProductAttributedShape
	}
	return o.Shape
}

// Check refuses options a closer cannot run with, naming the setting: an attest mode
// node.SettleAttest refuses, a basis settlement.ParseBasis refuses, the proven basis
// without attesting (settleAttributed reverts unless every record of the epoch is
// attested, so every settle would fail before posting), and a proven basis shape
// without a compiled attributed split verifier.
func (o CloserOptions) Check() error {
	mode, err := node.SettleAttest(o.Attest)
	if err != nil {
		return err
	}
	b, err := settlement.ParseBasis(string(o.Basis))
	if err != nil {
		return err
	}
	if b != settlement.BasisProven {
		return nil
	}
	if mode == "" {
		return fmt.Errorf("basis %s with attest mode %s: a proven epoch is settled with settleAttributed, which needs every record's scores attested; attest %s or %s, or close on basis %s",
			settlement.BasisProven, node.AttestNone, node.AttestOptimistic, node.AttestVerified, settlement.BasisFused)
	}
	s := o.shape()
	if _, ok := contracts.AttributedVerifiers()[prover.AttributedVerifierName(s)]; !ok {
		return fmt.Errorf("attributed shape %s: no compiled attributed split verifier in this build (committed: %v)", s, prover.DevAttributedShapes)
	}
	return nil
}

package prover

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
)

// Development shapes of the attributed split (docs/proofs.md, Epoch aggregation): their
// development-key verifiers (DevBeacon) are committed under contracts/solidity/verifiers.
var (
	// ProductAttributedShape is the shape the product settles proven epochs with: 64
	// contributors, 16 records of at most 16 contributors each (212,549 constraints).
	ProductAttributedShape = AttributedShape{N: 64, R: 16, C: 16}
	// TestAttributedShape is a small shape for tests: 8 contributors, 4 records of 4.
	TestAttributedShape = AttributedShape{N: 8, R: 4, C: 4}
	// DevAttributedShapes are the shapes whose development verifiers are committed.
	DevAttributedShapes = []AttributedShape{TestAttributedShape, ProductAttributedShape}
)

// WriteDevAttributedVerifiers regenerates the committed development-key attributed split
// verifiers of the shapes into dir (AttributedVerifierName(shape).sol), logging each
// setup's time through logf when it is set.
func WriteDevAttributedVerifiers(ctx context.Context, dir string, shapes []AttributedShape, logf func(format string, args ...any)) error {
	for _, s := range shapes {
		k, err := SetupAttributed(ctx, s, DevBeacon)
		if err != nil {
			return fmt.Errorf("attributed shape %s: %w", s, err)
		}
		if logf != nil {
			logf("attributed shape %s: %d constraints, compile %d ms, setup %d ms", s, k.Constraints, k.CompileMs, k.SetupMs)
		}
		var buf bytes.Buffer
		if err := k.ExportSolidity(&buf); err != nil {
			return err
		}
		if err := writeFileBytes(filepath.Join(dir, AttributedVerifierName(s)+".sol"), buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

// ParseAttributedShape reads a shape name as AttributedShape.String writes it
// ("n64-r16-c16"); the error names the input and the bounds.
func ParseAttributedShape(name string) (AttributedShape, error) {
	var s AttributedShape
	if _, err := fmt.Sscanf(name, "n%d-r%d-c%d", &s.N, &s.R, &s.C); err != nil || s.String() != name {
		return AttributedShape{}, fmt.Errorf("attributed shape %q: want nN-rR-cC, e.g. %s: %w", name, ProductAttributedShape, ErrInput)
	}
	if err := s.check(); err != nil {
		return AttributedShape{}, err
	}
	return s, nil
}

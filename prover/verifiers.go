package prover

//go:generate go run ./internal/genverifiers -dir ../contracts/solidity/verifiers

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"

	"poa/circuits"
)

// DevVerifierSizes are the sizes whose development-key verifiers are committed under
// contracts/solidity/verifiers (both backends).
var DevVerifierSizes = []int{8, 64}

// VerifierFile is the file name of the exported verifier for backend b and size n,
// e.g. Groth16SplitVerifier8.sol.
func VerifierFile(b Backend, n int) string {
	k := Keys{Meta: KeyMeta{Backend: b, Size: n}}
	return k.VerifierName() + ".sol"
}

// DevVerifier sets up the deterministic development keys (DevBeacon) for b and n and
// returns the Solidity source of their verifier.
func DevVerifier(ctx context.Context, b Backend, n int) ([]byte, error) {
	k, err := Setup(ctx, b, n, WithDevBeacon(DevBeacon))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := k.ExportSolidity(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WriteDevVerifiers regenerates the committed development verifiers into dir.
func WriteDevVerifiers(ctx context.Context, dir string, sizes []int) error {
	for _, n := range sizes {
		for _, b := range []Backend{Groth16, Plonk} {
			src, err := DevVerifier(ctx, b, n)
			if err != nil {
				return fmt.Errorf("%s size %d: %w", b, n, err)
			}
			if err := writeFileBytes(filepath.Join(dir, VerifierFile(b, n)), src); err != nil {
				return err
			}
		}
	}
	return nil
}

// WriteDevScoreVerifiers regenerates the committed development-key score verifiers of
// the shapes into dir (Groth16ScoreVerifierM<m>K<k>D<depth>.sol), logging each setup's
// time through logf when it is set.
func WriteDevScoreVerifiers(ctx context.Context, dir string, shapes []ScoreShape, logf func(format string, args ...any)) error {
	for _, s := range shapes {
		k, err := SetupScore(ctx, s, DevBeacon)
		if err != nil {
			return fmt.Errorf("score shape %s: %w", s, err)
		}
		if logf != nil {
			logf("score shape %s: %d constraints, compile %d ms, setup %d ms", s, k.Constraints, k.CompileMs, k.SetupMs)
		}
		if err := writeVerifierFile(dir, k); err != nil {
			return err
		}
	}
	return nil
}

// DevScanShapes are the scan shapes whose development-key verifiers are committed under
// contracts/solidity/verifiers: TestScanShape, small enough for the on-chain tests to
// set up in seconds, and CLIScanShape. Larger shapes are exported on demand (poa prover
// scan-verifier).
var DevScanShapes = []circuits.ScanShape{TestScanShape, CLIScanShape}

// CLIScanShape is the scan shape of the CLI's end-to-end completeness test
// (cmd/poa/complete_test.go): the 16-point data directory's record, 16 slots of k = 32
// sketches under a depth-14 tree, the top 3 in 3 rows.
var CLIScanShape = circuits.ScanShape{Slots: 16, K: 32, Depth: 14, M: 3, Rows: 3}

// WriteDevScanVerifiers writes the development-key (DevBeacon) Solidity verifier of
// each scan shape into dir, as WriteDevScoreVerifiers does for score shapes.
func WriteDevScanVerifiers(ctx context.Context, dir string, shapes []circuits.ScanShape, logf func(format string, args ...any)) error {
	for _, s := range shapes {
		k, err := SetupScan(ctx, s, DevBeacon)
		if err != nil {
			return fmt.Errorf("scan shape %s: %w", s, err)
		}
		if logf != nil {
			logf("scan shape %s: %d constraints, compile %d ms, setup %d ms", s, k.Constraints, k.CompileMs, k.SetupMs)
		}
		if err := writeVerifierFile(dir, k); err != nil {
			return err
		}
	}
	return nil
}

// solidityVerifier is a set of keys that exports its Solidity verifier under a name.
type solidityVerifier interface {
	ExportSolidity(w io.Writer) error
	VerifierName() string
}

// writeVerifierFile writes k's exported verifier to dir/<VerifierName>.sol atomically.
func writeVerifierFile(dir string, k solidityVerifier) error {
	var buf bytes.Buffer
	if err := k.ExportSolidity(&buf); err != nil {
		return err
	}
	return writeFileBytes(filepath.Join(dir, k.VerifierName()+".sol"), buf.Bytes())
}

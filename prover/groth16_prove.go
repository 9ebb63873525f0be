package prover

import (
	"bytes"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
)

// groth16Proof is a Groth16 proof made for a Solidity verifier, in gnark's encoding
// (Raw, WriteTo) and the verifier's calldata encoding (Solidity, MarshalSolidity), with
// the proving time.
type groth16Proof struct {
	raw, solidity []byte
	proveMs       int64
}

// proveForSolidity proves assignment against ccs and pk with the prover option the
// exported Solidity verifiers need (a circuit's commitment, where it has one, as the
// score circuit's range checks do, hashed with keccak; the split circuits have none).
// Errors: a witness that cannot be built, a failed proof.
func proveForSolidity(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, assignment frontend.Circuit) (groth16Proof, error) {
	var out groth16Proof
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return out, fmt.Errorf("witness: %w", err)
	}
	t0 := time.Now()
	pr, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return out, fmt.Errorf("groth16 prove: %w", err)
	}
	out.proveMs = time.Since(t0).Milliseconds()
	var buf bytes.Buffer
	if _, err := pr.WriteTo(&buf); err != nil {
		return out, err
	}
	out.raw = buf.Bytes()
	out.solidity = pr.(interface{ MarshalSolidity() []byte }).MarshalSolidity()
	return out, nil
}

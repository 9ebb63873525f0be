package prover

import (
	"bytes"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"poa/circuits"
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

// checkReduced returns ErrProofFile, naming the input, unless every public input is in
// [0, r).
func checkReduced(inputs []*big.Int) error {
	r := circuits.Modulus()
	for i, v := range inputs {
		if v == nil || v.Sign() < 0 || v.Cmp(r) >= 0 {
			return fmt.Errorf("%w: public input %d not reduced mod r", ErrProofFile, i)
		}
	}
	return nil
}

// verifyForSolidity checks a proof made by proveForSolidity: raw (gnark's encoding)
// against vk and the public witness of pub (a circuit whose public fields are
// assigned), with the options of the exported Solidity verifiers, and that sol is the
// same proof in the verifier's calldata encoding. Errors: ErrProofFile (undecodable
// bytes, calldata of another proof), ErrInvalidProof (the proof fails).
func verifyForSolidity(vk groth16.VerifyingKey, pub frontend.Circuit, raw, sol []byte) error {
	pw, err := frontend.NewWitness(pub, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return fmt.Errorf("public witness: %w", err)
	}
	pr := groth16.NewProof(ecc.BN254)
	if _, err := pr.ReadFrom(bytes.NewReader(raw)); err != nil {
		return fmt.Errorf("%w: proof bytes: %v", ErrProofFile, err)
	}
	if err := groth16.Verify(pr, vk, pw, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidProof, err)
	}
	if !bytes.Equal(pr.(interface{ MarshalSolidity() []byte }).MarshalSolidity(), sol) {
		return fmt.Errorf("%w: solidity bytes differ from the proof", ErrProofFile)
	}
	return nil
}

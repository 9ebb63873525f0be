package prover

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"

	"poa/circuits"
)

// Prove proves st with k (which must hold a proving key), using the options that make
// the proof verify in the exported Solidity verifier, and checks the proof before
// returning it. ctx is checked before proving (gnark's prover cannot be interrupted).
// It returns ErrTooLarge for a split of more than k.Meta.Size contributors.
func Prove(ctx context.Context, k *Keys, st *Statement) (*Proof, error) {
	if !k.CanProve() {
		return nil, fmt.Errorf("prove: keys hold no proving key")
	}
	if len(st.Contributors) > k.Meta.Size {
		return nil, fmt.Errorf("split of %d contributors, key size %d: %w", len(st.Contributors), k.Meta.Size, ErrTooLarge)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	assign, err := circuits.Assign(k.Meta.Size, st.circuitSplit())
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInput, err)
	}
	start := time.Now()
	p := &Proof{Version: ProofFileVersion, Format: proofFormat, Circuit: CircuitSplit, Backend: k.Meta.Backend,
		Size: k.Meta.Size, KeyID: k.Meta.KeyID, Statement: st}
	switch k.Meta.Backend {
	case Groth16:
		pr, err := proveForSolidity(k.ccs, k.g16.pk, assign)
		if err != nil {
			return nil, err
		}
		p.Raw, p.Solidity = pr.raw, pr.solidity
	case Plonk:
		w, err := frontend.NewWitness(assign, ecc.BN254.ScalarField())
		if err != nil {
			return nil, fmt.Errorf("witness: %w", err)
		}
		pr, err := plonk.Prove(k.ccs, k.plk.pk, w, solidity.WithProverTargetSolidityVerifier(backend.PLONK))
		if err != nil {
			return nil, fmt.Errorf("plonk prove: %w", err)
		}
		var buf bytes.Buffer
		if _, err := pr.WriteTo(&buf); err != nil {
			return nil, err
		}
		p.Raw, p.Solidity = buf.Bytes(), pr.(interface{ MarshalSolidity() []byte }).MarshalSolidity()
	}
	p.ProveTime = time.Since(start)
	if err := Verify(k, p); err != nil {
		return nil, fmt.Errorf("fresh proof does not verify: %w", err)
	}
	return p, nil
}

// Verify checks p against the verifying key in k: the proof must have been made with
// this key (ErrKeyMismatch otherwise), its statement must be self-consistent (γ and the
// fingerprint recomputed from contributors and payouts; ErrProofFile otherwise), and the
// proof must verify with the Solidity-target options (ErrInvalidProof otherwise).
func Verify(k *Keys, p *Proof) error {
	if p.Backend != k.Meta.Backend || p.Circuit != k.Meta.Circuit || p.Size != k.Meta.Size || p.KeyID != k.Meta.KeyID {
		return fmt.Errorf("proof made with %s key %.16s (size %d), checked with %s key %.16s (size %d): %w",
			p.Backend, p.KeyID, p.Size, k.Meta.Backend, k.Meta.KeyID, k.Meta.Size, ErrKeyMismatch)
	}
	if err := p.checkStatement(); err != nil {
		return err
	}
	pw, err := publicWitness(p.Size, p.Statement.PublicInputs())
	if err != nil {
		return err
	}
	switch p.Backend {
	case Groth16:
		pr := groth16.NewProof(ecc.BN254)
		if _, err := pr.ReadFrom(bytes.NewReader(p.Raw)); err != nil {
			return fmt.Errorf("%w: proof bytes: %v", ErrProofFile, err)
		}
		if err := groth16.Verify(pr, k.g16.vk, pw, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
			return fmt.Errorf("%w: %v", ErrInvalidProof, err)
		}
		if !bytes.Equal(pr.(interface{ MarshalSolidity() []byte }).MarshalSolidity(), p.Solidity) {
			return fmt.Errorf("%w: solidity bytes differ from the proof", ErrProofFile)
		}
	case Plonk:
		pr := plonk.NewProof(ecc.BN254)
		if _, err := pr.ReadFrom(bytes.NewReader(p.Raw)); err != nil {
			return fmt.Errorf("%w: proof bytes: %v", ErrProofFile, err)
		}
		if err := plonk.Verify(pr, k.plk.vk, pw, solidity.WithVerifierTargetSolidityVerifier(backend.PLONK)); err != nil {
			return fmt.Errorf("%w: %v", ErrInvalidProof, err)
		}
		if !bytes.Equal(pr.(interface{ MarshalSolidity() []byte }).MarshalSolidity(), p.Solidity) {
			return fmt.Errorf("%w: solidity bytes differ from the proof", ErrProofFile)
		}
	default:
		return fmt.Errorf("%q: %w", p.Backend, ErrBackend)
	}
	return nil
}

func publicWitness(n int, pub []*big.Int) (witness.Witness, error) {
	c := circuits.NewRewardSplit(n)
	c.Epoch, c.Commitment, c.DataFee, c.Gamma, c.Fingerprint = pub[0], pub[1], pub[2], pub[3], pub[4]
	r := circuits.Modulus()
	for i, v := range pub {
		if v.Sign() < 0 || v.Cmp(r) >= 0 {
			return nil, fmt.Errorf("%w: public input %d not reduced mod r", ErrProofFile, i)
		}
	}
	w, err := frontend.NewWitness(c, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return nil, fmt.Errorf("public witness: %w", err)
	}
	return w, nil
}

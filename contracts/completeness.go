package contracts

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"poa/contracts/bindings"
)

// Completeness is a record's completeness proof as the Completeness contract holds it:
// the scan verifier that accepted it, the exclusion hash it was proven with (the hash of
// the bitmap of leaves not eligible), the block it was proven in and the keccak256 of the
// statement proven, abi.encode(sketchRoot, queryHash, commitment). Current says whether
// it still holds (isComplete): the record's attestation still has that statement and
// governance still allows the verifier.
type Completeness struct {
	Record    common.Hash    `json:"record"`
	Verifier  common.Address `json:"verifier"`
	Excluded  *big.Int       `json:"excluded"`
	Block     uint64         `json:"block"`
	Statement common.Hash    `json:"statement"`
	Current   bool           `json:"current"`
}

// completeness returns d's Completeness contract, bound, or ErrNoCompleteness for a
// deployment made before it existed.
func completeness(c *Chain, d *Deployment) (*bindings.Completeness, *bind.BoundContract, error) {
	if d.Completeness == (common.Address{}) {
		return nil, nil, fmt.Errorf("deployment on %s (settlement %s): %w", d.Network, d.Settlement.Hex(), ErrNoCompleteness)
	}
	cp := bindings.NewCompleteness()
	return cp, cp.Instance(c.Client, d.Completeness), nil
}

// AttestComplete proves record's attested scores complete from key's account (anyone may:
// the proof is the authority) and waits for the receipt. The Completeness contract runs
// the scan verifier verifier (one governance allows: Deploy deploys and allows every
// compiled one, d.ScanVerifiers by name) on (the sketch root of the evidence version the
// record was attested under, its attested query hash, its attested commitment, excluded)
// with proof, the Solidity encoding of a scan proof (prover.ScanProof.Solidity). It
// rejects, at gas estimation and with a *RevertError, a verifier not allowed
// (ScanVerifierNotAllowed), excluded ≥ r (ExcludedOutOfField), a record the Settlement
// has not attested (RecordNotAttested), a record already proven complete for its current
// attestation (AlreadyProvenComplete) and a proof that does not verify
// (InvalidCompletenessProof(record)). A nil, negative or over-256-bit excluded fails
// with ErrUint256 before anything is sent; a deployment without the contract with
// ErrNoCompleteness.
func AttestComplete(ctx context.Context, c *Chain, d *Deployment, key *ecdsa.PrivateKey, record [32]byte,
	verifier common.Address, excluded *big.Int, proof []byte) (*Receipt, error) {
	what := fmt.Sprintf("attest completeness of record %s", common.Hash(record).Hex())
	if err := checkUint256(what, "excluded", excluded); err != nil {
		return nil, err
	}
	cp, bc, err := completeness(c, d)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return c.transact(ctx, what, bc, key, cp.PackAttestComplete(record, verifier, excluded, proof))
}

// CompleteOf reads record's completeness proof, or nil when none was accepted.
func CompleteOf(ctx context.Context, c *Chain, d *Deployment, record [32]byte) (*Completeness, error) {
	cp, bc, err := completeness(c, d)
	if err != nil {
		return nil, err
	}
	opts := &bind.CallOpts{Context: ctx}
	out, err := bind.Call(bc, opts, cp.PackComplete(record), cp.UnpackComplete)
	if err != nil {
		return nil, fmt.Errorf("read completeness at %s: %w", d.Completeness.Hex(), err)
	}
	if out.BlockNumber == 0 {
		return nil, nil
	}
	cur, err := bind.Call(bc, opts, cp.PackIsComplete(record), cp.UnpackIsComplete)
	if err != nil {
		return nil, fmt.Errorf("read completeness at %s: %w", d.Completeness.Hex(), err)
	}
	return &Completeness{Record: record, Verifier: out.Verifier, Excluded: out.Excluded, Block: out.BlockNumber,
		Statement: out.Statement, Current: cur}, nil
}

// IsComplete reports whether record's current attestation is proven complete.
func IsComplete(ctx context.Context, c *Chain, d *Deployment, record [32]byte) (bool, error) {
	cp, bc, err := completeness(c, d)
	if err != nil {
		return false, err
	}
	return bind.Call(bc, &bind.CallOpts{Context: ctx}, cp.PackIsComplete(record), cp.UnpackIsComplete)
}

// IsScanVerifier reports whether governance allows v in attestComplete.
func IsScanVerifier(ctx context.Context, c *Chain, d *Deployment, v common.Address) (bool, error) {
	cp, bc, err := completeness(c, d)
	if err != nil {
		return false, err
	}
	return bind.Call(bc, &bind.CallOpts{Context: ctx}, cp.PackIsScanVerifier(v), cp.UnpackIsScanVerifier)
}

// SetScanVerifier allows (or stops allowing) scan verifier v from owner, the Completeness
// contract's owner, and waits for the receipt: what a deployment not yet handed to
// governance does directly (a governed one executes PackSetScanVerifier through the
// timelock). The contract rejects another account (OwnableUnauthorizedAccount), the zero
// address (ZeroAddress) and allowing an address without code (NotAContract).
func SetScanVerifier(ctx context.Context, c *Chain, d *Deployment, owner *ecdsa.PrivateKey, v common.Address, allowed bool) (*Receipt, error) {
	_, bc, err := completeness(c, d)
	if err != nil {
		return nil, err
	}
	return c.transact(ctx, fmt.Sprintf("set scan verifier %s allowed=%t", v.Hex(), allowed), bc, owner, PackSetScanVerifier(v, allowed))
}

// PackSetScanVerifier is the Completeness contract's setScanVerifier(verifier, allowed).
func PackSetScanVerifier(v common.Address, allowed bool) []byte {
	return bindings.NewCompleteness().PackSetScanVerifier(v, allowed)
}

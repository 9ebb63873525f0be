package contracts

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts/bindings"
)

// AdapterID is an adapter's key in the Settlement's evidence registry: keccak256 of the
// UTF-8 bytes of its name, exactly as given (no normalization, no prefix), the same as
// Solidity's keccak256(bytes(name)).
func AdapterID(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }

// Evidence is an adapter's attribution evidence as the Settlement holds it: the Poseidon2
// Merkle roots of its gradient sketches and of its tokenized corpus (BN254 field elements),
// the verifier of its score proofs, and its version (the number of publications; 0: never
// registered, and the other fields are zero).
type Evidence struct {
	Adapter       common.Hash    `json:"adapter"`
	SketchRoot    *big.Int       `json:"sketch_root"`
	CorpusRoot    *big.Int       `json:"corpus_root"`
	ScoreVerifier common.Address `json:"score_verifier"`
	Version       uint64         `json:"version"`
}

// EvidenceUpdate is one EvidenceRegistered event: a publication of an adapter's evidence.
type EvidenceUpdate struct {
	Evidence
	By     common.Address `json:"by"`
	Block  uint64         `json:"block"`
	TxHash common.Hash    `json:"tx_hash"`
}

// ScoreProof is a per-inference score attestation as attestScores and postScores take it.
type ScoreProof struct {
	Record     [32]byte // the attribution record's id on chain; attested once
	Adapter    [32]byte // AdapterID of the adapter whose current evidence the proof opens
	Epoch      uint64   // PostScores only: the epoch the record is billed in (0: none)
	QueryHash  *big.Int // public input 2, < r
	Commitment *big.Int // public input 3, the scores commitment, < r
	// OutputHash is public input 5, the record's circuits.OutputHash (< r); public input 4
	// is the adapter's registered corpus root, which the contract supplies.
	OutputHash *big.Int
	Proof      []byte // the Solidity encoding of the Groth16 proof (MarshalSolidity)
}

// ScoreAttestation is a record's attested scores as the Settlement holds them: the adapter
// and evidence version the proof was (or, posted optimistically, is to be) verified
// against, the query hash, scores commitment and output hash, and the block of the attestation
// (Version 0: not attested). An optimistic post (PostScores) also has the epoch it backs,
// the end of its challenge window (Unix seconds), its poster and the keccak256 of its
// proof; a verified one (AttestScores) has them zero. TxHash is set only by FindAttested
// and FindPostedScores.
type ScoreAttestation struct {
	Record             common.Hash    `json:"record"`
	Adapter            common.Hash    `json:"adapter"`
	QueryHash          *big.Int       `json:"query_hash"`
	Commitment         *big.Int       `json:"commitment"`
	OutputHash         *big.Int       `json:"output_hash"`
	Version            uint64         `json:"version"`
	Block              uint64         `json:"block"`
	Epoch              uint64         `json:"epoch,omitempty"`
	ChallengeableUntil uint64         `json:"challengeable_until,omitempty"`
	Poster             common.Address `json:"poster,omitzero"`
	ProofHash          common.Hash    `json:"proof_hash,omitzero"`
	TxHash             common.Hash    `json:"tx_hash,omitzero"`
}

// Optimistic reports whether a was posted without verification (PostScores).
func (a *ScoreAttestation) Optimistic() bool { return a.ProofHash != (common.Hash{}) }

// RegisterEvidence publishes (or re-publishes) adapter's evidence from key, a poster (a
// prover with minStake bonded) or the owner, and waits for the receipt; each publication
// bumps the adapter's version (the first is 1). verifier must be a score verifier
// governance allows: Deploy deploys and allows every compiled one (d.ScoreVerifiers by
// name). The contract rejects, at gas estimation and with a *RevertError, a key that is
// neither (InsufficientStake), a root that is 0 or ≥ r (InvalidSketchRoot,
// InvalidCorpusRoot) and a verifier that is zero (ZeroAddress) or not allowed
// (ScoreVerifierNotAllowed). A nil, negative or over-256-bit root fails with ErrUint256
// before anything is sent.
func RegisterEvidence(ctx context.Context, c *Chain, d *Deployment, key *ecdsa.PrivateKey, adapter [32]byte,
	sketchRoot, corpusRoot *big.Int, verifier common.Address) (*Receipt, error) {
	what := fmt.Sprintf("register evidence of adapter %s", common.Hash(adapter).Hex())
	if err := checkUint256(what, "sketch root", sketchRoot); err != nil {
		return nil, err
	}
	if err := checkUint256(what, "corpus root", corpusRoot); err != nil {
		return nil, err
	}
	st := bindings.NewSettlement()
	return c.transact(ctx, what, st.Instance(c.Client, d.Settlement), key,
		st.PackRegisterEvidence(adapter, sketchRoot, corpusRoot, verifier))
}

// EvidenceAt reads version v of adapter's evidence (Version 0: no such version).
func EvidenceAt(ctx context.Context, c *Chain, d *Deployment, adapter [32]byte, v uint64) (*Evidence, error) {
	st := bindings.NewSettlement()
	out, err := bind.Call(st.Instance(c.Client, d.Settlement), &bind.CallOpts{Context: ctx}, st.PackEvidenceAt(adapter, v), st.UnpackEvidenceAt)
	if err != nil {
		return nil, fmt.Errorf("read evidence at %s: %w", d.Settlement.Hex(), err)
	}
	return &Evidence{Adapter: adapter, SketchRoot: out.SketchRoot, CorpusRoot: out.CorpusRoot,
		ScoreVerifier: out.ScoreVerifier, Version: out.Version}, nil
}

// IsScoreVerifier reports whether governance allows v as a score verifier in evidence.
func IsScoreVerifier(ctx context.Context, c *Chain, d *Deployment, v common.Address) (bool, error) {
	st := bindings.NewSettlement()
	return bind.Call(st.Instance(c.Client, d.Settlement), &bind.CallOpts{Context: ctx}, st.PackIsScoreVerifier(v), st.UnpackIsScoreVerifier)
}

// EvidenceOf reads adapter's current evidence (Version 0: not registered).
func EvidenceOf(ctx context.Context, c *Chain, d *Deployment, adapter [32]byte) (*Evidence, error) {
	st := bindings.NewSettlement()
	out, err := bind.Call(st.Instance(c.Client, d.Settlement), &bind.CallOpts{Context: ctx}, st.PackEvidence(adapter), st.UnpackEvidence)
	if err != nil {
		return nil, fmt.Errorf("read evidence at %s: %w", d.Settlement.Hex(), err)
	}
	return &Evidence{Adapter: adapter, SketchRoot: out.SketchRoot, CorpusRoot: out.CorpusRoot,
		ScoreVerifier: out.ScoreVerifier, Version: out.Version}, nil
}

// EvidenceHistory returns adapter's EvidenceRegistered events since the deployment, oldest
// first: the roots of every version, which an attestation names by number.
func EvidenceHistory(ctx context.Context, c *Chain, d *Deployment, adapter [32]byte) ([]EvidenceUpdate, error) {
	st := bindings.NewSettlement()
	it, err := bind.FilterEvents(st.Instance(c.Client, d.Settlement), &bind.FilterOpts{Start: d.Block, Context: ctx},
		st.UnpackEvidenceRegisteredEvent, []any{adapter})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	out := []EvidenceUpdate{}
	for it.Next() {
		ev := it.Value()
		if ev.Adapter != adapter {
			continue
		}
		out = append(out, EvidenceUpdate{Evidence: Evidence{Adapter: ev.Adapter, SketchRoot: ev.SketchRoot,
			CorpusRoot: ev.CorpusRoot, ScoreVerifier: ev.ScoreVerifier, Version: ev.Version},
			By: ev.By, Block: ev.Raw.BlockNumber, TxHash: ev.Raw.TxHash})
	}
	return out, it.Error()
}

// check refuses, before anything is sent, public inputs that are not uint256s.
func (p *ScoreProof) check(what string) error {
	if err := checkUint256(what, "query hash", p.QueryHash); err != nil {
		return err
	}
	if err := checkUint256(what, "output hash", p.OutputHash); err != nil {
		return err
	}
	return checkUint256(what, "commitment", p.Commitment)
}

// AttestScores attests p's scores from poster's key and waits for the receipt: the
// contract verifies p.Proof on (the adapter's current sketchRoot, p.QueryHash,
// p.Commitment, the adapter's current corpusRoot, p.OutputHash) with the adapter's
// registered score verifier and records it. It rejects, at
// gas estimation and with a *RevertError, a key that is not a poster (InsufficientStake), a
// record already attested (AlreadyAttested), an adapter without evidence
// (EvidenceNotRegistered), evidence whose verifier governance no longer allows
// (ScoreVerifierNotAllowed), values ≥ r (QueryHashOutOfField, CommitmentOutOfField,
// OutputHashOutOfField) and a proof that does not verify
// (InvalidScoreProof(adapter, version)). A nil, negative or over-256-bit value fails with
// ErrUint256 before anything is sent.
func AttestScores(ctx context.Context, c *Chain, d *Deployment, poster *ecdsa.PrivateKey, p *ScoreProof) (*Receipt, error) {
	what := fmt.Sprintf("attest scores of record %s", common.Hash(p.Record).Hex())
	if err := p.check(what); err != nil {
		return nil, err
	}
	st := bindings.NewSettlement()
	return c.transact(ctx, what, st.Instance(c.Client, d.Settlement), poster,
		st.PackAttestScores(p.Record, p.Adapter, p.QueryHash, p.Commitment, p.OutputHash, p.Proof))
}

// Attestation reads record's attested scores (Version 0: not attested).
func Attestation(ctx context.Context, c *Chain, d *Deployment, record [32]byte) (*ScoreAttestation, error) {
	st := bindings.NewSettlement()
	out, err := bind.Call(st.Instance(c.Client, d.Settlement), &bind.CallOpts{Context: ctx}, st.PackAttestations(record), st.UnpackAttestations)
	if err != nil {
		return nil, fmt.Errorf("read attestation at %s: %w", d.Settlement.Hex(), err)
	}
	return &ScoreAttestation{Record: record, Adapter: out.Adapter, QueryHash: out.QueryHash, Commitment: out.Commitment,
		OutputHash: out.OutputHash, Version: out.Version, Block: out.BlockNumber, Epoch: out.Epoch, ChallengeableUntil: out.ChallengeableUntil,
		Poster: out.Poster, ProofHash: out.ProofHash}, nil
}

// IsAttested reports whether record's scores have been attested.
func IsAttested(ctx context.Context, c *Chain, d *Deployment, record [32]byte) (bool, error) {
	st := bindings.NewSettlement()
	return bind.Call(st.Instance(c.Client, d.Settlement), &bind.CallOpts{Context: ctx}, st.PackIsAttested(record), st.UnpackIsAttested)
}

// FindAttested returns record's ScoresAttested event on the deployment, or nil when the
// record is not attested: how an attestation whose receipt was lost is found again.
func FindAttested(ctx context.Context, c *Chain, d *Deployment, record [32]byte) (*ScoreAttestation, error) {
	st := bindings.NewSettlement()
	ev, err := firstEvent(ctx, c, d, st.UnpackScoresAttestedEvent, record,
		func(ev *bindings.SettlementScoresAttested) bool { return ev.Record == record })
	if ev == nil || err != nil {
		return nil, err
	}
	return &ScoreAttestation{Record: ev.Record, Adapter: ev.Adapter, QueryHash: ev.QueryHash, Commitment: ev.Commitment,
		OutputHash: ev.OutputHash, Version: ev.Version, Block: ev.Raw.BlockNumber, TxHash: ev.Raw.TxHash}, nil
}

// firstEvent returns the first event of d's Settlement since its deployment whose first
// indexed argument is key and that match accepts, or nil when there is none.
func firstEvent[Ev bind.ContractEvent](ctx context.Context, c *Chain, d *Deployment, unpack func(*types.Log) (*Ev, error), key any, match func(*Ev) bool) (*Ev, error) {
	st := bindings.NewSettlement()
	it, err := bind.FilterEvents(st.Instance(c.Client, d.Settlement), &bind.FilterOpts{Start: d.Block, Context: ctx}, unpack, []any{key})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	for it.Next() {
		if ev := it.Value(); match(ev) {
			return ev, nil
		}
	}
	return nil, it.Error()
}

// checkUint256 fails with ErrUint256 for a value the ABI cannot encode as a uint256.
func checkUint256(what, name string, v *big.Int) error {
	if v == nil || v.Sign() < 0 || v.BitLen() > 256 {
		return fmt.Errorf("%s: %s %v: %w", what, name, v, ErrUint256)
	}
	return nil
}

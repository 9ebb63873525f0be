package settlement

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/circuits"
	"poa/prover"
	"poa/store"
)

// ProvenProof is what a proven epoch's attributed split proof shows (poa epoch show,
// GET /v1/epochs/{id}): that the epoch's scores are proven from its records, which
// records, the public values the proof binds them with, the verifier it is checked by
// and the transaction that settled it. Numbers are decimal strings.
type ProvenProof struct {
	// ScoresProven: the stored proof was verified natively before it was stored and
	// proves the epoch record's data fee, commitment, contributors and payouts from the
	// rows of Records (checked again here: ProvenSummary).
	ScoresProven bool   `json:"scores_proven"`
	Circuit      string `json:"circuit"` // prover.CircuitAttributedSplit
	Shape        string `json:"shape"`   // "n64-r16-c16"
	KeyID        string `json:"key_id"`
	// Records are the aggregated attribution records in the proof's order (RecordKey
	// ascending: settleAttributed's), RecordCommitments their attested row commitments,
	// RecordDigest the proof's public digest of them (circuits.RecordsDigest).
	Records           []string `json:"records"`
	RecordCommitments []string `json:"record_commitments"`
	RecordDigest      string   `json:"record_digest"`
	RecordFingerprint string   `json:"record_fingerprint"`
	Gamma             string   `json:"gamma"`
	Fingerprint       string   `json:"fingerprint"`
	// Verifier is the contract name of the shape's attributed split verifier
	// (prover.AttributedVerifierName); VerifierAddress the allowed verifier the epoch
	// was settled through (once posted by this poa).
	Verifier        string `json:"verifier"`
	VerifierAddress string `json:"verifier_address,omitempty"`
	// ProofBytes is the size of the proof's Solidity encoding (settleAttributed's proof
	// argument), ProofKeccak its keccak256.
	ProofBytes  int       `json:"proof_bytes"`
	ProofKeccak string    `json:"proof_keccak"`
	ProveMs     int64     `json:"prove_ms"`
	Proved      time.Time `json:"proved,omitzero"`
	// SettleTx and SettleMethod ("settleAttributed") once posted; VerifiedOnchain when
	// that transaction was mined (the contract's verifier accepted the proof).
	SettleTx        string `json:"settle_tx,omitempty"`
	SettleMethod    string `json:"settle_method,omitempty"`
	VerifiedOnchain bool   `json:"verified_onchain"`
}

// ProvenSummary checks attributed proof p against proven epoch rec and summarizes it.
// The proof must be of rec's shape, prove rec's data fee, commitment, contributors and
// payouts, list the commitments of rec's records in order, and its digest, γ and
// fingerprints must recompute from its lists (what the contract recomputes): any
// difference is ErrMismatch naming the field. The Groth16 proof itself is not verified
// here (no keys): ProveProven verified it before storing it, and the contract's
// verifier did when it was settled.
func ProvenSummary(rec *Epoch, p *prover.AttributedProof) (*ProvenProof, error) {
	e := rec.Epoch
	if !rec.IsProven() || rec.Proven == nil {
		return nil, fmt.Errorf("epoch %d has basis %q, not proven: %w", e, rec.Basis, ErrState)
	}
	if p.Circuit != prover.CircuitAttributedSplit || p.Shape != rec.Proven.Shape {
		return nil, fmt.Errorf("epoch %d: attributed proof of circuit %q shape %s, the epoch's is %s: %w", e, p.Circuit, p.Shape, rec.Proven.Shape, ErrMismatch)
	}
	if err := checkProvenPayouts(rec, p); err != nil {
		return nil, err
	}
	if len(p.RecordCommitments) != len(rec.Proven.Records) {
		return nil, fmt.Errorf("epoch %d: the attributed proof lists %d record commitments, the epoch %d records: %w", e, len(p.RecordCommitments), len(rec.Proven.Records), ErrMismatch)
	}
	out := &ProvenProof{ScoresProven: rec.Proof != nil && rec.Proof.Verified, Circuit: p.Circuit, Shape: p.Shape.String(), KeyID: p.KeyID,
		Records: rec.Proven.IDs(), Verifier: prover.AttributedVerifierName(p.Shape), ProofBytes: len(p.Solidity),
		ProofKeccak: crypto.Keccak256Hash(p.Solidity).Hex(), ProveMs: p.ProveMs}
	for i, c := range p.RecordCommitments {
		if c == nil || c.String() != rec.Proven.Records[i].Commitment {
			return nil, fmt.Errorf("epoch %d: the attributed proof's record_commitments[%d] is %v, record %s's rows hash to %s: %w",
				e, i, c, rec.Proven.Records[i].ID, rec.Proven.Records[i].Commitment, ErrMismatch)
		}
		out.RecordCommitments = append(out.RecordCommitments, c.String())
	}
	if p.RecordDigest == nil || circuits.RecordsDigest(p.RecordCommitments).Cmp(p.RecordDigest) != 0 {
		return nil, fmt.Errorf("epoch %d: the attributed proof's record_digest does not recompute from its record commitments: %w", e, ErrMismatch)
	}
	g := prover.AttributedGamma(p.Epoch, p.Commitment, p.DataFee, p.Contributors, p.Payouts, p.RecordDigest, p.RecordCommitments)
	switch {
	case p.Gamma == nil || g.Cmp(p.Gamma) != 0:
		return nil, fmt.Errorf("epoch %d: the attributed proof's gamma does not recompute from its lists: %w", e, ErrMismatch)
	case p.Fingerprint == nil || prover.Fingerprint(g, p.Contributors, p.Payouts).Cmp(p.Fingerprint) != 0:
		return nil, fmt.Errorf("epoch %d: the attributed proof's fingerprint does not recompute from its payouts: %w", e, ErrMismatch)
	case p.RecordFingerprint == nil || circuits.RecordsFingerprint(g, p.RecordCommitments).Cmp(p.RecordFingerprint) != 0:
		return nil, fmt.Errorf("epoch %d: the attributed proof's record_fingerprint does not recompute: %w", e, ErrMismatch)
	}
	out.RecordDigest, out.RecordFingerprint = p.RecordDigest.String(), p.RecordFingerprint.String()
	out.Gamma, out.Fingerprint = g.String(), p.Fingerprint.String()
	if rec.Proof != nil {
		out.Proved = rec.Proof.Proved
	}
	if post := rec.Post; post != nil {
		out.SettleTx, out.SettleMethod = post.Settle.TxHash.Hex(), "settleAttributed"
		out.VerifiedOnchain = rec.Status == Posted || rec.Status == Confirmed
		if post.Verifier != (common.Address{}) {
			out.VerifierAddress = post.Verifier.Hex()
		}
	}
	return out, nil
}

// LoadProvenSummary is ProvenSummary of rec's stored attributed proof; nil, nil when rec
// is fused or its proof is not stored yet (closed, not proven).
func LoadProvenSummary(st *store.Store, rec *Epoch) (*ProvenProof, error) {
	if !rec.IsProven() {
		return nil, nil
	}
	p, err := LoadAttributedProof(st, rec.Epoch)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return ProvenSummary(rec, p)
}

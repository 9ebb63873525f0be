package settlement

import (
	"errors"

	"poa/contracts"
	"poa/prover"
	"poa/store"
)

// ScoreProofRecord is an attribution record's score proof as the store keeps it (kind
// "proof", key "score-ID"; poa prove-record writes it), with its on-chain attestation
// once posted.
type ScoreProofRecord struct {
	Record      string                      `json:"record"`
	Proof       *prover.ScoreProof          `json:"proof"`
	Attestation *contracts.ScoreAttestation `json:"attestation,omitempty"`
}

func scoreProofKey(id string) string { return "score-" + id }

// SaveScoreProof stores r under its record's key, replacing an earlier one.
func SaveScoreProof(st *store.Store, r *ScoreProofRecord) error {
	return st.Put(store.KindProof, scoreProofKey(r.Record), r)
}

// ScoresProven counts, among the given records, those with a stored score proof and
// those whose proof was attested on-chain.
func ScoresProven(st *store.Store, records []string) (proven, attested int, err error) {
	for _, id := range records {
		var r ScoreProofRecord
		if err := st.Get(store.KindProof, scoreProofKey(id), &r); errors.Is(err, store.ErrNotFound) {
			continue
		} else if err != nil {
			return 0, 0, err
		}
		proven++
		if r.Attestation != nil {
			attested++
		}
	}
	return proven, attested, nil
}

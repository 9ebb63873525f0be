package settlement

import (
	"errors"
	"fmt"

	"poa/prover"
	"poa/store"
)

// CompletenessProofRecord is an attribution record's completeness (scan) proof as the
// store keeps it (kind "proof", key "complete-ID"; poa prove-record --complete writes
// it): that the record's candidates are the true top M of every committed leaf the
// trained-on rule leaves eligible. ExcludedLeaves lists the leaves that rule excluded
// when it was proven (recomputable from the store; the proof binds their bitmap's hash).
type CompletenessProofRecord struct {
	Record         string            `json:"record"`
	Proof          *prover.ScanProof `json:"proof"`
	ExcludedLeaves []int             `json:"excluded_leaves"`
}

func completenessProofKey(id string) string { return "complete-" + id }

// SaveCompletenessProof stores r under its record's key, replacing an earlier one.
func SaveCompletenessProof(st *store.Store, r *CompletenessProofRecord) error {
	if r.Proof == nil {
		return fmt.Errorf("completeness proof of record %s: no proof", r.Record)
	}
	return st.Put(store.KindProof, completenessProofKey(r.Record), r)
}

// CompletenessProof reads record id's stored completeness proof; ok is false when
// there is none.
func CompletenessProof(st *store.Store, id string) (r *CompletenessProofRecord, ok bool, err error) {
	r = &CompletenessProofRecord{}
	if err := st.Get(store.KindProof, completenessProofKey(id), r); errors.Is(err, store.ErrNotFound) {
		return nil, false, nil
	} else if err != nil {
		return nil, false, fmt.Errorf("completeness proof of record %s: %w", id, err)
	}
	if r.Proof == nil {
		return nil, false, fmt.Errorf("completeness proof of record %s: stored without a proof", id)
	}
	return r, true, nil
}

package settlement

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"poa/prover"
	"poa/store"
)

// Prove proves closed epoch e's split with k, checks the proof natively, and stores it
// (kind proof) together with the epoch's move to Proven, in one transaction. Proving a
// proven epoch again replaces its proof (e.g. with keys of the size a deployed verifier
// checks); a posted or confirmed epoch is not proven again (ErrState).
func Prove(ctx context.Context, st *store.Store, e uint64, k *prover.Keys) (*prover.Proof, error) {
	rec, err := LoadEpoch(st, e)
	if err != nil {
		return nil, err
	}
	if rec.Status.rank() >= Posted.rank() {
		return nil, fmt.Errorf("epoch %d is %s: %w", e, rec.Status, ErrState)
	}
	stmt, err := rec.Statement()
	if err != nil {
		return nil, err
	}
	p, err := prover.Prove(ctx, k, stmt)
	if err != nil {
		return nil, fmt.Errorf("prove epoch %d: %w", e, err)
	}
	if err := prover.Verify(k, p); err != nil {
		return nil, fmt.Errorf("epoch %d: the proof does not verify natively: %w", e, err)
	}
	rec.Status = Proven
	rec.Proof = &ProofInfo{Backend: p.Backend, Size: p.Size, KeyID: p.KeyID, Proved: time.Now().UTC(), Verified: true}
	raw, err := p.MarshalJSON()
	if err != nil {
		return nil, err
	}
	if err := saveProven(st, rec, epochKey(e), raw); err != nil {
		return nil, err
	}
	return p, nil
}

// saveProven stores proven epoch rec and its proof (under store.KindProof, key) in one
// transaction, unless the epoch was posted meanwhile (ErrState: a proof is never
// replaced under a posted settlement).
func saveProven(st *store.Store, rec *Epoch, key string, proof []byte) error {
	defer lock(st)()
	return putEpoch(st, rec, func(tx *store.Tx) error {
		var cur Epoch
		if err := tx.Get(store.KindEpoch, epochKey(rec.Epoch), &cur); err != nil {
			return err
		}
		if cur.Status.rank() >= Posted.rank() {
			return fmt.Errorf("epoch %d became %s while proving: %w", rec.Epoch, cur.Status, ErrState)
		}
		return tx.Put(store.KindProof, key, json.RawMessage(proof))
	})
}

// LoadProof reads the stored proof of epoch e (the proof file format, prover.DecodeProof).
func LoadProof(st *store.Store, e uint64) (*prover.Proof, error) {
	var raw json.RawMessage
	if err := st.Get(store.KindProof, epochKey(e), &raw); err != nil {
		return nil, fmt.Errorf("proof of epoch %d: %w", e, err)
	}
	return prover.DecodeProof(bytes.NewReader(raw), fmt.Sprintf("proof record %d", e))
}

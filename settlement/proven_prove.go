package settlement

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"poa/contracts"
	"poa/prover"
	"poa/store"
)

// AttributedKeySource gives the attributed split keys of a shape; proven epochs are
// proven with it.
type AttributedKeySource func(ctx context.Context, shape prover.AttributedShape) (*prover.AttributedKeys, error)

var (
	devAttributedMu   sync.Mutex
	devAttributedKeys = map[prover.AttributedShape]*prover.AttributedKeys{}
)

// DevAttributedKeySource makes the deterministic development keys of a shape
// (prover.SetupAttributed with prover.DevBeacon: insecure, the keys of the committed
// verifiers), once per process and shape: about 61 s of setup for n64-r16-c16 on the
// shared 2-core machine, 8 s for n8-r4-c4.
func DevAttributedKeySource() AttributedKeySource {
	return func(ctx context.Context, shape prover.AttributedShape) (*prover.AttributedKeys, error) {
		devAttributedMu.Lock()
		defer devAttributedMu.Unlock()
		if k := devAttributedKeys[shape]; k != nil {
			return k, nil
		}
		k, err := prover.SetupAttributed(ctx, shape, prover.DevBeacon)
		if err != nil {
			return nil, err
		}
		devAttributedKeys[shape] = k
		return k, nil
	}
}

// AttributedProofKey is the store key (kind proof) of proven epoch e's attributed split
// proof (a prover.AttributedProof as JSON): "attributed-E".
func AttributedProofKey(e uint64) string { return "attributed-" + epochKey(e) }

// ProveProven proves proven epoch e's attributed split with k (the epoch's shape): the
// split of its data fee among the epoch scores of its records' rows, checks the proof
// natively and that it proves the epoch record's commitment and payouts, and stores it
// (kind proof, key attributed-E) with the epoch's move to Proven, in one transaction. A
// record whose stored score proof attests another commitment than its rows is refused
// naming it (ErrMismatch). A posted or confirmed epoch is not proven again (ErrState).
func ProveProven(ctx context.Context, st *store.Store, e uint64, k *prover.AttributedKeys) (*prover.AttributedProof, error) {
	rec, err := LoadEpoch(st, e)
	if err != nil {
		return nil, err
	}
	if !rec.IsProven() || rec.Proven == nil {
		return nil, fmt.Errorf("epoch %d has basis %q, not proven: %w", e, rec.Basis, ErrState)
	}
	if rec.Status.rank() >= Posted.rank() {
		return nil, fmt.Errorf("epoch %d is %s: %w", e, rec.Status, ErrState)
	}
	if k.Shape != rec.Proven.Shape {
		return nil, fmt.Errorf("epoch %d was closed for shape %s, keys of %s: %w", e, rec.Proven.Shape, k.Shape, ErrState)
	}
	recs, err := rec.Proven.RecordSet()
	if err != nil {
		return nil, fmt.Errorf("epoch %d: %w", e, err)
	}
	for _, r := range rec.Proven.Records {
		var sp ScoreProofRecord
		if err := st.Get(store.KindProof, scoreProofKey(r.ID), &sp); errors.Is(err, store.ErrNotFound) {
			continue // attested (or not) on-chain: checked before posting
		} else if err != nil {
			return nil, err
		}
		if sp.Proof != nil && sp.Proof.Commitment != nil && sp.Proof.Commitment.String() != r.Commitment {
			return nil, fmt.Errorf("epoch %d record %s: its score proof commits %s, its rows hash to %s: %w", e, r.ID, sp.Proof.Commitment, r.Commitment, ErrMismatch)
		}
	}
	fee, err := ParseFee(rec.DataFee)
	if err != nil {
		return nil, fmt.Errorf("epoch %d: data_fee: %w", e, err)
	}
	p, err := prover.ProveAttributed(ctx, k, &prover.AttributedStatement{Epoch: e, DataFee: fee, Records: recs})
	if err != nil {
		return nil, fmt.Errorf("prove epoch %d: %w", e, err)
	}
	if err := checkProvenPayouts(rec, p); err != nil {
		return nil, err
	}
	if err := prover.VerifyAttributed(k, p); err != nil {
		return nil, fmt.Errorf("epoch %d: the proof does not verify natively: %w", e, err)
	}
	rec.Status = Proven
	rec.Proof = &ProofInfo{Backend: prover.Groth16, Size: k.Shape.N, KeyID: k.KeyID, Proved: time.Now().UTC(), Verified: true, Shape: k.Shape.String()}
	raw, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	if err := saveProven(st, rec, AttributedProofKey(e), raw); err != nil {
		return nil, err
	}
	return p, nil
}

// checkProvenPayouts checks that attributed proof p proves epoch rec's record: data fee,
// commitment, contributors and payouts (ErrMismatch naming the first that differs).
func checkProvenPayouts(rec *Epoch, p *prover.AttributedProof) error {
	if p.Epoch != rec.Epoch || p.DataFee.String() != rec.DataFee || p.Commitment.String() != rec.Commitment {
		return fmt.Errorf("epoch %d: the attributed proof is of epoch %d, data fee %s, commitment %s; the epoch record has data fee %s, commitment %s: %w",
			rec.Epoch, p.Epoch, p.DataFee, p.Commitment, rec.DataFee, rec.Commitment, ErrMismatch)
	}
	addrs, pays, err := rec.Payouts()
	if err != nil {
		return err
	}
	if len(addrs) != len(p.Contributors) {
		return fmt.Errorf("epoch %d: the attributed proof pays %d contributors, the epoch record %d: %w", rec.Epoch, len(p.Contributors), len(addrs), ErrMismatch)
	}
	for i := range addrs {
		if addrs[i] != p.Contributors[i] || pays[i].Cmp(p.Payouts[i]) != 0 {
			return fmt.Errorf("epoch %d: contributor %d: the attributed proof pays %s %s, the epoch record %s %s: %w",
				rec.Epoch, i, p.Contributors[i].Hex(), p.Payouts[i], addrs[i].Hex(), pays[i], ErrMismatch)
		}
	}
	return nil
}

// LoadAttributedProof reads the stored attributed split proof of proven epoch e.
func LoadAttributedProof(st *store.Store, e uint64) (*prover.AttributedProof, error) {
	var p prover.AttributedProof
	if err := st.Get(store.KindProof, AttributedProofKey(e), &p); err != nil {
		return nil, fmt.Errorf("attributed proof of epoch %d: %w", e, err)
	}
	return &p, nil
}

// provenSettlementOf is what settles proven epoch rec on t with settleAttributed: its
// stored attributed proof, the deployment's allowed verifier of its shape, its records
// in order. Every record must be attested on t with its rows' commitment: an unattested
// record (ErrState) or one attested with another commitment (ErrMismatch) is named
// before anything is sent (the contract would revert with RecordNotAttested, or the
// proof with InvalidProof).
func provenSettlementOf(ctx context.Context, t Target, rec *Epoch, p *prover.AttributedProof) (*contracts.Epoch, error) {
	e := rec.Epoch
	if err := checkProvenPayouts(rec, p); err != nil {
		return nil, err
	}
	shape := rec.Proven.Shape.String()
	if p.Shape != rec.Proven.Shape {
		return nil, fmt.Errorf("epoch %d: the stored attributed proof is of shape %s, the epoch's is %s: %w", e, p.Shape, shape, ErrMismatch)
	}
	v, ok := t.Deployment.AttributedVerifier(shape)
	if !ok {
		return nil, fmt.Errorf("epoch %d: the deployment at %s allows no attributed verifier of shape %s (deployed before proven epochs, or without it): close with basis fused, or deploy anew: %w",
			e, t.Deployment.Settlement.Hex(), shape, ErrState)
	}
	for _, r := range rec.Proven.Records {
		a, err := contracts.Attestation(ctx, t.Chain, t.Deployment, contracts.RecordKey(r.ID))
		if err != nil {
			return nil, fmt.Errorf("epoch %d record %s: %w", e, r.ID, err)
		}
		if a.Version == 0 {
			return nil, fmt.Errorf("epoch %d record %s: its scores are not attested on-chain (poa prove-record %s --post; poa settle attests them): settleAttributed would revert: %w", e, r.ID, r.ID, ErrState)
		}
		if a.Commitment.String() != r.Commitment {
			return nil, fmt.Errorf("epoch %d record %s: attested with commitment %s, its rows hash to %s: %w", e, r.ID, a.Commitment, r.Commitment, ErrMismatch)
		}
	}
	ce := contracts.EpochOfAttributed(p, rec.Records, v)
	ce.TotalFee, _ = new(big.Int).SetString(rec.Fee, 10)
	return ce, nil
}

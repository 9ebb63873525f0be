package node

import (
	"context"
	"errors"
	"fmt"

	"poa/influence"
	"poa/influence/lm"
	"poa/settlement"
	"poa/store"
)

// EpochVerification is what VerifyEpoch found: each record recomputed (lm.VerifyRecord)
// and the epoch's aggregate recomputed from the records (settlement.CheckAggregate).
type EpochVerification struct {
	Epoch uint64 `json:"epoch"`
	OK    bool   `json:"ok"`
	// Aggregate is "ok" or why the epoch's fee parts, scores, payouts or commitment do
	// not recompute from its records.
	Aggregate string             `json:"aggregate"`
	Records   []*lm.Verification `json:"records"`
	// Failed counts the records with a failed check.
	Failed int `json:"failed"`
}

// VerifyEpoch recomputes closed epoch e from the public model, adapters and store: every
// attribution record bit for bit, then the epoch's aggregate from those records, as
// Close made it. A failed check is reported (OK false), not returned as an error.
func VerifyEpoch(ctx context.Context, st *store.Store, e uint64) (*EpochVerification, error) {
	ep, err := settlement.LoadEpoch(st, e)
	if err != nil {
		return nil, fmt.Errorf("epoch %d: %w", e, err)
	}
	v := &EpochVerification{Epoch: e, OK: true, Aggregate: "ok"}
	recs := make([]*influence.Record, 0, len(ep.Records))
	for _, id := range ep.Records {
		rec, err := settlement.Record(st, id)
		if err != nil {
			return nil, fmt.Errorf("epoch %d: %w", e, err)
		}
		recs = append(recs, rec)
	}
	if v.Records, err = lm.VerifyRecords(ctx, st, recs); err != nil {
		return nil, fmt.Errorf("epoch %d: %w", e, err)
	}
	for _, rv := range v.Records {
		if !rv.OK {
			v.Failed++
			v.OK = false
		}
	}
	if err := settlement.CheckAggregate(st, e); errors.Is(err, settlement.ErrRecompute) {
		v.Aggregate, v.OK = err.Error(), false
	} else if err != nil {
		return nil, err
	}
	return v, nil
}

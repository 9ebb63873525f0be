package node

import (
	"context"

	"poa/influence"
	"poa/influence/lm"
	"poa/settlement"
	"poa/store"
)

// Attribute answers one inference with attribution and bills it: lm.Attribute
// generates and attributes, settlement.File files the record into the open epoch
// under a fresh id (or, for a repeated idempotency key, returns the record the key
// first billed, with dup = true; the answer is then that record's).
func Attribute(ctx context.Context, st *store.Store, o lm.Options, idempotencyKey string) (*lm.Result, *influence.Record, bool, error) {
	if idempotencyKey != "" {
		if prior, err := settlement.ByIdempotencyKey(st, idempotencyKey); err != nil {
			return nil, nil, false, err
		} else if prior != nil {
			return resultOf(prior), prior, true, nil
		}
	}
	res, rec, err := lm.Attribute(ctx, st, o)
	if err != nil {
		return nil, nil, false, err
	}
	rec, dup, err := settlement.File(st, rec, idempotencyKey)
	if err != nil {
		return nil, nil, false, err
	}
	if dup {
		return resultOf(rec), rec, true, nil
	}
	res.Record = rec.ID
	return res, rec, false, nil
}

// resultOf rebuilds the answer of a filed record.
func resultOf(r *influence.Record) *lm.Result {
	return &lm.Result{Output: r.Output, Tokens: r.Tokens, Datapoints: r.Datapoints, Contributors: r.Contributors,
		Record: r.ID, Spans: len(r.Evidence.Spans)}
}

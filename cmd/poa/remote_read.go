package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"poa/api"
	"poa/client"
	"poa/inference"
	"poa/influence"
	"poa/influence/lm"
	"poa/settlement"
	"poa/store"
)

// The model and epoch commands through a node's API (withStoreOrNode): the stored
// records (GET /v1/records/{kind}, GET /v1/epochs/{id}) decoded with their owners'
// types, as the local commands read them.

// remoteRecords decodes every public record of kind into a T, in key order.
func remoteRecords[T any](ctx context.Context, cl *client.Client, kind store.Kind) ([]T, error) {
	rs, err := cl.Records(ctx, string(kind))
	if err != nil {
		return nil, err
	}
	out := make([]T, 0, len(rs))
	for _, r := range rs {
		var v T
		if err := json.Unmarshal(r.Record, &v); err != nil {
			return nil, fmt.Errorf("%s record %q from the node: %w", kind, r.Key, err)
		}
		out = append(out, v)
	}
	return out, nil
}

// remoteRecord decodes the public record (kind, key) into v; a missing one wraps
// store.ErrNotFound.
func remoteRecord(ctx context.Context, cl *client.Client, kind store.Kind, key string, v any) error {
	r, err := cl.Record(ctx, string(kind), key)
	if client.IsCode(err, api.CodeNotFound) {
		return store.ErrNotFound
	}
	if err != nil {
		return err
	}
	if err := json.Unmarshal(r.Record, v); err != nil {
		return fmt.Errorf("%s record %q from the node: %w", kind, key, err)
	}
	return nil
}

// remoteCurrentModel is inference.CurrentModel over the node ("" when unset).
func remoteCurrentModel(ctx context.Context, cl *client.Client) (string, error) {
	var v struct {
		Name string `json:"name"`
	}
	if err := remoteRecord(ctx, cl, store.KindConfig, inference.CurrentModelKey, &v); err != nil {
		return "", fmt.Errorf("current model: %w (train one with `poa train base`)", err)
	}
	return v.Name, nil
}

// remoteModels is what `poa model list` reads: the current model, the model and
// adapter records.
func remoteModels(ctx context.Context, cl *client.Client) (string, []inference.ModelRecord, []inference.AdapterRecord, error) {
	ms, err := remoteRecords[inference.ModelRecord](ctx, cl, store.KindModel)
	if err != nil {
		return "", nil, nil, err
	}
	as, err := remoteRecords[inference.AdapterRecord](ctx, cl, store.KindAdapter)
	if err != nil {
		return "", nil, nil, err
	}
	cur, _ := remoteCurrentModel(ctx, cl)
	return cur, orNil(ms), orNil(as), nil
}

// orNil returns nil for an empty slice, as the store's listings return no items.
func orNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// remoteModelShow is what `poa model show [NAME]` prints: adapter NAME's record, or
// model NAME's (the current model's when NAME is empty). The node does not send the
// weights: their sha256 is checked by the node when it loads them.
func remoteModelShow(ctx context.Context, cl *client.Client, name string) (any, error) {
	if name != "" {
		var rec inference.AdapterRecord
		if err := remoteRecord(ctx, cl, store.KindAdapter, name, &rec); err == nil {
			return rec, nil
		}
	} else {
		cur, err := remoteCurrentModel(ctx, cl)
		if err != nil {
			return nil, err
		}
		name = cur
	}
	var rec inference.ModelRecord
	if err := remoteRecord(ctx, cl, store.KindModel, name, &rec); err != nil {
		return nil, fmt.Errorf("model %q: %w", name, err)
	}
	return rec, nil
}

// remoteEpoch is what `poa epoch show E` reads (GET /v1/epochs/E): the epoch record,
// its records with proven and attested scores, and a proven epoch's attributed proof
// summary (nil when none).
func remoteEpoch(ctx context.Context, cl *client.Client, e uint64) (*settlement.Epoch, int, int, *settlement.ProvenProof, error) {
	v, err := cl.Epoch(ctx, e)
	if client.IsCode(err, api.CodeNotFound) {
		return nil, 0, 0, nil, fmt.Errorf("epoch %d: %w", e, store.ErrNotFound)
	}
	if err != nil {
		return nil, 0, 0, nil, err
	}
	var rec settlement.Epoch
	if err := json.Unmarshal(v.Record, &rec); err != nil {
		return nil, 0, 0, nil, fmt.Errorf("epoch record %d from the node: %w", e, err)
	}
	if rec.Status == "" {
		rec.Status = settlement.Closed
	}
	var ap *settlement.ProvenProof
	if v.AttributedProof != nil {
		p := settlement.ProvenProof(*v.AttributedProof)
		ap = &p
	}
	return &rec, v.ScoresProven, v.ScoresAttested, ap, nil
}

// remoteEpochs is settlement.Epochs over the node.
func remoteEpochs(ctx context.Context, cl *client.Client) ([]*settlement.Epoch, error) {
	all, err := remoteRecords[*settlement.Epoch](ctx, cl, store.KindEpoch)
	if err != nil {
		return nil, err
	}
	for _, e := range all {
		if e.Status == "" {
			e.Status = settlement.Closed
		}
	}
	slices.SortFunc(all, func(a, b *settlement.Epoch) int { return cmp.Compare(a.Epoch, b.Epoch) })
	return orNil(all), nil
}

// remoteOpenEpoch is settlement.OpenEpoch over the node.
func remoteOpenEpoch(ctx context.Context, cl *client.Client) (settlement.Open, error) {
	var o settlement.Open
	if err := remoteRecord(ctx, cl, store.KindConfig, "epoch", &o); err != nil && err != store.ErrNotFound {
		return o, err
	}
	if o.Epoch == 0 {
		o.Epoch = 1
	}
	if o.Fee == "" {
		o.Fee = "0"
	}
	return o, nil
}

// remoteCommitment is lm.LoadCommitment over the node.
func remoteCommitment(ctx context.Context, cl *client.Client, adapter string) (*influence.Commitment, error) {
	var c influence.Commitment
	if err := remoteRecord(ctx, cl, store.KindCommitment, adapter, &c); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, fmt.Errorf("adapter %q: %w (run `poa evidence commit %s`)", adapter, lm.ErrNoCommitment, adapter)
		}
		return nil, err
	}
	return &c, nil
}

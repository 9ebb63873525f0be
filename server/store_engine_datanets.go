package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"

	"poa/api"
	"poa/datanet"
	"poa/inference/tokenizer"
	"poa/store"
)

var (
	_ DatanetWriter = (*StoreEngine)(nil)
	_ RecordReader  = (*StoreEngine)(nil)
)

// gpt2Count counts tokens with GPT-2's tokenizer, the unit of datanet statistics
// (as `poa datanet add` counts them); loaded at the first import.
var gpt2Count = sync.OnceValues(func() (func(string) int, error) {
	tok, err := tokenizer.GPT2()
	if err != nil {
		return nil, fmt.Errorf("load GPT-2 tokenizer: %w", err)
	}
	return func(s string) int { return len(tok.Encode(s)) }, nil
})

// CreateDatanet creates an empty datanet in the store and returns its view.
func (e *StoreEngine) CreateDatanet(ctx context.Context, req api.CreateDatanetRequest) (api.DatanetView, error) {
	d := store.Datanet{Name: req.Name, Title: req.Title, License: req.License, Owner: req.Owner}
	if err := e.st.CreateDatanet(d); err != nil {
		if errors.Is(err, store.ErrInvalidName) {
			return api.DatanetView{}, fmt.Errorf("%v: %w", err, ErrBadRequest)
		}
		return api.DatanetView{}, err
	}
	c, err := e.st.Datanet(req.Name)
	if err != nil {
		return api.DatanetView{}, err
	}
	return api.DatanetView{Name: c.Name, Title: c.Title, License: c.License, Owner: c.Owner, Created: c.Created,
		Points: c.Points, Tokens: c.Tokens, Imports: c.Imports, Contributors: []api.DatanetContribution{}}, nil
}

// ImportDatanet parses the upload (ParseUpload) and adds its records to datanet
// name as one import (datanet.ImportRecords), with GPT-2 token counts.
func (e *StoreEngine) ImportDatanet(ctx context.Context, name string, req api.DatanetImport) (api.ImportResult, error) {
	if _, err := e.st.Datanet(name); err != nil {
		return api.ImportResult{}, err
	}
	recs, err := ParseUpload(req)
	if err != nil {
		return api.ImportResult{}, err
	}
	count, err := gpt2Count()
	if err != nil {
		return api.ImportResult{}, err
	}
	res, err := datanet.ImportRecords(ctx, e.st, name, recs, datanet.ImportOptions{Contributor: req.Contributor,
		CountTokens: count, NearDuplicate: req.NearDuplicate})
	if err != nil {
		if errors.Is(err, datanet.ErrAddress) || errors.Is(err, datanet.ErrOptions) {
			return api.ImportResult{}, &api.Error{Status: http.StatusBadRequest, Code: api.CodeBadRequest, Message: "nothing imported: " + err.Error()}
		}
		return api.ImportResult{}, fmt.Errorf("nothing imported: %w", err)
	}
	return importResultView(res), nil
}

// publicKinds are the record kinds GET /v1/records serves, and for config the keys:
// models, adapters and the settlement's epochs, proofs, keys and deployments are
// public by design (docs/trust-model.md); anything else (idempotency keys, training
// checkpoints, credentials) is not served.
var publicKinds = map[store.Kind]bool{
	store.KindModel: true, store.KindAdapter: true, store.KindEpoch: true, store.KindProof: true,
	store.KindKey: true, store.KindDeployment: true, store.KindCommitment: true, store.KindSketch: true,
	store.KindIndex: true, store.KindAttribution: true, store.KindConfig: true,
}

var publicConfig = map[string]bool{"model": true, "epoch": true}

// Records lists the public records of kind (key ""), or returns the one record key.
func (e *StoreEngine) Records(ctx context.Context, kind, key string) ([]api.RecordView, error) {
	k := store.Kind(kind)
	if !publicKinds[k] {
		return nil, fmt.Errorf("record kind %.40q: not served (public kinds: model, adapter, epoch, proof, key, deployment, commitment, sketch, index, attribution, config): %w", kind, store.ErrNotFound)
	}
	if key != "" {
		if k == store.KindConfig && !publicConfig[key] {
			return nil, fmt.Errorf("config %.40q: %w", key, store.ErrNotFound)
		}
		var raw rawRecord
		if err := e.st.Get(k, key, &raw); err != nil {
			if errors.Is(err, store.ErrInvalidName) {
				return nil, fmt.Errorf("%s %.80q: %w", kind, key, store.ErrNotFound)
			}
			return nil, err
		}
		return []api.RecordView{{Kind: kind, Key: key, Record: []byte(raw)}}, nil
	}
	out := []api.RecordView{}
	err := e.st.List(k, "", func(key string, raw []byte) error {
		if k == store.KindConfig && !publicConfig[key] {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		out = append(out, api.RecordView{Kind: kind, Key: key, Record: append([]byte(nil), raw...)})
		return nil
	})
	return out, err
}

// ExportDatanet writes datanet name as jsonl (datanet.Export).
func (e *StoreEngine) ExportDatanet(ctx context.Context, w io.Writer, name string) (int, error) {
	if _, err := e.st.Datanet(name); err != nil {
		return 0, err
	}
	return datanet.Export(w, e.st, name)
}

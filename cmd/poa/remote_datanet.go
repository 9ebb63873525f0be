package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"poa/api"
	"poa/client"
	"poa/datanet"
	"poa/store"
)

// The datanet commands through a node's API (withStoreOrNode): each returns what
// the local command prints, in the store's types.

// datanetFromView is the store's datanet record of a view.
func datanetFromView(v api.DatanetView) (store.Datanet, []store.DatanetContributor) {
	cs := make([]store.DatanetContributor, len(v.Contributors))
	for i, c := range v.Contributors {
		cs[i] = store.DatanetContributor{Address: c.Address, Points: c.Points}
	}
	return store.Datanet{Name: v.Name, Title: v.Title, License: v.License, Owner: v.Owner, Created: v.Created,
		Points: v.Points, Tokens: v.Tokens, Contributors: len(v.Contributors), Imports: v.Imports}, cs
}

// remoteDatanets lists the node's datanets with their contributors.
func remoteDatanets(ctx context.Context, cl *client.Client) ([]store.Datanet, [][]store.DatanetContributor, error) {
	vs, err := cl.Datanets(ctx)
	if err != nil {
		return nil, nil, err
	}
	var (
		dns []store.Datanet
		cs  [][]store.DatanetContributor
	)
	for _, v := range vs {
		d, c := datanetFromView(v)
		dns, cs = append(dns, d), append(cs, c)
	}
	return dns, cs, nil
}

// remoteDatanet returns one datanet of the node, with the store's not-found error.
func remoteDatanet(ctx context.Context, cl *client.Client, name string) (store.Datanet, []store.DatanetContributor, error) {
	dns, cs, err := remoteDatanets(ctx, cl)
	if err != nil {
		return store.Datanet{}, nil, err
	}
	for i, d := range dns {
		if d.Name == name {
			return d, cs[i], nil
		}
	}
	return store.Datanet{}, nil, fmt.Errorf("datanet %q: %w", name, store.ErrNotFound)
}

// remoteCreateDatanet creates d on the node (POST /v1/datanets).
func remoteCreateDatanet(ctx context.Context, cl *client.Client, d store.Datanet) (store.Datanet, error) {
	v, err := cl.CreateDatanet(ctx, api.CreateDatanetRequest{Name: d.Name, Title: d.Title, License: d.License, Owner: d.Owner})
	if client.IsCode(err, api.CodeExists) {
		return store.Datanet{}, fmt.Errorf("datanet %q: %w", d.Name, store.ErrExists)
	}
	if err != nil {
		return store.Datanet{}, err
	}
	created, _ := datanetFromView(v)
	return created, nil
}

// remoteImport parses files here, exactly as a local import does (same formats,
// options and errors), and sends every record to the node as one jsonl upload: one
// atomic import there (POST /v1/datanets/{name}/import).
func remoteImport(ctx context.Context, cl *client.Client, name string, files []string, o datanet.ImportOptions) (store.ImportResult, error) {
	res := store.ImportResult{Datanet: name}
	var body bytes.Buffer
	enc := json.NewEncoder(&body)
	enc.SetEscapeHTML(false)
	def := ""
	if o.Contributor != "" {
		a, err := datanet.CheckContributor(o.Contributor)
		if err != nil {
			return res, fmt.Errorf("--contributor %w", err)
		}
		def = a
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		recs, err := datanet.ParseFile(f, o.Format, &o.Parse)
		if err != nil {
			return res, err
		}
		for _, r := range recs {
			if r.Contributor == "" && def == "" {
				return res, fmt.Errorf("%s: no contributor (give --contributor or a \"contributor\" field): %w", r.Source, datanet.ErrAddress)
			}
			if err := enc.Encode(r); err != nil {
				return res, err
			}
		}
	}
	maxDoc := o.Parse.MaxDocBytes
	up := api.DatanetImport{Format: string(datanet.JSONL), Filename: "upload.jsonl", Contributor: def,
		MaxDocBytes: maxDoc, NearDuplicate: o.NearDuplicate, Data: body.Bytes()}
	v, err := cl.ImportDatanet(ctx, name, up)
	if client.IsCode(err, api.CodeBodyTooLarge) {
		return res, fmt.Errorf("%w: the records of %d file(s) are %d bytes as jsonl, over the node's --max-body; restart the node with a larger --max-body, or add the files in smaller parts", err, len(files), body.Len())
	}
	if client.IsCode(err, api.CodeNotFound) {
		return res, fmt.Errorf("datanet %q: %w (create it first: poa datanet create %s)", name, store.ErrNotFound, name)
	}
	if err != nil {
		return res, err
	}
	return store.ImportResult{Import: v.Import, Datanet: v.Datanet, Added: v.Added, Tokens: v.Tokens, Duplicates: v.Duplicates,
		NearDuplicates: v.NearDuplicates, DupIDs: v.DupIDs}, nil
}

// remoteExport writes the node's datanet name as jsonl to w and returns the number
// of data points (lines).
func remoteExport(ctx context.Context, cl *client.Client, name string, w io.Writer) (int, error) {
	lc := &lineCounter{w: w}
	if _, err := cl.ExportDatanet(ctx, name, lc); err != nil {
		if client.IsCode(err, api.CodeNotFound) {
			return 0, fmt.Errorf("datanet %q: %w", name, store.ErrNotFound)
		}
		return lc.n, err
	}
	return lc.n, nil
}

// lineCounter counts the lines written through it.
type lineCounter struct {
	w io.Writer
	n int
}

func (l *lineCounter) Write(b []byte) (int, error) {
	l.n += bytes.Count(b, []byte{'\n'})
	return l.w.Write(b)
}

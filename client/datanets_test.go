package client_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"poa/api"
	"poa/client"
)

// TestDatanetWrites: the client creates a datanet, imports into it (a bad line
// imports nothing and is named), exports it and reads stored records.
func TestDatanetWrites(t *testing.T) {
	c, st := setup(t, nil)
	ctx := context.Background()
	v, err := c.CreateDatanet(ctx, api.CreateDatanetRequest{Name: "notes", Title: "Notes"})
	if err != nil || v.Name != "notes" || v.Title != "Notes" {
		t.Fatalf("create: %+v %v", v, err)
	}
	if _, err := c.CreateDatanet(ctx, api.CreateDatanetRequest{Name: "notes"}); !client.IsCode(err, api.CodeExists) {
		t.Fatalf("second create: %v", err)
	}
	bad := api.DatanetImport{Filename: "n.jsonl", Contributor: addrA, Data: []byte("{\"text\":\"one\"}\n{\"text\":\n")}
	if _, err := c.ImportDatanet(ctx, "notes", bad); !client.IsCode(err, api.CodeBadRequest) || !strings.Contains(err.Error(), "n.jsonl:2") {
		t.Fatalf("bad import: %v", err)
	}
	good := api.DatanetImport{Format: "fortune", Contributor: addrA, Data: []byte("one\n%\ntwo\n%\nthree\n")}
	res, err := c.ImportDatanet(ctx, "notes", good)
	if err != nil || res.Added != 3 || res.Datanet != "notes" {
		t.Fatalf("import: %+v %v", res, err)
	}
	if d, err := st.Datanet("notes"); err != nil || d.Points != 3 {
		t.Fatalf("stored: %+v %v", d, err)
	}
	var buf bytes.Buffer
	if n, err := c.ExportDatanet(ctx, "notes", &buf); err != nil || n != int64(buf.Len()) || strings.Count(buf.String(), "\n") != 3 {
		t.Fatalf("export: %d bytes, %v:\n%s", n, err, buf.String())
	}
	if _, err := c.ExportDatanet(ctx, "nope", &buf); !client.IsCode(err, api.CodeNotFound) {
		t.Fatalf("export of a missing datanet: %v", err)
	}
	rs, err := c.Records(ctx, "adapter")
	if err != nil || len(rs) != 1 || rs[0].Key != "devil" {
		t.Fatalf("records: %+v %v", rs, err)
	}
	if r, err := c.Record(ctx, "epoch", "1"); err != nil || !bytes.Contains(r.Record, []byte(`"data_fee":"8"`)) {
		t.Fatalf("record epoch/1: %+v %v", r, err)
	}
	if _, err := c.Record(ctx, "epoch", "9"); !client.IsCode(err, api.CodeNotFound) {
		t.Fatalf("missing record: %v", err)
	}
}

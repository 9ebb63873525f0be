package server

import (
	"bytes"
	"errors"
	"net/http"
	"strings"
	"testing"

	"poa/api"
	"poa/store"
)

const testAddr = "0x1111111111111111111111111111111111111111"

// TestCreateDatanetEndpoint: POST /v1/datanets creates (201), a taken name is 409
// already_exists, a bad name or owner 400; the datanet is in GET /v1/datanets.
func TestCreateDatanetEndpoint(t *testing.T) {
	n := newNode(t, Config{})
	var v api.DatanetView
	status, raw := n.do(t, "POST", "/v1/datanets", api.CreateDatanetRequest{Name: "notes", Title: "Notes", License: "CC0-1.0", Owner: strings.ToLower(testAddr)}, &v)
	if status != http.StatusCreated || v.Name != "notes" || v.Title != "Notes" || v.License != "CC0-1.0" || v.Owner != testAddr || v.Created.IsZero() {
		t.Fatalf("create: %d %s", status, raw)
	}
	if d, err := n.st.Datanet("notes"); err != nil || d.Title != "Notes" {
		t.Fatalf("stored datanet %+v %v", d, err)
	}
	status, raw = n.do(t, "POST", "/v1/datanets", api.CreateDatanetRequest{Name: "notes"}, nil)
	wantError(t, status, raw, http.StatusConflict, api.CodeExists, "notes")
	status, raw = n.do(t, "POST", "/v1/datanets", api.CreateDatanetRequest{Name: "Bad Name"}, nil)
	wantError(t, status, raw, http.StatusBadRequest, api.CodeBadRequest, "datanet name")
	status, raw = n.do(t, "POST", "/v1/datanets", api.CreateDatanetRequest{Name: "x", Owner: "0x12"}, nil)
	wantError(t, status, raw, http.StatusBadRequest, api.CodeBadAddress, "owner")
	status, raw = n.do(t, "POST", "/v1/datanets", `{"name":"y","colour":"red"}`, nil)
	wantError(t, status, raw, http.StatusBadRequest, api.CodeInvalidJSON, "colour")
	// Without a key a write is refused and nothing is created.
	resp, raw := n.send(t, "POST", "/v1/datanets", `{"name":"nokey"}`, "")
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("create without a key: %d %s", resp.StatusCode, raw)
	}
	if _, err := n.st.Datanet("nokey"); err == nil {
		t.Fatal("a create without a key made the datanet")
	}
	n.healthy(t)
}

// TestImportDatanetEndpoint: an upload with bad lines imports nothing and names
// every bad line; a good one imports all its records with GPT-2 token counts.
func TestImportDatanetEndpoint(t *testing.T) {
	n := newNode(t, Config{})
	if err := n.st.CreateDatanet(store.Datanet{Name: "notes"}); err != nil {
		t.Fatal(err)
	}
	bad := `{"text":"a first good point"}
{"text": oops}
{"text":"a third good point"}
{"text":"fourth","contributor":"0x12"}
`
	status, raw := n.do(t, "POST", "/v1/datanets/notes/import?contributor="+testAddr+"&filename=notes.jsonl", []byte(bad), nil)
	wantError(t, status, raw, http.StatusBadRequest, api.CodeBadRequest, "nothing imported", "2 bad record", "notes.jsonl:2:", "notes.jsonl:4:")
	if strings.Contains(string(raw), "notes.jsonl:1") || strings.Contains(string(raw), "notes.jsonl:3") {
		t.Fatalf("good lines reported as bad: %s", raw)
	}
	if d, _ := n.st.Datanet("notes"); d.Points != 0 || d.Imports != 0 {
		t.Fatalf("a failed import added data: %+v", d)
	}
	// No contributor anywhere: refused, named by line.
	status, raw = n.do(t, "POST", "/v1/datanets/notes/import", []byte(`{"text":"orphan"}`+"\n"), nil)
	wantError(t, status, raw, http.StatusBadRequest, api.CodeBadRequest, "upload:1", "no contributor")
	// Unknown datanet, bad parameters.
	status, raw = n.do(t, "POST", "/v1/datanets/missing/import?contributor="+testAddr, []byte(`{"text":"x"}`), nil)
	wantError(t, status, raw, http.StatusNotFound, api.CodeNotFound, "missing")
	status, raw = n.do(t, "POST", "/v1/datanets/notes/import?format=dictd&contributor="+testAddr, []byte("x"), nil)
	wantError(t, status, raw, http.StatusBadRequest, api.CodeBadRequest, "jsonl")
	status, raw = n.do(t, "POST", "/v1/datanets/notes/import?max_doc_bytes=-1", []byte("x"), nil)
	wantError(t, status, raw, http.StatusBadRequest, api.CodeBadRequest, "max_doc_bytes")
	status, raw = n.do(t, "POST", "/v1/datanets/notes/import?contributor=0x0000000000000000000000000000000000000000", []byte("x"), nil)
	wantError(t, status, raw, http.StatusBadRequest, api.CodeBadAddress, "zero address")
	status, raw = n.do(t, "POST", "/v1/datanets/notes/import?colour=red", []byte("x"), nil)
	wantError(t, status, raw, http.StatusBadRequest, api.CodeBadRequest, "colour")

	good := strings.Replace(strings.Replace(bad, "oops", `"second"`, 1), `"0x12"`, `"0x2222222222222222222222222222222222222222"`, 1)
	var res api.ImportResult
	status, raw = n.do(t, "POST", "/v1/datanets/notes/import?contributor="+testAddr, []byte(good), &res)
	if status != http.StatusOK || res.Added != 4 || res.Datanet != "notes" || res.Import == 0 || res.Tokens == 0 {
		t.Fatalf("import: %d %s", status, raw)
	}
	d, err := n.st.Datanet("notes")
	if err != nil || d.Points != 4 || d.Contributors != 2 || d.Tokens != res.Tokens {
		t.Fatalf("after import: %+v %v (result %+v)", d, err, res)
	}
	// The same file again: all duplicates, nothing added.
	status, raw = n.do(t, "POST", "/v1/datanets/notes/import?contributor="+testAddr, []byte(good), &res)
	if status != http.StatusOK || res.Added != 0 || res.Duplicates != 4 {
		t.Fatalf("re-import: %d %s", status, raw)
	}
	// Fortune and text formats.
	status, raw = n.do(t, "POST", "/v1/datanets/notes/import?format=fortune&contributor="+testAddr, []byte("one saying\n%\nanother saying\n%\n"), &res)
	if status != http.StatusOK || res.Added != 2 {
		t.Fatalf("fortune import: %d %s", status, raw)
	}
	status, raw = n.do(t, "POST", "/v1/datanets/notes/import?filename=essay.txt&paragraphs=true&contributor="+testAddr, []byte("para one\n\npara two\n"), &res)
	if status != http.StatusOK || res.Added != 2 {
		t.Fatalf("text import: %d %s", status, raw)
	}
	n.healthy(t)
}

// TestImportBodyLimit: an upload over --max-body is 413 and imports nothing.
func TestImportBodyLimit(t *testing.T) {
	n := newNode(t, Config{MaxBodyBytes: 1 << 10})
	if err := n.st.CreateDatanet(store.Datanet{Name: "notes"}); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for b.Len() <= 2<<10 {
		b.WriteString(`{"text":"point ` + strings.Repeat("x", b.Len()%50+1) + `"}` + "\n")
	}
	status, raw := n.do(t, "POST", "/v1/datanets/notes/import?contributor="+testAddr, b.Bytes(), nil)
	wantError(t, status, raw, http.StatusRequestEntityTooLarge, api.CodeBodyTooLarge)
	if d, _ := n.st.Datanet("notes"); d.Points != 0 {
		t.Fatalf("an oversized upload added %d points", d.Points)
	}
}

// TestRecordsEndpoint: public kinds are listed as stored, others are 404; export
// writes a datanet's points as jsonl.
func TestRecordsEndpoint(t *testing.T) {
	n := newNode(t, Config{})
	if err := n.st.Put(store.KindConfig, "model", map[string]string{"name": "demo"}); err != nil {
		t.Fatal(err)
	}
	if err := n.st.Put(store.KindConfig, "secret", map[string]string{"x": "y"}); err != nil {
		t.Fatal(err)
	}
	var list api.List[api.RecordView]
	if status, raw := n.do(t, "GET", "/v1/records/adapter", nil, &list); status != 200 || len(list.Data) != 2 || list.Data[0].Key != "devil" || list.Data[1].Key != "jargon" || !bytes.Contains(list.Data[0].Record, []byte(`"rank":8`)) {
		t.Fatalf("adapters: %d %s", status, raw)
	}
	if status, raw := n.do(t, "GET", "/v1/records/config", nil, &list); status != 200 || len(list.Data) != 1 || list.Data[0].Key != "model" {
		t.Fatalf("config: %d %s", status, raw)
	}
	var one api.RecordView
	if status, raw := n.do(t, "GET", "/v1/records/config/model", nil, &one); status != 200 || string(one.Record) != `{"name":"demo"}` {
		t.Fatalf("config/model: %d %s", status, raw)
	}
	for _, p := range []string{"/v1/records/config/secret", "/v1/records/idempotency", "/v1/records/checkpoint/x", "/v1/records/adapter/nope"} {
		status, raw := n.do(t, "GET", p, nil, nil)
		wantError(t, status, raw, http.StatusNotFound, api.CodeNotFound)
	}
	status, raw := n.do(t, "GET", "/v1/datanets/devil/export", nil, nil)
	d, _ := n.st.Datanet("devil")
	if status != 200 || bytes.Count(raw, []byte("\n")) != d.Points || d.Points == 0 {
		t.Fatalf("export: %d, %d lines for %d points", status, bytes.Count(raw, []byte("\n")), d.Points)
	}
	status, raw = n.do(t, "GET", "/v1/datanets/nope/export", nil, nil)
	wantError(t, status, raw, http.StatusNotFound, api.CodeNotFound)
	// GET and POST share /v1/datanets; other methods are 405 naming both.
	resp, _ := n.send(t, "DELETE", "/v1/datanets", "", "")
	if resp.StatusCode != http.StatusMethodNotAllowed || !strings.Contains(strings.Join(resp.Header.Values("Allow"), ","), "POST") {
		t.Fatalf("DELETE /v1/datanets: %d Allow %v", resp.StatusCode, resp.Header.Values("Allow"))
	}
}

// FuzzParseUpload: an upload in any format either parses into records that all
// have a contributor, or fails with a 400 bad_request; it never panics.
func FuzzParseUpload(f *testing.F) {
	f.Add([]byte(`{"text":"a"}`+"\n"+`{"text":"b","contributor":"`+testAddr+`"}`), "jsonl", "")
	f.Add([]byte("one\n%\ntwo\n"), "fortune", testAddr)
	f.Add([]byte("para\n\npara two"), "text", testAddr)
	f.Add([]byte("{\"text\": \n\xff"), "", "")
	f.Fuzz(func(t *testing.T, data []byte, format, contributor string) {
		recs, err := ParseUpload(api.DatanetImport{Format: format, Contributor: contributor, Data: data})
		if err != nil {
			var e *api.Error
			if !errors.As(err, &e) || e.Status != http.StatusBadRequest {
				t.Fatalf("error %v is not a 400 api.Error", err)
			}
			return
		}
		if len(recs) == 0 {
			t.Fatal("no records and no error")
		}
		for _, r := range recs {
			if r.Contributor == "" && contributor == "" {
				t.Fatalf("record %s without a contributor accepted", r.Source)
			}
		}
	})
}

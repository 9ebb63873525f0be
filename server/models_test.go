package server

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"poa/api"
	"poa/store"
)

func TestResolveModel(t *testing.T) {
	base, other := "small", "other"
	models := []api.ModelView{
		{ID: base}, {ID: other},
		{ID: "devil", Parent: &base}, {ID: "jargon", Parent: &base}, {ID: "misc", Parent: &other},
	}
	for _, tc := range []struct {
		model, adapter        string
		wantName, wantAdapter string
		code                  string
	}{
		{model: "", adapter: "", wantName: base},
		{model: "", adapter: "devil", wantName: base, wantAdapter: "devil"},
		{model: api.BaseModelAlias, adapter: "jargon", wantName: base, wantAdapter: "jargon"},
		{model: base, wantName: base},
		{model: other, adapter: "misc", wantName: other, wantAdapter: "misc"},
		{model: "devil", wantName: "devil", wantAdapter: "devil"},
		{model: "devil", adapter: "devil", wantName: "devil", wantAdapter: "devil"},
		{model: base, adapter: "nope", wantName: base, wantAdapter: "nope"}, // the engine answers unknown_adapter
		{model: "devil", adapter: "jargon", code: api.CodeBadRequest},
		{model: other, adapter: "devil", code: api.CodeBadRequest},
		{model: "gpt-3.5-turbo-instruct", code: api.CodeModelNotFound},
		{model: "Devil", code: api.CodeModelNotFound},
	} {
		name, adapter, e := resolveModel(models, tc.model, tc.adapter)
		switch {
		case tc.code != "" && (e == nil || e.Code != tc.code):
			t.Errorf("model=%q adapter=%q: %v, want %s", tc.model, tc.adapter, e, tc.code)
		case tc.code == "" && (e != nil || name != tc.wantName || adapter != tc.wantAdapter):
			t.Errorf("model=%q adapter=%q: %q %q %v, want %q %q", tc.model, tc.adapter, name, adapter, e, tc.wantName, tc.wantAdapter)
		}
	}
	// Without a named base model (no model record), the alias and "" pass through.
	if name, adapter, e := resolveModel(nil, "", "devil"); e != nil || name != "" || adapter != "devil" {
		t.Errorf("no models: %q %q %v", name, adapter, e)
	}
}

// TestModelsEndpoint: GET /v1/models is OpenAI's list, the base model first
// (parent null), every adapter with its base as parent; a completion's model selects
// an adapter, an unknown one is 404 model_not_found in OpenAI's error shape.
func TestModelsEndpoint(t *testing.T) {
	n := newNode(t, Config{})
	n.withCompleter(t)
	if err := n.st.Put(store.KindModel, "small", map[string]any{"name": "small", "config": map[string]any{"n_positions": 128}}); err != nil {
		t.Fatal(err)
	}
	if err := n.st.Put(store.KindAdapter, "misc", map[string]any{"name": "misc", "base": "small"}); err != nil {
		t.Fatal(err)
	}
	code, raw := n.do(t, "GET", "/v1/models", nil, nil)
	if code != 200 {
		t.Fatalf("GET /v1/models: %d %s", code, raw)
	}
	var list struct {
		Object string           `json:"object"`
		Data   []map[string]any `json:"data"`
	}
	if err := json.Unmarshal(raw, &list); err != nil || list.Object != "list" || len(list.Data) != 4 {
		t.Fatalf("GET /v1/models: %s (%v)", raw, err)
	}
	want := []struct{ id, parent string }{{"small", ""}, {"devil", "small"}, {"jargon", "small"}, {"misc", "small"}}
	for i, m := range list.Data {
		p, hasParent := m["parent"]
		if m["id"] != want[i].id || m["object"] != "model" || m["owned_by"] != "poa" || !hasParent || m["root"] != "small" || m["max_model_len"] != 128.0 {
			t.Errorf("model %d: %v, want %s", i, m, want[i].id)
		}
		if want[i].parent == "" && p != nil || want[i].parent != "" && p != want[i].parent {
			t.Errorf("model %s: parent %v, want %q (null for the base)", m["id"], p, want[i].parent)
		}
	}

	var resp api.CompletionResponse
	code, raw = n.do(t, "POST", "/v1/completions", `{"model":"devil","prompt":"What is a cynic?","max_tokens":3}`, &resp)
	if code != 200 || resp.Model != "devil" || resp.Adapter != "devil" {
		t.Fatalf("model=devil: %d %s", code, raw)
	}
	code, raw = n.do(t, "POST", "/v1/completions", `{"model":"poa","prompt":"What is a cynic?","max_tokens":3,"adapter":"jargon"}`, &resp)
	if code != 200 || resp.Model != "small" || resp.Adapter != "jargon" {
		t.Fatalf("model=poa adapter=jargon: %d %s", code, raw)
	}
	code, raw = n.do(t, "POST", "/v1/completions", `{"model":"text-davinci-003","prompt":"x"}`, nil)
	wantError(t, code, raw, 404, api.CodeModelNotFound, `"text-davinci-003"`, "devil")
	var env struct {
		Error map[string]any `json:"error"`
	}
	if err := json.Unmarshal(raw, &env); err != nil || env.Error["type"] != "invalid_request_error" || env.Error["param"] != "model" {
		t.Errorf("not OpenAI's error shape: %s", raw)
	}
	code, raw = n.do(t, "POST", "/v1/completions", `{"model":"devil","adapter":"jargon","prompt":"x"}`, nil)
	wantError(t, code, raw, 400, api.CodeBadRequest, "devil", "jargon")
	n.healthy(t)
}

// engineOnly hides every method of its Engine beyond the interface's (ModelLister).
type engineOnly struct{ Engine }

// TestModelsWithoutModelRecords: a store with adapters but no model record lists
// the alias "poa" as the base, and an engine without ModelLister lists its adapters
// over the alias.
func TestModelsWithoutModelRecords(t *testing.T) {
	n := newNode(t, Config{})
	for _, srv := range []*Server{n.srv, New(engineOnly{n.eng}, Config{Logger: n.srv.log})} {
		rec := httptest.NewRecorder()
		srv.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/v1/models", nil))
		var list api.List[api.ModelView]
		if err := json.Unmarshal(rec.Body.Bytes(), &list); err != nil || rec.Code != 200 || len(list.Data) != 3 {
			t.Fatalf("GET /v1/models: %d %s", rec.Code, rec.Body)
		}
		if m := list.Data[0]; m.ID != api.BaseModelAlias || m.Parent != nil {
			t.Errorf("first model %+v, want the alias as base", m)
		}
		for _, m := range list.Data[1:] {
			if m.Parent == nil || *m.Parent != api.BaseModelAlias || !strings.Contains("devil jargon", m.ID) {
				t.Errorf("model %+v, want an adapter over %s", m, api.BaseModelAlias)
			}
		}
	}
}

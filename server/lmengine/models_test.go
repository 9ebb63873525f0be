package lmengine_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"

	"poa/api"
	"poa/client"
	"poa/inference"
	"poa/server"
	"poa/server/lmengine"
	"poa/store"
)

// TestModelsThroughTheRealEngine: on the tiny demo pipeline (base model demo-tiny,
// context 64 tokens; adapters devil and jargon), GET /v1/models lists the base and
// the adapters with their parent; a completion's model selects an adapter as vLLM
// and LoRAX do; usage.prompt_tokens is the tokenizer's count of the prompt; a prompt
// or max_tokens that does not fit in the context is 400 prompt_too_long, never 500.
func TestModelsThroughTheRealEngine(t *testing.T) {
	st := demoStore(t) // the package's shared tiny demo store
	ctx := context.Background()
	eng := server.NewStoreEngine(st)
	lmengine.Attach(eng, st, lmengine.Options{Fee: "1000"})
	ts := httptest.NewServer(server.New(eng, server.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}).Handler())
	defer ts.Close()
	c, err := client.New(ts.URL)
	if err != nil {
		t.Fatal(err)
	}
	_, tok, mrec, err := inference.OpenModel(st, "demo-tiny")
	if err != nil {
		t.Fatal(err)
	}
	nPos := mrec.Config.NPositions

	models, err := c.Models(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range models {
		parent := "null"
		if m.Parent != nil {
			parent = *m.Parent
		}
		got[m.ID] = parent
		if m.Object != "model" || m.OwnedBy != "poa" || m.Root != "demo-tiny" || m.MaxModelLen != nPos || m.Created == 0 {
			t.Errorf("model %+v: want object model, owned_by poa, root demo-tiny, max_model_len %d, created set", m, nPos)
		}
	}
	if len(models) != 3 || models[0].ID != "demo-tiny" || got["demo-tiny"] != "null" || got["devil"] != "demo-tiny" || got["jargon"] != "demo-tiny" {
		t.Fatalf("GET /v1/models: %v, want demo-tiny (base, first) and devil, jargon over it", got)
	}

	short := "LAWYER, n."
	fits := nPos - len(tok.Encode(short)) // the largest max_tokens the short prompt leaves
	long := strings.Repeat("word ", 200)  // 200 words: over the 64-token context
	for _, tc := range []struct {
		name, model, adapter, prompt string
		maxTokens                    int
		status                       int    // 200, or the error's
		code                         string // error code
		wantModel, wantAdapter       string // of a 200
		msg                          []string
	}{
		{name: "model=adapter", model: "devil", prompt: "CYNIC, n. A blackguard whose", maxTokens: 4, status: 200, wantModel: "devil", wantAdapter: "devil"},
		{name: "model=other adapter", model: "jargon", prompt: "hacker n. A person who", maxTokens: 3, status: 200, wantModel: "jargon", wantAdapter: "jargon"},
		{name: "model=base+adapter", model: "demo-tiny", adapter: "jargon", prompt: "hacker n.", maxTokens: 3, status: 200, wantModel: "demo-tiny", wantAdapter: "jargon"},
		{name: "model=empty+adapter", adapter: "devil", prompt: short, maxTokens: 3, status: 200, wantModel: "demo-tiny", wantAdapter: "devil"},
		{name: "model=alias+adapter", model: "poa", adapter: "devil", prompt: short, maxTokens: 3, status: 200, wantModel: "demo-tiny", wantAdapter: "devil"},
		{name: "model=adapter=adapter", model: "devil", adapter: "devil", prompt: short, maxTokens: 3, status: 200, wantModel: "devil", wantAdapter: "devil"},
		{name: "max_tokens=context-prompt", model: "devil", prompt: short, maxTokens: fits, status: 200, wantModel: "devil", wantAdapter: "devil"},
		{name: "model=unknown", model: "gpt-4o", prompt: short, maxTokens: 3, status: 404, code: api.CodeModelNotFound, msg: []string{`"gpt-4o"`, "devil"}},
		{name: "model and adapter disagree", model: "devil", adapter: "jargon", prompt: short, maxTokens: 3, status: 400, code: api.CodeBadRequest},
		{name: "unknown adapter", model: "demo-tiny", adapter: "nope", prompt: short, maxTokens: 3, status: 404, code: api.CodeUnknownAdapter},
		{name: "model=base alone", model: "demo-tiny", prompt: short, maxTokens: 3, status: 400, code: api.CodeBadRequest, msg: []string{"adapter"}},
		{name: "prompt of 200 words", model: "devil", prompt: long, maxTokens: 4, status: 400, code: api.CodePromptTooLong,
			msg: []string{fmt.Sprintf("prompt of %d tokens", len(tok.Encode(long))), fmt.Sprintf("context of %d tokens", nPos)}},
		{name: "max_tokens=context-prompt+1", model: "devil", prompt: short, maxTokens: fits + 1, status: 400, code: api.CodePromptTooLong,
			msg: []string{fmt.Sprintf("max_tokens %d = %d tokens", fits+1, nPos+1), fmt.Sprintf("at most %d", fits)}},
		{name: "max_tokens=127", model: "devil", prompt: short, maxTokens: 127, status: 400, code: api.CodePromptTooLong, msg: []string{"max_tokens 127"}},
		{name: "max_tokens=200", model: "jargon", prompt: short, maxTokens: 200, status: 400, code: api.CodePromptTooLong, msg: []string{"max_tokens 200"}},
		{name: "max_tokens over the server's bound", model: "devil", prompt: short, maxTokens: 513, status: 400, code: api.CodeBadRequest, msg: []string{"[1, 512]"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := c.Complete(ctx, api.CompletionRequest{Temperature: greedy, Model: tc.model, Adapter: tc.adapter, Prompt: tc.prompt, MaxTokens: tc.maxTokens})
			if tc.status != 200 {
				e, ok := err.(*api.Error)
				if !ok || e.Status != tc.status || e.Code != tc.code {
					t.Fatalf("got %v, want %d %s", err, tc.status, tc.code)
				}
				if e.Type != "invalid_request_error" {
					t.Errorf("error type %q, want OpenAI's invalid_request_error", e.Type)
				}
				if tc.code == api.CodeModelNotFound && e.Param != "model" {
					t.Errorf("param %q, want model", e.Param)
				}
				for _, m := range tc.msg {
					if !strings.Contains(e.Message, m) {
						t.Errorf("message %q does not say %q", e.Message, m)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if resp.Model != tc.wantModel || resp.Adapter != tc.wantAdapter {
				t.Errorf("model %q adapter %q, want %q %q", resp.Model, resp.Adapter, tc.wantModel, tc.wantAdapter)
			}
			var rec struct {
				Adapter string `json:"adapter"`
			}
			if err := st.Get(store.KindAttribution, resp.Attribution.RecordID, &rec); err != nil || rec.Adapter != tc.wantAdapter {
				t.Errorf("record %s: adapter %q (%v), want %q", resp.Attribution.RecordID, rec.Adapter, err, tc.wantAdapter)
			}
			u := resp.Usage
			if want := len(tok.Encode(tc.prompt)); u.PromptTokens != want || u.TotalTokens != u.PromptTokens+u.CompletionTokens ||
				u.CompletionTokens == 0 || u.CompletionTokens > tc.maxTokens {
				t.Errorf("usage %+v, want prompt_tokens %d (the tokenizer's count), total = prompt + completion", u, want)
			}
		})
	}
}

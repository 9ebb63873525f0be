package server

import (
	"context"
	"testing"
	"time"

	"poa/api"
	"poa/server/e2e"
)

// TestOpenAIClient drives the node with the official openai npm client (pinned in
// server/e2e/package-lock.json; server/e2e/openai.mjs) on a loopback listener:
// models.list, completions and chat completions, whole and streamed (stream_options
// included), an unknown model (404 NotFoundError), an out-of-range n (400
// BadRequestError) and a key the node does not know (401 AuthenticationError: the node
// requires keys for inference). Each answer is checked against the node's own records.
// `make e2e` installs what it needs and runs it.
func TestOpenAIClient(t *testing.T) {
	tools := e2e.Need(t, false, "openai")
	n := newNode(t, Config{RequireKey: RequireInference})
	n.withCompleter(t)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	type answer struct {
		Object, Text, Role, Content, Finish, Record string
		Objects                                     []string
		Usage                                       *api.Usage
	}
	var res struct {
		Models []struct {
			ID, Object string
			Parent     *string
		}
		Completion, CompletionStream, Chat, ChatStream answer
		UnknownModel, BadRequest, BadKey               string
	}
	line := tools.Run(t, ctx, &res, []string{"OPENAI_BASE_URL=" + n.url() + "/v1", "OPENAI_API_KEY=" + n.key}, "openai.mjs")
	t.Logf("openai client: %s", line)

	var models api.List[api.ModelView]
	if code, raw := n.do(t, "GET", "/v1/models", nil, &models); code != 200 || len(models.Data) != len(res.Models) {
		t.Fatalf("GET /v1/models: %d %s; the client listed %d", code, raw, len(res.Models))
	}
	for i, m := range models.Data {
		if got := res.Models[i]; got.ID != m.ID || got.Object != "model" || (got.Parent == nil) != (m.Parent == nil) {
			t.Errorf("model %d: client saw %+v, node lists %+v", i, got, m)
		}
	}

	// Each answer is a stored record whose output is the text the client read.
	check := func(what string, a answer, text, object string) {
		t.Helper()
		var view api.AttributionView
		if code, raw := n.do(t, "GET", "/v1/attributions/"+a.Record, nil, &view); code != 200 {
			t.Fatalf("%s: record %q: %d %s", what, a.Record, code, raw)
		}
		if text == "" || a.Finish == "" {
			t.Errorf("%s: text %q finish %q", what, text, a.Finish)
		}
		if a.Object != object && (len(a.Objects) != 1 || a.Objects[0] != object) {
			t.Errorf("%s: object %q / %v, want %q", what, a.Object, a.Objects, object)
		}
	}
	check("completion", res.Completion, res.Completion.Text, "text_completion")
	check("completion stream", res.CompletionStream, res.CompletionStream.Text, "text_completion")
	check("chat", res.Chat, res.Chat.Content, "chat.completion")
	check("chat stream", res.ChatStream, res.ChatStream.Content, "chat.completion.chunk")
	if s, w := res.CompletionStream, res.Completion; s.Text != w.Text || s.Finish != w.Finish || s.Usage == nil || *s.Usage != *w.Usage || s.Record == w.Record {
		t.Errorf("streamed completion %+v, whole %+v (same text and usage, its own record)", s, w)
	}
	if s, w := res.ChatStream, res.Chat; s.Content != w.Content || s.Finish != w.Finish || s.Role != "assistant" || w.Role != "assistant" {
		t.Errorf("streamed chat %+v, whole %+v", s, w)
	}
	if res.UnknownModel != "404 model_not_found model" {
		t.Errorf("unknown model: %s, want a NotFoundError 404 model_not_found on param model", res.UnknownModel)
	}
	if res.BadKey != "401 invalid_api_key" {
		t.Errorf("unknown key: %s, want an AuthenticationError 401 invalid_api_key", res.BadKey)
	}
	if res.BadRequest != "400 n" {
		t.Errorf("n=9: %s, want a BadRequestError 400 on param n", res.BadRequest)
	}
}

package server

import (
	"strings"
	"testing"
	"unicode/utf8"

	"poa/api"
)

// FuzzParseChatRequest: any chat body either fails with a 4xx *api.Error naming a
// stable code, or yields a completion request within every limit whose prompt is the
// template's rendering (ending in "Assistant:") and whose stops end with ChatStops.
func FuzzParseChatRequest(f *testing.F) {
	for _, s := range []string{
		`{"model":"devil","messages":[{"role":"user","content":"hi"}]}`,
		`{"messages":[{"role":"system","content":"s"},{"role":"user","content":[{"type":"text","text":"a"}]}],"stop":"x","n":2,"logprobs":true,"top_logprobs":3}`,
		`{"messages":[{"role":"tool","content":"x"}]}`, `{"messages":[]}`, `{"messages":[{"role":"user","content":null}]}`,
		`{"messages":[{"role":"user","content":"x"}],"max_tokens":3,"max_completion_tokens":4}`, "{\"messages\":[{\"role\":\"user\",\"content\":\"\xff\"}]}",
	} {
		f.Add([]byte(s))
	}
	cfg := Config{MaxPromptBytes: 256, MaxTokens: 32}.withDefaults()
	codes := map[string]bool{api.CodeInvalidJSON: true, api.CodeBadRequest: true, api.CodePromptTooLong: true, api.CodeUnsupported: true, api.CodeBodyTooLarge: true}
	f.Fuzz(func(t *testing.T, body []byte) {
		req, logprobs, e := parseChatRequest(body, cfg)
		if e != nil {
			if e.Status < 400 || e.Status > 499 || !codes[e.Code] || e.Message == "" {
				t.Fatalf("error %+v: want a 4xx with a known code and a message", e)
			}
			return
		}
		if !strings.HasSuffix(req.Prompt, "Assistant:") || len(req.Prompt) > cfg.MaxPromptBytes || !utf8.ValidString(req.Prompt) {
			t.Fatalf("accepted prompt %q", req.Prompt)
		}
		if req.MaxTokens < 1 || req.MaxTokens > cfg.MaxTokens || req.Temperature == nil || req.TopP == nil {
			t.Fatalf("accepted %+v", req)
		}
		if n := len(req.Stop); n < len(ChatStops) || n > MaxStops+len(ChatStops) || strings.Join(req.Stop[n-len(ChatStops):], "") != strings.Join(ChatStops, "") {
			t.Fatalf("stops %q", req.Stop)
		}
		if logprobs != (req.Logprobs != nil) || (req.Logprobs != nil && (*req.Logprobs < 0 || *req.Logprobs > MaxTopLogprobs)) {
			t.Fatalf("logprobs %v %v", logprobs, req.Logprobs)
		}
	})
}

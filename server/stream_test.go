package server

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"poa/api"
)

// sseEvent is one server-sent event as a client reads it.
type sseEvent struct{ name, data string }

// readSSE splits a text/event-stream body into its events.
func readSSE(t testing.TB, r io.Reader) []sseEvent {
	t.Helper()
	var out []sseEvent
	var cur sseEvent
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if cur.data != "" || cur.name != "" {
				out = append(out, cur)
			}
			cur = sseEvent{}
		case strings.HasPrefix(line, "event: "):
			cur.name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			cur.data += strings.TrimPrefix(line, "data: ")
		default:
			t.Fatalf("unexpected SSE line %q", line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// post sends body to path with the node's key and returns the response (not read).
func (n *node) post(t testing.TB, ctx context.Context, path, body string) *http.Response {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, "POST", n.url()+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if n.key != "" {
		req.Header.Set("Authorization", "Bearer "+n.key)
	}
	resp, err := n.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// streamed is what a stream carried: per choice its concatenated text, finish reason
// and attribution, the usage chunk and whether it ended with [DONE].
type streamed struct {
	text    map[int]string
	finish  map[int]string
	at      map[int]*api.Attribution
	order   []string // "text", "finish", "poa", "usage", "done" per event, in order
	usage   *api.Usage
	done    bool
	errBody string
}

func parseStream(t testing.TB, evs []sseEvent, chat bool) streamed {
	t.Helper()
	s := streamed{text: map[int]string{}, finish: map[int]string{}, at: map[int]*api.Attribution{}}
	for i, ev := range evs {
		if s.done {
			t.Fatalf("event %d after [DONE]: %+v", i, ev)
		}
		if ev.name == "error" {
			s.errBody = ev.data
			s.order = append(s.order, "error")
			continue
		}
		if ev.data == "[DONE]" {
			s.done = true
			s.order = append(s.order, "done")
			continue
		}
		var ch struct {
			Object  string           `json:"object"`
			Choices []map[string]any `json:"choices"`
			Usage   *api.Usage       `json:"usage"`
			Poa     *api.StreamExtra `json:"poa"`
		}
		if err := json.Unmarshal([]byte(ev.data), &ch); err != nil {
			t.Fatalf("event %d: %v: %s", i, err, ev.data)
		}
		want := "text_completion"
		if chat {
			want = "chat.completion.chunk"
		}
		if ch.Object != want {
			t.Fatalf("event %d: object %q, want %q", i, ch.Object, want)
		}
		switch {
		case ch.Poa != nil:
			s.at[ch.Poa.Index] = ch.Poa.Attribution
			s.order = append(s.order, "poa")
		case ch.Usage != nil:
			s.usage = ch.Usage
			s.order = append(s.order, "usage")
		}
		for _, c := range ch.Choices {
			idx := int(c["index"].(float64))
			if s.finish[idx] != "" {
				t.Fatalf("event %d: choice %d continues after its finish chunk", i, idx)
			}
			var text string
			if chat {
				d := c["delta"].(map[string]any)
				text, _ = d["content"].(string)
			} else {
				text = c["text"].(string)
			}
			s.text[idx] += text
			if f, ok := c["finish_reason"].(string); ok {
				s.finish[idx] = f
				s.order = append(s.order, "finish")
			} else {
				s.order = append(s.order, "text")
			}
		}
	}
	return s
}

// TestStreamMatchesWhole: for both endpoints and n = 2, a streamed request carries the
// same choices (texts, finish reasons, records) as the same request answered whole,
// each choice's finish chunk before its attribution, the usage chunk when asked for,
// and [DONE] last.
func TestStreamMatchesWhole(t *testing.T) {
	n := newNode(t, Config{})
	n.withCompleter(t)
	for _, chat := range []bool{false, true} {
		t.Run(fmt.Sprintf("chat=%v", chat), func(t *testing.T) {
			path, body := "/v1/completions", `{"model":"devil","prompt":"CYNIC, n.","max_tokens":6,"n":2,"seed":5`
			if chat {
				path, body = "/v1/chat/completions", `{"model":"devil","messages":[{"role":"user","content":"CYNIC, n."}],"max_tokens":6,"n":2,"seed":5`
			}
			var whole struct {
				Object  string           `json:"object"`
				Choices []map[string]any `json:"choices"`
				Usage   api.Usage        `json:"usage"`
				Seed    *int64           `json:"seed"`
			}
			code, raw := n.do(t, "POST", path, body+"}", &whole)
			if code != 200 || len(whole.Choices) != 2 || whole.Seed == nil || *whole.Seed != 5 {
				t.Fatalf("whole: %d %s", code, raw)
			}
			resp := n.post(t, context.Background(), path, body+`,"stream":true,"stream_options":{"include_usage":true}}`)
			defer resp.Body.Close()
			if ct := resp.Header.Get("Content-Type"); resp.StatusCode != 200 || ct != "text/event-stream" {
				t.Fatalf("stream: %d %s", resp.StatusCode, ct)
			}
			s := parseStream(t, readSSE(t, resp.Body), chat)
			if !s.done || s.usage == nil || *s.usage != whole.Usage {
				t.Fatalf("stream done %v usage %+v; whole usage %+v", s.done, s.usage, whole.Usage)
			}
			got := strings.Join(s.order, " ")
			if !strings.HasSuffix(got, "finish poa text finish poa usage done") || !strings.HasPrefix(got, "text") {
				t.Fatalf("event order %s", got)
			}
			for i, c := range whole.Choices {
				text, _ := c["text"].(string)
				if chat {
					text = c["message"].(map[string]any)["content"].(string)
				}
				if text == "" || s.text[i] != text || s.finish[i] != c["finish_reason"] {
					t.Errorf("choice %d: streamed %q (%s), whole %q (%v)", i, s.text[i], s.finish[i], text, c["finish_reason"])
				}
				if s.at[i] == nil || s.at[i].RecordID == "" || len(s.at[i].Tokens) == 0 {
					t.Errorf("choice %d: no attribution in the stream", i)
				}
			}
			if s.at[0].RecordID == s.at[1].RecordID {
				t.Errorf("two choices share record %s", s.at[0].RecordID)
			}
		})
	}
}

// streamingEngine is a Completer that reports its tokens to the request's Streamer,
// splitting a euro sign across two tokens, as a byte-level tokenizer does.
func streamingEngine(fail error, seen *[]api.CompletionRequest, mu *sync.Mutex) CompleteFunc {
	toks := []Token{{ID: 1, Text: "Hel", LogProb: -0.5, Top: []TopToken{{ID: 1, Text: "Hel", LogProb: -0.5}, {ID: 9, Text: "Ha", LogProb: -1.5}}},
		{ID: 2, Text: "lo \xe2\x82", LogProb: -0.25}, {ID: 3, Text: "\xac", LogProb: -0.125}}
	return func(ctx context.Context, req api.CompletionRequest) (Completion, error) {
		if mu != nil {
			mu.Lock()
			*seen = append(*seen, req)
			mu.Unlock()
		}
		st := StreamerFrom(ctx)
		c := Completion{Text: "Hello €", Model: "m", FinishReason: "stop", PromptTokens: 2, CompletionTokens: 3, Tokens: toks,
			Attribution: api.Attribution{RecordID: fmt.Sprintf("rec-%d", *req.Seed)}}
		for i, tk := range toks {
			if st != nil {
				if err := st.Token(tk); err != nil {
					return Completion{}, err
				}
			}
			if fail != nil && i == 0 {
				return Completion{}, fail
			}
		}
		if st != nil {
			st.Generated("stop")
		}
		return c, nil
	}
}

// TestStreamingTokens: chunks follow the engine's tokens without splitting a UTF-8
// character; logprobs ride with them (text offsets continuing over chunks); an error
// after the first event is an SSE error event with no [DONE], one before it a JSON
// error response.
func TestStreamingTokens(t *testing.T) {
	n := newNode(t, Config{})
	n.eng.Completer = streamingEngine(nil, nil, nil)
	resp := n.post(t, context.Background(), "/v1/completions", `{"model":"devil","prompt":"x","logprobs":2,"stream":true,"seed":1}`)
	evs := readSSE(t, resp.Body)
	resp.Body.Close()
	s := parseStream(t, evs, false)
	if s.text[0] != "Hello €" || s.finish[0] != "stop" || !s.done || s.usage != nil {
		t.Fatalf("stream %+v", s)
	}
	var second api.CompletionChunk
	if err := json.Unmarshal([]byte(evs[1].data), &second); err != nil {
		t.Fatal(err)
	}
	if c := second.Choices[0]; c.Text != "lo €" || c.Logprobs == nil || len(c.Logprobs.Tokens) != 2 || c.Logprobs.TextOffset[0] != 3 || c.Logprobs.TextOffset[1] != 8 {
		t.Fatalf("second chunk %+v (the euro sign's two tokens travel together, offsets continue)", c)
	}
	var first api.CompletionChunk
	json.Unmarshal([]byte(evs[0].data), &first)
	if lp := first.Choices[0].Logprobs; lp == nil || lp.TokenLogprobs[0] != -0.5 || lp.TopLogprobs[0]["Ha"] != -1.5 || lp.TextOffset[0] != 0 {
		t.Fatalf("first chunk logprobs %+v", lp)
	}

	// Chat logprobs, whole: bytes and alternatives.
	var chat api.ChatCompletionResponse
	code, raw := n.do(t, "POST", "/v1/chat/completions", `{"model":"devil","messages":[{"role":"user","content":"x"}],"logprobs":true,"top_logprobs":2,"seed":1}`, &chat)
	if code != 200 {
		t.Fatalf("chat: %d %s", code, raw)
	}
	lp := chat.Choices[0].Logprobs
	if chat.Object != "chat.completion" || chat.Choices[0].Message.Role != "assistant" || chat.Choices[0].Message.Content != "Hello €" ||
		lp == nil || len(lp.Content) != 3 || lp.Content[2].Logprob != -0.125 || len(lp.Content[2].Bytes) != 1 || lp.Content[2].Bytes[0] != 0xac ||
		len(lp.Content[0].TopLogprobs) != 2 || lp.Content[0].TopLogprobs[1].Token != "Ha" {
		t.Fatalf("chat response %s", raw)
	}

	// Failure after the first event: an error event, and no [DONE].
	n.eng.Completer = streamingEngine(fmt.Errorf("attribution broke: %w", ErrBadRequest), nil, nil)
	resp = n.post(t, context.Background(), "/v1/chat/completions", `{"model":"devil","messages":[{"role":"user","content":"x"}],"stream":true,"seed":1}`)
	s = parseStream(t, readSSE(t, resp.Body), true)
	resp.Body.Close()
	var env api.ErrorResponse
	if s.done || s.errBody == "" || json.Unmarshal([]byte(s.errBody), &env) != nil || env.Error.Code != api.CodeBadRequest || env.Error.Type != "invalid_request_error" {
		t.Fatalf("failed stream: %+v", s)
	}
	// Failure before it: a plain JSON error.
	n.eng.Completer = func(ctx context.Context, req api.CompletionRequest) (Completion, error) {
		return Completion{}, fmt.Errorf("%w: prompt of 9 tokens", ErrPromptTooLong)
	}
	code, raw = n.do(t, "POST", "/v1/completions", `{"model":"devil","prompt":"x","stream":true}`, nil)
	wantError(t, code, raw, 400, api.CodePromptTooLong, "9 tokens")
}

// TestChatTemplateAndChoices: the chat endpoint renders the documented template,
// appends the turn stops to the request's, maps top_logprobs and the newer
// max_completion_tokens, and n choices get seeds seed+i and keys key/i.
func TestChatTemplateAndChoices(t *testing.T) {
	n := newNode(t, Config{})
	var mu sync.Mutex
	var seen []api.CompletionRequest
	n.eng.Completer = streamingEngine(nil, &seen, &mu)
	body := `{"model":"devil","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":[{"type":"text","text":"What is"},{"type":"text","text":"a cynic?"}]},` +
		`{"role":"assistant","content":"A blackguard."},{"role":"user","content":"More."}],"stop":"###","n":3,"seed":40,"max_completion_tokens":7,"logprobs":true,"top_logprobs":4,"user":"u1"}`
	req, _ := http.NewRequest("POST", n.url()+"/v1/chat/completions", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+n.key)
	req.Header.Set("Idempotency-Key", "k1")
	resp, err := n.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var out api.ChatCompletionResponse
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err := json.Unmarshal(raw, &out); err != nil || resp.StatusCode != 200 {
		t.Fatalf("%d %s", resp.StatusCode, raw)
	}
	want := "System: Be brief.\nUser: What is\na cynic?\nAssistant: A blackguard.\nUser: More.\nAssistant:"
	if len(seen) != 3 {
		t.Fatalf("%d engine calls, want 3", len(seen))
	}
	for i, r := range seen {
		if r.Prompt != want {
			t.Fatalf("prompt %q, want %q", r.Prompt, want)
		}
		if strings.Join(r.Stop, "|") != "###|\nUser:|\nAssistant:|\nSystem:" || r.MaxTokens != 7 || r.Logprobs == nil || *r.Logprobs != 4 {
			t.Fatalf("request %+v", r)
		}
		key := "k1"
		if i > 0 {
			key = fmt.Sprintf("k1/%d", i)
		}
		if *r.Seed != int64(40+i) || r.IdempotencyKey != key {
			t.Fatalf("choice %d: seed %d key %q", i, *r.Seed, r.IdempotencyKey)
		}
	}
	if len(out.Choices) != 3 || out.Usage.CompletionTokens != 9 || out.Usage.PromptTokens != 2 || out.Attribution.RecordID != "rec-40" ||
		out.Choices[2].Attribution == nil || out.Choices[2].Attribution.RecordID != "rec-42" || out.ID != "chatcmpl-rec-40" {
		t.Fatalf("response %s", raw)
	}
	if p, err := ChatPrompt([]api.ChatMessage{{Role: "tool", Content: "x"}}); err == nil {
		t.Fatalf("tool message rendered as %q", p)
	}
}

// TestStreamDisconnectCancels: a client that goes away mid-stream cancels the
// generation (the engine's context ends).
func TestStreamDisconnectCancels(t *testing.T) {
	n := newNode(t, Config{RequestTimeout: time.Minute})
	canceled := make(chan error, 1)
	n.eng.Completer = func(ctx context.Context, req api.CompletionRequest) (Completion, error) {
		if err := StreamerFrom(ctx).Token(Token{ID: 1, Text: "a"}); err != nil {
			return Completion{}, err
		}
		select {
		case <-ctx.Done():
			canceled <- ctx.Err()
			return Completion{}, ctx.Err()
		case <-time.After(30 * time.Second):
			canceled <- nil
			return Completion{}, nil
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	resp := n.post(t, ctx, "/v1/completions", `{"model":"devil","prompt":"x","stream":true}`)
	line, err := bufio.NewReader(resp.Body).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "data: ") {
		t.Fatalf("first line %q: %v", line, err)
	}
	cancel()
	resp.Body.Close()
	select {
	case err := <-canceled:
		if err == nil {
			t.Fatal("generation ran on after the client left")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the engine's context did not end after the client left")
	}
}

package lmengine_test

import (
	"context"
	"io"
	"log/slog"
	"math"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"poa/api"
	"poa/client"
	"poa/inference"
	"poa/influence"
	"poa/influence/lm"
	"poa/server"
	"poa/server/lmengine"
	"poa/store"
)

// greedy is temperature 0, for requests whose output a test compares across calls
// without a seed.
var greedy = new(float64)

// serveDemo serves the shared demo store with the resident engine.
func serveDemo(t *testing.T) (*client.Client, *store.Store) {
	t.Helper()
	st := demoStore(t)
	eng := server.NewStoreEngine(st)
	lmengine.Attach(eng, st, lmengine.Options{Fee: "1000"})
	ts := httptest.NewServer(server.New(eng, server.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}).Handler())
	t.Cleanup(ts.Close)
	c, err := client.New(ts.URL)
	if err != nil {
		t.Fatal(err)
	}
	return c, st
}

func record(t *testing.T, st *store.Store, id string) *influence.Record {
	t.Helper()
	var rec influence.Record
	if err := st.Get(store.KindAttribution, id, &rec); err != nil {
		t.Fatalf("record %q: %v", id, err)
	}
	return &rec
}

// TestSampledCompletions checks sampling, logprobs, stop strings, n and streaming of
// the real engine against independent truths: the same seed gives the same output;
// logprobs are the model's Score of the same tokens; a stop string cuts the unstopped
// output at the last whole token before its first occurrence; choice i of n is the
// single request with seed+i; streamed text is the whole text; the records hold
// exactly the tokens returned and verify.
func TestSampledCompletions(t *testing.T) {
	c, st := serveDemo(t)
	ctx := context.Background()
	temp, seed, three := 1.0, int64(11), 3
	req := api.CompletionRequest{Model: "devil", Prompt: "CYNIC, n. A blackguard whose", MaxTokens: 12, Temperature: &temp, Seed: &seed, Logprobs: &three}
	whole, err := c.Complete(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	rec := record(t, st, whole.Attribution.RecordID)
	ch := whole.Choices[0]
	if whole.Seed == nil || *whole.Seed != seed || rec.Scorer["generation"] != "sampled" {
		t.Fatalf("seed %v, record generation %v", whole.Seed, rec.Scorer["generation"])
	}
	if s, ok := rec.Scorer["sampling"].(map[string]any); !ok || s["seed"] != float64(seed) || s["temperature"] != temp {
		t.Fatalf("record sampling %v", rec.Scorer["sampling"])
	}
	if len(rec.OutputIDs) != whole.Usage.CompletionTokens || len(whole.Attribution.Tokens) != len(rec.OutputIDs) {
		t.Fatalf("%d output ids, usage %d, %d attributed tokens", len(rec.OutputIDs), whole.Usage.CompletionTokens, len(whole.Attribution.Tokens))
	}
	again, err := c.Complete(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if again.Choices[0].Text != ch.Text || again.Attribution.RecordID == whole.Attribution.RecordID {
		t.Fatalf("seed %d twice: %q (%s) then %q (%s)", seed, ch.Text, whole.Attribution.RecordID, again.Choices[0].Text, again.Attribution.RecordID)
	}

	// Logprobs against the model's own score of prompt + output.
	m, tok, _, err := inference.OpenModel(st, rec.Model)
	if err != nil {
		t.Fatal(err)
	}
	ad, _, err := inference.OpenAdapter(st, "devil", rec.Model, m.Cfg)
	if err != nil {
		t.Fatal(err)
	}
	prompt := tok.Encode(req.Prompt)
	lps, err := m.Score(append(slices.Clone(prompt), rec.OutputIDs...), ad)
	if err != nil {
		t.Fatal(err)
	}
	lp := ch.Logprobs
	if lp == nil || len(lp.TokenLogprobs) != len(rec.OutputIDs) || len(lp.TopLogprobs) != len(rec.OutputIDs) {
		t.Fatalf("logprobs %+v for %d tokens", lp, len(rec.OutputIDs))
	}
	off := 0
	for i, id := range rec.OutputIDs {
		want := lps[len(prompt)-1+i]
		if d := math.Abs(lp.TokenLogprobs[i] - want); d > 1e-3 {
			t.Errorf("token %d: logprob %v, Score %v", i, lp.TokenLogprobs[i], want)
		}
		best := math.Inf(-1)
		for _, v := range lp.TopLogprobs[i] {
			best = max(best, v)
		}
		if len(lp.TopLogprobs[i]) == 0 || len(lp.TopLogprobs[i]) > 3 || best < lp.TokenLogprobs[i]-1e-6 {
			t.Errorf("token %d: top %v below its own logprob %v", i, lp.TopLogprobs[i], lp.TokenLogprobs[i])
		}
		if lp.TextOffset[i] != off {
			t.Errorf("token %d: offset %d, want %d", i, lp.TextOffset[i], off)
		}
		off += len(tok.Decode([]int{id}))
	}

	// Streamed: the same text (a new inference, the same tokens).
	var text string
	var sat *api.Attribution
	if err := c.CompleteStream(ctx, req, func(ch api.CompletionChunk) error {
		for _, c := range ch.Choices {
			text += c.Text
		}
		if ch.Poa != nil {
			sat = ch.Poa.Attribution
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if text != ch.Text || sat == nil || !slices.Equal(record(t, st, sat.RecordID).OutputIDs, rec.OutputIDs) {
		t.Fatalf("streamed %q, whole %q", text, ch.Text)
	}

	// A stop string starting inside a token: the output ends with the last whole
	// token before its first occurrence in the unstopped output.
	out := rec.Output
	ends := make([]int, len(rec.OutputIDs))
	e := 0
	for i, id := range rec.OutputIDs {
		e += len(tok.Decode([]int{id}))
		ends[i] = e
	}
	stop := ""
	for j := 2; j < len(ends) && stop == ""; j++ {
		if s := out[ends[j-1]+1 : min(ends[j-1]+3, len(out))]; ends[j]-ends[j-1] >= 2 && len(s) == 2 && !strings.ContainsAny(s, "\ufffd") {
			stop = s
		}
	}
	if stop == "" {
		t.Fatalf("no token of %q has room for a stop string inside it", out)
	}
	p := strings.Index(out, stop)
	keep := 0
	for keep < len(ends) && ends[keep] <= p {
		keep++
	}
	if keep == 0 {
		t.Skipf("stop %q occurs in the first token of %q", stop, out)
	}
	t.Logf("output %q, stop %q: keeps %d of %d tokens", out, stop, keep, len(ends))
	stopped := req
	stopped.Stop = api.Stop{"never-generated-zzz", stop}
	sr, err := c.Complete(ctx, stopped)
	if err != nil {
		t.Fatal(err)
	}
	srec := record(t, st, sr.Attribution.RecordID)
	if got := sr.Choices[0]; got.FinishReason != "stop" || strings.Contains(srec.Output, stop) || srec.Output != out[:ends[keep-1]] ||
		!slices.Equal(srec.OutputIDs, rec.OutputIDs[:keep]) || sr.Usage.CompletionTokens != keep || len(got.Logprobs.Tokens) != keep {
		t.Fatalf("stop %q: %q (%s, %d tokens); want %q (%d tokens)", stop, got.Text, got.FinishReason, sr.Usage.CompletionTokens, out[:ends[keep-1]], keep)
	}
	text = ""
	if err := c.CompleteStream(ctx, stopped, func(ch api.CompletionChunk) error {
		for _, c := range ch.Choices {
			text += c.Text
		}
		return nil
	}); err != nil || text != sr.Choices[0].Text {
		t.Fatalf("streamed with stop: %q (%v), whole %q", text, err, sr.Choices[0].Text)
	}
	v, err := lm.VerifyRecord(ctx, st, srec)
	if err != nil {
		t.Fatal(err)
	}
	if !v.OK {
		t.Fatalf("record of a sampled, stopped output does not verify: %+v", v.Checks)
	}

	// n = 2: choice i is the single request with seed+i, each with its own record.
	two, twenty := 2, int64(20)
	nreq := api.CompletionRequest{Model: "devil", Prompt: "hacker n. A person who", MaxTokens: 6, Temperature: &temp, Seed: &twenty, N: &two}
	nr, err := c.Complete(ctx, nreq)
	if err != nil {
		t.Fatal(err)
	}
	twentyOne := int64(21)
	nreq.N, nreq.Seed = nil, &twentyOne
	one, err := c.Complete(ctx, nreq)
	if err != nil {
		t.Fatal(err)
	}
	if len(nr.Choices) != 2 || nr.Choices[1].Text != one.Choices[0].Text || nr.Choices[1].Attribution == nil ||
		nr.Choices[1].Attribution.RecordID == nr.Choices[0].Attribution.RecordID {
		t.Fatalf("n=2: %+v; seed 21 alone: %q", nr.Choices, one.Choices[0].Text)
	}
	if sum := len(record(t, st, nr.Choices[0].Attribution.RecordID).OutputIDs) + len(record(t, st, nr.Choices[1].Attribution.RecordID).OutputIDs); nr.Usage.CompletionTokens != sum {
		t.Fatalf("n=2: usage %d completion tokens, the records hold %d", nr.Usage.CompletionTokens, sum)
	}

	// No seed: the server picks one and says which; it reproduces the output.
	nreq.Seed = nil
	picked, err := c.Complete(ctx, nreq)
	if err != nil {
		t.Fatal(err)
	}
	if picked.Seed == nil {
		t.Fatal("sampled without a seed, and the response names none")
	}
	nreq.Seed = picked.Seed
	if rep, err := c.Complete(ctx, nreq); err != nil || rep.Choices[0].Text != picked.Choices[0].Text {
		t.Fatalf("seed %d again: %v %+v, first %q", *picked.Seed, err, rep.Choices, picked.Choices[0].Text)
	}
}

// TestChatCompletions: the chat endpoint over the real engine renders the template
// into the record's prompt, never returns the next turn's marker, and streams the
// same content it answers whole.
func TestChatCompletions(t *testing.T) {
	c, st := serveDemo(t)
	ctx := context.Background()
	msgs := []api.ChatMessage{{Role: "system", Content: "Definitions."}, {Role: "user", Content: "CYNIC, n."}}
	req := api.ChatCompletionRequest{Model: "devil", Messages: msgs, Temperature: greedy, MaxTokens: 16}
	whole, err := c.Chat(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	prompt, _ := server.ChatPrompt(msgs)
	rec := record(t, st, whole.Attribution.RecordID)
	content := whole.Choices[0].Message.Content
	if rec.Prompt != prompt || rec.Output != content || whole.Object != "chat.completion" || whole.Choices[0].Message.Role != "assistant" {
		t.Fatalf("chat %+v; record prompt %q output %q", whole, rec.Prompt, rec.Output)
	}
	t.Logf("chat reply %q (%s, %d tokens)", content, whole.Choices[0].FinishReason, whole.Usage.CompletionTokens)
	for _, s := range server.ChatStops {
		if strings.Contains(content, s) {
			t.Fatalf("content %q holds the turn marker %q", content, s)
		}
	}
	var text, role, finish string
	if err := c.ChatStream(ctx, req, func(ch api.ChatCompletionChunk) error {
		for _, c := range ch.Choices {
			text += c.Delta.Content
			role += c.Delta.Role
			if c.FinishReason != nil {
				finish = *c.FinishReason
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if text != content || role != "assistant" || finish != whole.Choices[0].FinishReason {
		t.Fatalf("streamed %q (role %q, %s), whole %q (%s)", text, role, finish, content, whole.Choices[0].FinishReason)
	}
}

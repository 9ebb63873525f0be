package client_test

import (
	"context"
	"fmt"
	"testing"

	"poa/api"
	"poa/client"
	"poa/server"
)

// TestChatAndStreams: Chat answers in the chat shape; ChatStream and CompleteStream
// deliver the same text as the whole answers, each choice's attribution in a poa
// chunk and the usage chunk when asked for; an error before the stream is an
// *api.Error.
func TestChatAndStreams(t *testing.T) {
	c, _ := setup(t, nil)
	ctx := context.Background()
	msgs := []api.ChatMessage{{Role: "user", Content: "What is a cynic?"}}
	whole, err := c.Chat(ctx, api.ChatCompletionRequest{Model: "devil", Messages: msgs})
	if err != nil {
		t.Fatal(err)
	}
	if whole.Object != "chat.completion" || len(whole.Choices) != 1 || whole.Choices[0].Message.Role != "assistant" || whole.Attribution == nil {
		t.Fatalf("chat %+v", whole)
	}
	var text string
	var at *api.Attribution
	var usage *api.Usage
	err = c.ChatStream(ctx, api.ChatCompletionRequest{Model: "devil", Messages: msgs, StreamOptions: &api.StreamOptions{IncludeUsage: true}},
		func(ch api.ChatCompletionChunk) error {
			for _, c := range ch.Choices {
				text += c.Delta.Content
			}
			if ch.Poa != nil {
				at = ch.Poa.Attribution
			}
			if ch.Usage != nil {
				usage = ch.Usage
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if text != whole.Choices[0].Message.Content || at == nil || at.RecordID != whole.Attribution.RecordID || usage == nil || *usage != whole.Usage {
		t.Fatalf("streamed %q %+v %+v; whole %q %+v", text, at, usage, whole.Choices[0].Message.Content, whole.Usage)
	}
	cw, err := c.Complete(ctx, api.CompletionRequest{Model: "devil", Prompt: "CYNIC"})
	if err != nil {
		t.Fatal(err)
	}
	text = ""
	stop := fmt.Errorf("enough")
	err = c.CompleteStream(ctx, api.CompletionRequest{Model: "devil", Prompt: "CYNIC"}, func(ch api.CompletionChunk) error {
		for _, c := range ch.Choices {
			text += c.Text
		}
		return nil
	})
	if err != nil || text != cw.Choices[0].Text {
		t.Fatalf("streamed %q (%v), whole %q", text, err, cw.Choices[0].Text)
	}
	if err := c.CompleteStream(ctx, api.CompletionRequest{Model: "devil", Prompt: "CYNIC"}, func(api.CompletionChunk) error { return stop }); err != stop {
		t.Fatalf("callback error: %v", err)
	}
	bad, _ := setup(t, func(ctx context.Context, req api.CompletionRequest) (server.Completion, error) {
		return server.Completion{}, server.ErrPromptTooLong
	})
	if err := bad.ChatStream(ctx, api.ChatCompletionRequest{Model: "devil", Messages: msgs}, func(api.ChatCompletionChunk) error { return nil }); !client.IsCode(err, api.CodePromptTooLong) {
		t.Fatalf("error before the stream: %v", err)
	}
}

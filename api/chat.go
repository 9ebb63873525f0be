package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
)

// Stop is a request's stop field: OpenAI sends a string or an array of strings;
// both decode to the list (null to none). It encodes as an array.
type Stop []string

// UnmarshalJSON accepts null, a string or an array of strings.
func (s *Stop) UnmarshalJSON(b []byte) error {
	switch b = bytes.TrimSpace(b); {
	case bytes.Equal(b, []byte("null")):
		*s = nil
		return nil
	case len(b) > 0 && b[0] == '"':
		var one string
		if err := json.Unmarshal(b, &one); err != nil {
			return err
		}
		*s = Stop{one}
		return nil
	}
	var list []string
	if err := json.Unmarshal(b, &list); err != nil {
		return errors.New("stop: want a string or an array of strings")
	}
	*s = list
	return nil
}

// ChatCompletionRequest is the body of POST /v1/chat/completions: OpenAI's chat
// request shape plus Adapter and Fee. The messages are rendered into one prompt by
// the chat template of docs/api.md, which the engine continues as a completion.
type ChatCompletionRequest struct {
	Model    string        `json:"model,omitempty"`
	Messages []ChatMessage `json:"messages"`
	// MaxTokens and MaxCompletionTokens (OpenAI's newer name) mean the same; set both,
	// they must agree.
	MaxTokens           int      `json:"max_tokens,omitempty"`
	MaxCompletionTokens int      `json:"max_completion_tokens,omitempty"`
	Temperature         *float64 `json:"temperature,omitempty"`
	TopP                *float64 `json:"top_p,omitempty"`
	Seed                *int64   `json:"seed,omitempty"`
	N                   *int     `json:"n,omitempty"`
	// Stop adds up to 4 strings to the template's own stop (the next turn marker).
	Stop          Stop           `json:"stop,omitempty"`
	Stream        *bool          `json:"stream,omitempty"`
	StreamOptions *StreamOptions `json:"stream_options,omitempty"`
	// Logprobs asks for each output token's log-probability, TopLogprobs (in [0, 20],
	// only with Logprobs) for that many alternatives per token.
	Logprobs    *bool `json:"logprobs,omitempty"`
	TopLogprobs *int  `json:"top_logprobs,omitempty"`
	// Accepted only with a value that changes nothing (docs/api.md).
	User             string             `json:"user,omitempty"`
	PresencePenalty  *float64           `json:"presence_penalty,omitempty"`
	FrequencyPenalty *float64           `json:"frequency_penalty,omitempty"`
	LogitBias        map[string]float64 `json:"logit_bias,omitempty"`
	Adapter          string             `json:"adapter,omitempty"`
	Fee              *string            `json:"fee,omitempty"`
	// IdempotencyKey is the Idempotency-Key header, as in CompletionRequest.
	IdempotencyKey string `json:"-"`
}

// ChatMessage is one message of a chat: role "system" (or "developer"), "user" or
// "assistant", and its text. Name is accepted and not used.
type ChatMessage struct {
	Role    string      `json:"role"`
	Content ChatContent `json:"content"`
	Name    string      `json:"name,omitempty"`
}

// ChatContent is a message's content: OpenAI sends a string or an array of content
// parts; only text parts ({"type": "text", "text": ...}) are accepted, joined by
// "\n". It encodes as a string.
type ChatContent string

// UnmarshalJSON accepts a string or an array of text parts.
func (c *ChatContent) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*c = ChatContent(s)
		return nil
	}
	if bytes.Equal(b, []byte("null")) {
		return errors.New("content: null (a message without text) is not supported")
	}
	var parts []struct {
		Type string `json:"type"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(b, &parts); err != nil {
		return errors.New("content: want a string or an array of text parts")
	}
	texts := make([]string, len(parts))
	for i, p := range parts {
		if p.Type != "text" {
			return errors.New("content: part of type " + p.Type + ": only text parts are supported")
		}
		texts[i] = p.Text
	}
	*c = ChatContent(strings.Join(texts, "\n"))
	return nil
}

// ChatCompletionResponse answers POST /v1/chat/completions: OpenAI's chat.completion
// object plus poa's extras (adapter, seed, attribution), as in CompletionResponse.
type ChatCompletionResponse struct {
	ID          string       `json:"id"`
	Object      string       `json:"object"` // "chat.completion"
	Created     int64        `json:"created"`
	Model       string       `json:"model"`
	Adapter     string       `json:"adapter,omitempty"`
	Choices     []ChatChoice `json:"choices"`
	Usage       Usage        `json:"usage"`
	Seed        *int64       `json:"seed,omitempty"`
	Attribution *Attribution `json:"attribution"`
}

// ChatChoice is one chat choice.
type ChatChoice struct {
	Index        int           `json:"index"`
	Message      ChatReply     `json:"message"`
	Logprobs     *ChatLogprobs `json:"logprobs"`
	FinishReason string        `json:"finish_reason"` // "stop" or "length"
	Attribution  *Attribution  `json:"attribution,omitempty"`
}

// ChatReply is the assistant's message of a chat choice.
type ChatReply struct {
	Role    string `json:"role"` // "assistant"
	Content string `json:"content"`
}

// ChatLogprobs is a chat choice's logprobs: one entry per output token.
type ChatLogprobs struct {
	Content []ChatTokenLogprob `json:"content"`
}

// ChatTokenLogprob is one output token: its text, log-probability under the model
// at temperature 1, UTF-8 bytes and the most likely alternatives at its position.
type ChatTokenLogprob struct {
	Token       string           `json:"token"`
	Logprob     float64          `json:"logprob"`
	Bytes       []int            `json:"bytes"`
	TopLogprobs []ChatTopLogprob `json:"top_logprobs"`
}

// ChatTopLogprob is one alternative token of a position.
type ChatTopLogprob struct {
	Token   string  `json:"token"`
	Logprob float64 `json:"logprob"`
	Bytes   []int   `json:"bytes"`
}

// CompletionChunk is one server-sent event of a streamed POST /v1/completions
// (object "text_completion"). A chunk with no choices carries the usage (with
// stream_options.include_usage) or, in Poa, a choice's attribution.
type CompletionChunk struct {
	ID      string        `json:"id"`
	Object  string        `json:"object"`
	Created int64         `json:"created"`
	Model   string        `json:"model"`
	Choices []ChunkChoice `json:"choices"`
	Usage   *Usage        `json:"usage,omitempty"`
	Poa     *StreamExtra  `json:"poa,omitempty"`
}

// ChunkChoice is a choice's new text in a CompletionChunk; FinishReason is null until
// the choice's last chunk.
type ChunkChoice struct {
	Text         string              `json:"text"`
	Index        int                 `json:"index"`
	Logprobs     *CompletionLogprobs `json:"logprobs"`
	FinishReason *string             `json:"finish_reason"`
}

// ChatCompletionChunk is one server-sent event of a streamed POST
// /v1/chat/completions (object "chat.completion.chunk").
type ChatCompletionChunk struct {
	ID      string            `json:"id"`
	Object  string            `json:"object"`
	Created int64             `json:"created"`
	Model   string            `json:"model"`
	Choices []ChatChunkChoice `json:"choices"`
	Usage   *Usage            `json:"usage,omitempty"`
	Poa     *StreamExtra      `json:"poa,omitempty"`
}

// ChatChunkChoice is a chat choice's delta: the role in its first chunk, then text.
type ChatChunkChoice struct {
	Index        int           `json:"index"`
	Delta        ChatDelta     `json:"delta"`
	Logprobs     *ChatLogprobs `json:"logprobs"`
	FinishReason *string       `json:"finish_reason"`
}

// ChatDelta is the new part of a streamed assistant message.
type ChatDelta struct {
	Role    string `json:"role,omitempty"`
	Content string `json:"content,omitempty"`
}

// StreamExtra is poa's part of a streamed response, in a chunk with no choices that
// the official clients pass over: choice Index's attribution (also at GET
// /v1/attributions/{record_id}), sent after its finish_reason chunk, and the seed
// its sampler used.
type StreamExtra struct {
	Index       int          `json:"index"`
	Seed        *int64       `json:"seed,omitempty"`
	Attribution *Attribution `json:"attribution"`
}

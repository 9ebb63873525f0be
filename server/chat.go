package server

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"

	"poa/api"
)

// The chat template renders a chat's messages into one prompt for a base language
// model (docs/api.md): each message as "<Label>: <content>\n" with Label "System"
// (role system or developer), "User" or "Assistant", then "Assistant:", which the
// model continues. Generation also stops at ChatStops, the next turn's marker.
const (
	chatSystem    = "System"
	chatUser      = "User"
	chatAssistant = "Assistant"
)

// ChatStops are the stop strings every chat completion has besides the request's: a
// line that starts another turn.
var ChatStops = []string{"\n" + chatUser + ":", "\n" + chatAssistant + ":", "\n" + chatSystem + ":"}

// ChatPrompt renders messages with the chat template; an error names the message at
// fault (a role the template has no label for).
func ChatPrompt(messages []api.ChatMessage) (string, error) {
	var b strings.Builder
	for i, m := range messages {
		var label string
		switch m.Role {
		case "system", "developer":
			label = chatSystem
		case "user":
			label = chatUser
		case "assistant":
			label = chatAssistant
		default:
			return "", fmt.Errorf("messages[%d].role %q: want system, developer, user or assistant", i, m.Role)
		}
		b.WriteString(label)
		b.WriteString(": ")
		b.WriteString(string(m.Content))
		b.WriteString("\n")
	}
	b.WriteString(chatAssistant + ":")
	return b.String(), nil
}

// parseChatRequest decodes and validates a chat completion body into the completion
// request the engine runs (the rendered prompt, the request's stops and then
// ChatStops), with the defaults filled in. logprobs says whether the response
// carries them.
func parseChatRequest(body []byte, cfg Config) (req api.CompletionRequest, logprobs bool, e *api.Error) {
	var chat api.ChatCompletionRequest
	if e := validUTF8(body); e != nil {
		return req, false, e
	}
	if e := decodeJSON(bytes.NewReader(body), &chat); e != nil {
		return req, false, e
	}
	bad := func(param, format string, args ...any) (api.CompletionRequest, bool, *api.Error) {
		return req, false, badParam("", param, format, args...)
	}
	switch {
	case len(chat.Messages) == 0:
		return bad("messages", "messages is required: at least one message")
	case chat.MaxTokens != 0 && chat.MaxCompletionTokens != 0 && chat.MaxTokens != chat.MaxCompletionTokens:
		return bad("max_completion_tokens", "max_tokens %d and max_completion_tokens %d disagree (they are the same limit)", chat.MaxTokens, chat.MaxCompletionTokens)
	case chat.TopLogprobs != nil && (*chat.TopLogprobs < 0 || *chat.TopLogprobs > MaxTopLogprobs):
		return bad("top_logprobs", "top_logprobs %d is outside [0, %d]", *chat.TopLogprobs, MaxTopLogprobs)
	case chat.TopLogprobs != nil && (chat.Logprobs == nil || !*chat.Logprobs):
		return bad("top_logprobs", "top_logprobs needs logprobs=true")
	}
	prompt, err := ChatPrompt(chat.Messages)
	if err != nil {
		return req, false, badParam(api.CodeUnsupported, "messages", "%v", err)
	}
	req = api.CompletionRequest{Model: chat.Model, Prompt: prompt, MaxTokens: max(chat.MaxTokens, chat.MaxCompletionTokens),
		Temperature: chat.Temperature, TopP: chat.TopP, Seed: chat.Seed, N: chat.N, Stop: chat.Stop,
		Stream: chat.Stream, StreamOptions: chat.StreamOptions, User: chat.User, PresencePenalty: chat.PresencePenalty,
		FrequencyPenalty: chat.FrequencyPenalty, LogitBias: chat.LogitBias, Adapter: chat.Adapter, Fee: chat.Fee}
	if chat.Logprobs != nil && *chat.Logprobs {
		logprobs = true
		top := 0
		if chat.TopLogprobs != nil {
			top = *chat.TopLogprobs
		}
		req.Logprobs = &top
	}
	if e := checkCompletion(&req, cfg, "messages"); e != nil {
		if e.Param == "max_tokens" && chat.MaxCompletionTokens != 0 {
			e.Param = "max_completion_tokens"
		}
		return req, false, e
	}
	req.Stop = append(append(api.Stop{}, req.Stop...), ChatStops...)
	return req, logprobs, nil
}

// handleChatCompletions answers POST /v1/chat/completions (see run).
func (s *Server) handleChatCompletions(w http.ResponseWriter, r *http.Request) {
	s.run(w, r, true)
}

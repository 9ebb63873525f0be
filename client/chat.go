package client

import (
	"context"
	"net/http"

	"poa/api"
)

// Chat asks for a chat completion with attribution (POST /v1/chat/completions): the
// messages are rendered by the node's chat template (docs/api.md) and continued by
// the model named in req.Model. Every choice is a billed inference; a non-empty
// req.IdempotencyKey travels as the Idempotency-Key header. req.Stream must be
// unset or false (ChatStream streams).
func (c *Client) Chat(ctx context.Context, req api.ChatCompletionRequest) (api.ChatCompletionResponse, error) {
	var out api.ChatCompletionResponse
	var h []string
	if req.IdempotencyKey != "" {
		h = []string{"Idempotency-Key", req.IdempotencyKey}
	}
	err := c.do(ctx, http.MethodPost, "/v1/chat/completions", req, &out, h...)
	return out, err
}

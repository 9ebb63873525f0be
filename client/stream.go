package client

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"

	"poa/api"
)

// CompleteStream asks for a completion as server-sent events (req.Stream is set to
// true) and passes each chunk to fn as it arrives: text chunks, each choice's finish
// chunk, then a chunk with no choices whose Poa holds that choice's attribution, and
// (with req.StreamOptions.IncludeUsage) a usage chunk. It returns nil after the
// stream's [DONE]; an error response before the stream, or an error event in it, is
// an *api.Error; an error from fn ends the stream and is returned.
func (c *Client) CompleteStream(ctx context.Context, req api.CompletionRequest, fn func(api.CompletionChunk) error) error {
	on := true
	req.Stream = &on
	return c.stream(ctx, "/v1/completions", req, req.IdempotencyKey, func(data []byte) error {
		var ch api.CompletionChunk
		if err := json.Unmarshal(data, &ch); err != nil {
			return fmt.Errorf("client: stream chunk %.80q: %v: %w", data, err, ErrBadResponse)
		}
		return fn(ch)
	})
}

// ChatStream is CompleteStream for POST /v1/chat/completions: chunks carry deltas
// (the role in a choice's first, then text).
func (c *Client) ChatStream(ctx context.Context, req api.ChatCompletionRequest, fn func(api.ChatCompletionChunk) error) error {
	on := true
	req.Stream = &on
	return c.stream(ctx, "/v1/chat/completions", req, req.IdempotencyKey, func(data []byte) error {
		var ch api.ChatCompletionChunk
		if err := json.Unmarshal(data, &ch); err != nil {
			return fmt.Errorf("client: stream chunk %.80q: %v: %w", data, err, ErrBadResponse)
		}
		return fn(ch)
	})
}

// stream posts body to path and calls fn with each event's data until [DONE].
func (c *Client) stream(ctx context.Context, path string, body any, key string, fn func([]byte) error) error {
	b, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("client: encode POST %s: %w", path, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base.String()+path, bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("client: POST %s: %w", path, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	c.authorize(req)
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("client: POST %s: %w", path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		raw, _ := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
		return decodeError(resp.StatusCode, raw)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		return fmt.Errorf("client: POST %s: content type %q, want text/event-stream: %w", path, ct, ErrBadResponse)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), maxResponse)
	var event string
	var data []byte
	for sc.Scan() {
		line := sc.Bytes()
		switch {
		case len(line) == 0: // the end of an event
			if len(data) == 0 {
				event = ""
				continue
			}
			if event == "error" {
				return decodeError(0, data) // an error event has no HTTP status of its own
			}
			if string(data) == "[DONE]" {
				return nil
			}
			if err := fn(data); err != nil {
				return err
			}
			event, data = "", nil
		case bytes.HasPrefix(line, []byte("event:")):
			event = strings.TrimSpace(string(line[len("event:"):]))
		case bytes.HasPrefix(line, []byte("data:")):
			if len(data) > 0 {
				data = append(data, '\n')
			}
			data = append(data, bytes.TrimPrefix(line[len("data:"):], []byte(" "))...)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("client: POST %s: read stream: %w", path, err)
	}
	return fmt.Errorf("client: POST %s: the stream ended without [DONE]: %w", path, ErrBadResponse)
}

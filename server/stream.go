package server

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"poa/api"
)

// Streamer receives one completion's generation while it runs: the engine calls
// Token for each output token once it is final (a token that might start a stop
// string is held back until it is known not to), in order, from one goroutine at a
// time, and Generated once when generation has ended, before attribution. An error
// from Token (the client went away) ends the generation; the engine returns it.
type Streamer interface {
	Token(Token) error
	Generated(finishReason string)
}

type streamerKey struct{}

// WithStreamer returns ctx carrying st, for Engine.Complete (as net/http/httptrace
// carries its hooks).
func WithStreamer(ctx context.Context, st Streamer) context.Context {
	return context.WithValue(ctx, streamerKey{}, st)
}

// StreamerFrom returns the Streamer ctx carries, or nil.
func StreamerFrom(ctx context.Context) Streamer {
	st, _ := ctx.Value(streamerKey{}).(Streamer)
	return st
}

// sse writes server-sent events. Its status and headers go out with the first event,
// so that an error before it is still a plain JSON error response.
type sse struct {
	w       http.ResponseWriter
	mu      sync.Mutex
	started bool
}

// event writes one "data:" event (named, when name is not empty) and flushes it.
func (e *sse) event(name string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return e.raw(name, b)
}

func (e *sse) raw(name string, data []byte) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.started {
		h := e.w.Header()
		h.Set("Content-Type", "text/event-stream")
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Accel-Buffering", "no") // proxies: do not buffer the stream
		e.w.WriteHeader(http.StatusOK)
		e.started = true
	}
	buf := make([]byte, 0, len(data)+32)
	if name != "" {
		buf = append(append(append(buf, "event: "...), name...), '\n')
	}
	buf = append(append(append(buf, "data: "...), data...), "\n\n"...)
	if _, err := e.w.Write(buf); err != nil {
		return err
	}
	return http.NewResponseController(e.w).Flush()
}

// stream answers j with server-sent events: per choice its text chunks as the
// engine generates them, a chunk with its finish_reason, then a chunk with no
// choices whose poa field holds its attribution; after the last choice a usage
// chunk (stream_options.include_usage) and "data: [DONE]". An error before the
// first event is a JSON error response; after it, an "error" event with the error
// envelope, and the stream ends.
func (s *Server) stream(ctx context.Context, w http.ResponseWriter, r *http.Request, j *job) {
	out := &sse{w: w}
	id := "cmpl-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	if j.chat {
		id = "chat" + id
	}
	var usage api.Usage
	for i := range j.n {
		cs := &choiceStream{out: out, j: j, id: id, created: time.Now().Unix(), index: i}
		c, err := s.complete(WithStreamer(ctx, cs), j, i)
		if err == nil && cs.err != nil {
			err = cs.err
		}
		if err != nil {
			out.mu.Lock()
			started := out.started
			out.mu.Unlock()
			if !started {
				s.fail(w, r, err)
				return
			}
			if r.Context().Err() != nil {
				return // the client went away: nobody reads an error event
			}
			e := toAPIError(err)
			if e.Status >= 500 && e.Code != api.CodeNotReady {
				s.log.Error("stream failed", "path", r.URL.Path, "err", err)
			}
			if e.Type == "" {
				c := *e
				c.Type = "invalid_request_error"
				if e.Status >= 500 {
					c.Type = "server_error"
				}
				e = &c
			}
			out.event("error", api.ErrorResponse{Error: e})
			return
		}
		if err := cs.finish(c); err != nil {
			return // the client went away
		}
		seed := j.seed
		if seed != nil {
			v := *seed + int64(i)
			seed = &v
		}
		if err := cs.send(nil, &api.StreamExtra{Index: i, Seed: seed, Attribution: attributionOf(c)}); err != nil {
			return
		}
		usage.PromptTokens = c.PromptTokens
		usage.CompletionTokens += c.CompletionTokens
	}
	if o := j.req.StreamOptions; o != nil && o.IncludeUsage {
		usage.TotalTokens = usage.PromptTokens + usage.CompletionTokens
		cs := &choiceStream{out: out, j: j, id: id, created: time.Now().Unix()}
		if err := cs.sendUsage(&usage); err != nil {
			return
		}
	}
	out.raw("", []byte("[DONE]"))
}

// choiceStream is the Streamer of one choice: it sends each token's text (with its
// logprobs when asked for) in a chunk, holding back tokens that end inside a UTF-8
// character until the character is whole, so that the chunks' texts concatenate to
// the choice's text.
type choiceStream struct {
	out     *sse
	j       *job
	id      string
	created int64
	index   int

	pending  []Token // tokens not sent yet (an incomplete UTF-8 character)
	sentText int     // bytes of text sent
	tokens   int     // tokens reported by the engine
	roleSent bool
	finished bool
	err      error // the first send error
}

func (c *choiceStream) Token(t Token) error {
	if c.err != nil {
		return c.err
	}
	c.tokens++
	c.pending = append(c.pending, t)
	text := ""
	for _, p := range c.pending {
		text += p.Text
	}
	if !utf8.ValidString(text) {
		return nil // wait for the rest of the character
	}
	return c.flush()
}

func (c *choiceStream) Generated(finish string) {
	if c.err != nil || c.finished {
		return
	}
	if err := c.flush(); err != nil {
		return
	}
	c.finished = true
	c.sendFinish(finish)
}

// finish sends what the engine did not stream (an engine without a Streamer's calls
// sends its whole text in one chunk) and the finish chunk, unless Generated did.
func (c *choiceStream) finish(comp Completion) error {
	if c.err != nil {
		return c.err
	}
	if c.finished {
		return nil
	}
	if c.tokens == 0 && comp.Text != "" {
		c.pending = comp.Tokens
		if comp.Tokens == nil {
			c.pending = []Token{{Text: comp.Text}}
		}
	}
	if err := c.flush(); err != nil {
		return err
	}
	c.finished = true
	return c.sendFinish(comp.FinishReason)
}

// flush sends the pending tokens as one chunk.
func (c *choiceStream) flush() error {
	if len(c.pending) == 0 {
		return nil
	}
	toks := c.pending
	c.pending = nil
	text := ""
	for _, t := range toks {
		text += t.Text
	}
	ch := c.j
	var err error
	if ch.chat {
		cc := api.ChatChunkChoice{Index: c.index, Delta: api.ChatDelta{Content: text}}
		if ch.logprobs {
			cc.Logprobs = chatLogprobs(toks)
		}
		err = c.sendChat(cc)
	} else {
		cc := api.ChunkChoice{Text: text, Index: c.index}
		if ch.logprobs {
			cc.Logprobs = completionLogprobs(toks, c.sentText)
		}
		err = c.send(&cc, nil)
	}
	c.sentText += len(text)
	return err
}

func (c *choiceStream) sendFinish(reason string) error {
	if c.j.chat {
		return c.sendChat(api.ChatChunkChoice{Index: c.index, FinishReason: &reason})
	}
	return c.send(&api.ChunkChoice{Index: c.index, FinishReason: &reason}, nil)
}

// sendChat sends one chat chunk; a choice's first carries the role.
func (c *choiceStream) sendChat(cc api.ChatChunkChoice) error {
	if !c.roleSent {
		cc.Delta.Role = "assistant"
		c.roleSent = true
	}
	return c.emit(api.ChatCompletionChunk{ID: c.id, Object: "chat.completion.chunk", Created: c.created, Model: c.j.model,
		Choices: []api.ChatChunkChoice{cc}})
}

// send sends a completion chunk with choice cc, or a chunk with no choices and extra.
func (c *choiceStream) send(cc *api.ChunkChoice, extra *api.StreamExtra) error {
	if c.j.chat {
		if cc != nil {
			panic("server: completion choice in a chat stream")
		}
		return c.emit(api.ChatCompletionChunk{ID: c.id, Object: "chat.completion.chunk", Created: c.created, Model: c.j.model,
			Choices: []api.ChatChunkChoice{}, Poa: extra})
	}
	chunk := api.CompletionChunk{ID: c.id, Object: "text_completion", Created: c.created, Model: c.j.model,
		Choices: []api.ChunkChoice{}, Poa: extra}
	if cc != nil {
		chunk.Choices = append(chunk.Choices, *cc)
	}
	return c.emit(chunk)
}

func (c *choiceStream) sendUsage(u *api.Usage) error {
	if c.j.chat {
		return c.emit(api.ChatCompletionChunk{ID: c.id, Object: "chat.completion.chunk", Created: c.created, Model: c.j.model,
			Choices: []api.ChatChunkChoice{}, Usage: u})
	}
	return c.emit(api.CompletionChunk{ID: c.id, Object: "text_completion", Created: c.created, Model: c.j.model,
		Choices: []api.ChunkChoice{}, Usage: u})
}

func (c *choiceStream) emit(v any) error {
	if c.err != nil {
		return c.err
	}
	c.err = c.out.event("", v)
	return c.err
}

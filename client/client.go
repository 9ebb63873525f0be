package client

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"poa/api"
)

// maxResponse bounds the response bodies the client reads.
const maxResponse = 64 << 20

// Client talks to one node. It is safe for concurrent use.
type Client struct {
	base   *url.URL
	http   *http.Client
	apiKey string
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient uses hc for requests (default: a client with a 5-minute timeout).
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.http = hc } }

// WithAPIKey sends key (a token from `poa keys create`) as "Authorization: Bearer
// <key>" on every request; an empty key sends none (docs/auth.md).
func WithAPIKey(key string) Option { return func(c *Client) { c.apiKey = key } }

// authorize sets the request's Authorization header from WithAPIKey.
func (c *Client) authorize(req *http.Request) {
	if c.apiKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
	}
}

// New returns a client of the node at baseURL (http or https, no query).
func New(baseURL string, opts ...Option) (*Client, error) {
	u, err := url.Parse(strings.TrimRight(baseURL, "/"))
	if err != nil {
		return nil, fmt.Errorf("client: node URL %q: %w", baseURL, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" {
		return nil, fmt.Errorf("client: node URL %q: want http(s)://host[:port][/prefix]: %w", baseURL, ErrBadURL)
	}
	c := &Client{base: u, http: &http.Client{Timeout: 5 * time.Minute}}
	for _, o := range opts {
		o(c)
	}
	return c, nil
}

// IsCode reports whether err is an API error with the given code.
func IsCode(err error, code string) bool {
	var e *api.Error
	return errors.As(err, &e) && e.Code == code
}

// do sends method path with body (JSON-encoded unless nil) and decodes a 2xx
// answer into out.
func (c *Client) do(ctx context.Context, method, path string, body, out any, headers ...string) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return fmt.Errorf("client: encode %s %s: %w", method, path, err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base.String()+path, rd)
	if err != nil {
		return fmt.Errorf("client: %s %s: %w", method, path, err)
	}
	req.Header.Set("Accept", "application/json")
	c.authorize(req)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("client: %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse+1))
	if err != nil {
		return fmt.Errorf("client: %s %s: read response: %w", method, path, err)
	}
	if len(raw) > maxResponse {
		return fmt.Errorf("client: %s %s: response over %d bytes: %w", method, path, maxResponse, ErrBadResponse)
	}
	if resp.StatusCode >= 300 {
		return decodeError(resp.StatusCode, raw)
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("client: %s %s: decode %.80q: %v: %w", method, path, raw, err, ErrBadResponse)
	}
	return nil
}

// decodeError turns an error response into an *api.Error; a body that is not
// the API's envelope (a proxy's page) keeps the status with code "http_<status>".
func decodeError(status int, raw []byte) error {
	var env api.ErrorResponse
	if err := json.Unmarshal(raw, &env); err == nil && env.Error != nil && env.Error.Code != "" {
		env.Error.Status = status
		return env.Error
	}
	msg := strings.TrimSpace(string(raw))
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	if msg == "" {
		msg = http.StatusText(status)
	}
	return &api.Error{Status: status, Code: "http_" + strconv.Itoa(status), Message: msg}
}

// Complete asks for a completion with attribution. Every call is a billed inference;
// a non-empty req.IdempotencyKey travels as the Idempotency-Key header, so that a
// retried call is billed once and answered with the first call's record.
func (c *Client) Complete(ctx context.Context, req api.CompletionRequest) (api.CompletionResponse, error) {
	var out api.CompletionResponse
	var h []string
	if req.IdempotencyKey != "" {
		h = []string{"Idempotency-Key", req.IdempotencyKey}
	}
	err := c.do(ctx, http.MethodPost, "/v1/completions", req, &out, h...)
	return out, err
}

// Attribution returns the attribution record id.
func (c *Client) Attribution(ctx context.Context, id string) (api.AttributionView, error) {
	var out api.AttributionView
	err := c.do(ctx, http.MethodGet, "/v1/attributions/"+url.PathEscape(id), nil, &out)
	return out, err
}

// Datanets lists the node's datanets.
func (c *Client) Datanets(ctx context.Context) ([]api.DatanetView, error) {
	var out api.List[api.DatanetView]
	err := c.do(ctx, http.MethodGet, "/v1/datanets", nil, &out)
	return out.Data, err
}

// Adapters lists the adapters completions may name.
func (c *Client) Adapters(ctx context.Context) ([]api.AdapterView, error) {
	var out api.List[api.AdapterView]
	err := c.do(ctx, http.MethodGet, "/v1/adapters", nil, &out)
	return out.Data, err
}

// Models lists the models a completion may name (CompletionRequest.Model): the base
// model(s) and every adapter, with its base model as Parent.
func (c *Client) Models(ctx context.Context) ([]api.ModelView, error) {
	var out api.List[api.ModelView]
	err := c.do(ctx, http.MethodGet, "/v1/models", nil, &out)
	return out.Data, err
}

// Contributor returns a contributor's data, scores, payouts and claims.
func (c *Client) Contributor(ctx context.Context, address string) (api.ContributorView, error) {
	var out api.ContributorView
	err := c.do(ctx, http.MethodGet, "/v1/contributors/"+url.PathEscape(address), nil, &out)
	return out, err
}

// CloseEpoch closes the open epoch. With req.Settle the node settles it as a job
// (SettleEpoch); CloseEpoch then waits for the job (WaitSettleJob) and returns the
// settled epoch, or the job's error as an *api.Error with its code.
func (c *Client) CloseEpoch(ctx context.Context, req api.CloseEpochRequest) (api.EpochView, error) {
	if req.Settle {
		var raw json.RawMessage
		if err := c.do(ctx, http.MethodPost, "/v1/epochs/close", req, &raw); err != nil {
			return api.EpochView{}, err
		}
		var j api.SettleJobView
		if err := json.Unmarshal(raw, &j); err != nil || j.Object != "settle_job" {
			// A node that settles inside the request answers the epoch itself.
			var out api.EpochView
			if err := json.Unmarshal(raw, &out); err != nil {
				return out, fmt.Errorf("client: POST /v1/epochs/close: decode %.80q: %v: %w", raw, err, ErrBadResponse)
			}
			return out, nil
		}
		j, err := c.WaitSettleJob(ctx, j.ID, nil)
		if err != nil {
			return api.EpochView{}, err
		}
		if j.Status != api.JobDone || j.Result == nil {
			return api.EpochView{}, &api.Error{Status: http.StatusInternalServerError, Code: cmp.Or(j.Code, api.CodeInternal),
				Message: fmt.Sprintf("settle job %s %s in phase %s: %s", j.ID, j.Status, j.Phase, j.Error)}
		}
		return *j.Result, nil
	}
	var out api.EpochView
	err := c.do(ctx, http.MethodPost, "/v1/epochs/close", req, &out)
	return out, err
}

// Epoch returns epoch id; 0 asks for the latest closed epoch.
func (c *Client) Epoch(ctx context.Context, id uint64) (api.EpochView, error) {
	p := "latest"
	if id > 0 {
		p = strconv.FormatUint(id, 10)
	}
	var out api.EpochView
	err := c.do(ctx, http.MethodGet, "/v1/epochs/"+p, nil, &out)
	return out, err
}

// Health returns the node's health.
func (c *Client) Health(ctx context.Context) (api.Health, error) {
	var out api.Health
	err := c.do(ctx, http.MethodGet, "/healthz", nil, &out)
	return out, err
}

// Metrics returns the node's Prometheus exposition text.
func (c *Client) Metrics(ctx context.Context) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base.String()+"/metrics", nil)
	if err != nil {
		return "", err
	}
	c.authorize(req)
	resp, err := c.http.Do(req)
	if err != nil {
		return "", fmt.Errorf("client: GET /metrics: %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return "", fmt.Errorf("client: GET /metrics: %w", err)
	}
	if resp.StatusCode >= 300 {
		return "", decodeError(resp.StatusCode, raw)
	}
	return string(raw), nil
}

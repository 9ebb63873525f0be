package client

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"poa/api"
)

// CreateJob starts a ModelFactory fine-tune job (POST /v1/jobs; needs an admin
// key). A running job makes it fail with api.CodeJobBusy.
func (c *Client) CreateJob(ctx context.Context, req api.CreateJobRequest) (api.JobView, error) {
	var v api.JobView
	err := c.do(ctx, http.MethodPost, "/v1/jobs", req, &v)
	return v, err
}

// Jobs lists the node's jobs, newest first, without their losses.
func (c *Client) Jobs(ctx context.Context) ([]api.JobView, error) {
	var l api.List[api.JobView]
	err := c.do(ctx, http.MethodGet, "/v1/jobs", nil, &l)
	return l.Data, err
}

// Job returns one job with all its training losses.
func (c *Client) Job(ctx context.Context, id string) (api.JobView, error) {
	var v api.JobView
	err := c.do(ctx, http.MethodGet, "/v1/jobs/"+url.PathEscape(id), nil, &v)
	return v, err
}

// CancelJob stops a running job after its current step and returns it cancelled
// (api.CodeJobState when it is not running).
func (c *Client) CancelJob(ctx context.Context, id string) (api.JobView, error) {
	var v api.JobView
	err := c.do(ctx, http.MethodPost, "/v1/jobs/"+url.PathEscape(id)+"/cancel", struct{}{}, &v)
	return v, err
}

// ResumeJob restarts a cancelled, interrupted or failed job from its checkpoint.
func (c *Client) ResumeJob(ctx context.Context, id string) (api.JobView, error) {
	var v api.JobView
	err := c.do(ctx, http.MethodPost, "/v1/jobs/"+url.PathEscape(id)+"/resume", struct{}{}, &v)
	return v, err
}

// WatchJob follows GET /v1/jobs/{id}/events, calling fn with each event as it comes
// (its Losses are those since the previous event, from LossesFrom), and returns
// the last one when the job is no longer running; the stream's end before that
// is ErrBadResponse (call again to reconnect). An error from fn stops it.
func (c *Client) WatchJob(ctx context.Context, id string, fn func(api.JobView) error) (api.JobView, error) {
	var last api.JobView
	path := "/v1/jobs/" + url.PathEscape(id) + "/events"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base.String()+path, nil)
	if err != nil {
		return last, fmt.Errorf("client: GET %s: %w", path, err)
	}
	req.Header.Set("Accept", "text/event-stream")
	c.authorize(req)
	resp, err := c.http.Do(req)
	if err != nil {
		return last, fmt.Errorf("client: GET %s: %w", path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		raw, _ := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
		return last, decodeError(resp.StatusCode, raw)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), maxResponse)
	var event string
	var data []byte
	for sc.Scan() {
		line := sc.Bytes()
		switch {
		case len(line) == 0:
			if len(data) == 0 {
				continue
			}
			if event == "error" {
				return last, decodeError(0, data)
			}
			var v api.JobView
			if err := json.Unmarshal(data, &v); err != nil {
				return last, fmt.Errorf("client: job event %.80q: %v: %w", data, err, ErrBadResponse)
			}
			last = v
			if err := fn(v); err != nil {
				return last, err
			}
			if v.Terminal() {
				return last, nil
			}
			event, data = "", nil
		case bytes.HasPrefix(line, []byte("event:")):
			event = strings.TrimSpace(string(line[len("event:"):]))
		case bytes.HasPrefix(line, []byte("data:")):
			data = append(data, bytes.TrimPrefix(line[len("data:"):], []byte(" "))...)
		}
	}
	if err := sc.Err(); err != nil {
		return last, fmt.Errorf("client: GET %s: read stream: %w", path, err)
	}
	return last, fmt.Errorf("client: GET %s: the stream ended before the job did: %w", path, ErrBadResponse)
}

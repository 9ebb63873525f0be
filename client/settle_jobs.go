package client

import (
	"context"
	"net/http"
	"net/url"
	"time"

	"poa/api"
)

// SettleEpoch starts a settle job on the node (POST /v1/epochs/close with settle:
// true; needs an admin key) and returns it running: it closes the open epoch, proves
// and attests its records' scores, proves the split and posts it, in the background.
// Another settle job running makes it fail with api.CodeJobBusy; nothing to settle
// with api.CodeEpochEmpty. req.Settle is set.
func (c *Client) SettleEpoch(ctx context.Context, req api.CloseEpochRequest) (api.SettleJobView, error) {
	req.Settle = true
	var v api.SettleJobView
	err := c.do(ctx, http.MethodPost, "/v1/epochs/close", req, &v)
	return v, err
}

// SettleJobs lists the node's settle jobs, newest first.
func (c *Client) SettleJobs(ctx context.Context) ([]api.SettleJobView, error) {
	var l api.List[api.SettleJobView]
	err := c.do(ctx, http.MethodGet, "/v1/settle-jobs", nil, &l)
	return l.Data, err
}

// SettleJob returns one settle job.
func (c *Client) SettleJob(ctx context.Context, id string) (api.SettleJobView, error) {
	var v api.SettleJobView
	err := c.do(ctx, http.MethodGet, "/v1/settle-jobs/"+url.PathEscape(id), nil, &v)
	return v, err
}

// WaitSettleJob polls settle job id (every 100 ms at first, backing off to every 2 s)
// until it is no longer running or ctx ends, calling fn, when set, with each answer,
// and returns the last one.
func (c *Client) WaitSettleJob(ctx context.Context, id string, fn func(api.SettleJobView)) (api.SettleJobView, error) {
	wait := 100 * time.Millisecond
	for {
		v, err := c.SettleJob(ctx, id)
		if err != nil {
			return v, err
		}
		if fn != nil {
			fn(v)
		}
		if v.Terminal() {
			return v, nil
		}
		select {
		case <-ctx.Done():
			return v, ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 2*time.Second)
	}
}

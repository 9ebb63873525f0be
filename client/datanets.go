package client

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"

	"poa/api"
)

// CreateDatanet creates an empty datanet (POST /v1/datanets); a taken name is an
// *api.Error with code api.CodeExists.
func (c *Client) CreateDatanet(ctx context.Context, req api.CreateDatanetRequest) (api.DatanetView, error) {
	var out api.DatanetView
	err := c.do(ctx, http.MethodPost, "/v1/datanets", req, &out)
	return out, err
}

// ImportDatanet uploads req.Data into datanet name as one atomic import (POST
// /v1/datanets/{name}/import): one bad record and nothing is added, the error
// (400 bad_request) listing the bad records by line.
func (c *Client) ImportDatanet(ctx context.Context, name string, req api.DatanetImport) (api.ImportResult, error) {
	q := url.Values{}
	set := func(k, v string) {
		if v != "" {
			q.Set(k, v)
		}
	}
	set("format", req.Format)
	set("filename", req.Filename)
	set("contributor", req.Contributor)
	if req.Paragraphs {
		q.Set("paragraphs", "true")
	}
	if req.MaxDocBytes != 0 {
		q.Set("max_doc_bytes", strconv.Itoa(req.MaxDocBytes))
	}
	if req.NearDuplicate != 0 {
		q.Set("near_duplicate", strconv.FormatFloat(req.NearDuplicate, 'g', -1, 64))
	}
	path := "/v1/datanets/" + url.PathEscape(name) + "/import"
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	var out api.ImportResult
	err := c.raw(ctx, http.MethodPost, path, bytes.NewReader(req.Data), "application/octet-stream", func(r io.Reader) error {
		return decodeBody(r, &out, http.MethodPost, path)
	})
	return out, err
}

// ExportDatanet writes datanet name as jsonl to w (GET /v1/datanets/{name}/export,
// what `poa datanet export` writes) and returns the bytes written.
func (c *Client) ExportDatanet(ctx context.Context, name string, w io.Writer) (int64, error) {
	path := "/v1/datanets/" + url.PathEscape(name) + "/export"
	var n int64
	err := c.raw(ctx, http.MethodGet, path, nil, "", func(r io.Reader) error {
		var err error
		n, err = io.Copy(w, r)
		if err != nil {
			return fmt.Errorf("client: GET %s: %w", path, err)
		}
		return nil
	})
	return n, err
}

// Records lists the node's public stored records of kind (GET /v1/records/{kind}):
// model, adapter, epoch, proof, key, deployment, commitment, sketch, index,
// attribution, config.
func (c *Client) Records(ctx context.Context, kind string) ([]api.RecordView, error) {
	var out api.List[api.RecordView]
	err := c.do(ctx, http.MethodGet, "/v1/records/"+url.PathEscape(kind), nil, &out)
	return out.Data, err
}

// Record returns one public stored record (GET /v1/records/{kind}/{key}); a missing
// one is an *api.Error with code api.CodeNotFound.
func (c *Client) Record(ctx context.Context, kind, key string) (api.RecordView, error) {
	var out api.RecordView
	err := c.do(ctx, http.MethodGet, "/v1/records/"+url.PathEscape(kind)+"/"+url.PathEscape(key), nil, &out)
	return out, err
}

// raw sends method path with body as is and hands a 2xx response's body to read;
// an error status is decoded as do decodes it.
func (c *Client) raw(ctx context.Context, method, path string, body io.Reader, contentType string, read func(io.Reader) error) error {
	req, err := http.NewRequestWithContext(ctx, method, c.base.String()+path, body)
	if err != nil {
		return fmt.Errorf("client: %s %s: %w", method, path, err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	c.authorize(req)
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("client: %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		b, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
		if err != nil {
			return fmt.Errorf("client: %s %s: read response: %w", method, path, err)
		}
		return decodeError(resp.StatusCode, b)
	}
	return read(resp.Body)
}

// decodeBody decodes a JSON response body of at most maxResponse bytes into out.
func decodeBody(r io.Reader, out any, method, path string) error {
	b, err := io.ReadAll(io.LimitReader(r, maxResponse+1))
	if err != nil {
		return fmt.Errorf("client: %s %s: read response: %w", method, path, err)
	}
	if len(b) > maxResponse {
		return fmt.Errorf("client: %s %s: response over %d bytes: %w", method, path, maxResponse, ErrBadResponse)
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("client: %s %s: decode %.80q: %v: %w", method, path, b, err, ErrBadResponse)
	}
	return nil
}

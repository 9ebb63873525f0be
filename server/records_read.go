package server

import (
	"bufio"
	"context"
	"fmt"
	"net/http"

	"poa/api"
	"poa/store"
)

// handleRecords answers GET /v1/records/{kind} (RecordReader): the public stored
// records of kind, as their owners wrote them.
func (s *Server) handleRecords(w http.ResponseWriter, r *http.Request) {
	rr, ok := s.eng.(RecordReader)
	if !ok {
		s.fail(w, r, fmt.Errorf("stored records: this node does not serve them: %w", ErrNotReady))
		return
	}
	kind := r.PathValue("kind")
	respondList(s, w, r, func(ctx context.Context) ([]api.RecordView, error) { return rr.Records(ctx, kind, "") })
}

// handleRecord answers GET /v1/records/{kind}/{key} (RecordReader).
func (s *Server) handleRecord(w http.ResponseWriter, r *http.Request) {
	rr, ok := s.eng.(RecordReader)
	if !ok {
		s.fail(w, r, fmt.Errorf("stored records: this node does not serve them: %w", ErrNotReady))
		return
	}
	kind, key := r.PathValue("kind"), r.PathValue("key")
	if key == "" || len(key) > 256 {
		s.writeError(w, r, apiErr(http.StatusBadRequest, api.CodeBadRequest, "record key must be 1–256 bytes"))
		return
	}
	respond(s, w, r, func(ctx context.Context) (api.RecordView, error) {
		v, err := rr.Records(ctx, kind, key)
		if err != nil {
			return api.RecordView{}, err
		}
		if len(v) != 1 {
			return api.RecordView{}, fmt.Errorf("%s %q: %w", kind, key, store.ErrNotFound)
		}
		return v[0], nil
	})
}

// handleExportDatanet answers GET /v1/datanets/{name}/export (RecordReader): the
// datanet as jsonl (application/x-ndjson), as `poa datanet export` writes it.
func (s *Server) handleExportDatanet(w http.ResponseWriter, r *http.Request) {
	rr, ok := s.eng.(RecordReader)
	if !ok {
		s.fail(w, r, fmt.Errorf("datanet export: this node does not serve it: %w", ErrNotReady))
		return
	}
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	lw := &lazyWriter{w: w}
	bw := bufio.NewWriter(lw)
	_, err := rr.ExportDatanet(ctx, bw, r.PathValue("name"))
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		if !lw.started {
			s.fail(w, r, err)
			return
		}
		// The status is sent: cut the stream short, so the client sees an error.
		s.log.Error("datanet export failed mid-stream", "path", r.URL.Path, "err", err)
		panic(http.ErrAbortHandler)
	}
	if !lw.started { // an empty datanet
		lw.start()
	}
}

// lazyWriter sends the export's headers at its first write, so an error before
// any data still answers with an error status.
type lazyWriter struct {
	w       http.ResponseWriter
	started bool
}

func (l *lazyWriter) start() {
	l.started = true
	l.w.Header().Set("Content-Type", "application/x-ndjson")
	l.w.Header().Set("Cache-Control", "no-store")
	l.w.WriteHeader(http.StatusOK)
}

func (l *lazyWriter) Write(b []byte) (int, error) {
	if !l.started {
		l.start()
	}
	return l.w.Write(b)
}

package server

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"poa/api"
	"poa/datanet"
	"poa/store"
)

// maxImportErrors bounds how many bad records a 400 answer to an import lists.
const maxImportErrors = 100

// handleDatanetsByMethod serves /v1/datanets: GET lists, POST creates.
func (s *Server) handleDatanetsByMethod(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		s.handleCreateDatanet(w, r)
		return
	}
	s.handleDatanets(w, r)
}

// handleCreateDatanet answers POST /v1/datanets (DatanetWriter): 201 with the new
// datanet, 409 already_exists when it exists, 400 for a bad name or owner.
func (s *Server) handleCreateDatanet(w http.ResponseWriter, r *http.Request) {
	dw, ok := s.eng.(DatanetWriter)
	if !ok {
		s.fail(w, r, fmt.Errorf("datanet writes: this node takes no data: %w", ErrNotReady))
		return
	}
	var req api.CreateDatanetRequest
	if e := decodeJSON(r.Body, &req); e != nil {
		s.writeError(w, r, e)
		return
	}
	if !store.ValidName(req.Name) {
		e := apiErr(http.StatusBadRequest, api.CodeBadRequest, "datanet name %.80q: want 1–64 characters of a-z, 0-9, '.', '_', '-', starting with a letter or digit", req.Name)
		e.Param = "name"
		s.writeError(w, r, e)
		return
	}
	if req.Owner != "" {
		a, err := datanet.CheckAddress(req.Owner)
		if err != nil {
			e := apiErr(http.StatusBadRequest, api.CodeBadAddress, "owner %v", err)
			e.Param = "owner"
			s.writeError(w, r, e)
			return
		}
		req.Owner = a
	}
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	v, err := dw.CreateDatanet(ctx, req)
	if errors.Is(err, store.ErrExists) {
		e := apiErr(http.StatusConflict, api.CodeExists, "%v", err)
		e.Param = "name"
		s.writeError(w, r, e)
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusCreated, v)
}

// handleImportDatanet answers POST /v1/datanets/{name}/import (DatanetWriter): the
// body is the file, the query its options (api.DatanetImport).
func (s *Server) handleImportDatanet(w http.ResponseWriter, r *http.Request) {
	dw, ok := s.eng.(DatanetWriter)
	if !ok {
		s.fail(w, r, fmt.Errorf("datanet writes: this node takes no data: %w", ErrNotReady))
		return
	}
	name := r.PathValue("name")
	req, e := parseImportQuery(r)
	if e != nil {
		s.writeError(w, r, e)
		return
	}
	data, err := io.ReadAll(r.Body)
	if err != nil {
		s.fail(w, r, err) // over --max-body: 413
		return
	}
	if len(data) == 0 {
		s.writeError(w, r, apiErr(http.StatusBadRequest, api.CodeBadRequest, "empty body: send the file's bytes"))
		return
	}
	req.Data = data
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	respond(s, w, r, func(context.Context) (api.ImportResult, error) { return dw.ImportDatanet(ctx, name, req) })
}

// parseImportQuery reads an import's options from the query string.
func parseImportQuery(r *http.Request) (api.DatanetImport, *api.Error) {
	q := r.URL.Query()
	req := api.DatanetImport{Format: q.Get("format"), Filename: q.Get("filename"), Contributor: q.Get("contributor")}
	bad := func(param, format string, args ...any) *api.Error {
		e := apiErr(http.StatusBadRequest, api.CodeBadRequest, format, args...)
		e.Param = param
		return e
	}
	for k := range q {
		switch k {
		case "format", "filename", "contributor", "paragraphs", "max_doc_bytes", "near_duplicate":
		default:
			return req, bad(k, "unknown query parameter %.40q (want format, filename, contributor, paragraphs, max_doc_bytes, near_duplicate)", k)
		}
	}
	if v := q.Get("paragraphs"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return req, bad("paragraphs", "paragraphs %.40q: want true or false", v)
		}
		req.Paragraphs = b
	}
	if v := q.Get("max_doc_bytes"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > datanet.MaxDocBytesLimit {
			return req, bad("max_doc_bytes", "max_doc_bytes %.40q: want 0 (1 MiB) to %d", v, datanet.MaxDocBytesLimit)
		}
		req.MaxDocBytes = n
	}
	if v := q.Get("near_duplicate"); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f != f || f > 1 {
			return req, bad("near_duplicate", "near_duplicate %.40q: want (0, 1], 0 for the default, negative for off", v)
		}
		req.NearDuplicate = f
	}
	if req.Contributor != "" {
		a, err := datanet.CheckContributor(req.Contributor)
		if err != nil {
			e := apiErr(http.StatusBadRequest, api.CodeBadAddress, "contributor %v", err)
			e.Param = "contributor"
			return req, e
		}
		req.Contributor = a
	}
	return req, nil
}

// ParseUpload parses an upload (api.DatanetImport) into records, all or nothing. A
// jsonl upload is checked line by line and every bad line is reported (up to 100),
// with its line number; the other formats report their parser's first error. A
// record left without a contributor (none in the record, none in req) is bad too.
// The error is an *api.Error (400 bad_request) listing the bad records, one a line.
func ParseUpload(req api.DatanetImport) ([]datanet.Record, error) {
	name := req.Filename
	if name == "" {
		name = "upload"
	}
	format := datanet.Format(req.Format)
	if format == "" {
		format = datanet.JSONL
		if req.Filename != "" {
			format = datanet.DetectFormat(req.Filename)
		}
	}
	opts := datanet.Options{MaxDocBytes: req.MaxDocBytes, Paragraphs: req.Paragraphs}
	if opts.MaxDocBytes == 0 {
		opts.MaxDocBytes = datanet.DefaultMaxDocBytes
	}
	var (
		recs []datanet.Record
		errs []string
		err  error
	)
	switch format {
	case datanet.JSONL:
		recs, errs = parseJSONLines(req.Data, name, &opts)
	case datanet.Text:
		recs, err = datanet.ParseText(bytes.NewReader(req.Data), name, &opts)
	case datanet.Fortune:
		recs, err = datanet.ParseFortune(bytes.NewReader(req.Data), name, &opts)
	case datanet.Dictd:
		return nil, &api.Error{Status: http.StatusBadRequest, Code: api.CodeBadRequest, Param: "format",
			Message: "a dictd dictionary is two files (.index and .dict): send its records as jsonl (`poa datanet add` does)"}
	default:
		return nil, &api.Error{Status: http.StatusBadRequest, Code: api.CodeBadRequest, Param: "format",
			Message: fmt.Sprintf("format %.40q: want jsonl, text or fortune", format)}
	}
	if err != nil {
		errs = append(errs, err.Error())
	}
	if len(errs) == 0 && len(recs) == 0 {
		errs = append(errs, fmt.Sprintf("%s: %v", name, datanet.ErrNoRecords))
	}
	if len(errs) == 0 && req.Contributor == "" {
		for _, r := range recs {
			if r.Contributor == "" {
				errs = append(errs, fmt.Sprintf("%s: no contributor (give the contributor parameter or a \"contributor\" field)", r.Source))
				if len(errs) == maxImportErrors {
					break
				}
			}
		}
	}
	if len(errs) > 0 {
		more := ""
		if len(errs) >= maxImportErrors {
			more = " (the first 100)"
		}
		return nil, &api.Error{Status: http.StatusBadRequest, Code: api.CodeBadRequest,
			Message: fmt.Sprintf("nothing imported: %d bad record(s)%s:\n%s", len(errs), more, strings.Join(errs, "\n"))}
	}
	return recs, nil
}

// parseJSONLines parses jsonl one line at a time, so that every bad line is named.
func parseJSONLines(data []byte, name string, opts *datanet.Options) ([]datanet.Record, []string) {
	var (
		recs []datanet.Record
		errs []string
	)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 4*opts.MaxDocBytes+(1<<16))
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		src := name + ":" + strconv.Itoa(line)
		rs, err := datanet.ParseJSONL(bytes.NewReader(b), src, opts)
		if err != nil {
			// ParseJSONL labels its one line "src:1".
			errs = append(errs, strings.Replace(err.Error(), src+":1", src, 1))
			if len(errs) == maxImportErrors {
				return nil, errs
			}
			continue
		}
		for i := range rs {
			rs[i].Source = src
		}
		recs = append(recs, rs...)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Sprintf("%s: %v", name, err))
	}
	return recs, errs
}

// importResultView is the api view of a store import.
func importResultView(r store.ImportResult) api.ImportResult {
	return api.ImportResult{Import: r.Import, Datanet: r.Datanet, Added: r.Added, Tokens: r.Tokens,
		Duplicates: r.Duplicates, NearDuplicates: r.NearDuplicates, DupIDs: r.DupIDs}
}

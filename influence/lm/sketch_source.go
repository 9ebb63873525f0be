package lm

import (
	"context"
	"errors"
	"fmt"

	"poa/gradients"
	"poa/influence"
	"poa/store"
)

// sketchRows is what the committed scorer reads of the preconditioned sketches: the
// rows in the monolithic file's order and their "datanet/point" ids.
type sketchRows interface {
	Dims() (n, k int)
	Row(i int) []float32
	ID(i int) string
}

// RowScore is a sketch row with its exact integer score against a quantized query.
type RowScore struct {
	Row   int
	Score int64
}

// SketchSource is an adapter's preconditioned gradient sketches that Attribute scans
// in place of the store's monolithic sketch file (Options.Sketches): influence/shard's
// sketch set implements it. Rows are the monolithic file's, in its order, and every
// answer must be the one the file gives: TopK is influence.ScanTopK over all rows,
// IntegerTopK the committed scorer's selection (the rows with the largest integer
// score against the quantized rows, ties to the smaller row, among the points keep
// accepts, and how many rejected points were met first; keep is not safe for
// concurrent use, so a source that walks in parallel serialises its calls), Root and Shift the committed sketch tree's root (0x-hex) and
// quantization shift.
type SketchSource interface {
	sketchRows
	TopK(q []float32, k int) []influence.Hit
	IntegerTopK(qq []int32, k int, keep func(datanet, point string) (bool, error)) ([]RowScore, int, error)
	Root() string
	Shift() int
	// Adapter names the adapter whose sketches these are.
	Adapter() string
	// Describe names the source for logs ("sketch set, 3 shards at DIR").
	Describe() string
}

// ErrSketchSource is returned when Options.Sketches is not the adapter's committed
// sketches (another adapter, or a root or shape that is not its registered commitment's).
var ErrSketchSource = errors.New("sketch source does not match the adapter's commitment")

// sourceSketches checks o.Sketches against the adapter: its sketch record (the
// projection and the damping the record keeps), and its registered commitment, which
// must describe the loaded weights and the sketch record (not stale) and whose root,
// shift and shape the source must have. No commitment is built here: a source
// without a current commitment is an error (ErrNoCommitment, ErrStale or
// ErrSketchSource).
func sourceSketches(s *store.Store, l *loaded, src SketchSource) (store.SketchMeta, *gradients.Projector, *influence.Commitment, error) {
	var meta store.SketchMeta
	if a := src.Adapter(); a != l.arec.Name {
		return meta, nil, nil, fmt.Errorf("attribute: %s holds adapter %q's sketches, not %q's: %w", src.Describe(), a, l.arec.Name, ErrSketchSource)
	}
	c, err := LoadCommitment(s, l.arec.Name)
	if err != nil {
		return meta, nil, nil, fmt.Errorf("attribute: sketches from %s: %w", src.Describe(), err)
	}
	if c.Set != nil {
		// Committed from a sketch set: the set stands for the sketch record (records
		// name the set and its manifest's CRC-32C).
		meta = setMeta(c)
	} else {
		_, preName := SketchNames(l.arec.Name)
		if err := s.Get(store.KindSketch, preName, &meta); err != nil {
			if errors.Is(err, store.ErrNotFound) {
				return meta, nil, nil, fmt.Errorf("adapter %q: %w: no sketch record %s (run `poa influence sketch --adapter %s`)", l.arec.Name, ErrNoSketches, preName, l.arec.Name)
			}
			return meta, nil, nil, err
		}
	}
	proj, err := sketchProjector(l, meta)
	if err != nil {
		return meta, nil, nil, err
	}
	if why := current(c, l, meta); why != "" {
		return meta, nil, nil, fmt.Errorf("attribute: adapter %q's commitment is stale (%s): %w (run `poa evidence commit %s`)", l.arec.Name, why, ErrStale, l.arec.Name)
	}
	n, k := src.Dims()
	switch {
	case src.Root() != c.SketchRoot:
		return meta, nil, nil, fmt.Errorf("attribute: %s has sketch root %s, adapter %q's commitment %s: %w", src.Describe(), src.Root(), l.arec.Name, c.SketchRoot, ErrSketchSource)
	case src.Shift() != c.Shift || n != c.Points || k != c.K:
		return meta, nil, nil, fmt.Errorf("attribute: %s is %d×%d with shift %d, adapter %q's commitment %d×%d with shift %d: %w",
			src.Describe(), n, k, src.Shift(), l.arec.Name, c.Points, c.K, c.Shift, ErrSketchSource)
	case k != proj.Dim():
		return meta, nil, nil, fmt.Errorf("attribute: %s: k=%d, its projection gives %d: %w", src.Describe(), k, proj.Dim(), ErrStale)
	}
	return meta, proj, c, nil
}

// sourceTopK is integerTopK over a SketchSource: its own selection over all rows (the
// source serialises keep if it fans out), the generic one over the given rows.
func sourceTopK(src SketchSource, shift int, qq []int32, rows []int, k int, keep func(datanet, point string) (bool, error)) ([]intHit, int, error) {
	if rows != nil {
		return integerTopK(src, shift, qq, rows, k, keep)
	}
	rs, dropped, err := src.IntegerTopK(qq, k, keep)
	if err != nil {
		return nil, 0, err
	}
	hits := make([]intHit, len(rs))
	for i, r := range rs {
		hits[i] = intHit{row: r.Row, score: r.Score}
	}
	return hits, dropped, nil
}

// sourceCandidates is Embeddings.Candidates over a SketchSource: the same check that
// the index's keys are the source's rows (ErrStaleEmbeddings) and the same rows.
func sourceCandidates(ctx context.Context, e *Embeddings, src SketchSource, seq []int, k int) ([]int, error) {
	n, _ := src.Dims()
	ids := make([]string, n)
	for i := range ids {
		ids[i] = src.ID(i)
	}
	if n != e.Meta.N || idsHash(ids) != e.Meta.IDsSHA256 {
		return nil, fmt.Errorf("embedding index %s covers %d points, %s %d others (or in another order): %w (rebuild both: `poa influence sketch` and `poa influence embed`)",
			e.Meta.File, e.Meta.N, src.Describe(), n, ErrStaleEmbeddings)
	}
	return e.nearestRows(ctx, seq, k)
}

// sourceScanner is scanner's influence scan over a SketchSource: TopK per query over
// all rows (influence.ScanTopKMany's result is each query's ScanTopK), scanRowsOf over
// given rows.
func sourceScanner(src SketchSource) func(qs [][]float32, k int, rows []int) [][]influence.Hit {
	return func(qs [][]float32, k int, rows []int) [][]influence.Hit {
		if rows != nil {
			n, dim := src.Dims()
			return scanRowsOf(qs, n, dim, src.Row, src.ID, rows, k)
		}
		out := make([][]influence.Hit, len(qs))
		for a, q := range qs {
			out[a] = src.TopK(q, k)
		}
		return out
	}
}

// RawSketchSource is a SketchSource that also holds the adapter's raw sketches (the
// monolithic NAME.raw file's rows, in its order), which the tracin and datainf
// methods scan: RawTopK is influence.ScanTopK over all raw rows, RawRow one raw row,
// and RawGradients all raw rows as one matrix (DataInf's precomputation and its
// Hessian-vector product are sums over every row in row order, which per-shard
// partial sums would only approximate).
type RawSketchSource interface {
	SketchSource
	RawTopK(q []float32, k int) []influence.Hit
	RawRow(i int) []float32
	RawGradients() (influence.Gradients, error)
}

// rawSourceScanner is scanner's tracin or datainf scan over a RawSketchSource: the
// same queries (datainf: influence.DataInf's HVP over all raw rows) and the same
// scans as over the monolithic raw file, RawTopK per query over all rows and
// scanRowsOf over given rows.
func rawSourceScanner(src RawSketchSource, method string, proj *gradients.Projector) (func(qs [][]float32, k int, rows []int) [][]influence.Hit, string, error) {
	n, dim := src.Dims()
	scanRaw := func(qs [][]float32, k int, rows []int) [][]influence.Hit {
		if rows != nil {
			return scanRowsOf(qs, n, dim, src.RawRow, src.ID, rows, k)
		}
		out := make([][]influence.Hit, len(qs))
		for a, q := range qs {
			out[a] = src.RawTopK(q, k)
		}
		return out
	}
	if method == "tracin" {
		return scanRaw, "tracin-cp-sketch", nil
	}
	g, err := src.RawGradients()
	if err != nil {
		return nil, "", err
	}
	bounds := []int{0}
	for b := proj.BlockDim(); b <= dim; b += proj.BlockDim() {
		bounds = append(bounds, b)
	}
	di := influence.NewDataInf(g, bounds)
	return func(qs [][]float32, k int, rows []int) [][]influence.Hit {
		hs := make([][]float32, len(qs))
		for a, q := range qs {
			hs[a] = di.HVP(q)
		}
		return scanRaw(hs, k, rows)
	}, "datainf-sketch", nil
}

// sketchEvidence is the gradient evidence Attribute scans: the monolithic sketch file
// or a SketchSource, with the sketch record, the projection and the chosen scan.
type sketchEvidence struct {
	rows   sketchRows
	meta   store.SketchMeta
	proj   *gradients.Projector
	scan   func(qs [][]float32, k int, rows []int) [][]influence.Hit
	method string
	close  func()

	sf     *store.SketchFile     // monolithic file; nil with src
	src    SketchSource          // nil without
	commit *influence.Commitment // src's checked commitment
}

// openSketchEvidence opens o.Sketches (checked by sourceSketches) or the adapter's
// monolithic sketch file, and the scan of o.Method over it.
func openSketchEvidence(s *store.Store, l *loaded, o Options) (*sketchEvidence, error) {
	if src := o.Sketches; src != nil {
		raw, hasRaw := src.(RawSketchSource)
		switch o.Method {
		case "", "influence":
		case "tracin", "datainf":
			if !hasRaw {
				return nil, fmt.Errorf("attribute: method %q scans the raw sketches; %s holds the preconditioned ones only (use the influence method or the monolithic sketch file): %w",
					o.Method, src.Describe(), influence.ErrBadInput)
			}
		default:
			return nil, fmt.Errorf("attribute: method %q (want influence, tracin or datainf): %w", o.Method, influence.ErrBadInput)
		}
		meta, proj, c, err := sourceSketches(s, l, src)
		if err != nil {
			return nil, err
		}
		ev := &sketchEvidence{rows: src, meta: meta, proj: proj, scan: sourceScanner(src), method: influenceMethod,
			close: func() {}, src: src, commit: c}
		if o.Method == "tracin" || o.Method == "datainf" {
			if ev.scan, ev.method, err = rawSourceScanner(raw, o.Method, proj); err != nil {
				return nil, err
			}
		}
		return ev, nil
	}
	sf, meta, proj, err := openSketches(s, l)
	if err != nil {
		return nil, err
	}
	scan, method, closeScan, err := scanner(s, o.Method, sf, proj)
	if err != nil {
		sf.Close()
		return nil, err
	}
	return &sketchEvidence{rows: sf, meta: meta, proj: proj, scan: scan, method: method,
		close: func() { closeScan(); sf.Close() }, sf: sf}, nil
}

// describe names the sketches for logs.
func (e *sketchEvidence) describe() string {
	if e.src != nil {
		return e.src.Describe()
	}
	return "monolithic sketch file " + e.sf.Path()
}

// candidates is candidateRows over the evidence's rows.
func (e *sketchEvidence) candidates(ctx context.Context, s *store.Store, l *loaded, o Options, prompt, out []int) ([]int, map[string]any, error) {
	if e.src == nil {
		return candidateRows(ctx, s, l, e.sf, askOf(o), prompt, out)
	}
	n, _ := e.src.Dims()
	return candidatesOf(ctx, s, l, n, func(em *Embeddings, seq []int, k int) ([]int, error) {
		return sourceCandidates(ctx, em, e.src, seq, k)
	}, askOf(o), prompt, out)
}

// commitment is ensureCommitment for the monolithic file, the checked commitment for
// a source.
func (e *sketchEvidence) commitment(ctx context.Context, s *store.Store, l *loaded) (*influence.Commitment, error) {
	if e.src != nil {
		return e.commit, nil
	}
	return ensureCommitment(ctx, s, l, e.sf, e.meta)
}

// integerTopK is the committed scorer's selection over the evidence's rows.
func (e *sketchEvidence) integerTopK(shift int, qq []int32, rows []int, k int, keep func(datanet, point string) (bool, error)) ([]intHit, int, error) {
	if e.src == nil {
		return integerTopK(e.sf, shift, qq, rows, k, keep)
	}
	return sourceTopK(e.src, shift, qq, rows, k, keep)
}

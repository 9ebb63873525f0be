package lm

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"

	"poa/circuits"
	"poa/gradients"
	"poa/influence"
	"poa/store"
)

// Check is one verification step of VerifyRecord.
type Check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

// QuantError measures what quantization did to a record's gradient scores: the Spearman
// rank correlation and the largest relative error between the scorer's float scores and
// the dequantized integer scores, over the record's candidates.
type QuantError struct {
	Candidates int     `json:"candidates"`
	Spearman   float64 `json:"spearman"`
	MaxRelErr  float64 `json:"max_rel_err"`
}

// Verification is what `poa verify-record` reports.
type Verification struct {
	Record  string      `json:"record"`
	Adapter string      `json:"adapter"`
	OK      bool        `json:"ok"`
	Checks  []Check     `json:"checks"`
	Quant   *QuantError `json:"quantization,omitempty"`
}

func (v *Verification) add(name string, ok bool, format string, args ...any) {
	v.Checks = append(v.Checks, Check{Name: name, OK: ok, Detail: fmt.Sprintf(format, args...)})
	v.OK = v.OK && ok
}

// VerifyRecord recomputes what an attribution record claims from the public model,
// adapter and store, bit for bit where it can: the weights' hashes, the output text
// as the decoding of the output token ids, the quantized query
// sketch and its hash, the adapter's committed sketch root (rebuilt from the sketch
// file), each gradient candidate's leaf, contributor and integer score, each span's
// tokens in the committed corpus, and the fusion of the evidence into the record's
// point and contributor scores. The output token ids are the attribution's input,
// however they were made (greedy, sampled, given, cut at a stop string: the record's
// scorer "generation" and "sampling" say how); the sampling is not replayed. A
// failed check is reported in the result (OK false),
// not as an error; errors are for records or stores it cannot read.
func VerifyRecord(ctx context.Context, s *store.Store, rec *influence.Record) (*Verification, error) {
	return verifyRecord(ctx, s, rec, rebuiltRoots{})
}

// VerifyRecords is VerifyRecord for each record in order; each adapter's committed trees
// are rebuilt once for all its records.
func VerifyRecords(ctx context.Context, s *store.Store, recs []*influence.Record) ([]*Verification, error) {
	roots := rebuiltRoots{}
	out := make([]*Verification, 0, len(recs))
	for _, rec := range recs {
		v, err := verifyRecord(ctx, s, rec, roots)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// rebuiltRoots holds the roots rebuilt from the store per adapter and sketch shift.
type rebuiltRoots map[string]*rebuilt

type rebuilt struct {
	sketch, corpus string
	docs           int
}

// get rebuilds (once per adapter and shift) the sketch tree's and the corpus tree's roots.
func (r rebuiltRoots) get(ctx context.Context, s *store.Store, l *loaded, sf sketchRows, shift int) (*rebuilt, error) {
	key := fmt.Sprintf("%s/%d/%T", l.arec.Name, shift, sf)
	if b, ok := r[key]; ok {
		return b, nil
	}
	tree, err := sketchTree(ctx, s, sf, shift, func(int, int) {})
	if err != nil {
		return nil, err
	}
	corpus, err := corpusTree(ctx, s, l, func(int, int) {})
	if err != nil {
		return nil, err
	}
	b := &rebuilt{sketch: hexRoot(tree.Root()), corpus: hexRoot(corpus.tree.Root()), docs: corpus.docs}
	r[key] = b
	return b, nil
}

func verifyRecord(ctx context.Context, s *store.Store, rec *influence.Record, roots rebuiltRoots) (*Verification, error) {
	v := &Verification{Record: rec.ID, Adapter: rec.Adapter, OK: true, Checks: []Check{}}
	if rec.Adapter == "" {
		return nil, fmt.Errorf("record %s names no adapter: %w", rec.ID, influence.ErrBadInput)
	}
	l, err := load(s, rec.Adapter)
	if err != nil {
		return nil, err
	}
	weights := l.arec.SHA256 == rec.AdapterHash && l.mrec.SHA256 == rec.ModelHash
	v.add("weights", weights, "record model %.12s adapter %.12s; store model %.12s adapter %.12s", rec.ModelHash, rec.AdapterHash, l.mrec.SHA256, l.arec.SHA256)
	if !weights {
		return v, nil // nothing else can be recomputed against other weights
	}
	// The committed sketches: the monolithic file, or the sketch set the adapter's
	// evidence was committed from (every file re-hashed against its manifest and the
	// root recomputed from the set's leaves: a failed check, not an error).
	c, err := LoadCommitment(s, rec.Adapter)
	if err != nil && !errors.Is(err, ErrNoCommitment) {
		return nil, err
	}
	// A set is re-hashed once per adapter and set manifest in a VerifyRecords run.
	setKey := ""
	if c != nil && c.Set != nil {
		setKey = "set:" + rec.Adapter + "/" + c.Set.SHA256
	}
	_, hashed := roots[setKey]
	cr, err := openCommitted(s, l, c, setKey != "" && !hashed)
	if err != nil {
		if setKey != "" {
			v.add("sketch set", false, "%v", err)
			return v, nil
		}
		return nil, err
	}
	defer cr.close()
	if cr.src != nil {
		roots[setKey] = &rebuilt{}
		how := "every file matches its manifest's sha256 and the leaves give the committed root"
		if hashed {
			how = "checked as for an earlier record of this run (every file against its manifest, the root from the leaves)"
		}
		v.add("sketch set", true, "%s: %s", cr.describe(), how)
	}
	sf, proj := cr.rows, cr.proj
	owners := influence.StoreOwners(s)

	vocab, okIDs := l.m.Cfg.VocabSize, len(rec.OutputIDs) > 0
	for _, id := range rec.OutputIDs {
		okIDs = okIDs && id >= 0 && id < vocab
	}
	if !okIDs {
		v.add("output", false, "%d output token ids, not all in the vocabulary of %d", len(rec.OutputIDs), vocab)
		return v, nil // the rest recomputes from the ids
	}
	text := l.tok.Decode(rec.OutputIDs)
	v.add("output", text == rec.Output, "%d output tokens decode to %d bytes; the record's output has %d (equal: %v)", len(rec.OutputIDs), len(text), len(rec.Output), text == rec.Output)

	if err := rec.Recompute(owners); err != nil {
		v.add("fusion", false, "%v", err)
	} else {
		v.add("fusion", true, "%d points and %d contributors recompute exactly from the evidence", len(rec.Datapoints), len(rec.Contributors))
	}
	verifySpans(s, l, rec, v)

	qc := rec.Query
	if qc == nil {
		v.add("query", false, "the record has no query commitment (method %s, or made before commitments existed): its gradient scores cannot be proven", rec.Method)
		return v, nil
	}
	// The query sketch, recomputed from the public inputs.
	q, _, err := gradients.QuerySketch(l.m, l.ad, l.tok.Encode(rec.Prompt), rec.OutputIDs, proj)
	if err != nil {
		return nil, fmt.Errorf("record %s: query sketch: %w", rec.ID, err)
	}
	qq, shift, err := influence.QuantizeAuto(q)
	if err != nil {
		return nil, err
	}
	same := qc.Rule == influence.QuantRule && shift == qc.Shift && slices.Equal(qq, qc.Sketch)
	v.add("query sketch", same, "recomputed %d values, shift %d; record has %d values, shift %d, rule %s", len(qq), shift, len(qc.Sketch), qc.Shift, qc.Rule)
	hash := hexRoot(circuits.QueryHash(qc.Sketch))
	v.add("query hash", hash == qc.Hash, "hash of the record's sketch %s, record says %s", hash, qc.Hash)
	if qc.OutputHash != "" {
		oh, err := outputHash(s, l, rec.OutputIDs, rec.Evidence.Spans)
		if err != nil {
			v.add("output hash", false, "the record's span list cannot be rebuilt: %v", err)
		} else {
			v.add("output hash", oh == qc.OutputHash, "hash of the record's %d output tokens and the spans a proof proves %s, record says %s", len(rec.OutputIDs), oh, qc.OutputHash)
		}
	}

	// The committed tree, rebuilt from the sketch rows (each quantized and hashed
	// again: the set's stored leaves are not trusted here).
	if c == nil {
		if _, err := LoadCommitment(s, rec.Adapter); err != nil {
			return nil, err
		}
	}
	b, err := roots.get(ctx, s, l, sf, c.Shift)
	if err != nil {
		return nil, err
	}
	v.add("sketch root", b.sketch == c.SketchRoot && b.sketch == qc.SketchRoot && c.Shift == qc.SketchShift,
		"rebuilt %s (shift %d); commitment %s (shift %d); record %s (shift %d)", b.sketch, c.Shift, c.SketchRoot, c.Shift, qc.SketchRoot, qc.SketchShift)
	v.add("corpus root", b.corpus == c.Corpus.Root, "rebuilt %s over %d documents; commitment %s over %d", b.corpus, b.docs, c.Corpus.Root, c.Corpus.Docs)
	verifyCandidates(sf, c, qc, rec, owners, v)
	v.Quant = quantError(qc)
	return v, nil
}

// verifyCandidates checks each committed candidate against the sketch file and the
// record's gradient evidence.
func verifyCandidates(sf sketchRows, c *influence.Commitment, qc *influence.QueryCommitment, rec *influence.Record, owners influence.Owners, v *Verification) {
	n, _ := sf.Dims()
	bad := 0
	first := ""
	fail := func(format string, args ...any) {
		bad++
		if first == "" {
			first = fmt.Sprintf(format, args...)
		}
	}
	if len(qc.Candidates) != len(rec.Evidence.Gradient) {
		fail("%d candidates committed, %d gradient evidence entries", len(qc.Candidates), len(rec.Evidence.Gradient))
	}
	for i, cand := range qc.Candidates {
		if cand.Leaf < 0 || cand.Leaf >= n {
			fail("candidate %d: leaf %d outside the %d committed rows", i, cand.Leaf, n)
			continue
		}
		r, err := readRow(sf, cand.Leaf, c.Shift, owners)
		if err != nil {
			fail("candidate %d: %v", i, err)
			continue
		}
		if r.datanet != cand.Datanet || r.point != cand.Point || r.contributor != cand.Contributor {
			fail("candidate %d: leaf %d holds %s/%s of %s, record says %s/%s of %s", i, cand.Leaf, r.datanet, r.point, r.contributor, cand.Datanet, cand.Point, cand.Contributor)
			continue
		}
		if len(r.q) != len(qc.Sketch) {
			fail("candidate %d: sketch of %d values, query of %d", i, len(r.q), len(qc.Sketch))
			continue
		}
		if got := influence.DotInt(qc.Sketch, r.q); got != cand.Score {
			fail("candidate %d (%s/%s): score recomputes as %d, record says %d", i, cand.Datanet, cand.Point, got, cand.Score)
			continue
		}
		if i < len(rec.Evidence.Gradient) {
			g := rec.Evidence.Gradient[i]
			if want := influence.Dequantize(cand.Score, qc.Shift, qc.SketchShift); g.Datanet != cand.Datanet || g.Point != cand.Point || g.Score != want {
				fail("gradient evidence %d (%s/%s %v) is not candidate %d's dequantized score %v", i, g.Datanet, g.Point, g.Score, i, want)
			}
		}
	}
	if bad == 0 {
		v.add("scores", true, "%d candidates: leaf, contributor and integer score recompute exactly; the gradient evidence is their dequantized scores", len(qc.Candidates))
	} else {
		v.add("scores", false, "%d of %d candidates fail; first: %s", bad, len(qc.Candidates), first)
	}
}

// verifySpans checks that each span's output tokens occur in the cited point's
// tokenization, and that the point is in the committed corpus (trained on).
func verifySpans(s *store.Store, l *loaded, rec *influence.Record, v *Verification) {
	if len(rec.Evidence.Spans) == 0 {
		v.add("spans", true, "no span evidence")
		return
	}
	bad, first := 0, ""
	toks := map[string][]int{}
	for i, sp := range rec.Evidence.Spans {
		key := sp.Datanet + "/" + sp.Point
		doc, ok := toks[key]
		if !ok {
			p, err := s.Point(sp.Datanet, sp.Point)
			if err != nil {
				bad++
				if first == "" {
					first = fmt.Sprintf("span %d: %s: %v", i, key, err)
				}
				continue
			}
			if !trainedPoint(l, sp.Datanet, p) {
				bad++
				if first == "" {
					first = fmt.Sprintf("span %d: %s is not in the committed corpus (not trained on)", i, key)
				}
				continue
			}
			doc = l.tok.Encode(p.Text)
			toks[key] = doc
		}
		if sp.Start < 0 || sp.End > len(rec.OutputIDs) || sp.Start >= sp.End || !containsRun(doc, rec.OutputIDs[sp.Start:sp.End]) {
			bad++
			if first == "" {
				first = fmt.Sprintf("span %d: output tokens [%d,%d) do not occur in %s", i, sp.Start, sp.End, key)
			}
		}
	}
	v.add("spans", bad == 0, "%d spans, %d fail%s", len(rec.Evidence.Spans), bad, map[bool]string{true: "", false: "; first: " + first}[bad == 0])
}

// containsRun reports whether run occurs contiguously in doc.
func containsRun(doc, run []int) bool {
	for i := 0; i+len(run) <= len(doc); i++ {
		if slices.Equal(doc[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// quantError compares the committed integer scores with the scorer's float scores.
func quantError(qc *influence.QueryCommitment) *QuantError {
	qe := &QuantError{Candidates: len(qc.Candidates)}
	if len(qc.Candidates) == 0 {
		return qe
	}
	fl := make([]float64, len(qc.Candidates))
	dq := make([]float64, len(qc.Candidates))
	for i, c := range qc.Candidates {
		fl[i], dq[i] = c.Float, influence.Dequantize(c.Score, qc.Shift, qc.SketchShift)
		if c.Float != 0 {
			qe.MaxRelErr = max(qe.MaxRelErr, math.Abs(dq[i]-fl[i])/math.Abs(fl[i]))
		}
	}
	if len(fl) > 1 {
		qe.Spearman = influence.Spearman(fl, dq)
	} else {
		qe.Spearman = 1
	}
	return qe
}

// ScoreStatement returns the score circuit's statement for a record's committed
// gradient evidence: the adapter's sketch tree rebuilt from the sketch file (it must
// match the record's committed root), the record's quantized query, and each candidate's
// committed leaf with its authentication path. A candidate whose leaf, contributor or
// integer score differs from what the record states is an error (ErrBadInput). It
// holds the record's span evidence too (scoreSpans): the corpus root, the output token
// ids and every span with its document, offset and corpus path, in record order; which
// of them a proof's shape can hold is the prover's choice (prover.FitSpans).
func ScoreStatement(ctx context.Context, s *store.Store, rec *influence.Record) (*circuits.ScoreStatement, error) {
	qc := rec.Query
	if qc == nil {
		return nil, fmt.Errorf("record %s has no query commitment (method %s): %w", rec.ID, rec.Method, influence.ErrBadInput)
	}
	var st *circuits.ScoreStatement
	err := withRecordTree(ctx, s, rec, func(l *loaded, sf sketchRows, tree *circuits.SketchTree) (err error) {
		if st, err = scoreStatement(s, rec, sf, tree); err != nil {
			return err
		}
		return scoreSpans(ctx, s, l, rec, st)
	})
	return st, err
}

// The candidates' sketches are the source's committed quantized rows when it keeps
// them (a sketch set's quant.bin, which its leaves hash), else the rows quantized.
func scoreStatement(s *store.Store, rec *influence.Record, sf sketchRows, tree *circuits.SketchTree) (*circuits.ScoreStatement, error) {
	qc := rec.Query
	owners := influence.StoreOwners(s)
	n, _ := sf.Dims()
	st := &circuits.ScoreStatement{Root: tree.Root(), Query: qc.Sketch}
	for i, c := range qc.Candidates {
		if c.Leaf < 0 || c.Leaf >= n {
			return nil, fmt.Errorf("record %s: candidate %d: leaf %d outside the %d committed rows: %w", rec.ID, i, c.Leaf, n, influence.ErrBadInput)
		}
		r, err := readRow(sf, c.Leaf, qc.SketchShift, owners)
		if err != nil {
			return nil, err
		}
		if cl, ok := sf.(CommittedLeaves); ok {
			r.q = cl.QuantRow(c.Leaf)
		}
		// The proof is of the committed leaves; a record whose claims differ from them
		// is refused rather than proven (its stated scores are not what is proven).
		if r.datanet != c.Datanet || r.point != c.Point || r.contributor != c.Contributor {
			return nil, fmt.Errorf("record %s: candidate %d: leaf %d holds %s/%s of %s, the record says %s/%s of %s: %w",
				rec.ID, i, c.Leaf, r.datanet, r.point, r.contributor, c.Datanet, c.Point, c.Contributor, influence.ErrBadInput)
		}
		if got := influence.DotInt(qc.Sketch, r.q); got != c.Score {
			return nil, fmt.Errorf("record %s: candidate %d (%s/%s): the committed sketches give score %d, the record says %d: %w",
				rec.ID, i, c.Datanet, c.Point, got, c.Score, influence.ErrBadInput)
		}
		st.Candidates = append(st.Candidates, circuits.ScoreCandidate{Leaf: c.Leaf, Point: r.pointHash, Contributor: r.addr,
			Sketch: r.q, Path: tree.Path(c.Leaf)})
	}
	return st, nil
}

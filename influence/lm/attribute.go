package lm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"

	"poa/gradients"
	"poa/inference"
	"poa/inference/tokenizer"
	"poa/influence"
	"poa/influence/sarray"
	"poa/kernels"
	"poa/store"
)

// Options configure Attribute; zero fields take the defaults in brackets.
type Options struct {
	Adapter string
	Prompt  string
	// Output, when set, is attributed as the continuation of Prompt instead of
	// generating one (audits of a given text).
	Output string
	// OutputIDs, when set, are attributed as the continuation of Prompt instead of
	// generating one: token ids of the model's tokenizer, exactly as a caller
	// generated them (a serving process that sampled, stopped at a stop string and
	// streamed them). Prompt+OutputIDs must fit in the model's context. At most one of
	// Output and OutputIDs may be set.
	OutputIDs []int
	// Generation says how OutputIDs were made, for the record's scorer "generation"
	// ("given" when empty; "greedy" when Attribute generates). Sampling, when set, is
	// recorded beside it as scorer "sampling" (say temperature, top_p, seed, stop), so
	// that the output can be reproduced. Neither changes the attribution.
	Generation string
	Sampling   map[string]any
	MaxTokens  int    // tokens generated [32]
	TopPoints  int    // data points taken as gradient evidence for the whole output [50]
	TopTokens  int    // data points listed per output token [3]
	Fee        string // inference fee, decimal OPEN base units ["0"]
	// Method is the gradient scorer: "influence" (inverse damped Fisher in sketch
	// space, over NAME.pre), "tracin" (TracIn at the adapter's final checkpoint, over
	// NAME.raw) or "datainf" (DataInf with one layer per sketched block, NAME.raw)
	// ["influence"].
	Method string
	Fusion *influence.FusionParams // [influence.DefaultFusion]
	// Candidates restricts the gradient scans (whole output and per token) to the
	// points whose embeddings (BuildEmbeddings) are nearest to the prompt+output's:
	// N > 0 takes N candidates (the index must exist), -1 scans all points, 0 chooses:
	// DefaultCandidates when the adapter has more than CandidateThreshold sketched
	// points and an embedding index, else all points.
	Candidates int
	// CandidateThreshold replaces CandidateThreshold, the number of sketched points
	// above which Candidates 0 turns candidates on (0: CandidateThreshold; at most
	// MaxCandidates).
	CandidateThreshold int
	// Embeddings, when set, is the embedding index candidates come from (an embedding
	// set, influence/shard), held open by the caller, instead of the store's monolithic
	// one: it must be built from the adapter's base model weights and points
	// (ErrStaleEmbeddings otherwise, which Candidates 0 turns into a full scan with a
	// WARN). The records are the same as with the monolithic index.
	Embeddings EmbeddingSource
	// Index says what happens when the suffix-array index (span evidence) is missing,
	// stale (data points were added since it was built) or built with another
	// tokenizer: IndexBuild builds it first (sarray.EnsureStore, logged at INFO),
	// IndexRequire refuses with an error wrapping sarray.ErrNoIndex or
	// sarray.ErrCorpusVersion that names `poa index build` [IndexBuild]. Span evidence
	// is never dropped silently.
	Index IndexPolicy
	// Untrained counts evidence from points outside the model's training data too
	// (points imported after training, datanets never trained on). They earn nothing by
	// default (trainedOn); this exists to measure what that rule prevents.
	Untrained bool
	// Progress, if set, receives (phase, done, total): "tokens" in output tokens;
	// "index tokenize", "index sort" and "index write" while the index is built.
	Progress func(phase string, done, total int)
	// Loaded, when set, supplies the model, tokenizer and adapter already in memory
	// (a serving process's resident engine) instead of reading and hashing them from
	// the store for this call. They must be those of its records (the caller's
	// contract: the records' sha256 matched the files when loaded), and
	// Loaded.AdapterRecord.Name must be Adapter. Results are the same as without it.
	Loaded *Loaded
	// Spans, when set, is the suffix-array index span evidence comes from (a sharded
	// index, influence/shard), held open by the caller, instead of the store's
	// monolithic index; Index does not apply to it: a source that is not current
	// (SpanSource.Current) is an error. The records are the same as with the
	// monolithic index over the same corpus.
	Spans SpanSource
	// Sketches, when set, holds the adapter's preconditioned sketches (a sketch set,
	// influence/shard), held open by the caller, instead of the store's monolithic
	// sketch file. The influence method scans its preconditioned sketches; tracin and
	// datainf scan its raw ones, which it must then hold (a RawSketchSource;
	// ErrBadInput otherwise). The adapter's registered commitment must be current
	// and have its root (ErrSketchSource otherwise; it is not rebuilt here). The
	// records are the same as with the monolithic file.
	Sketches SketchSource
}

// Loaded is a base model with its tokenizer and one adapter over it, loaded from the
// store (inference.OpenModel, inference.OpenAdapter) and held by the caller. Attribute
// only reads them, so one Loaded may serve concurrent calls.
type Loaded struct {
	Model         *inference.Model[float32]
	Tokenizer     tokenizer.Tokenizer
	ModelRecord   inference.ModelRecord
	Adapter       *inference.Adapter[float32]
	AdapterRecord inference.AdapterRecord
}

// loadFor returns o.Loaded when set (checked against o.Adapter), else loads the
// adapter and its base model from the store.
func loadFor(s *store.Store, o Options) (*loaded, error) {
	p := o.Loaded
	if p == nil {
		return load(s, o.Adapter)
	}
	switch {
	case p.Model == nil || p.Tokenizer == nil || p.Adapter == nil:
		return nil, fmt.Errorf("attribute: Options.Loaded lacks its model, tokenizer or adapter: %w", influence.ErrBadInput)
	case p.AdapterRecord.Name != o.Adapter:
		return nil, fmt.Errorf("attribute: Options.Loaded holds adapter %q, not %q: %w", p.AdapterRecord.Name, o.Adapter, influence.ErrBadInput)
	case p.AdapterRecord.Base != p.ModelRecord.Name:
		return nil, fmt.Errorf("attribute: Options.Loaded adapter %q is over model %q, not %q: %w", o.Adapter, p.AdapterRecord.Base, p.ModelRecord.Name, inference.ErrAdapter)
	}
	return &loaded{m: p.Model, tok: p.Tokenizer, mrec: p.ModelRecord, ad: p.Adapter, arec: p.AdapterRecord}, nil
}

// IndexPolicy is Options.Index.
type IndexPolicy int

const (
	// IndexBuild builds or rebuilds the suffix-array index when it is not current.
	IndexBuild IndexPolicy = iota
	// IndexRequire refuses to attribute without a current index.
	IndexRequire
)

// Result is what `poa attribute --json` prints.
type Result struct {
	Output       string                       `json:"output"`
	Tokens       []influence.TokenAttribution `json:"tokens"`
	Datapoints   []influence.PointScore       `json:"datapoints"`
	Contributors []influence.ContributorScore `json:"contributors"`
	Record       string                       `json:"record"` // the filed record's id (set by the caller)
	Spans        int                          `json:"spans"`
	// SpanNote says why the suffix-array index was (re)built for this call, if it was.
	SpanNote string `json:"span_note,omitempty"`
}

func splitID(id string) (datanet, point string) {
	d, p, ok := strings.Cut(id, "/")
	if !ok {
		return "", id
	}
	return d, p
}

// Attribute generates the adapter's (greedy) continuation of the prompt, or takes
// the one given (Options.Output, Options.OutputIDs), attributes it to data points
// and contributors and returns the attribution record, not yet
// filed: settlement.File bills it (id, epoch) and the caller sets Result.Record.
func Attribute(ctx context.Context, s *store.Store, o Options) (*Result, *influence.Record, error) {
	if o.MaxTokens == 0 {
		o.MaxTokens = 32
	}
	if o.TopPoints == 0 {
		o.TopPoints = 50
	}
	if o.TopTokens == 0 {
		o.TopTokens = 3
	}
	if err := o.Validate(); err != nil {
		return nil, nil, err
	}
	fusion := influence.DefaultFusion
	if o.Fusion != nil {
		fusion = *o.Fusion
	}
	progress := o.Progress
	if progress == nil {
		progress = func(string, int, int) {}
	}
	ph := startPhases()
	l, err := loadFor(s, o)
	if err != nil {
		return nil, nil, err
	}
	sk, err := openSketchEvidence(s, l, o)
	if err != nil {
		return nil, nil, err
	}
	defer sk.close()
	meta, proj, scanRestricted, methodName := sk.meta, sk.proj, sk.scan, sk.method
	slog.DebugContext(ctx, "attribute: gradient evidence", "source", sk.describe())
	ph.mark("load")

	prompt := l.tok.Encode(o.Prompt)
	generation := "given"
	var out []int
	switch {
	case len(o.OutputIDs) > 0:
		vocab := l.m.Cfg.VocabSize
		for i, id := range o.OutputIDs {
			if id < 0 || id >= vocab {
				return nil, nil, fmt.Errorf("attribute: output token %d is id %d, outside the vocabulary of %d: %w", i, id, vocab, influence.ErrBadInput)
			}
		}
		if n := len(prompt) + len(o.OutputIDs); n > l.m.Cfg.NPositions {
			return nil, nil, fmt.Errorf("attribute: prompt of %d tokens + %d output tokens = %d, over the model's context of %d: %w",
				len(prompt), len(o.OutputIDs), n, l.m.Cfg.NPositions, inference.ErrContextLength)
		}
		out = slices.Clone(o.OutputIDs)
		if o.Generation != "" {
			generation = o.Generation
		}
	case o.Output != "":
		out = l.tok.Encode(o.Output)
	default:
		generation = "greedy"
		gen, err := l.m.Generate(ctx, prompt, o.MaxTokens, inference.Sampling{}, l.ad, l.tok.EOT(), nil)
		if err != nil {
			return nil, nil, err
		}
		out = gen.Tokens
		if n := len(out); n > 0 && out[n-1] == l.tok.EOT() {
			out = out[:n-1]
		}
	}
	if len(out) == 0 {
		return nil, nil, fmt.Errorf("adapter %q: the model generated no tokens for the prompt: %w", o.Adapter, influence.ErrBadInput)
	}

	ph.mark("generate")
	// Embedding candidates, when asked for or when the sketches are many.
	cands, candParams, err := sk.candidates(ctx, s, l, o, prompt, out)
	if err != nil {
		return nil, nil, err
	}
	scan := func(q []float32, k int) []influence.Hit { return scanRestricted([][]float32{q}, k, cands)[0] }

	ph.mark("candidates")
	// Gradient evidence: the output's loss against the preconditioned sketches, and each
	// output token's loss (per-token evidence, below), from one forward pass.
	q, _, tsk, _, err := gradients.QueryAndTokenSketches(ctx, l.m, l.ad, prompt, out, proj, &gradients.Options{
		Progress: func(done, total int) { progress("tokens", done, total) }})
	if err != nil {
		return nil, nil, err
	}
	ph.mark("sketches")
	var ev influence.Evidence
	trained := trainedOn(s, l)
	if o.Untrained {
		trained = func(string, string) (bool, error) { return true, nil }
	}
	untrained := 0
	// The influence scorer's evidence is committed: its candidates are chosen by, and
	// carry, exact integer scores against the adapter's committed sketches, which the
	// score circuit proves (docs/trust-model.md). The other scorers keep the float scan.
	var query *influence.QueryCommitment
	if methodName == influenceMethod {
		c, err := sk.commitment(ctx, s, l)
		if err != nil {
			return nil, nil, err
		}
		qq, shift, err := influence.QuantizeAuto(q)
		if err != nil {
			return nil, nil, fmt.Errorf("query sketch: %w", err)
		}
		hits, dropped, err := sk.integerTopK(c.Shift, qq, cands, o.TopPoints, trained)
		if err != nil {
			return nil, nil, err
		}
		untrained += dropped
		if query, ev.Gradient, err = commitQuery(c, sk.rows, q, qq, shift, hits, influence.StoreOwners(s)); err != nil {
			return nil, nil, err
		}
	} else {
		for _, h := range scan(q, o.TopPoints) {
			d, p := splitID(h.ID)
			if ok, err := trained(d, p); err != nil {
				return nil, nil, err
			} else if !ok {
				untrained++
				continue
			}
			ev.Gradient = append(ev.Gradient, influence.GradientScore{Datanet: d, Point: p, Score: h.Score})
		}
	}

	ph.mark("query scan")
	// Span evidence from the suffix-array index built with the model's tokenizer:
	// informative matches only (sarray.SpanFilter).
	res := &Result{}
	spanPoints := map[int]map[string]bool{} // token → "datanet/point"
	corpus, err := spanIndex(ctx, s, l, o, progress)
	if err != nil {
		return nil, nil, err
	}
	defer corpus.close()
	ph.mark("index open")
	slog.DebugContext(ctx, "attribute: span evidence", "source", corpus.Describe())
	res.SpanNote = corpus.note
	filter := corpus.SpanFilter(l.tok, sarray.DefaultMaxDocFrac)
	spans, err := corpus.Spans(out, &sarray.SpanOptions{WordStart: sarray.WordStarts(l.tok), Informative: filter.Informative})
	if err != nil {
		return nil, nil, err
	}
	for _, sp := range spans {
		for _, part := range sp.Parts {
			for _, loc := range part.Docs {
				ref := corpus.Ref(loc.Doc)
				if ok, err := trained(ref.Datanet, ref.Point); err != nil {
					return nil, nil, err
				} else if !ok {
					untrained++
					continue
				}
				ev.Spans = append(ev.Spans, influence.Span{Datanet: ref.Datanet, Point: ref.Point,
					Start: part.Start, End: part.End, Length: part.End - part.Start, Count: part.Count})
				for t := part.Start; t < part.End; t++ {
					if spanPoints[t] == nil {
						spanPoints[t] = map[string]bool{}
					}
					spanPoints[t][ref.Datanet+"/"+ref.Point] = true
				}
			}
		}
	}
	res.Spans = len(ev.Spans)
	if query != nil {
		// The output hash binds the output and the span list a score proof proves.
		if query.OutputHash, err = outputHash(s, l, out, ev.Spans); err != nil {
			return nil, nil, fmt.Errorf("output hash: %w", err)
		}
	}

	ph.mark("spans")
	pts, cs, err := influence.Fuse(ev.Gradient, ev.Spans, fusion, influence.StoreOwners(s))
	if err != nil {
		return nil, nil, err
	}

	ph.mark("fuse")
	// Per-token evidence: every token's sketch (above) in one scan of the sketches.
	tokens := make([]influence.TokenAttribution, len(out))
	for j, hits := range scanRestricted(tsk, o.TopTokens, cands) {
		ta := influence.TokenAttribution{Index: j, Token: out[j], Text: l.tok.Decode(out[j : j+1]), Top: []influence.TokenPoint{}}
		for _, h := range hits {
			d, p := splitID(h.ID)
			if ok, err := trained(d, p); err != nil {
				return nil, nil, err
			} else if !ok {
				continue
			}
			ta.Top = append(ta.Top, influence.TokenPoint{Datanet: d, ID: p, Score: h.Score, Span: spanPoints[j][h.ID]})
		}
		tokens[j] = ta
	}

	ph.mark("token scans")
	n, k := sk.rows.Dims()
	rec := &influence.Record{
		Fee: o.Fee, Contributors: cs,
		Model: l.mrec.Name, ModelHash: l.mrec.SHA256, Adapter: l.arec.Name, AdapterHash: l.arec.SHA256,
		Prompt: o.Prompt, Output: l.tok.Decode(out), OutputIDs: out,
		Method: methodName + "+" + influence.FusionMethod,
		Scorer: map[string]any{"method": methodName, "sketch": meta.Name, "sketch_crc32c": meta.CRC, "rows": n, "k": k, "damping": meta.Damping,
			"projection": meta.Params, "top_points": o.TopPoints, "top_tokens": o.TopTokens, "generation": generation, "max_tokens": o.MaxTokens},
		Fusion: fusion, Evidence: ev, Query: query, Datapoints: pts, Tokens: tokens,
	}
	if candParams != nil {
		rec.Scorer["candidates"] = candParams
	}
	if o.Sampling != nil {
		rec.Scorer["sampling"] = o.Sampling
	}
	rec.Scorer["spans"] = map[string]any{"corpus": corpus.corpus, "tokenizer": corpus.tokenizer,
		"rule": sarray.SpanFilterRule, "max_doc_frac": filter.MaxDocFrac}
	// Evidence from points outside the model's training data (trainedOn) earns nothing.
	rec.Scorer["training_data"] = map[string]any{"rule": "trained-on-v1", "dropped": untrained}
	if rec.Datapoints == nil {
		rec.Datapoints = []influence.PointScore{}
	}
	ph.mark("record")
	ph.log(ctx, "attribute phases")
	res.Output, res.Tokens, res.Datapoints, res.Contributors = rec.Output, tokens, rec.Datapoints, rec.Contributors
	return res, rec, nil
}

// spanIndex opens the span evidence: o.Spans when set (checked current), else the
// store's suffix-array index for the model's tokenizer as o.Index says: building it
// first when it is missing or stale (IndexBuild), or refusing.
func spanIndex(ctx context.Context, s *store.Store, l *loaded, o Options, progress func(string, int, int)) (*spanEvidence, error) {
	if o.Spans != nil {
		corpus, tok, err := o.Spans.Current(s, l.tok)
		if err != nil {
			return nil, fmt.Errorf("attribute: span evidence from %s: %w", o.Spans.Describe(), err)
		}
		return &spanEvidence{SpanSource: o.Spans, corpus: corpus, tokenizer: tok, close: func() error { return nil }}, nil
	}
	mono := func(c *sarray.Corpus, note string) *spanEvidence {
		return &spanEvidence{SpanSource: monoSpans{c}, corpus: c.Meta.Corpus, tokenizer: c.Meta.Tokenizer, note: note, close: c.Close}
	}
	if o.Index == IndexRequire {
		c, err := sarray.OpenStore(s, l.tok, nil)
		if errors.Is(err, sarray.ErrNoIndex) || errors.Is(err, sarray.ErrCorpusVersion) {
			err = fmt.Errorf("attribute: span evidence needs a current suffix-array index built with model %s's tokenizer: %w", l.mrec.Name, err)
			if !strings.Contains(err.Error(), "poa index build") {
				err = fmt.Errorf("%w; run `poa index build`", err)
			}
			return nil, err
		}
		if err != nil {
			return nil, err
		}
		return mono(c, ""), nil
	}
	c, why, err := sarray.EnsureStore(ctx, s, sarray.BuildOptions{Tokenizer: l.tok, TokName: "model:" + l.mrec.Name, Model: l.mrec.Name,
		Progress: func(phase string, done, total int64) { progress("index "+phase, int(done), int(total)) }})
	if err != nil {
		return nil, err
	}
	note := ""
	if why != "" {
		note = "suffix-array index rebuilt: " + why
	}
	return mono(c, note), nil
}

// influenceMethod is the record name of the inverse-Fisher scorer over the
// preconditioned sketches, the one whose evidence is committed.
const influenceMethod = "influence-fisher-sketch"

// scanner returns the top-k scan of the chosen scorer over the adapter's sketches and
// the method's record name. The scan covers the given rows of the sketch files, or all
// of them when rows is nil.
// Several queries are scanned in one pass over the sketch rows (influence.ScanTopKMany,
// ScanRowsMany); result a is the single-query scan of qs[a], exactly. With an
// accelerator (kernels.Device not "cpu") the full scan's products may run there, where
// a product of many queries need not round as one of a single query does: each query
// then keeps its own scan, so that records do not depend on how many were scanned
// together.
func scanner(s *store.Store, method string, pre *store.SketchFile, proj *gradients.Projector) (func(qs [][]float32, k int, rows []int) [][]influence.Hit, string, func(), error) {
	scanOver := func(qs [][]float32, g influence.Gradients, k int, rows []int) [][]influence.Hit {
		switch {
		case rows != nil:
			return ScanRowsMany(qs, g, rows, k) // influence.Dot on the CPU
		case kernels.Device() == "cpu":
			return influence.ScanTopKMany(qs, g, k)
		}
		out := make([][]influence.Hit, len(qs))
		for a, q := range qs {
			out[a] = influence.ScanTopK(q, g, k)
		}
		return out
	}
	switch method {
	case "", "influence":
		return func(qs [][]float32, k int, rows []int) [][]influence.Hit { return scanOver(qs, pre, k, rows) }, influenceMethod, func() {}, nil
	case "tracin", "datainf":
	default:
		return nil, "", nil, fmt.Errorf("attribute: method %q (want influence, tracin or datainf): %w", method, influence.ErrBadInput)
	}
	name := strings.TrimSuffix(filepath.Base(pre.Path()), ".pre.sks") + ".raw"
	raw, _, err := s.OpenSketch(name)
	if err != nil {
		return nil, "", nil, err
	}
	closeRaw := func() { raw.Close() }
	if method == "tracin" {
		return func(qs [][]float32, k int, rows []int) [][]influence.Hit { return scanOver(qs, raw, k, rows) }, "tracin-cp-sketch", closeRaw, nil
	}
	bounds := []int{0}
	_, dim := raw.Dims()
	for b := proj.BlockDim(); b <= dim; b += proj.BlockDim() {
		bounds = append(bounds, b)
	}
	di := influence.NewDataInf(raw, bounds)
	return func(qs [][]float32, k int, rows []int) [][]influence.Hit {
		hs := make([][]float32, len(qs))
		for a, q := range qs {
			hs[a] = di.HVP(q)
		}
		return scanOver(hs, raw, k, rows)
	}, "datainf-sketch", closeRaw, nil
}

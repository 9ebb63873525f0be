package lmengine

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"poa/api"
	"poa/inference"
	"poa/influence"
	"poa/influence/lm"
	"poa/influence/shard"
	"poa/node"
	"poa/prover"
	"poa/server"
	"poa/settlement"
	"poa/store"
)

// Options configure the completer; zero fields take the defaults in brackets.
type Options struct {
	// Fee is each inference's fee in OPEN base units (decimal) when the request
	// names none [1000000000000000000, 1 OPEN].
	Fee string
	// TopTokens is how many data points each output token lists [3].
	TopTokens int
	// AdapterCacheBytes bounds the adapter parameters kept in memory (an LRU; the
	// base model is resident besides) [DefaultAdapterCacheBytes, 256 MiB].
	AdapterCacheBytes int64
	// Attest is how a settle=true epoch close attests its records' scores before the
	// epoch is posted (node.SettleAttest): "" or node.AttestOptimistic (postScores, the
	// default, as poa settle's), node.AttestVerified (attestScores) or node.AttestNone
	// (post without: anyone can void the epoch, poa challenge unproven).
	Attest string
	// ScoreKeys, if set, is the score keys' preparation (PrepareScoreKeys) that an
	// attesting settle waits for before it starts.
	ScoreKeys *ScoreKeyPrep
	// Basis and Shape are the basis the closer's epochs close on and a proven epoch's
	// attributed split shape (CloserOptions; zero: fused).
	Basis settlement.Basis
	Shape prover.AttributedShape
	// Shards name shard sets attribution reads instead of the store's monolithic
	// index, sketch file and embedding index (shard.OpenSources: a sharded index, a
	// sketch set, an embedding set; one that does not fit is an error per request).
	// Without them the store's own sets are used when they fit (the sharded index
	// when it is the most recently built index, the adapter's sketch set when its
	// root is the registered commitment's, the adapter's embedding set when built
	// with the base model's weights over the adapter's current points), else the
	// monolithic files, with a warning.
	Shards []string
}

// Attach sets eng's Completer and EpochCloser (attesting as o.Attest says, on basis
// o.Basis) over st. Options that CloserOptions.Check refuses are a programmer error:
// Attach panics (check them first).
func Attach(eng *server.StoreEngine, st *store.Store, o Options) {
	eng.Completer = Completer(st, o)
	closer, err := EpochCloserWith(st, CloserOptions{Attest: o.Attest, Keys: o.ScoreKeys, Basis: o.Basis, Shape: o.Shape})
	if err != nil {
		panic("lmengine.Attach: " + err.Error())
	}
	eng.EpochCloser = closer
	eng.ReadProtocol = ProtocolReader(st)
}

// Engine answers completions over one store with a resident model: the base model
// and its tokenizer stay loaded, adapters are kept in an LRU within
// Options.AdapterCacheBytes, and each request checks the store's records so that a
// retrained model or adapter is reloaded and a new adapter is served on first use
// (see the package comment). It is safe for concurrent use.
type Engine struct {
	st     *store.Store
	o      Options
	res    *resident
	shards *shard.Resolver
}

// NewEngine returns an engine over st; nothing is loaded until the first completion.
func NewEngine(st *store.Store, o Options) *Engine {
	if o.Fee == "" {
		o.Fee = "1000000000000000000"
	}
	if o.TopTokens == 0 {
		o.TopTokens = 3
	}
	if o.AdapterCacheBytes == 0 {
		o.AdapterCacheBytes = DefaultAdapterCacheBytes
	}
	return &Engine{st: st, o: o, res: &resident{st: st, maxBytes: o.AdapterCacheBytes}, shards: shard.NewResolver(st, o.Shards)}
}

// Stats returns the engine's resident state.
func (e *Engine) Stats() Stats { return e.res.stats() }

// Completer returns a server.CompleteFunc over lm.Attribute with a resident model
// (NewEngine(st, o).Complete).
func Completer(st *store.Store, o Options) server.CompleteFunc { return NewEngine(st, o).Complete }

// Complete answers one completion (one choice): it generates through the resident
// adapter server (inference.Server.Decode) with the request's sampling, stop strings
// and logprobs, reporting tokens to the context's server.Streamer as they become
// final, then attributes exactly the tokens returned (lm.Options.OutputIDs, through
// node.Attribute, which files the record), converted by ToAttribution. An output
// with no tokens (the model stopped at once) is answered with no record and no fee.
func (e *Engine) Complete(ctx context.Context, req api.CompletionRequest) (server.Completion, error) {
	o, st := e.o, e.st
	if req.Adapter == "" {
		return server.Completion{}, fmt.Errorf("model %q is a base model, and attribution runs through an adapter's gradient sketches: name an adapter as model (GET /v1/models): %w", req.Model, server.ErrBadRequest)
	}
	loaded, srv, key, err := e.res.resolve(req.Adapter)
	if err != nil {
		return server.Completion{}, err
	}
	// The prompt as the model sees it: its tokens count in usage, and with
	// max_tokens they must fit in the model's context (else generation runs to its
	// end and the attribution that follows cannot take the sequence).
	prompt, nPos := loaded.Tokenizer.Encode(req.Prompt), loaded.ModelRecord.Config.NPositions
	promptTokens := len(prompt)
	switch {
	case promptTokens >= nPos:
		return server.Completion{}, fmt.Errorf("%w: prompt of %d tokens leaves no room for output in the model's context of %d tokens (shorten the prompt)",
			server.ErrPromptTooLong, promptTokens, nPos)
	case promptTokens+req.MaxTokens > nPos:
		return server.Completion{}, fmt.Errorf("%w: prompt of %d tokens + max_tokens %d = %d tokens, over the model's context of %d tokens (shorten the prompt or lower max_tokens to at most %d)",
			server.ErrPromptTooLong, promptTokens, req.MaxTokens, promptTokens+req.MaxTokens, nPos, nPos-promptTokens)
	}
	sp, sampling := samplingOf(req)
	if err := sp.Validate(loaded.Model.Cfg.VocabSize); err != nil {
		return server.Completion{}, fmt.Errorf("%w: %v", server.ErrBadRequest, err)
	}
	top := 0
	if req.Logprobs != nil {
		top = *req.Logprobs
	}
	fee := o.Fee
	if req.Fee != nil {
		fee = *req.Fee
	}
	stream := server.StreamerFrom(ctx)
	// A retried request (its Idempotency-Key seen) is answered with its first record,
	// not generated again.
	if req.IdempotencyKey != "" {
		prior, err := settlement.ByIdempotencyKey(st, req.IdempotencyKey)
		if err != nil {
			return server.Completion{}, err
		}
		if prior != nil {
			return e.replay(prior, loaded, srv, prompt, stream)
		}
	}
	t0 := time.Now()
	g, err := generate(ctx, srv, loaded.Tokenizer, key, prompt, req.MaxTokens, sp, top, req.Stop, stream)
	if err != nil {
		return server.Completion{}, engineErr(err)
	}
	c := server.Completion{Text: loaded.Tokenizer.Decode(g.ids), Model: loaded.ModelRecord.Name, FinishReason: g.finish,
		PromptTokens: promptTokens, CompletionTokens: len(g.ids), Tokens: g.tokens, InferenceTime: time.Since(t0)}
	if len(g.ids) == 0 {
		c.Tokens = []server.Token{}
		return c, nil
	}
	if len(req.Stop) > 0 {
		if sampling == nil {
			sampling = map[string]any{}
		}
		sampling["stop"] = []string(req.Stop)
	}
	t1 := time.Now()
	lo := lm.Options{Adapter: req.Adapter, Prompt: req.Prompt, OutputIDs: g.ids,
		Generation: generationName(sp), Sampling: sampling, MaxTokens: req.MaxTokens,
		TopTokens: o.TopTokens, Fee: fee, Loaded: loaded}
	src, release, err := e.shards.Acquire(req.Adapter)
	if err != nil {
		return server.Completion{}, engineErr(err)
	}
	defer release()
	src.Apply(&lo)
	res, rec, _, err := node.Attribute(ctx, st, lo, req.IdempotencyKey)
	if err != nil {
		return server.Completion{}, engineErr(err)
	}
	c.AttributionTime = time.Since(t1)
	if !slices.Equal(rec.OutputIDs, g.ids) {
		// A concurrent request with the same Idempotency-Key filed first: its record
		// is the answer.
		return e.replay(rec, loaded, srv, prompt, nil)
	}
	if c.Attribution, err = ToAttribution(st, res, rec); err != nil {
		return server.Completion{}, err
	}
	return c, nil
}

// engineErr maps generation and attribution errors that are the client's to fix to
// the server's 400s.
func engineErr(err error) error {
	switch {
	case errors.Is(err, influence.ErrBadInput), errors.Is(err, inference.ErrSampling):
		return fmt.Errorf("%w: %v", server.ErrBadRequest, err)
	case errors.Is(err, inference.ErrContextLength):
		// A prompt, or prompt + max_tokens, that does not fit in the model's
		// context is the client's to fix (400 prompt_too_long), not a 500.
		return fmt.Errorf("%w: %v (shorten the prompt or lower max_tokens)", server.ErrPromptTooLong, err)
	}
	return err
}

// samplingOf returns the request's sampler (temperature nil or 0: greedy) and its
// description for the record (nil when greedy).
func samplingOf(req api.CompletionRequest) (inference.Sampling, map[string]any) {
	var sp inference.Sampling
	if req.Temperature != nil {
		sp.Temperature = *req.Temperature
	}
	if sp.Temperature == 0 {
		return sp, nil // greedy: the record says "generation": "greedy"
	}
	if req.TopP != nil {
		sp.TopP = *req.TopP
	}
	if req.Seed != nil {
		sp.Seed = uint64(*req.Seed)
	}
	return sp, map[string]any{"temperature": sp.Temperature, "top_p": sp.TopP, "seed": sp.Seed, "sampler": "inference.Sampling/pcg"}
}

func generationName(sp inference.Sampling) string {
	if sp.Temperature == 0 {
		return "greedy"
	}
	return "sampled"
}

// replay answers with a filed record (an Idempotency-Key retry): its output, with
// log-probabilities recomputed by scoring it (alternatives are not recomputed).
func (e *Engine) replay(rec *influence.Record, loaded *lm.Loaded, srv *inference.Server, prompt []int, stream server.Streamer) (server.Completion, error) {
	tok := loaded.Tokenizer
	c := server.Completion{Text: rec.Output, Model: rec.Model, FinishReason: "stop", PromptTokens: len(prompt),
		CompletionTokens: len(rec.OutputIDs), Tokens: []server.Token{}}
	if mt, ok := rec.Scorer["max_tokens"].(float64); ok && len(rec.OutputIDs) >= int(mt) {
		c.FinishReason = "length"
	} else if mt, ok := rec.Scorer["max_tokens"].(int); ok && len(rec.OutputIDs) >= mt {
		c.FinishReason = "length"
	}
	ids := append(slices.Clone(prompt), rec.OutputIDs...)
	lps, err := srv.Model.Score(ids, loaded.Adapter)
	if err != nil {
		return server.Completion{}, engineErr(err)
	}
	for i, id := range rec.OutputIDs {
		t := server.Token{ID: id, Text: tok.Decode([]int{id}), LogProb: lps[len(prompt)-1+i]}
		c.Tokens = append(c.Tokens, t)
		if stream != nil {
			if err := stream.Token(t); err != nil {
				return server.Completion{}, err
			}
		}
	}
	if stream != nil {
		stream.Generated(c.FinishReason)
	}
	res := &lm.Result{Output: rec.Output, Tokens: rec.Tokens, Datapoints: rec.Datapoints, Contributors: rec.Contributors, Record: rec.ID}
	at, err := ToAttribution(e.st, res, rec)
	if err != nil {
		return server.Completion{}, err
	}
	c.Attribution = at
	return c, nil
}

// ToAttribution converts lm's result and record to the server's view (see the
// package comment for the rules). Source texts and contributors come from st.
func ToAttribution(st *store.Store, res *lm.Result, rec *influence.Record) (api.Attribution, error) {
	at := api.Attribution{RecordID: rec.ID, Epoch: rec.Epoch, Method: rec.Method, Fee: rec.Fee,
		Tokens: []api.TokenAttribution{}, Sources: []api.Source{}, Contributors: []api.ContributorScore{}}
	for _, c := range rec.Contributors {
		at.Contributors = append(at.Contributors, api.ContributorScore{Address: c.Address, Score: c.Score})
	}
	fused := map[string]uint64{}
	for _, p := range rec.Datapoints {
		fused[p.Datanet+"/"+p.ID] = p.Score
	}
	srcIdx := map[string]int{}
	source := func(datanet, id string) (int, error) {
		key := datanet + "/" + id
		if i, ok := srcIdx[key]; ok {
			return i, nil
		}
		p, err := st.Point(datanet, id)
		if err != nil {
			return 0, fmt.Errorf("attribution %s cites %s: %w", rec.ID, key, err)
		}
		srcIdx[key] = len(at.Sources)
		at.Sources = append(at.Sources, api.Source{ID: p.ID, Datanet: p.Datanet, Contributor: p.Contributor, Text: p.Text, Score: fused[key]})
		return srcIdx[key], nil
	}
	// Output spans matched per point, as token ranges.
	spans := map[string][][2]int{}
	for _, s := range rec.Evidence.Spans {
		k := s.Datanet + "/" + s.Point
		spans[k] = append(spans[k], [2]int{s.Start, s.End})
	}
	for k := range spans {
		sort.Slice(spans[k], func(i, j int) bool { // longest first
			a, b := spans[k][i], spans[k][j]
			return a[1]-a[0] > b[1]-b[0]
		})
	}
	texts := make([]string, len(res.Tokens))
	for i, t := range res.Tokens {
		texts[i] = t.Text
	}
	pos := 0
	for _, t := range res.Tokens {
		tok := api.TokenAttribution{Index: t.Index, ID: t.Token, Text: t.Text, Start: pos, End: pos, Refs: []api.SourceRef{}}
		if strings.HasPrefix(rec.Output[min(pos, len(rec.Output)):], t.Text) {
			tok.End = pos + len(t.Text)
			pos = tok.End
		}
		for _, tp := range t.Top {
			si, err := source(tp.Datanet, tp.ID)
			if err != nil {
				return at, err
			}
			span := 0.0
			if tp.Span {
				span = 1
			}
			ref := api.SourceRef{Source: si, Score: max(tp.Score, 0) + span,
				Methods: map[string]float64{"gradient": tp.Score, "span": span}}
			ref.Span = locate(at.Sources[si].Text, texts, t.Index, spans[tp.Datanet+"/"+tp.ID])
			tok.Score += ref.Score
			tok.Refs = append(tok.Refs, ref)
		}
		sort.SliceStable(tok.Refs, func(i, j int) bool { return tok.Refs[i].Score > tok.Refs[j].Score })
		at.Tokens = append(at.Tokens, tok)
	}
	return at, nil
}

// locate finds the byte range in text of the longest matched span (token ranges
// over texts) covering token i that occurs verbatim in text, else of token i's
// own text (trimmed of spaces); nil if neither occurs.
func locate(text string, texts []string, i int, spans [][2]int) *api.Span {
	for _, s := range spans {
		if s[0] > i || i >= s[1] || s[1] > len(texts) {
			continue
		}
		frag := strings.TrimSpace(strings.Join(texts[s[0]:s[1]], ""))
		if frag == "" {
			continue
		}
		if at := strings.Index(text, frag); at >= 0 {
			return &api.Span{Start: at, End: at + len(frag)}
		}
	}
	if i < len(texts) {
		if frag := strings.TrimSpace(texts[i]); frag != "" {
			if at := strings.Index(text, frag); at >= 0 {
				return &api.Span{Start: at, End: at + len(frag)}
			}
		}
	}
	return nil
}

// EpochCloser returns a server.CloseEpochFunc over the settlement package: with
// settle it finishes any unfinished epoch and settles the open one on the embedded
// chain (node.Settle), first proving and attesting the scores of every record the
// chain has not attested as attest says (node.SettleAttest: "" is optimistic, as
// poa settle's default; "none" posts without, and the epoch can be voided by poa
// challenge unproven); else it only closes the open epoch (settlement.Close). An
// attest mode node.SettleAttest refuses is an error.
func EpochCloser(st *store.Store, attest string) (server.CloseEpochFunc, error) {
	return EpochCloserKeys(st, attest, nil)
}

// EpochCloserKeys is EpochCloser whose settles (when they attest) first wait for keys,
// the score keys poa serve prepares at start (PrepareScoreKeys; nil: no wait). It
// reports its progress to the settle job that runs it (server.ReportSettle): the
// wait for the keys, closing, proving the split, attesting record i of n, posting,
// confirming. Its epochs close on the fused basis (EpochCloserWith: another).
func EpochCloserKeys(st *store.Store, attest string, keys *ScoreKeyPrep) (server.CloseEpochFunc, error) {
	return EpochCloserWith(st, CloserOptions{Attest: attest, Keys: keys})
}

// EpochCloserWith is EpochCloserKeys on the basis o names (CloserOptions.Check): on
// the proven basis a settle closes the open epoch with the scores proven from its
// records (node.SettleOptions.Basis, settlement.CloseProven of o.Shape), proves the
// attributed split (phase api.SettlePhaseProvingAttributed), attests every record and
// settles it with settleAttributed; a close without settle closes it on the proven
// basis too (its score rows read from the records' score statements, node.ScoreRows),
// and the next settle finishes it.
func EpochCloserWith(st *store.Store, o CloserOptions) (server.CloseEpochFunc, error) {
	if err := o.Check(); err != nil {
		return nil, err
	}
	mode, _ := node.SettleAttest(o.Attest)
	keys := o.Keys
	basis, _ := settlement.ParseBasis(string(o.Basis))
	shape := o.shape()
	return func(ctx context.Context, req api.CloseEpochRequest) (uint64, error) {
		if req.Settle && mode != "" {
			err := keys.Wait(ctx, func(ready, total int, current string) {
				server.ReportSettle(ctx, server.SettleStep{Phase: api.SettlePhaseKeys, Done: ready, Total: total,
					Detail: fmt.Sprintf("waiting for the score keys the node sets up at start (%d of %d shapes ready; setting up %s)", ready, total, current)})
			})
			if err != nil {
				return 0, err
			}
			server.ReportSettle(ctx, server.SettleStep{Phase: api.SettlePhaseClosing, Detail: "open the embedded chain"})
		}
		// Epochs split by the Settlement's governed fee rule; a request's bps, if given,
		// must equal it when settling (node.Settle refuses another) and set it when only
		// closing with no chain deployed. Reading the rule replays the embedded chain, so a
		// plain settle (the Settlement applies its own rule) does not read it here.
		rule := settlement.DefaultFeeRule
		if !req.Settle || req.OwnerBps != nil || req.ProtocolBps != nil {
			var err error
			if rule, err = node.FeeRule(ctx, st); err != nil {
				return 0, err
			}
		}
		var expect settlement.FeeRule
		if req.OwnerBps != nil || req.ProtocolBps != nil {
			if req.OwnerBps != nil {
				rule.OwnerBps = *req.OwnerBps
			}
			if req.ProtocolBps != nil {
				rule.ProtocolBps = *req.ProtocolBps
			}
			if uint64(rule.OwnerBps)+uint64(rule.ProtocolBps) > 10000 {
				return 0, fmt.Errorf("owner_bps + protocol_bps over 10000: %w", server.ErrBadRequest)
			}
			rule.DataBps = 10000 - rule.OwnerBps - rule.ProtocolBps
			expect = rule
		}
		if req.Settle {
			sctx, ev := settleEvents(ctx)
			rep, err := node.Settle(sctx, st, node.SettleOptions{Backend: prover.Groth16, FeeRule: expect, Attest: mode,
				Basis: basis, Shape: shape}, ev)
			if err != nil {
				if rep != nil && rep.Report != nil && rep.Epoch != nil {
					return rep.Epoch.Epoch, fmt.Errorf("epoch %d closed but not settled (the next close or settle resumes it): %w", rep.Epoch.Epoch, err)
				}
				return 0, err
			}
			switch {
			case rep.Epoch != nil:
				return rep.Epoch.Epoch, nil
			case len(rep.Resumed) > 0: // nothing new to close, but an unfinished epoch was finished
				return rep.Resumed[len(rep.Resumed)-1].Epoch, nil
			}
			return 0, fmt.Errorf("%s: %w", rep.Skipped, server.ErrEpochEmpty)
		}
		var rec *settlement.Epoch
		var err error
		if basis == settlement.BasisProven {
			rec, err = settlement.CloseProven(ctx, st, rule, time.Now(), shape, node.ScoreRows(st))
		} else {
			rec, err = settlement.Close(st, rule, time.Now())
		}
		switch {
		case errors.Is(err, settlement.ErrEmptyEpoch) || errors.Is(err, settlement.ErrZeroFee):
			return 0, fmt.Errorf("%v: %w", err, server.ErrEpochEmpty)
		case errors.Is(err, settlement.ErrInput):
			return 0, fmt.Errorf("%w: %v", server.ErrBadRequest, err)
		case err != nil:
			return 0, err
		}
		return rec.Epoch, nil
	}, nil
}

// ProtocolReader returns a server.ProtocolFunc over the node's embedded chain
// (node.Protocol): GET /v1/protocol and the audit page's protocol panel.
func ProtocolReader(st *store.Store) server.ProtocolFunc {
	return func(ctx context.Context) (api.ProtocolView, error) {
		v, err := node.Protocol(ctx, st)
		if err != nil {
			return api.ProtocolView{}, err
		}
		return *v, nil
	}
}

package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"strings"
	"time"

	"poa/bounds"
	"poa/datanet"
	"poa/gradients"
	"poa/inference"
	"poa/influence"
	"poa/influence/lm"
	"poa/influence/sarray"
	"poa/models"
	"poa/settlement"
	"poa/store"
)

// DemoOptions configure Demo. The zero value is not valid: start from DefaultDemo.
type DemoOptions struct {
	// Model is the base model's name in the store.
	Model string
	// TrainBase trains the base model from scratch (Config, BaseSteps, the
	// demo's datanets) instead of importing the shipped one (package models).
	TrainBase bool
	// Config is the size of a base trained here ("small", or "tiny" for tests).
	Config string
	// BaseSteps and AdapterSteps are the optimizer steps of each training run
	// (BaseSteps only with TrainBase).
	BaseSteps, AdapterSteps int
	// Datanets to train adapters for; empty = every datanet in the store.
	Datanets []string
	// Prompts answered with attribution, each against the adapter of the datanet
	// named in it (Prompt.Adapter).
	Prompts []Prompt
	// Fee is each inference's fee in OPEN base units (decimal).
	Fee string
	// MaxTokens per answer.
	MaxTokens int
	// Settle runs step 7 (epoch, proof, chain); tests of the earlier steps turn it off.
	Settle bool
	// Settlement configures step 7.
	Settlement SettleOptions
	// Full uses every datanet in the store (after `make data`), not just the bundled ones.
	Full bool
}

// Prompt is one demo inference.
type Prompt struct {
	Adapter string `json:"adapter"`
	Text    string `json:"prompt"`
}

// DefaultDemo returns the options of `poa demo`: the shipped base model, one adapter
// per bundled datanet (AdapterTrain's settings), four prompts, 1 OPEN per inference,
// settled on the embedded chain. With TrainBase it trains the small model for
// BaseSteps instead, as the demo did before a base model was shipped.
func DefaultDemo() DemoOptions {
	return DemoOptions{
		Model: "shipped", Config: "small", BaseSteps: 300, AdapterSteps: AdapterSteps, MaxTokens: 24,
		Fee: "1000000000000000000",
		Prompts: []Prompt{
			{Adapter: "devil", Text: "LAWYER, n. One skilled in"},
			{Adapter: "devil", Text: "CYNIC, n. A blackguard whose"},
			{Adapter: "jargon", Text: "hacker n. A person who enjoys"},
			{Adapter: "jargon", Text: "kludge n. A clever programming trick"},
		},
		Settle:     true,
		Settlement: DefaultSettle(),
	}
}

// Validate checks the options' numbers before Demo touches the store: BaseSteps and
// AdapterSteps in [1, gradients.MaxSteps], MaxTokens in [1, 65536]. A failure is an
// error holding a *bounds.Error naming the field ("DemoOptions.BaseSteps").
func (o DemoOptions) Validate() error {
	err := bounds.First(
		bounds.In("DemoOptions.BaseSteps", o.BaseSteps, 1, gradients.MaxSteps),
		bounds.In("DemoOptions.AdapterSteps", o.AdapterSteps, 1, gradients.MaxSteps),
		bounds.In("DemoOptions.MaxTokens", o.MaxTokens, 1, 1<<16),
	)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	return nil
}

// Events receives the pipeline's progress: a step starting, and (phase, done, total)
// within it. Either function may be nil.
type Events struct {
	Step     func(name string)
	Progress func(step, phase string, done, total int)
	// Train receives training progress (steps, loss, tokens/s).
	Train func(step string, p gradients.Progress)
}

func (e *Events) step(name string) {
	slog.Debug("demo step", "step", name)
	if e != nil && e.Step != nil {
		e.Step(name)
	}
}

func (e *Events) progress(step string) func(phase string, done, total int) {
	return func(phase string, done, total int) {
		if e != nil && e.Progress != nil {
			e.Progress(step, phase, done, total)
		}
	}
}

func (e *Events) train(step string) func(gradients.Progress) {
	return func(p gradients.Progress) {
		if e != nil && e.Train != nil {
			e.Train(step, p)
		}
	}
}

// Answer is one attributed inference of the demo.
type Answer struct {
	Adapter string     `json:"adapter"`
	Prompt  string     `json:"prompt"`
	Result  *lm.Result `json:"result"`
	// Copied are the output's verbatim spans found in the training data (the
	// record's span evidence), longest first.
	Copied []CopiedSpan `json:"copied"`
}

// CopiedSpan is one stretch of an answer's output that occurs verbatim in data
// points: output tokens [Start, End) and the points holding them.
type CopiedSpan struct {
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Text    string   `json:"text"`
	Sources []string `json:"sources"` // "datanet/point id"
	// First is the beginning of the first source's text (its headword, for a
	// dictionary entry).
	First string `json:"first"`
}

// DemoReport is what Demo did.
type DemoReport struct {
	Datanets []store.Datanet           `json:"datanets"`
	Model    inference.ModelRecord     `json:"model"`
	Adapters []inference.AdapterRecord `json:"adapters"`
	Index    *sarray.Meta              `json:"index,omitempty"`
	Answers  []Answer                  `json:"answers"`
	// Commitments are the adapters' evidence commitments (sketch and corpus roots).
	Commitments []*influence.Commitment `json:"commitments"`
	// Verified is each answer's record recomputed by lm.VerifyRecord, in answer order.
	Verified []*lm.Verification `json:"verified"`
	// Settlement is step 7's report (nil when Settle is off).
	Settlement *SettleReport `json:"settlement,omitempty"`
	// Evidence is each adapter's evidence as published on the chain (nil when Settle
	// is off); EvidenceNote says why it was not published, when it was not.
	Evidence     []*EvidenceReport `json:"evidence,omitempty"`
	EvidenceNote string            `json:"evidence_note,omitempty"`
	Skipped      []string          `json:"skipped"` // steps whose results were already there
	Seconds      float64           `json:"seconds"`
}

// Demo runs the pipeline (see the package comment) on st. Options that fail
// o.Validate are refused before anything is written.
func Demo(ctx context.Context, st *store.Store, o DemoOptions, ev *Events) (*DemoReport, error) {
	t0 := time.Now()
	rep := &DemoReport{Skipped: []string{}}
	if err := o.Validate(); err != nil {
		return rep, err
	}

	ev.step("import bundled datanets")
	if _, err := datanet.ImportBundled(ctx, st, gpt2Counter()); err != nil {
		return rep, fmt.Errorf("import bundled datanets: %w", err)
	}
	dns, err := st.Datanets()
	if err != nil {
		return rep, err
	}
	names := o.Datanets
	if len(names) == 0 {
		for _, d := range dns {
			if o.Full || isBundled(d.Name) {
				names = append(names, d.Name)
			}
		}
	}
	for _, d := range dns {
		if slices.Contains(names, d.Name) {
			rep.Datanets = append(rep.Datanets, d)
		}
	}

	if o.TrainBase {
		ev.step("train base model")
	} else {
		ev.step("import the shipped base model")
	}
	mrec, skipped, err := ensureBase(ctx, st, o, names, ev)
	if err != nil {
		return rep, fmt.Errorf("base model: %w", err)
	}
	rep.Model = mrec
	rep.reused(skipped, "base model")

	for _, d := range names {
		ev.step("train adapter " + d)
		arec, skipped, err := ensureAdapter(ctx, st, o, mrec, d, ev)
		if err != nil {
			return rep, fmt.Errorf("train adapter %s: %w", d, err)
		}
		rep.Adapters = append(rep.Adapters, arec)
		rep.reused(skipped, "adapter "+d)
	}

	ev.step("build suffix-array index")
	meta, skipped, err := ensureIndex(ctx, st, mrec, ev)
	if err != nil {
		return rep, fmt.Errorf("build index: %w", err)
	}
	rep.Index = meta
	rep.reused(skipped, "index")

	for _, a := range rep.Adapters {
		ev.step("gradient sketches " + a.Name)
		skipped, err := ensureSketches(ctx, st, a, ev)
		if err != nil {
			return rep, fmt.Errorf("sketches of %s: %w", a.Name, err)
		}
		rep.reused(skipped, "sketches "+a.Name)
		if a.Docs > lm.CandidateThreshold {
			ev.step("embedding candidates " + a.Name)
			skipped, err := ensureEmbeddings(ctx, st, a, ev)
			if err != nil {
				return rep, fmt.Errorf("embeddings of %s: %w", a.Name, err)
			}
			rep.reused(skipped, "embeddings "+a.Name)
		}
	}

	for _, a := range rep.Adapters {
		ev.step("commit evidence " + a.Name)
		c, err := lm.EnsureCommitment(ctx, st, a.Name)
		if err != nil {
			return rep, fmt.Errorf("evidence of %s: %w", a.Name, err)
		}
		rep.Commitments = append(rep.Commitments, c)
	}

	ev.step("answer prompts with attribution")
	answers, err := answerPrompts(ctx, st, o, names, ev)
	if err != nil {
		return rep, err
	}
	rep.Answers = answers

	ev.step("verify records (recompute)")
	recs := make([]*influence.Record, 0, len(answers))
	for i, a := range answers {
		rec, err := settlement.Record(st, a.Result.Record)
		if err != nil {
			return rep, err
		}
		recs = append(recs, rec)
		rep.Answers[i].Copied = copiedSpans(st, a.Result, rec)
	}
	if rep.Verified, err = lm.VerifyRecords(ctx, st, recs); err != nil {
		return rep, fmt.Errorf("verify records: %w", err)
	}
	for _, v := range rep.Verified {
		if !v.OK {
			return rep, fmt.Errorf("record %s does not recompute: %+v", v.Record, v.Checks)
		}
	}

	if o.Settle {
		so := o.Settlement
		if so.Attest != "" && so.Basis == "" {
			// Attesting every record's scores lets the epoch's scores be proven from them:
			// settled with settleAttributed (docs/proofs.md, Epoch aggregation).
			so.Basis = settlement.BasisProven
		}
		sr, err := Settle(ctx, st, so, ev)
		if err != nil {
			return rep, err
		}
		rep.Settlement = sr
		ev.step("publish evidence")
		for _, a := range rep.Adapters {
			er, err := PublishEvidence(ctx, st, a.Name, ev)
			if errors.Is(err, ErrNoScoreVerifier) || errors.Is(err, ErrNoEvidenceRegistry) {
				rep.EvidenceNote = err.Error()
				break
			}
			if err != nil {
				return rep, fmt.Errorf("publish evidence of %s: %w", a.Name, err)
			}
			rep.Evidence = append(rep.Evidence, er)
		}
	}
	rep.Seconds = time.Since(t0).Seconds()
	return rep, nil
}

// reused records what when skipped: the step found its result in the store.
func (r *DemoReport) reused(skipped bool, what string) {
	if skipped {
		r.Skipped = append(r.Skipped, what)
	}
}

func isBundled(name string) bool {
	for _, b := range datanet.Bundled() {
		if b.Name == name {
			return true
		}
	}
	return false
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// ensureBase returns the demo's base model: the shipped one, imported unless a
// model of that name with its weights exists; with o.TrainBase, one trained here
// unless a model of that name trained here on the same datanets exists.
func ensureBase(ctx context.Context, st *store.Store, o DemoOptions, names []string, ev *Events) (inference.ModelRecord, bool, error) {
	if !o.TrainBase {
		return models.ImportBase(st, o.Model)
	}
	var rec inference.ModelRecord
	err := st.Get(store.KindModel, o.Model, &rec)
	if err == nil && rec.Source == "" && sameSet(rec.Datanets, names) {
		return rec, true, inference.SetCurrentModel(st, o.Model)
	}
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return rec, false, err
	}
	cfg, err := inference.NamedConfig(o.Config)
	if err != nil {
		return rec, false, err
	}
	tc := gradients.DefaultTrainConfig()
	tc.Steps = o.BaseSteps
	rec, _, err = gradients.TrainBase(ctx, st, gradients.BaseOptions{Name: o.Model, Datanets: names, Config: cfg, Train: tc}, ev.train("base"))
	return rec, false, err
}

// The demo's adapter settings, chosen by held-out loss on the shipped base
// (docs/model.md): LoRA rank AdapterRank (alpha 2·rank) on attn and mlp,
// AdapterSteps steps of AdapterBatch windows of the model's context at peak
// learning rate AdapterLR.
const (
	AdapterRank  = 8
	AdapterSteps = 150
	AdapterBatch = 8
	AdapterLR    = 1e-2
)

// AdapterTrain returns the demo adapters' training settings for steps steps.
func AdapterTrain(steps int) gradients.TrainConfig {
	tc := gradients.DefaultTrainConfig()
	tc.Steps, tc.BatchSize, tc.LR, tc.Warmup = steps, AdapterBatch, AdapterLR, min(10, steps)
	return tc
}

// ensureAdapter trains the adapter of datanet d over the base model unless one with
// the same settings over the same base weights exists.
func ensureAdapter(ctx context.Context, st *store.Store, o DemoOptions, base inference.ModelRecord, d string, ev *Events) (inference.AdapterRecord, bool, error) {
	var rec inference.AdapterRecord
	err := st.Get(store.KindAdapter, d, &rec)
	tc := AdapterTrain(o.AdapterSteps)
	if err == nil && rec.Base == base.Name && rec.BaseSHA256 == base.SHA256 && sameSet(rec.Datanets, []string{d}) &&
		rec.Steps == tc.Steps && rec.Lora.Rank == AdapterRank {
		return rec, true, nil
	}
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return rec, false, err
	}
	ts, err := inference.ParseTargets("attn,mlp")
	if err != nil {
		return rec, false, err
	}
	rec, _, err = gradients.TrainAdapter(ctx, st, gradients.AdapterOptions{Name: d, Base: base.Name, Datanets: []string{d},
		Lora: inference.LoraConfig{Rank: AdapterRank, Alpha: 2 * AdapterRank, Targets: ts}, Train: tc}, ev.train("adapter "+d))
	return rec, false, err
}

// copiedSpans returns an answer's verbatim spans (the record's span evidence),
// grouped by output range, longest first, at most 3.
func copiedSpans(st *store.Store, res *lm.Result, rec *influence.Record) []CopiedSpan {
	var out []CopiedSpan
	at := map[[2]int]int{}
	for _, sp := range rec.Evidence.Spans {
		k := [2]int{sp.Start, sp.End}
		i, ok := at[k]
		if !ok {
			var text strings.Builder
			for t := sp.Start; t < sp.End && t < len(res.Tokens); t++ {
				text.WriteString(res.Tokens[t].Text)
			}
			i = len(out)
			at[k] = i
			out = append(out, CopiedSpan{Start: sp.Start, End: sp.End, Text: text.String()})
		}
		out[i].Sources = append(out[i].Sources, sp.Datanet+"/"+sp.Point)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		return a.End-a.Start > b.End-b.Start || a.End-a.Start == b.End-b.Start && a.Start < b.Start
	})
	out = out[:min(len(out), 3)]
	for i := range out {
		d, p, _ := strings.Cut(out[i].Sources[0], "/")
		if pt, err := st.Point(d, p); err == nil {
			first, _, _ := strings.Cut(strings.TrimSpace(pt.Text), "\n")
			if r := []rune(first); len(r) > 60 {
				first = string(r[:60]) + "…"
			}
			out[i].First = first
		}
	}
	return out
}

// ensureIndex builds the suffix-array index with the base model's tokenizer unless
// the existing one is current: built with that tokenizer, and no data point added
// since (sarray.EnsureStore, the rule attribution uses). A damaged index file is
// rebuilt too.
func ensureIndex(ctx context.Context, st *store.Store, base inference.ModelRecord, ev *Events) (*sarray.Meta, bool, error) {
	_, tok, _, err := inference.OpenModel(st, base.Name)
	if err != nil {
		return nil, false, err
	}
	prog := ev.progress("index")
	o := sarray.BuildOptions{Tokenizer: tok, TokName: "model:" + base.Name, Model: base.Name,
		Progress: func(phase string, done, total int64) { prog(phase, int(done), int(total)) }}
	c, why, err := sarray.EnsureStore(ctx, st, o)
	if errors.Is(err, sarray.ErrChecksum) || errors.Is(err, sarray.ErrTruncated) || errors.Is(err, sarray.ErrFormat) {
		slog.Info("rebuilding the damaged suffix-array index", "reason", err)
		if _, err := sarray.BuildStore(ctx, st, o); err != nil {
			return nil, false, err
		}
		c, why, err = sarray.EnsureStore(ctx, st, o)
		why = "damaged"
	}
	if err != nil {
		return nil, false, err
	}
	meta := c.Meta
	c.Close()
	return &meta, why == "", nil
}

// ensureSketches computes an adapter's gradient sketches unless sketches of the same
// adapter weights exist.
func ensureSketches(ctx context.Context, st *store.Store, a inference.AdapterRecord, ev *Events) (bool, error) {
	raw, _ := lm.SketchNames(a.Name)
	var m store.SketchMeta
	if err := st.Get(store.KindSketch, raw, &m); err == nil {
		if sha, _ := m.Params["adapter_sha256"].(string); sha == a.SHA256 {
			return true, nil
		}
	}
	_, _, err := lm.BuildSketches(ctx, st, lm.SketchOptions{Adapter: a.Name, Progress: ev.progress("sketches " + a.Name)})
	return false, err
}

// ensureEmbeddings builds the embedding index that restricts gradient scoring to
// candidates on large datanets, unless a valid one exists.
func ensureEmbeddings(ctx context.Context, st *store.Store, a inference.AdapterRecord, ev *Events) (bool, error) {
	if _, err := lm.OpenEmbeddings(st, a.Name); err == nil {
		return true, nil
	}
	_, err := lm.BuildEmbeddings(ctx, st, lm.EmbedOptions{Adapter: a.Name, Progress: ev.progress("embeddings " + a.Name)})
	return false, err
}

// answerPrompts runs the demo prompts whose adapter was trained, with attribution.
func answerPrompts(ctx context.Context, st *store.Store, o DemoOptions, names []string, ev *Events) ([]Answer, error) {
	var out []Answer
	for _, p := range o.Prompts {
		if !slices.Contains(names, p.Adapter) {
			continue
		}
		res, _, _, err := Attribute(ctx, st, lm.Options{Adapter: p.Adapter, Prompt: p.Text, MaxTokens: o.MaxTokens, Fee: o.Fee,
			Progress: ev.progress("attribute")}, "")
		if err != nil {
			return out, fmt.Errorf("attribute %q on %s: %w", p.Text, p.Adapter, err)
		}
		out = append(out, Answer{Adapter: p.Adapter, Prompt: p.Text, Result: res})
	}
	return out, nil
}

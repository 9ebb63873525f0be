package lm

import (
	"context"
	"errors"
	"fmt"

	"poa/gradients"
	"poa/inference"
	"poa/inference/tokenizer"
	"poa/influence"
	"poa/store"
)

// SketchOptions configure BuildSketches; zero fields take the defaults in brackets.
type SketchOptions struct {
	Adapter   string
	KIn, KOut int     // LoGra sides per layer [8, 8]
	Seed      uint64  // projection seed [1]
	Damping   float64 // λ of the preconditioner [0.1·tr(F)/k]
	BatchSize int     // examples per forward/backward [8]
	// Progress, if set, receives (phase, done, total): "sketch" in data points.
	Progress func(phase string, done, total int)
}

// SketchNames returns the sketch record names of an adapter: raw and preconditioned.
func SketchNames(adapter string) (raw, pre string) { return adapter + ".raw", adapter + ".pre" }

type loaded struct {
	m    *inference.Model[float32]
	tok  tokenizer.Tokenizer
	mrec inference.ModelRecord
	ad   *inference.Adapter[float32]
	arec inference.AdapterRecord
}

func load(s *store.Store, adapter string) (*loaded, error) {
	var arec inference.AdapterRecord
	if err := s.Get(store.KindAdapter, adapter, &arec); err != nil {
		return nil, fmt.Errorf("adapter %q: %w", adapter, err)
	}
	m, tok, mrec, err := inference.OpenModel(s, arec.Base)
	if err != nil {
		return nil, err
	}
	ad, arec, err := inference.OpenAdapter(s, adapter, mrec.Name, m.Cfg)
	if err != nil {
		return nil, err
	}
	return &loaded{m: m, tok: tok, mrec: mrec, ad: ad, arec: arec}, nil
}

// BuildSketches sketches every data point of the adapter's datanets at the adapter's
// weights and stores the raw and preconditioned sketch files with their records.
func BuildSketches(ctx context.Context, s *store.Store, o SketchOptions) (raw, pre store.SketchMeta, err error) {
	if o.KIn == 0 {
		o.KIn = 8
	}
	if o.KOut == 0 {
		o.KOut = 8
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.BatchSize == 0 {
		o.BatchSize = 8
	}
	if err := o.Validate(); err != nil {
		return raw, pre, err
	}
	progress := o.Progress
	if progress == nil {
		progress = func(string, int, int) {}
	}
	l, err := load(s, o.Adapter)
	if err != nil {
		return raw, pre, err
	}
	if err := sketchSides(l.m.Cfg, "SketchOptions", o.KIn, o.KOut); err != nil {
		return raw, pre, err
	}
	var ids []string
	var seqs [][]int
	for _, d := range l.arec.Datanets {
		err := s.Points(d, func(p store.DataPoint) error {
			ids = append(ids, d+"/"+p.ID)
			seqs = append(seqs, l.tok.Encode(p.Text))
			return nil
		})
		if err != nil {
			return raw, pre, fmt.Errorf("datanet %q: %w", d, err)
		}
	}
	if len(ids) == 0 {
		return raw, pre, fmt.Errorf("adapter %q: its datanets %v have no points: %w", o.Adapter, l.arec.Datanets, influence.ErrBadInput)
	}
	proj, err := gradients.NewProjector(l.m.Cfg, l.ad.Cfg.Targets, o.KIn, o.KOut, o.Seed)
	if err != nil {
		return raw, pre, err
	}
	sks, _, err := gradients.ExampleSketches(ctx, l.m, l.ad, seqs, proj, &gradients.Options{BatchSize: o.BatchSize,
		Progress: func(done, total int) { progress("sketch", done, total) }})
	if err != nil {
		return raw, pre, err
	}
	k := proj.Dim()
	g := influence.NewDense(len(ids), k, ids)
	for i, sk := range sks {
		copy(g.Row(i), sk)
	}
	params := map[string]any{"k_in": o.KIn, "k_out": o.KOut, "seed": o.Seed, "targets": l.ad.Cfg.Targets,
		"model": l.mrec.Name, "model_sha256": l.mrec.SHA256, "adapter_sha256": l.arec.SHA256, "datanets": l.arec.Datanets}
	rawName, preName := SketchNames(o.Adapter)
	raw, err = s.PutSketch(store.SketchMeta{Name: rawName, Adapter: o.Adapter, Checkpoint: l.arec.Steps, Kind: "sketch",
		Method: "logra", Params: params, K: k}, ids, g.Data)
	if err != nil {
		return raw, pre, err
	}
	fisher := influence.EmpiricalFisher(g)
	lambda := o.Damping
	if lambda == 0 {
		lambda = influence.DefaultDamping(fisher)
	}
	p, err := influence.NewPreconditioner(fisher, lambda)
	if err != nil {
		return raw, pre, err
	}
	pg := p.Apply(g)
	pre, err = s.PutSketch(store.SketchMeta{Name: preName, Adapter: o.Adapter, Checkpoint: l.arec.Steps, Kind: "preconditioned",
		Method: "logra+fisher", Params: params, Damping: lambda, K: k}, ids, pg.Data)
	return raw, pre, err
}

// openSketches opens the adapter's preconditioned sketches and checks they belong to
// the loaded weights.
func openSketches(s *store.Store, l *loaded) (*store.SketchFile, store.SketchMeta, *gradients.Projector, error) {
	_, preName := SketchNames(l.arec.Name)
	sf, meta, err := s.OpenSketch(preName)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, meta, nil, fmt.Errorf("adapter %q: %w (run `poa influence sketch --adapter %s`)", l.arec.Name, ErrNoSketches, l.arec.Name)
		}
		return nil, meta, nil, err
	}
	proj, err := sketchProjector(l, meta)
	if err != nil {
		sf.Close()
		return nil, meta, nil, err
	}
	if _, k := sf.Dims(); k != proj.Dim() {
		sf.Close()
		return nil, meta, nil, fmt.Errorf("sketch %s: k=%d, its projection gives %d: %w", preName, k, proj.Dim(), ErrStale)
	}
	return sf, meta, proj, nil
}

// sketchProjector checks that the sketch record meta belongs to the loaded weights
// and returns the projection its rows were made with.
func sketchProjector(l *loaded, meta store.SketchMeta) (*gradients.Projector, error) {
	preName := meta.Name
	if meta.Params["adapter_sha256"] != l.arec.SHA256 || meta.Params["model_sha256"] != l.mrec.SHA256 {
		return nil, fmt.Errorf("adapter %q: sketches %s were built for adapter %v / model %v, now %s / %s: %w (run `poa influence sketch --adapter %s`)",
			l.arec.Name, preName, meta.Params["adapter_sha256"], meta.Params["model_sha256"], l.arec.SHA256, l.mrec.SHA256, ErrStale, l.arec.Name)
	}
	num := func(k string) int { f, _ := meta.Params[k].(float64); return int(f) }
	var targets []string
	if ts, ok := meta.Params["targets"].([]any); ok {
		for _, t := range ts {
			if s, ok := t.(string); ok {
				targets = append(targets, s)
			}
		}
	}
	proj, err := gradients.NewProjector(l.m.Cfg, targets, num("k_in"), num("k_out"), uint64(num("seed")))
	if err != nil {
		return nil, fmt.Errorf("sketch %s: %w", preName, err)
	}
	return proj, nil
}

package gradients

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"

	"time"

	"poa/inference"
	"poa/inference/tokenizer"
	"poa/store"
)

// DatanetTexts returns the texts of the committed points of the datanets, datanet
// by datanet in point-id order (deterministic), and fails naming an unknown or empty
// datanet.
func DatanetTexts(s *store.Store, datanets []string) ([]string, error) {
	if len(datanets) == 0 {
		return nil, fmt.Errorf("%w: no datanet given", ErrNoData)
	}
	var texts []string
	for _, d := range datanets {
		if _, err := s.Datanet(d); err != nil {
			return nil, err
		}
		n := len(texts)
		err := s.Points(d, func(p store.DataPoint) error {
			texts = append(texts, p.Text)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("datanet %q: %w", d, err)
		}
		if len(texts) == n {
			return nil, fmt.Errorf("%w: datanet %q has no points", ErrNoData, d)
		}
	}
	return texts, nil
}

// BaseOptions configure TrainBase.
type BaseOptions struct {
	Name     string // model name (store key and folder)
	Datanets []string
	Config   inference.Config // vocab_size is the tokenizer's size to train
	Train    TrainConfig
	// Eval, when non-nil, receives the held-out loss (EvalLoss) after every
	// Train.CheckpointEvery steps and at the end: the held-out loss curve.
	Eval func(step int, loss float64)
}

// TrainBase trains a byte-level BPE tokenizer (vocab_size ids) and a GPT-2 model from
// scratch on the datanets' points except the held-out ones (SplitHeldOut), whose loss
// it records (ModelRecord.HeldOut), resuming from the model folder's checkpoint if an
// earlier run of the same data and settings was interrupted (see Train). On success it writes the model folder (config.json,
// model.safetensors, tokenizer/), the store.KindModel record with the weights'
// sha256, and makes it the current model. Cancelling ctx saves a checkpoint. Settings
// that fail o.Train.ValidateFor(o.Config) are refused before anything is written.
func TrainBase(ctx context.Context, s *store.Store, o BaseOptions, progress func(Progress)) (inference.ModelRecord, Result, error) {
	var rec inference.ModelRecord
	if !store.ValidName(o.Name) {
		return rec, Result{}, fmt.Errorf("model name %q: %w", o.Name, store.ErrInvalidName)
	}
	if err := o.Train.ValidateFor(o.Config); err != nil {
		return rec, Result{}, err
	}
	all, err := DatanetTexts(s, o.Datanets)
	if err != nil {
		return rec, Result{}, err
	}
	texts, heldTexts := SplitHeldOut(all)
	dir, err := inference.ModelDir(s, o.Name)
	if err != nil {
		return rec, Result{}, err
	}
	tokDir := filepath.Join(dir, "tokenizer")
	var tok *tokenizer.BPE
	if t, err := tokenizer.LoadBPE(tokDir); err == nil && unfinishedCheckpoint(filepath.Join(dir, "checkpoint.safetensors")) {
		// resuming: keep the tokenizer the checkpoint was trained with (Train checks
		// the token stream's sha256 against the checkpoint's, so other data fails)
		tok = t
	} else {
		t0 := time.Now()
		if tok, err = tokenizer.TrainBPE(texts, o.Config.VocabSize); err != nil {
			return rec, Result{}, fmt.Errorf("train tokenizer: %w", err)
		}
		if err := tok.Save(tokDir); err != nil {
			return rec, Result{}, err
		}
		slog.Info("trained tokenizer", "vocab", tok.VocabSize(), "texts", len(texts), "seconds", time.Since(t0).Seconds())
	}
	cfg := o.Config
	cfg.VocabSize = tok.VocabSize()
	if err := cfg.Validate(); err != nil {
		return rec, Result{}, err
	}
	docs, ntok := encodeAll(tok, texts)
	data, err := NewDataset(docs, tok.EOT())
	if err != nil {
		return rec, Result{}, err
	}
	held := heldOutData(tok, heldTexts)
	p := inference.NewParams[float32](cfg)
	p.Init(o.Train.Seed)
	m := inference.NewModel(p)
	var hook func(int) error
	if o.Eval != nil && held.data != nil {
		hook = func(step int) error {
			l, _, err := EvalLoss(m, nil, held.data, seqLen(o.Train, cfg))
			if err == nil {
				o.Eval(step, l)
			}
			return err
		}
	}
	res, err := TrainWithHook(ctx, m, nil, data, o.Train, filepath.Join(dir, "checkpoint.safetensors"), progress, hook)
	if err != nil {
		return rec, res, err
	}
	ho, err := held.eval(m, nil, seqLen(o.Train, cfg))
	if err != nil {
		return rec, res, err
	}
	if err := inference.SaveModel(dir, m); err != nil {
		return rec, res, err
	}
	sum, err := inference.FileSHA256(filepath.Join(dir, "model.safetensors"))
	if err != nil {
		return rec, res, err
	}
	rel, _ := filepath.Rel(filepath.Join(s.Dir(), "files"), dir)
	rec = inference.ModelRecord{Name: o.Name, Config: cfg, Dir: rel, SHA256: sum, Params: len(p.Data), Datanets: o.Datanets,
		Docs: data.Docs, Tokens: ntok, Steps: res.Steps, Loss: res.Loss, HeldOut: ho, DataSHA256: StreamSHA256(data.Stream),
		Train: o.Train, Created: time.Now().UTC()}
	if err := s.Put(store.KindModel, o.Name, rec); err != nil {
		return rec, res, err
	}
	return rec, res, inference.SetCurrentModel(s, o.Name)
}

// AdapterOptions configure TrainAdapter.
type AdapterOptions struct {
	Name     string
	Base     string // base model name; empty: the current model
	Datanets []string
	Lora     inference.LoraConfig
	Train    TrainConfig
}

// TrainAdapter trains a LoRA adapter on the datanets' points except the held-out ones
// (SplitHeldOut) over a frozen base model (tokenized with the base's tokenizer),
// resuming from its checkpoint only if it is of this base, data and settings (see
// Train), and writes the PEFT-format adapter folder and the store.KindAdapter record
// with the base's sha256 and the held-out loss with and without the adapter. Settings that fail
// o.Lora.Validate or o.Train.ValidateFor against the base model are refused before
// anything is written.
func TrainAdapter(ctx context.Context, s *store.Store, o AdapterOptions, progress func(Progress)) (inference.AdapterRecord, Result, error) {
	var rec inference.AdapterRecord
	if !store.ValidName(o.Name) {
		return rec, Result{}, fmt.Errorf("adapter name %q: %w", o.Name, store.ErrInvalidName)
	}
	m, tok, mrec, err := inference.OpenModel(s, o.Base)
	if err != nil {
		return rec, Result{}, err
	}
	if err := o.Lora.Validate(m.Cfg); err != nil {
		return rec, Result{}, err
	}
	if err := o.Train.ValidateFor(m.Cfg); err != nil {
		return rec, Result{}, err
	}
	texts, err := DatanetTexts(s, o.Datanets)
	if err != nil {
		return rec, Result{}, err
	}
	dir, err := inference.AdapterDir(s, o.Name)
	if err != nil {
		return rec, Result{}, err
	}
	o.Lora.BaseModelName = mrec.Name
	ad, err := inference.NewAdapter[float32](o.Name, m.Cfg, o.Lora)
	if err != nil {
		return rec, Result{}, err
	}
	ad.Init(o.Train.Seed)
	texts, heldTexts := SplitHeldOut(texts)
	docs, ntok := encodeAll(tok, texts)
	data, err := NewDataset(docs, tok.EOT())
	if err != nil {
		return rec, Result{}, err
	}
	held := heldOutData(tok, heldTexts)
	T := seqLen(o.Train, m.Cfg)
	baseHeld, err := held.eval(m, nil, T)
	if err != nil {
		return rec, Result{}, err
	}
	res, err := Train(ctx, m, ad, data, o.Train, filepath.Join(dir, "checkpoint.safetensors"), progress)
	if err != nil {
		return rec, res, err
	}
	ho, err := held.eval(m, ad, T)
	if err != nil {
		return rec, res, err
	}
	if ho != nil {
		ho.BaseLoss = baseHeld.Loss
	}
	if err := inference.SaveAdapter(dir, ad); err != nil {
		return rec, res, err
	}
	sum, err := inference.FileSHA256(filepath.Join(dir, "adapter_model.safetensors"))
	if err != nil {
		return rec, res, err
	}
	rel, _ := filepath.Rel(filepath.Join(s.Dir(), "files"), dir)
	rec = inference.AdapterRecord{Name: o.Name, Base: mrec.Name, Lora: ad.Cfg, Dir: rel, SHA256: sum, Params: len(ad.Data),
		Datanets: o.Datanets, Docs: data.Docs, Tokens: ntok, Steps: res.Steps, Loss: res.Loss, HeldOut: ho, BaseSHA256: mrec.SHA256,
		DataSHA256: StreamSHA256(data.Stream), Train: o.Train, Created: time.Now().UTC()}
	return rec, res, s.Put(store.KindAdapter, o.Name, rec)
}

func encodeAll(tok tokenizer.Tokenizer, texts []string) ([][]int, int) {
	docs := make([][]int, len(texts))
	n := 0
	for i, t := range texts {
		docs[i] = tok.Encode(t)
		n += len(docs[i])
	}
	return docs, n
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil || !errors.Is(err, os.ErrNotExist)
}

// heldOut is the held-out split of a run, tokenized.
type heldOut struct {
	data  *Dataset // nil: nothing held out
	bytes int
}

func heldOutData(tok tokenizer.Tokenizer, texts []string) heldOut {
	var h heldOut
	docs, _ := encodeAll(tok, texts)
	for _, t := range texts {
		h.bytes += len(t)
	}
	h.data, _ = NewDataset(docs, tok.EOT()) // ErrNoData: nothing to measure
	return h
}

// eval returns the held-out loss of m (with ad), nil when nothing is held out.
func (h heldOut) eval(m *inference.Model[float32], ad *inference.Adapter[float32], T int) (*inference.HeldOutLoss, error) {
	if h.data == nil {
		return nil, nil
	}
	l, n, err := EvalLoss(m, ad, h.data, T)
	if err != nil {
		return nil, err
	}
	return &inference.HeldOutLoss{Docs: h.data.Docs, Tokens: n, Loss: l, NatsPerByte: l * float64(n) / float64(max(h.bytes, 1))}, nil
}

// seqLen is the window length training uses: SeqLen, or the model's context.
func seqLen(tc TrainConfig, cfg inference.Config) int {
	if tc.SeqLen == 0 {
		return cfg.NPositions
	}
	return tc.SeqLen
}

// unfinishedCheckpoint reports whether path holds a checkpoint of a run that did
// not reach its last step (one that TrainBase may resume).
func unfinishedCheckpoint(path string) bool {
	st, err := inference.ReadSafetensorsFile(path)
	if err != nil {
		return fileExists(path) // unreadable: let Train report it
	}
	var tc TrainConfig
	step, err := strconv.Atoi(st.Metadata["step"])
	if err != nil || json.Unmarshal([]byte(st.Metadata["train_config"]), &tc) != nil {
		return true
	}
	return step < tc.Steps
}

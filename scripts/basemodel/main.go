// Command basemodel exports a base model trained in a store as the shipped model
// (models/base) and measures held-out losses against count-model baselines.
//
//	go run ./scripts/basemodel export -data DIR -model base -out models/base -command "…"
//	go run ./scripts/basemodel heldout -data DIR -model NAME [-adapter A] -datanets a,b
//	go run ./scripts/basemodel plot -out models/base     # loss.csv → loss.png
//
// The held-out documents are gradients.HeldOut's (2% of each datanet, chosen by a
// hash of the text); the count models (unigram, bigram, trigram; interpolated
// Kneser-Ney, discount 0.75) are counted on the training documents' token stream
// and scored on the held-out stream, with the model's tokenizer, so their nats per
// token compare with the model's.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"poa/gradients"
	"poa/inference"
	"poa/inference/tokenizer"
	"poa/models"
	"poa/store"
)

func main() {
	log.SetFlags(0)
	if len(os.Args) < 2 {
		log.Fatal("usage: basemodel export|heldout|plot [flags]")
	}
	fl := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	data := fl.String("data", "./poa-data", "data directory (store)")
	model := fl.String("model", "base", "model name in the store")
	adapter := fl.String("adapter", "", "heldout: also measure this adapter")
	datanets := fl.String("datanets", "", "heldout: datanets whose held-out documents to score (default: the model's)")
	out := fl.String("out", "models/base", "export: output folder")
	command := fl.String("command", "", "export: the training command, recorded in the manifest")
	sources := fl.String("sources", "", "export: datanet=source pairs, comma-separated, recorded in the manifest")
	fl.Parse(os.Args[2:])
	if os.Args[1] == "plot" {
		if err := plotCurve(filepath.Join(*out, "loss.csv"), filepath.Join(*out, "loss.png")); err != nil {
			log.Fatal(err)
		}
		return
	}
	s, err := store.Open(store.DefaultOptions(*data))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	switch os.Args[1] {
	case "export":
		err = export(s, *model, *out, *command, *sources)
	case "heldout":
		var dn []string
		if *datanets != "" {
			dn = strings.Split(*datanets, ",")
		}
		err = heldout(s, *model, *adapter, dn)
	default:
		err = fmt.Errorf("unknown subcommand %q", os.Args[1])
	}
	if err != nil {
		log.Fatal(err)
	}
}

// split returns the training and held-out streams of datanets tokenized by tok
// (documents joined with end-of-text, as gradients.TrainBase builds them) and the
// held-out documents' UTF-8 bytes.
func split(s *store.Store, tok tokenizer.Tokenizer, datanets []string) (train, held *gradients.Dataset, heldBytes int, err error) {
	texts, err := gradients.DatanetTexts(s, datanets)
	if err != nil {
		return nil, nil, 0, err
	}
	tr, ho := gradients.SplitHeldOut(texts)
	enc := func(ts []string) (*gradients.Dataset, error) {
		docs := make([][]int, len(ts))
		for i, t := range ts {
			docs[i] = tok.Encode(t)
		}
		return gradients.NewDataset(docs, tok.EOT())
	}
	for _, t := range ho {
		heldBytes += len(t)
	}
	if train, err = enc(tr); err != nil {
		return nil, nil, 0, err
	}
	held, err = enc(ho)
	return train, held, heldBytes, err
}

// baselines returns the count models' held-out nats per token.
func baselines(train, held *gradients.Dataset, vocab int) map[string]float64 {
	b := map[string]float64{
		"unigram_entropy_train": unigramEntropy(train.Stream),
		"unigram":               unigramCE(train.Stream, held.Stream, vocab),
	}
	for n, name := range map[int]string{2: "bigram_kn", 3: "trigram_kn"} {
		b[name] = newCountModel(train.Stream, n, vocab, 0.75).crossEntropy(held.Stream)
	}
	return b
}

func heldout(s *store.Store, model, adapter string, datanets []string) error {
	m, tok, rec, err := inference.OpenModel(s, model)
	if err != nil {
		return err
	}
	if len(datanets) == 0 {
		datanets = rec.Datanets
	}
	train, held, hb, err := split(s, tok, datanets)
	if err != nil {
		return err
	}
	T := m.Cfg.NPositions
	l, n, err := gradients.EvalLoss(m, nil, held, T)
	if err != nil {
		return err
	}
	fmt.Printf("held-out documents of %s: %d documents, %d tokens, %d bytes (tokenizer of %s, vocab %d)\n",
		strings.Join(datanets, ","), held.Docs, n, hb, model, tok.VocabSize())
	fmt.Printf("%-24s %8.4f nats/token %8.4f nats/byte\n", "model "+model, l, l*float64(n)/float64(hb))
	if adapter != "" {
		ad, _, err := inference.OpenAdapter(s, adapter, rec.Name, m.Cfg)
		if err != nil {
			return err
		}
		la, _, err := gradients.EvalLoss(m, ad, held, T)
		if err != nil {
			return err
		}
		fmt.Printf("%-24s %8.4f nats/token %8.4f nats/byte\n", "adapter "+adapter, la, la*float64(n)/float64(hb))
	}
	b := baselines(train, held, tok.VocabSize())
	for _, k := range []string{"unigram_entropy_train", "unigram", "bigram_kn", "trigram_kn"} {
		fmt.Printf("%-24s %8.4f nats/token %8.4f nats/byte\n", k, b[k], b[k]*float64(n)/float64(hb))
	}
	return nil
}

func export(s *store.Store, model, out, command, sources string) error {
	seconds, err := curveSeconds(filepath.Join(out, "loss.csv"))
	if err != nil {
		return err
	}
	_, tok, rec, err := inference.OpenModel(s, model)
	if err != nil {
		return err
	}
	if rec.HeldOut == nil {
		return fmt.Errorf("model %s has no held-out loss", model)
	}
	src := map[string]string{}
	for _, kv := range strings.Split(sources, ",") {
		if k, v, ok := strings.Cut(kv, "="); ok {
			src[k] = v
		}
	}
	dir := filepath.Join(s.Dir(), "files", rec.Dir)
	man := models.Manifest{Name: "base", Config: rec.Config, Params: rec.Params, SHA256: rec.SHA256, Command: command,
		Docs: rec.Docs, Tokens: rec.Tokens, DataSHA256: rec.DataSHA256, Steps: rec.Steps, Loss: rec.Loss, HeldOut: *rec.HeldOut,
		Seconds: seconds, Trained: rec.Created, Files: map[string]string{}}
	b, _ := json.Marshal(rec.Train)
	if err := json.Unmarshal(b, &man.Train); err != nil {
		return err
	}
	for _, f := range []string{"config.json", "model.safetensors", "tokenizer/vocab.json", "tokenizer/merges.txt"} {
		if err := copyFile(filepath.Join(dir, f), filepath.Join(out, f)); err != nil {
			return err
		}
		if man.Files[f], err = inference.FileSHA256(filepath.Join(out, f)); err != nil {
			return err
		}
	}
	if man.Files["model.safetensors"] != rec.SHA256 {
		return fmt.Errorf("model.safetensors changed after training")
	}
	for _, d := range rec.Datanets {
		sum, n, err := models.DatanetSHA256(s, d)
		if err != nil {
			return err
		}
		man.Datanets = append(man.Datanets, models.DatanetManifest{Name: d, Source: src[d], Points: n, SHA256: sum})
	}
	train, held, _, err := split(s, tok, rec.Datanets)
	if err != nil {
		return err
	}
	if gradients.StreamSHA256(train.Stream) != rec.DataSHA256 {
		return fmt.Errorf("the datanets' training stream is not the one the model was trained on")
	}
	t0 := time.Now()
	man.Baselines = baselines(train, held, tok.VocabSize())
	log.Printf("count baselines in %.1fs: %v", time.Since(t0).Seconds(), man.Baselines)
	j, _ := json.MarshalIndent(man, "", "  ")
	if err := os.WriteFile(filepath.Join(out, "manifest.json"), append(j, '\n'), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "sha256"), []byte(rec.SHA256+"  model.safetensors\n"), 0o644)
}

func copyFile(from, to string) error {
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	r, err := os.Open(from)
	if err != nil {
		return err
	}
	defer r.Close()
	w, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, r); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// curveSeconds returns the seconds column of a loss curve's last step row.
func curveSeconds(path string) (float64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	for i := len(lines) - 1; i > 0; i-- {
		f := strings.Split(lines[i], ",")
		if len(f) == 7 && f[5] != "" {
			return strconv.ParseFloat(f[5], 64)
		}
	}
	return 0, fmt.Errorf("%s: no step rows", path)
}

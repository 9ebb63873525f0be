package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestModelCLI trains a tiny base model and an adapter on a bundled datanet, then
// scores and generates with them, and checks the records, files and JSON shapes.
func TestModelCLI(t *testing.T) {
	data := t.TempDir()
	mustPoa(t, data, "datanet", "create", "devil")
	mustPoa(t, data, "datanet", "add", "devil", "--contributor", alice, "../../datanet/bundled/devil.index")
	mustPoa(t, data, "datanet", "create", "jargon")
	mustPoa(t, data, "datanet", "add", "jargon", "--contributor", bob, "../../datanet/bundled/jargon-sample.jsonl")

	var tr struct {
		Model struct {
			Name   string `json:"name"`
			SHA256 string `json:"sha256"`
			Steps  int    `json:"steps"`
			Dir    string `json:"dir"`
		} `json:"model"`
		Result struct {
			Loss   float64 `json:"loss"`
			Tokens int     `json:"tokens"`
		} `json:"result"`
	}
	out := mustPoa(t, data, "--json", "train", "base", "--datanet", "devil", "--config", "tiny", "--steps", "20", "--seq-len", "32", "--batch", "4")
	if err := json.Unmarshal([]byte(out), &tr); err != nil || tr.Model.Name != "base" || tr.Model.Steps != 20 || len(tr.Model.SHA256) != 64 {
		t.Fatalf("train base: %s %v", out, err)
	}
	if tr.Result.Loss > 6.2 || tr.Result.Tokens != 20*4*32 { // ln 512 ≈ 6.24
		t.Fatalf("train base result %+v", tr.Result)
	}
	for _, f := range []string{"config.json", "model.safetensors", "tokenizer/vocab.json", "tokenizer/merges.txt"} {
		if _, err := os.Stat(filepath.Join(data, "files", tr.Model.Dir, f)); err != nil {
			t.Fatalf("model file %s: %v", f, err)
		}
	}
	// Re-running with the same flags resumes from the final checkpoint: no new steps.
	out = mustPoa(t, data, "--json", "train", "base", "--datanet", "devil", "--config", "tiny", "--steps", "20", "--seq-len", "32", "--batch", "4")
	var again struct {
		Model  struct{ SHA256 string } `json:"model"`
		Result struct {
			ResumedFrom int     `json:"resumed_from"`
			Loss        float64 `json:"loss"`
		} `json:"result"`
	}
	json.Unmarshal([]byte(out), &again)
	if again.Result.ResumedFrom != 20 || again.Model.SHA256 != tr.Model.SHA256 || again.Result.Loss != tr.Result.Loss {
		t.Fatalf("re-run: %s", out)
	}

	out = mustPoa(t, data, "--json", "train", "adapter", "jar", "--datanet", "jargon", "--rank", "4", "--targets", "attn", "--steps", "10", "--seq-len", "32", "--batch", "4")
	if !strings.Contains(out, `"base": "base"`) {
		t.Fatalf("train adapter: %s", out)
	}
	for _, f := range []string{"adapter_config.json", "adapter_model.safetensors"} {
		if _, err := os.Stat(filepath.Join(data, "files", "adapters", "jar", f)); err != nil {
			t.Fatalf("adapter file %s: %v", f, err)
		}
	}

	var sc struct {
		IDs      []int     `json:"ids"`
		Tokens   []string  `json:"tokens"`
		LogProbs []float64 `json:"logprobs"`
	}
	out = mustPoa(t, data, "--json", "model", "score", "--text", "The devil is in the details.", "--adapter", "jar")
	if err := json.Unmarshal([]byte(out), &sc); err != nil || len(sc.IDs) == 0 || len(sc.IDs) != len(sc.Tokens) || len(sc.LogProbs) != len(sc.IDs) {
		t.Fatalf("score: %s %v", out, err)
	}
	for _, lp := range sc.LogProbs {
		if lp > 0 || math.IsNaN(lp) {
			t.Fatalf("log-prob %g", lp)
		}
	}

	var gen struct {
		IDs      []int     `json:"ids"`
		Text     string    `json:"text"`
		LogProbs []float64 `json:"logprobs"`
	}
	args := []string{"--json", "generate", "--adapter", "jar", "--prompt", "DEVIL, n.", "--max-tokens", "8", "--temperature", "0.8", "--top-k", "20", "--seed", "3"}
	out = mustPoa(t, data, args...)
	if err := json.Unmarshal([]byte(out), &gen); err != nil || len(gen.IDs) == 0 || len(gen.IDs) > 8 || len(gen.LogProbs) != len(gen.IDs) {
		t.Fatalf("generate: %s %v", out, err)
	}
	if out2 := mustPoa(t, data, args...); out2 != out {
		t.Fatalf("generate with the same seed differs:\n%s\n%s", out, out2)
	}

	out = mustPoa(t, data, "--json", "model", "list")
	if !strings.Contains(out, `"current": "base"`) || !strings.Contains(out, `"jar"`) {
		t.Fatalf("model list: %s", out)
	}
	mustPoa(t, data, "model", "show", "jar")

	// Bad input: unknown adapter, prompt longer than the context.
	if _, errs, code := runPoa(t, data, "generate", "--adapter", "nope", "--prompt", "x"); code == 0 || !strings.Contains(errs, "nope") {
		t.Fatalf("unknown adapter: exit %d, %s", code, errs)
	}
	long := strings.Repeat("the devil is in the details ", 40)
	if _, errs, code := runPoa(t, data, "generate", "--prompt", long); code == 0 || !strings.Contains(errs, "context") {
		t.Fatalf("long prompt: exit %d, %s", code, errs)
	}
	// A tampered weights file is refused.
	f := filepath.Join(data, "files", tr.Model.Dir, "model.safetensors")
	b, _ := os.ReadFile(f)
	b[len(b)-1] ^= 1
	os.WriteFile(f, b, 0o644)
	if _, errs, code := runPoa(t, data, "model", "score", "--text", "x"); code == 0 || !strings.Contains(errs, "sha256") {
		t.Fatalf("tampered weights: exit %d, %s", code, errs)
	}
}

package inference

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// The config.json of Hugging Face's "gpt2" (124M), as published.
const hfGPT2Config = `{
  "activation_function": "gelu_new",
  "architectures": ["GPT2LMHeadModel"],
  "attn_pdrop": 0.1,
  "bos_token_id": 50256,
  "embd_pdrop": 0.1,
  "eos_token_id": 50256,
  "initializer_range": 0.02,
  "layer_norm_epsilon": 1e-05,
  "model_type": "gpt2",
  "n_ctx": 1024,
  "n_embd": 768,
  "n_head": 12,
  "n_layer": 12,
  "n_positions": 1024,
  "resid_pdrop": 0.1,
  "summary_activation": null,
  "summary_first_dropout": 0.1,
  "summary_proj_to_labels": true,
  "summary_type": "cls_index",
  "summary_use_proj": true,
  "task_specific_params": {"text-generation": {"do_sample": true, "max_length": 50}},
  "vocab_size": 50257
}`

func TestReadConfig(t *testing.T) {
	dir := t.TempDir()
	write := func(s string) string {
		p := filepath.Join(dir, "config.json")
		os.WriteFile(p, []byte(s), 0o644)
		return p
	}
	c, err := ReadConfig(write(hfGPT2Config))
	if err != nil {
		t.Fatal(err)
	}
	if c.NLayer != GPT2.NLayer || c.NEmbd != GPT2.NEmbd || c.VocabSize != GPT2.VocabSize || c.NPositions != 1024 {
		t.Fatalf("read %+v", c)
	}
	if err := WriteConfig(dir, Small); err != nil {
		t.Fatal(err)
	}
	c, err = ReadConfig(filepath.Join(dir, "config.json"))
	if err != nil || c.NEmbd != Small.NEmbd || c.ActivationFunction != "gelu_new" {
		t.Fatalf("round trip: %+v %v", c, err)
	}
	for name, bad := range map[string]string{
		"relu":     `{"n_layer":1,"n_head":1,"n_embd":4,"n_positions":4,"vocab_size":5,"activation_function":"relu"}`,
		"n_inner":  `{"n_layer":1,"n_head":1,"n_embd":4,"n_positions":4,"vocab_size":5,"n_inner":8}`,
		"heads":    `{"n_layer":1,"n_head":3,"n_embd":4,"n_positions":4,"vocab_size":5}`,
		"zero":     `{"n_layer":0,"n_head":1,"n_embd":4,"n_positions":4,"vocab_size":5}`,
		"not json": `{"n_layer":`,
		"llama":    `{"model_type":"llama","n_layer":1,"n_head":1,"n_embd":4,"n_positions":4,"vocab_size":5}`,
		"n_ctx":    `{"n_layer":1,"n_head":1,"n_embd":4,"n_positions":4,"n_ctx":8,"vocab_size":5}`,
	} {
		t.Run("bad="+name, func(t *testing.T) {
			if _, err := ReadConfig(write(bad)); !errors.Is(err, ErrConfig) {
				t.Fatalf("err %v, want ErrConfig", err)
			}
		})
	}
}

// FuzzParseConfig: any input gives an error or a config that validates, whose
// derived sizes are consistent, and that survives a write/parse round trip.
func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(hfGPT2Config))
	f.Add([]byte(`{"n_layer":1,"n_head":1,"n_embd":4,"n_positions":4,"vocab_size":5,"n_inner":null}`))
	f.Add([]byte(`{"n_layer":1,"n_head":3,"n_embd":4}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ParseConfig(b)
		if err != nil {
			if !errors.Is(err, ErrConfig) {
				t.Fatalf("error %v does not wrap ErrConfig", err)
			}
			return
		}
		if c.HeadSize()*c.NHead != c.NEmbd || c.LayerNormEps <= 0 {
			t.Fatalf("accepted inconsistent config %+v", c)
		}
		dir := t.TempDir()
		if err := WriteConfig(dir, c); err != nil {
			t.Fatal(err)
		}
		c2, err := ReadConfig(filepath.Join(dir, "config.json"))
		if err != nil || c2.NLayer != c.NLayer || c2.NEmbd != c.NEmbd || c2.VocabSize != c.VocabSize || c2.NPositions != c.NPositions || c2.NHead != c.NHead {
			t.Fatalf("round trip: %+v → %+v, %v", c, c2, err)
		}
	})
}

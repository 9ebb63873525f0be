package inference

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"

	"poa/store"
)

// Config is a GPT-2 architecture's hyper-parameters, read and written as a Hugging
// Face style config.json (the field names of transformers.GPT2Config).
type Config struct {
	ModelType    string  `json:"model_type"`
	NLayer       int     `json:"n_layer"`
	NHead        int     `json:"n_head"`
	NEmbd        int     `json:"n_embd"`
	NPositions   int     `json:"n_positions"`
	VocabSize    int     `json:"vocab_size"`
	LayerNormEps float64 `json:"layer_norm_epsilon"`
	// NCtx is an alias of NPositions in older configs; it is written equal to it.
	NCtx int `json:"n_ctx,omitempty"`
	// Architectures is written as ["GPT2LMHeadModel"] for tools that read it.
	Architectures []string `json:"architectures,omitempty"`
	// ActivationFunction must be GPT-2's tanh GELU, "gelu_new" (empty is taken as it).
	ActivationFunction string `json:"activation_function,omitempty"`
	// NInner is the MLP width; null/0 or 4·n_embd (the only width poa implements).
	NInner *int `json:"n_inner"`
}

// Named configurations.
var (
	// Tiny trains in seconds: for tests and CI.
	Tiny = Config{ModelType: "gpt2", NLayer: 2, NHead: 2, NEmbd: 32, NPositions: 64, VocabSize: 512, LayerNormEps: 1e-5}
	// Small is the demo model: 4 layers, 128 wide, 4 heads, context 128, 2048 tokens.
	Small = Config{ModelType: "gpt2", NLayer: 4, NHead: 4, NEmbd: 128, NPositions: 128, VocabSize: 2048, LayerNormEps: 1e-5}
	// GPT2 is the shape of OpenAI's GPT-2 124M.
	GPT2 = Config{ModelType: "gpt2", NLayer: 12, NHead: 12, NEmbd: 768, NPositions: 1024, VocabSize: 50257, LayerNormEps: 1e-5}
)

// NamedConfig returns Tiny, Small or GPT2 by name ("tiny", "small", "gpt2").
func NamedConfig(name string) (Config, error) {
	switch name {
	case "tiny":
		return Tiny, nil
	case "small":
		return Small, nil
	case "gpt2", "124m":
		return GPT2, nil
	}
	return Config{}, fmt.Errorf("config %q: %w (want tiny, small or gpt2)", name, ErrConfig)
}

// Validate checks the config on its own.
func (c Config) Validate() error {
	switch {
	case c.NLayer <= 0 || c.NHead <= 0 || c.NEmbd <= 0 || c.NPositions <= 0 || c.VocabSize <= 0:
		return fmt.Errorf("%w: n_layer=%d n_head=%d n_embd=%d n_positions=%d vocab_size=%d must all be positive",
			ErrConfig, c.NLayer, c.NHead, c.NEmbd, c.NPositions, c.VocabSize)
	case c.NEmbd%c.NHead != 0:
		return fmt.Errorf("%w: n_embd=%d is not a multiple of n_head=%d", ErrConfig, c.NEmbd, c.NHead)
	case c.ModelType != "" && c.ModelType != "gpt2":
		return fmt.Errorf("%w: model_type %q is not gpt2", ErrConfig, c.ModelType)
	case c.NCtx != 0 && c.NCtx != c.NPositions:
		return fmt.Errorf("%w: n_ctx=%d differs from n_positions=%d", ErrConfig, c.NCtx, c.NPositions)
	case c.ActivationFunction != "" && c.ActivationFunction != "gelu_new":
		return fmt.Errorf("%w: activation_function %q (GPT-2 uses gelu_new, the tanh approximation)", ErrConfig, c.ActivationFunction)
	case c.NInner != nil && *c.NInner != 0 && *c.NInner != 4*c.NEmbd:
		return fmt.Errorf("%w: n_inner=%d, only 4·n_embd=%d is supported", ErrConfig, *c.NInner, 4*c.NEmbd)
	}
	return nil
}

func (c Config) eps() float64 {
	if c.LayerNormEps == 0 {
		return 1e-5
	}
	return c.LayerNormEps
}

// HeadSize is n_embd/n_head.
func (c Config) HeadSize() int { return c.NEmbd / c.NHead }

// ReadConfig reads and validates a config.json; errors name the file.
func ReadConfig(path string) (Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Config{}, err
	}
	c, err := ParseConfig(b)
	if err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// ParseConfig decodes and validates a Hugging Face GPT-2 config.json (unknown fields
// are ignored; layer_norm_epsilon defaults to 1e-5).
func ParseConfig(b []byte) (Config, error) {
	var c Config
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	if c.LayerNormEps == 0 {
		c.LayerNormEps = 1e-5
	}
	if c.LayerNormEps < 0 || math.IsNaN(c.LayerNormEps) || math.IsInf(c.LayerNormEps, 0) {
		return c, fmt.Errorf("%w: layer_norm_epsilon %g", ErrConfig, c.LayerNormEps)
	}
	return c, c.Validate()
}

// WriteConfig writes c as config.json into dir.
func WriteConfig(dir string, c Config) error {
	c.ModelType = "gpt2"
	c.NCtx = c.NPositions
	c.Architectures = []string{"GPT2LMHeadModel"}
	c.ActivationFunction = "gelu_new"
	c.NInner = nil
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	return store.WriteFileAtomic(filepath.Join(dir, "config.json"), append(b, '\n'))
}

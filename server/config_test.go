package server

import (
	"errors"
	"testing"
	"time"

	"poa/bounds"
)

// TestConfigValidate: zero fields (defaults) pass; negative or huge limits are
// refused naming the field.
func TestConfigValidate(t *testing.T) {
	if err := (Config{}).Validate(); err != nil {
		t.Fatalf("zero config: %v", err)
	}
	for _, c := range []struct {
		name    string
		cfg     Config
		setting string
	}{
		{name: "concurrency=-1", cfg: Config{MaxConcurrent: -1}, setting: "Config.MaxConcurrent"},
		{name: "concurrency=huge", cfg: Config{MaxConcurrent: 1 << 40}, setting: "Config.MaxConcurrent"},
		{name: "max-body=-1", cfg: Config{MaxBodyBytes: -1}, setting: "Config.MaxBodyBytes"},
		{name: "max-tokens=huge", cfg: Config{MaxTokens: 1 << 20}, setting: "Config.MaxTokens"},
		{name: "request-timeout=-1s", cfg: Config{RequestTimeout: -time.Second}, setting: "Config.RequestTimeout"},
		{name: "shutdown-timeout=1y", cfg: Config{ShutdownTimeout: 365 * 24 * time.Hour}, setting: "Config.ShutdownTimeout"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := c.cfg.Validate()
			var be *bounds.Error
			if !errors.Is(err, ErrConfig) || !errors.As(err, &be) || be.Setting != c.setting {
				t.Fatalf("got %v, want ErrConfig naming %s", err, c.setting)
			}
		})
	}
}

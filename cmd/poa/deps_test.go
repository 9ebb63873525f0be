package main

import (
	"os"
	"regexp"
	"testing"
)

// TestPinnedDependencies keeps go.mod on the versions the design pins: a `go get` of
// something else must not silently move them.
func TestPinnedDependencies(t *testing.T) {
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	pins := map[string]string{
		"github.com/consensys/gnark":        "v0.16.1",
		"github.com/consensys/gnark-crypto": "v0.22.0",
		"github.com/ethereum/go-ethereum":   "v1.17.10",
		"github.com/dgraph-io/badger/v4":    "v4.9.6",
		"gonum.org/v1/gonum":                "v0.17.0",
		"golang.org/x/time":                 "v0.16.0", // API keys' token buckets (server/auth.go)
		"github.com/apache/beam/sdks/v2":    "v2.77.0", // sharded index pipelines (influence/shard)
	}
	for m, v := range pins {
		re := regexp.MustCompile(`(?m)^\s*(require\s+)?` + regexp.QuoteMeta(m) + `\s+(\S+)`)
		got := re.FindSubmatch(mod)
		if got == nil {
			t.Errorf("%s is not in go.mod", m)
			continue
		}
		if string(got[2]) != v {
			t.Errorf("%s is %s in go.mod, the design pins %s", m, got[2], v)
		}
	}
}

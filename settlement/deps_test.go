package settlement

import (
	"go/build"
	"slices"
	"testing"
)

// TestLayersStayPure: the proof and chain layers do no store I/O (settlement owns the
// records), and the attribution layer does not file or settle (it imports neither).
func TestLayersStayPure(t *testing.T) {
	for pkg, banned := range map[string][]string{
		"../prover":    {"poa/store", "poa/settlement"},
		"../contracts": {"poa/store", "poa/settlement"},
		"../circuits":  {"poa/store", "poa/settlement", "poa/contracts"},
		"../influence": {"poa/settlement", "poa/prover", "poa/contracts"},
		"../client":    {"poa/store", "poa/server", "poa/settlement"},
	} {
		p, err := build.ImportDir(pkg, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range banned {
			if slices.Contains(p.Imports, b) {
				t.Errorf("%s imports %s", p.ImportPath, b)
			}
		}
	}
}

package client_test

import (
	"go/build"
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestImportsOnlyAPI keeps the client light: its non-test files import only
// package api and the standard library, and api imports only the standard
// library, so a program using the client never links the server, the store
// (badger) or model code.
func TestImportsOnlyAPI(t *testing.T) {
	for _, c := range []struct {
		name, dir string
		ours      map[string]bool // packages of poa it may import
	}{
		{"poa/client", ".", map[string]bool{"poa/api": true}},
		{"poa/api", "../api", nil},
	} {
		pkg, err := build.ImportDir(c.dir, 0)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(pkg.GoFiles) == 0 {
			t.Fatalf("%s: no Go files in %s", c.name, c.dir)
		}
		for _, imp := range pkg.Imports {
			first, _, _ := strings.Cut(imp, "/")
			std := !strings.Contains(first, ".") && first != "poa" && imp != "C"
			if !std && !c.ours[imp] {
				t.Errorf("%s imports %s: it may import only the standard library and %v", c.name, imp, keys(c.ours))
			}
		}
	}
}

func keys(m map[string]bool) []string { return slices.Sorted(maps.Keys(m)) }

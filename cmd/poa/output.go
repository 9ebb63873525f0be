package main

import (
	"encoding/json"
	"fmt"
	"os"
)

// emit prints v as indented JSON when --json is set, and otherwise calls human
// to print it for people.
func emit(v any, human func()) error {
	if g.json {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v); err != nil {
			return fmt.Errorf("write json: %w", err)
		}
		return nil
	}
	human()
	return nil
}

// orEmpty returns s, or an empty slice when s is nil, so that --json prints a list
// with no items as [] rather than null.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

package main

import (
	"fmt"

	"poa/store"
)

// openStore opens the data directory named by --data (or POA_DATA). Callers close it.
func openStore() (*store.Store, error) {
	s, err := store.Open(store.DefaultOptions(g.dataDir))
	if err != nil {
		return nil, fmt.Errorf("open data directory: %w", err)
	}
	return s, nil
}

package main

import (
	"context"
	"fmt"

	"poa/store"
)

// openStore opens the data directory named by --data (or POA_DATA). Callers close it;
// most use withStore instead.
func openStore() (*store.Store, error) {
	s, err := store.Open(store.DefaultOptions(g.dataDir))
	if err != nil {
		return nil, fmt.Errorf("open data directory: %w", err)
	}
	return s, nil
}

// withStore opens the data directory, runs fn on it and closes it when fn returns
// (also when fn fails or panics). It returns openStore's error or fn's; like every
// command before it, it does not report an error from closing the store.
//
// When a running node (`poa serve`) holds the data directory, the error says which
// and what to do instead (explainLocked); read commands that can go through the
// node's API use withStoreOrNode (remote.go).
func withStore(fn func(st *store.Store) error) error {
	st, err := openStore()
	if err != nil {
		return explainLocked(context.Background(), err)
	}
	defer st.Close()
	return fn(st)
}

// withStoreIf is withStore when need is true; otherwise it runs fn with a nil store
// and touches no data directory (commands whose flags name every file they read).
func withStoreIf(need bool, fn func(st *store.Store) error) error {
	if !need {
		return fn(nil)
	}
	return withStore(fn)
}

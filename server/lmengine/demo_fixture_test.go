package lmengine_test

import (
	"context"
	"testing"

	"poa/node"
	"poa/store"
)

// tinyDemoOptions is the pipeline these tests train: poa demo --quick's tiny model
// (whose sketches fit a committed score verifier), few steps, short outputs, no
// prompts and no settlement.
func tinyDemoOptions() node.DemoOptions {
	o := node.DefaultDemo()
	o.Config, o.Model = "tiny", "demo-tiny"
	o.BaseSteps, o.AdapterSteps, o.MaxTokens = 30, 15, 12
	o.Prompts, o.Settle = nil, false
	return o
}

// tinyDemo trains tinyDemoOptions into a fresh store of the test's own, closed when
// the test ends.
func tinyDemo(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(store.DefaultOptions(t.TempDir()).WithSyncWrites(false))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := node.Demo(context.Background(), st, tinyDemoOptions(), nil); err != nil {
		t.Fatal(err)
	}
	return st
}

package node

import (
	"context"
	"testing"

	"poa/store"
)

func tinyDemo() DemoOptions {
	o := DefaultDemo()
	o.Model, o.Config = "t", "tiny"
	o.BaseSteps, o.AdapterSteps, o.MaxTokens = 20, 10, 8
	o.Prompts = o.Prompts[:3] // two on devil, one on jargon
	return o
}

// TestDemoPipelineTiny runs the whole pipeline on the tiny config and checks what each
// step must leave behind, then runs it again and checks that nothing is redone.
func TestDemoPipelineTiny(t *testing.T) {
	st, err := store.Open(store.DefaultOptions(t.TempDir()).WithSyncWrites(false))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	o := tinyDemo()
	o.Settle = false
	rep, err := Demo(ctx, st, o, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Datanets) != 2 || len(rep.Adapters) != 2 || rep.Index == nil || len(rep.Answers) != 3 {
		t.Fatalf("report: %d datanets, %d adapters, index %v, %d answers", len(rep.Datanets), len(rep.Adapters), rep.Index != nil, len(rep.Answers))
	}
	for _, a := range rep.Answers {
		r := a.Result
		if r.Record == "" || len(r.Tokens) == 0 || len(r.Contributors) == 0 {
			t.Fatalf("answer %q: record %q, %d tokens, %d contributors", a.Prompt, r.Record, len(r.Tokens), len(r.Contributors))
		}
		var sum uint64
		for _, c := range r.Contributors {
			sum += c.Score
		}
		if sum == 0 {
			t.Fatalf("answer %q: contributor scores sum to 0", a.Prompt)
		}
	}
	if len(rep.Skipped) != 0 {
		t.Fatalf("first run skipped %v", rep.Skipped)
	}
	rep2, err := Demo(ctx, st, o, nil)
	if err != nil {
		t.Fatal(err)
	}
	// base, 2 adapters, index, 2 sketch sets
	if len(rep2.Skipped) != 6 {
		t.Fatalf("second run redid work: skipped only %v", rep2.Skipped)
	}
}

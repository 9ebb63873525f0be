package node

import (
	"context"
	"fmt"

	"poa/inference"
	"poa/influence/lm"
	"poa/store"
)

// FinishAdapter prepares a trained adapter for attribution, as `poa demo` does
// after training: the suffix-array index with its base model's tokenizer (rebuilt
// when data was added), the adapter's gradient sketches, the embedding candidates
// on large datanets, and the evidence commitment. Each step is skipped when its
// result is current. ev.Step receives "index", "sketches", "embeddings" (when
// needed) and "commitment".
func FinishAdapter(ctx context.Context, st *store.Store, a inference.AdapterRecord, ev *Events) error {
	var base inference.ModelRecord
	if err := st.Get(store.KindModel, a.Base, &base); err != nil {
		return fmt.Errorf("base model %q: %w", a.Base, err)
	}
	ev.step("index")
	if _, _, err := ensureIndex(ctx, st, base, ev); err != nil {
		return fmt.Errorf("build index: %w", err)
	}
	ev.step("sketches")
	if _, err := ensureSketches(ctx, st, a, ev); err != nil {
		return fmt.Errorf("sketches of %s: %w", a.Name, err)
	}
	if a.Docs > lm.CandidateThreshold {
		ev.step("embeddings")
		if _, err := ensureEmbeddings(ctx, st, a, ev); err != nil {
			return fmt.Errorf("embeddings of %s: %w", a.Name, err)
		}
	}
	ev.step("commitment")
	if _, err := lm.EnsureCommitment(ctx, st, a.Name); err != nil {
		return fmt.Errorf("evidence of %s: %w", a.Name, err)
	}
	return nil
}

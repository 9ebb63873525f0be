package node

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"poa/datanet"
	"poa/influence"
	"poa/influence/lm"
	"poa/store"
)

// TestNearDuplicateFarming measures the farming attack of issue "adversarial
// contributors": five addresses each import a copy of one Devil's Dictionary entry with
// one or two words changed, then an output continuing that entry is attributed. Without
// the near-duplicate rule (the points' own contributors) the farmers take a share of the
// author's credit; with it (influence.StoreOwners follows near_duplicate_of) they take 0
// and the author keeps the credit. The numbers go to docs/reliability.md.
func TestNearDuplicateFarming(t *testing.T) {
	ctx, st := farmStore(t)
	// The farmers' copies are in the store before training: they are training data.
	if _, err := datanet.ImportBundled(ctx, st, gpt2Counter()); err != nil {
		t.Fatal(err)
	}
	var orig store.DataPoint
	if err := st.Points("devil", func(p store.DataPoint) error {
		if strings.HasPrefix(p.Text, "CYNIC, n.") {
			orig = p
		}
		return nil
	}); err != nil || orig.ID == "" {
		t.Fatalf("no CYNIC entry: %v", err)
	}
	rng := rand.New(rand.NewPCG(7, 7))
	var recs []datanet.Record
	farmers := map[string]bool{}
	for i := range 5 {
		w := strings.Fields(orig.Text)
		for range 1 + i%2 {
			w[3+rng.IntN(len(w)-3)] = fmt.Sprintf("x%d", rng.IntN(1000))
		}
		text := datanet.Normalize(strings.Join(w, " "))
		addr := fmt.Sprintf("0x%040x", 0xFA2E0+i)
		farmers[strings.ToLower(addr)] = true
		recs = append(recs, datanet.Record{ID: datanet.ID(text), Text: text, Contributor: addr, Source: fmt.Sprintf("farm%d", i)})
	}
	res, err := datanet.ImportRecords(ctx, st, "devil", recs, datanet.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.NearDuplicates != 5 {
		t.Fatalf("import %+v: want 5 near-duplicates", res)
	}
	trainTiny(t, ctx, st)
	words := strings.Fields(orig.Text)
	prompt, output := strings.Join(words[:2], " "), " "+strings.Join(words[2:min(len(words), 24)], " ")
	_, rec, err := lm.Attribute(ctx, st, lm.Options{Adapter: "devil", Prompt: prompt, Output: output})
	if err != nil {
		t.Fatal(err)
	}
	raw := func(d, id string) (string, error) {
		p, err := st.Point(d, id)
		return p.Contributor, err
	}
	share := func(owners influence.Owners) (author, farmed float64) {
		_, cs, err := influence.Fuse(rec.Evidence.Gradient, rec.Evidence.Spans, rec.Fusion, owners)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			v := float64(c.Score) / influence.ScoreScale
			switch {
			case farmers[strings.ToLower(c.Address)]:
				farmed += v
			case c.Address == orig.Contributor:
				author += v
			}
		}
		return author, farmed
	}
	a0, f0 := share(raw)
	a1, f1 := share(influence.StoreOwners(st))
	t.Logf("near-duplicate farming (5 copies, 1-2 words changed): without the rule author %.3f, farmers %.3f; with it author %.3f, farmers %.3f",
		a0, f0, a1, f1)
	if f0 == 0 {
		t.Fatal("the farmers earned nothing even without the rule: the measurement shows no attack")
	}
	if f1 != 0 || a1 < a0+f0-1e-9 {
		t.Fatalf("with the rule the farmers keep %.3f and the author has %.3f (< %.3f)", f1, a1, a0+f0)
	}
}

// TestModelOutputFarming measures the second farming attack: a contributor imports the
// model's own greedy outputs for common prompts, which then match the next answers to
// those prompts verbatim (span evidence) and resemble them (gradient evidence). Points
// added after the model was trained cannot have influenced it: they earn nothing
// (lm's trained-on rule). With the rule off (Options.Untrained), the farmer's share shows
// what the rule prevents.
func TestModelOutputFarming(t *testing.T) {
	ctx, st := farmStore(t)
	trainTiny(t, ctx, st)
	const farmer = "0x00000000000000000000000000000000000Fa2e0"
	prompts := DefaultDemo().Prompts
	outputs := map[string]string{}
	var recs = map[string][]datanet.Record{}
	for _, p := range prompts {
		res, _, err := lm.Attribute(ctx, st, lm.Options{Adapter: p.Adapter, Prompt: p.Text, MaxTokens: 12})
		if err != nil {
			t.Fatal(err)
		}
		outputs[p.Text] = res.Output
		text := datanet.Normalize(p.Text + res.Output)
		recs[p.Adapter] = append(recs[p.Adapter], datanet.Record{ID: datanet.ID(text), Text: text, Contributor: farmer, Source: p.Text})
	}
	for dn, rs := range recs {
		if _, err := datanet.ImportRecords(ctx, st, dn, rs, datanet.ImportOptions{}); err != nil {
			t.Fatal(err)
		}
		if _, _, err := lm.BuildSketches(ctx, st, lm.SketchOptions{Adapter: dn}); err != nil {
			t.Fatal(err)
		}
	}
	share := func(untrained bool) float64 {
		total := 0.0
		for _, p := range prompts {
			_, rec, err := lm.Attribute(ctx, st, lm.Options{Adapter: p.Adapter, Prompt: p.Text, Output: outputs[p.Text], Untrained: untrained})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range rec.Contributors {
				if strings.EqualFold(c.Address, farmer) {
					total += float64(c.Score) / influence.ScoreScale
				}
			}
		}
		return total / float64(len(prompts))
	}
	without, with := share(true), share(false)
	t.Logf("model-output farming (the model's greedy answers to the %d demo prompts imported by one address): farmer's mean share without the trained-on rule %.3f, with it %.3f",
		len(prompts), without, with)
	if without == 0 {
		t.Fatal("the farmer earned nothing even without the rule: the measurement shows no attack")
	}
	if with != 0 {
		t.Fatalf("with the trained-on rule the farmer still earns %.3f", with)
	}
}

// farmStore opens a fresh store for a farming measurement (skipped under -short).
func farmStore(t *testing.T) (context.Context, *store.Store) {
	t.Helper()
	if testing.Short() {
		t.Skip("trains the tiny demo model: run without -short")
	}
	st, err := store.Open(store.DefaultOptions(t.TempDir()).WithSyncWrites(false))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return context.Background(), st
}

// trainTiny trains the tiny demo model and its adapters on st's datanets (no prompts,
// no settlement).
func trainTiny(t *testing.T, ctx context.Context, st *store.Store) {
	t.Helper()
	o := tinyDemo()
	o.Model, o.BaseSteps, o.AdapterSteps, o.MaxTokens = "demo-tiny", 30, 15, 12
	o.Prompts, o.Settle = nil, false
	if _, err := Demo(ctx, st, o, nil); err != nil {
		t.Fatal(err)
	}
}

package datanet

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"poa/store"
)

const (
	bob   = "0x6B2AC46c6567877c05D1f141C681cFf49E3B70A4"
	carol = "0xE2367b593b9a5e8edd83194f9e20DB60b9c9FE16"
)

// edit changes n random words of text (a farmer's "small edits").
func edit(rng *rand.Rand, text string, n int) string {
	w := strings.Fields(text)
	for range n {
		w[rng.IntN(len(w))] = fmt.Sprintf("w%d", rng.IntN(1_000_000))
	}
	return strings.Join(w, " ")
}

// TestNearIndexMatchesBruteForce: the LSH index finds, for every probe, the same best
// match at Jaccard ≥ 0.8 as comparing it with every indexed text.
func TestNearIndexMatchesBruteForce(t *testing.T) {
	recs, err := ParseFile("bundled/devil.index", Dictd, &Options{})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	x := &nearIndex{buckets: map[[2]uint64][]int{}}
	for _, r := range recs {
		x.add(nearDoc{ref: r.ID, set: shingles(r.Text)})
	}
	found, probes := 0, 0
	for i := 0; i < len(recs); i += 7 {
		words := len(strings.Fields(recs[i].Text))
		probe := shingles(edit(rng, recs[i].Text, rng.IntN(1+words/15)))
		probes++
		want, wantJ := -1, 0.0
		for j, d := range x.docs {
			if s := jaccard(probe, d.set); s >= DefaultNearDuplicate && s > wantJ {
				want, wantJ = j, s
			}
		}
		got, gotJ := x.best(probe, DefaultNearDuplicate)
		if got != want && gotJ != wantJ {
			t.Fatalf("probe %d: LSH best %d (J %.3f), brute force %d (J %.3f)", i, got, gotJ, want, wantJ)
		}
		if want >= 0 {
			found++
		}
	}
	t.Logf("%d probes, %d with a near-duplicate at J ≥ %.1f", probes, found, DefaultNearDuplicate)
	if found < probes/2 {
		t.Fatalf("only %d of %d lightly edited entries matched their original", found, probes)
	}
}

func TestMarkNearDuplicatesAtImport(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	for _, d := range []string{"orig", "farm"} {
		if err := st.CreateDatanet(store.Datanet{Name: d, Owner: alice}); err != nil {
			t.Fatal(err)
		}
	}
	text := "CYNIC, n. A blackguard whose faulty vision sees things as they are, not as they ought to be. " +
		"Hence the custom among the Scythians of plucking out a cynic's eyes to improve his vision."
	other := "KLEPTOMANIAC, n. A rich thief who steals things he does not need and keeps them in a drawer."
	imp := func(dn, who string, texts ...string) store.ImportResult {
		t.Helper()
		var recs []Record
		for i, s := range texts {
			r, err := newRecord(s, fmt.Sprintf("t%d", i), &Options{})
			if err != nil {
				t.Fatal(err)
			}
			r.Contributor = who
			recs = append(recs, r)
		}
		res, err := ImportRecords(ctx, st, dn, recs, ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	imp("orig", alice, text, other)
	origID := ID(Normalize(text))
	// Bob: two small edits of Alice's entry, in her datanet and in another one, plus an
	// unrelated text and a copy of his own first edit; Alice: an edit of her own entry.
	bob1 := strings.Replace(text, "faulty", "defective", 1)
	bob2 := strings.Replace(text, "Scythians", "Scyths", 1)
	res := imp("farm", bob, bob1, bob2, "An entirely different text about ships and the sea at night.")
	if res.NearDuplicates != 2 {
		t.Fatalf("bob's import: %+v, want 2 near-duplicates", res)
	}
	if r := imp("orig", alice, strings.Replace(text, "vision.", "sight.", 1)); r.NearDuplicates != 0 {
		t.Fatalf("alice's edit of her own entry marked: %+v", r)
	}
	// Carol copies Bob's copy: the credit still goes to the original, Alice's.
	if r := imp("farm", carol, strings.Replace(bob1, "blackguard", "rogue", 1)); r.NearDuplicates != 1 {
		t.Fatalf("carol's import: %+v", r)
	}
	owners := map[string]string{}
	for _, dn := range []string{"orig", "farm"} {
		if err := st.Points(dn, func(p store.DataPoint) error {
			owners[dn+"/"+p.Text[:20]] = p.NearDuplicateOf
			if strings.HasPrefix(p.Text, "CYNIC") && p.Contributor != alice && p.NearDuplicateOf != "orig/"+origID {
				t.Errorf("%s/%s by %s: near_duplicate_of %q, want orig/%s", dn, p.ID[:8], p.Contributor, p.NearDuplicateOf, origID[:8])
			}
			if !strings.HasPrefix(p.Text, "CYNIC") && p.NearDuplicateOf != "" {
				t.Errorf("unrelated %q marked as a near-duplicate of %s", p.Text[:20], p.NearDuplicateOf)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	// Off: a negative threshold marks nothing.
	if r, err := ImportRecords(ctx, st, "farm", []Record{{ID: ID("CYNIC, n. A blackguard whose faulty vision sees things as they are, not as they ought to be. Hence the custom among the Scythians of plucking out a cynic's eyes to improve his sight"), Contributor: carol,
		Text: "CYNIC, n. A blackguard whose faulty vision sees things as they are, not as they ought to be. Hence the custom among the Scythians of plucking out a cynic's eyes to improve his sight"}},
		ImportOptions{NearDuplicate: -1}); err != nil || r.NearDuplicates != 0 || r.Added != 1 {
		t.Fatalf("check off: %+v %v", r, err)
	}
}

// TestNoNearDuplicatesAmongBundled: no two distinct entries of the bundled datanets are
// near-duplicates at the default threshold (no false positives on real data); the
// closest pair's similarity is logged.
func TestNoNearDuplicatesAmongBundled(t *testing.T) {
	var texts []string
	for _, f := range []struct {
		path   string
		format Format
	}{{"bundled/devil.index", Dictd}, {"bundled/jargon-sample.jsonl", JSONL}} {
		recs, err := ParseFile(f.path, f.format, &Options{})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, r := range recs {
			if !seen[r.ID] {
				seen[r.ID] = true
				texts = append(texts, r.Text)
			}
		}
	}
	sets := make([]map[uint64]struct{}, len(texts))
	for i, s := range texts {
		sets[i] = shingles(s)
	}
	best, bi, bj := 0.0, 0, 0
	for i := range sets {
		for j := i + 1; j < len(sets); j++ {
			if v := jaccard(sets[i], sets[j]); v > best {
				best, bi, bj = v, i, j
			}
		}
	}
	t.Logf("%d entries; closest distinct pair J = %.3f: %.40q / %.40q", len(texts), best, texts[bi], texts[bj])
	if best >= DefaultNearDuplicate {
		t.Fatalf("bundled entries %q and %q are near-duplicates (J %.3f)", texts[bi], texts[bj], best)
	}
}

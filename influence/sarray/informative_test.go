package sarray

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"poa/datanet"
	"poa/store"
)

// junk is a contributor's attempt to farm span credit: white space, punctuation and
// stop words, which degenerate outputs repeat.
var junk = []string{
	"\n\n\n\n\n\n\n\n",
	"the the the of of the of",
	", , , , . . . ; ;",
	"of the of the of the and the",
	"   \n   \n   \n   \n   ",
}

func TestDocFreqBruteForce(t *testing.T) {
	tok, docs := testCorpus(t)
	for _, j := range junk {
		docs = append(docs, tok.Encode(j))
	}
	x, _ := buildIndex(t, tok.VocabSize(), tok.EOT(), docs)
	df := x.DocFreq()
	want := make([]int32, tok.VocabSize())
	for _, d := range docs {
		seen := map[int]bool{}
		for _, id := range d {
			if !seen[id] {
				seen[id] = true
				want[id]++
			}
		}
	}
	if !slices.Equal(df, want) {
		t.Fatal("DocFreq differs from a brute-force count")
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		d := docs[rng.IntN(len(docs))]
		n := min(len(d), 1+rng.IntN(4))
		off := rng.IntN(len(d) - n + 1)
		q := d[off : off+n]
		docsWith := map[int]bool{}
		for _, l := range bruteLocate(docs, q) {
			docsWith[l.Doc] = true
		}
		w := int64(len(docsWith))
		if got := x.NgramDocFreq(q, 0); got != w {
			t.Fatalf("NgramDocFreq(%q) = %d, brute force %d", tok.Decode(q), got, w)
		}
		if got := x.NgramDocFreq(q, 2); got < min(w, 2) || got > w {
			t.Fatalf("NgramDocFreq(%q, stop 2) = %d, brute force %d", tok.Decode(q), got, w)
		}
	}
}

// TestSpanFilterDropsUninformative: matches made only of white space, punctuation and
// stop words are not evidence; a phrase of the corpus still is.
func TestSpanFilterDropsUninformative(t *testing.T) {
	tok, docs := testCorpus(t)
	for _, j := range junk {
		docs = append(docs, tok.Encode(j))
	}
	x, _ := buildIndex(t, tok.VocabSize(), tok.EOT(), docs)
	f := x.SpanFilter(tok, DefaultMaxDocFrac)
	if f.Docs != len(docs) || f.Limit != int64(DefaultMaxDocFrac*float64(len(docs))) || f.Blank == 0 || f.Frequent == 0 {
		t.Fatalf("filter %+v", f)
	}
	for _, s := range []string{" ", "\n\n", ",", " .", "—", "\t"} {
		ids := tok.Encode(s)
		if len(ids) != 1 || !f.IsBlank(ids[0]) {
			t.Errorf("%q (%v) is not one blank token", s, ids)
		}
	}
	if ids := tok.Encode(" widow"); f.IsBlank(ids[0]) || !f.Informative(ids) {
		t.Errorf("%q is not informative", " widow")
	}
	ws := WordStarts(tok)
	for _, out := range []string{"\n\n\n\n", "the the the of of", " of the of the", ", , , , .", "   \n   \n   \n"} {
		q := tok.Encode(out)
		if f.Informative(q) {
			t.Errorf("%q is informative", out)
		}
		all, err := x.Spans(q, &SpanOptions{WordStart: ws, KeepFrac: 1})
		if err != nil {
			t.Fatal(err)
		}
		if len(all) == 0 {
			t.Errorf("%q: no span without the filter either (the test proves nothing)", out)
		}
		kept, err := x.Spans(q, &SpanOptions{WordStart: ws, KeepFrac: 1, Informative: f.Informative})
		if err != nil || len(kept) != 0 {
			t.Errorf("%q: %d spans kept (%v)", out, len(kept), err)
		}
	}
	// A real phrase keeps its span, stop words and punctuation included.
	phrase := " one for the tax collector and one for himself;"
	q := tok.Encode(phrase)
	kept, err := x.Spans(q, &SpanOptions{WordStart: ws, Informative: f.Informative})
	if err != nil || len(kept) != 1 || kept[0].End-kept[0].Start != len(q) || kept[0].Docs[0].Doc != 0 {
		t.Fatalf("%q: spans %+v (%v)", phrase, kept, err)
	}
	// Words: blank tokens separate them, a word of several tokens is one word.
	w := f.Words(tok.Encode(" theory, of the\n\n  ledger"))
	var got []string
	for _, ids := range w {
		got = append(got, tok.Decode(ids))
	}
	if strings.Join(got, "|") != " theory| of| the| ledger" {
		t.Fatalf("words %q", got)
	}
}

// TestStalenessByPoints: an import of duplicates or a new empty datanet leave the index
// valid; an import that adds a point makes it stale, and EnsureStore rebuilds it.
func TestStalenessByPoints(t *testing.T) {
	s, tok, meta := bundledStore(t)
	ctx := context.Background()
	addr := "0x52908400098527886E0F7030069857D2E4169EE7"
	// Re-import three existing points: all duplicates.
	var recs []datanet.Record
	err := s.Points("devil", func(p store.DataPoint) error {
		if len(recs) < 3 {
			recs = append(recs, datanet.Record{Text: p.Text, ID: p.ID})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	res, err := datanet.ImportRecords(ctx, s, "devil", recs, datanet.ImportOptions{Contributor: addr})
	if err != nil || res.Added != 0 || res.Duplicates != 3 {
		t.Fatalf("duplicate import: %+v, %v", res, err)
	}
	if err := s.CreateDatanet(store.Datanet{Name: "empty"}); err != nil {
		t.Fatal(err)
	}
	c, err := OpenStore(s, tok, nil)
	if err != nil {
		t.Fatalf("after an import of duplicates and a new empty datanet: %v", err)
	}
	c.Close()
	c, why, err := EnsureStore(ctx, s, BuildOptions{Tokenizer: tok, TokName: "gpt2"})
	if err != nil || why != "" || c.Meta.Built != meta.Built {
		t.Fatalf("EnsureStore on a current index: rebuilt %q, %v", why, err)
	}
	c.Close()

	// One new point: stale, named; EnsureStore rebuilds and the new text is found.
	const text = "REINDEX, v. What an index needs after an import that added something."
	if _, err := datanet.ImportRecords(ctx, s, "empty", []datanet.Record{{Text: text, ID: datanet.ID(datanet.Normalize(text))}},
		datanet.ImportOptions{Contributor: addr}); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenStore(s, tok, nil); !errors.Is(err, ErrCorpusVersion) || !strings.Contains(err.Error(), "empty: 1 points, none indexed") ||
		!strings.Contains(err.Error(), "poa index build") {
		t.Fatalf("after adding a point: %v", err)
	}
	// Concurrent callers: one builds, all get the new index.
	var wg sync.WaitGroup
	whys := make([]string, 4)
	for i := range whys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, why, err := EnsureStore(ctx, s, BuildOptions{Tokenizer: tok, TokName: "gpt2"})
			if err != nil {
				t.Error(err)
				return
			}
			defer c.Close()
			whys[i] = why
			if n, _ := c.Count(tok.Encode("REINDEX, v.")); n != 1 || c.Meta.Docs != meta.Docs+1 {
				t.Errorf("rebuilt index: count %d, %d docs (was %d)", n, c.Meta.Docs, meta.Docs)
			}
		}()
	}
	wg.Wait()
	built := 0
	for _, why := range whys {
		if why != "" {
			built++
			if !strings.Contains(why, "empty") {
				t.Errorf("EnsureStore on a stale index: rebuilt because %q", why)
			}
		}
	}
	if built != 1 {
		t.Fatalf("%d of 4 concurrent EnsureStore calls built the index (%q)", built, whys)
	}

	// A record written before this rule (with import counters) is still current.
	var m Meta
	if err := s.Get(store.KindIndex, MetaKey, &m); err != nil {
		t.Fatal(err)
	}
	old := map[string]any{}
	for name, dc := range m.Counts {
		old[name] = map[string]int{"points": dc.Points, "imports": 7}
	}
	raw := map[string]any{}
	if err := s.Get(store.KindIndex, MetaKey, &raw); err != nil {
		t.Fatal(err)
	}
	raw["counts"] = old
	if err := s.Put(store.KindIndex, MetaKey, raw); err != nil {
		t.Fatal(err)
	}
	if c, err := OpenStore(s, tok, nil); err != nil {
		t.Fatalf("record with import counters: %v", err)
	} else {
		c.Close()
	}
	// No index at all: EnsureStore builds one.
	if err := s.Delete(store.KindIndex, MetaKey); err != nil {
		t.Fatal(err)
	}
	c, why, err = EnsureStore(ctx, s, BuildOptions{Tokenizer: tok, TokName: "gpt2"})
	if err != nil || !strings.Contains(why, "no index") {
		t.Fatalf("EnsureStore without an index: %q, %v", why, err)
	}
	c.Close()
}

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIndexNgramCLI builds the index over the bundled Devil's Dictionary through the
// binary and checks tokenize, ngram count and ngram spans end to end, plus the
// errors for a missing and a damaged index.
func TestIndexNgramCLI(t *testing.T) {
	data := t.TempDir()
	if _, errs, code := runPoa(t, data, "ngram", "count", "the"); code == 0 || !strings.Contains(errs, "index build") {
		t.Fatalf("ngram without an index: exit %d, %s", code, errs)
	}
	mustPoa(t, data, "datanet", "create", "devil")
	mustPoa(t, data, "datanet", "add", "devil", "--contributor", bob, "../../datanet/bundled/devil.index")

	var tk struct {
		IDs    []int    `json:"ids"`
		Tokens []string `json:"tokens"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, data, "tokenize", "--json", "Hello world")), &tk); err != nil {
		t.Fatal(err)
	}
	if len(tk.IDs) != 2 || tk.IDs[0] != 15496 || tk.IDs[1] != 995 || tk.Tokens[1] != "Ġworld" {
		t.Fatalf("tokenize: %+v", tk)
	}

	var meta struct {
		Docs   int   `json:"docs"`
		Tokens int64 `json:"tokens"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, data, "index", "build", "--json")), &meta); err != nil {
		t.Fatal(err)
	}
	if meta.Docs != 997 || meta.Tokens < 100000 {
		t.Fatalf("index build: %+v", meta)
	}

	var cnt struct {
		Count     int `json:"count"`
		Locations []struct {
			Datanet     string `json:"datanet"`
			Point       string `json:"point"`
			Contributor string `json:"contributor"`
		} `json:"locations"`
	}
	// The definition of ACCORDION (public domain text) contains this phrase.
	out := mustPoa(t, data, "ngram", "count", "--json", " instrument in harmony with the sentiments of an")
	if err := json.Unmarshal([]byte(out), &cnt); err != nil {
		t.Fatal(err)
	}
	if cnt.Count != 1 || len(cnt.Locations) != 1 || cnt.Locations[0].Datanet != "devil" || cnt.Locations[0].Contributor != bob {
		t.Fatalf("ngram count: %s", out)
	}

	var sp struct {
		Spans []struct {
			Text string `json:"text"`
			Docs []struct {
				Datanet, Point, Contributor, Snippet string
			} `json:"docs"`
		} `json:"spans"`
	}
	out = mustPoa(t, data, "ngram", "spans", "--json", "--keep-frac", "1",
		"The accordion is an instrument in harmony with the sentiments of an assassin, they say.")
	if err := json.Unmarshal([]byte(out), &sp); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range sp.Spans {
		if strings.Contains(s.Text, "harmony with the sentiments") {
			for _, d := range s.Docs {
				found = found || strings.Contains(d.Snippet, "harmony with the sentiments") && d.Contributor == bob
			}
		}
	}
	if !found {
		t.Fatalf("ngram spans: no span with the ACCORDION passage and its document: %s", out)
	}

	// Re-adding the same file (all duplicates) keeps the index valid; show names the
	// span filter.
	mustPoa(t, data, "datanet", "add", "devil", "--contributor", bob, "../../datanet/bundled/devil.index")
	var show struct {
		Docs       int `json:"docs"`
		SpanFilter struct {
			Rule  string `json:"rule"`
			Limit int    `json:"limit"`
			Blank int    `json:"blank_tokens"`
		} `json:"span_filter"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, data, "index", "show", "--json")), &show); err != nil {
		t.Fatal(err)
	}
	if show.Docs != 997 || show.SpanFilter.Rule == "" || show.SpanFilter.Limit != 99 || show.SpanFilter.Blank == 0 {
		t.Fatalf("index show after an import of duplicates: %+v", show)
	}
	// One more point makes it stale: named, with the fix.
	extra := filepath.Join(t.TempDir(), "extra.jsonl")
	os.WriteFile(extra, []byte(`{"text": "REINDEX, v. What an index needs after an import that added something."}`+"\n"), 0o644)
	mustPoa(t, data, "datanet", "add", "devil", "--contributor", bob, extra)
	if _, errs, code := runPoa(t, data, "ngram", "count", "the"); code == 0 || !strings.Contains(errs, "poa index build") || !strings.Contains(errs, "devil: 997 points indexed, 998 now") {
		t.Fatalf("stale index: exit %d, %s", code, errs)
	}
	mustPoa(t, data, "index", "build")

	// A damaged index file is refused with a clear error.
	path := filepath.Join(data, "files", "index", "sarray", "corpus.sa")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)-5] ^= 1
	os.WriteFile(path, b, 0o644)
	if _, errs, code := runPoa(t, data, "ngram", "count", "the"); code == 0 || !strings.Contains(errs, "checksum") {
		t.Fatalf("damaged index: exit %d, %s", code, errs)
	}
}

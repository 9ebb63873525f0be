package lmengine_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"poa/api"
	"poa/gradients"
	"poa/inference"
	"poa/influence"
	"poa/influence/lm"
	"poa/node"
	"poa/server/lmengine"
	"poa/store"
)

// The resident-engine tests share one tiny demo store (training it is most of their
// time); each test builds its own Engine, so the load counts are its own.
var demo struct {
	once sync.Once
	st   *store.Store
	dir  string
	err  error
}

func demoStore(t *testing.T) *store.Store {
	t.Helper()
	demo.once.Do(func() {
		demo.dir, demo.err = os.MkdirTemp("", "lmengine-resident-")
		if demo.err != nil {
			return
		}
		demo.st, demo.err = store.Open(store.DefaultOptions(demo.dir).WithSyncWrites(false))
		if demo.err != nil {
			return
		}
		_, demo.err = node.Demo(context.Background(), demo.st, tinyDemoOptions(), nil)
	})
	if demo.err != nil {
		t.Fatal(demo.err)
	}
	return demo.st
}

func TestMain(m *testing.M) {
	code := m.Run()
	if demo.st != nil {
		demo.st.Close()
	}
	if demo.dir != "" {
		os.RemoveAll(demo.dir)
	}
	os.Exit(code)
}

type ask struct{ adapter, prompt string }

var asks = []ask{{"devil", "CYNIC, n. A blackguard whose"}, {"jargon", "hacker n. A person who"}}

const askTokens = 6

// perRequest is the previous serving path: node.Attribute loading (and hashing) the
// model, tokenizer and adapter from the store for this one call.
func perRequest(t *testing.T, st *store.Store, a ask) *influence.Record {
	t.Helper()
	_, rec, _, err := node.Attribute(context.Background(), st, lm.Options{Adapter: a.adapter, Prompt: a.prompt, MaxTokens: askTokens,
		TopTokens: 3, Fee: "1000"}, "")
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// complete runs one completion through e and returns it with its filed record.
func complete(t *testing.T, st *store.Store, e *lmengine.Engine, a ask) (string, *influence.Record) {
	t.Helper()
	c, err := e.Complete(context.Background(), api.CompletionRequest{Prompt: a.prompt, Adapter: a.adapter, MaxTokens: askTokens})
	if err != nil {
		t.Fatalf("%s: %v", a.adapter, err)
	}
	var rec influence.Record
	if err := st.Get(store.KindAttribution, c.Attribution.RecordID, &rec); err != nil {
		t.Fatal(err)
	}
	return c.Text, &rec
}

// sameRecord fails unless two attribution records agree in everything but their
// identity (id, content hash, creation time).
func sameRecord(t *testing.T, what string, got, want *influence.Record) {
	t.Helper()
	norm := func(r *influence.Record) map[string]any {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		delete(m, "id")
		delete(m, "content_hash")
		delete(m, "created")
		return m
	}
	if g, w := norm(got), norm(want); !reflect.DeepEqual(g, w) {
		gb, _ := json.Marshal(g)
		wb, _ := json.Marshal(w)
		t.Fatalf("%s: record differs from the per-request path:\n got %s\nwant %s", what, gb, wb)
	}
}

// TestResidentMatchesPerRequest: completions through the resident engine (first use
// and cached) give the same text and attribution records as the per-request path,
// and N completions across two adapters load the base model once and each adapter
// once, also when they run concurrently. Logs the latency of both paths.
func TestResidentMatchesPerRequest(t *testing.T) {
	st := demoStore(t)
	e := lmengine.NewEngine(st, lmengine.Options{Fee: "1000"})
	const iters = 3
	var tOld, tNew time.Duration
	for i := 0; i < iters; i++ {
		for _, a := range asks {
			t0 := time.Now()
			want := perRequest(t, st, a)
			t1 := time.Now()
			text, got := complete(t, st, e, a)
			tNew += time.Since(t1)
			tOld += t1.Sub(t0)
			if text != want.Output {
				t.Fatalf("%s: text %q, per-request %q", a.adapter, text, want.Output)
			}
			sameRecord(t, a.adapter, got, want)
		}
	}
	t0 := time.Now()
	for i := 0; i < iters; i++ {
		m, _, mrec, err := inference.OpenModel(st, "demo-tiny")
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := inference.OpenAdapter(st, "devil", mrec.Name, m.Cfg); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("completion latency on the tiny store, mean of %d: per-request load %v, resident %v (opening model+tokenizer+adapter alone: %v)",
		iters*len(asks), tOld/time.Duration(iters*len(asks)), tNew/time.Duration(iters*len(asks)), time.Since(t0)/iters)

	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(a ask) {
			defer wg.Done()
			if _, err := e.Complete(context.Background(), api.CompletionRequest{Prompt: a.prompt, Adapter: a.adapter, MaxTokens: askTokens}); err != nil {
				t.Error(err)
			}
		}(asks[i%2])
	}
	wg.Wait()
	s := e.Stats()
	if s.Model != "demo-tiny" || s.ModelLoads != 1 || s.AdapterLoads != 2 || len(s.Cached) != 2 {
		t.Fatalf("after %d completions over 2 adapters: %+v, want 1 model load, 2 adapter loads, 2 cached", iters*len(asks)+4, s)
	}

	// Concurrent first use of a fresh engine loads once too.
	e2 := lmengine.NewEngine(st, lmengine.Options{Fee: "1000"})
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(a ask) {
			defer wg.Done()
			if _, err := e2.Complete(context.Background(), api.CompletionRequest{Prompt: a.prompt, Adapter: a.adapter, MaxTokens: askTokens}); err != nil {
				t.Error(err)
			}
		}(asks[i%2])
	}
	wg.Wait()
	if s := e2.Stats(); s.ModelLoads != 1 || s.AdapterLoads != 2 {
		t.Fatalf("4 concurrent first completions: %+v, want 1 model load, 2 adapter loads", s)
	}
}

// TestResidentEviction: with a budget that holds one adapter, alternating adapters
// evicts and reloads each time, and the answers stay those of the per-request path.
func TestResidentEviction(t *testing.T) {
	st := demoStore(t)
	m, _, mrec, err := inference.OpenModel(st, "demo-tiny")
	if err != nil {
		t.Fatal(err)
	}
	ad, arec, err := inference.OpenAdapter(st, "devil", mrec.Name, m.Cfg)
	if err != nil {
		t.Fatal(err)
	}
	e := lmengine.NewEngine(st, lmengine.Options{Fee: "1000", AdapterCacheBytes: ad.Bytes()})
	want := map[string]string{}
	for _, a := range asks {
		want[a.adapter] = perRequest(t, st, a).Output
	}
	seq := []ask{asks[0], asks[1], asks[0], asks[1]}
	for i, a := range seq {
		text, _ := complete(t, st, e, a)
		if text != want[a.adapter] {
			t.Fatalf("step %d (%s): %q, want %q", i, a.adapter, text, want[a.adapter])
		}
		s := e.Stats()
		var sha string
		if a.adapter == "devil" {
			sha = arec.SHA256
		} else {
			var r inference.AdapterRecord
			if err := st.Get(store.KindAdapter, a.adapter, &r); err != nil {
				t.Fatal(err)
			}
			sha = r.SHA256
		}
		if len(s.Cached) != 1 || s.Cached[0] != a.adapter+"@"+sha || s.AdapterLoads != i+1 || s.ModelLoads != 1 {
			t.Fatalf("step %d (%s): %+v, want only it cached, %d adapter loads, 1 model load", i, a.adapter, s, i+1)
		}
	}
}

// TestResidentHotRegistration: an adapter trained after the engine started is served
// on first use, and a base model whose record changed (here: its files moved to a new
// folder) is reloaded rather than served stale, with unchanged answers.
func TestResidentHotRegistration(t *testing.T) {
	st := demoStore(t)
	ctx := context.Background()
	e := lmengine.NewEngine(st, lmengine.Options{Fee: "1000"})
	if text, _ := complete(t, st, e, asks[0]); text == "" {
		t.Fatal("empty completion")
	}

	var mrec inference.ModelRecord
	if err := st.Get(store.KindModel, "demo-tiny", &mrec); err != nil {
		t.Fatal(err)
	}
	tc := gradients.DefaultTrainConfig()
	tc.Steps, tc.LR = 5, 1e-2
	ts, err := inference.ParseTargets("attn,mlp")
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := gradients.TrainAdapter(ctx, st, gradients.AdapterOptions{Name: "devil-late", Base: mrec.Name, Datanets: []string{"devil"},
		Lora: inference.LoraConfig{Rank: 8, Alpha: 16, Targets: ts}, Train: tc}, nil); err != nil {
		t.Fatal(err)
	}
	if _, _, err := lm.BuildSketches(ctx, st, lm.SketchOptions{Adapter: "devil-late"}); err != nil {
		t.Fatal(err)
	}
	late := ask{"devil-late", asks[0].prompt}
	text, got := complete(t, st, e, late)
	want := perRequest(t, st, late)
	if text != want.Output {
		t.Fatalf("late adapter: %q, per-request %q", text, want.Output)
	}
	sameRecord(t, "devil-late", got, want)
	if s := e.Stats(); s.ModelLoads != 1 || s.AdapterLoads != 2 {
		t.Fatalf("after a late adapter: %+v, want 1 model load, 2 adapter loads", s)
	}

	// Move the model's files: the record changes, the engine must reload.
	src := filepath.Join(st.Dir(), "files", mrec.Dir)
	moved := mrec
	moved.Dir = mrec.Dir + "-moved"
	if err := os.CopyFS(filepath.Join(st.Dir(), "files", moved.Dir), os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	if err := st.Put(store.KindModel, mrec.Name, moved); err != nil {
		t.Fatal(err)
	}
	defer st.Put(store.KindModel, mrec.Name, mrec)
	before := perRequest(t, st, asks[0])
	text, got = complete(t, st, e, asks[0])
	if text != before.Output {
		t.Fatalf("after the model moved: %q, per-request %q", text, before.Output)
	}
	sameRecord(t, "devil after move", got, before)
	if s := e.Stats(); s.ModelLoads != 2 || s.AdapterLoads != 3 {
		t.Fatalf("after the model record changed: %+v, want 2 model loads, 3 adapter loads", s)
	}
}

package inference

import (
	"context"
	"errors"
	"fmt"
	"math"
	"testing"
)

func TestServerLRUAndMixedBatch(t *testing.T) {
	m := randModel(t, testCfg, 21)
	all, _ := ParseTargets("all")
	store := map[string]*Adapter[float32]{}
	for i := 0; i < 3; i++ {
		a := randAdapter(t, testCfg, all, 2, uint64(i+1))
		a.Name = fmt.Sprintf("a%d", i)
		store[a.Name] = a
	}
	one := store["a0"].Bytes()
	base0 := &m.P.Data[0]
	srv := NewServer(m, 2*one, func(name string, _ Config) (*Adapter[float32], error) {
		a, ok := store[name]
		if !ok {
			return nil, fmt.Errorf("%q: %w", name, ErrAdapterNotFound)
		}
		return a, nil
	})
	reqs := []Request{{"a0", []int{1, 2, 3, 4}}, {"", []int{5, 6, 7}}, {"a1", []int{8, 9, 10, 11, 12}}, {"a0", []int{1, 2}}}
	got, err := srv.ScoreBatch(context.Background(), reqs)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range reqs {
		want, _ := m.Score(r.Tokens, store[r.Adapter])
		if r.Adapter == "" {
			want, _ = m.Score(r.Tokens, nil)
		}
		for j := range want {
			if math.Abs(got[i][j]-want[j]) > 1e-4 {
				t.Fatalf("request %d token %d: batched %g, alone %g", i, j, got[i][j], want[j])
			}
		}
	}
	if _, err := srv.Adapter("a2"); err != nil {
		t.Fatal(err)
	}
	names, bytes := srv.Cached()
	if len(names) != 2 || names[0] != "a2" || names[1] != "a0" || bytes > 2*one {
		t.Fatalf("LRU holds %v (%d bytes), want [a2 a0] within %d", names, bytes, 2*one)
	}
	if srv.Loads != 3 {
		t.Fatalf("%d loads, want 3", srv.Loads)
	}
	if _, err := srv.Adapter("nope"); !errors.Is(err, ErrAdapterNotFound) {
		t.Fatalf("unknown adapter: %v", err)
	}
	if &m.P.Data[0] != base0 {
		t.Fatal("base weights were reallocated")
	}
}

func TestServerGenerate(t *testing.T) {
	m := randModel(t, testCfg, 22)
	all, _ := ParseTargets("all")
	a := randAdapter(t, testCfg, all, 2, 9)
	a.Name = "x"
	srv := NewServer(m, 1<<20, func(string, Config) (*Adapter[float32], error) { return a, nil })
	g1, err := srv.Generate(context.Background(), "x", []int{1, 2}, 4, Sampling{}, -1, nil)
	if err != nil {
		t.Fatal(err)
	}
	g2, _ := m.Generate(context.Background(), []int{1, 2}, 4, Sampling{}, a, -1, nil)
	if !equalInts(g1.Tokens, g2.Tokens) {
		t.Fatalf("server %v, direct %v", g1.Tokens, g2.Tokens)
	}
}

// TestServerVersionedKeys: keys need not be adapter names ("name@version"): a new
// version is loaded on first use, eviction removes the right entries, and an
// adapter handed out before its eviction stays usable.
func TestServerVersionedKeys(t *testing.T) {
	m := randModel(t, testCfg, 23)
	all, _ := ParseTargets("all")
	a := randAdapter(t, testCfg, all, 2, 5)
	a.Name = "x"
	srv := NewServer(m, a.Bytes(), func(key string, _ Config) (*Adapter[float32], error) { return a, nil })
	for _, k := range []string{"x@1", "x@1", "x@2", "x@1"} {
		got, err := srv.Adapter(k)
		if err != nil || got != a {
			t.Fatalf("%s: %v, %v", k, got, err)
		}
		if names, bytes := srv.Cached(); len(names) != 1 || names[0] != k || bytes != a.Bytes() {
			t.Fatalf("after %s the cache holds %v (%d bytes), want [%s]", k, names, bytes, k)
		}
	}
	if n := srv.LoadCount(); n != 3 {
		t.Fatalf("%d loads, want 3 (x@1, x@2, x@1 again)", n)
	}
}

// TestServerConcurrentFirstUse: concurrent first requests for one adapter load it
// once and all get it.
func TestServerConcurrentFirstUse(t *testing.T) {
	m := randModel(t, testCfg, 24)
	all, _ := ParseTargets("all")
	a := randAdapter(t, testCfg, all, 2, 6)
	a.Name = "x"
	release := make(chan struct{})
	srv := NewServer(m, 1<<20, func(string, Config) (*Adapter[float32], error) { <-release; return a, nil })
	const n = 8
	got := make(chan *Adapter[float32], n)
	for range n {
		go func() {
			ad, err := srv.Adapter("x")
			if err != nil {
				t.Error(err)
			}
			got <- ad
		}()
	}
	close(release)
	for range n {
		if ad := <-got; ad != a {
			t.Fatalf("got %p, want %p", ad, a)
		}
	}
	if l := srv.LoadCount(); l != 1 {
		t.Fatalf("%d loads, want 1", l)
	}
}

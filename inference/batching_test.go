package inference

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"sort"
	"sync"
	"testing"
	"time"
)

// decCfg is large enough for 30-token generations and for products on both sides of
// the kernels' GEMM threshold (8 rows).
var decCfg = Config{ModelType: "gpt2", NLayer: 2, NHead: 2, NEmbd: 16, NPositions: 40, VocabSize: 48, LayerNormEps: 1e-5}

// decodeFixture is a model, three adapters of different ranks and targets, and a
// server over them.
type decodeFixture struct {
	m   *Model[float32]
	ads map[string]*Adapter[float32]
	srv *Server
}

func newDecodeFixture(t *testing.T, maxBatch int) *decodeFixture {
	t.Helper()
	f := &decodeFixture{m: randModel(t, decCfg, 31), ads: map[string]*Adapter[float32]{}}
	all, _ := ParseTargets("all")
	attn, _ := ParseTargets("attn")
	mlp, _ := ParseTargets("mlp")
	for i, a := range []*Adapter[float32]{randAdapter(t, decCfg, all, 2, 1), randAdapter(t, decCfg, attn, 4, 2), randAdapter(t, decCfg, mlp, 8, 3)} {
		a.Name = fmt.Sprintf("a%d", i)
		f.ads[a.Name] = a
	}
	f.srv = NewServer(f.m, 1<<30, func(name string, _ Config) (*Adapter[float32], error) {
		a, ok := f.ads[name]
		if !ok {
			return nil, fmt.Errorf("%q: %w", name, ErrAdapterNotFound)
		}
		return a, nil
	})
	f.srv.MaxBatch = maxBatch
	return f
}

// waitRows makes the server's first decode step wait (up to 5 s) until n sequences
// are in the loop, so that a test's concurrent requests are decoded together.
func (f *decodeFixture) waitRows(n int) {
	deadline := time.Now().Add(5 * time.Second)
	first := true // the hook runs on the loop's goroutine only
	f.srv.stepHook = func(rows int) bool {
		if first && rows < n && time.Now().Before(deadline) {
			time.Sleep(200 * time.Microsecond)
			return false
		}
		first = false
		return true
	}
}

// solo runs r alone with Model.Decode, the reference.
func (f *decodeFixture) solo(t *testing.T, r DecodeRequest) Generation {
	t.Helper()
	r.OnToken = nil
	g, err := f.m.Decode(context.Background(), r, f.ads[r.Adapter])
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// requests returns n requests over the base model and the three adapters (adapters
// repeat, so rows of one adapter are not contiguous), greedy and sampled, with
// prompts of different lengths (so rows sit at different positions).
func decodeRequests(n int) []DecodeRequest {
	names := []string{"a0", "", "a1", "a0", "a2", "", "a1", "a2"}
	var rs []DecodeRequest
	for i := range n {
		r := DecodeRequest{Adapter: names[i%len(names)], MaxTokens: 12 + i%5, Stop: -1}
		for j := range 1 + (i*3)%7 {
			r.Prompt = append(r.Prompt, (i*7+j*5)%decCfg.VocabSize)
		}
		if i%2 == 1 {
			r.Sampling = Sampling{Temperature: 0.9, TopK: 20, TopP: 0.95, Seed: uint64(100 + i)}
		}
		if i%3 == 0 {
			r.TopLogProbs = 3
		}
		rs = append(rs, r)
	}
	return rs
}

// runConcurrently sends every request to the server at once.
func runConcurrently(srv *Server, rs []DecodeRequest) ([]Generation, []error) {
	gs, errs := make([]Generation, len(rs)), make([]error, len(rs))
	var wg sync.WaitGroup
	for i, r := range rs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			gs[i], errs[i] = srv.Decode(context.Background(), r)
		}()
	}
	wg.Wait()
	return gs, errs
}

// sameGeneration compares got with want: equal tokens, top ids and Stopped, and
// log-probs equal bit for bit (tol 0) or within tol.
func sameGeneration(t *testing.T, i int, got, want Generation, tol float64) {
	t.Helper()
	if !equalInts(got.Tokens, want.Tokens) || got.Stopped != want.Stopped {
		t.Fatalf("request %d: batched %v (%s), alone %v (%s)", i, got.Tokens, got.Stopped, want.Tokens, want.Stopped)
	}
	near := func(a, b float64) bool { return a == b || (tol > 0 && math.Abs(a-b) <= tol) }
	for j := range want.LogProbs {
		if !near(got.LogProbs[j], want.LogProbs[j]) {
			t.Fatalf("request %d token %d: log-prob batched %.9g, alone %.9g (tolerance %g)", i, j, got.LogProbs[j], want.LogProbs[j], tol)
		}
	}
	if len(got.Top) != len(want.Top) {
		t.Fatalf("request %d: %d top lists, alone %d", i, len(got.Top), len(want.Top))
	}
	for j := range want.Top {
		for k := range want.Top[j] {
			if got.Top[j][k].ID != want.Top[j][k].ID || !near(got.Top[j][k].LogProb, want.Top[j][k].LogProb) {
				t.Fatalf("request %d token %d alternative %d: batched %+v, alone %+v", i, j, k, got.Top[j][k], want.Top[j][k])
			}
		}
	}
}

// TestForwardDecodeStepCaches: a decode step of rows at different positions with
// different adapters (per-row caches) gives each row the logits and cache of a
// one-row step over its own cache: bit for bit below 8 rows, where the products
// take the same kernels as one row, and to float32 rounding above.
func TestForwardDecodeStepCaches(t *testing.T) {
	f := newDecodeFixture(t, 0)
	m, V, C := f.m, decCfg.VocabSize, decCfg.NEmbd
	for _, B := range []int{5, 12} {
		t.Run(fmt.Sprintf("rows=%d", B), func(t *testing.T) {
			rs := decodeRequests(B)
			solo := make([]*KVCache[float32], B)
			batched := make([]*KVCache[float32], B)
			ads := make([]*Adapter[float32], B)
			toks := make([]int, B)
			var a Acts[float32]
			for b, r := range rs {
				ads[b] = f.ads[r.Adapter]
				solo[b] = m.NewKVCache()
				if err := m.Forward(&a, Batch[float32]{Tokens: r.Prompt, B: 1, T: len(r.Prompt), Adapters: []*Adapter[float32]{ads[b]}, Cache: solo[b]}); err != nil {
					t.Fatal(err)
				}
				batched[b] = m.NewKVCache()
				for l := range solo[b].K {
					copy(batched[b].K[l], solo[b].K[l])
					copy(batched[b].V[l], solo[b].V[l])
				}
				batched[b].Len = solo[b].Len
				toks[b] = (b * 11) % V
			}
			var ab Acts[float32]
			if err := m.Forward(&ab, Batch[float32]{Tokens: toks, B: B, T: 1, Adapters: ads, Caches: batched}); err != nil {
				t.Fatal(err)
			}
			tol := 0.0
			if B >= 8 {
				tol = 1e-5
			}
			for b := range rs {
				if err := m.Forward(&a, Batch[float32]{Tokens: toks[b : b+1], B: 1, T: 1, Adapters: []*Adapter[float32]{ads[b]}, Pos0: solo[b].Len, Cache: solo[b]}); err != nil {
					t.Fatal(err)
				}
				if batched[b].Len != solo[b].Len {
					t.Fatalf("row %d: cache length %d, alone %d", b, batched[b].Len, solo[b].Len)
				}
				for v := 0; v < V; v++ {
					if d := math.Abs(float64(ab.Logits[b*V+v] - a.Logits[v])); d > tol {
						t.Fatalf("row %d logit %d: batched %.9g, alone %.9g", b, v, ab.Logits[b*V+v], a.Logits[v])
					}
				}
				p := solo[b].Len - 1
				for l := range solo[b].K {
					for i := p * C; i < (p+1)*C; i++ {
						if d := math.Abs(float64(batched[b].K[l][i] - solo[b].K[l][i])); d > tol {
							t.Fatalf("row %d layer %d: cached key %d batched %g, alone %g", b, l, i-p*C, batched[b].K[l][i], solo[b].K[l][i])
						}
					}
				}
			}
		})
	}
}

// TestServerDecodeBatchedMatchesSolo: concurrent requests over mixed adapters
// (base-only rows included), greedy and sampled, decoded in one batch, each give
// what Model.Decode gives alone.
func TestServerDecodeBatchedMatchesSolo(t *testing.T) {
	for _, n := range []int{6, 12} {
		t.Run(fmt.Sprintf("rows=%d", n), func(t *testing.T) {
			f := newDecodeFixture(t, 16)
			f.waitRows(n)
			rs := decodeRequests(n)
			gs, errs := runConcurrently(f.srv, rs)
			tol := 0.0 // below 8 rows every product runs the one-row kernels
			if n >= 8 {
				tol = 1e-5
			}
			for i, r := range rs {
				if errs[i] != nil {
					t.Fatalf("request %d: %v", i, errs[i])
				}
				sameGeneration(t, i, gs[i], f.solo(t, r), tol)
			}
			if st := f.srv.Batching(); st.MaxRows != n {
				t.Fatalf("largest batch %d rows, want all %d requests together (%+v)", st.MaxRows, n, st)
			}
		})
	}
}

// TestServerDecodeMaxBatch: more requests than MaxBatch wait for a slot; batches
// never exceed it; results are unchanged.
func TestServerDecodeMaxBatch(t *testing.T) {
	f := newDecodeFixture(t, 3)
	rs := decodeRequests(8)
	gs, errs := runConcurrently(f.srv, rs)
	for i, r := range rs {
		if errs[i] != nil {
			t.Fatalf("request %d: %v", i, errs[i])
		}
		sameGeneration(t, i, gs[i], f.solo(t, r), 0)
	}
	if st := f.srv.Batching(); st.MaxRows > 3 || st.Steps == 0 {
		t.Fatalf("batches of up to %d rows with MaxBatch 3 (%+v)", st.MaxRows, st)
	}
}

// TestServerDecodeStopAndCancel: in one batch, a request whose OnToken returns false
// and one whose context is canceled end alone; the others are unchanged; the slots
// are released and the decode loop exits.
func TestServerDecodeStopAndCancel(t *testing.T) {
	goroutines := runtime.NumGoroutine()
	f := newDecodeFixture(t, 5)
	f.waitRows(5)
	rs := decodeRequests(5)
	for i := range rs {
		rs[i].MaxTokens = 20
	}
	var seen [5][]Token
	rs[1].OnToken = func(tok Token) bool {
		seen[1] = append(seen[1], tok)
		return len(seen[1]) < 3
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rs[3].OnToken = func(tok Token) bool {
		seen[3] = append(seen[3], tok)
		if len(seen[3]) == 2 {
			cancel()
		}
		return true
	}
	gs, errs := make([]Generation, 5), make([]error, 5)
	var wg sync.WaitGroup
	for i, r := range rs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := context.Background()
			if i == 3 {
				c = ctx
			}
			gs[i], errs[i] = f.srv.Decode(c, r)
		}()
	}
	wg.Wait()
	for i, r := range rs {
		want := f.solo(t, r)
		switch i {
		case 1:
			if errs[i] != nil || gs[i].Stopped != "stop" || len(gs[i].Tokens) != 3 || len(seen[1]) != 3 || !equalInts(gs[i].Tokens, want.Tokens[:3]) {
				t.Fatalf("OnToken false after 3 tokens: %v (%s), err %v; alone %v", gs[i].Tokens, gs[i].Stopped, errs[i], want.Tokens)
			}
		case 3:
			if !errors.Is(errs[i], context.Canceled) || len(gs[i].Tokens) < 2 || !equalInts(gs[i].Tokens, want.Tokens[:len(gs[i].Tokens)]) {
				t.Fatalf("canceled after 2 tokens: %v, err %v; alone %v", gs[i].Tokens, errs[i], want.Tokens)
			}
		default:
			if errs[i] != nil {
				t.Fatalf("request %d: %v", i, errs[i])
			}
			sameGeneration(t, i, gs[i], want, 0)
		}
	}
	// Every slot was given back: a full batch again completes.
	f.srv.stepHook = nil
	again, errs2 := runConcurrently(f.srv, decodeRequests(5))
	for i := range again {
		if errs2[i] != nil || len(again[i].Tokens) == 0 {
			t.Fatalf("second batch, request %d: %v", i, errs2[i])
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > goroutines && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > goroutines {
		t.Fatalf("%d goroutines after decoding, %d before: the decode loop did not exit", g, goroutines)
	}
}

// TestServerDecodeCanceledWhileWaiting: a request waiting for a slot returns when its
// context ends.
func TestServerDecodeCanceledWhileWaiting(t *testing.T) {
	f := newDecodeFixture(t, 1)
	entered, release := make(chan struct{}, 1), make(chan struct{})
	f.srv.stepHook = func(int) bool { // hold the first request (and its slot) in the loop
		select {
		case entered <- struct{}{}:
		default:
		}
		<-release
		return true
	}
	done := make(chan error)
	go func() { _, err := f.srv.Decode(context.Background(), decodeRequests(1)[0]); done <- err }()
	<-entered
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := f.srv.Decode(ctx, decodeRequests(2)[1]); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("waiting request: err %v, want deadline exceeded", err)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestServerDecodeTopLogProbs: the alternatives are sorted, the chosen token's
// log-prob and theirs are the model's (Model.Score over the text so far).
func TestServerDecodeTopLogProbs(t *testing.T) {
	f := newDecodeFixture(t, 0)
	for _, name := range []string{"", "a1"} {
		r := DecodeRequest{Adapter: name, Prompt: []int{4, 8, 15}, MaxTokens: 10, Stop: -1, TopLogProbs: 5,
			Sampling: Sampling{Temperature: 1, Seed: 3}}
		var streamed []Token
		r.OnToken = func(tok Token) bool { streamed = append(streamed, tok); return true }
		g, err := f.srv.Decode(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Top) != len(g.Tokens) || len(streamed) != len(g.Tokens) {
			t.Fatalf("%d tokens, %d top lists, %d streamed", len(g.Tokens), len(g.Top), len(streamed))
		}
		seq := append([]int(nil), r.Prompt...)
		score := func(next int) float64 {
			lp, err := f.m.Score(append(append([]int(nil), seq...), next), f.ads[name])
			if err != nil {
				t.Fatal(err)
			}
			return lp[len(lp)-1]
		}
		for j, top := range g.Top {
			if len(top) != 5 || streamed[j].ID != g.Tokens[j] || streamed[j].LogProb != g.LogProbs[j] {
				t.Fatalf("step %d: %d alternatives; streamed %+v, returned %d %g", j, len(top), streamed[j], g.Tokens[j], g.LogProbs[j])
			}
			for k, alt := range top {
				if k > 0 && alt.LogProb > top[k-1].LogProb {
					t.Fatalf("step %d: alternatives not sorted: %+v", j, top)
				}
				if want := score(alt.ID); math.Abs(alt.LogProb-want) > 1e-4 {
					t.Fatalf("step %d alternative %d (id %d): log-prob %g, Score %g", j, k, alt.ID, alt.LogProb, want)
				}
			}
			if want := score(g.Tokens[j]); math.Abs(g.LogProbs[j]-want) > 1e-4 {
				t.Fatalf("step %d: token %d log-prob %g, Score %g", j, g.Tokens[j], g.LogProbs[j], want)
			}
			if g.LogProbs[j] > top[len(top)-1].LogProb && !containsID(top, g.Tokens[j]) {
				t.Fatalf("step %d: token %d (log-prob %g) missing from the top %+v", j, g.Tokens[j], g.LogProbs[j], top)
			}
			seq = append(seq, g.Tokens[j])
		}
	}
}

func containsID(top []TokenLogProb, id int) bool {
	for _, a := range top {
		if a.ID == id {
			return true
		}
	}
	return false
}

// sampleRef is sample as first written (a stable sort by probability), the
// reference for the faster sort.
func sampleRef(logits []float32, s Sampling, rng *rand.Rand) int {
	type cand struct {
		id int
		p  float64
	}
	cs := make([]cand, len(logits))
	mx := math.Inf(-1)
	for i, v := range logits {
		cs[i] = cand{i, float64(v) / s.Temperature}
		mx = max(mx, cs[i].p)
	}
	var sum float64
	for i := range cs {
		cs[i].p = math.Exp(cs[i].p - mx)
		sum += cs[i].p
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].p > cs[j].p })
	if s.TopK > 0 && s.TopK < len(cs) {
		cs = cs[:s.TopK]
	}
	var tot float64
	for _, c := range cs {
		tot += c.p
	}
	if s.TopP > 0 && s.TopP < 1 {
		var acc float64
		for i, c := range cs {
			acc += c.p
			if acc >= s.TopP*tot {
				cs = cs[:i+1]
				break
			}
		}
		tot = 0
		for _, c := range cs {
			tot += c.p
		}
	}
	u := rng.Float64() * tot
	for _, c := range cs {
		u -= c.p
		if u <= 0 {
			return c.id
		}
	}
	return cs[len(cs)-1].id
}

// TestDecodeSampleMatchesStableSort: sample draws the token the stable-sort version
// drew for every seed, ties (repeated logits) included.
func TestDecodeSampleMatchesStableSort(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for trial := range 300 {
		logits := make([]float32, 1+r.IntN(300))
		for i := range logits {
			logits[i] = float32(r.IntN(12)) / 4 // many ties
			if trial%2 == 0 {
				logits[i] = float32(r.NormFloat64() * 3)
			}
		}
		s := Sampling{Temperature: 0.2 + r.Float64()*1.8, TopK: r.IntN(len(logits) + 1), Seed: r.Uint64()}
		if trial%3 == 0 {
			s.TopP = r.Float64()
		}
		a, b := newSamplingRNG(s), newSamplingRNG(s)
		for k := range 5 {
			if got, want := sample(logits, s, a), sampleRef(logits, s, b); got != want {
				t.Fatalf("trial %d draw %d (%+v, %d logits): sample %d, stable-sort reference %d", trial, k, s, len(logits), got, want)
			}
		}
	}
}

// TestForwardLastLogits: logits at each row's last position only equal those rows
// of the full forward.
func TestForwardLastLogits(t *testing.T) {
	m := randModel(t, decCfg, 7)
	V := decCfg.VocabSize
	toks := []int{1, 2, 3, 4, 5, 9, 8, 7, 6, 5}
	var full, last Acts[float32]
	if err := m.Forward(&full, Batch[float32]{Tokens: toks, B: 2, T: 5}); err != nil {
		t.Fatal(err)
	}
	if err := m.Forward(&last, Batch[float32]{Tokens: toks, B: 2, T: 5, LastLogits: true}); err != nil {
		t.Fatal(err)
	}
	if len(last.Logits) != 2*V || len(last.LogZ) != 2 {
		t.Fatalf("%d logits, %d log-partitions; want %d, 2", len(last.Logits), len(last.LogZ), 2*V)
	}
	for b := range 2 {
		i := b*5 + 4
		if d := math.Abs(last.LogZ[b] - full.LogZ[i]); d > 1e-5 {
			t.Fatalf("row %d: log-partition %g, full forward %g", b, last.LogZ[b], full.LogZ[i])
		}
		for v := range V {
			if d := math.Abs(float64(last.Logits[b*V+v] - full.Logits[i*V+v])); d > 1e-5 {
				t.Fatalf("row %d logit %d: %g, full forward %g", b, v, last.Logits[b*V+v], full.Logits[i*V+v])
			}
		}
	}
	// The buffers grow back for a full forward.
	if err := m.Forward(&last, Batch[float32]{Tokens: toks, B: 2, T: 5}); err != nil || len(last.Logits) != 10*V {
		t.Fatalf("full forward after a last-logits one: %d logits, %v", len(last.Logits), err)
	}
}

// BenchmarkDecodeStep: one decode step of 16 sequences (20 tokens in, each with its
// own adapter) as one batched Forward (Batch.Caches) against 16 one-row steps, for
// the demo's config and (without -short) GPT-2's shape.
func BenchmarkDecodeStep(b *testing.B) {
	cfgs := []struct {
		name string
		cfg  Config
	}{{"small", Small}, {"gpt2", GPT2}}
	for _, c := range cfgs {
		if c.name == "gpt2" && testing.Short() {
			continue
		}
		cfg := c.cfg
		cfg.NPositions = min(cfg.NPositions, 64)
		m := randModel(b, cfg, 1)
		targets, _ := ParseTargets("attn,mlp")
		const rows, pos = 16, 20
		ads := make([]*Adapter[float32], rows)
		caches := make([]*KVCache[float32], rows)
		var a Acts[float32]
		for i := range rows {
			ads[i] = randAdapter(b, cfg, targets, 8, uint64(i))
			caches[i] = m.NewKVCache()
			if err := m.Forward(&a, Batch[float32]{Tokens: make([]int, pos), B: 1, T: pos, Adapters: ads[i : i+1], Cache: caches[i], LastLogits: true}); err != nil {
				b.Fatal(err)
			}
		}
		toks := make([]int, rows)
		b.Run(fmt.Sprintf("config=%s/batched=%d", c.name, rows), func(b *testing.B) {
			for range b.N {
				for _, kc := range caches {
					kc.Len = pos
				}
				if err := m.Forward(&a, Batch[float32]{Tokens: toks, B: rows, T: 1, Adapters: ads, Caches: caches}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("config=%s/one-row-steps=%d", c.name, rows), func(b *testing.B) {
			for range b.N {
				for i := range rows {
					if err := m.Forward(&a, Batch[float32]{Tokens: toks[:1], B: 1, T: 1, Adapters: ads[i : i+1], Pos0: pos, Cache: caches[i]}); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

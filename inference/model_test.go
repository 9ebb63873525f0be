package inference

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

var testCfg = Config{ModelType: "gpt2", NLayer: 2, NHead: 2, NEmbd: 8, NPositions: 16, VocabSize: 23, LayerNormEps: 1e-5}

func randModel(t testing.TB, cfg Config, seed uint64) *Model[float32] {
	t.Helper()
	p := NewParams[float32](cfg)
	p.Init(seed)
	// Make biases and LayerNorm parameters non-trivial so they are exercised.
	r := rand.New(rand.NewPCG(seed, 1))
	for _, ts := range p.Tensors {
		if len(ts.Shape) == 1 {
			for i := ts.Off; i < ts.Off+ts.Size; i++ {
				p.Data[i] += float32(r.NormFloat64() * 0.1)
			}
		}
	}
	return NewModel(p)
}

// refForward is an independent, deliberately plain float64 GPT-2 forward for one
// sequence, written from the architecture's definition. It returns logits [T][V].
func refForward(p *Params[float32], ids []int, merged func(l, t int, w []float64) []float64) [][]float64 {
	c := p.Cfg
	C, H, V := c.NEmbd, c.NHead, c.VocabSize
	hs := C / H
	f := func(s []float32) []float64 {
		o := make([]float64, len(s))
		for i, v := range s {
			o[i] = float64(v)
		}
		return o
	}
	ln := func(x []float64, w, b []float32) []float64 {
		var mu, v float64
		for _, a := range x {
			mu += a
		}
		mu /= float64(len(x))
		for _, a := range x {
			v += (a - mu) * (a - mu)
		}
		v /= float64(len(x))
		o := make([]float64, len(x))
		for i := range x {
			o[i] = (x[i]-mu)/math.Sqrt(v+1e-5)*float64(w[i]) + float64(b[i])
		}
		return o
	}
	lin := func(x []float64, w []float64, b []float32, out int) []float64 {
		o := make([]float64, out)
		for j := 0; j < out; j++ {
			o[j] = float64(b[j])
			for k := range x {
				o[j] += x[k] * w[k*out+j]
			}
		}
		return o
	}
	T := len(ids)
	x := make([][]float64, T)
	for t := range x {
		x[t] = make([]float64, C)
		for i := 0; i < C; i++ {
			x[t][i] = float64(p.Wte[ids[t]*C+i]) + float64(p.Wpe[t*C+i])
		}
	}
	for l := 0; l < c.NLayer; l++ {
		L := p.Layers[l]
		W := func(t int, w []float32) []float64 {
			if merged != nil {
				return merged(l, t, f(w))
			}
			return f(w)
		}
		att := make([][]float64, T)
		kv := make([][]float64, T)
		for t := range x {
			kv[t] = lin(ln(x[t], L.Ln1W, L.Ln1B), W(TargetCAttn, L.AttnW), L.AttnB, 3*C)
		}
		for t := 0; t < T; t++ {
			y := make([]float64, C)
			for h := 0; h < H; h++ {
				sc := make([]float64, t+1)
				var z float64
				for t2 := 0; t2 <= t; t2++ {
					for i := 0; i < hs; i++ {
						sc[t2] += kv[t][h*hs+i] * kv[t2][C+h*hs+i]
					}
					sc[t2] = math.Exp(sc[t2] / math.Sqrt(float64(hs)))
					z += sc[t2]
				}
				for t2 := range sc {
					for i := 0; i < hs; i++ {
						y[h*hs+i] += sc[t2] / z * kv[t2][2*C+h*hs+i]
					}
				}
			}
			att[t] = y
		}
		for t := range x {
			a := lin(att[t], W(TargetAttProj, L.ProjW), L.ProjB, C)
			for i := range a {
				x[t][i] += a[i]
			}
			hdn := lin(ln(x[t], L.Ln2W, L.Ln2B), W(TargetCFc, L.FcW), L.FcB, 4*C)
			for i, v := range hdn {
				hdn[i] = 0.5 * v * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(v+0.044715*v*v*v)))
			}
			o := lin(hdn, W(TargetMlpProj, L.FcProjW), L.FcPrB, C)
			for i := range o {
				x[t][i] += o[i]
			}
		}
	}
	logits := make([][]float64, T)
	for t := range x {
		h := ln(x[t], p.LnfW, p.LnfB)
		logits[t] = make([]float64, V)
		for v := 0; v < V; v++ {
			for i := 0; i < C; i++ {
				logits[t][v] += h[i] * float64(p.Wte[v*C+i])
			}
		}
	}
	return logits
}

func checkLogits(t *testing.T, got []float32, want [][]float64, tol float64) {
	t.Helper()
	V := len(want[0])
	for i := range want {
		for v := range want[i] {
			if d := math.Abs(float64(got[i*V+v]) - want[i][v]); d > tol {
				t.Fatalf("logit[%d][%d] = %g, reference %g", i, v, got[i*V+v], want[i][v])
			}
		}
	}
}

func TestForwardMatchesReference(t *testing.T) {
	m := randModel(t, testCfg, 1)
	seqs := [][]int{{1, 5, 22, 0, 7, 7, 3}, {4, 4, 4, 9, 10, 11, 12}}
	var a Acts[float32]
	toks := append(append([]int{}, seqs[0]...), seqs[1]...)
	if err := m.Forward(&a, Batch[float32]{Tokens: toks, B: 2, T: 7}); err != nil {
		t.Fatal(err)
	}
	for b, s := range seqs {
		checkLogits(t, a.Logits[b*7*23:(b+1)*7*23], refForward(m.P, s, nil), 1e-4)
	}
}

func TestKVCacheMatchesFullForward(t *testing.T) {
	m := randModel(t, testCfg, 2)
	ids := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3}
	var full Acts[float32]
	if err := m.Forward(&full, Batch[float32]{Tokens: ids, B: 1, T: len(ids)}); err != nil {
		t.Fatal(err)
	}
	cache := m.NewKVCache()
	var a Acts[float32]
	V := testCfg.VocabSize
	// Prefill 4, then one token at a time.
	if err := m.Forward(&a, Batch[float32]{Tokens: ids[:4], B: 1, T: 4, Cache: cache}); err != nil {
		t.Fatal(err)
	}
	for i := 4; i < len(ids); i++ {
		if err := m.Forward(&a, Batch[float32]{Tokens: ids[i : i+1], B: 1, T: 1, Pos0: cache.Len, Cache: cache}); err != nil {
			t.Fatal(err)
		}
		for v := 0; v < V; v++ {
			if d := math.Abs(float64(a.Logits[v] - full.Logits[i*V+v])); d > 1e-5 {
				t.Fatalf("pos %d logit %d: cached %g, full %g", i, v, a.Logits[v], full.Logits[i*V+v])
			}
		}
	}
}

func TestGenerate(t *testing.T) {
	m := randModel(t, testCfg, 3)
	ctx := context.Background()
	g, err := m.Generate(ctx, []int{1, 2, 3}, 5, Sampling{}, nil, -1, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Greedy: each token is the argmax of a full forward over prompt+generated.
	seq := []int{1, 2, 3}
	for _, tok := range g.Tokens {
		logits := refForward(m.P, seq, nil)
		last := logits[len(seq)-1]
		best := 0
		for v := range last {
			if last[v] > last[best] {
				best = v
			}
		}
		if best != tok {
			t.Fatalf("greedy token %d, reference argmax %d", tok, best)
		}
		seq = append(seq, tok)
	}
	s := Sampling{Temperature: 0.9, TopK: 5, TopP: 0.9, Seed: 7}
	g1, _ := m.Generate(ctx, []int{1}, 8, s, nil, -1, nil)
	g2, _ := m.Generate(ctx, []int{1}, 8, s, nil, -1, nil)
	if len(g1.Tokens) != 8 || !equalInts(g1.Tokens, g2.Tokens) {
		t.Fatalf("sampling with a seed is not reproducible: %v vs %v", g1.Tokens, g2.Tokens)
	}
	if _, err := m.Generate(ctx, make([]int, 17), 1, Sampling{}, nil, -1, nil); !errors.Is(err, ErrContextLength) {
		t.Fatalf("prompt longer than the context: err %v", err)
	}
	g3, err := m.Generate(ctx, make([]int, 14), 10, Sampling{}, nil, -1, nil)
	if err != nil || g3.Stopped != "context" || len(g3.Tokens) != 3 {
		t.Fatalf("generation at the end of the context: %+v %v", g3, err)
	}
}

func TestTopKSampling(t *testing.T) {
	logits := []float32{0, 5, 4, 3, -1}
	r := rand.New(rand.NewPCG(1, 1))
	seen := map[int]int{}
	for i := 0; i < 2000; i++ {
		seen[sample(logits, Sampling{Temperature: 1, TopK: 2}, r)]++
	}
	if len(seen) != 2 || seen[1] == 0 || seen[2] == 0 {
		t.Fatalf("top-k=2 drew %v", seen)
	}
	// p(1)=e^5/(e^5+e^4) ≈ 0.731
	if f := float64(seen[1]) / 2000; math.Abs(f-0.731) > 0.05 {
		t.Fatalf("top-k frequency of the best token %g, want ≈0.731", f)
	}
	seen = map[int]int{}
	for i := 0; i < 200; i++ {
		seen[sample(logits, Sampling{Temperature: 1, TopP: 0.5}, r)]++
	}
	if len(seen) != 1 || seen[1] != 200 {
		t.Fatalf("top-p=0.5 drew %v, want only the best token", seen)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestScoreMatchesReference(t *testing.T) {
	m := randModel(t, testCfg, 4)
	ids := []int{5, 6, 7, 8, 1}
	lp, err := m.Score(ids, nil)
	if err != nil {
		t.Fatal(err)
	}
	ref := refForward(m.P, ids, nil)
	for i := 0; i+1 < len(ids); i++ {
		var z float64
		for _, v := range ref[i] {
			z += math.Exp(v)
		}
		want := ref[i][ids[i+1]] - math.Log(z)
		if math.Abs(lp[i]-want) > 1e-4 {
			t.Fatalf("logprob[%d] = %g, reference %g", i, lp[i], want)
		}
	}
}

func TestBadTokens(t *testing.T) {
	m := randModel(t, testCfg, 5)
	var a Acts[float32]
	if err := m.Forward(&a, Batch[float32]{Tokens: []int{1, 23}, B: 1, T: 2}); !errors.Is(err, ErrTokenID) {
		t.Fatalf("token 23 of vocab 23: %v", err)
	}
	if err := m.Forward(&a, Batch[float32]{Tokens: make([]int, 17), B: 1, T: 17}); !errors.Is(err, ErrContextLength) {
		t.Fatalf("17 tokens, context 16: %v", err)
	}
}

type recHook struct {
	layers []int
	got    map[[3]int][]float32
}

func (h *recHook) Layers() []int { return h.layers }
func (h *recHook) Hidden(l, b, p int, v []float32) {
	h.got[[3]int{l, b, p}] = append([]float32(nil), v...)
}

func TestActivationHook(t *testing.T) {
	m := randModel(t, testCfg, 6)
	h := &recHook{layers: []int{0, 2, 3}, got: map[[3]int][]float32{}}
	var a Acts[float32]
	if err := m.Forward(&a, Batch[float32]{Tokens: []int{1, 2, 3, 4, 5, 6}, B: 2, T: 3, Hook: h}); err != nil {
		t.Fatal(err)
	}
	if len(h.got) != 3*2*3 {
		t.Fatalf("hook got %d vectors, want 18", len(h.got))
	}
	C := testCfg.NEmbd
	// Layer 0 is the embedding sum, layer 2 the last block output, 3 the final LayerNorm.
	if v := h.got[[3]int{0, 1, 2}]; v[3] != m.P.Wte[6*C+3]+m.P.Wpe[2*C+3] {
		t.Fatalf("embedding hidden state wrong")
	}
	if v := h.got[[3]int{3, 1, 1}]; v[5] != a.Lnf[(1*3+1)*C+5] {
		t.Fatalf("final hidden state wrong")
	}
	if v := h.got[[3]int{2, 0, 2}]; v[0] != a.Layers[1].Res3[2*C] {
		t.Fatalf("block output hidden state wrong")
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m := randModel(t, testCfg, 7)
	dir := t.TempDir()
	if err := SaveModel(dir, m); err != nil {
		t.Fatal(err)
	}
	m2, err := LoadModel(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range m.P.Data {
		if m.P.Data[i] != m2.P.Data[i] {
			t.Fatalf("param %d changed in round trip", i)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	m := randModel(t, testCfg, 8)
	good := EncodeParams(m.P, nil)
	st, err := ParseSafetensors(good)
	if err != nil {
		t.Fatal(err)
	}
	// Prefixed names (as in the original OpenAI conversion) load too.
	var pref []NamedFloats
	for _, ts := range m.P.Tensors {
		pref = append(pref, NamedFloats{"transformer." + ts.Name, ts.Shape, m.P.Data[ts.Off : ts.Off+ts.Size]})
	}
	pref = append(pref, NamedFloats{"transformer.h.0.attn.bias", []int{1, 1, 2, 2}, []float32{1, 0, 1, 1}})
	st2, _ := ParseSafetensors(EncodeSafetensors(pref, nil))
	if _, err := ParamsFromSafetensors(testCfg, st2); err != nil {
		t.Fatalf("transformer.-prefixed checkpoint: %v", err)
	}

	bigger := testCfg
	bigger.NLayer = 3
	wider := testCfg
	wider.VocabSize = 24
	fewer := testCfg
	fewer.NLayer = 1
	for _, tc := range []struct {
		name string
		cfg  Config
		st   *Safetensors
		want error
	}{
		{"missing layer", bigger, st, ErrMissingTensor},
		{"wrong vocab", wider, st, ErrTensorShape},
		{"extra layer", fewer, st, ErrUnexpectedTensor},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ParamsFromSafetensors(tc.cfg, tc.st); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
	for _, n := range []int{0, 7, 8, 100, len(good) - 1} {
		if _, err := ParseSafetensors(good[:n]); !errors.Is(err, ErrSafetensors) {
			t.Fatalf("truncated to %d bytes: err %v", n, err)
		}
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "model.safetensors"), good[:len(good)-4], 0o644)
	WriteConfig(dir, testCfg)
	if _, err := LoadModel(dir); !errors.Is(err, ErrSafetensors) || !contains(err.Error(), "model.safetensors") {
		t.Fatalf("truncated file: %v", err)
	}
}

func contains(s, sub string) bool { return len(s) >= len(sub) && (s == sub || indexOf(s, sub) >= 0) }
func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestGPT2ShapeCheckpoint(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and loads a 500 MB checkpoint of GPT-2 124M's shape")
	}
	p := NewParams[float32](GPT2)
	p.Init(1)
	dir := t.TempDir()
	if err := SaveModel(dir, NewModel(p)); err != nil {
		t.Fatal(err)
	}
	m, err := LoadModel(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.P.Data) != 124439808 {
		t.Fatalf("%d parameters, GPT-2 124M has 124439808", len(m.P.Data))
	}
	g, err := m.Generate(context.Background(), []int{464, 2068, 7586}, 3, Sampling{}, nil, 50256, nil)
	if err != nil || len(g.Tokens) != 3 {
		t.Fatalf("generate: %v %v", g, err)
	}
	lp, err := m.Score([]int{464, 2068, 7586, 21831}, nil)
	if err != nil || len(lp) != 3 || math.IsNaN(lp[0]) {
		t.Fatalf("score: %v %v", lp, err)
	}
}

// recordHook is an ActivationHook that keeps a copy of every hidden state it is
// given, by (layer, row, position).
type recordHook struct {
	layers []int
	states map[[3]int][]float32
}

func (r *recordHook) Layers() []int { return r.layers }

func (r *recordHook) Hidden(layer, row, pos int, h []float32) {
	r.states[[3]int{layer, row, pos}] = slices.Clone(h)
}

func TestActivationHookThroughGeneration(t *testing.T) {
	m := randModel(t, testCfg, 9)
	rec := &recordHook{layers: []int{1, 3}, states: map[[3]int][]float32{}}
	g, err := m.Generate(context.Background(), []int{1, 2, 3}, 4, Sampling{}, nil, -1, rec)
	if err != nil {
		t.Fatal(err)
	}
	// The prompt and every generated token but the last are run through the model,
	// each position once per asked layer.
	seq := append([]int{1, 2, 3}, g.Tokens[:len(g.Tokens)-1]...)
	if len(rec.states) != 2*len(seq) {
		t.Fatalf("recorded %d states, want %d (2 layers × %d positions)", len(rec.states), 2*len(seq), len(seq))
	}
	// Against a full forward of the same sequence: the final-LayerNorm states agree.
	var a Acts[float32]
	if err := m.Forward(&a, Batch[float32]{Tokens: seq, B: 1, T: len(seq)}); err != nil {
		t.Fatal(err)
	}
	C := testCfg.NEmbd
	for p := range seq {
		st, ok := rec.states[[3]int{3, 0, p}]
		if !ok || len(st) != C {
			t.Fatalf("pos %d: layer 3 state of %d values recorded (%v)", p, len(st), ok)
		}
		if h1 := rec.states[[3]int{1, 0, p}]; len(h1) != C {
			t.Fatalf("pos %d: layer 1 state of %d values", p, len(h1))
		}
		for i := 0; i < C; i++ {
			if d := math.Abs(float64(st[i] - a.Lnf[p*C+i])); d > 1e-5 {
				t.Fatalf("pos %d dim %d: cached %g, full %g", p, i, st[i], a.Lnf[p*C+i])
			}
		}
	}
}

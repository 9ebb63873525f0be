package embed

import (
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"
)

func randomVectors(rng *rand.Rand, n, dim int) [][]float32 {
	out := make([][]float32, n)
	for i := range out {
		v := make([]float32, dim)
		for j := range v {
			v[j] = float32(rng.NormFloat64())
		}
		out[i] = v
	}
	return out
}

// bruteCosine ranks all vectors by float64 cosine similarity: the reference.
func bruteCosine(vs [][]float32, q []float32, k int) []int {
	type s struct {
		key int
		sim float64
	}
	norm := func(v []float32) float64 {
		var ss float64
		for _, f := range v {
			ss += float64(f) * float64(f)
		}
		return math.Sqrt(ss)
	}
	qn := norm(q)
	all := make([]s, len(vs))
	for i, v := range vs {
		var d float64
		for j := range v {
			d += float64(v[j]) * float64(q[j])
		}
		all[i] = s{i, d / (norm(v) * qn)}
	}
	sort.SliceStable(all, func(a, b int) bool { return all[a].sim > all[b].sim })
	var out []int
	for _, x := range all[:min(k, len(all))] {
		out = append(out, x.key)
	}
	return out
}

func build(t testing.TB, vs [][]float32) *Index {
	t.Helper()
	x := New(len(vs[0]))
	for i, v := range vs {
		if err := x.Add(i, v); err != nil {
			t.Fatal(err)
		}
	}
	return x
}

func TestExactEqualsBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 7, 100, 9000} {
		vs := randomVectors(rng, n, 33)
		x := build(t, vs)
		for range 20 {
			q := randomVectors(rng, 1, 33)[0]
			for _, k := range []int{1, 5, 50} {
				hits := x.Exact(q, k)
				var got []int
				for _, h := range hits {
					got = append(got, h.Key)
				}
				want := bruteCosine(vs, q, k)
				if !slices.Equal(got, want) {
					// Allow swaps of near-ties only (float32 vs float64 rounding).
					for i := range want {
						if got[i] != want[i] && math.Abs(float64(hits[i].Score)-cos(vs[want[i]], q)) > 1e-5 {
							t.Fatalf("n=%d k=%d: %v, brute force %v", n, k, got, want)
						}
					}
				}
				for i, h := range hits {
					if math.Abs(float64(h.Score)-cos(vs[h.Key], q)) > 1e-5 {
						t.Fatalf("score %g, cosine %g", h.Score, cos(vs[h.Key], q))
					}
					if i > 0 && hits[i-1].Score < h.Score {
						t.Fatal("hits not sorted")
					}
				}
			}
		}
	}
}

func cos(a, b []float32) float64 {
	var d, na, nb float64
	for i := range a {
		d += float64(a[i]) * float64(b[i])
		na += float64(a[i]) * float64(a[i])
		nb += float64(b[i]) * float64(b[i])
	}
	return d / math.Sqrt(na*nb)
}

func TestAddErrors(t *testing.T) {
	x := New(3)
	if err := x.Add(1, []float32{0, 0, 0}); !errors.Is(err, ErrVector) {
		t.Fatalf("zero vector: %v", err)
	}
	if err := x.Add(1, []float32{float32(math.NaN()), 1, 0}); !errors.Is(err, ErrVector) {
		t.Fatalf("NaN vector: %v", err)
	}
	if err := x.Add(1, []float32{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	if err := x.Add(1, []float32{1, 2, 3}); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("duplicate: %v", err)
	}
	defer func() {
		if recover() == nil {
			t.Fatal("wrong dimension did not panic")
		}
	}()
	x.Add(2, []float32{1, 2})
}

func TestSaveLoad(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	vs := randomVectors(rng, 500, 16)
	x := build(t, vs)
	p := filepath.Join(t.TempDir(), "emb.bin")
	if err := x.Save(p); err != nil {
		t.Fatal(err)
	}
	y, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	q := vs[3]
	if !slices.Equal(x.Exact(q, 20), y.Exact(q, 20)) {
		t.Fatal("loaded index answers differently")
	}
	good, _ := os.ReadFile(p)
	bad := append([]byte(nil), good...)
	bad[len(bad)-2] ^= 1
	cases := map[string]struct {
		b    []byte
		want error
	}{
		"truncated": {good[:len(good)-4], ErrTruncated},
		"corrupted": {bad, ErrChecksum},
		"short":     {good[:10], ErrTruncated},
		"magic":     {append([]byte("XXXX"), good[4:]...), ErrFormat},
	}
	for name, c := range cases {
		if _, err := decode(c.b); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
}

func FuzzDecode(f *testing.F) {
	rng := rand.New(rand.NewPCG(7, 8))
	x := build(f, randomVectors(rng, 5, 4))
	p := filepath.Join(f.TempDir(), "e.bin")
	if err := x.Save(p); err != nil {
		f.Fatal(err)
	}
	good, _ := os.ReadFile(p)
	f.Add(good)
	f.Add(good[:70])
	f.Fuzz(func(t *testing.T, b []byte) {
		y, err := decode(b)
		if err != nil {
			if !errors.Is(err, ErrFormat) && !errors.Is(err, ErrTruncated) && !errors.Is(err, ErrChecksum) {
				t.Fatalf("unclassified error %v", err)
			}
			return
		}
		y.Exact(make([]float32, y.Dim()), 3)
	})
}

func TestExactConcurrent(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	vs := randomVectors(rng, 600, 8)
	x := build(t, vs)
	want := x.Exact(vs[0], 5)
	done := make(chan []Hit)
	for g := 0; g < 4; g++ {
		go func() { done <- x.Exact(vs[0], 5) }()
	}
	for g := 0; g < 4; g++ {
		if got := <-done; !slices.Equal(got, want) {
			t.Fatal("concurrent Exact differs")
		}
	}
}

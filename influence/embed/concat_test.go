package embed

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// TestConcatSHA256EqualsSavedFile checks ConcatSHA256 of parts against the sha256 of
// the file Save writes for one index of the same rows (the independent truth), for
// several splits, and that a changed vector or a duplicated key changes or refuses it.
func TestConcatSHA256EqualsSavedFile(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	vs := randomVectors(rng, 50, 7)
	whole := build(t, vs)
	path := filepath.Join(t.TempDir(), "whole.emb")
	if err := whole.Save(path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	want := hex.EncodeToString(sum[:])
	split := func(cuts ...int) []*Index {
		var parts []*Index
		lo := 0
		for _, hi := range append(cuts, len(vs)) {
			p := New(7)
			for i := lo; i < hi; i++ {
				if err := p.Add(i, vs[i]); err != nil {
					t.Fatal(err)
				}
			}
			parts = append(parts, p)
			lo = hi
		}
		return parts
	}
	for _, cuts := range [][]int{nil, {25}, {1, 2, 49}, {10, 20, 30, 40}} {
		got, err := ConcatSHA256(split(cuts...))
		if err != nil || got != want {
			t.Fatalf("cuts %v: %s, %v; the saved file's sha256 is %s", cuts, got, err, want)
		}
	}
	parts := split(20)
	parts[1].vecs[3] += 1e-3
	if got, _ := ConcatSHA256(parts); got == want {
		t.Fatal("a changed vector leaves the sha256 unchanged")
	}
	dup := split(20)
	if err := dup[1].Add(3, vs[3]); err != nil {
		t.Fatal(err)
	}
	if _, err := ConcatSHA256(dup); !errors.Is(err, ErrFormat) {
		t.Fatalf("a key in two parts: %v", err)
	}
}

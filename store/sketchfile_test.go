package store

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

func randomSketch(rng *rand.Rand, n, k int) ([]string, []float32) {
	ids := make([]string, n)
	data := make([]float32, n*k)
	for i := range ids {
		ids[i] = fmt.Sprintf("%064x", rng.Uint64())
	}
	for i := range data {
		data[i] = float32(rng.NormFloat64())
	}
	return ids, data
}

func TestSketchFileRoundTrip(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ n, k int }{{0, 1}, {1, 1}, {7, 3}, {300, 64}} {
		t.Run(fmt.Sprintf("n=%d,k=%d", tc.n, tc.k), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(tc.n), uint64(tc.k)))
			ids, data := randomSketch(rng, tc.n, tc.k)
			p := filepath.Join(t.TempDir(), "s.sks")
			h, err := WriteSketchFile(p, tc.k, ids, data)
			if err != nil {
				t.Fatal(err)
			}
			sf, err := OpenSketchFile(p, true)
			if err != nil {
				t.Fatal(err)
			}
			defer sf.Close()
			if sf.Header() != h {
				t.Fatalf("header %+v, wrote %+v", sf.Header(), h)
			}
			n, k := sf.Dims()
			if n != tc.n || k != tc.k {
				t.Fatalf("dims %d×%d", n, k)
			}
			for i := range n {
				if sf.ID(i) != ids[i] {
					t.Fatalf("id %d = %q, want %q", i, sf.ID(i), ids[i])
				}
				for j, v := range sf.Row(i) {
					if v != data[i*k+j] {
						t.Fatalf("row %d col %d = %v, want %v", i, j, v, data[i*k+j])
					}
				}
			}
		})
	}
}

// TestSketchFileBadInput damages a valid file in each way a disk or a careless copy can,
// and checks that opening fails with the right sentinel and names the file.
func TestSketchFileBadInput(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	ids, data := randomSketch(rng, 20, 8)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.sks")
	if _, err := WriteSketchFile(good, 8, ids, data); err != nil {
		t.Fatal(err)
	}
	orig, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	flip := func(off int) func([]byte) []byte {
		return func(b []byte) []byte { b[off] ^= 0x10; return b }
	}
	for _, tc := range []struct {
		name   string
		damage func([]byte) []byte
		want   error
	}{
		{"truncated-header", func(b []byte) []byte { return b[:30] }, ErrTruncated},
		{"truncated-body", func(b []byte) []byte { return b[:len(b)-5] }, ErrTruncated},
		{"trailing", func(b []byte) []byte { return append(b, 0) }, ErrCorrupt},
		{"magic", flip(2), ErrCorrupt},
		{"header-field", flip(17), ErrCorrupt},
		{"matrix-bit", flip(sketchHeaderSize + 100), ErrCorrupt},
		{"ids-bit", flip(len(orig) - 3), ErrCorrupt},
		{"empty", func(b []byte) []byte { return nil }, ErrTruncated},
	} {
		t.Run("damage="+tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name+".sks")
			if err := os.WriteFile(p, tc.damage(append([]byte(nil), orig...)), 0o644); err != nil {
				t.Fatal(err)
			}
			sf, err := OpenSketchFile(p, true)
			if err == nil {
				sf.Close()
				t.Fatal("opened a damaged file")
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
			if !containsStr(err.Error(), p) {
				t.Fatalf("error %q does not name the file", err)
			}
		})
	}
	t.Run("version", func(t *testing.T) {
		h := encodeSketchHeader(SketchHeader{Version: 2, N: 0, K: 1})
		_, err := DecodeSketchHeader("v2", h, sketchHeaderSize)
		if !errors.Is(err, ErrFormatVersion) {
			t.Fatalf("error %v", err)
		}
	})
}

func containsStr(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func TestSketchWriterRejectsBadRows(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	p := filepath.Join(dir, "x.sks")
	sw, err := CreateSketchFile(p, 2)
	if err != nil {
		t.Fatal(err)
	}
	if err := sw.Append("a", []float32{1, 2}); err != nil {
		t.Fatal(err)
	}
	if err := sw.Append("b", []float32{float32(math.NaN()), 0}); !errors.Is(err, ErrInvalidRecord) {
		t.Fatalf("NaN row: %v", err)
	}
	if _, err := sw.Close(); err == nil {
		t.Fatal("Close after a bad row succeeded")
	}
	if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("destination exists after a failed write: %v", err)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 0 {
		t.Fatalf("temporary files left: %v", ents)
	}
	defer func() {
		if recover() == nil {
			t.Fatal("wrong row length did not panic")
		}
	}()
	sw2, _ := CreateSketchFile(p, 2)
	defer sw2.Abort()
	sw2.Append("a", []float32{1})
}

func TestStoreSketchMeta(t *testing.T) {
	t.Parallel()
	s, err := Open(DefaultOptions(t.TempDir()).WithInMemory(true))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(3, 4))
	ids, data := randomSketch(rng, 10, 4)
	meta, err := s.PutSketch(SketchMeta{Name: "ad1-c100", Adapter: "ad1", Checkpoint: 100, LR: 1e-3, Kind: "sketch", K: 4}, ids, data)
	if err != nil {
		t.Fatal(err)
	}
	if meta.N != 10 || meta.CRC == 0 {
		t.Fatalf("meta %+v", meta)
	}
	sf, got, err := s.OpenSketch("ad1-c100")
	if err != nil {
		t.Fatal(err)
	}
	sf.Close()
	if got.Adapter != "ad1" || got.LR != 1e-3 {
		t.Fatalf("meta %+v", got)
	}
	// Another writer replaces the file behind the record's back: ErrStale.
	p, _ := s.SketchPath("ad1-c100")
	ids2, data2 := randomSketch(rng, 10, 4)
	if _, err := WriteSketchFile(p, 4, ids2, data2); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.OpenSketch("ad1-c100"); !errors.Is(err, ErrStale) {
		t.Fatalf("stale file: %v", err)
	}
	list, err := s.Sketches("ad1")
	if err != nil || len(list) != 1 {
		t.Fatalf("Sketches: %v %v", list, err)
	}
	if _, _, err := s.OpenSketch("nope"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing: %v", err)
	}
}

// FuzzSketchHeader feeds arbitrary files to the reader: it must return an error or a
// file whose every row and id can be read, never panic.
func FuzzSketchHeader(f *testing.F) {
	rng := rand.New(rand.NewPCG(5, 6))
	dir := f.TempDir()
	for i, nk := range [][2]int{{0, 1}, {2, 3}, {5, 1}} {
		ids, data := randomSketch(rng, nk[0], nk[1])
		p := filepath.Join(dir, fmt.Sprint(i))
		if _, err := WriteSketchFile(p, nk[1], ids, data); err != nil {
			f.Fatal(err)
		}
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	f.Add([]byte("POASKT\x00\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p := filepath.Join(t.TempDir(), "f.sks")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, verify := range []bool{false, true} {
			sf, err := OpenSketchFile(p, verify)
			if err != nil {
				continue
			}
			n, k := sf.Dims()
			if len(sf.RawMatrix()) != n*k || len(sf.IDs()) != n {
				t.Fatalf("inconsistent file %d×%d", n, k)
			}
			for i := range n {
				_ = sf.Row(i)
				_ = sf.ID(i)
			}
			sf.Close()
		}
	})
}

package inference

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"poa/inference/tokenizer"
	"poa/store"
)

// registryStore returns an in-memory store holding model "m" (testCfg, a trained
// tokenizer) and adapter "a" over it, their records carrying the files' sha256.
func registryStore(t *testing.T) (*store.Store, *Model[float32], *Adapter[float32]) {
	t.Helper()
	s, err := store.Open(store.DefaultOptions(t.TempDir()).WithInMemory(true))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	m := randModel(t, testCfg, 11)
	dir, err := ModelDir(s, "m")
	if err != nil {
		t.Fatal(err)
	}
	if err := SaveModel(dir, m); err != nil {
		t.Fatal(err)
	}
	tok, err := tokenizer.TrainBPE([]string{"the devil is in the details", "the details"}, 260)
	if err != nil {
		t.Fatal(err)
	}
	if err := tok.Save(filepath.Join(dir, "tokenizer")); err != nil {
		t.Fatal(err)
	}
	sum, err := FileSHA256(filepath.Join(dir, "model.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put(store.KindModel, "m", ModelRecord{Name: "m", Config: testCfg, Dir: "models/m", SHA256: sum}); err != nil {
		t.Fatal(err)
	}
	targets, err := ParseTargets("all")
	if err != nil {
		t.Fatal(err)
	}
	a := randAdapter(t, testCfg, targets, 2, 12)
	adir, err := AdapterDir(s, "a")
	if err != nil {
		t.Fatal(err)
	}
	if err := SaveAdapter(adir, a); err != nil {
		t.Fatal(err)
	}
	asum, err := FileSHA256(filepath.Join(adir, "adapter_model.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put(store.KindAdapter, "a", AdapterRecord{Name: "a", Base: "m", Dir: "adapters/a", SHA256: asum}); err != nil {
		t.Fatal(err)
	}
	return s, m, a
}

// flipByte changes one byte of the file at path (the weights of a tensor, so the file
// still parses).
func flipByte(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)-3] ^= 0x40
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// OpenModel and OpenAdapter read the weights once for the check and the load: what
// they return equals the saved weights, and a file changed after its record was made
// is refused, with the mismatch reported before any load error.
func TestOpenModelChecksWhatItLoads(t *testing.T) {
	s, m, a := registryStore(t)
	got, tok, rec, err := OpenModel(s, "m")
	if err != nil {
		t.Fatal(err)
	}
	if rec.Name != "m" || tok == nil {
		t.Fatalf("record %q, tokenizer %v", rec.Name, tok)
	}
	for i := range m.P.Data {
		if got.P.Data[i] != m.P.Data[i] {
			t.Fatalf("param %d: %v, saved %v", i, got.P.Data[i], m.P.Data[i])
		}
	}
	ga, _, err := OpenAdapter(s, "a", "m", testCfg)
	if err != nil {
		t.Fatal(err)
	}
	for i := range a.Data {
		if ga.Data[i] != a.Data[i] {
			t.Fatalf("adapter value %d: %v, saved %v", i, ga.Data[i], a.Data[i])
		}
	}

	dir := filepath.Join(s.Dir(), "files", "models", "m")
	flipByte(t, filepath.Join(dir, "model.safetensors"))
	if _, _, _, err := OpenModel(s, "m"); err == nil || !strings.Contains(err.Error(), "file changed after training") {
		t.Fatalf("tampered weights: err %v, want the sha256 mismatch", err)
	}
	// A broken config too: the mismatch is still what is reported.
	if err := os.WriteFile(filepath.Join(dir, "config.json"), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := OpenModel(s, "m"); err == nil || !strings.Contains(err.Error(), "file changed after training") {
		t.Fatalf("tampered weights and config: err %v, want the sha256 mismatch", err)
	}
	if err := os.Remove(filepath.Join(dir, "model.safetensors")); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := OpenModel(s, "m"); !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), `model "m"`) {
		t.Fatalf("missing weights: err %v", err)
	}

	adir := filepath.Join(s.Dir(), "files", "adapters", "a")
	flipByte(t, filepath.Join(adir, "adapter_model.safetensors"))
	if _, _, err := OpenAdapter(s, "a", "m", testCfg); err == nil || !strings.Contains(err.Error(), "weights have sha256") {
		t.Fatalf("tampered adapter: err %v, want the sha256 mismatch", err)
	}
}

// A record whose sha256 matches a file that does not decode reports the decoding
// error, naming the file.
func TestOpenModelReportsLoadErrors(t *testing.T) {
	s, _, _ := registryStore(t)
	dir := filepath.Join(s.Dir(), "files", "models", "m")
	path := filepath.Join(dir, "model.safetensors")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b[:len(b)-4], 0o600); err != nil {
		t.Fatal(err)
	}
	sum, err := FileSHA256(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put(store.KindModel, "m", ModelRecord{Name: "m", Config: testCfg, Dir: "models/m", SHA256: sum}); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := OpenModel(s, "m"); !errors.Is(err, ErrSafetensors) || !strings.Contains(err.Error(), "model.safetensors") {
		t.Fatalf("truncated weights under a matching record: err %v", err)
	}
}

// BenchmarkOpenModel times OpenModel (the weights mapped once, hashed while decoded)
// against the earlier sequence it replaces, run alternately in the same benchmark:
// FileSHA256 over the file, then os.ReadFile and decode. It reports both in ms per
// open and their ratio (new/old).
func BenchmarkOpenModel(b *testing.B) {
	for _, bc := range []struct {
		name string
		cfg  Config
	}{
		{"demo", Config{ModelType: "gpt2", NLayer: 4, NHead: 4, NEmbd: 128, NPositions: 128, VocabSize: 2048, LayerNormEps: 1e-5}},
		{"wide", Config{ModelType: "gpt2", NLayer: 6, NHead: 8, NEmbd: 512, NPositions: 512, VocabSize: 8192, LayerNormEps: 1e-5}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			s, err := store.Open(store.DefaultOptions(b.TempDir()).WithInMemory(true))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			p := NewParams[float32](bc.cfg)
			p.Init(1)
			dir, err := ModelDir(s, "m")
			if err != nil {
				b.Fatal(err)
			}
			if err := SaveModel(dir, NewModel(p)); err != nil {
				b.Fatal(err)
			}
			tok, err := tokenizer.TrainBPE([]string{"the devil is in the details"}, 260)
			if err != nil {
				b.Fatal(err)
			}
			if err := tok.Save(filepath.Join(dir, "tokenizer")); err != nil {
				b.Fatal(err)
			}
			path := filepath.Join(dir, "model.safetensors")
			sum, err := FileSHA256(path)
			if err != nil {
				b.Fatal(err)
			}
			if err := s.Put(store.KindModel, "m", ModelRecord{Name: "m", Config: bc.cfg, Dir: "models/m", SHA256: sum}); err != nil {
				b.Fatal(err)
			}
			old := func() {
				if got, err := FileSHA256(path); err != nil || got != sum {
					b.Fatal(got, err)
				}
				cfg, err := ReadConfig(filepath.Join(dir, "config.json"))
				if err != nil {
					b.Fatal(err)
				}
				st, err := ReadSafetensorsFile(path)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := ParamsFromSafetensors(cfg, st); err != nil {
					b.Fatal(err)
				}
				if _, err := tokenizer.Load(filepath.Join(dir, "tokenizer")); err != nil {
					b.Fatal(err)
				}
			}
			var tOld, tNew time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				if _, _, _, err := OpenModel(s, "m"); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				old()
				tNew += t1.Sub(t0)
				tOld += time.Since(t1)
			}
			b.ReportMetric(float64(tNew.Microseconds())/1e3/float64(b.N), "new-ms/op")
			b.ReportMetric(float64(tOld.Microseconds())/1e3/float64(b.N), "old-ms/op")
			b.ReportMetric(float64(tNew)/float64(tOld), "new/old")
		})
	}
}

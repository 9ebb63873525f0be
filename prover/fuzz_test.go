package prover

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func FuzzDecodeInput(f *testing.F) {
	f.Add([]byte(`{"fee": "1000", "contributors": ["0x1000000000000000000000000000000000000001"], "scores": ["5"]}`))
	f.Add([]byte(`{"epoch": 3, "fee": "79228162514264337593543950335", "contributors": ["0xAbCdEf0123456789aBcDeF0123456789AbCdEf01", "0x00000000000000000000000000000000000000ff"], "scores": ["18446744073709551615", "0"]}`))
	f.Add([]byte(`{"fee": "0", "contributors": [], "scores": []}`))
	f.Add([]byte(`{"fee": "01", "contributors": [], "scores": []}`))
	f.Add([]byte(`{"fee": "1", "contributors": ["0xabc"], "scores": ["1"]}`))
	f.Add([]byte(`{"fee": "1"} {}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := DecodeInput(bytes.NewReader(data), "fuzz.json")
		if err != nil {
			if !errors.Is(err, ErrInput) {
				t.Fatalf("error %v does not wrap ErrInput", err)
			}
			return
		}
		// A decoded input re-encodes and decodes to the same input, and can be split.
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeInput(bytes.NewReader(b), "again.json")
		if err != nil {
			t.Fatalf("re-decode of %s: %v", b, err)
		}
		if again.Fee.Cmp(in.Fee) != 0 || len(again.Scores) != len(in.Scores) {
			t.Fatalf("round trip changed the input")
		}
		if len(in.Scores) <= 1024 {
			if _, err := NewStatement(in); err != nil {
				t.Fatalf("decoded input does not make a statement: %v", err)
			}
		}
	})
}

func FuzzDecodeProof(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "proof-*.json"))
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"format":"poa-split-proof","version":1}`))
	f.Add([]byte(`{"format":"poa-split-proof","version":2,"circuit":"split","backend":"groth16","circuit_size":8}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := DecodeProof(bytes.NewReader(data), "fuzz.json")
		if err != nil {
			if !errors.Is(err, ErrProofFile) && !errors.Is(err, ErrInput) {
				t.Fatalf("error %v wraps neither ErrProofFile nor ErrInput", err)
			}
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeProof(bytes.NewReader(b), "again.json"); err != nil {
			t.Fatalf("re-decode: %v", err)
		}
	})
}

func FuzzDecodeKeyFile(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.vk"))
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("POAKEY\x00\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x02{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := decodeKeyFile(bytes.NewReader(data), "fuzz.vk"); err != nil && !errors.Is(err, ErrKeyFile) {
			t.Fatalf("error %v does not wrap ErrKeyFile", err)
		}
	})
}

// TestWriteFuzzSeeds keeps the proof and key seeds of the fuzz targets current:
// go test ./prover -run FuzzSeeds -update-seeds.
func TestWriteFuzzSeeds(t *testing.T) {
	if !*updateSeeds {
		t.Skip("-update-seeds not set")
	}
	for _, b := range []Backend{Groth16, Plonk} {
		k := dev(t, b)
		p, err := Prove(t.Context(), k, mustStatement(t, sampleInput()))
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := json.MarshalIndent(p, "", "  ")
		if err := os.WriteFile(filepath.Join("testdata", "proof-"+string(b)+".json"), raw, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := k.WriteKeys("", filepath.Join("testdata", "dev-"+string(b)+"-8.vk")); err != nil {
			t.Fatal(err)
		}
	}
}

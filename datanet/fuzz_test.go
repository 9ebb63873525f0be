package datanet

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkRecords asserts the invariants every parser promises for its output.
func checkRecords(t *testing.T, recs []Record, err error, opts *Options) {
	t.Helper()
	if err != nil && recs != nil {
		t.Fatalf("records returned with error %v", err)
	}
	for _, r := range recs {
		if r.Text == "" || !utf8.ValidString(r.Text) || Normalize(r.Text) != r.Text || ID(r.Text) != r.ID {
			t.Fatalf("record %s breaks an invariant: %q", r.Source, r.Text)
		}
		if len(r.Text) > opts.maxDoc() {
			t.Fatalf("record %s over the size limit", r.Source)
		}
	}
}

func FuzzParseJSONL(f *testing.F) {
	b, _ := os.ReadFile("bundled/jargon-sample.jsonl")
	f.Add(string(b[:bytes.IndexByte(b, '\n')+1]))
	f.Add("{\"text\":\"a\",\"meta\":{\"k\":[1,2]},\"contributor\":\"0x4ecbfb96b9ea6b61ba444a7a4652caf37ed5826e\"}\n")
	f.Add("{\"text\":\"x\"} {\"text\":\"y\"}\n\n{}")
	opts := &Options{MaxDocBytes: 4096}
	f.Fuzz(func(t *testing.T, in string) {
		recs, err := ParseJSONL(strings.NewReader(in), "fuzz", opts)
		checkRecords(t, recs, err, opts)
	})
}

func FuzzParseFortune(f *testing.F) {
	b, _ := os.ReadFile("testdata/fortunes")
	f.Add(string(b[:600]))
	f.Add("%\n%\n\r\n%\nx")
	opts := &Options{MaxDocBytes: 4096}
	f.Fuzz(func(t *testing.T, in string) {
		recs, err := ParseFortune(strings.NewReader(in), "fuzz", opts)
		checkRecords(t, recs, err, opts)
	})
}

func FuzzParseText(f *testing.F) {
	f.Add("a\n\nb\r\n\r\nc", true)
	f.Add("  \n", false)
	opts := &Options{MaxDocBytes: 4096}
	f.Fuzz(func(t *testing.T, in string, paras bool) {
		o := *opts
		o.Paragraphs = paras
		recs, err := ParseText(strings.NewReader(in), "fuzz", &o)
		checkRecords(t, recs, err, &o)
	})
}

func FuzzParseDictd(f *testing.F) {
	idx, _ := os.ReadFile("bundled/devil.index")
	f.Add(string(idx[:400]), "00-database\nA\n  The first letter.\nB\n")
	f.Add("w\tA\tE\nv\tB\tZZZZZZZZZZZ\n", "hello")
	opts := &Options{MaxDocBytes: 4096}
	f.Fuzz(func(t *testing.T, index, dict string) {
		recs, err := ParseDictd(strings.NewReader(index), []byte(dict), "fuzz", opts)
		checkRecords(t, recs, err, opts)
	})
}

func FuzzCheckAddress(f *testing.F) {
	f.Add(alice)
	f.Add(strings.ToLower(alice))
	f.Add("0x")
	f.Fuzz(func(t *testing.T, in string) {
		a, err := CheckAddress(in)
		if err != nil {
			return
		}
		again, err := CheckAddress(a)
		if err != nil || again != a || !strings.EqualFold(a, in) {
			t.Fatalf("CheckAddress(%q) = %q, not a fixed point", in, a)
		}
	})
}

func FuzzNormalize(f *testing.F) {
	f.Add("  a \r\n\r\nb\u0301  ")
	f.Fuzz(func(t *testing.T, in string) {
		n := Normalize(in)
		if Normalize(n) != n {
			t.Fatalf("Normalize not idempotent on %q", in)
		}
	})
}

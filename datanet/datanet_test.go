package datanet

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"poa/store"
)

const alice = "0x4ecBfb96b9EA6b61ba444a7a4652caF37eD5826E"

func TestRealFormats(t *testing.T) {
	cases := []struct {
		name   string
		path   string
		format Format
		paras  bool
		want   int // records
		first  string
	}{
		{name: "format=dictd", path: "bundled/devil.index", format: Dictd, want: 1003, first: "A"},
		{name: "format=dictd-from-dz", path: "bundled/devil.dict.dz", format: "", want: 1003},
		{name: "format=jsonl", path: "bundled/jargon-sample.jsonl", format: JSONL, want: 300, first: "(TM)"},
		{name: "format=fortune", path: "testdata/fortunes", format: Fortune, want: 431, first: "A day for firm decisions!!!!!  Or is it?"},
		{name: "format=text", path: "testdata/paragraphs.txt", format: Text, want: 1},
		{name: "format=text-paragraphs", path: "testdata/paragraphs.txt", format: Text, paras: true, want: 3, first: "The first paragraph\nspans two lines."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs, err := ParseFile(c.path, c.format, &Options{Paragraphs: c.paras})
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != c.want {
				t.Fatalf("%d records, want %d", len(recs), c.want)
			}
			if c.first != "" && !strings.HasPrefix(recs[0].Text, c.first) {
				t.Fatalf("first record %q, want prefix %q", recs[0].Text, c.first)
			}
			for _, r := range recs {
				if r.ID != ID(r.Text) || r.Text != Normalize(r.Text) || r.Text == "" {
					t.Fatalf("record %s not normalized or id wrong", r.Source)
				}
			}
		})
	}
}

func TestFortuneCountMatchesSeparators(t *testing.T) {
	// Independent count: non-empty chunks between lines that are exactly "%".
	b, _ := os.ReadFile("testdata/fortunes")
	n := 0
	for _, chunk := range strings.Split("\n"+string(b), "\n%\n") {
		if strings.TrimSpace(chunk) != "" {
			n++
		}
	}
	recs, err := ParseFile("testdata/fortunes", Fortune, nil)
	if err != nil || len(recs) != n {
		t.Fatalf("%d records (err %v), independent count %d", len(recs), err, n)
	}
}

func TestDictdMatchesIndexDirectly(t *testing.T) {
	recs, err := ParseDictdFiles("bundled/devil.index", nil)
	if err != nil {
		t.Fatal(err)
	}
	idx, _ := os.ReadFile("bundled/devil.index")
	var heads []string
	for _, l := range strings.Split(strings.TrimSpace(string(idx)), "\n") {
		h := strings.SplitN(l, "\t", 2)[0]
		if !strings.HasPrefix(h, "00database") {
			heads = append(heads, h)
		}
	}
	if len(heads) != len(recs) {
		t.Fatalf("%d records for %d headwords", len(recs), len(heads))
	}
	for i, r := range recs {
		if !bytes.Contains(r.Meta, []byte(`"`+heads[i]+`"`)) {
			t.Fatalf("record %d meta %s, want headword %q", i, r.Meta, heads[i])
		}
	}
}

func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	dz, _ := os.ReadFile("bundled/devil.dict.dz")
	idx, _ := os.ReadFile("bundled/devil.index")
	writeFile(t, dir, "trunc.index", string(idx))
	writeFile(t, dir, "trunc.dict.dz", string(dz[:len(dz)/2]))
	writeFile(t, dir, "noindex.dict.dz", string(dz))
	var small bytes.Buffer
	zw := gzip.NewWriter(&small)
	zw.Write([]byte("short dictionary"))
	zw.Close()
	writeFile(t, dir, "short.index", "word\tA\tZZ\n")
	writeFile(t, dir, "short.dict.dz", small.String())
	writeFile(t, dir, "badidx.index", "word\tA!\tB\n")
	writeFile(t, dir, "badidx.dict", "x")

	cases := []struct {
		name, file, body string
		format           Format
		want             error
		where            string
	}{
		{"malformed-json", "a.jsonl", "{\"text\":\"ok\"}\n{\"text\": oops}\n", JSONL, ErrSyntax, "a.jsonl:2"},
		{"no-text-field", "b.jsonl", "{\"txt\":\"x\"}\n", JSONL, ErrSyntax, "b.jsonl:1"},
		{"invalid-utf8-jsonl", "c.jsonl", "{\"text\":\"ok\"}\n\n{\"text\":\"\xff\xfe\"}\n", JSONL, ErrEncoding, "c.jsonl:3"},
		{"invalid-utf8-text", "d.txt", "caf\xe9\n", Text, ErrEncoding, "d.txt:1"},
		{"empty-text", "e.jsonl", "{\"text\":\"  \\n \"}\n", JSONL, ErrEmpty, "e.jsonl:1"},
		{"too-large", "f.jsonl", "{\"text\":\"" + strings.Repeat("x", 2000) + "\"}\n", JSONL, ErrTooLarge, "f.jsonl:1"},
		{"bad-address", "g.jsonl", "{\"text\":\"t\",\"contributor\":\"0x12\"}\n", JSONL, ErrAddress, "g.jsonl:1"},
		{"zero-address", "z.jsonl", "{\"text\":\"t\"}\n{\"text\":\"u\",\"contributor\":\"0x0000000000000000000000000000000000000000\"}\n", JSONL, ErrAddress, "z.jsonl:2"},
		{"empty-jsonl", "empty.jsonl", "\n  \n", JSONL, ErrNoRecords, "empty.jsonl"},
		{"empty-text-file", "empty.txt", " \n\n", Text, ErrNoRecords, "empty.txt"},
		{"empty-paragraphs", "blank.txt", "\n\n\n", Text, ErrNoRecords, "blank.txt"},
		{"empty-fortune", "nofortune", "%\n%\n", Fortune, ErrNoRecords, "nofortune"},
		{"bad-checksum", "h.jsonl", "{\"text\":\"t\",\"contributor\":\"0x4ECbfb96b9EA6b61ba444a7a4652caF37eD5826E\"}\n", JSONL, ErrAddress, "h.jsonl:1"},
		{"id-mismatch", "i.jsonl", "{\"text\":\"t\",\"id\":\"abc\"}\n", JSONL, ErrIDMismatch, "i.jsonl:1"},
		{"fortune-too-large", "fort", "a\n%\n" + strings.Repeat("y", 3000) + "\n%\n", Fortune, ErrTooLarge, "fort:3"},
		{"truncated-dict-dz", "trunc.index", "", Dictd, ErrCorrupt, "trunc.dict.dz"},
		{"missing-index", "noindex.dict.dz", "", Dictd, ErrMissingFile, "noindex.index"},
		{"entry-past-end", "short.index", "", Dictd, ErrCorrupt, "#word"},
		{"bad-index-number", "badidx.index", "", Dictd, ErrSyntax, "badidx.index:1"},
	}
	for _, c := range cases {
		t.Run("case="+c.name, func(t *testing.T) {
			p := filepath.Join(dir, c.file)
			if c.body != "" {
				p = writeFile(t, dir, c.file, c.body)
			}
			recs, err := ParseFile(p, c.format, &Options{MaxDocBytes: 1000})
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if !strings.Contains(err.Error(), c.where) {
				t.Fatalf("error %q does not name %q", err, c.where)
			}
			if recs != nil {
				t.Fatalf("%d records returned with the error", len(recs))
			}
		})
	}
}

func TestCheckAddress(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{alice, alice, true},
		{strings.ToLower(alice), alice, true},
		{"0x" + strings.ToUpper(alice[2:]), alice, true},
		{"0x4ecBfb96b9EA6b61ba444a7a4652caF37eD5826e", "", false}, // one case flipped
		{alice[2:], "", false},
		{alice + "00", "", false},
		{"0xZZcBfb96b9EA6b61ba444a7a4652caF37eD5826E", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		got, err := CheckAddress(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("CheckAddress(%q) = %q, %v; want %q ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"\n\n  a  \r\nb\t\n\n":  "  a\nb",
		"cafe\u0301":            "caf\u00e9",
		"x\ry":                  "x\ny",
		"   \n \t\n":            "",
		"  indented\n    more ": "  indented\n    more",
	}
	for in, want := range cases {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(store.DefaultOptions(t.TempDir()).WithSyncWrites(false))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestExportRoundTrip(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	res, err := ImportBundled(ctx, st, func(s string) int { return len(strings.Fields(s)) })
	if err != nil || len(res) != 2 {
		t.Fatalf("bundled: %v %v", res, err)
	}
	for _, dn := range []string{"devil", "jargon"} {
		var buf bytes.Buffer
		n, err := Export(&buf, st, dn)
		if err != nil {
			t.Fatal(err)
		}
		orig, _ := st.Datanet(dn)
		if n != orig.Points {
			t.Fatalf("%s: exported %d of %d", dn, n, orig.Points)
		}
		st.CreateDatanet(store.Datanet{Name: dn + "-copy"})
		path := writeFile(t, t.TempDir(), "x.jsonl", buf.String())
		r2, err := Import(ctx, st, dn+"-copy", []string{path}, ImportOptions{CountTokens: func(s string) int { return len(strings.Fields(s)) }})
		if err != nil {
			t.Fatal(err)
		}
		cp, _ := st.Datanet(dn + "-copy")
		if r2.Added != orig.Points || cp.Tokens != orig.Tokens || cp.Contributors != orig.Contributors {
			t.Fatalf("%s: copy %+v vs original %+v", dn, cp, orig)
		}
		a, _ := st.PointsOf(dn, 0)
		b, _ := st.PointsOf(dn+"-copy", 0)
		for i := range a {
			if a[i].ID != b[i].ID || a[i].Text != b[i].Text || a[i].Contributor != b[i].Contributor || !bytes.Equal(a[i].Meta, b[i].Meta) {
				t.Fatalf("%s point %d differs after round trip", dn, i)
			}
		}
	}
	// Bundled import is idempotent.
	res, err = ImportBundled(ctx, st, nil)
	if err != nil || len(res) != 0 {
		t.Fatalf("second bundled import: %v %v", res, err)
	}
	// Devil's dictionary has aliased headwords: duplicates are reported, not stored twice.
	d, _ := st.Datanet("devil")
	if d.Points >= 1003 {
		t.Logf("devil: %d points", d.Points)
	}
}

func TestImportIsAllOrNothing(t *testing.T) {
	st := openStore(t)
	st.CreateDatanet(store.Datanet{Name: "d"})
	dir := t.TempDir()
	good := writeFile(t, dir, "good.jsonl", "{\"text\":\"one\"}\n{\"text\":\"two\"}\n")
	bad := writeFile(t, dir, "bad.jsonl", "{\"text\":\"three\"}\n{oops\n")
	_, err := Import(context.Background(), st, "d", []string{good, bad}, ImportOptions{Contributor: alice})
	if !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), "bad.jsonl:2") {
		t.Fatalf("got %v", err)
	}
	d, _ := st.Datanet("d")
	if d.Points != 0 {
		t.Fatalf("%d points landed from a failed import", d.Points)
	}
	_, err = Import(context.Background(), st, "d", []string{good}, ImportOptions{})
	if !errors.Is(err, ErrAddress) {
		t.Fatalf("no contributor: got %v", err)
	}
	// The zero address, as the default contributor or a record's, refuses the import.
	_, err = Import(context.Background(), st, "d", []string{good}, ImportOptions{Contributor: ZeroAddress})
	if !errors.Is(err, ErrAddress) || !strings.Contains(err.Error(), "zero address") {
		t.Fatalf("zero --contributor: got %v", err)
	}
	_, err = ImportRecords(context.Background(), st, "d", []Record{{ID: "x", Text: "x", Contributor: ZeroAddress, Source: "mem:1"}}, ImportOptions{})
	if !errors.Is(err, ErrAddress) || !strings.Contains(err.Error(), "mem:1") {
		t.Fatalf("zero record contributor: got %v", err)
	}
	// A file with no records refuses the import, whatever its format, naming it.
	empty := writeFile(t, dir, "empty.jsonl", "")
	_, err = Import(context.Background(), st, "d", []string{good, empty}, ImportOptions{Contributor: alice})
	if !errors.Is(err, ErrNoRecords) || !strings.Contains(err.Error(), "empty.jsonl") {
		t.Fatalf("empty file: got %v", err)
	}
	// A parse limit outside its range is refused before any file is read.
	_, err = Import(context.Background(), st, "d", []string{good}, ImportOptions{Contributor: alice, Parse: Options{MaxDocBytes: -1}})
	if !errors.Is(err, ErrOptions) {
		t.Fatalf("max doc bytes -1: got %v", err)
	}
	if d, _ := st.Datanet("d"); d.Points != 0 {
		t.Fatalf("%d points landed from refused imports", d.Points)
	}
}

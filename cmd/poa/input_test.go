package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNgramTextMatch: a phrase without a leading space counts only where it starts a
// document; --text-match also counts it mid-sentence; a TEXT starting with '-' works
// after "--".
func TestNgramTextMatch(t *testing.T) {
	data := t.TempDir()
	pts := filepath.Join(t.TempDir(), "p.jsonl")
	lines := []string{
		`{"text": "the devil take the hindmost"}`,
		`{"text": "Speak of the devil and he appears."}`,
		`{"text": "Better the devil you know."}`,
		`{"text": "-foo is a flag-like word"}`,
	}
	if err := os.WriteFile(pts, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mustPoa(t, data, "datanet", "create", "d")
	mustPoa(t, data, "datanet", "add", "d", "--contributor", alice, pts)
	mustPoa(t, data, "index", "build") // no model: GPT-2's tokenizer
	type count struct {
		Count int `json:"count"`
		Forms []struct {
			Tokens []string `json:"tokens"`
			Count  int      `json:"count"`
		} `json:"forms"`
		Locations []struct {
			Point string `json:"point"`
		} `json:"locations"`
	}
	get := func(args ...string) count {
		t.Helper()
		var c count
		out := mustPoa(t, data, append([]string{"ngram", "count", "--json"}, args...)...)
		if err := json.Unmarshal([]byte(out), &c); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		return c
	}
	if c := get("the devil"); c.Count != 1 {
		t.Fatalf(`"the devil" as tokenized: count %d, want 1 (the document start only)`, c.Count)
	}
	if c := get(" the devil"); c.Count != 2 {
		t.Fatalf(`" the devil": count %d, want 2 (mid-sentence)`, c.Count)
	}
	c := get("--text-match", "the devil")
	if c.Count != 3 || len(c.Forms) != 2 || c.Forms[0].Count+c.Forms[1].Count != 3 || len(c.Locations) != 3 {
		t.Fatalf(`--text-match "the devil": %+v, want 3 in two forms`, c)
	}
	if c := get("--text-match", "--limit", "2", "the devil"); c.Count != 3 || len(c.Locations) != 2 {
		t.Fatalf(`--text-match --limit 2: %+v`, c)
	}
	if c := get("--", "-foo"); c.Count != 1 {
		t.Fatalf(`-- "-foo": count %d, want 1`, c.Count)
	}
	if _, errs, code := runPoa(t, data, "ngram", "count", "-foo"); code == 0 || !strings.Contains(errs, "flag") {
		t.Fatalf(`"-foo" without "--": exit %d, %s (want a flag error)`, code, errs)
	}
	if _, errs, code := runPoa(t, data, "ngram", "count", "caf\xe9"); code == 0 || !strings.Contains(errs, "UTF-8") {
		t.Fatalf("invalid UTF-8 TEXT: exit %d, %s", code, errs)
	}
	help := mustPoa(t, data, "ngram", "count", "--help")
	for _, s := range []string{"--text-match", "leading space", `-- "-foo"`} {
		if !strings.Contains(help, s) {
			t.Errorf("ngram count --help does not mention %q", s)
		}
	}
}

// TestGenerateRefusesBadPrompts: an empty prompt and one that is not UTF-8 are refused
// with errors naming --prompt; control characters come out escaped in text output and
// exact in JSON.
func TestGenerateRefusesBadPrompts(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	if err := os.CopyFS(data, os.DirFS(flagTestData(t))); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, prompt, want string
	}{
		{"empty", "", "--prompt is empty"},
		{"invalid-utf8", "caf\xe9 au lait", "--prompt is not valid UTF-8 (byte 0xe9 at offset 3)"},
	} {
		t.Run("prompt="+c.name, func(t *testing.T) {
			_, errs, code := runPoa(t, data, "generate", "--prompt", c.prompt, "--max-tokens", "2")
			if code == 0 || !strings.Contains(errs, c.want) {
				t.Fatalf("exit %d, stderr %q; want an error with %q", code, errs, c.want)
			}
		})
	}
	if _, errs, code := runPoa(t, data, "model", "score", "--text", "\xff"); code == 0 || !strings.Contains(errs, "--text is not valid UTF-8") {
		t.Fatalf("model score with invalid UTF-8: exit %d, %s", code, errs)
	}
	if _, errs, code := runPoa(t, data, "attribute", "--adapter", "ad", "--prompt", "a\xffb"); code == 0 || !strings.Contains(errs, "--prompt is not valid UTF-8") {
		t.Fatalf("attribute with invalid UTF-8: exit %d, %s", code, errs)
	}

	prompt := "\x1b[2J\x1b]0;pwned\x07The\rhacker\u2028"
	out := mustPoa(t, data, "generate", "--prompt", prompt, "--max-tokens", "2")
	if strings.ContainsAny(out, "\x1b\x07\r\u2028") {
		t.Fatalf("text output holds raw control characters: %q", out)
	}
	if !strings.HasPrefix(out, `\x1b[2J\x1b]0;pwned\aThe\rhacker\u2028`) {
		t.Fatalf("text output %q does not start with the escaped prompt", out)
	}
	var js struct {
		Prompt string `json:"prompt"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, data, "generate", "--json", "--prompt", prompt, "--max-tokens", "2")), &js); err != nil || js.Prompt != prompt {
		t.Fatalf("JSON prompt %q, %v; want it exact", js.Prompt, err)
	}
}

// TestPrintable checks the escaping of human output against the rule: line feeds and
// tabs stay, other control characters and non-UTF-8 bytes are escaped, the rest is
// unchanged.
func TestPrintable(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain text, ünïcödé ✓", "plain text, ünïcödé ✓"},
		{"line\nand\ttab", "line\nand\ttab"},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"cr\rbell\a del\x7f", `cr\rbell\a del\x7f`},
		{"c1 \u0085 ls \u2028 ps \u2029", `c1 \u0085 ls \u2028 ps \u2029`},
		{"bad \xff\xfe utf8", `bad \xff\xfe utf8`},
		{"", ""},
	} {
		if got := printable(c.in); got != c.want {
			t.Errorf("printable(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestDatanetAddRefusesEmptyAndZero: an empty .jsonl and an empty .txt are both
// refused naming the file, and so is the zero address as a contributor, naming the
// record; nothing is imported.
func TestDatanetAddRefusesEmptyAndZero(t *testing.T) {
	data := t.TempDir()
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	mustPoa(t, data, "datanet", "create", "d")
	zero := "0x0000000000000000000000000000000000000000"
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"empty-jsonl", []string{"--contributor", alice, write("empty.jsonl", "\n")}, "empty.jsonl: no records"},
		{"empty-txt", []string{"--contributor", alice, write("empty.txt", "")}, "empty.txt: no records"},
		{"zero-contributor-flag", []string{"--contributor", zero, write("one.jsonl", `{"text":"one"}`+"\n")}, "zero address"},
		{"zero-contributor-record", []string{"--contributor", alice, write("two.jsonl", `{"text":"one"}`+"\n"+`{"text":"two","contributor":"`+zero+`"}`+"\n")}, "two.jsonl:2: contributor"},
	} {
		t.Run("file="+c.name, func(t *testing.T) {
			_, errs, code := runPoa(t, data, append([]string{"datanet", "add", "d"}, c.args...)...)
			if code == 0 || !strings.Contains(errs, c.want) || !strings.Contains(errs, "nothing imported") {
				t.Fatalf("exit %d, stderr %q; want an error with %q", code, errs, c.want)
			}
		})
	}
	var show struct{ Points int }
	json.Unmarshal([]byte(mustPoa(t, data, "datanet", "show", "d", "--json")), &show)
	if show.Points != 0 {
		t.Fatalf("%d points imported by refused imports", show.Points)
	}
	// A datanet's owner is checked the same way.
	if _, errs, code := runPoa(t, data, "datanet", "create", "z", "--owner", zero); code == 0 || !strings.Contains(errs, "zero address") {
		t.Fatalf("datanet create --owner zero: exit %d, %q", code, errs)
	}
}

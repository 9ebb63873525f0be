package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	alice = "0x4ecBfb96b9EA6b61ba444a7a4652caF37eD5826E"
	bob   = "0x6B2AC46c6567877c05D1f141C681cFf49E3B70A4"
)

func TestDatanetCLI(t *testing.T) {
	data := t.TempDir()
	mustPoa(t, data, "datanet", "create", "devil", "--title", "Devil", "--owner", strings.ToLower(alice))
	out := mustPoa(t, data, "--json", "datanet", "add", "devil", "--contributor", bob, "../../datanet/bundled/devil.index")
	var res struct{ Added, Duplicates int }
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Added != 997 || res.Duplicates != 6 {
		t.Fatalf("add: %s %v", out, err)
	}
	var show struct {
		Name         string `json:"name"`
		Points       int    `json:"points"`
		Contributors int    `json:"contributors"`
		Tokens       int    `json:"tokens"`
		Owner        string `json:"owner"`
	}
	out = mustPoa(t, data, "datanet", "show", "devil", "--json")
	if err := json.Unmarshal([]byte(out), &show); err != nil {
		t.Fatal(err)
	}
	if show.Name != "devil" || show.Points != 997 || show.Contributors != 1 || show.Tokens < 100000 || show.Owner != alice {
		t.Fatalf("show: %+v", show)
	}

	// Export, then import the export into a new datanet: same counts.
	exp := mustPoa(t, data, "datanet", "export", "devil")
	f := filepath.Join(t.TempDir(), "devil.jsonl")
	os.WriteFile(f, []byte(exp), 0o644)
	mustPoa(t, data, "datanet", "create", "copy")
	mustPoa(t, data, "datanet", "add", "copy", f)
	var cp struct{ Points, Tokens, Contributors int }
	json.Unmarshal([]byte(mustPoa(t, data, "datanet", "show", "copy", "--json")), &cp)
	if cp.Points != show.Points || cp.Tokens != show.Tokens || cp.Contributors != 1 {
		t.Fatalf("copy %+v vs %+v", cp, show)
	}

	// Bad input: clear error naming the record, nothing imported.
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte("{\"text\":\"fine\"}\n{\"text\":\"broken\"\n"), 0o644)
	_, errs, code := runPoa(t, data, "datanet", "add", "copy", "--contributor", alice, bad)
	if code == 0 || !strings.Contains(errs, "bad.jsonl:2") || !strings.Contains(errs, "nothing imported") {
		t.Fatalf("bad add: exit %d, stderr %q", code, errs)
	}
	_, errs, code = runPoa(t, data, "datanet", "add", "copy", "--contributor", "0x4ECbfb96b9EA6b61ba444a7a4652caF37eD5826E", f)
	if code == 0 || !strings.Contains(errs, "EIP-55") {
		t.Fatalf("bad checksum: exit %d, stderr %q", code, errs)
	}
	json.Unmarshal([]byte(mustPoa(t, data, "datanet", "show", "copy", "--json")), &cp)
	if cp.Points != show.Points {
		t.Fatalf("failed imports changed the datanet: %+v", cp)
	}
	if out := mustPoa(t, data, "datanet", "list"); !strings.Contains(out, "devil") || !strings.Contains(out, "copy") {
		t.Fatalf("list: %s", out)
	}
	if _, errs, code := runPoa(t, data, "datanet", "show", "nope"); code == 0 || !strings.Contains(errs, "not found") {
		t.Fatalf("show missing: %d %q", code, errs)
	}
}

func TestHelpOnEveryCommand(t *testing.T) {
	data := t.TempDir()
	var walk func(path []string)
	seen := 0
	walk = func(path []string) {
		out := mustPoa(t, data, append(path, "--help")...)
		if !strings.Contains(out, "Usage:") {
			t.Fatalf("poa %v --help: no usage", path)
		}
		seen++
		// Subcommands are listed under "Available Commands:".
		_, rest, ok := strings.Cut(out, "Available Commands:\n")
		if !ok {
			return
		}
		block, _, _ := strings.Cut(rest, "\n\n")
		for _, line := range strings.Split(block, "\n") {
			f := strings.Fields(line)
			if len(f) == 0 || f[0] == "help" || f[0] == "completion" {
				continue
			}
			walk(append(append([]string{}, path...), f[0]))
		}
	}
	walk(nil)
	if seen < 7 {
		t.Fatalf("only %d commands have help", seen)
	}
}

func TestVersion(t *testing.T) {
	var v map[string]string
	if err := json.Unmarshal([]byte(mustPoa(t, t.TempDir(), "version", "--json")), &v); err != nil || v["version"] == "" {
		t.Fatalf("version: %v %v", v, err)
	}
}

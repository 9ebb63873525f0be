package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestAttributeOverShardsCLI attributes the same outputs with `poa attribute` over the
// monolithic index and sketch file, then over a sharded index and a sketch set of 1
// and 3 shards (discovered in the store, then named with --shards), and checks the
// answers are the same JSON but for the record id, and that -v names the sources.
// Trains a tiny model (not under -short).
func TestAttributeOverShardsCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	t.Parallel()
	dir := jargonAdapter(t)
	mustPoa(t, dir, "influence", "sketch", "--adapter", "jad", "--k-in", "4", "--k-out", "4")
	mustPoa(t, dir, "index", "build")
	prompts := [][]string{
		{"--prompt", "The hacker", "--max-tokens", "6", "--top", "5"},
		{"--prompt", "A kludge", "--output", " is a clever programming trick intended to solve a particular nasty case", "--top-tokens", "2"},
	}
	attribute := func(extra ...string) ([]string, string) {
		t.Helper()
		var outs []string
		var logs strings.Builder
		for _, p := range prompts {
			args := append([]string{"-v", "attribute", "--adapter", "jad", "--fee", "0", "--json"}, p...)
			out, errs, code := runPoa(t, dir, append(args, extra...)...)
			if code != 0 {
				t.Fatalf("poa %v: exit %d\n%s", args, code, errs)
			}
			var res map[string]any
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatal(err)
			}
			if res["record"] == "" {
				t.Fatalf("no record filed: %s", out)
			}
			delete(res, "record")
			b, _ := json.Marshal(res)
			outs = append(outs, string(b))
			logs.WriteString(errs)
		}
		return outs, logs.String()
	}
	want, logs := attribute()
	if !strings.Contains(logs, "monolithic index") || !strings.Contains(logs, "monolithic sketch file") {
		t.Fatalf("-v does not name the monolithic sources:\n%s", logs)
	}
	if !strings.Contains(want[1], `"span":true`) {
		t.Fatalf("the quoted output has no span evidence, the test compares little: %s", want[1])
	}
	idx, sk := filepath.Join(dir, "files", "index", "shards"), filepath.Join(dir, "files", "sketches", "jad.shards")
	for _, n := range []string{"1", "3"} {
		mustPoa(t, dir, "index", "build", "--shards", n)
		mustPoa(t, dir, "index", "sketches", "--adapter", "jad", "--shards", n, "--k-in", "4", "--k-out", "4")
		for _, extra := range [][]string{nil, {"--shards", idx, "--shards", sk}} {
			got, logs := attribute(extra...)
			if !strings.Contains(logs, "sharded index, "+n+" shards") || !strings.Contains(logs, "sketch set of adapter jad, "+n+" shards") {
				t.Fatalf("%s shards %v: -v does not name the shard sets:\n%s", n, extra, logs)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("%s shards %v, prompt %d: answer over shards\n%s\nmonolithic\n%s", n, extra, i, got[i], want[i])
				}
			}
		}
	}
	// A directory that holds no set is an error naming it.
	empty := t.TempDir()
	if _, errs, code := runPoa(t, dir, "attribute", "--adapter", "jad", "--prompt", "x", "--shards", empty); code == 0 || !strings.Contains(errs, empty) {
		t.Fatalf("--shards with no set: exit %d, %s", code, errs)
	}
}

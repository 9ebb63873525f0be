// Package e2e holds what poa's end-to-end tests share (test support only: it imports
// testing). The scripts beside it (audit.mjs, factory.mjs, openai.mjs, on the shared
// browser.mjs) drive a node with Debian's Chromium through playwright-core, or with the
// official openai npm client; the npm packages are pinned in package-lock.json and
// installed by `make e2e` into node_modules here.
//
// # Contract
//
// Need skips the calling test, naming what is missing and how to install it, unless
// node, the npm packages asked for, and (when asked) Chromium are present. Run runs one
// script of this directory and decodes its one "RESULT {json}" line of stdout; any
// other outcome fails the test with the script's stdout and stderr. Artifacts is the
// folder screenshots go to. Paths do not depend on the test's working directory: this
// directory is found from the module root (go.mod) above it.
package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Tools is what a test found by Need: the node binary, Chromium ("" when not asked
// for) and this directory (server/e2e, absolute).
type Tools struct {
	Node, Chromium, Dir string
}

// Need returns the tools of an end-to-end test, or skips t: chromium asks for Chromium
// ($CHROMIUM, default /usr/bin/chromium), packages for npm packages under node_modules
// (playwright-core for the browser tests, openai for the client test).
func Need(t testing.TB, chromium bool, packages ...string) Tools {
	t.Helper()
	dir := Dir(t)
	var tl Tools
	tl.Dir = dir
	if chromium {
		tl.Chromium = os.Getenv("CHROMIUM")
		if tl.Chromium == "" {
			tl.Chromium = "/usr/bin/chromium"
		}
		if _, err := os.Stat(tl.Chromium); err != nil {
			t.Skipf("end-to-end test skipped: no Chromium at %s (apt-get install -y chromium, or run make e2e)", tl.Chromium)
		}
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("end-to-end test skipped: node is not installed (run make e2e)")
	}
	tl.Node = node
	for _, p := range packages {
		if _, err := os.Stat(filepath.Join(dir, "node_modules", p)); err != nil {
			t.Skipf("end-to-end test skipped: server/e2e/node_modules/%s is missing (run make e2e)", p)
		}
	}
	return tl
}

// Dir returns this directory (server/e2e), absolute, found from the module root above
// the working directory; it fails t when there is none.
func Dir(t testing.TB) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "server", "e2e")
		}
		if filepath.Dir(d) == d {
			t.Fatalf("no go.mod above %s: cannot find server/e2e", wd)
		}
	}
}

// Artifacts returns the folder for screenshots, created: $POA_E2E_ARTIFACTS, or
// server/e2e/artifacts; absolute.
func Artifacts(t testing.TB) string {
	t.Helper()
	art := os.Getenv("POA_E2E_ARTIFACTS")
	if art == "" {
		art = filepath.Join(Dir(t), "artifacts")
	}
	art, err := filepath.Abs(art)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(art, 0o755); err != nil {
		t.Fatal(err)
	}
	return art
}

// Run runs `node script args…` in this directory under ctx, with env added to the
// test's environment (and CHROMIUM when Need found it), and decodes the last line of
// its stdout that starts with "RESULT " into res. It fails t when the script fails or
// prints no such line, showing its output. It returns the JSON it decoded.
func (tl Tools) Run(t testing.TB, ctx context.Context, res any, env []string, script string, args ...string) string {
	t.Helper()
	cmd := exec.CommandContext(ctx, tl.Node, append([]string{script}, args...)...)
	cmd.Dir = tl.Dir
	cmd.Env = append(os.Environ(), env...)
	if tl.Chromium != "" {
		cmd.Env = append(cmd.Env, "CHROMIUM="+tl.Chromium)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\nstdout: %s\nstderr: %s", script, err, stdout.String(), stderr.String())
	}
	line := ""
	for _, l := range strings.Split(stdout.String(), "\n") {
		if r, ok := strings.CutPrefix(l, "RESULT "); ok {
			line = r
		}
	}
	if err := json.Unmarshal([]byte(line), res); err != nil {
		t.Fatalf("%s: no RESULT line in %q: %v\nstderr: %s", script, stdout.String(), err, stderr.String())
	}
	return line
}

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// runPoaEnv is runPoa with extra environment variables (KEY=VALUE).
func runPoaEnv(t *testing.T, env []string, dataDir string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(poaBin, append([]string{"--data", dataDir}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return out.String(), errb.String(), ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run poa %v: %v", args, err)
	}
	return out.String(), errb.String(), 0
}

// progressLine reports whether stderr holds a progress line of a bar or a demo step.
func progressLine(stderr string) bool {
	return strings.Contains(stderr, "==> ") || strings.Contains(stderr, ": done ")
}

// TestDemoProgress runs the quick demo with stderr to a pipe: progress is plain lines
// (no carriage return, no ANSI code), a few KB of them; --quiet (or POA_QUIET=1)
// silences them; --json prints one JSON document on stdout and nothing else.
func TestDemoProgress(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the quick demo")
	}
	dir := t.TempDir()
	t.Run("stderr=pipe", func(t *testing.T) {
		_, errs, code := runPoaEnv(t, []string{"POA_QUIET="}, dir, "demo", "--quick")
		if code != 0 {
			t.Fatalf("demo: exit %d\n%s", code, errs)
		}
		if strings.ContainsAny(errs, "\r\x1b") {
			t.Errorf("stderr to a pipe holds a carriage return or an ANSI escape:\n%q", errs)
		}
		for _, want := range []string{"==> train base model", "sketch 0/", "sketch: done "} {
			if !strings.Contains(errs, want) {
				t.Errorf("stderr has no %q:\n%s", want, errs)
			}
		}
		if len(errs) > 6<<10 {
			t.Errorf("stderr is %d bytes, want a few KB:\n%s", len(errs), errs)
		}
	})
	t.Run("quiet=flag", func(t *testing.T) {
		_, errs, code := runPoaEnv(t, []string{"POA_QUIET="}, dir, "--quiet", "demo", "--quick")
		if code != 0 {
			t.Fatalf("demo --quiet: exit %d\n%s", code, errs)
		}
		if progressLine(errs) || strings.Contains(errs, "level=INFO") {
			t.Errorf("--quiet printed progress:\n%s", errs)
		}
	})
	t.Run("quiet=env", func(t *testing.T) {
		_, errs, code := runPoaEnv(t, []string{"POA_QUIET=1"}, dir, "demo", "--quick")
		if code != 0 {
			t.Fatalf("POA_QUIET=1 demo: exit %d\n%s", code, errs)
		}
		if progressLine(errs) {
			t.Errorf("POA_QUIET=1 printed progress:\n%s", errs)
		}
	})
	t.Run("json", func(t *testing.T) {
		out, errs, code := runPoaEnv(t, []string{"POA_QUIET="}, dir, "--json", "demo", "--quick")
		if code != 0 {
			t.Fatalf("demo --json: exit %d\n%s", code, errs)
		}
		dec := json.NewDecoder(strings.NewReader(out))
		var v map[string]any
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("stdout is not JSON: %v\n%s", err, out)
		}
		if err := dec.Decode(&v); err != io.EOF {
			t.Errorf("stdout holds more than one JSON document (%v)", err)
		}
		if _, ok := v["contributors"]; !ok {
			t.Errorf("the demo's JSON has no contributors: %.200s", out)
		}
		if !progressLine(errs) || strings.ContainsAny(errs, "\r\x1b") {
			t.Errorf("--json: progress should stay on stderr, as plain lines:\n%q", errs)
		}
	})
}

// TestConsoleRedrawsBar checks that a log line written while a bar is drawn erases
// the bar's line first and draws it again after.
func TestConsoleRedrawsBar(t *testing.T) {
	var buf bytes.Buffer
	c := &console{w: &buf, mode: progressBars}
	bw := barWriter{c}
	io.WriteString(bw, "\rphase  40% |████      |")
	io.WriteString(c, "level=INFO msg=hello\n")
	want := "\rphase  40% |████      |" + "\r\x1b[K" + "level=INFO msg=hello\n" + "\rphase  40% |████      |"
	if got := buf.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	buf.Reset()
	io.WriteString(bw, "\r              \r") // the bar clears its line
	io.WriteString(c, "next\n")
	if got := buf.String(); got != "\r              \rnext\n" {
		t.Errorf("after the bar cleared: got %q", got)
	}
}

// TestBarLines checks the plain lines of a bar (stderr not a terminal) and that
// --quiet draws nothing.
func TestBarLines(t *testing.T) {
	w, mode, gap := errOut.w, errOut.mode, lineGap
	t.Cleanup(func() { errOut.w, errOut.mode, lineGap = w, mode, gap })
	var buf bytes.Buffer
	errOut.w, errOut.mode = &buf, progressLines
	run := func() []string {
		buf.Reset()
		progress, finish := phaseBars[int]()
		for i := 0; i <= 50; i++ {
			progress("scan", i, 50)
		}
		finish()
		if strings.ContainsAny(buf.String(), "\r\x1b") {
			t.Errorf("plain lines hold a carriage return or an ANSI escape: %q", buf.String())
		}
		return strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	}
	// A short phase: its start and its end.
	if l := run(); len(l) != 2 || l[0] != "scan 0/50 (0%)" || !strings.HasPrefix(l[1], "scan: done 50/50 (100%) in ") {
		t.Errorf("plain lines of a short phase:\n%s", strings.Join(l, "\n"))
	}
	// A long phase: also a line per 10%, with the rate and the ETA.
	lineGap = 0
	l := run()
	if len(l) != 11 || !strings.HasPrefix(l[1], "scan 5/50 (10%), ") || !strings.HasPrefix(l[9], "scan 45/50 (90%), ") || !strings.Contains(l[9], "/s, ETA ") {
		t.Errorf("plain lines of a long phase:\n%s", strings.Join(l, "\n"))
	}

	buf.Reset()
	errOut.mode = progressOff
	progress, finish := phaseBars[int]()
	progress("scan", 1, 2)
	finish()
	errOut.printf("==> step\n")
	if buf.Len() != 0 {
		t.Errorf("--quiet printed %q", buf.String())
	}
}

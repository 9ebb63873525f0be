package main

import (
	"os"
	"regexp"
	"runtime"
	"testing"
	"time"
)

// TestParseProcessStart checks the process start against the two /proc files'
// arithmetic done by hand: started at tick 12,345 (123.45 s after boot), now 125.00 s
// after boot, so 1.55 s ago; a command name with spaces and parentheses does not shift
// the fields; malformed files give no start.
func TestParseProcessStart(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	// Fields 3..21 then starttime (22) and a few more, as in proc(5).
	rest := " S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 12345 99 100\n"
	for _, comm := range []string{"(poa)", "(a) b (c))"} {
		got, ok := parseProcessStart(now, "4242 "+comm+rest, "125.00 300.00\n")
		if want := now.Add(-1550 * time.Millisecond); !ok || !got.Equal(want) {
			t.Fatalf("comm %s: %v %v, want %v", comm, got, ok, want)
		}
	}
	for name, c := range map[string][2]string{
		"no parenthesis":        {"4242 poa S 1 2", "125.00 1"},
		"too few fields":        {"4242 (poa) S 1 2 3", "125.00 1"},
		"starttime not numeric": {"4242 (poa)" + " S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 x 99", "125.00 1"},
		"empty uptime":          {"4242 (poa)" + rest, ""},
		"uptime not numeric":    {"4242 (poa)" + rest, "soon 1"},
		"start after now":       {"4242 (poa)" + rest, "100.00 1"},
		"more than an hour ago": {"4242 (poa)" + rest, "9999.00 1"},
	} {
		if got, ok := parseProcessStart(now, c[0], c[1]); ok {
			t.Errorf("%s: start %v, want none", name, got)
		}
	}
}

// TestProcessStart checks, on Linux, that this test process started before now and
// not before the test binary was built (the kernel's start time, to its 10 ms ticks).
func TestProcessStart(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(exe)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	start, ok := processStart(now)
	if !ok {
		t.Fatal("no process start on Linux")
	}
	if start.After(now) || start.Before(fi.ModTime().Add(-20*time.Millisecond)) {
		t.Fatalf("process start %v: now %v, binary built %v", start, now, fi.ModTime())
	}
}

// TestAttributeVerbosePhases runs `poa -v attribute` and checks its two DEBUG lines:
// lm's phases inside the attribution and the process's around it (not under -short:
// trains a tiny model).
func TestAttributeVerbosePhases(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	t.Parallel()
	dir := jargonAdapter(t)
	mustPoa(t, dir, "influence", "sketch", "--adapter", "jad", "--k-in", "4", "--k-out", "4")
	_, errs, code := runPoa(t, dir, "-v", "attribute", "--adapter", "jad", "--prompt", "The hacker", "--max-tokens", "6", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	d := `=[0-9.]+(µs|ms|s)`
	for _, re := range []string{
		`msg="attribute phases" load` + d + ` generate` + d + ` candidates` + d + ` sketches` + d + ` "query scan"` + d + `.* "token scans"` + d + ` record` + d + ` total` + d,
		`msg="attribute process phases" (startup` + d + ` )?"store open"` + d + ` "attribute and file"` + d + ` output` + d + ` "store close"` + d + ` total` + d,
	} {
		if !regexp.MustCompile(re).MatchString(errs) {
			t.Fatalf("no line matching %s in\n%s", re, errs)
		}
	}
	if runtime.GOOS == "linux" && !regexp.MustCompile(`process phases" startup=`).MatchString(errs) {
		t.Fatalf("no start-up phase on Linux:\n%s", errs)
	}
}

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// poaBin is the CLI binary built once for the tests in this package.
var poaBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "poa-cli-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	poaBin = filepath.Join(dir, "poa")
	if out, err := exec.Command("go", "build", "-o", poaBin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build poa: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runPoa runs the CLI with --data dataDir and returns stdout, stderr and the exit code.
func runPoa(t *testing.T, dataDir string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(poaBin, append([]string{"--data", dataDir}, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run poa %v: %v", args, err)
	}
	return out.String(), errb.String(), code
}

// mustPoa runs the CLI and fails the test on a non-zero exit.
func mustPoa(t *testing.T, dataDir string, args ...string) string {
	t.Helper()
	out, errs, code := runPoa(t, dataDir, args...)
	if code != 0 {
		t.Fatalf("poa %v: exit %d\n%s", args, code, errs)
	}
	return out
}

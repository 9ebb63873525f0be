package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os/exec"
	"sync"
	"syscall"
	"testing"
	"time"
)

// serving is a `poa serve` subprocess over a data directory.
type serving struct {
	cmd    *exec.Cmd
	url    string
	stderr *lockedBytes
}

// startServe runs `poa --data dir --json GLOBAL... serve --addr 127.0.0.1:0
// --shutdown-timeout 5s ARGS...` and waits for the address it prints. The test's
// cleanup kills it if it still runs.
func startServe(t *testing.T, dir string, global []string, args ...string) *serving {
	t.Helper()
	argv := append([]string{"--data", dir, "--json"}, global...)
	argv = append(argv, "serve", "--addr", "127.0.0.1:0", "--shutdown-timeout", "5s")
	cmd := exec.Command(poaBin, append(argv, args...)...)
	stderr := &lockedBytes{}
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	urlc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		var buf []byte
		for sc.Scan() {
			buf = append(buf, sc.Bytes()...)
			var v struct{ URL string }
			if json.Unmarshal(buf, &v) == nil && v.URL != "" {
				urlc <- v.URL
				return
			}
		}
	}()
	select {
	case url := <-urlc:
		return &serving{cmd: cmd, url: url, stderr: stderr}
	case <-time.After(60 * time.Second):
		t.Fatalf("poa serve printed no address; stderr:\n%s", stderr.String())
	}
	return nil
}

// stop sends SIGTERM and waits for a clean exit.
func (s *serving) stop(t *testing.T) {
	t.Helper()
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("poa serve after SIGTERM: %v\n%s", err, s.stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("poa serve did not stop within 30 s of SIGTERM")
	}
}

// lockedBytes is a bytes.Buffer safe for a subprocess writing while the test reads.
type lockedBytes struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBytes) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBytes) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

package main

import (
	"context"
	"strings"
	"syscall"
	"testing"
	"time"

	"poa/api"
	"poa/client"
)

// TestServeAndAsk runs `poa serve` on a free loopback port, talks to it with the
// client and with `poa ask`, and stops it with SIGTERM.
func TestServeAndAsk(t *testing.T) {
	dir := t.TempDir()
	mustPoa(t, dir, "datanet", "create", "notes", "--title", "Notes")
	node := startServe(t, dir, nil)
	url, cmd, stderr := node.url, node.cmd, node.stderr
	c, err := client.New(url)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	dns, err := c.Datanets(ctx)
	if err != nil || len(dns) != 1 || dns[0].Name != "notes" || dns[0].Title != "Notes" {
		t.Fatalf("datanets %+v %v", dns, err)
	}
	// No model is plugged into a bare node: ask fails with the server's code.
	_, errs, code := runPoa(t, dir, "ask", "--node", url, "--prompt", "hello")
	if code == 0 || !strings.Contains(errs, "not_ready") {
		t.Fatalf("ask on a node without a model: exit %d, stderr %q", code, errs)
	}
	_, errs, code = runPoa(t, dir, "ask", "--node", url, "--prompt", "hello", "--adapter", "missing")
	if code == 0 || !strings.Contains(errs, "unknown_adapter") {
		t.Fatalf("ask with an unknown adapter: exit %d, stderr %q", code, errs)
	}
	if _, err := c.Epoch(ctx, 0); !client.IsCode(err, api.CodeNotFound) {
		t.Fatalf("latest epoch of a fresh node: %v", err)
	}

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("poa serve after SIGTERM: %v\n%s", err, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("poa serve did not stop within 30 s of SIGTERM")
	}
	if !strings.Contains(stderr.String(), "stopped") {
		t.Errorf("no shutdown log in stderr:\n%s", stderr.String())
	}
	if _, err := c.Health(ctx); err == nil {
		t.Errorf("node still answers after it stopped")
	}
}

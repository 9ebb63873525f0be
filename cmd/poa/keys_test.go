package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"poa/api"
	"poa/apikey"
	"poa/client"
	"poa/server"
)

// createKey runs poa keys create --json and returns the key and its token.
func createKey(t *testing.T, dir string, args ...string) (apikey.Key, string) {
	t.Helper()
	out := mustPoa(t, dir, append([]string{"--json", "keys", "create"}, args...)...)
	var v struct {
		Key    apikey.Key `json:"key"`
		Secret string     `json:"secret"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil || v.Secret == "" || v.Key.ID == "" {
		t.Fatalf("keys create --json: %v\n%s", err, out)
	}
	return v.Key, v.Secret
}

func TestKeysCLI(t *testing.T) {
	dir := t.TempDir()
	if out := mustPoa(t, dir, "keys", "list"); !strings.Contains(out, "no API keys") {
		t.Fatalf("keys list on a fresh directory: %q", out)
	}
	k, tok := createKey(t, dir, "--name", "ops", "--scope", "admin")
	if _, _, err := apikey.ParseToken(tok); err != nil || k.Scope != apikey.ScopeAdmin || !strings.HasPrefix(tok, k.Prefix) {
		t.Fatalf("created %+v with token %q: %v", k, tok, err)
	}
	// The human form prints the token alone on stdout.
	out, errs, code := runPoa(t, dir, "keys", "create", "--name", "app", "--scope", "inference", "--rate", "2", "--burst", "4")
	tok2 := strings.TrimSpace(out)
	if _, _, err := apikey.ParseToken(tok2); code != 0 || err != nil || !strings.Contains(errs, "shown once") {
		t.Fatalf("keys create: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	info, err := os.Stat(filepath.Join(dir, apikey.FileName))
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("keys file: %v, mode %v, want 0600", err, info.Mode())
	}
	raw, _ := os.ReadFile(filepath.Join(dir, apikey.FileName))
	list := mustPoa(t, dir, "keys", "list")
	jlist := mustPoa(t, dir, "--json", "keys", "list")
	for _, secret := range []string{tok[len(tok)-apikey.SecretLen:], tok2[len(tok2)-apikey.SecretLen:]} {
		for name, s := range map[string]string{"file": string(raw), "list": list, "list --json": jlist} {
			if strings.Contains(s, secret) {
				t.Fatalf("the %s holds a secret:\n%s", name, s)
			}
		}
	}
	if !strings.Contains(list, k.ID) || !strings.Contains(list, "rate 2/s burst 4") {
		t.Fatalf("keys list:\n%s", list)
	}
	mustPoa(t, dir, "keys", "revoke", k.ID)
	var keys []apikey.Key
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "keys", "list")), &keys); err != nil || len(keys) != 2 || keys[0].Active() || !keys[1].Active() {
		t.Fatalf("after revoke: %+v %v", keys, err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"keys", "create", "--scope", "admin"}, "name"},
		{[]string{"keys", "create", "--name", "x", "--scope", "root"}, "--scope"},
		{[]string{"keys", "create", "--name", "x", "--rate", "-1"}, "--rate"},
		{[]string{"keys", "revoke", "0123456789abcdef"}, "no such API key"},
	} {
		if _, errs, code := runPoa(t, dir, c.args...); code == 0 || !strings.Contains(errs, c.want) {
			t.Errorf("poa %v: exit %d, stderr %q, want an error naming %s", c.args, code, errs, c.want)
		}
	}
}

// TestServeKeys runs poa serve --require-key inference over a data directory without
// keys, then creates and revokes keys with the CLI while it runs: the node picks
// them up without a restart, a bad key answers 401, and no secret reaches its log.
func TestServeKeys(t *testing.T) {
	dir := t.TempDir()
	node := startServe(t, dir, []string{"-v"}, "--require-key", "inference")
	url, cmd, stderr := node.url, node.cmd, node.stderr
	if !strings.Contains(stderr.String(), "no API keys") {
		t.Errorf("no warning about missing keys at startup:\n%s", stderr.String())
	}
	ctx := context.Background()
	anon, _ := client.New(url)
	if _, err := anon.CloseEpoch(ctx, api.CloseEpochRequest{}); !client.IsCode(err, server.CodeInvalidAPIKey) || !strings.Contains(err.Error(), "poa keys create --scope admin") {
		t.Fatalf("close epoch on a node without keys: %v", err)
	}
	if _, err := anon.Datanets(ctx); err != nil {
		t.Fatalf("reads must stay open under --require-key inference: %v", err)
	}

	k, admin := createKey(t, dir, "--name", "ops", "--scope", "admin")
	_, infer := createKey(t, dir, "--name", "app", "--scope", "inference")
	adminC, _ := client.New(url, client.WithAPIKey(admin))
	waitCode := func(c *client.Client, want string) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			_, err := c.CloseEpoch(ctx, api.CloseEpochRequest{})
			if client.IsCode(err, want) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("close epoch: %v, want %s", err, want)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	// Past auth, closing an epoch with no records answers epoch_empty.
	waitCode(adminC, api.CodeEpochEmpty)
	inferC, _ := client.New(url, client.WithAPIKey(infer))
	if _, err := inferC.CloseEpoch(ctx, api.CloseEpochRequest{}); !client.IsCode(err, server.CodeInsufficientScope) {
		t.Fatalf("close epoch with an inference key: %v, want insufficient_scope", err)
	}
	bad, _ := client.New(url, client.WithAPIKey(admin[:len(admin)-1]+"x"))
	if _, err := bad.CloseEpoch(ctx, api.CloseEpochRequest{}); !client.IsCode(err, server.CodeInvalidAPIKey) {
		t.Fatalf("close epoch with a bad key: %v, want 401 invalid_api_key", err)
	}
	// poa ask sends --api-key (or POA_API_KEY); a node without a model then answers not_ready.
	if _, errs, code := runPoa(t, dir, "ask", "--node", url, "--prompt", "hello"); code == 0 || !strings.Contains(errs, server.CodeInvalidAPIKey) {
		t.Fatalf("ask without a key: exit %d, stderr %q", code, errs)
	}
	if _, errs, code := runPoa(t, dir, "ask", "--node", url, "--prompt", "hello", "--api-key", infer); code == 0 || !strings.Contains(errs, "not_ready") {
		t.Fatalf("ask with a key: exit %d, stderr %q", code, errs)
	}

	mustPoa(t, dir, "keys", "revoke", k.ID)
	waitCode(adminC, server.CodeInvalidAPIKey)

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	logs := stderr.String()
	if !strings.Contains(logs, "API keys reloaded") || !strings.Contains(logs, "auth: refused") {
		t.Errorf("the node's log shows no reload or refusal:\n%s", logs)
	}
	for _, tok := range []string{admin, infer} {
		if strings.Contains(logs, tok[len(tok)-apikey.SecretLen:]) {
			t.Fatalf("the node's log holds a secret:\n%s", logs)
		}
	}
}

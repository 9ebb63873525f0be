package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"poa/api"
	"poa/client"
	"poa/store"
)

// One node, many clients: `poa serve` holds the data directory (badger allows one
// process, and its read-only mode cannot open a directory a writer holds), so while
// it runs the CLI finds it through the node file it writes, serve.json in the data
// directory, and
//   - read commands that have an API route (withStoreOrNode) run through the node's
//     API with the same output as locally;
//   - datanet create and add go through POST /v1/datanets[/{name}/import];
//   - every other command fails saying which node holds the store and what to do.

// nodeFileName is the node file's name in the data directory.
const nodeFileName = "serve.json"

// nodeInfo is the node file: which `poa serve` holds the data directory.
type nodeInfo struct {
	URL     string    `json:"url"`
	PID     int       `json:"pid"`
	Started time.Time `json:"started"`
	Version string    `json:"version"`
}

// announceNode writes the node file of this process serving at url (atomically,
// replacing a stale one) and returns the function that removes it on a clean
// shutdown. A failure to write is logged: the node serves anyway.
func announceNode(url string) (remove func()) {
	path := filepath.Join(g.dataDir, nodeFileName)
	n := nodeInfo{URL: url, PID: os.Getpid(), Started: time.Now().UTC().Truncate(time.Second), Version: version}
	b, _ := json.MarshalIndent(n, "", "  ")
	if err := store.WriteFileAtomic(path, append(b, '\n')); err != nil {
		slog.Warn("node file not written: CLI commands cannot find this node while it runs", "path", path, "err", err)
		return func() {}
	}
	return func() {
		// Remove it only while it is still ours.
		if cur, err := readNode(g.dataDir); err == nil && cur.PID == n.PID && cur.URL == n.URL {
			os.Remove(path)
		}
	}
}

// readNode reads the node file of dir, live or not.
func readNode(dir string) (*nodeInfo, error) {
	b, err := os.ReadFile(filepath.Join(dir, nodeFileName))
	if err != nil {
		return nil, err
	}
	var n nodeInfo
	if err := json.Unmarshal(b, &n); err != nil {
		return nil, fmt.Errorf("node file %s: %w", filepath.Join(dir, nodeFileName), err)
	}
	if n.URL == "" || n.PID <= 0 {
		return nil, fmt.Errorf("node file %s: no url or pid", filepath.Join(dir, nodeFileName))
	}
	return &n, nil
}

// processAlive reports whether process pid exists (signal 0).
func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// answers reports whether the node answers GET /healthz within two seconds.
func (n *nodeInfo) answers(ctx context.Context) bool {
	cl, err := client.New(n.URL, client.WithHTTPClient(&http.Client{Timeout: 2 * time.Second}))
	if err != nil {
		return false
	}
	_, err = cl.Health(ctx)
	return err == nil
}

// liveNode returns the node that serves the data directory, or nil when there is no
// node file or it is stale (its process is gone or its URL does not answer).
func liveNode(ctx context.Context) *nodeInfo {
	n, err := readNode(g.dataDir)
	if err != nil {
		if !errors.Is(err, os.ErrNotExist) {
			slog.Debug("node file ignored", "err", err)
		}
		return nil
	}
	if !processAlive(n.PID) || !n.answers(ctx) {
		slog.Debug("stale node file ignored", "pid", n.PID, "url", n.URL)
		return nil
	}
	return n
}

// apiKeyVar is --api-key, when this file defines it (keys.go may define it first).
var apiKeyVar string

func init() {
	if rootCmd.PersistentFlags().Lookup("api-key") == nil {
		rootCmd.PersistentFlags().StringVar(&apiKeyVar, "api-key", "", "API key sent to a node: by poa ask, and by commands that go through a running node (datanet create/add need scope admin); env POA_API_KEY keeps it out of the process list")
	}
}

// apiKey is --api-key, else $POA_API_KEY.
func apiKey() string {
	if f := rootCmd.PersistentFlags().Lookup("api-key"); f != nil && f.Value.String() != "" {
		return f.Value.String()
	}
	return os.Getenv("POA_API_KEY")
}

// nodeClient returns a client of n carrying the API key, if any.
func nodeClient(n *nodeInfo) (*client.Client, error) {
	return client.New(n.URL, client.WithAPIKey(apiKey()))
}

// withStoreOrNode runs local on the data directory, or, when a live node holds it,
// remote with a client of that node. remote must print what local prints.
func withStoreOrNode(ctx context.Context, local func(st *store.Store) error, remote func(cl *client.Client) error) error {
	st, err := openStore()
	if err == nil {
		defer st.Close()
		return local(st)
	}
	if !errors.Is(err, store.ErrLocked) {
		return err
	}
	n := liveNode(ctx)
	if n == nil {
		return explainLocked(ctx, err)
	}
	cl, cerr := nodeClient(n)
	if cerr != nil {
		return cerr
	}
	slog.Debug("the data directory is held by a node: going through its API", "url", n.URL, "pid", n.PID)
	if err := remote(cl); err != nil {
		var ae *api.Error
		if errors.As(err, &ae) && (ae.Status == http.StatusUnauthorized || ae.Status == http.StatusForbidden) {
			return fmt.Errorf("%w (through the node at %s, pid %d, which holds %s: give an admin API key with --api-key KEY or env POA_API_KEY)", err, n.URL, n.PID, g.dataDir)
		}
		return fmt.Errorf("%w (through the node at %s, pid %d, which holds %s)", err, n.URL, n.PID, g.dataDir)
	}
	return nil
}

// commandPath names the command this process runs ("poa epoch close").
func commandPath() string {
	if c, _, err := rootCmd.Find(os.Args[1:]); err == nil && c != nil {
		return c.CommandPath()
	}
	return "this command"
}

// apiEquivalents says, per command that needs the store itself, what a running node
// offers instead (%s: the node's URL).
var apiEquivalents = map[string]string{
	"poa epoch close": "close the epoch through the node: curl -X POST %s/v1/epochs/close (add -d '{\"settle\": true}' to prove and post it too; docs/api.md)",
	"poa settle":      "settle through the node: curl -X POST %s/v1/epochs/close -d '{\"settle\": true}' (docs/api.md)",
	"poa provers":     "read the provers and their bonds from the node: curl %s/v1/protocol",
	"poa gov status":  "read governance from the node: curl %s/v1/protocol",
	"poa generate":    "ask the node instead: poa ask --node %s --adapter NAME --prompt P",
	"poa attribute":   "ask the node instead (every answer is attributed): poa ask --node %s --adapter NAME --prompt P",
}

// explainLocked turns a store.ErrLocked error into one that says who holds the data
// directory and what to do; other errors pass through.
func explainLocked(ctx context.Context, err error) error {
	if !errors.Is(err, store.ErrLocked) {
		return err
	}
	cmd := commandPath()
	if n := liveNode(ctx); n != nil {
		msg := fmt.Sprintf("data directory %s is held by a running node: poa serve, pid %d, at %s (since %s). `%s` needs the store itself and cannot run through the node: stop the node (kill -INT %d, or Ctrl-C where it runs), run the command, then start the node again",
			g.dataDir, n.PID, n.URL, n.Started.Format(time.RFC3339), cmd, n.PID)
		if hint, ok := apiEquivalents[cmd]; ok {
			msg += "; or " + fmt.Sprintf(hint, n.URL)
		}
		return fmt.Errorf("%s: %w", msg, store.ErrLocked)
	}
	if who := lockHolder(); who != "" {
		return fmt.Errorf("%w; held by %s: wait for it to finish or stop it, then run `%s` again", err, who, cmd)
	}
	return err
}

// lockHolder names the process that holds the data directory's lock, from badger's
// LOCK file (it holds the pid) and, for a `poa serve` that is starting or not
// answering, the node file; "" when unknown.
func lockHolder() string {
	b, err := os.ReadFile(filepath.Join(g.dataDir, "db", "LOCK"))
	if err != nil {
		return ""
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || !processAlive(pid) {
		return ""
	}
	who := fmt.Sprintf("pid %d", pid)
	if cl, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid)); err == nil && len(cl) > 0 {
		args := strings.Fields(strings.ReplaceAll(string(cl), "\x00", " "))
		if len(args) > 6 {
			args = append(args[:6], "…")
		}
		who += " (" + strings.Join(args, " ") + ")"
	}
	if n, err := readNode(g.dataDir); err == nil && n.PID == pid {
		who += fmt.Sprintf(", a poa serve not answering at %s (starting, or stuck)", n.URL)
	}
	return who
}

package lmengine_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"poa/apikey"
	"poa/store"
)

// TestFactoryPageInChromium drives the ModelFactory page (server/static/factory.*)
// in Debian's headless Chromium through playwright-core (server/e2e/factory.mjs)
// against a node with a tiny base model and the real trainer: create a datanet,
// drop a file with one bad line (error by line, nothing imported), upload the fixed
// file, fine-tune an adapter for a few steps and watch it reach done, chat with it,
// click a token and check that the sources shown are the stored points. The
// screenshots go to $POA_E2E_ARTIFACTS (default server/e2e/artifacts). `make e2e`
// installs what it needs and runs it.
func TestFactoryPageInChromium(t *testing.T) {
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("browser test skipped: no Chromium at %s (apt-get install -y chromium, or run make e2e)", chromium)
	}
	nodejs, err := exec.LookPath("node")
	if err != nil {
		t.Skip("browser test skipped: node is not installed (run make e2e)")
	}
	if _, err := os.Stat("../e2e/node_modules/playwright-core"); err != nil {
		t.Skip("browser test skipped: server/e2e/node_modules/playwright-core is missing (run make e2e)")
	}
	art := os.Getenv("POA_E2E_ARTIFACTS")
	if art == "" {
		art = filepath.Join("..", "e2e", "artifacts")
	}
	art, err = filepath.Abs(art)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(art, 0o755); err != nil {
		t.Fatal(err)
	}
	shots := []string{"factory-1-upload-error.png", "factory-2-job-done.png", "factory-3-chat-sources.png"}
	for _, s := range shots {
		os.Remove(filepath.Join(art, s))
	}

	st := factoryStore(t)
	n := serveFactory(t, st, apikey.In(t.TempDir()))

	const steps = 40
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nodejs, "factory.mjs", n.url+"/", n.key, art)
	cmd.Dir = filepath.Join("..", "e2e")
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromium, "FACTORY_STEPS="+strconv.Itoa(steps))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("factory.mjs: %v\nstdout: %s\nstderr: %s", err, stdout.String(), stderr.String())
	}
	var res struct {
		UploadError, UploadOK, Status, HeldOut, Summary, Compared, Token string
		Phases                                                           []string
		LossPoints, Tokens                                               int
		Sources                                                          []struct{ ID, Meta, Text string }
	}
	line := ""
	for _, l := range strings.Split(stdout.String(), "\n") {
		if strings.HasPrefix(l, "RESULT ") {
			line = strings.TrimPrefix(l, "RESULT ")
		}
	}
	if err := json.Unmarshal([]byte(line), &res); err != nil {
		t.Fatalf("no RESULT line in %q: %v", stdout.String(), err)
	}
	// The refused upload named its bad line; the stored datanet holds exactly the
	// fixed file's 100 points.
	if !strings.Contains(res.UploadError, "nothing imported") || !strings.Contains(res.UploadError, "notes.jsonl:7") {
		t.Errorf("upload error shown %q: want nothing imported, line notes.jsonl:7", res.UploadError)
	}
	d, err := st.Datanet("notes")
	if err != nil || d.Points != 100 || d.Imports != 1 {
		t.Errorf("datanet notes: %+v, %v; want 100 points from 1 import", d, err)
	}
	if res.Status != "done" || res.LossPoints != steps {
		t.Errorf("job %s with %d loss points, want done with %d", res.Status, res.LossPoints, steps)
	}
	if _, err := strconv.ParseFloat(strings.Fields(res.HeldOut + " x")[0], 64); err != nil || res.Compared == "—" {
		t.Errorf("held-out loss shown %q, compared %q: want numbers", res.HeldOut, res.Compared)
	}
	if !slices.Contains(res.Phases, "train") || !slices.Contains(res.Phases, "done") {
		t.Errorf("phases seen %v: want train … done", res.Phases)
	}
	t.Logf("phases seen: %v; held-out %s", res.Phases, res.HeldOut)
	// The sources shown are stored points of the new datanet.
	texts := map[string]string{}
	if err := st.Points("notes", func(p store.DataPoint) error { texts[p.ID] = p.Text; return nil }); err != nil {
		t.Fatal(err)
	}
	for _, s := range res.Sources {
		text, ok := texts[s.ID]
		if !ok {
			t.Errorf("page shows source %s, which is not a point of datanet notes", s.ID)
			continue
		}
		if s.Text != text || !strings.Contains(s.Meta, "datanet notes") {
			t.Errorf("source %s shows %q / %q; stored %q", s.ID, s.Meta, s.Text, text)
		}
	}
	for _, s := range shots {
		png, err := os.ReadFile(filepath.Join(art, s))
		if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) {
			t.Errorf("screenshot %s: %v", s, err)
		}
	}
	t.Logf("token %q → %d sources; screenshots in %s", res.Token, len(res.Sources), art)
}

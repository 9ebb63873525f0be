package lmengine_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"poa/api"
	"poa/apikey"
	"poa/datanet"
	"poa/inference"
	"poa/influence"
	"poa/server"
	"poa/server/e2e"
	"poa/store"
)

// TestFactoryPageInChromium drives the ModelFactory page (server/static/factory.*)
// in Debian's headless Chromium through playwright-core (server/e2e/factory.mjs)
// against a node with a tiny base model and the real trainer: create a datanet,
// drop a file with one bad line (error by line, nothing imported), upload the fixed
// file; upload a dictd pair (the points must be those the CLI's parser reads from the
// same files); fine-tune an adapter for a few steps, see tokens/s and ETA, cancel and
// resume it and watch it reach done; chat with it, click a token and check that the
// sources shown are the stored points; ask a follow-up (its record's prompt must be
// the conversation through the chat template) and a message that fills the model's
// context alone (the earlier turns must be left out). The screenshots go to
// $POA_E2E_ARTIFACTS (default server/e2e/artifacts). `make e2e` installs what it
// needs and runs it.
func TestFactoryPageInChromium(t *testing.T) {
	tools := e2e.Need(t, true, "playwright-core")
	art := e2e.Artifacts(t)
	shots := []string{"factory-1-upload-error.png", "factory-2-job-done.png", "factory-3-chat-sources.png", "factory-4-chat-context.png"}
	for _, s := range shots {
		os.Remove(filepath.Join(art, s))
	}

	st := factoryStore(t)
	n := serveFactory(t, st, apikey.In(t.TempDir()))

	const steps, maxTokens = 100, 8
	stem, dictRecs := writeDictd(t)
	long, nPos := contextFiller(t, st, maxTokens)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var res struct {
		NoKey, UploadError, UploadOK, Status, HeldOut, Summary, Compared, Token string
		DictdHalf, DictdBad, DictdOK, TokensPerSec, ETA, Cancelled, CancelledAt string
		Phases                                                                  []string
		LossPoints, Tokens                                                      int
		Sources                                                                 []struct{ ID, Meta, Text string }
		Chat                                                                    []struct {
			Record, Answer, Note string
			Context, LeftOut     int
		}
	}
	tools.Run(t, ctx, &res, []string{"FACTORY_STEPS=" + strconv.Itoa(steps), "FACTORY_DICTD=" + stem,
		"FACTORY_DICTD_POINTS=" + strconv.Itoa(len(dictRecs)), "FACTORY_LONG=" + long}, "factory.mjs", n.url+"/", n.key, art)
	// Without the key the page could not create a datanet, and said why.
	if _, err := st.Datanet("nokey"); err == nil || !strings.Contains(res.NoKey, "api_key") {
		t.Errorf("create without the API key: page shows %q, datanet nokey: %v; want refused", res.NoKey, err)
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
	// The dictd pair: half of it is refused; the pair's points are what the CLI's parser
	// (datanet.ParseDictd) reads from the same files: ids, texts, headwords.
	if !strings.Contains(res.DictdHalf, "two files") {
		t.Errorf("half a dictd pair: page shows %q, want the two files named", res.DictdHalf)
	}
	if !strings.Contains(res.DictdBad, "nothing imported") || !strings.Contains(res.DictdBad, "glossary-broken.index:3") {
		t.Errorf("dictd pair with a bad index line: page shows %q, want nothing imported, line glossary-broken.index:3", res.DictdBad)
	}
	got := map[string]store.DataPoint{}
	if err := st.Points("glossary", func(p store.DataPoint) error { got[p.ID] = p; return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(dictRecs) {
		t.Errorf("glossary holds %d points, the pair has %d entries (page: %q)", len(got), len(dictRecs), res.DictdOK)
	}
	for _, r := range dictRecs {
		p, ok := got[r.ID]
		if !ok || p.Text != r.Text || !jsonEqual(p.Meta, r.Meta) || !strings.EqualFold(p.Contributor, contributor) {
			t.Errorf("dictd entry %s (%q, meta %s): stored %+v", r.ID, r.Text, r.Meta, p)
		}
	}
	if d, err := st.Datanet("glossary"); err != nil || d.License != "CC-BY-4.0" {
		t.Errorf("datanet glossary %+v, %v: want licence CC-BY-4.0", d, err)
	}
	// Live progress while it trained, then cancelled and resumed to the end.
	if !regexp.MustCompile(`^[0-9][0-9,]*$`).MatchString(res.TokensPerSec) || !regexp.MustCompile(`^(< 1 s|[0-9]+ s|[0-9]+ min [0-9]+ s)$`).MatchString(res.ETA) {
		t.Errorf("while training the page showed tokens/s %q, ETA %q", res.TokensPerSec, res.ETA)
	}
	if res.Cancelled != "cancelled" {
		t.Errorf("after cancel the job is %q (at step %s), want cancelled", res.Cancelled, res.CancelledAt)
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
	t.Logf("phases seen: %v; held-out %s; while training %s tokens/s, ETA %s; cancelled at step %s", res.Phases, res.HeldOut, res.TokensPerSec, res.ETA, res.CancelledAt)
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
	// The chat sends the conversation: each record's prompt is the chat template over
	// the messages the page says it sent, the earlier answers being the stored outputs.
	if len(res.Chat) != 3 {
		t.Fatalf("chat answers %+v, want 3", res.Chat)
	}
	var msgs []api.ChatMessage
	for i, q := range []string{"What is a lantern?", "And a kettle?", long} {
		a := res.Chat[i]
		var rec influence.Record
		if err := st.Get(store.KindAttribution, a.Record, &rec); err != nil {
			t.Fatalf("answer %d: record %q: %v", i, a.Record, err)
		}
		if a.Context < 0 || a.Context > len(msgs) {
			t.Fatalf("answer %d: sent with %d earlier messages of %d", i, a.Context, len(msgs))
		}
		sent := append(slices.Clone(msgs[len(msgs)-a.Context:]), api.ChatMessage{Role: "user", Content: api.ChatContent(q)})
		want, err := server.ChatPrompt(sent)
		if err != nil {
			t.Fatal(err)
		}
		if rec.Prompt != want || a.Answer != rec.Output || a.LeftOut != len(msgs)-a.Context {
			t.Errorf("answer %d (%d messages before, %d sent, %d left out): record prompt %q, output %q; want prompt %q, output %q",
				i, len(msgs), a.Context, a.LeftOut, rec.Prompt, rec.Output, want, a.Answer)
		}
		msgs = append(sent, api.ChatMessage{Role: "assistant", Content: api.ChatContent(rec.Output)})
	}
	for i, c := range res.Chat {
		t.Logf("chat %d: %d earlier messages sent, %d left out, answer %q", i, c.Context, c.LeftOut, c.Answer)
	}
	if res.Chat[1].Context != 2 {
		t.Errorf("the follow-up went with %d earlier messages, want the first exchange (2)", res.Chat[1].Context)
	}
	// The context filler fits alone, and with any earlier exchange it would not: the
	// page must have left them all out and said so.
	if c := res.Chat[2]; c.Context != 0 || c.LeftOut != 4 || !strings.Contains(c.Note, "left out") {
		t.Errorf("context-filling message: sent with %d earlier messages, %d left out, note %q; want 0, 4 (context %d tokens)", c.Context, c.LeftOut, c.Note, nPos)
	}
	for _, s := range shots {
		png, err := os.ReadFile(filepath.Join(art, s))
		if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) {
			t.Errorf("screenshot %s: %v", s, err)
		}
	}
	t.Logf("token %q → %d sources; screenshots in %s", res.Token, len(res.Sources), art)
}

// writeDictd writes a small dictd dictionary (STEM.index, STEM.dict.dz gzip) with a
// metadata entry and multi-byte UTF-8 text, and returns its stem and the records the
// CLI's parser reads from it.
func writeDictd(t *testing.T) (string, []datanet.Record) {
	t.Helper()
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b64 := func(v int) string {
		if v == 0 {
			return "A"
		}
		var out []byte
		for ; v > 0; v /= 64 {
			out = append([]byte{digits[v%64]}, out...)
		}
		return string(out)
	}
	entries := [][2]string{
		{"00databaseinfo", "A glossary for the ModelFactory test.\n"},
		{"anvil", "ANVIL, n. A block on which the smith's café-bred arguments are hammered flat.\n"},
		{"beacon", "BEACON, n. A fire lit to say that the harbor is where it was.\n"},
		{"kettle", "KETTLE, n. A vessel that sings – « toujours » – before it boils.\n"},
		{"quarry", "QUARRY, n. A hole from which the meadow's stones were taken.\n"},
	}
	var dict, index bytes.Buffer
	for _, e := range entries {
		fmt.Fprintf(&index, "%s\t%s\t%s\n", e[0], b64(dict.Len()), b64(len(e[1])))
		dict.WriteString(e[1])
	}
	stem := filepath.Join(t.TempDir(), "glossary")
	var dz bytes.Buffer
	zw := gzip.NewWriter(&dz)
	zw.Write(dict.Bytes())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(stem+".index", index.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(stem+".dict.dz", dz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// The same pair with its third index line cut to two fields.
	lines := strings.SplitAfter(index.String(), "\n")
	lines[2] = "beacon\tAB\n"
	if err := os.WriteFile(stem+"-broken.index", []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(stem+"-broken.dict.dz", dz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := datanet.ParseDictdFiles(stem+"-broken.index", nil); err == nil || !strings.Contains(err.Error(), ".index:3") {
		t.Fatalf("the CLI's parser on the broken pair: %v, want an error at line 3", err)
	}
	recs, err := datanet.ParseDictdFiles(stem+".index", nil)
	if err != nil || len(recs) != len(entries)-1 {
		t.Fatalf("the test's dictd pair: %d records, %v", len(recs), err)
	}
	return stem, recs
}

// contextFiller returns a chat message whose prompt (the chat template over it alone)
// leaves room for maxTokens and at most 3 tokens more in the base model's context, so
// that it fits alone and no earlier exchange fits with it; and the context's length.
func contextFiller(t *testing.T, st *store.Store, maxTokens int) (string, int) {
	t.Helper()
	_, tok, rec, err := inference.OpenModel(st, "base-tiny")
	if err != nil {
		t.Fatal(err)
	}
	nPos := rec.Config.NPositions
	size := func(m string) int {
		p, err := server.ChatPrompt([]api.ChatMessage{{Role: "user", Content: api.ChatContent(m)}})
		if err != nil {
			t.Fatal(err)
		}
		return len(tok.Encode(p))
	}
	words := strings.Fields("tell me of the lantern the harbor the meadow the thimble the quarry the saddle the orchard the kettle the anvil and the beacon")
	msg := ""
	for i := 0; ; i++ {
		next := strings.TrimSpace(msg + " " + words[i%len(words)])
		if size(next)+maxTokens > nPos {
			break
		}
		msg = next
	}
	if n := size(msg); n+maxTokens < nPos-3 {
		t.Fatalf("context filler %q: %d tokens + %d leaves more than 3 of %d", msg, n, maxTokens, nPos)
	}
	return msg, nPos
}

func jsonEqual(a, b []byte) bool {
	var x, y any
	return json.Unmarshal(a, &x) == nil && json.Unmarshal(b, &y) == nil && reflect.DeepEqual(x, y)
}

package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"poa/circuits"
	"poa/influence"
	"poa/prover"
	"poa/settlement"
	"poa/store"
)

const (
	remoteAddrA = "0x1111111111111111111111111111111111111111"
	remoteAddrB = "0x6B2AC46c6567877c05D1f141C681cFf49E3B70A4"
)

// TestRemoteWhileServing: while `poa serve` holds the data directory, the read
// commands go through its API and print exactly what they print locally after it
// stops; datanet create and add go through the API (with an admin key) and their
// data is in the store after; a bad line imports nothing and is named; a command
// with no route says which node holds the store and what to do.
func TestRemoteWhileServing(t *testing.T) {
	dir := t.TempDir()
	files := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(files, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	mustPoa(t, dir, "datanet", "create", "notes", "--title", "Notes", "--license", "CC0-1.0", "--owner", remoteAddrA)
	mustPoa(t, dir, "datanet", "add", "notes", "--contributor", remoteAddrA,
		write("a.jsonl", `{"text":"the first point"}`+"\n"+`{"text":"a second one","contributor":"`+remoteAddrB+`"}`+"\n"))
	var key struct{ Secret string }
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "keys", "create", "--name", "cli", "--scope", "admin")), &key); err != nil || key.Secret == "" {
		t.Fatalf("keys create: %v", err)
	}
	// Model, adapter and epoch records as training and settlement write them, so that
	// the model and epoch commands have something to show.
	st, err := store.Open(store.DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		kind store.Kind
		key  string
		v    any
	}{
		{store.KindModel, "tiny", map[string]any{"name": "tiny", "params": 1234, "loss": 2.5, "datanets": []string{"notes"},
			"config": map[string]any{"n_layer": 2, "n_embd": 32, "vocab_size": 300, "n_positions": 64}}},
		{store.KindConfig, "model", map[string]string{"name": "tiny"}},
		{store.KindAdapter, "notes", map[string]any{"name": "notes", "base": "tiny", "params": 99, "loss": 1.5, "datanets": []string{"notes"},
			"lora": map[string]any{"rank": 4, "targets": []string{"attn"}}}},
		{store.KindEpoch, "1", map[string]any{"epoch": 1, "status": "closed", "closed": "2026-01-02T03:04:05Z", "fee": "10", "owner_fee": "1",
			"protocol_fee": "1", "data_fee": "8", "remainder": "0", "commitment": "123", "records": []string{"r1"},
			"fee_rule":     map[string]any{"owner_bps": 1000, "protocol_bps": 1000, "data_bps": 8000},
			"contributors": []map[string]any{{"address": remoteAddrA, "score": "5", "payout": "8"}}}},
		{store.KindConfig, "epoch", map[string]any{"epoch": 2, "records": 0, "fee": "0"}},
		{store.KindAttribution, "r1", map[string]any{"id": "r1", "epoch": 1, "fee": "10",
			"contributors": []map[string]any{{"address": remoteAddrA, "score": 5}}}},
		{store.KindSketch, "notes-train", map[string]any{"name": "notes-train", "adapter": "notes", "checkpoint": 40, "kind": "train", "n": 2, "k": 64}},
	} {
		if err := st.Put(r.kind, r.key, r.v); err != nil {
			t.Fatal(err)
		}
	}
	// Epoch 2 closed on the proven basis and proven (n8-r4-c4, development keys): its
	// attributed proof shows in epoch show, locally and through the node alike.
	proven := provenEpoch(t, st)
	st.Close()
	reads := [][]string{
		{"--json", "epoch", "show", "2"}, {"epoch", "show", "2"},
		{"attribution", "show", "r1"}, {"--json", "attribution", "show", "r1"},
		{"contributor", "show", remoteAddrA}, {"--json", "contributor", "show", remoteAddrB},
		{"model", "show", "notes"}, {"influence", "sketches"}, {"--json", "influence", "sketches"}, {"--json", "epoch", "show", "1"}, {"epoch", "show", "1"}, {"epoch", "open"},
		{"datanet", "list"}, {"--json", "datanet", "list"},
		{"datanet", "show", "notes"}, {"--json", "datanet", "show", "notes"},
		{"datanet", "export", "notes"},
		{"--json", "model", "list"}, {"model", "list"},
		{"--json", "epoch", "list"}, {"epoch", "list"}, {"--json", "epoch", "open"},
	}

	node := startServe(t, dir, nil)
	var nf nodeInfo
	if b, err := os.ReadFile(filepath.Join(dir, nodeFileName)); err != nil || json.Unmarshal(b, &nf) != nil || nf.URL != node.url || nf.PID != node.cmd.Process.Pid {
		t.Fatalf("node file: %+v %v (node %s pid %d)", nf, err, node.url, node.cmd.Process.Pid)
	}
	// A missing datanet fails as locally.
	if _, errs, code := runPoa(t, dir, "datanet", "show", "nope"); code == 0 || !strings.Contains(errs, `datanet "nope": not found`) {
		t.Fatalf("show of a missing datanet through the node: exit %d, %q", code, errs)
	}
	// Writes need an admin key.
	if _, errs, code := runPoa(t, dir, "datanet", "create", "more"); code == 0 || !strings.Contains(errs, "POA_API_KEY") {
		t.Fatalf("create without a key: exit %d, %q", code, errs)
	}
	env := []string{"POA_API_KEY=" + key.Secret}
	out, errs, code := runPoaEnv(t, env, dir, "--json", "datanet", "create", "more", "--title", "More")
	var created store.Datanet
	if code != 0 || json.Unmarshal([]byte(out), &created) != nil || created.Name != "more" || created.Title != "More" {
		t.Fatalf("create through the node: exit %d, %s %s", code, out, errs)
	}
	// One bad line among good ones: nothing imported, the line named.
	bad := write("bad.jsonl", `{"text":"good line"}`+"\n"+`{"text": nope}`+"\n"+`{"text":"another good line"}`+"\n")
	if _, errs, code := runPoaEnv(t, env, dir, "datanet", "add", "more", bad, "--contributor", remoteAddrA); code == 0 ||
		!strings.Contains(errs, "nothing imported") || !strings.Contains(errs, "bad.jsonl:2") {
		t.Fatalf("bad import through the node: exit %d, %q", code, errs)
	}
	good := write("more.txt", "paragraph one\n\nparagraph two\n\nparagraph three\n")
	out, errs, code = runPoaEnv(t, env, dir, "--json", "datanet", "add", "more", good, "--paragraphs", "--contributor", remoteAddrB)
	var res store.ImportResult
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || res.Added != 3 || res.Tokens == 0 {
		t.Fatalf("add through the node: exit %d, %s %s", code, out, errs)
	}
	// A command that needs the store itself says who holds it and what to do.
	_, errs, code = runPoa(t, dir, "epoch", "close")
	for _, want := range []string{fmt.Sprint("pid ", node.cmd.Process.Pid), node.url, "kill -INT", "/v1/epochs/close"} {
		if code == 0 || !strings.Contains(errs, want) {
			t.Fatalf("epoch close while serving: exit %d, stderr %q lacks %q", code, errs, want)
		}
	}
	remote := make([]string, len(reads))
	for i, args := range reads {
		remote[i] = mustPoa(t, dir, args...)
	}
	node.stop(t)
	if _, err := os.Stat(filepath.Join(dir, nodeFileName)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("node file after a clean shutdown: %v", err)
	}

	for i, args := range reads {
		if local := mustPoa(t, dir, args...); local != remote[i] {
			t.Errorf("poa %s: through the node\n%s\nlocally\n%s", strings.Join(args, " "), remote[i], local)
		}
	}
	var shown struct {
		Records         []string                `json:"records"`
		AttributedProof *settlement.ProvenProof `json:"attributed_proof"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "epoch", "show", "2")), &shown); err != nil || shown.AttributedProof == nil ||
		!shown.AttributedProof.ScoresProven || !slices.Equal(shown.AttributedProof.Records, proven.Records) ||
		shown.AttributedProof.RecordDigest != proven.RecordDigest.String() || shown.AttributedProof.ProofBytes != len(proven.Solidity) {
		t.Errorf("epoch show 2: %+v %v; want the attributed proof of records %v, digest %s", shown, err, proven.Records, proven.RecordDigest)
	}
	var d struct {
		store.Datanet
		List []store.DatanetContributor `json:"contributor_list"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "datanet", "show", "more")), &d); err != nil || d.Points != 3 || d.Imports != 1 || d.Title != "More" ||
		len(d.List) != 1 || d.List[0].Address != remoteAddrB || d.Tokens != res.Tokens {
		t.Fatalf("datanet more after the node stopped: %+v %v", d, err)
	}
}

// TestRemoteStaleNodeFile: a node file whose process is gone, or whose URL does
// not answer, is ignored: commands run on the store, or name the holder.
func TestRemoteStaleNodeFile(t *testing.T) {
	dir := t.TempDir()
	mustPoa(t, dir, "datanet", "create", "notes")
	stale := func(pid int) {
		b, _ := json.Marshal(nodeInfo{URL: "http://127.0.0.1:1", PID: pid, Started: time.Now(), Version: "dev"})
		if err := os.WriteFile(filepath.Join(dir, nodeFileName), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stale(1 << 22) // above the largest pid Linux hands out
	if out := mustPoa(t, dir, "datanet", "list"); !strings.Contains(out, "notes") {
		t.Fatalf("datanet list with a stale node file: %q", out)
	}
	// The store held by this process, the node file naming it but not answering:
	// the error names the holder instead of going through a dead URL.
	st, err := store.Open(store.DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stale(os.Getpid())
	_, errs, code := runPoa(t, dir, "datanet", "list")
	for _, want := range []string{"in use", fmt.Sprint("pid ", os.Getpid()), "not answering"} {
		if code == 0 || !strings.Contains(errs, want) {
			t.Fatalf("datanet list on a held store: exit %d, stderr %q lacks %q", code, errs, want)
		}
	}
	// A fresh node overwrites the stale file.
	st.Close()
	node := startServe(t, dir, nil)
	var nf nodeInfo
	if b, err := os.ReadFile(filepath.Join(dir, nodeFileName)); err != nil || json.Unmarshal(b, &nf) != nil || nf.URL != node.url {
		t.Fatalf("node file of a fresh node: %+v %v", nf, err)
	}
	if out := mustPoa(t, dir, "datanet", "list"); !strings.Contains(out, "notes") {
		t.Fatalf("datanet list through a fresh node: %q", out)
	}
	node.stop(t)
}

// provenProof is a stored attributed proof with the ids of the records it aggregates.
type provenProof struct {
	*prover.AttributedProof
	Records []string
}

// provenEpoch files two records into st's open epoch, closes it on the proven basis
// (shape n8-r4-c4, each record's rows its contributors) and proves it with the
// development keys; it returns the stored proof.
func provenEpoch(t *testing.T, st *store.Store) provenProof {
	t.Helper()
	ctx := t.Context()
	rows := map[string]circuits.RecordRows{}
	for i, who := range []string{remoteAddrA, remoteAddrB} {
		r, _, err := settlement.File(st, &influence.Record{Fee: "5000", Model: "tiny", Prompt: "p", Output: "o",
			Contributors: []influence.ContributorScore{{Address: who, Score: uint64(7 + i)}}}, "")
		if err != nil {
			t.Fatal(err)
		}
		rows[r.ID] = circuits.RecordRows{Addrs: []*big.Int{common.HexToAddress(who).Big()}, Scores: []uint64{uint64(7 + i)}}
	}
	e, err := settlement.CloseProven(ctx, st, settlement.DefaultFeeRule, time.Now(), prover.TestAttributedShape,
		func(_ context.Context, id string) (circuits.RecordRows, error) { return rows[id], nil })
	if err != nil {
		t.Fatal(err)
	}
	k, err := settlement.DevAttributedKeySource()(ctx, prover.TestAttributedShape)
	if err != nil {
		t.Fatal(err)
	}
	p, err := settlement.ProveProven(ctx, st, e.Epoch, k)
	if err != nil {
		t.Fatal(err)
	}
	return provenProof{p, e.Records}
}

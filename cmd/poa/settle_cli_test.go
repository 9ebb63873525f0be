package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"poa/store"
)

// putRecords writes attribution records of epoch 1 straight into a data directory (as
// poa attribute would), so the settlement commands can be tested without a model.
func putRecords(t *testing.T, data string) {
	t.Helper()
	st, err := store.Open(store.DefaultOptions(data))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	recs := []map[string]any{
		{"id": "r1", "epoch": 1, "fee": "1000000000000000000", "contributors": []map[string]any{{"address": alice, "score": 700000}, {"address": bob, "score": 300000}}},
		{"id": "r2", "epoch": 1, "fee": "500000000000000000", "contributors": []map[string]any{{"address": bob, "score": 1000000}}},
	}
	for _, r := range recs {
		if err := st.Put(store.KindAttribution, r["id"].(string), r); err != nil {
			t.Fatal(err)
		}
	}
}

// TestSettleThroughCLI runs the settlement commands as a user would, each its own
// process: epoch close, prove with the size-8 development keys, chain up with the
// matching committed verifier, post, status, claim. A proof of the wrong size for the
// deployed verifier is refused before anything is sent.
func TestSettleThroughCLI(t *testing.T) {
	keys := t.TempDir()
	pk, vk := filepath.Join(keys, "split8.pk"), filepath.Join(keys, "split8.vk")
	mustPoa(t, keys, "prover", "setup", "--size", "8", "--dev", "--pk", pk, "--vk", vk)

	// Wrong size: the default deployment checks size-64 proofs.
	wrong := t.TempDir()
	putRecords(t, wrong)
	mustPoa(t, wrong, "epoch", "close")
	mustPoa(t, wrong, "prove", "--epoch", "1", "--pk", pk, "--vk", vk)
	mustPoa(t, wrong, "chain", "up")
	_, errs, code := runPoa(t, wrong, "post", "--epoch", "1")
	if code == 0 || !strings.Contains(errs, "--size 64") {
		t.Fatalf("post of a size-8 proof to a size-64 verifier: exit %d, %q", code, errs)
	}

	data := t.TempDir()
	putRecords(t, data)
	var ep struct {
		DataFee      string `json:"data_fee"`
		Contributors []struct {
			Address, Payout string
		} `json:"contributors"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, data, "epoch", "close", "--json")), &ep); err != nil {
		t.Fatal(err)
	}
	// 1.5 OPEN fee, 80% data share = 1.2e18; scores alice 0.7, bob 1.3 of 2.0.
	if ep.DataFee != "1200000000000000000" || len(ep.Contributors) != 2 {
		t.Fatalf("epoch: %+v", ep)
	}
	mustPoa(t, data, "prove", "--epoch", "1", "--pk", pk, "--vk", vk)
	mustPoa(t, data, "verify", "--epoch", "1", "--vk", vk)
	mustPoa(t, data, "chain", "up", "--verifier", "Groth16SplitVerifier8")
	out := mustPoa(t, data, "post", "--epoch", "1", "--json")
	var posted struct {
		Status string `json:"status"`
		Post   struct {
			Settle struct {
				GasUsed uint64 `json:"gas_used"`
				TxHash  string `json:"tx_hash"`
			} `json:"settle"`
			Paid string `json:"paid"`
		} `json:"post"`
	}
	if err := json.Unmarshal([]byte(out), &posted); err != nil || posted.Post.Settle.GasUsed == 0 || posted.Status != "confirmed" {
		t.Fatalf("post: %s %v", out, err)
	}
	var status struct {
		LastEpoch   uint64            `json:"last_epoch"`
		Settlements []json.RawMessage `json:"settlements"`
	}
	json.Unmarshal([]byte(mustPoa(t, data, "chain", "status", "--json")), &status)
	if status.LastEpoch != 1 {
		t.Fatalf("chain status after post: last epoch %d", status.LastEpoch)
	}
	mustPoa(t, data, "chain", "advance", "25h") // past the challenge window
	mustPoa(t, data, "claim", "--address", alice)
	// Posting a confirmed epoch again sends nothing and reports the first transaction.
	again := posted
	if err := json.Unmarshal([]byte(mustPoa(t, data, "post", "--epoch", "1", "--json")), &again); err != nil || again.Post.Settle.TxHash != posted.Post.Settle.TxHash {
		t.Fatalf("second post: %+v %v", again, err)
	}
	json.Unmarshal([]byte(mustPoa(t, data, "chain", "status", "--json")), &status)
	if len(status.Settlements) != 1 {
		t.Fatalf("%d settlements after a second post, want 1", len(status.Settlements))
	}
}

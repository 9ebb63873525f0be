package main

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/contracts/devnode"
	"poa/influence"
	"poa/settlement"
	"poa/store"
)

// TestChainCLI runs chain up, post, status and claim as separate processes: the
// embedded chain's state must carry from one command to the next.
func TestChainCLI(t *testing.T) {
	dir := t.TempDir()
	var dep contracts.Deployment
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "chain", "up", "--verifier", "Groth16SplitVerifier8")), &dep); err != nil {
		t.Fatal(err)
	}
	if dep.ChainID != 1337 || dep.Backend != "groth16" {
		t.Fatalf("deployment %+v", dep)
	}

	ep := proveEpoch(t, dir)
	var posted settlement.Epoch
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "post", "--epoch", "1")), &posted); err != nil {
		t.Fatal(err)
	}
	if posted.Status != settlement.Confirmed || posted.Post == nil || posted.Post.Settle.GasUsed == 0 || posted.Post.Settle.Block == 0 {
		t.Fatalf("post result %+v", posted)
	}

	var stat contracts.Status
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "chain", "status")), &stat); err != nil {
		t.Fatal(err)
	}
	if stat.LastEpoch != 1 || len(stat.Settlements) != 1 || stat.Settlements[0].TxHash != posted.Post.Settle.TxHash {
		t.Fatalf("status after post: %+v", stat)
	}

	// Posting again sends nothing: the epoch is confirmed.
	var again1 settlement.Epoch
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "post", "--epoch", "1")), &again1); err != nil {
		t.Fatal(err)
	}
	if again1.Post.Settle.TxHash != posted.Post.Settle.TxHash {
		t.Fatalf("second post: %+v", again1.Post)
	}

	who := ep.Contributors[1]
	var cl claimResult
	// Inside the challenge window the payout is listed as skipped, and nothing moves.
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "claim", "--address", who.Address)), &cl); err != nil {
		t.Fatal(err)
	}
	if len(cl.Claims) != 1 || !strings.Contains(cl.Claims[0].Skipped, "challenge window") || cl.Claims[0].Receipt != nil || cl.Total != "0" {
		t.Fatalf("claim inside the challenge window: %+v", cl)
	}
	mustPoa(t, dir, "chain", "advance", "25h")
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "claim", "--address", who.Address)), &cl); err != nil {
		t.Fatal(err)
	}
	if len(cl.Claims) != 1 || cl.Claims[0].Already || cl.Balance != who.Payout {
		t.Fatalf("claim: %+v, want balance %v", cl, who.Payout)
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "claim", "--address", strings.ToLower(who.Address))), &cl); err != nil {
		t.Fatal(err)
	}
	if len(cl.Claims) != 1 || !cl.Claims[0].Already || cl.Balance != who.Payout {
		t.Fatalf("second claim: %+v", cl)
	}
	// Claim validates like import: a bad EIP-55 checksum and the zero address are refused.
	badSum := []byte(who.Address)
	for i := 2; i < len(badSum); i++ { // flip the case of one hex letter: a wrong checksum
		if c := badSum[i]; c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			badSum[i] ^= 0x20
			break
		}
	}
	for _, bad := range []string{string(badSum), "0x0000000000000000000000000000000000000000", "0x1234"} {
		if _, stderr, code := runPoa(t, dir, "claim", "--address", bad); code == 0 || !strings.Contains(stderr, "address") {
			t.Fatalf("claim --address %s: exit %d, %s", bad, code, stderr)
		}
	}
	// chain up again keeps the deployment.
	var again contracts.Deployment
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "chain", "up")), &again); err != nil {
		t.Fatal(err)
	}
	if again.Settlement != dep.Settlement {
		t.Fatalf("chain up redeployed: %s, was %s", again.Settlement.Hex(), dep.Settlement.Hex())
	}
}

// proveEpoch files two attribution records, closes epoch 1 and proves it with the
// size-8 development keys (whose verifier, Groth16SplitVerifier8, is compiled in), all
// through the CLI, and returns the closed epoch.
func proveEpoch(t *testing.T, dir string) *settlement.Epoch {
	t.Helper()
	st, err := store.Open(store.DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	for i, share := range []uint64{5, 3, 2} {
		r := &influence.Record{Fee: "40000000000000000000", Model: "m", Prompt: "p", Output: "o",
			Contributors: []influence.ContributorScore{{Address: common.BigToAddress(big.NewInt(int64(0xC0FFEE00 + i))).Hex(), Score: share}}}
		if _, _, err := settlement.File(st, r, ""); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	mustPoa(t, dir, "prover", "setup", "--size", "8", "--dev")
	var ep settlement.Epoch
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "epoch", "close")), &ep); err != nil {
		t.Fatal(err)
	}
	mustPoa(t, dir, "prove", "--epoch", "1")
	return &ep
}

// TestChainCLIRPC runs chain up, post, status and claim against a dev node over
// JSON-RPC with a key file, and checks the chain id and that the key is never printed.
func TestChainCLIRPC(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev node: run without -short")
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	n, err := devnode.Start(contracts.Address(key))
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	dir := t.TempDir()
	keyHex := hex.EncodeToString(crypto.FromECDSA(key))
	keyFile := filepath.Join(dir, "key.hex")
	if err := os.WriteFile(keyFile, []byte(keyHex), 0o600); err != nil {
		t.Fatal(err)
	}
	rpcArgs := []string{"--rpc", n.URL, "--key-file", keyFile}
	run := func(args ...string) string {
		t.Helper()
		out, stderr, code := runPoa(t, dir, append(args, rpcArgs...)...)
		if code != 0 {
			t.Fatalf("poa %v: exit %d: %s", args, code, stderr)
		}
		if strings.Contains(out+stderr, keyHex) {
			t.Fatalf("poa %v printed the private key", args)
		}
		return out
	}
	if _, stderr, code := runPoa(t, dir, append([]string{"chain", "up", "--chain-id", "1612"}, rpcArgs...)...); code == 0 || !strings.Contains(stderr, "chain id") {
		t.Fatalf("wrong --chain-id: exit %d, %s", code, stderr)
	}
	var dep contracts.Deployment
	// A dev node's clock cannot be advanced: no challenge window, so claims open at once.
	if err := json.Unmarshal([]byte(run("--json", "chain", "up", "--chain-id", "1337", "--verifier", "Groth16SplitVerifier8", "--challenge-window", "0s")), &dep); err != nil {
		t.Fatal(err)
	}
	if dep.Network != n.URL || dep.Owner != dep.Timelock || dep.Posters[0] != contracts.Address(key) {
		t.Fatalf("deployment %+v", dep)
	}
	ep := proveEpoch(t, dir)
	var posted settlement.Epoch
	if err := json.Unmarshal([]byte(run("--json", "post", "--epoch", "1")), &posted); err != nil {
		t.Fatal(err)
	}
	var stat contracts.Status
	if err := json.Unmarshal([]byte(run("--json", "chain", "status")), &stat); err != nil {
		t.Fatal(err)
	}
	if stat.LastEpoch != 1 || len(stat.Settlements) != 1 || stat.Settlements[0].TxHash != posted.Post.Settle.TxHash {
		t.Fatalf("status %+v", stat)
	}
	var cl claimResult
	if err := json.Unmarshal([]byte(run("--json", "claim", "--address", ep.Contributors[0].Address)), &cl); err != nil {
		t.Fatal(err)
	}
	if cl.Balance != ep.Contributors[0].Payout {
		t.Fatalf("claim %+v, want %v", cl, ep.Contributors[0].Payout)
	}
}

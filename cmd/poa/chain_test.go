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
	"poa/contracts/fixture"
	"poa/store"
)

// TestChainCLI runs chain up, post, status and claim as separate processes: the
// embedded chain's state must carry from one command to the next.
func TestChainCLI(t *testing.T) {
	dir := t.TempDir()
	var dep contracts.Deployment
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "chain", "up", "--verifier", "FixtureGroth16Verifier")), &dep); err != nil {
		t.Fatal(err)
	}
	if dep.ChainID != 1337 || dep.Backend != "groth16" {
		t.Fatalf("deployment %+v", dep)
	}

	ep := storeFixtureProof(t, dir)

	var posted contracts.Posted
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "post", "--epoch", "1")), &posted); err != nil {
		t.Fatal(err)
	}
	if posted.Settle.GasUsed == 0 || posted.Settle.Block == 0 {
		t.Fatalf("post result %+v", posted)
	}

	var stat contracts.Status
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "chain", "status")), &stat); err != nil {
		t.Fatal(err)
	}
	if stat.LastEpoch != 1 || len(stat.Settlements) != 1 || stat.Settlements[0].TxHash != posted.Settle.TxHash {
		t.Fatalf("status after post: %+v", stat)
	}

	_, stderr, code := runPoa(t, dir, "post", "--epoch", "1")
	if code == 0 || !strings.Contains(stderr, "EpochAlreadySettled") {
		t.Fatalf("second post: exit %d, stderr %q", code, stderr)
	}

	var cl claimResult
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "claim", "--address", ep.Contributors[1].Hex())), &cl); err != nil {
		t.Fatal(err)
	}
	if len(cl.Claims) != 1 || cl.Claims[0].Already || cl.Balance != ep.Payouts[1].String() {
		t.Fatalf("claim: %+v, want balance %v", cl, ep.Payouts[1])
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "claim", "--address", ep.Contributors[1].Hex())), &cl); err != nil {
		t.Fatal(err)
	}
	if len(cl.Claims) != 1 || !cl.Claims[0].Already || cl.Balance != ep.Payouts[1].String() {
		t.Fatalf("second claim: %+v", cl)
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

// storeFixtureProof stores an epoch-1 proof record as `poa prove` would, made with the
// contracts fixture circuit, and returns its epoch.
func storeFixtureProof(t *testing.T, dir string) *contracts.Epoch {
	t.Helper()
	// An epoch proof as `poa prove` would store it, made with the fixture circuit.
	ep := &contracts.Epoch{Epoch: 1, DataFee: contracts.OPENUnits(100), Commitment: big.NewInt(77)}
	for i, share := range []int64{5, 3, 2} {
		ep.Contributors = append(ep.Contributors, common.BigToAddress(big.NewInt(int64(0xC0FFEE00+i))))
		ep.Payouts = append(ep.Payouts, new(big.Int).Div(new(big.Int).Mul(ep.DataFee, big.NewInt(share)), big.NewInt(11)))
	}
	pub := ep.PublicInputs()
	addrs := make([]*big.Int, len(ep.Contributors))
	for i, a := range ep.Contributors {
		addrs[i] = new(big.Int).SetBytes(a[:])
	}
	prover, err := fixture.Groth16()
	if err != nil {
		t.Fatal(err)
	}
	if ep.Proof, err = prover.Prove(fixture.Inputs{Epoch: pub[0], Commitment: pub[1], DataFee: pub[2], Gamma: pub[3], Fingerprint: pub[4]}, addrs, ep.Payouts); err != nil {
		t.Fatal(err)
	}
	raw, err := contracts.EncodeProofRecord(ep, contracts.Groth16)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(store.DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Put(store.KindProof, "1", json.RawMessage(raw)); err != nil {
		t.Fatal(err)
	}
	st.Close()
	return ep

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
	if err := json.Unmarshal([]byte(run("--json", "chain", "up", "--chain-id", "1337", "--verifier", "FixtureGroth16Verifier")), &dep); err != nil {
		t.Fatal(err)
	}
	if dep.Network != n.URL || dep.Owner != contracts.Address(key) {
		t.Fatalf("deployment %+v", dep)
	}
	ep := storeFixtureProof(t, dir)
	var posted contracts.Posted
	if err := json.Unmarshal([]byte(run("--json", "post", "--epoch", "1")), &posted); err != nil {
		t.Fatal(err)
	}
	var stat contracts.Status
	if err := json.Unmarshal([]byte(run("--json", "chain", "status")), &stat); err != nil {
		t.Fatal(err)
	}
	if stat.LastEpoch != 1 || len(stat.Settlements) != 1 || stat.Settlements[0].TxHash != posted.Settle.TxHash {
		t.Fatalf("status %+v", stat)
	}
	var cl claimResult
	if err := json.Unmarshal([]byte(run("--json", "claim", "--address", ep.Contributors[0].Hex())), &cl); err != nil {
		t.Fatal(err)
	}
	if cl.Balance != ep.Payouts[0].String() {
		t.Fatalf("claim %+v, want %v", cl, ep.Payouts[0])
	}
}

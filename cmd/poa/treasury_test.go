package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/contracts/devnode"
)

// TestTreasuryCLI runs poa treasury status and sweep on the embedded chain around a
// settled epoch. What the treasury is owed is checked against the epoch's own split
// (fee − owner share − Σ payouts) and the balances against reads of the chain made by
// the test itself, not by the command.
func TestTreasuryCLI(t *testing.T) {
	dir := t.TempDir()

	// No chain yet: a clear error that says what to run.
	if _, stderr, code := runPoa(t, dir, "treasury", "status"); code == 0 || !strings.Contains(stderr, "poa chain up") {
		t.Fatalf("treasury status without a deployment: exit %d, %q", code, stderr)
	}

	var dep contracts.Deployment
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "chain", "up", "--verifier", "Groth16SplitVerifier8")), &dep); err != nil {
		t.Fatal(err)
	}

	// Nothing settled: nothing owed, and sweep sends no transaction.
	var sw treasurySweep
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "treasury", "sweep")), &sw); err != nil {
		t.Fatal(err)
	}
	if sw.Sent || sw.Receipt != nil || sw.Swept != "0" || sw.OwedBefore != "0" || sw.Treasury != dep.Recipient {
		t.Fatalf("sweep before any settlement: %+v (treasury %s)", sw, dep.Recipient.Hex())
	}
	start := treasuryBalance(t, dir, &dep)
	if sw.BalanceBefore != start.String() || sw.BalanceAfter != start.String() {
		t.Fatalf("sweep before any settlement: balances %s -> %s, chain says %s", sw.BalanceBefore, sw.BalanceAfter, start)
	}

	ep := proveEpoch(t, dir)
	mustPoa(t, dir, "post", "--epoch", "1")

	// Owed: F − owner share − Σ payouts. F is the three records' 40 OPEN each; the owner
	// share 10% (the default fee rule).
	fee, _ := new(big.Int).SetString("120000000000000000000", 10)
	if ep.Fee != fee.String() || ep.OwnerFee != "12000000000000000000" {
		t.Fatalf("epoch fee %s, owner %s: the test's arithmetic no longer matches", ep.Fee, ep.OwnerFee)
	}
	want := new(big.Int).Sub(fee, mustBig(ep.OwnerFee))
	for _, c := range ep.Contributors {
		want.Sub(want, mustBig(c.Payout))
	}
	if want.Sign() <= 0 {
		t.Fatalf("owed %s: the epoch leaves nothing to the treasury", want)
	}

	var ts treasuryStatus
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "treasury", "status")), &ts); err != nil {
		t.Fatal(err)
	}
	if ts.Owed != want.String() || ts.Treasury != dep.Recipient || ts.Settlement != dep.Settlement || ts.Deployed != nil || ts.Balance != start.String() {
		t.Fatalf("status after settling: %+v, want owed %s to %s holding %s", ts, want, dep.Recipient.Hex(), start)
	}
	var cs contracts.Status
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "chain", "status")), &cs); err != nil || cs.Treasury != ts.Owed {
		t.Fatalf("chain status says %s owed, treasury status %s (%v)", cs.Treasury, ts.Owed, err)
	}
	if out := mustPoa(t, dir, "treasury", "status"); !strings.Contains(out, dep.Recipient.Hex()) || !strings.Contains(out, want.String()) {
		t.Fatalf("status text:\n%s", out)
	}

	// Sweep: exactly the owed amount moves to the treasury.
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "treasury", "sweep")), &sw); err != nil {
		t.Fatal(err)
	}
	if !sw.Sent || sw.Receipt == nil || sw.Receipt.GasUsed == 0 || sw.Swept != want.String() || sw.OwedBefore != want.String() || sw.OwedAfter != "0" {
		t.Fatalf("sweep: %+v, want %s swept", sw, want)
	}
	end := treasuryBalance(t, dir, &dep)
	if delta := new(big.Int).Sub(end, start); delta.Cmp(want) != 0 || sw.BalanceBefore != start.String() || sw.BalanceAfter != end.String() {
		t.Fatalf("treasury balance %s -> %s (chain), %s -> %s (sweep): moved %s, want %s", start, end, sw.BalanceBefore, sw.BalanceAfter, delta, want)
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "treasury", "status")), &ts); err != nil || ts.Owed != "0" || ts.Balance != end.String() {
		t.Fatalf("status after the sweep: %+v %v", ts, err)
	}

	// A second sweep moves nothing and sends nothing.
	out := mustPoa(t, dir, "treasury", "sweep")
	if !strings.Contains(out, "nothing owed") {
		t.Fatalf("second sweep:\n%s", out)
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "treasury", "sweep")), &sw); err != nil {
		t.Fatal(err)
	}
	if sw.Sent || sw.Swept != "0" || sw.BalanceAfter != end.String() {
		t.Fatalf("second sweep: %+v", sw)
	}
	if got := treasuryBalance(t, dir, &dep); got.Cmp(end) != 0 {
		t.Fatalf("second sweep moved the treasury's balance %s -> %s", end, got)
	}

	// --from names the embedded chain's dev accounts.
	if _, stderr, code := runPoa(t, dir, "treasury", "sweep", "--from", "nobody"); code == 0 || !strings.Contains(stderr, "--from") {
		t.Fatalf("sweep --from nobody: exit %d, %q", code, stderr)
	}
}

// TestTreasuryCLIRPC sweeps over JSON-RPC with a key file: a dev node, the signing key
// deploys, posts and sweeps, and the treasury's balance, read by the test over its own
// connection, grows by what the epoch owed it.
func TestTreasuryCLIRPC(t *testing.T) {
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
	keyFile := filepath.Join(dir, "key.hex")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(key))), 0o600); err != nil {
		t.Fatal(err)
	}
	rpc := []string{"--rpc", n.URL, "--key-file", keyFile}
	run := func(args ...string) string { t.Helper(); return mustPoa(t, dir, append(args, rpc...)...) }
	var dep contracts.Deployment
	if err := json.Unmarshal([]byte(run("--json", "chain", "up", "--verifier", "Groth16SplitVerifier8", "--challenge-window", "0s")), &dep); err != nil {
		t.Fatal(err)
	}
	ep := proveEpoch(t, dir)
	run("post", "--epoch", "1")
	owed := new(big.Int).Sub(mustBig(ep.Fee), mustBig(ep.OwnerFee))
	for _, c := range ep.Contributors {
		owed.Sub(owed, mustBig(c.Payout))
	}
	ctx := context.Background()
	c, err := contracts.Dial(ctx, n.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	before, err := contracts.BalanceOf(ctx, c, &dep, dep.Recipient)
	if err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runPoa(t, dir, append([]string{"treasury", "sweep", "--from", "spare"}, rpc...)...); code == 0 || !strings.Contains(stderr, "--from") {
		t.Fatalf("sweep --from with --rpc: exit %d, %q", code, stderr)
	}
	var sw treasurySweep
	if err := json.Unmarshal([]byte(run("--json", "treasury", "sweep")), &sw); err != nil {
		t.Fatal(err)
	}
	after, err := contracts.BalanceOf(ctx, c, &dep, dep.Recipient)
	if err != nil {
		t.Fatal(err)
	}
	if !sw.Sent || sw.Swept != owed.String() || new(big.Int).Sub(after, before).Cmp(owed) != 0 || sw.OwedAfter != "0" {
		t.Fatalf("sweep over RPC: %+v; treasury %s -> %s, want +%s", sw, before, after, owed)
	}
}

// treasuryBalance reads the treasury's OPEN balance from the data directory's embedded
// chain directly (no poa command is running, so the chain is free to open).
func treasuryBalance(t *testing.T, dir string, d *contracts.Deployment) *big.Int {
	t.Helper()
	ctx := context.Background()
	c, _, err := contracts.OpenEmbedded(ctx, filepath.Join(dir, "chain"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	b, err := contracts.BalanceOf(ctx, c, d, d.Recipient)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

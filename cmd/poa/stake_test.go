package main

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/api"
	"poa/contracts"
	"poa/settlement"
)

// TestStakeAndChallengeCLI runs the prover's side of the protocol through the CLI, one
// process per step, on the embedded chain: the poster's bond after chain up, a settled
// epoch's signed statement, an equivocation challenge built from it and a second
// statement the poster signed (slashed exactly half its bond, the challenger paid half
// of that, the epoch voided inside its window so its claims never open), bonding back
// up, unbonding with its delay, and a governance challenge that locks the deposit.
func TestStakeAndChallengeCLI(t *testing.T) {
	dir := t.TempDir()
	var dep contracts.Deployment
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "chain", "up", "--verifier", "Groth16SplitVerifier8")), &dep); err != nil {
		t.Fatal(err)
	}
	provers := func() api.ProtocolView {
		t.Helper()
		var v api.ProtocolView
		if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "provers")), &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	v := provers()
	if len(v.Provers) != 1 || v.Provers[0].Bonded != "10000000000000000000000" || !v.Provers[0].CanPost || v.Owner != dep.Timelock.Hex() {
		t.Fatalf("after chain up: %+v", v)
	}
	poster := v.Provers[0].Address

	ep := proveEpoch(t, dir)
	mustPoa(t, dir, "post", "--epoch", "1")
	var shown struct {
		Post *settlement.Posting `json:"post"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "epoch", "show", "1")), &shown); err != nil {
		t.Fatal(err)
	}
	if shown.Post == nil || shown.Post.Statement == nil || shown.Post.Statement.Root != shown.Post.Root {
		t.Fatalf("epoch 1 has no signed statement of its root: %+v", shown.Post)
	}
	a := filepath.Join(dir, "a.json")
	writeJSON(t, a, shown.Post.Statement)
	// The poster's key signs another root for epoch 1: equivocation.
	keys, err := os.ReadFile(filepath.Join(dir, "chain", "dev-keys"))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := hex.DecodeString(strings.Fields(string(keys))[1])
	posterKey, err := crypto.ToECDSA(raw)
	if err != nil || contracts.Address(posterKey).Hex() != poster {
		t.Fatalf("dev poster key: %v", err)
	}
	other, err := contracts.NewEpochStatement(posterKey, &dep, 1, common.Hash{0xbe, 0xef}, shown.Post.Statement.Commitment, shown.Post.Statement.Records)
	if err != nil {
		t.Fatal(err)
	}
	b := filepath.Join(dir, "b.json")
	writeJSON(t, b, other)
	// The same statement twice proves nothing; nothing moves.
	if _, errs, code := runPoa(t, dir, "challenge", "equivocation", a, a); code == 0 || !strings.Contains(errs, "SameStatement") {
		t.Fatalf("equivocation with one statement: exit %d, %s", code, errs)
	}
	mustPoa(t, dir, "challenge", "equivocation", a, b)
	v = provers()
	if v.Provers[0].Bonded != "5000000000000000000000" || v.Provers[0].CanPost {
		t.Fatalf("after the equivocation challenge: %+v", v.Provers)
	}
	if len(v.Epochs) != 1 || v.Epochs[0].Status != "voided" {
		t.Fatalf("epoch 1 after the challenge: %+v", v.Epochs)
	}
	// The voided epoch's claims never open, even after its window.
	mustPoa(t, dir, "chain", "advance", "25h")
	var cl claimResult
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "claim", "--address", ep.Contributors[0].Address)), &cl); err != nil {
		t.Fatal(err)
	}
	if len(cl.Claims) != 1 || !strings.Contains(cl.Claims[0].Skipped, "voided") || cl.Total != "0" {
		t.Fatalf("claim of a voided epoch: %+v", cl)
	}

	// Bond back up to post again; unbonding waits out the window.
	mustPoa(t, dir, "stake", "5000")
	if v = provers(); !v.Provers[0].CanPost {
		t.Fatalf("after staking again: %+v", v.Provers)
	}
	mustPoa(t, dir, "unstake", "1000")
	if _, errs, code := runPoa(t, dir, "unstake", "--withdraw"); code == 0 || !strings.Contains(errs, "reverted") {
		t.Fatalf("withdraw before the delay: exit %d, %s", code, errs)
	}
	mustPoa(t, dir, "chain", "advance", "25h")
	mustPoa(t, dir, "unstake", "--withdraw")
	if v = provers(); v.Provers[0].Bonded != "9000000000000000000000" || v.Provers[0].Unbonding != "0" {
		t.Fatalf("after unbonding 1000: %+v", v.Provers)
	}

	// A governance challenge locks the deposit and shows up for voters.
	ev := filepath.Join(dir, "evidence.json")
	os.WriteFile(ev, []byte(`{"claim": "the query sketch does not recompute"}`), 0o600)
	var opened struct {
		ID uint64 `json:"id"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "challenge", "open", "--prover", poster, "--evidence", ev, "--from", "owner")), &opened); err != nil {
		t.Fatal(err)
	}
	if v = provers(); len(v.Challenges) != 1 || v.Challenges[0].Status != "open" || v.Challenges[0].Prover != poster {
		t.Fatalf("challenges: %+v", v.Challenges)
	}
}

func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestChallengeUnprovenCLI: an epoch settled with records whose scores were never
// attested is voided by poa challenge unproven, and its poster slashed; a record that is
// not the epoch's and a reordered --records list are refused before anything is sent.
func TestChallengeUnprovenCLI(t *testing.T) {
	dir := t.TempDir()
	mustPoa(t, dir, "chain", "up", "--verifier", "Groth16SplitVerifier8")
	ep := proveEpoch(t, dir)
	mustPoa(t, dir, "post", "--epoch", "1")
	if _, errs, code := runPoa(t, dir, "challenge", "unproven", "1", "--record", "nobody"); code == 0 || !strings.Contains(errs, "not one of epoch 1's 3 records") {
		t.Fatalf("challenge naming another record: exit %d, %s", code, errs)
	}
	reordered := filepath.Join(dir, "records.json")
	writeJSON(t, reordered, []string{ep.Records[1], ep.Records[0], ep.Records[2]})
	if _, errs, code := runPoa(t, dir, "challenge", "unproven", "1", "--records", reordered); code == 0 || !strings.Contains(errs, "wrong or reordered ids") {
		t.Fatalf("challenge with reordered records: exit %d, %s", code, errs)
	}
	inOrder := filepath.Join(dir, "in-order.json")
	writeJSON(t, inOrder, ep.Records)
	mustPoa(t, dir, "challenge", "unproven", "1", "--records", inOrder, "--from", "owner")
	var v api.ProtocolView
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "provers")), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Epochs) != 1 || v.Epochs[0].Status != "voided" || v.Provers[0].Bonded != "5000000000000000000000" {
		t.Fatalf("after the challenge: epochs %+v, provers %+v", v.Epochs, v.Provers)
	}
	if _, errs, code := runPoa(t, dir, "challenge", "unproven", "1"); code == 0 || !strings.Contains(errs, "NotVoidable") {
		t.Fatalf("second challenge: exit %d, %s", code, errs)
	}
}

// TestDemoAttestsScores: poa demo --attest-scores proves and posts every record's scores
// before settling, so that the epoch cannot be voided as unproven. It sets up the score
// keys of the committed 64-row shape (minutes on 2 cores), so it runs without -short only.
func TestDemoAttestsScores(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up score-proof keys (minutes): run without -short")
	}
	dir := t.TempDir()
	var sum struct {
		Epoch          uint64 `json:"epoch"`
		Records        int    `json:"records"`
		ScoresAttested int    `json:"scores_attested"`
		ScoresProven   bool   `json:"scores_proven"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--quiet", "--json", "demo", "--quick", "--attest-scores")), &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Records == 0 || sum.ScoresAttested != sum.Records || !sum.ScoresProven {
		t.Fatalf("demo epoch %d: %d of %d records attested, scores proven %v", sum.Epoch, sum.ScoresAttested, sum.Records, sum.ScoresProven)
	}
	if _, errs, code := runPoa(t, dir, "challenge", "unproven", strconv.FormatUint(sum.Epoch, 10)); code == 0 || !strings.Contains(errs, "attested: nothing to challenge") {
		t.Fatalf("challenge of a fully attested epoch: exit %d, %s", code, errs)
	}
}

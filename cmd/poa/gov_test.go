package main

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"poa/contracts"
)

// TestGovCLI runs the governance lifecycle through the binary on the embedded chain, one
// process per step: hand the Settlement over, propose accepting it and a new remainder
// recipient, vote, queue and execute, moving the virtual clock with poa gov advance.
func TestGovCLI(t *testing.T) {
	dir := t.TempDir()
	var dep contracts.Deployment
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "chain", "up", "--verifier", "FixtureGroth16Verifier")), &dep); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "gov", "deploy")), &dep); err != nil {
		t.Fatal(err)
	}
	if dep.Governor == (common.Address{}) || dep.Timelock == (common.Address{}) || dep.GOPEN == (common.Address{}) {
		t.Fatalf("gov deploy: %+v", dep)
	}
	if out := mustPoa(t, dir, "gov", "deploy"); !strings.Contains(out, "already") {
		t.Errorf("second gov deploy: %s", out)
	}

	type status struct {
		Status struct {
			Params struct {
				VotingDelay uint64 `json:"voting_delay_s"`
				Threshold   string `json:"proposal_threshold"`
				Quorum      uint64 `json:"quorum_percent"`
			} `json:"params"`
			Owner   common.Address `json:"settlement_owner"`
			Pending common.Address `json:"settlement_pending_owner"`
			Account struct {
				Votes string `json:"votes"`
			} `json:"account"`
		} `json:"status"`
		Proposals []struct {
			ID    string `json:"id"`
			State string `json:"state"`
			For   string `json:"for"`
		} `json:"proposals"`
	}
	readStatus := func() status {
		var s status
		if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "gov", "status")), &s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := readStatus()
	if s.Status.Params.VotingDelay != 86_400 || s.Status.Params.Threshold != "10000000000000000000000" || s.Status.Params.Quorum != 5 {
		t.Fatalf("default params: %+v", s.Status.Params)
	}

	// poa chain up already wrapped and delegated the dev owner's first votes.
	before, ok := new(big.Int).SetString(s.Status.Account.Votes, 10)
	if !ok {
		t.Fatalf("votes %q", s.Status.Account.Votes)
	}
	mustPoa(t, dir, "gov", "delegate", "--wrap", "100000")
	want := new(big.Int).Add(before, new(big.Int).Mul(big.NewInt(100000), big.NewInt(1e18)))
	if s = readStatus(); s.Status.Account.Votes != want.String() {
		t.Fatalf("votes after delegate --wrap: %q, want %s", s.Status.Account.Votes, want)
	}
	sets := []string{"--set", "remainder-recipient=0x000000000000000000000000000000000000dEaD"}
	if s.Status.Owner != dep.Timelock && s.Status.Pending != dep.Timelock {
		mustPoa(t, dir, "gov", "handover")
	}
	if s.Status.Owner != dep.Timelock {
		sets = append([]string{"--set", "accept-ownership"}, sets...)
	}

	// A value the registry refuses sends nothing.
	if _, errs, code := runPoa(t, dir, "gov", "propose", "--set", "remainder-recipient=0x1234", "--description", "bad"); code == 0 || !strings.Contains(errs, "40 hex digits") {
		t.Fatalf("bad address: exit %d, %s", code, errs)
	}
	if _, errs, code := runPoa(t, dir, "gov", "propose", "--set", "no-such=1", "--description", "bad"); code == 0 || !strings.Contains(errs, "unknown parameter") {
		t.Fatalf("unknown parameter: exit %d, %s", code, errs)
	}

	var prop struct {
		ID string `json:"proposal_id"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, append([]string{"--json", "gov", "propose", "--description", "governance takes the Settlement"}, sets...)...)), &prop); err != nil {
		t.Fatal(err)
	}
	if _, errs, code := runPoa(t, dir, "gov", "vote", prop.ID, "for"); code == 0 || !strings.Contains(errs, "Pending") {
		t.Fatalf("vote during the delay: exit %d, %s", code, errs)
	}
	mustPoa(t, dir, "gov", "advance", "1d")
	mustPoa(t, dir, "gov", "vote", prop.ID, "for", "--reason", "yes")
	mustPoa(t, dir, "gov", "advance", "1w")
	mustPoa(t, dir, "gov", "queue", prop.ID)
	if _, errs, code := runPoa(t, dir, "gov", "execute", prop.ID); code == 0 || !strings.Contains(errs, "TimelockUnexpectedOperationState") {
		t.Fatalf("execute before the timelock delay: exit %d, %s", code, errs)
	}
	mustPoa(t, dir, "gov", "advance", "24h")
	mustPoa(t, dir, "gov", "execute", prop.ID)

	s = readStatus()
	if s.Status.Owner != dep.Timelock || len(s.Proposals) != 1 || s.Proposals[0].State != "Executed" || s.Proposals[0].For != want.String() {
		t.Fatalf("after execute: %+v", s)
	}
	if out := mustPoa(t, dir, "gov", "status"); !strings.Contains(out, "Executed") || !strings.Contains(out, "setRemainderRecipient(0x000000000000000000000000000000000000dEaD)") {
		t.Errorf("status text:\n%s", out)
	}
	if _, errs, code := runPoa(t, dir, "gov", "advance", "1d", "--rpc", "http://127.0.0.1:1"); code == 0 || !strings.Contains(errs, "embedded") {
		t.Fatalf("advance --rpc: exit %d, %s", code, errs)
	}
}

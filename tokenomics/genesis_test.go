package tokenomics

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestDefaultGenesis(t *testing.T) {
	g := Default()
	want := map[string]struct{ bps, tge, cliff, vest int }{
		"ecosystem":     {4516, 0, 0, 48},
		"ecosystem_tge": {1655, 10000, 0, 0},
		"team":          {1500, 0, 12, 36},
		"investors":     {1829, 0, 12, 36},
		"liquidity":     {500, 10000, 0, 0},
	}
	if len(g.Token.Allocations) != len(want) {
		t.Fatalf("%d allocations, want %d", len(g.Token.Allocations), len(want))
	}
	sum, tge := new(big.Int), new(big.Int)
	groups := map[string]int{}
	for _, a := range g.Token.Allocations {
		w, ok := want[a.Name]
		if !ok || a.BPS != w.bps || a.TGEBPS != w.tge || a.CliffMonths != w.cliff || a.VestingMonths != w.vest {
			t.Errorf("allocation %+v, want %+v", a, w)
		}
		if a.Beneficiary != Deployer {
			t.Errorf("%s: beneficiary %q, want %q", a.Name, a.Beneficiary, Deployer)
		}
		sum.Add(sum, a.Amount())
		tge.Add(tge, a.TGEAmount())
		groups[a.Group] += a.BPS
	}
	if sum.Cmp(Supply()) != 0 {
		t.Errorf("allocations add up to %s, want the supply %s", sum, Supply())
	}
	// 21.55% of 10^9 OPEN, exactly.
	if want := TokenUnits(215_500_000).Units(); tge.Cmp(want) != 0 {
		t.Errorf("TGE circulating %s, want %s", FormatTokens(tge), FormatTokens(want))
	}
	// The published groups.
	for grp, bps := range map[string]int{"ecosystem & community": 6171, "team": 1500, "investors": 1829, "liquidity": 500} {
		if groups[grp] != bps {
			t.Errorf("group %q: %d bps, want %d", grp, groups[grp], bps)
		}
	}
	gv := g.Governance
	if gv.VotingDelay.Duration() != 24*time.Hour || gv.VotingPeriod.Duration() != 7*24*time.Hour ||
		gv.ProposalThreshold.Units().Cmp(TokenUnits(10_000).Units()) != 0 || gv.QuorumPercent != 5 || gv.TimelockDelay.Seconds() != 86400 {
		t.Errorf("governance %+v", gv)
	}
	s := g.Settlement
	if s.OwnerBPS != 1000 || s.ProtocolBPS != 1000 || s.DataBPS != 8000 || s.SlashBPS != 5000 || s.ChallengerBPS != 5000 ||
		s.MinStake.String() != "10000" || s.ChallengeDeposit.String() != "1000" || s.ChallengeWindow.Seconds() != 86400 || s.EpochLength.Seconds() != 0 {
		t.Errorf("settlement %+v", s)
	}
}

// A single 61.71% ecosystem allocation cannot put exactly 16.55% of the supply in
// circulation at TGE with an integer tge_bps; hence the split default.
func TestSingleEcosystemAllocationMissesTGE(t *testing.T) {
	want := TokenUnits(165_500_000).Units()
	for _, tgeBPS := range []int{2681, 2682} {
		a := Allocation{BPS: 6171, TGEBPS: tgeBPS}
		if a.TGEAmount().Cmp(want) == 0 {
			t.Errorf("tge_bps %d hits 16.55%% exactly", tgeBPS)
		}
	}
}

// The JSON round trip keeps every value, and what `poa token genesis` prints parses.
func TestGenesisRoundTrip(t *testing.T) {
	g := Default()
	b, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	g2, err := Parse(b)
	if err != nil {
		t.Fatalf("parse marshaled default: %v\n%s", err, b)
	}
	b2, _ := json.Marshal(g2)
	if string(b) != string(b2) {
		t.Errorf("round trip changed the genesis:\n%s\n%s", b, b2)
	}
	if !strings.Contains(string(b), `"voting_period":"168h"`) || !strings.Contains(string(b), `"min_stake":"10000"`) {
		t.Errorf("durations or amounts not written as strings: %s", b)
	}
}

// mutate returns the default genesis JSON with f applied to its decoded form.
func mutate(t *testing.T, f func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(DefaultJSON(), &m); err != nil {
		t.Fatal(err)
	}
	f(m)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func alloc(m map[string]any, i int) map[string]any {
	return m["token"].(map[string]any)["allocations"].([]any)[i].(map[string]any)
}

func TestGenesisValidation(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    func(m map[string]any)
		want []string // substrings of the error
	}{
		{"bps-sum", func(m map[string]any) { alloc(m, 2)["bps"] = 1499 }, []string{"allocations add up to 9999 bps (99.99%), not 10000"}},
		{"bps-zero", func(m map[string]any) { alloc(m, 2)["bps"] = 0 }, []string{`allocation "team": bps 0`}},
		{"tge-over", func(m map[string]any) { alloc(m, 0)["tge_bps"] = 10001 }, []string{`allocation "ecosystem": tge_bps 10001: want 0..10000`}},
		{"bad-address", func(m map[string]any) { alloc(m, 2)["beneficiary"] = "0x1234" }, []string{`allocation "team": beneficiary "0x1234"`}},
		{"bad-checksum", func(m map[string]any) { alloc(m, 2)["beneficiary"] = "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" }, []string{"bad EIP-55 checksum"}},
		{"zero-address", func(m map[string]any) { alloc(m, 3)["beneficiary"] = "0x0000000000000000000000000000000000000000" }, []string{`allocation "investors"`, "the zero address"}},
		{"cliff-no-vesting", func(m map[string]any) { alloc(m, 4)["cliff_months"] = 6 }, []string{`allocation "liquidity": cliff_months 6 with vesting_months 0`}},
		{"never-vests", func(m map[string]any) { alloc(m, 4)["tge_bps"] = 5000 }, []string{`allocation "liquidity": vesting_months 0 with tge_bps 5000`}},
		{"nothing-to-vest", func(m map[string]any) { alloc(m, 0)["tge_bps"] = 10000 }, []string{`allocation "ecosystem": tge_bps 10000 unlocks everything`}},
		{"months-range", func(m map[string]any) { alloc(m, 2)["vesting_months"] = 1201 }, []string{`allocation "team": vesting_months 1201: want 0..1200`}},
		{"months-negative", func(m map[string]any) { alloc(m, 2)["cliff_months"] = -1 }, []string{`allocation "team": cliff_months -1`}},
		{"duplicate", func(m map[string]any) { alloc(m, 3)["name"] = "team" }, []string{`allocation "team": name used twice`}},
		{"bad-name", func(m map[string]any) { alloc(m, 3)["name"] = "two words" }, []string{`name "two words"`}},
		{"version", func(m map[string]any) { m["version"] = 2 }, []string{"version 2"}},
		{"unknown-field", func(m map[string]any) { alloc(m, 0)["cliff_days"] = 3 }, []string{`unknown field "cliff_days"`}},
		{"quorum", func(m map[string]any) { m["governance"].(map[string]any)["quorum_percent"] = 0 }, []string{"governance.quorum_percent 0"}},
		{"voting-period", func(m map[string]any) { m["governance"].(map[string]any)["voting_period"] = "0s" }, []string{"governance.voting_period: must be positive"}},
		{"duration-fraction", func(m map[string]any) { m["governance"].(map[string]any)["voting_delay"] = "1.5s" }, []string{"not a whole number of seconds"}},
		{"duration-word", func(m map[string]any) { m["governance"].(map[string]any)["voting_delay"] = "1 day" }, []string{`duration "1 day"`}},
		{"tokens", func(m map[string]any) { m["governance"].(map[string]any)["proposal_threshold"] = "-5" }, []string{`amount "-5"`}},
		{"split", func(m map[string]any) { m["settlement"].(map[string]any)["data_bps"] = 7000 }, []string{"owner_bps + protocol_bps + data_bps = 9000"}},
		{"slash", func(m map[string]any) { m["settlement"].(map[string]any)["slash_bps"] = 10001 }, []string{"settlement.slash_bps 10001"}},
		{"several", func(m map[string]any) {
			alloc(m, 2)["tge_bps"] = 20000
			m["settlement"].(map[string]any)["challenge_window"] = 0
		}, []string{`allocation "team": tge_bps 20000`, "settlement.challenge_window: must be positive"}},
	} {
		t.Run("case="+tc.name, func(t *testing.T) {
			_, err := Parse(mutate(t, tc.f))
			if !errors.Is(err, ErrGenesis) {
				t.Fatalf("err = %v, want ErrGenesis", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestGenesisAccepts(t *testing.T) {
	addr := "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" // EIP-55's own example
	b := mutate(t, func(m map[string]any) {
		alloc(m, 2)["beneficiary"] = addr
		alloc(m, 3)["beneficiary"] = strings.ToLower(addr)
		m["governance"].(map[string]any)["voting_delay"] = 3600      // seconds
		m["governance"].(map[string]any)["proposal_threshold"] = 0.5 // a JSON number
	})
	g, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if got := g.Token.Allocations[2].BeneficiaryAddress(common.Address{}); got.Hex() != addr {
		t.Errorf("beneficiary %s, want %s", got.Hex(), addr)
	}
	if got := g.Token.Allocations[0].BeneficiaryAddress(common.Address{7}); got != (common.Address{7}) {
		t.Errorf("deployer resolved to %s", got.Hex())
	}
	if g.Governance.VotingDelay.Duration() != time.Hour || g.Governance.VotingDelay.String() != "1h" {
		t.Errorf("voting delay %v", g.Governance.VotingDelay)
	}
	if got := g.Governance.ProposalThreshold.Units(); got.Cmp(big.NewInt(5e17)) != 0 {
		t.Errorf("threshold %s base units, want 5e17", got)
	}
}

func TestTokens(t *testing.T) {
	for _, tc := range []struct{ in, units, out string }{
		{"0", "0", "0"}, {"1", "1000000000000000000", "1"}, {"10000", "10000000000000000000000", "10000"},
		{"0.5", "500000000000000000", "0.5"}, {"1.000000000000000001", "1000000000000000001", "1.000000000000000001"},
	} {
		u, err := ParseTokens(tc.in)
		if err != nil || u.String() != tc.units || FormatTokens(u) != tc.out {
			t.Errorf("ParseTokens(%q) = %v, %v (formats %q); want %s, %q", tc.in, u, err, FormatTokens(u), tc.units, tc.out)
		}
	}
	for _, bad := range []string{"", ".5", "5.", "1e3", "-1", "+1", "1.0000000000000000001", "1,000"} {
		if _, err := ParseTokens(bad); err == nil {
			t.Errorf("ParseTokens(%q) succeeded", bad)
		}
	}
}

func TestDuration(t *testing.T) {
	for _, tc := range []struct {
		in   string
		secs uint64
		str  string
	}{{`"24h"`, 86400, "24h"}, {`"168h"`, 604800, "168h"}, {`"90m"`, 5400, "1h30m"}, {`"0s"`, 0, "0s"}, {`86400`, 86400, "24h"}, {`"45s"`, 45, "45s"}} {
		var d Duration
		if err := json.Unmarshal([]byte(tc.in), &d); err != nil || d.Seconds() != tc.secs || d.String() != tc.str {
			t.Errorf("%s: %v, %d s, %q; want %d s, %q", tc.in, err, d.Seconds(), d.String(), tc.secs, tc.str)
		}
	}
	for _, bad := range []string{`"-1h"`, `-5`, `1.5`, `"1.5s"`, `"1d"`, `true`} {
		var d Duration
		if err := json.Unmarshal([]byte(bad), &d); err == nil {
			t.Errorf("%s accepted as %v", bad, d)
		}
	}
}

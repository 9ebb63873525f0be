package governance

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"poa/contracts"
	"poa/contracts/bindings"
)

func TestParseDuration(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"3600", time.Hour, true}, {"24h", Day, true}, {"7d", 7 * Day, true}, {"2w", 14 * Day, true},
		{"1d12h", 36 * time.Hour, true}, {"90m", 90 * time.Minute, true}, {"0", 0, true},
		{"", 0, false}, {"-1", 0, false}, {"1.5h", 0, false}, {"1y", 0, false}, {"d", 0, false}, {"1d x", 0, false},
		{"1000000000w", 0, false}, {"15000w15000w", 0, false},
	} {
		got, err := ParseDuration(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
		if err != nil && !errors.Is(err, ErrValue) {
			t.Errorf("ParseDuration(%q): %v is not an ErrValue", tc.in, err)
		}
	}
}

func TestParseAmount(t *testing.T) {
	for _, tc := range []struct {
		in, want string // want "" for an error
	}{
		{"10000", "10000000000000000000000"}, {"0.5", "500000000000000000"}, {"1_000 OPEN", "1000000000000000000000"},
		{"2GOPEN", "2000000000000000000"}, {"1000wei", "1000"}, {".25", "250000000000000000"}, {"0", "0"},
		{"1.0000000000000000001", ""}, {"-1", ""}, {"abc", ""}, {"", ""}, {"1e18", ""}, {"-5wei", ""},
	} {
		got, err := ParseAmount(tc.in)
		if tc.want == "" {
			if err == nil {
				t.Errorf("ParseAmount(%q) = %v, want an error", tc.in, got)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	if s := FormatAmount(GOPENUnits(10_000)); s != "10000" {
		t.Errorf("FormatAmount = %s", s)
	}
	if s := FormatAmount(big.NewInt(5e17)); s != "0.5" {
		t.Errorf("FormatAmount = %s", s)
	}
}

// TestSetCall: the registry's calldata is the binding's, and bad values are refused
// with the accepted form.
func TestSetCall(t *testing.T) {
	d := &contracts.Deployment{Settlement: common.HexToAddress("0x1"), Governor: common.HexToAddress("0x2"), Timelock: common.HexToAddress("0x3"),
		Completeness: common.HexToAddress("0x4")}
	st, gov, tl, cm := bindings.NewSettlement(), bindings.NewPoaGovernor(), bindings.NewPoaTimelock(), bindings.NewCompleteness()
	recipient := common.HexToAddress("0x00000000000000000000000000000000000dEaD2")
	for _, tc := range []struct {
		set    string
		target common.Address
		want   []byte
	}{
		{"remainder-recipient=" + recipient.Hex(), d.Settlement, st.PackSetRemainderRecipient(recipient)},
		{"remainder-recipient=" + strings.ToLower(recipient.Hex()), d.Settlement, st.PackSetRemainderRecipient(recipient)},
		{"accept-ownership", d.Settlement, st.PackAcceptOwnership()},
		{"verifier=" + recipient.Hex() + "/plonk", d.Settlement, st.PackSetVerifier(recipient, 1)},
		{"attributed-verifier=" + recipient.Hex() + "/true", d.Settlement, st.PackSetAttributedVerifier(recipient, true)},
		{"attributed-verifier=" + recipient.Hex() + "/false", d.Settlement, st.PackSetAttributedVerifier(recipient, false)},
		{"scan-verifier=" + recipient.Hex() + "/true", d.Completeness, cm.PackSetScanVerifier(recipient, true)},
		{"accept-completeness-ownership", d.Completeness, cm.PackAcceptOwnership()},
		{"voting-delay=2d", d.Governor, gov.PackSetVotingDelay(big.NewInt(172_800))},
		{"voting-period=1w", d.Governor, gov.PackSetVotingPeriod(604_800)},
		{"proposal-threshold=100", d.Governor, gov.PackSetProposalThreshold(GOPENUnits(100))},
		{"quorum=25%", d.Governor, gov.PackUpdateQuorumNumerator(big.NewInt(25))},
		{"timelock-delay=12h", d.Timelock, tl.PackUpdateDelay(big.NewInt(43_200))},
	} {
		c, err := SetCall(d, tc.set)
		if err != nil {
			t.Errorf("%s: %v", tc.set, err)
			continue
		}
		if c.Target != tc.target || string(c.Data) != string(tc.want) || c.Value.Sign() != 0 || c.Label == "" {
			t.Errorf("%s: call %+v, want target %s data %x", tc.set, c, tc.target.Hex(), tc.want)
		}
	}
	for _, tc := range []struct {
		set  string
		want error
		text string
	}{
		{"no-such=1", ErrUnknownParameter, "this build knows"},
		{"remainder-recipient=0x1234", ErrValue, "40 hex digits"},
		{"remainder-recipient=0x00000000000000000000000000000000000DEAd2", ErrValue, "checksum"},
		{"remainder-recipient=0x0000000000000000000000000000000000000000", ErrValue, "zero address"},
		{"remainder-recipient", ErrValue, "usage: remainder-recipient=ADDRESS"},
		{"accept-ownership=1", ErrValue, "takes 0 value"},
		{"verifier=" + recipient.Hex() + "/snark", ErrValue, "groth16 or plonk"},
		{"voting-delay=soon", ErrValue, "24h"},
		{"voting-period=8000w", ErrValue, "does not fit a uint32"},
		{"quorum=101", ErrValue, "0..100"},
		{"proposal-threshold=0.0000000000000000001", ErrValue, "18 decimals"},
	} {
		_, err := SetCall(d, tc.set)
		if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.text) {
			t.Errorf("%s: %v, want %v mentioning %q", tc.set, err, tc.want, tc.text)
		}
	}
	// The Settlement's newer setters, when this build has them.
	has := map[string]bool{}
	for _, p := range Parameters() {
		has[p.Name] = true
	}
	if has["fee-rule"] {
		if c, err := SetCall(d, "fee-rule=1000/1000/8000"); err != nil || string(c.Data) != string(st.PackSetFeeRule(1000, 1000, 8000)) {
			t.Errorf("fee-rule: %v %x", err, c.Data)
		}
		if _, err := SetCall(d, "fee-rule=1000/1000/7000"); !errors.Is(err, ErrValue) || !strings.Contains(err.Error(), "sum to 9000") {
			t.Errorf("fee-rule summing to 9000: %v", err)
		}
		if _, err := SetCall(d, "fee-rule=10%/10%/80%"); err != nil {
			t.Errorf("fee-rule in percent: %v", err)
		}
	}
	if has["min-stake"] {
		if _, err := SetCall(d, "min-stake=0"); !errors.Is(err, ErrValue) {
			t.Errorf("min-stake=0: %v", err)
		}
	}
	if has["challenge-window"] {
		if c, err := SetCall(d, "challenge-window=24h"); err != nil || !strings.Contains(c.Label, "setChallengeWindow(86400)") {
			t.Errorf("challenge-window: %v %q", err, c.Label)
		}
	}
}

func TestParamsJSON(t *testing.T) {
	p := DefaultParams()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	b, err := p.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"voting_delay_s":86400,"voting_period_s":604800,"proposal_threshold":"10000000000000000000000","quorum_percent":5,"timelock_delay_s":86400}`; string(b) != want {
		t.Fatalf("json %s, want %s", b, want)
	}
	var q Params
	if err := q.UnmarshalJSON(b); err != nil || q.VotingDelay != p.VotingDelay || q.ProposalThreshold.Cmp(p.ProposalThreshold) != 0 || q.TimelockDelay != p.TimelockDelay {
		t.Fatalf("round trip: %+v %v", q, err)
	}
	for _, bad := range []Params{
		{VotingPeriod: 0, ProposalThreshold: new(big.Int)},
		{VotingPeriod: time.Hour, ProposalThreshold: big.NewInt(-1)},
		{VotingPeriod: time.Hour, ProposalThreshold: new(big.Int), QuorumPercent: 101},
		{VotingPeriod: time.Hour + time.Millisecond, ProposalThreshold: new(big.Int)},
		{VotingDelay: -time.Second, VotingPeriod: time.Hour, ProposalThreshold: new(big.Int)},
	} {
		if err := bad.Validate(); !errors.Is(err, ErrParams) {
			t.Errorf("%+v: %v, want ErrParams", bad, err)
		}
	}
}

package governance

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"poa/contracts"
)

// FuzzSetCall: no assignment panics SetCall; an accepted one targets one of the
// deployment's governed contracts with calldata that starts with a selector.
func FuzzSetCall(f *testing.F) {
	for _, s := range []string{"fee-rule=1000/1000/8000", "min-stake=10000", "challenge-window=24h", "epoch-length=0",
		"slashing=5000/5000", "challenge-deposit=1000", "resolve-challenge=1/true", "accept-ownership",
		"remainder-recipient=0x000000000000000000000000000000000000dEaD", "voting-delay=1d", "quorum=5",
		"proposal-threshold=10000", "timelock-delay=2d", "fee-rule=1/2", "min-stake=-1", "=", ""} {
		f.Add(s)
	}
	d := &contracts.Deployment{Settlement: common.HexToAddress("0x01"), Governor: common.HexToAddress("0x02"),
		Timelock: common.HexToAddress("0x03"), GOPEN: common.HexToAddress("0x04")}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := SetCall(d, s)
		if err != nil {
			return
		}
		if c.Target != d.Settlement && c.Target != d.Governor && c.Target != d.Timelock {
			t.Fatalf("%q targets %s", s, c.Target.Hex())
		}
		if len(c.Data) < 4 {
			t.Fatalf("%q: calldata %x has no selector", s, c.Data)
		}
	})
}

// FuzzParseAmount: no input panics ParseAmount; an accepted amount formats back to
// itself.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"10000", "0.5", "1_000", "1000wei", "2.5 OPEN", "1 GOPEN", "0.000000000000000001", "-1", "1e3", "."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseAmount(s)
		if err != nil {
			return
		}
		if v.Sign() < 0 {
			t.Fatalf("%q parsed negative: %v", s, v)
		}
		back, err := ParseAmount(FormatAmount(v))
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("%q = %v formats as %q, parsed back %v, %v", s, v, FormatAmount(v), back, err)
		}
	})
}

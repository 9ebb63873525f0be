package tokenomics

import (
	"encoding/json"
	"testing"
)

// FuzzParseGenesis: no input panics Parse; an accepted genesis validates, its allocations
// sum to the supply, its schedule never exceeds the supply, and it survives a JSON round
// trip unchanged.
func FuzzParseGenesis(f *testing.F) {
	f.Add(DefaultJSON())
	f.Add([]byte(`{"version":1}`))
	f.Add([]byte(`{"version":1,"token":{"allocations":[{"name":"a","beneficiary":"deployer","bps":10000,"tge_bps":10000,"cliff_months":0,"vesting_months":0}]}}`))
	f.Add([]byte(`{"version":1,"token":{"allocations":[{"name":"a","beneficiary":"0x0000000000000000000000000000000000000001","bps":10000,"tge_bps":0,"cliff_months":1200,"vesting_months":1}]}}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Parse(data)
		if err != nil {
			return
		}
		if err := g.Validate(); err != nil {
			t.Fatalf("Parse accepted a genesis Validate refuses: %v", err)
		}
		months := min(g.FullyVested(), 240)
		for _, m := range Schedule(g, months) {
			if m.Circulating.Cmp(Supply()) > 0 {
				t.Fatalf("month %d: circulating %v over the supply", m.Month, m.Circulating)
			}
		}
		b, err := json.Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		g2, err := Parse(b)
		if err != nil {
			t.Fatalf("re-parse of a marshalled genesis: %v\n%s", err, b)
		}
		b2, _ := json.Marshal(g2)
		if string(b) != string(b2) {
			t.Fatalf("round trip changed the genesis:\n%s\n%s", b, b2)
		}
	})
}

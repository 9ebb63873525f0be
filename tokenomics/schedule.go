package tokenomics

import (
	"encoding/json"
	"math/big"
)

// MonthSeconds is the length of a vesting month: a twelfth of a Julian year of 365.25
// days, 2,629,746 s, so that 12 months are exactly 365.25 days and 48 months exactly
// 1461 days. The vesting wallets are linear in seconds; a genesis's month counts become
// their start and duration through this constant, in Go and on-chain alike.
const MonthSeconds uint64 = 2_629_746

// vestingSchedule is OpenZeppelin's VestingWallet._vestingSchedule for a wallet starting
// at start with duration, at timestamp t (all in the same clock): 0 before start, total
// at or after start + duration, total × (t − start) / duration between (integer
// division, rounding down).
func vestingSchedule(total *big.Int, start, duration, t int64) *big.Int {
	switch {
	case t < start:
		return new(big.Int)
	case t >= start+duration:
		return new(big.Int).Set(total)
	}
	v := new(big.Int).Mul(total, big.NewInt(t-start))
	return v.Quo(v, big.NewInt(duration))
}

// VaultVestedAt is what the allocation's vesting wallet has vested sinceTGE seconds after
// TGE (negative: before it): exactly VestingWallet.vestedAmount(token, TGE + sinceTGE)
// for a wallet holding VaultAmount, started at TGE + VaultStart with VaultDuration.
func (a Allocation) VaultVestedAt(sinceTGE int64) *big.Int {
	return vestingSchedule(a.VaultAmount(), int64(a.VaultStart()), int64(a.VaultDuration()), sinceTGE)
}

// UnlockedAt is the allocation's unlocked amount sinceTGE seconds after TGE: 0 before
// TGE, then TGEAmount plus VaultVestedAt.
func (a Allocation) UnlockedAt(sinceTGE int64) *big.Int {
	if sinceTGE < 0 {
		return new(big.Int)
	}
	return new(big.Int).Add(a.TGEAmount(), a.VaultVestedAt(sinceTGE))
}

// VestedAt is the unlocked amount (base units) of the allocation called name, sinceTGE
// seconds after TGE: Allocation.UnlockedAt. An unknown name is an error wrapping
// ErrUnknownAllocation.
func VestedAt(g *Genesis, name string, sinceTGE int64) (*big.Int, error) {
	a, err := g.Allocation(name)
	if err != nil {
		return nil, err
	}
	return a.UnlockedAt(sinceTGE), nil
}

// FullyVested is the first month (counted from TGE) at whose start every allocation is
// fully unlocked: the largest cliff_months + vesting_months.
func (g *Genesis) FullyVested() int {
	m := 0
	for _, a := range g.Token.Allocations {
		m = max(m, a.CliffMonths+a.VestingMonths)
	}
	return m
}

// Month is one row of the unlock schedule: the amounts unlocked Month × MonthSeconds
// after TGE (month 0 is TGE itself).
type Month struct {
	Month   int   `json:"month"`
	Seconds int64 `json:"seconds"` // after TGE
	// Unlocked is each allocation's unlocked amount in base units, in the genesis's
	// order; Circulating is their sum and Percent its share of the supply.
	Unlocked    []*big.Int `json:"unlocked"`
	Circulating *big.Int   `json:"circulating"`
	Percent     float64    `json:"percent"`
}

// MarshalJSON writes the amounts as decimal strings of base units (JSON numbers would
// lose their precision in most readers).
func (m Month) MarshalJSON() ([]byte, error) {
	un := make([]string, len(m.Unlocked))
	for i, u := range m.Unlocked {
		un[i] = u.String()
	}
	return json.Marshal(struct {
		Month       int      `json:"month"`
		Seconds     int64    `json:"seconds"`
		Unlocked    []string `json:"unlocked"`
		Circulating string   `json:"circulating"`
		Percent     float64  `json:"percent"`
	}{m.Month, m.Seconds, un, m.Circulating.String(), m.Percent})
}

// Schedule is the unlock schedule for months 0 (TGE) through months: months+1 rows, in
// exact integer arithmetic (each allocation's amount is UnlockedAt). Cost O(months ×
// allocations).
func Schedule(g *Genesis, months int) []Month {
	out := make([]Month, 0, max(months+1, 0))
	supply := Supply()
	for m := 0; m <= months; m++ {
		t := int64(m) * int64(MonthSeconds)
		row := Month{Month: m, Seconds: t, Unlocked: make([]*big.Int, len(g.Token.Allocations)), Circulating: new(big.Int)}
		for i, a := range g.Token.Allocations {
			row.Unlocked[i] = a.UnlockedAt(t)
			row.Circulating.Add(row.Circulating, row.Unlocked[i])
		}
		row.Percent = percent(row.Circulating, supply)
		out = append(out, row)
	}
	return out
}

// percent is 100 × v / of as the nearest float64.
func percent(v, of *big.Int) float64 {
	f, _ := new(big.Rat).SetFrac(new(big.Int).Mul(v, big.NewInt(100)), of).Float64()
	return f
}

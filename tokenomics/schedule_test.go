package tokenomics

import (
	"errors"
	"math/big"
	"testing"
)

// refUnlocked is the slow, obvious reference for UnlockedAt: the allocation's amount in
// whole percent-of-bps steps, with the vesting fraction as an exact rational rounded
// down, written without the package's helpers.
func refUnlocked(a Allocation, sinceTGE int64) *big.Int {
	if sinceTGE < 0 {
		return new(big.Int)
	}
	total := new(big.Rat).SetFrac(new(big.Int).Mul(Supply(), big.NewInt(int64(a.BPS))), big.NewInt(10000))
	tge := new(big.Rat).Mul(total, big.NewRat(int64(a.TGEBPS), 10000))
	rest := new(big.Rat).Sub(total, tge)
	start := int64(a.CliffMonths) * 2_629_746
	dur := int64(a.VestingMonths) * 2_629_746
	var frac *big.Rat
	switch {
	case sinceTGE < start:
		frac = new(big.Rat)
	case sinceTGE >= start+dur:
		frac = big.NewRat(1, 1)
	default:
		frac = big.NewRat(sinceTGE-start, dur)
	}
	vested := new(big.Rat).Mul(rest, frac)
	floor := new(big.Int).Quo(vested.Num(), vested.Denom())
	return new(big.Int).Add(floor, new(big.Int).Quo(tge.Num(), tge.Denom()))
}

func TestUnlockedAtMatchesReference(t *testing.T) {
	g := Default()
	times := []int64{-1, 0, 1, 12345}
	for m := int64(0); m <= 50; m++ {
		base := m * int64(MonthSeconds)
		times = append(times, base-1, base, base+1, base+halfMonth())
	}
	for _, a := range g.Token.Allocations {
		for _, s := range times {
			if got, want := a.UnlockedAt(s), refUnlocked(a, s); got.Cmp(want) != 0 {
				t.Fatalf("%s at %d s: %s, want %s", a.Name, s, got, want)
			}
		}
	}
}

// halfMonth is half a month, for mid-month probes.
func halfMonth() int64 { return int64(MonthSeconds / 2) }

func TestSchedule(t *testing.T) {
	g := Default()
	rows := Schedule(g, 60)
	if len(rows) != 61 {
		t.Fatalf("%d rows, want 61", len(rows))
	}
	idx := map[string]int{}
	for i, a := range g.Token.Allocations {
		idx[a.Name] = i
	}
	team := g.Token.Allocations[idx["team"]]
	pct := func(m int, name string) *big.Int { return rows[m].Unlocked[idx[name]] }
	if rows[0].Percent != 21.55 || rows[0].Circulating.Cmp(TokenUnits(215_500_000).Units()) != 0 {
		t.Errorf("TGE: %s (%v%%), want 215500000 OPEN (21.55%%)", FormatTokens(rows[0].Circulating), rows[0].Percent)
	}
	if pct(12, "team").Sign() != 0 {
		t.Errorf("team unlocked %s at the cliff, want 0 (vesting starts at the cliff)", pct(12, "team"))
	}
	// 18 of 36 months after the cliff: exactly half.
	if half := new(big.Int).Quo(team.Amount(), big.NewInt(2)); pct(30, "team").Cmp(half) != 0 {
		t.Errorf("team at month 30: %s, want %s", pct(30, "team"), half)
	}
	// 24 of 48 months: half of the vesting ecosystem part.
	if half := new(big.Int).Quo(g.Token.Allocations[idx["ecosystem"]].Amount(), big.NewInt(2)); pct(24, "ecosystem").Cmp(half) != 0 {
		t.Errorf("ecosystem at month 24: %s, want %s", pct(24, "ecosystem"), half)
	}
	for m := 1; m < len(rows); m++ {
		if rows[m].Circulating.Cmp(rows[m-1].Circulating) < 0 {
			t.Errorf("circulating falls at month %d", m)
		}
		sum := new(big.Int)
		for _, u := range rows[m].Unlocked {
			sum.Add(sum, u)
		}
		if sum.Cmp(rows[m].Circulating) != 0 {
			t.Errorf("month %d: circulating %s is not the sum %s", m, rows[m].Circulating, sum)
		}
	}
	if g.FullyVested() != 48 || rows[47].Percent >= 100 || rows[48].Circulating.Cmp(Supply()) != 0 || rows[60].Percent != 100 {
		t.Errorf("fully vested %d; month 47 %v%%, 48 %s, 60 %v%%", g.FullyVested(), rows[47].Percent, rows[48].Circulating, rows[60].Percent)
	}
	if _, err := VestedAt(g, "advisors", 0); !errors.Is(err, ErrUnknownAllocation) {
		t.Errorf("VestedAt(advisors) = %v, want ErrUnknownAllocation", err)
	}
	if v, err := VestedAt(g, "liquidity", 0); err != nil || v.Cmp(TokenUnits(50_000_000).Units()) != 0 {
		t.Errorf("liquidity at TGE: %v, %v", v, err)
	}
}

func TestReport(t *testing.T) {
	r, err := NewReport(Default(), 0)
	if err != nil {
		t.Fatal(err)
	}
	if r.AllocatedBPS != 10000 || r.Allocated != Supply().String() || r.TGEPercent != 21.55 || len(r.Months) != 49 || len(r.TGE) != 2 {
		t.Errorf("report: bps %d, allocated %s, TGE %v%% from %d parts, %d months", r.AllocatedBPS, r.Allocated, r.TGEPercent, len(r.TGE), len(r.Months))
	}
	if r.TGE[0].Allocation != "ecosystem_tge" || r.TGE[0].Percent != 16.55 || r.TGE[1].Allocation != "liquidity" || r.TGE[1].Percent != 5 {
		t.Errorf("TGE parts %+v", r.TGE)
	}
}

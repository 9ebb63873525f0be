package tokenomics

import (
	"fmt"
	"math/big"
)

// Report is what `poa token schedule` prints: the allocation, what circulates at TGE and
// the month-by-month unlock schedule. Amounts are decimal strings of base units.
type Report struct {
	Supply       string `json:"supply"`
	MonthSeconds uint64 `json:"month_seconds"`
	// AllocatedBPS is the allocations' bps added up (10000 in a valid genesis);
	// Allocated is their amounts added up (Supply).
	AllocatedBPS int                `json:"allocated_bps"`
	Allocated    string             `json:"allocated"`
	Allocations  []AllocationReport `json:"allocations"`
	// TGE lists the allocations with an amount unlocked at TGE; TGECirculating is their
	// sum and TGEPercent its share of the supply.
	TGE            []TGEPart `json:"tge"`
	TGECirculating string    `json:"tge_circulating"`
	TGEPercent     float64   `json:"tge_percent"`
	// FullyVested is the first month at whose start everything is unlocked.
	FullyVested int     `json:"fully_vested_month"`
	Months      []Month `json:"months"`
}

// AllocationReport is one allocation with its amounts.
type AllocationReport struct {
	Allocation
	Percent     float64 `json:"percent"`
	Amount      string  `json:"amount"`
	TGEAmount   string  `json:"tge_amount"`
	VaultAmount string  `json:"vault_amount"`
}

// TGEPart is an allocation's contribution to the supply circulating at TGE.
type TGEPart struct {
	Allocation string  `json:"allocation"`
	Amount     string  `json:"amount"`
	Percent    float64 `json:"percent"` // of the supply
}

// NewReport validates g and builds its report for months 0 through months (0 or less:
// through FullyVested).
func NewReport(g *Genesis, months int) (*Report, error) {
	if err := g.Validate(); err != nil {
		return nil, err
	}
	if months <= 0 {
		months = g.FullyVested()
	}
	supply := Supply()
	r := &Report{Supply: supply.String(), MonthSeconds: MonthSeconds, FullyVested: g.FullyVested(), Months: Schedule(g, months)}
	allocated, tge := new(big.Int), new(big.Int)
	for _, a := range g.Token.Allocations {
		r.AllocatedBPS += a.BPS
		allocated.Add(allocated, a.Amount())
		r.Allocations = append(r.Allocations, AllocationReport{Allocation: a, Percent: percent(a.Amount(), supply),
			Amount: a.Amount().String(), TGEAmount: a.TGEAmount().String(), VaultAmount: a.VaultAmount().String()})
		if t := a.TGEAmount(); t.Sign() > 0 {
			tge.Add(tge, t)
			r.TGE = append(r.TGE, TGEPart{Allocation: a.Name, Amount: t.String(), Percent: percent(t, supply)})
		}
	}
	// Validate has checked the bps; this checks the amounts the contract will mint.
	if allocated.Cmp(supply) != 0 {
		return nil, fmt.Errorf("%w: allocations add up to %s base units, not the supply %s", ErrGenesis, allocated, supply)
	}
	r.Allocated = allocated.String()
	r.TGECirculating = tge.String()
	r.TGEPercent = percent(tge, supply)
	return r, nil
}

package protocol

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/contracts/bindings"
	"poa/governance"
	"poa/tokenomics"
)

func deployed(t *testing.T) (*contracts.Chain, *contracts.Deployment, *ecdsa.PrivateKey, *ecdsa.PrivateKey) {
	t.Helper()
	owner, _ := crypto.GenerateKey()
	poster, _ := crypto.GenerateKey()
	c := contracts.NewSimulated([]common.Address{contracts.Address(owner), contracts.Address(poster)})
	t.Cleanup(c.Close)
	d, err := Deploy(t.Context(), c, Config{Deployer: owner, Verifier: contracts.Verifiers()["FixtureGroth16Verifier"],
		Posters: []*ecdsa.PrivateKey{poster}, FundPosters: contracts.OPENUnits(10), Vote: contracts.OPENUnits(1_000_000)})
	if err != nil {
		t.Fatal(err)
	}
	return c, d, owner, poster
}

// TestDeployGovernedFromBirth: the Settlement belongs to the timelock from its
// construction (no handover step a deployer could skip), the treasury is the timelock,
// the deployer cannot change a parameter, the poster is bonded, and the deployer's
// wrapped OPEN votes.
func TestDeployGovernedFromBirth(t *testing.T) {
	ctx := t.Context()
	c, d, owner, poster := deployed(t)
	if d.Owner != d.Timelock || d.Recipient != d.Timelock || d.Governor == (common.Address{}) || d.GOPEN == (common.Address{}) {
		t.Fatalf("deployment %+v: want the timelock as owner and treasury", d)
	}
	if o, pending, err := governance.Owners(ctx, c, d); err != nil || o != d.Timelock || pending != (common.Address{}) {
		t.Fatalf("Settlement owner %s (pending %s), %v; want the timelock %s", o, pending, err, d.Timelock)
	}
	st := bindings.NewSettlement()
	_, err := c.Send(ctx, "direct setMinStake", st.Instance(c.Client, d.Settlement), owner, contracts.PackSetMinStake(big.NewInt(1)))
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Name != "OwnableUnauthorizedAccount" {
		t.Fatalf("deployer's direct setMinStake: %v, want OwnableUnauthorizedAccount", err)
	}
	p, err := contracts.ReadProver(ctx, c, d, contracts.Address(poster))
	if err != nil || !p.IsPoster || p.Bonded.Cmp(contracts.OPENUnits(10_000)) != 0 {
		t.Fatalf("poster bond %+v, %v", p, err)
	}
	gs, err := governance.ReadStatus(ctx, c, d, contracts.Address(owner))
	if err != nil || gs.Account.Votes.Cmp(contracts.OPENUnits(1_000_000)) != 0 {
		t.Fatalf("deployer votes %+v, %v", gs, err)
	}
}

// TestVestingViewMatchesChain: the vesting schedule View reports from the deployment's
// vaults equals, month by month, tokenomics.Schedule of the genesis (another
// implementation) and, at sampled months, what the deployed OpenZeppelin VestingWallets
// themselves say has vested (the independent truth), plus the TGE transfers.
func TestVestingViewMatchesChain(t *testing.T) {
	ctx := t.Context()
	c, d, _, _ := deployed(t)
	v, err := View(ctx, c, d)
	if err != nil {
		t.Fatal(err)
	}
	sched := tokenomics.Schedule(tokenomics.Default(), len(v.Vesting)-1)
	if len(v.Vesting) < 49 || len(sched) != len(v.Vesting) {
		t.Fatalf("%d vesting months, schedule %d", len(v.Vesting), len(sched))
	}
	for i, m := range v.Vesting {
		if m.Circulating != sched[i].Circulating.String() {
			t.Fatalf("month %d: view %s, tokenomics.Schedule %s", i, m.Circulating, sched[i].Circulating)
		}
	}
	if v.Vesting[0].Percent < 21.549 || v.Vesting[0].Percent > 21.551 {
		t.Fatalf("TGE circulating %.4f%%, want 21.55%%", v.Vesting[0].Percent)
	}
	vv := bindings.NewVestingVault()
	start := d.Vaults[0].Start
	for _, v0 := range d.Vaults {
		start = min(start, v0.Start)
	}
	for _, month := range []int{0, 6, 12, 13, 30, 48} {
		at := start + uint64(month)*tokenomics.MonthSeconds
		total := new(big.Int)
		for _, vault := range d.Vaults {
			if vault.Address == vault.Beneficiary { // unlocked at TGE, sent directly
				amt, _ := new(big.Int).SetString(vault.Amount, 10)
				total.Add(total, amt)
				continue
			}
			got, err := bind.Call(vv.Instance(c.Client, vault.Address), &bind.CallOpts{Context: ctx}, vv.PackVestedAmount0(d.Token, at), vv.UnpackVestedAmount0)
			if err != nil {
				t.Fatal(err)
			}
			total.Add(total, got)
		}
		if total.String() != v.Vesting[month].Circulating {
			t.Fatalf("month %d: the vaults say %s vested, the view %s", month, total, v.Vesting[month].Circulating)
		}
	}
	if len(v.Provers) != 1 || !v.Provers[0].CanPost || v.Owner != d.Timelock.Hex() || len(v.Parameters) < 11 {
		t.Fatalf("view %+v", v)
	}
}

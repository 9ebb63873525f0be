package protocol

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"poa/api"
	"poa/contracts"
	"poa/governance"
	"poa/tokenomics"
)

// View reads d's protocol state on c: the Settlement's and the Governor's parameters,
// proposals, provers, the challenge window of every settled epoch, governance
// challenges, and the vesting schedule of d's genesis vaults month by month. Parts the
// deployment lacks (no governor: an older deployment) are left empty.
func View(ctx context.Context, c *contracts.Chain, d *contracts.Deployment) (*api.ProtocolView, error) {
	now, err := c.Time(ctx)
	if err != nil {
		return nil, err
	}
	v := &api.ProtocolView{Network: d.Network, ChainTime: now, Token: d.Token.Hex(), Settlement: d.Settlement.Hex(),
		Parameters: []api.ParameterView{}, Proposals: []api.ProposalView{}, Provers: []api.ProverView{},
		Epochs: []api.EpochWindowView{}, Challenges: []api.ChallengeView{}, Vesting: VestingMonths(d.Vaults)}
	p, err := contracts.ReadParams(ctx, c, d)
	if err != nil {
		return nil, err
	}
	v.Parameters = append(v.Parameters, settlementParameters(p)...)
	if d.Governor != (common.Address{}) {
		v.GOPEN, v.Governor, v.Timelock = d.GOPEN.Hex(), d.Governor.Hex(), d.Timelock.Hex()
		gs, err := governance.ReadStatus(ctx, c, d, common.Address{})
		if err != nil {
			return nil, err
		}
		v.Owner = gs.SettlementOwner.Hex()
		v.Parameters = append(v.Parameters, governorParameters(gs)...)
		props, err := governance.Proposals(ctx, c, d)
		if err != nil {
			return nil, err
		}
		for _, pr := range props {
			v.Proposals = append(v.Proposals, api.ProposalView{ID: pr.ID.String(), State: pr.State, Proposer: pr.Proposer.Hex(),
				Description: pr.Description, For: pr.For.String(), Against: pr.Against.String(), Abstain: pr.Abstain.String(),
				Quorum: pr.Quorum.String(), VoteStart: pr.VoteStart, VoteEnd: pr.VoteEnd, ETA: pr.ETA})
		}
	} else {
		owner, _, err := governance.Owners(ctx, c, d)
		if err != nil {
			return nil, err
		}
		v.Owner = owner.Hex()
	}
	provers, err := contracts.ReadProvers(ctx, c, d)
	if err != nil {
		return nil, err
	}
	for _, pr := range provers {
		v.Provers = append(v.Provers, api.ProverView{Address: pr.Prover.Hex(), Bonded: pr.Bonded.String(),
			Unbonding: pr.Unbonding.String(), ReadyAt: pr.ReadyAt, CanPost: pr.IsPoster})
	}
	st, err := contracts.ReadStatus(ctx, c, d)
	if err != nil {
		return nil, err
	}
	for _, s := range st.Settlements {
		e, err := contracts.ReadEpoch(ctx, c, d, s.Epoch)
		if err != nil {
			return nil, err
		}
		v.Epochs = append(v.Epochs, api.EpochWindowView{Epoch: e.Epoch, Poster: e.Poster.Hex(), SettledAt: e.SettledAt,
			ClaimableAt: e.ClaimableAt, Status: WindowStatus(e, now), OpenChallenges: uint64(e.OpenChallenges)})
	}
	chs, err := contracts.ReadChallenges(ctx, c, d)
	if err != nil {
		return nil, err
	}
	for _, ch := range chs {
		v.Challenges = append(v.Challenges, api.ChallengeView{ID: fmt.Sprint(ch.ID), Prover: ch.Prover.Hex(), Epoch: ch.Epoch,
			Challenger: ch.Challenger.Hex(), Status: ch.Status, URI: ch.URI})
	}
	return v, nil
}

// WindowStatus names where a settled epoch stands at chain time now: "voided",
// "disputed" (a governance challenge is open), "challengeable" (inside its window) or
// "claimable".
func WindowStatus(e *contracts.EpochState, now uint64) string {
	switch {
	case e.Status == "voided":
		return "voided"
	case e.OpenChallenges > 0:
		return "disputed"
	case now < e.ClaimableAt:
		return "challengeable"
	default:
		return "claimable"
	}
}

func settlementParameters(p *contracts.Params) []api.ParameterView {
	s := func(name, value string) api.ParameterView {
		return api.ParameterView{Contract: "settlement", Name: name, Value: value}
	}
	return []api.ParameterView{
		s("fee-rule", fmt.Sprintf("%d/%d/%d bps (owner/protocol/data)", p.OwnerBps, p.ProtocolBps, p.DataBps)),
		s("min-stake", tokenomics.FormatTokens(p.MinStake)+" OPEN"),
		s("challenge-window", (time.Duration(p.ChallengeWindow) * time.Second).String()),
		s("epoch-length", (time.Duration(p.EpochLength) * time.Second).String()),
		s("slashing", fmt.Sprintf("%d bps slashed, %d bps of it to the challenger", p.SlashBps, p.ChallengerBps)),
		s("challenge-deposit", tokenomics.FormatTokens(p.ChallengeDeposit)+" OPEN"),
	}
}

func governorParameters(gs *governance.Status) []api.ParameterView {
	g := func(contract, name, value string) api.ParameterView {
		return api.ParameterView{Contract: contract, Name: name, Value: value}
	}
	return []api.ParameterView{
		g("governor", "voting-delay", gs.Params.VotingDelay.String()),
		g("governor", "voting-period", gs.Params.VotingPeriod.String()),
		g("governor", "proposal-threshold", tokenomics.FormatTokens(gs.Params.ProposalThreshold)+" GOPEN"),
		g("governor", "quorum", fmt.Sprintf("%d%% of GOPEN supply (%s GOPEN now)", gs.Params.QuorumPercent, tokenomics.FormatTokens(gs.Quorum))),
		g("timelock", "timelock-delay", gs.Params.TimelockDelay.String()),
	}
}

// VestingMonths is the circulating supply of a deployment's genesis vaults at the start
// of each month (tokenomics.MonthSeconds) from TGE (the earliest vault start) until the
// last vault has vested, computed as OpenZeppelin's VestingWallet does: a vault's
// amount·(t − start)/duration, none before its start, all of it from its end.
func VestingMonths(vaults []contracts.Vault) []api.VestingMonthView {
	if len(vaults) == 0 {
		return []api.VestingMonthView{}
	}
	tge, end := vaults[0].Start, uint64(0)
	for _, v := range vaults {
		tge = min(tge, v.Start)
		end = max(end, v.Start+v.Duration)
	}
	months := int((end - tge + tokenomics.MonthSeconds - 1) / tokenomics.MonthSeconds)
	supply := tokenomics.Supply()
	out := make([]api.VestingMonthView, 0, months+1)
	for m := 0; m <= months; m++ {
		t := tge + uint64(m)*tokenomics.MonthSeconds
		byAlloc := map[string]*big.Int{}
		total := new(big.Int)
		for _, v := range vaults {
			u := vestedAt(v, t)
			total.Add(total, u)
			if byAlloc[v.Allocation] == nil {
				byAlloc[v.Allocation] = new(big.Int)
			}
			byAlloc[v.Allocation].Add(byAlloc[v.Allocation], u)
		}
		row := api.VestingMonthView{Month: m, Unlocked: map[string]string{}, Circulating: total.String()}
		for name, u := range byAlloc {
			row.Unlocked[name] = u.String()
		}
		pct, _ := new(big.Rat).SetFrac(new(big.Int).Mul(total, big.NewInt(100)), supply).Float64()
		row.Percent = pct
		out = append(out, row)
	}
	return out
}

func vestedAt(v contracts.Vault, t uint64) *big.Int {
	amount, ok := new(big.Int).SetString(v.Amount, 10)
	if !ok || t < v.Start {
		return new(big.Int)
	}
	if v.Duration == 0 || t >= v.Start+v.Duration {
		return amount
	}
	amount.Mul(amount, new(big.Int).SetUint64(t-v.Start))
	return amount.Quo(amount, new(big.Int).SetUint64(v.Duration))
}

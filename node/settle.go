package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"strings"

	"poa/contracts"
	"poa/influence"
	"poa/protocol"
	"poa/prover"
	"poa/settlement"
	"poa/store"
)

// SettleOptions configure step 7 of the pipeline.
type SettleOptions struct {
	// Backend of the proof and the deployed verifier (for the first deployment).
	Backend prover.Backend
	// Size is the circuit's batch size N of the first deployment; 0 picks the smallest
	// size with a committed development-key verifier (prover.DevVerifierSizes) that
	// holds the epoch.
	Size int
	// FeeRule, if set, is the fee rule the caller expects; epochs are always split by the
	// Settlement's governed rule, and a different one is refused (settlement.Options).
	FeeRule settlement.FeeRule
}

// DefaultSettle returns the demo's settlement options: Groth16, automatic size,
// development keys (deterministic, insecure: see docs/proofs.md), the Settlement's fee rule.
func DefaultSettle() SettleOptions {
	return SettleOptions{Backend: prover.Groth16}
}

// FeeRule is the rule st's epochs close under: the embedded chain's Settlement's
// (governed) when st has a deployment there, else settlement.DefaultFeeRule (which the
// genesis's Settlement starts with).
func FeeRule(ctx context.Context, st *store.Store) (settlement.FeeRule, error) {
	rule := settlement.DefaultFeeRule
	_, err := onEmbedded(ctx, st, DefaultSettle(), nil, false,
		func(ctx context.Context, st *store.Store, t settlement.Target, _ settlement.Options) (*settlement.Report, error) {
			r, err := settlement.ChainFeeRule(ctx, t)
			rule = r
			return &settlement.Report{}, err
		})
	return rule, err
}

// SettleReport is step 7's result: the epochs settled and what the chain did.
type SettleReport struct {
	*settlement.Report
	Deployment *contracts.Deployment `json:"deployment"`
	// VerifiedOnchain is true when the epoch's settle transaction, which calls the
	// verifier and reverts on a bad proof, was mined and confirmed.
	VerifiedOnchain bool `json:"proof_verified_onchain"`
	// Credited is each contributor's claimable payout of the epoch settled now
	// (address → OPEN base units).
	Credited map[string]string `json:"credited"`
}

// Settle finishes every unfinished epoch (settlement.Resume: an interrupted run's epoch
// is proven, posted or recovered from the chain, in order), then closes the open epoch,
// proves its split and settles it on the embedded chain. The first settlement deploys
// OPEN, the Settlement and the split verifier of the smallest committed size that holds
// the epoch; later ones prove with development keys of the size the deployed verifier
// checks. An open epoch with nothing to pay is not closed (Report.Skipped).
func Settle(ctx context.Context, st *store.Store, o SettleOptions, ev *Events) (*SettleReport, error) {
	return onEmbedded(ctx, st, o, ev, true, settlement.Settle)
}

// Resume finishes the unfinished epochs of the embedded chain's deployment
// (settlement.Resume with the development keys) and closes nothing. Without a
// deployment there is nothing posted to resume from, and it does nothing.
func Resume(ctx context.Context, st *store.Store, ev *Events) (*SettleReport, error) {
	return onEmbedded(ctx, st, DefaultSettle(), ev, false, settlement.Resume)
}

// onEmbedded opens the embedded chain and its deployment (deploying one when deploy
// is set and there is none) and runs a settlement function on it.
func onEmbedded(ctx context.Context, st *store.Store, o SettleOptions, ev *Events, deployIfNone bool,
	run func(context.Context, *store.Store, settlement.Target, settlement.Options) (*settlement.Report, error)) (*SettleReport, error) {
	rep := &SettleReport{Credited: map[string]string{}}
	chain, dev, done, err := openEmbedded(ctx, st, ev)
	if err != nil {
		return rep, err
	}
	defer done()
	dep, err := settlement.LoadDeployment(ctx, st, chain)
	switch {
	case errors.Is(err, contracts.ErrNoDeployment) && !deployIfNone:
		rep.Report = &settlement.Report{Resumed: []*settlement.Epoch{}, Refiled: []uint64{}}
		return rep, nil
	case errors.Is(err, contracts.ErrNoDeployment):
		open, oerr := settlement.OpenEpoch(st)
		if oerr != nil {
			return rep, oerr
		}
		if dep, err = deploy(ctx, st, chain, dev, o, open); err != nil {
			return rep, err
		}
	case err != nil:
		return rep, err
	}
	rep.Deployment = dep
	t := settlement.Target{Chain: chain, Key: settlement.DeploymentKey(chain), Deployment: dep, Poster: dev.Poster}
	sr, err := run(ctx, st, t, settlement.Options{Keys: settlement.DevKeySource(st), FeeRule: o.FeeRule, Step: ev.step})
	rep.Report = sr
	if err != nil {
		return rep, err
	}
	if e := sr.Epoch; e != nil && e.Status == settlement.Confirmed {
		rep.VerifiedOnchain = true
		for _, c := range e.Contributors {
			rep.Credited[c.Address] = c.Payout
		}
	}
	return rep, nil
}

// deploy deploys OPEN, the split verifier of o's backend and size (or the smallest
// committed size that holds the open epoch's contributors), and the Settlement, and
// records the deployment.
func deploy(ctx context.Context, st *store.Store, c *contracts.Chain, dev *contracts.DevAccounts, o SettleOptions, open settlement.Open) (*contracts.Deployment, error) {
	if o.Size == 0 {
		n, err := openContributors(st, open.Epoch)
		if err != nil {
			return nil, err
		}
		sizes := prover.DevVerifierSizes
		o.Size = sizes[len(sizes)-1]
		for _, s := range sizes {
			if s >= n {
				o.Size = s
				break
			}
		}
	}
	name := strings.TrimSuffix(prover.VerifierFile(o.Backend, o.Size), ".sol")
	v, ok := contracts.Verifiers()[name]
	if !ok {
		return nil, fmt.Errorf("no compiled verifier %s in this build (committed: sizes %v)", name, prover.DevVerifierSizes)
	}
	dep, err := protocol.Deploy(ctx, c, DevProtocol(dev, v))
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	if err := settlement.SaveDeployment(st, c, dep); err != nil {
		return nil, err
	}
	return dep, nil
}

// openContributors is the most contributors an epoch still to be settled has: the open
// epoch's distinct contributors, or an unfinished closed epoch's, whichever is more.
func openContributors(st *store.Store, epoch uint64) (int, error) {
	seen := map[string]bool{}
	err := settlement.Records(st, epoch, func(r *influence.Record) error {
		for _, c := range r.Contributors {
			if c.Score > 0 {
				seen[c.Address] = true
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	n := len(seen)
	all, err := settlement.Epochs(st)
	for _, e := range all {
		if !e.Status.Done() && e.Post == nil {
			n = max(n, len(e.Contributors))
		}
	}
	return n, err
}

// DevProtocol is the protocol the embedded development chain gets: the default genesis
// (all beneficiaries the dev Owner), its Settlement with split verifier v, the dev Poster
// funded with 1,000,000 OPEN and bonded, and 1,000,000 of the Owner's OPEN wrapped into
// GOPEN and self-delegated so that it can propose and vote at once.
func DevProtocol(dev *contracts.DevAccounts, v contracts.Verifier) protocol.Config {
	return protocol.Config{Deployer: dev.Owner, Verifier: v, Posters: []*ecdsa.PrivateKey{dev.Poster},
		FundPosters: contracts.OPENUnits(1_000_000), Vote: contracts.OPENUnits(1_000_000)}
}

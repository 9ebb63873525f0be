package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"strings"

	"poa/circuits"
	"poa/contracts"
	"poa/influence"
	"poa/influence/lm"
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
	// Attest proves and attests the scores of every record of an epoch before posting
	// it (Attester): AttestOptimistic or AttestVerified; "" posts without, and the epoch
	// can be voided by anyone within its challenge window (poa challenge unproven).
	Attest string
	// Basis is the basis the open epoch is closed with (settlement.BasisProven: the
	// scores proven from the records' score rows, ScoreRows; zero: fused).
	Basis settlement.Basis
	// Shape is the attributed split shape of a proven epoch (zero: prover.ProductAttributedShape).
	Shape prover.AttributedShape
}

// The ways Attester attests a record's scores.
const (
	AttestOptimistic = "optimistic" // postScores: the proof's hash, re-verifiable on-chain within the window
	AttestVerified   = "verified"   // attestScores: verified on-chain when posted
	// AttestNone is what the CLI and poa serve call posting without attesting
	// (SettleOptions.Attest ""): the epoch can be voided within its challenge window.
	AttestNone = "none"
)

// SettleAttest maps a user's attest setting to SettleOptions.Attest: "" (the default)
// is AttestOptimistic, as poa settle's; AttestNone is "" (post without attesting);
// AttestOptimistic and AttestVerified are themselves; anything else is an error that
// names the choices.
func SettleAttest(mode string) (string, error) {
	switch mode {
	case "":
		return AttestOptimistic, nil
	case AttestNone:
		return "", nil
	case AttestOptimistic, AttestVerified:
		return mode, nil
	}
	return "", fmt.Errorf("attest mode %.40q: want %q, %q or %q", mode, AttestOptimistic, AttestVerified, AttestNone)
}

// Attester returns a settlement.Options.Attest that proves the scores of each record of
// the epoch the chain has not attested (ProveRecord's proof, development score keys of
// the committed 64-row shape, set up once per data directory: minutes the first time) and
// attests it from t.Poster, optimistically or verified (mode), reporting each record
// as a settlement.PhaseAttesting step (settlement.ReportStep). dev supplies the key that
// deploys a score verifier the deployment lacks (nil: none is deployed). A record whose
// scores cannot be proven (no committed gradient evidence) stops the epoch, naming it.
func Attester(st *store.Store, dev *contracts.DevAccounts, mode string, ev *Events) (func(context.Context, settlement.Target, *settlement.Epoch) error, error) {
	if mode != AttestOptimistic && mode != AttestVerified {
		return nil, fmt.Errorf("attest mode %q: want %q or %q", mode, AttestOptimistic, AttestVerified)
	}
	return func(ctx context.Context, t settlement.Target, e *settlement.Epoch) error {
		missing, err := contracts.Unattested(ctx, t.Chain, t.Deployment, e.Records)
		if err != nil {
			return err
		}
		accounts := &contracts.DevAccounts{Poster: t.Poster}
		if dev != nil {
			accounts.Owner = dev.Owner
		}
		o := RecordProofOptions{Post: true, Optimistic: mode == AttestOptimistic}
		for n, i := range missing {
			id := e.Records[i]
			ev.step(fmt.Sprintf("score proof %d of %d: record %s", n+1, len(missing), id))
			settlement.ReportStep(ctx, settlement.Step{Phase: settlement.PhaseAttesting, Epoch: e.Epoch, Done: n, Total: len(missing), Record: id,
				Detail: fmt.Sprintf("prove and attest the scores of record %s (%d of %d)", id, n+1, len(missing))})
			rp, pr, err := proveScores(ctx, st, id, o, ev)
			if err != nil {
				return fmt.Errorf("record %s: its scores cannot be proven: %w (settle without attesting posts the epoch, but anyone can then void it: poa challenge unproven)", id, err)
			}
			if err := attestRecord(ctx, st, t.Chain, accounts, t.Deployment, rp, pr, o, ev); err != nil {
				return fmt.Errorf("record %s: %w", id, err)
			}
		}
		return nil
	}, nil
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
// (settlement.Resume with the development keys) and closes nothing; an epoch not yet
// posted has its records' scores attested first as attest says (SettleOptions.Attest:
// "" posts without). Without a deployment there is nothing posted to resume from, and
// it does nothing.
func Resume(ctx context.Context, st *store.Store, attest string, ev *Events) (*SettleReport, error) {
	o := DefaultSettle()
	o.Attest = attest
	return onEmbedded(ctx, st, o, ev, false, settlement.Resume)
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
	so := settlement.Options{Keys: settlement.DevKeySource(st), FeeRule: o.FeeRule, Step: ev.step, Basis: o.Basis, Shape: o.Shape}
	if o.Basis == settlement.BasisProven {
		so.Rows = ScoreRows(st)
	}
	if o.Attest != "" {
		if so.Attest, err = Attester(st, dev, o.Attest, ev); err != nil {
			return rep, err
		}
	}
	sr, err := run(ctx, st, t, so)
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

// ScoreRows is the proven basis's settlement.RowSource: a record's rows as its score
// proof commits them, the totals of its score statement (lm.ScoreStatement).
func ScoreRows(st *store.Store) settlement.RowSource {
	return func(ctx context.Context, id string) (circuits.RecordRows, error) {
		rec, err := settlement.Record(st, id)
		if err != nil {
			return circuits.RecordRows{}, err
		}
		stmt, err := lm.ScoreStatement(ctx, st, rec)
		if err != nil {
			return circuits.RecordRows{}, fmt.Errorf("record %s: its score statement: %w", id, err)
		}
		addrs, totals := stmt.Totals()
		return circuits.RecordRows{Addrs: addrs, Scores: totals}, nil
	}
}

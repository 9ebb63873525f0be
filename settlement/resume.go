package settlement

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"poa/contracts"
	"poa/influence"
	"poa/prover"
	"poa/store"
)

// Options configure Resume and Settle.
type Options struct {
	// Keys gives the proving keys (StoredKeySource, DevKeySource). Required.
	Keys KeySource
	// FeeRule, if set, is the fee rule the caller expects the epoch Settle closes to be
	// split by; the rule used is always the Settlement's (governed, Settlement.params()),
	// and Settle fails with ErrInput before closing anything when they differ. Zero: the
	// Settlement's rule, whatever it is.
	FeeRule FeeRule
	// Step, if set, is told each step in words as it starts ("prove the reward split of
	// epoch 3 (groth16, N=8)"); the typed steps (Step, Phase) go to the context's
	// reporter (WithStepReporter).
	Step func(string)
	// Attest, if set, is called before an epoch is posted to attest the scores of its
	// records on t (node.Attester proves and posts them): an epoch that pays for a record
	// without attested scores can be voided by anyone (contracts.ChallengeUnproven). Its
	// error stops the epoch before anything is posted.
	Attest func(ctx context.Context, t Target, e *Epoch) error
	// Basis is the basis Settle closes the open epoch with (zero: fused). With
	// BasisProven, Rows must be set and Shape is the attributed shape (zero:
	// prover.ProductAttributedShape).
	Basis Basis
	Rows  RowSource
	Shape prover.AttributedShape
	// AttributedKeys gives the keys of proven epochs (nil: AttributedKeyFiles of the
	// data directory, development keys set up once and saved there).
	AttributedKeys AttributedKeySource
}

// Report is what Resume and Settle did.
type Report struct {
	// Resumed are the epochs closed before this call and finished by it, in order.
	Resumed []*Epoch `json:"resumed"`
	// Refiled are stranded epochs whose records moved into the open epoch.
	Refiled []uint64 `json:"refiled"`
	// Voided are settled epochs a challenge voided on-chain; their records moved into the
	// open epoch too (Settle only).
	Voided []uint64 `json:"voided,omitempty"`
	// Epoch is the epoch Settle closed and settled (nil when it closed none).
	Epoch *Epoch `json:"epoch,omitempty"`
	// Skipped says why Settle closed no epoch (no records, zero data fee).
	Skipped string `json:"skipped,omitempty"`
	// Proof is the last proof made (nil when none was needed), with its timings.
	Proof *prover.Proof `json:"-"`
	// Attributed is the last attributed split proof made (proven epochs).
	Attributed   *prover.AttributedProof `json:"-"`
	Constraints  int                     `json:"constraints,omitempty"`
	ProveSeconds float64                 `json:"prove_seconds,omitempty"`
	ProofBytes   int                     `json:"proof_bytes,omitempty"`
}

// Resume finishes every unfinished closed epoch, oldest first: each is proven (again,
// when its proof does not fit the deployed verifier), posted and confirmed, or, when the
// chain shows it was already settled, recorded from the chain. A stranded epoch (the
// deployment settled a later one, or its fee rule is no longer the Settlement's) has its
// records refiled into the open epoch. It stops
// at the first epoch it cannot finish: later epochs must wait for it.
func Resume(ctx context.Context, st *store.Store, t Target, o Options) (*Report, error) {
	rep := &Report{Resumed: []*Epoch{}, Refiled: []uint64{}}
	all, err := Epochs(st)
	if err != nil {
		return rep, err
	}
	for _, e := range all {
		if e.Status.Done() || (e.Post != nil && e.Post.Deployment != t.Key) {
			continue // finished, or posted to another chain (confirmed there)
		}
		done, err := finish(ctx, st, t, o, e, rep)
		if errors.Is(err, ErrStranded) {
			o.report(ctx, Step{Phase: PhaseClosing, Epoch: e.Epoch, Detail: fmt.Sprintf("refile stranded epoch %d", e.Epoch)})
			if _, rerr := Refile(st, e.Epoch); rerr != nil {
				return rep, fmt.Errorf("%w; refiling failed: %w", err, rerr)
			}
			rep.Refiled = append(rep.Refiled, e.Epoch)
			continue
		}
		if err != nil {
			return rep, err
		}
		rep.Resumed = append(rep.Resumed, done)
	}
	return rep, nil
}

// finish takes one epoch from its status to Confirmed.
func finish(ctx context.Context, st *store.Store, t Target, o Options, e *Epoch, rep *Report) (*Epoch, error) {
	if e.Status == Posted {
		o.report(ctx, Step{Phase: PhaseConfirming, Epoch: e.Epoch, Detail: fmt.Sprintf("confirm epoch %d", e.Epoch)})
		return Confirm(ctx, st, t, e.Epoch)
	}
	// A settlement sent by a run that stopped before recording it is on the chain.
	if found, err := recoverFromChain(ctx, st, t, e); err != nil || found != nil {
		return found, err
	}
	// An epoch closed under another fee rule than the Settlement's now (governance changed
	// it in between, or it was closed offline) cannot be posted: its records are refiled
	// and paid under the rule in force.
	if rule, err := ChainFeeRule(ctx, t); err != nil {
		return nil, err
	} else if e.FeeRule != rule {
		return nil, fmt.Errorf("epoch %d was closed under fee rule %d/%d/%d bps; the Settlement at %s now splits by %d/%d/%d: %w",
			e.Epoch, e.FeeRule.OwnerBps, e.FeeRule.ProtocolBps, e.FeeRule.DataBps, t.Deployment.Settlement.Hex(),
			rule.OwnerBps, rule.ProtocolBps, rule.DataBps, ErrStranded)
	}
	if e.IsProven() {
		if err := proveProvenEpoch(ctx, st, t, o, e, rep); err != nil {
			return nil, err
		}
	} else if err := proveFusedEpoch(ctx, st, t, o, e, rep); err != nil {
		return nil, err
	}
	proven, err := LoadEpoch(st, e.Epoch)
	if err != nil {
		return nil, err
	}
	if o.Attest != nil {
		o.report(ctx, Step{Phase: PhaseAttesting, Epoch: e.Epoch,
			Detail: fmt.Sprintf("attest the scores of epoch %d's %d records", e.Epoch, len(proven.Records))})
		if err := o.Attest(ctx, t, proven); err != nil {
			return nil, fmt.Errorf("epoch %d: %w", e.Epoch, err)
		}
	}
	o.report(ctx, Step{Phase: PhasePosting, Epoch: e.Epoch, Detail: fmt.Sprintf("post epoch %d to %s", e.Epoch, t.Key)})
	// Epochs come oldest first and the chain was read above: post without asking again.
	return send(ctx, st, t, proven)
}

// proveFusedEpoch proves fused epoch e's split for the deployed verifier unless its
// stored proof already fits it.
func proveFusedEpoch(ctx context.Context, st *store.Store, t Target, o Options, e *Epoch, rep *Report) error {
	d := t.Deployment
	n := verifierSize(d)
	if n == 0 {
		return fmt.Errorf("epoch %d: the deployed verifier %s is the contracts test fixture, which poa's keys cannot prove for: %w", e.Epoch, d.VerifierName, ErrState)
	}
	if len(e.Contributors) > n {
		return fmt.Errorf("epoch %d has %d contributors, the deployed verifier %s holds %d: deploy a larger verifier: %w",
			e.Epoch, len(e.Contributors), d.VerifierName, n, ErrState)
	}
	b := prover.Backend(d.Backend)
	if e.Status == Proven && e.Proof != nil && e.Proof.Backend == b && e.Proof.Size == n {
		return nil
	}
	o.report(ctx, Step{Phase: PhaseProvingSplit, Epoch: e.Epoch, Detail: fmt.Sprintf("prove the reward split of epoch %d (%s, N=%d)", e.Epoch, b, n)})
	k, err := o.Keys(ctx, b, n)
	if err != nil {
		return err
	}
	p, err := Prove(ctx, st, e.Epoch, k)
	if err != nil {
		return err
	}
	rep.Proof, rep.Constraints, rep.ProveSeconds, rep.ProofBytes = p, k.Meta.Constraints, p.ProveTime.Seconds(), len(p.Solidity)
	return nil
}

// proveProvenEpoch proves proven epoch e's attributed split with the keys of its shape
// unless it is proven already.
func proveProvenEpoch(ctx context.Context, st *store.Store, t Target, o Options, e *Epoch, rep *Report) error {
	if e.Proven == nil {
		return fmt.Errorf("epoch %d: basis proven without its records' rows: %w", e.Epoch, ErrInput)
	}
	shape := e.Proven.Shape
	if _, ok := t.Deployment.AttributedVerifier(shape.String()); !ok {
		return fmt.Errorf("epoch %d: the deployment at %s allows no attributed verifier of shape %s: %w", e.Epoch, t.Deployment.Settlement.Hex(), shape, ErrState)
	}
	if e.Status == Proven && e.Proof != nil && e.Proof.Shape == shape.String() {
		return nil
	}
	keys := o.AttributedKeys
	if keys == nil {
		keys = AttributedKeyFiles(st, nil)
	}
	o.report(ctx, Step{Phase: PhaseProvingAttributed, Epoch: e.Epoch,
		Detail: fmt.Sprintf("prove the attributed split of epoch %d (%s: scores proven from %d records)", e.Epoch, shape, len(e.Records))})
	k, err := keys(ctx, shape)
	if err != nil {
		return err
	}
	p, err := ProveProven(ctx, st, e.Epoch, k)
	if err != nil {
		return err
	}
	rep.Attributed, rep.Constraints, rep.ProveSeconds, rep.ProofBytes = p, k.Constraints, float64(p.ProveMs)/1000, len(p.Solidity)
	return nil
}

// Settle resumes every unfinished epoch (Resume), then closes the open epoch and
// settles it the same way. An open epoch without records or without a data fee is not
// closed (Report.Skipped says why) and is not an error.
func Settle(ctx context.Context, st *store.Store, t Target, o Options) (*Report, error) {
	empty := &Report{Resumed: []*Epoch{}, Refiled: []uint64{}}
	rule, err := ChainFeeRule(ctx, t)
	if err != nil {
		return empty, err
	}
	if o.FeeRule != (FeeRule{}) && o.FeeRule != rule {
		return empty, fmt.Errorf("fee rule %d/%d/%d bps: the Settlement at %s splits by %d/%d/%d (governed: poa gov propose --set fee-rule=…): %w",
			o.FeeRule.OwnerBps, o.FeeRule.ProtocolBps, o.FeeRule.DataBps, t.Deployment.Settlement.Hex(),
			rule.OwnerBps, rule.ProtocolBps, rule.DataBps, ErrInput)
	}
	rep, err := Resume(ctx, st, t, o)
	if err != nil {
		return rep, err
	}
	voided, err := RefileVoided(ctx, st, t)
	rep.Voided = voided
	if err != nil {
		return rep, err
	}
	open, err := OpenEpoch(st)
	if err != nil {
		return rep, err
	}
	o.report(ctx, Step{Phase: PhaseClosing, Epoch: open.Epoch, Detail: "close epoch"})
	var e *Epoch
	if o.Basis == BasisProven {
		shape := o.Shape
		if shape == (prover.AttributedShape{}) {
			shape = prover.ProductAttributedShape
		}
		e, err = CloseProven(ctx, st, rule, time.Now(), shape, o.Rows)
	} else {
		e, err = Close(st, rule, time.Now())
	}
	switch {
	case errors.Is(err, ErrEmptyEpoch) || errors.Is(err, ErrZeroFee):
		rep.Skipped = err.Error()
		return rep, nil
	case err != nil:
		return rep, err
	}
	done, err := finish(ctx, st, t, o, e, rep)
	if err != nil {
		rep.Epoch = e
		return rep, err
	}
	rep.Epoch = done
	return rep, nil
}

// Refile moves the records of an epoch that was closed but can no longer be posted into
// the open epoch, in one transaction: the epoch becomes Refiled and the open epoch's
// tally grows by its records and fee. A posted or confirmed epoch is not refiled.
func Refile(st *store.Store, e uint64) (uint64, error) {
	return refile(st, e, Refiled)
}

// refile moves epoch e's records into the open epoch and marks e with status to:
// Refiled for an epoch that was never posted, Voided for a confirmed one the chain voided.
func refile(st *store.Store, e uint64, to Status) (uint64, error) {
	defer lock(st)()
	var into uint64
	err := st.Update(func(tx *store.Tx) error {
		var rec Epoch
		if err := tx.Get(store.KindEpoch, epochKey(e), &rec); err != nil {
			return err
		}
		if to == Refiled && rec.Status.rank() >= Posted.rank() || to == Voided && rec.Status != Confirmed {
			return fmt.Errorf("epoch %d is %s: %w", e, rec.Status, ErrState)
		}
		o, err := readOpen(tx)
		if err != nil {
			return err
		}
		total, ok := parseTally(o.Fee)
		if !ok {
			return fmt.Errorf("open epoch %d: fee tally %q: %w", o.Epoch, o.Fee, ErrInput)
		}
		for _, id := range rec.allRecords() {
			var r influence.Record
			if err := tx.Get(store.KindAttribution, id, &r); err != nil {
				return fmt.Errorf("epoch %d: record %s: %w", e, id, err)
			}
			fee, err := ParseFee(r.Fee)
			if err != nil {
				return fmt.Errorf("epoch %d: record %s: %w", e, id, err)
			}
			r.Epoch = o.Epoch
			if err := tx.Put(store.KindAttribution, id, &r); err != nil {
				return err
			}
			total.Add(total, fee)
			o.Records++
		}
		o.Fee = total.String()
		rec.Status, rec.RefiledTo = to, o.Epoch
		into = o.Epoch
		if err := tx.Put(store.KindEpoch, epochKey(e), &rec); err != nil {
			return err
		}
		return tx.Put(store.KindConfig, "epoch", o)
	})
	return into, err
}

// RefileVoided finds the epochs confirmed on t's deployment that the Settlement has since
// voided (a challenge proved their poster at fault; their payouts went to the treasury),
// marks each Voided and moves its records into the open epoch, which pays them again.
// It returns the epochs it voided.
func RefileVoided(ctx context.Context, st *store.Store, t Target) ([]uint64, error) {
	all, err := Epochs(st)
	if err != nil {
		return nil, err
	}
	var out []uint64
	for _, e := range all {
		if e.Status != Confirmed || e.Post == nil || e.Post.Deployment != t.Key {
			continue
		}
		on, err := contracts.ReadEpoch(ctx, t.Chain, t.Deployment, e.Epoch)
		if err != nil {
			return out, fmt.Errorf("epoch %d: read its state on-chain: %w", e.Epoch, err)
		}
		if on.Status != "voided" {
			continue
		}
		if _, err := refile(st, e.Epoch, Voided); err != nil {
			return out, err
		}
		out = append(out, e.Epoch)
	}
	return out, nil
}

// Claimable is one payout of a settled epoch, with the epoch's whole payout list (a
// claim's Merkle proof needs it).
type Claimable struct {
	Epoch        uint64
	Index        int
	Amount       *big.Int
	Contributors []common.Address
	Payouts      []*big.Int
}

// PayoutsOf lists addr's payouts in the epochs posted to deployment depKey (every
// epoch, or only epoch when it is not 0), oldest first. addr is checked as imports
// check contributors (EIP-55, not the zero address).
func PayoutsOf(st *store.Store, depKey string, addr string, epoch uint64) ([]Claimable, error) {
	a, err := ParseAddress(addr)
	if err != nil {
		return nil, fmt.Errorf("address %w", err)
	}
	all, err := Epochs(st)
	if err != nil {
		return nil, err
	}
	var out []Claimable
	for _, e := range all {
		if e.Post == nil || e.Post.Deployment != depKey || (epoch != 0 && e.Epoch != epoch) {
			continue
		}
		cs, ps, err := e.Payouts()
		if err != nil {
			return nil, err
		}
		for i, c := range cs {
			if c == a {
				out = append(out, Claimable{Epoch: e.Epoch, Index: i, Amount: ps[i], Contributors: cs, Payouts: ps})
			}
		}
	}
	return out, nil
}

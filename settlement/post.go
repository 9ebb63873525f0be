package settlement

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"poa/contracts"
	"poa/prover"
	"poa/store"
)

// Post settles proven epoch e on t and confirms it. Before sending anything it reads
// the chain: if the contract already settled e (a previous run stopped after sending,
// before recording), the settlement is recorded from the chain's Settled event and
// nothing is sent. An epoch is posted only when every earlier closed epoch is posted
// (ErrOrder): the contract accepts increasing epochs only. A posted epoch is confirmed
// (Confirm); a confirmed one is returned as is.
func Post(ctx context.Context, st *store.Store, t Target, e uint64) (*Epoch, error) {
	rec, err := LoadEpoch(st, e)
	if err != nil {
		return nil, err
	}
	switch rec.Status {
	case Confirmed:
		return rec, nil
	case Posted:
		return Confirm(ctx, st, t, e)
	}
	all, err := Epochs(st)
	if err != nil {
		return nil, err
	}
	for _, o := range all {
		if o.Epoch < e && o.Status.rank() < Posted.rank() {
			return nil, fmt.Errorf("epoch %d is %s: post it first (poa settle posts every unfinished epoch in order): %w", o.Epoch, o.Status, ErrOrder)
		}
	}
	if found, err := recoverFromChain(ctx, st, t, rec); err != nil || found != nil {
		return found, err
	}
	return send(ctx, st, t, rec)
}

// send posts proven epoch rec to t and confirms it. The caller has checked the order
// and that the chain has not settled rec already (recoverFromChain).
func send(ctx context.Context, st *store.Store, t Target, rec *Epoch) (*Epoch, error) {
	e := rec.Epoch
	if rec.Status != Proven {
		return nil, fmt.Errorf("epoch %d is %s, not proven (poa prove --epoch %d): %w", e, rec.Status, e, ErrState)
	}
	d := t.Deployment
	var ce *contracts.Epoch
	if rec.IsProven() {
		ap, err := LoadAttributedProof(st, e)
		if err != nil {
			return nil, err
		}
		if ce, err = provenSettlementOf(ctx, t, rec, ap); err != nil {
			return nil, err
		}
	} else {
		p, err := LoadProof(st, e)
		if err != nil {
			return nil, err
		}
		if string(p.Backend) != d.Backend {
			return nil, fmt.Errorf("epoch %d has a %s proof but the deployed verifier (%s) is %s: %w", e, p.Backend, d.VerifierName, d.Backend, ErrState)
		}
		if n := verifierSize(d); n != 0 && p.Size != n {
			return nil, fmt.Errorf("epoch %d was proven with size-%d keys but the deployed verifier %s checks size-%d proofs (it would revert with InvalidProof): run poa prove --epoch %d --size %d: %w",
				e, p.Size, d.VerifierName, n, e, n, ErrState)
		}
		if ce, err = settlementOf(rec, p); err != nil {
			return nil, err
		}
	}
	posted, err := contracts.Post(ctx, t.Chain, d, t.Poster, ce)
	if err != nil {
		return nil, fmt.Errorf("post epoch %d: %w", e, err)
	}
	rec.Status = Posted
	rec.Post = &Posting{Deployment: t.Key, Network: d.Network, ChainID: d.ChainID, Settlement: d.Settlement,
		Settle: posted.Settle, Approve: posted.Approve, Root: posted.Root, Paid: posted.Paid, Remainder: posted.Remain,
		ClaimableAt: posted.ClaimableAt}
	if rec.Post.Statement, err = contracts.NewEpochStatement(t.Poster, d, e, posted.Root, ce.Commitment, ce.Records); err != nil {
		return nil, fmt.Errorf("epoch %d: sign its statement: %w", e, err)
	}
	rec.Post.Records = ce.Records
	if ce.Attributed != nil {
		rec.Post.Verifier = ce.Attributed.Verifier
	}
	if missing, err := contracts.Unattested(ctx, t.Chain, d, rec.Records); err != nil {
		slog.Warn("settled; could not read the records' score attestations", "epoch", e, "err", err)
	} else {
		for _, i := range missing {
			rec.Post.Unattested = append(rec.Post.Unattested, rec.Records[i])
		}
		if len(missing) > 0 {
			slog.Warn("settled with records whose scores are not attested: anyone can void the epoch (poa challenge unproven) until its claims open; attest them with poa prove-record ID --post",
				"epoch", e, "unattested", len(missing), "records", len(rec.Records), "claimable_at", time.Unix(int64(posted.ClaimableAt), 0).UTC())
		}
	}
	if err := savePost(st, rec); err != nil {
		return nil, fmt.Errorf("epoch %d settled in tx %s but recording it failed (the next run recovers it from the chain): %w",
			e, posted.Settle.TxHash.Hex(), err)
	}
	return Confirm(ctx, st, t, e)
}

// settlementOf is what settles epoch rec on chain with its split proof p: the proof's
// split, rec's total fee and the hash of rec's attribution records (contracts.RecordsHash,
// which binds the payouts to the records whose scores must be attested).
func settlementOf(rec *Epoch, p *prover.Proof) (*contracts.Epoch, error) {
	ce := contracts.EpochOf(p)
	ce.TotalFee, _ = new(big.Int).SetString(rec.Fee, 10)
	ce.Records = contracts.RecordsHash(rec.Records)
	if want, _ := new(big.Int).SetString(rec.DataFee, 10); want == nil || ce.DataFee.Cmp(want) != 0 || ce.Commitment.String() != rec.Commitment {
		return nil, fmt.Errorf("epoch %d: the stored proof is of another split (data fee %s, the epoch's %s): %w", rec.Epoch, ce.DataFee, rec.DataFee, ErrMismatch)
	}
	return ce, nil
}

func savePost(st *store.Store, rec *Epoch) error {
	defer lock(st)()
	return putEpoch(st, rec, nil)
}

// recoverFromChain records epoch rec as posted when the chain has settled it, and
// returns it confirmed; it returns nil, nil when the chain has not settled it and it
// can still be posted, and ErrStranded when a later epoch was settled instead.
func recoverFromChain(ctx context.Context, st *store.Store, t Target, rec *Epoch) (*Epoch, error) {
	ev, err := contracts.FindSettled(ctx, t.Chain, t.Deployment, rec.Epoch)
	if err != nil {
		return nil, fmt.Errorf("epoch %d: read the chain: %w", rec.Epoch, err)
	}
	if ev == nil {
		last, err := contracts.LastEpoch(ctx, t.Chain, t.Deployment)
		if err != nil {
			return nil, err
		}
		if last >= rec.Epoch {
			return nil, fmt.Errorf("epoch %d: the Settlement at %s has settled epoch %d already: %w (poa settle refiles its records into the open epoch)",
				rec.Epoch, t.Deployment.Settlement.Hex(), last, ErrStranded)
		}
		return nil, nil
	}
	addrs, pays, err := rec.Payouts()
	if err != nil {
		return nil, err
	}
	root := contracts.NewMerkleTree(addrs, pays).Root()
	records := contracts.RecordsHash(rec.Records)
	if ev.Root != root || ev.DataFee != rec.DataFee || ev.Commitment != rec.Commitment || ev.Records != records {
		return nil, fmt.Errorf("epoch %d: the chain settled root %s, data fee %s, commitment %s, records %s; the store has root %s, data fee %s, commitment %s, records %s: %w",
			rec.Epoch, ev.Root.Hex(), ev.DataFee, ev.Commitment, ev.Records.Hex(), root.Hex(), rec.DataFee, rec.Commitment, records.Hex(), ErrMismatch)
	}
	rc := contracts.Receipt{TxHash: ev.TxHash, Block: ev.Block}
	if r, err := t.Chain.Client.TransactionReceipt(ctx, ev.TxHash); err == nil {
		rc.GasUsed = r.GasUsed
	}
	paid, _ := new(big.Int).SetString(ev.Paid, 10)
	fee, _ := new(big.Int).SetString(rec.DataFee, 10)
	rec.Status = Posted
	rec.Post = &Posting{Deployment: t.Key, Network: t.Deployment.Network, ChainID: t.Deployment.ChainID, Settlement: t.Deployment.Settlement,
		Settle: rc, Root: ev.Root, Paid: ev.Paid, Remainder: new(big.Int).Sub(fee, paid).String(), Recovered: true}
	if rec.IsProven() && rec.Proven != nil {
		// Not in the Settled event: the verifier the deployment allows for the shape now.
		rec.Post.Verifier, _ = t.Deployment.AttributedVerifier(rec.Proven.Shape.String())
	}
	if err := savePost(st, rec); err != nil {
		return nil, err
	}
	return Confirm(ctx, st, t, rec.Epoch)
}

// Confirm checks a posted epoch against the chain's state (its Settled event carries
// the store's payout root, data fee and commitment, and its receipt succeeded) and
// marks it Confirmed. A posted epoch whose event is missing (the chain was reset, or
// another contract answers at the address) fails with ErrMismatch and stays Posted.
func Confirm(ctx context.Context, st *store.Store, t Target, e uint64) (*Epoch, error) {
	rec, err := LoadEpoch(st, e)
	if err != nil {
		return nil, err
	}
	if rec.Status == Confirmed {
		return rec, nil
	}
	if rec.Status != Posted || rec.Post == nil {
		return nil, fmt.Errorf("epoch %d is %s, not posted: %w", e, rec.Status, ErrState)
	}
	if rec.Post.Deployment != t.Key || rec.Post.Settlement != t.Deployment.Settlement {
		return nil, fmt.Errorf("epoch %d was posted to %s (%s), not to %s: %w", e, rec.Post.Deployment, rec.Post.Settlement.Hex(), t.Key, ErrState)
	}
	ev, err := contracts.FindSettled(ctx, t.Chain, t.Deployment, e)
	if err != nil {
		return nil, fmt.Errorf("epoch %d: read the chain: %w", e, err)
	}
	if ev == nil {
		return nil, fmt.Errorf("epoch %d: recorded as posted in tx %s, but the Settlement at %s has no Settled event for it: %w",
			e, rec.Post.Settle.TxHash.Hex(), t.Deployment.Settlement.Hex(), ErrMismatch)
	}
	if ev.Root != rec.Post.Root || ev.DataFee != rec.DataFee || ev.Commitment != rec.Commitment {
		return nil, fmt.Errorf("epoch %d: the chain settled root %s, data fee %s; the store posted root %s, data fee %s: %w",
			e, ev.Root.Hex(), ev.DataFee, rec.Post.Root.Hex(), rec.DataFee, ErrMismatch)
	}
	rec.Status = Confirmed
	rec.Post.Confirmed = time.Now().UTC()
	if err := savePost(st, rec); err != nil {
		return nil, err
	}
	return rec, nil
}

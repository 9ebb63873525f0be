package settlement

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"poa/circuits"
	"poa/influence"
	"poa/prover"
	"poa/store"
)

func epochKey(e uint64) string { return strconv.FormatUint(e, 10) }

// Close closes the open epoch in one store transaction: it sums the fees and
// per-contributor scores of the records filed into it (contributors sorted by address,
// zero scores dropped; a record with fee 0 is listed but its scores count for nothing,
// so free requests cannot shift paid ones' fees), splits the fee by rule and the data fee by prover.Split,
// computes the scores commitment, writes the epoch record (status closed) and opens the
// next epoch. An epoch without records (ErrEmptyEpoch) or whose data fee is 0
// (ErrZeroFee) is not closed: its records, if any, stay open. A record that does not
// decode, a contributor's score sum ≥ 2^64 or a data fee ≥ 2^96 fails the close
// (ErrInput) and changes nothing.
func Close(st *store.Store, rule FeeRule, now time.Time) (*Epoch, error) {
	if err := rule.Check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	defer lock(st)()
	var rec *Epoch
	err := st.Update(func(tx *store.Tx) error {
		o, err := readOpen(tx)
		if err != nil {
			return err
		}
		key := epochKey(o.Epoch)
		var existing Epoch
		if err := tx.Get(store.KindEpoch, key, &existing); err == nil {
			return fmt.Errorf("epoch %d already has a record: %w", o.Epoch, store.ErrExists)
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		total, scores, ids, err := tally(tx, o.Epoch)
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			return fmt.Errorf("epoch %d: %w: nothing to close", o.Epoch, ErrEmptyEpoch)
		}
		owner, protocol, data := rule.Parts(total)
		if data.Sign() == 0 {
			return fmt.Errorf("epoch %d (%d records, fee %s, data share %d bps): %w: nothing to settle, the records stay open",
				o.Epoch, len(ids), total, rule.DataBps, ErrZeroFee)
		}
		if data.BitLen() > circuits.FeeBits {
			return fmt.Errorf("epoch %d: data fee %s does not fit in %d bits: %w", o.Epoch, data, circuits.FeeBits, ErrInput)
		}
		in, err := splitInput(o.Epoch, data, scores)
		if err != nil {
			return err
		}
		stmt, err := prover.NewStatement(in)
		if err != nil {
			return fmt.Errorf("epoch %d: %w", o.Epoch, err)
		}
		rec = &Epoch{Epoch: o.Epoch, Status: Closed, Closed: now.UTC(), FeeRule: rule, Fee: total.String(),
			OwnerFee: owner.String(), ProtocolFee: protocol.String(), DataFee: data.String(), Records: ids,
			Remainder: stmt.Remainder.String(), Contributors: []Contributor{}, Commitment: stmt.Commitment.String()}
		for i, a := range in.Contributors {
			rec.Contributors = append(rec.Contributors, Contributor{Address: a.Hex(),
				Score: strconv.FormatUint(in.Scores[i], 10), Payout: stmt.Payouts[i].String()})
		}
		if err := tx.Put(store.KindEpoch, key, rec); err != nil {
			return err
		}
		return tx.Put(store.KindConfig, "epoch", Open{Epoch: o.Epoch + 1, Fee: "0"})
	})
	if err != nil {
		return nil, err
	}
	return rec, nil
}

// tally sums the fees of epoch e's attribution records and, over the records that paid
// a fee, each contributor's scores (a record with fee 0 earns nothing and dilutes
// nothing). It returns the ids of all the epoch's records.
func tally(tx *store.Tx, e uint64) (total *big.Int, scores map[common.Address]*big.Int, ids []string, err error) {
	total, scores, ids = new(big.Int), map[common.Address]*big.Int{}, []string{}
	err = eachRecord(tx, e, func(k string, a *influence.Record, fee *big.Int) error {
		total.Add(total, fee)
		ids = append(ids, k)
		if fee.Sign() == 0 {
			return nil // an unpaid record (an audit) earns nothing and dilutes nothing
		}
		for i, c := range a.Contributors {
			addr, err := ParseAddress(c.Address)
			if err != nil {
				return fmt.Errorf("attribution record %s: contributors[%d]: %w", k, i, err)
			}
			if scores[addr] == nil {
				scores[addr] = new(big.Int)
			}
			scores[addr].Add(scores[addr], new(big.Int).SetUint64(c.Score))
		}
		return nil
	})
	return total, scores, ids, err
}

// eachRecord calls fn, in key order, with each attribution record of epoch e and its
// parsed fee; a record that does not decode or whose fee does not parse is an error
// naming it.
func eachRecord(tx *store.Tx, e uint64, fn func(k string, a *influence.Record, fee *big.Int) error) error {
	return tx.List(store.KindAttribution, "", func(k string, raw []byte) error {
		var a influence.Record
		if err := decodeRecord(raw, &a); err != nil {
			return fmt.Errorf("attribution record %s: %w", k, err)
		}
		if a.Epoch != e {
			return nil
		}
		fee, err := ParseFee(a.Fee)
		if err != nil {
			return fmt.Errorf("attribution record %s: fee: %w", k, err)
		}
		return fn(k, &a, fee)
	})
}

// splitInput is the split's input for epoch e: contributors with a non-zero score sum,
// sorted by address, and the data fee. A score sum ≥ 2^64 is ErrInput.
func splitInput(e uint64, data *big.Int, scores map[common.Address]*big.Int) (prover.Input, error) {
	addrs := make([]common.Address, 0, len(scores))
	for a, v := range scores {
		if v.Sign() == 0 {
			continue
		}
		if v.BitLen() > 64 {
			return prover.Input{}, fmt.Errorf("epoch %d: contributor %s score sum %s does not fit in 64 bits: %w", e, a.Hex(), v, ErrInput)
		}
		addrs = append(addrs, a)
	}
	slices.SortFunc(addrs, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	in := prover.Input{Epoch: e, Fee: data, Contributors: addrs}
	for _, a := range addrs {
		in.Scores = append(in.Scores, scores[a].Uint64())
	}
	return in, nil
}

// LoadEpoch reads the record of closed epoch e.
func LoadEpoch(st *store.Store, e uint64) (*Epoch, error) {
	var rec Epoch
	if err := st.Get(store.KindEpoch, epochKey(e), &rec); err != nil {
		return nil, fmt.Errorf("epoch %d: %w", e, err)
	}
	if rec.Status == "" {
		rec.Status = Closed
	}
	return &rec, nil
}

// Epochs returns every closed epoch's record, in epoch order.
func Epochs(st *store.Store) ([]*Epoch, error) {
	var out []*Epoch
	err := st.List(store.KindEpoch, "", func(key string, raw []byte) error {
		var e Epoch
		if err := decodeRecord(raw, &e); err != nil {
			return fmt.Errorf("epoch record %s: %w", key, err)
		}
		if e.Status == "" {
			e.Status = Closed
		}
		out = append(out, &e)
		return nil
	})
	slices.SortFunc(out, func(a, b *Epoch) int { return cmpUint(a.Epoch, b.Epoch) })
	return out, err
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// putEpoch writes e in its own transaction, refusing to move its status backwards.
func putEpoch(st *store.Store, e *Epoch, extra func(tx *store.Tx) error) error {
	return st.Update(func(tx *store.Tx) error {
		var cur Epoch
		if err := tx.Get(store.KindEpoch, epochKey(e.Epoch), &cur); err != nil {
			return err
		}
		if cur.Status.rank() > e.Status.rank() {
			return fmt.Errorf("epoch %d is %s, not moving it back to %s: %w", e.Epoch, cur.Status, e.Status, ErrState)
		}
		if extra != nil {
			if err := extra(tx); err != nil {
				return err
			}
		}
		return tx.Put(store.KindEpoch, epochKey(e.Epoch), e)
	})
}

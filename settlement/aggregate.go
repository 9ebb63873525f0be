package settlement

import (
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"poa/circuits"
	"poa/contracts"
	"poa/influence"
	"poa/prover"
	"poa/store"
)

// CheckAggregate recomputes closed epoch e from its attribution records exactly as Close
// computed it (tally, fee rule, split, scores commitment) and compares the result with
// the stored epoch record: record ids, fee and its parts, each contributor's address,
// score and payout, the remainder and the commitment. It returns nil when every field
// recomputes, an error wrapping ErrRecompute naming the first field that does not, and
// other errors for an epoch it cannot read. A refiled epoch has no records of its own
// left (they were moved to a later epoch) and is reported as such (ErrRecompute). A
// proven epoch (BasisProven) is recomputed by its own rule (checkProven): its records'
// rows, their commitments, circuits.EpochScores and the split.
func CheckAggregate(st *store.Store, e uint64) error {
	ep, err := LoadEpoch(st, e)
	if err != nil {
		return err
	}
	if ep.Status == Refiled {
		return fmt.Errorf("epoch %d was refiled into epoch %d: its records are counted there: %w", e, ep.RefiledTo, ErrRecompute)
	}
	if ep.IsProven() {
		return checkProven(st, ep)
	}
	return st.View(func(tx *store.Tx) error {
		total, scores, ids, err := tally(tx, e)
		if err != nil {
			return err
		}
		mismatch := func(what string, got, want any) error {
			return fmt.Errorf("epoch %d: %s recomputes as %v, the epoch record has %v: %w", e, what, got, want, ErrRecompute)
		}
		slices.Sort(ids)
		stored := slices.Sorted(slices.Values(ep.Records))
		if !slices.Equal(ids, stored) {
			return mismatch("record list", ids, stored)
		}
		if total.String() != ep.Fee {
			return mismatch("fee", total, ep.Fee)
		}
		owner, protocol, data := ep.FeeRule.Parts(total)
		for _, f := range []struct {
			what      string
			got, want string
		}{{"owner fee", owner.String(), ep.OwnerFee}, {"protocol fee", protocol.String(), ep.ProtocolFee}, {"data fee", data.String(), ep.DataFee}} {
			if f.got != f.want {
				return mismatch(f.what, f.got, f.want)
			}
		}
		in, err := splitInput(e, data, scores)
		if err != nil {
			return err
		}
		return compareSplit(ep, in)
	})
}

// compareSplit checks the epoch record's contributors, scores, payouts, remainder and
// commitment against the split of in (ErrRecompute naming the first that differs).
func compareSplit(ep *Epoch, in prover.Input) error {
	e := ep.Epoch
	mismatch := func(what string, got, want any) error {
		return fmt.Errorf("epoch %d: %s recomputes as %v, the epoch record has %v: %w", e, what, got, want, ErrRecompute)
	}
	stmt, err := prover.NewStatement(in)
	if err != nil {
		return fmt.Errorf("epoch %d: %w", e, err)
	}
	if len(in.Contributors) != len(ep.Contributors) {
		return mismatch("number of contributors", len(in.Contributors), len(ep.Contributors))
	}
	for i, a := range in.Contributors {
		c := ep.Contributors[i]
		if a.Hex() != c.Address || strconv.FormatUint(in.Scores[i], 10) != c.Score || stmt.Payouts[i].String() != c.Payout {
			return mismatch(fmt.Sprintf("contributor %d", i), fmt.Sprintf("%s score %d payout %s", a.Hex(), in.Scores[i], stmt.Payouts[i]),
				fmt.Sprintf("%s score %s payout %s", c.Address, c.Score, c.Payout))
		}
	}
	if stmt.Remainder.String() != ep.Remainder {
		return mismatch("remainder", stmt.Remainder, ep.Remainder)
	}
	if stmt.Commitment.String() != ep.Commitment {
		return mismatch("scores commitment", stmt.Commitment, ep.Commitment)
	}
	return nil
}

// checkProven recomputes proven epoch ep: its records are the attribution records filed
// into it (the aggregated ones with a fee, in RecordKey order, the free ones with fee 0),
// its fee and parts, each record's rows (hashing to the stored commitment, and to the
// commitment of the record's stored score proof when there is one), and the split of the
// data fee among circuits.EpochScores of the rows.
func checkProven(st *store.Store, ep *Epoch) error {
	e := ep.Epoch
	mismatch := func(what string, got, want any) error {
		return fmt.Errorf("epoch %d: %s recomputes as %v, the epoch record has %v: %w", e, what, got, want, ErrRecompute)
	}
	if ep.Proven == nil {
		return fmt.Errorf("epoch %d: basis proven without its records' rows: %w", e, ErrRecompute)
	}
	if !slices.Equal(ep.Records, ep.Proven.IDs()) {
		return mismatch("aggregated record list", ep.Proven.IDs(), ep.Records)
	}
	keyed := slices.Clone(ep.Records)
	contracts.SortRecordIDs(keyed)
	if !slices.Equal(keyed, ep.Records) || len(slices.Compact(slices.Clone(keyed))) != len(keyed) {
		return mismatch("record order (strictly ascending record keys)", keyed, ep.Records)
	}
	fees := map[string]*big.Int{}
	err := st.View(func(tx *store.Tx) error {
		return eachRecord(tx, e, func(k string, a *influence.Record, fee *big.Int) error {
			fees[k] = fee
			return nil
		})
	})
	if err != nil {
		return err
	}
	filed := slices.Sorted(maps.Keys(fees))
	all := slices.Sorted(slices.Values(ep.allRecords()))
	if !slices.Equal(filed, all) {
		return mismatch("record list", filed, all)
	}
	total := new(big.Int)
	for _, id := range ep.Records {
		if fees[id].Sign() == 0 {
			return mismatch("record "+id+"'s fee", "0 (a free record is not aggregated)", "an aggregated record")
		}
		total.Add(total, fees[id])
	}
	for _, id := range ep.Proven.Free {
		if fees[id].Sign() != 0 {
			return mismatch("record "+id+"'s fee", fees[id], "0 (listed as free)")
		}
	}
	if total.String() != ep.Fee {
		return mismatch("fee", total, ep.Fee)
	}
	owner, protocol, data := ep.FeeRule.Parts(total)
	for _, f := range []struct{ what, got, want string }{{"owner fee", owner.String(), ep.OwnerFee},
		{"protocol fee", protocol.String(), ep.ProtocolFee}, {"data fee", data.String(), ep.DataFee}} {
		if f.got != f.want {
			return mismatch(f.what, f.got, f.want)
		}
	}
	recs, err := ep.Proven.RecordSet()
	if err != nil {
		return fmt.Errorf("epoch %d: %w: %w", e, ErrRecompute, err)
	}
	sh := ep.Proven.Shape
	if err := (circuits.RecordSet{Records: recs}).Validate(sh.R, sh.C); err != nil {
		return fmt.Errorf("epoch %d: records do not fit shape %s: %v: %w", e, sh, err, ErrRecompute)
	}
	for _, r := range ep.Proven.Records {
		var sp ScoreProofRecord
		if err := st.Get(store.KindProof, scoreProofKey(r.ID), &sp); errors.Is(err, store.ErrNotFound) {
			continue
		} else if err != nil {
			return err
		}
		if sp.Proof != nil && sp.Proof.Commitment != nil && sp.Proof.Commitment.String() != r.Commitment {
			return mismatch("record "+r.ID+"'s rows commitment", r.Commitment, "its score proof's "+sp.Proof.Commitment.String())
		}
	}
	addrs, scores := circuits.EpochScores(recs)
	in := prover.Input{Epoch: e, Fee: data}
	for i, a := range addrs {
		in.Contributors = append(in.Contributors, common.BigToAddress(a))
		in.Scores = append(in.Scores, scores[i])
	}
	return compareSplit(ep, in)
}

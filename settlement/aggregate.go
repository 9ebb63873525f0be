package settlement

import (
	"fmt"
	"slices"
	"strconv"

	"poa/prover"
	"poa/store"
)

// CheckAggregate recomputes closed epoch e from its attribution records exactly as Close
// computed it (tally, fee rule, split, scores commitment) and compares the result with
// the stored epoch record: record ids, fee and its parts, each contributor's address,
// score and payout, the remainder and the commitment. It returns nil when every field
// recomputes, an error wrapping ErrRecompute naming the first field that does not, and
// other errors for an epoch it cannot read. A refiled epoch has no records of its own
// left (they were moved to a later epoch) and is reported as such (ErrRecompute).
func CheckAggregate(st *store.Store, e uint64) error {
	ep, err := LoadEpoch(st, e)
	if err != nil {
		return err
	}
	if ep.Status == Refiled {
		return fmt.Errorf("epoch %d was refiled into epoch %d: its records are counted there: %w", e, ep.RefiledTo, ErrRecompute)
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
	})
}

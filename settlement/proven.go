package settlement

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"poa/circuits"
	"poa/contracts"
	"poa/influence"
	"poa/prover"
	"poa/store"
)

// Basis is what an epoch's scores are (chosen at close, stored in the epoch record).
type Basis string

const (
	// BasisFused: fusion-v1's per-record scores summed (gradient and span evidence),
	// recomputable from the records; settled with `settle`. The default ("" reads as it).
	BasisFused Basis = "fused"
	// BasisProven: the epoch scores of circuits.EpochScores over the records' attested
	// score rows (the gradient half only: each record hands out floor(10^6·g/G) per
	// contributor), proven by an attributed split and settled with settleAttributed.
	BasisProven Basis = "proven"
)

// ParseBasis reads a basis name ("" is fused).
func ParseBasis(s string) (Basis, error) {
	switch Basis(s) {
	case "", BasisFused:
		return BasisFused, nil
	case BasisProven:
		return BasisProven, nil
	}
	return "", fmt.Errorf("basis %q: want %q or %q: %w", s, BasisFused, BasisProven, ErrInput)
}

// IsProven reports whether e's scores are proven from its records (BasisProven).
func (e *Epoch) IsProven() bool { return e.Basis == BasisProven }

// ProvenEpoch is a proven epoch's aggregation: the attributed split shape it is proven
// with, its records' attested rows (in the epoch's order, RecordKey ascending: the
// ids settleAttributed is sent) and the records with fee 0 closed with it, which are
// neither aggregated nor sent (they pay nothing and dilute nothing).
type ProvenEpoch struct {
	Shape   prover.AttributedShape `json:"shape"`
	Records []ProvenRecord         `json:"records"`
	Free    []string               `json:"free,omitempty"`
}

// ProvenRecord is one record of a proven epoch: its id, the commitment of its rows (the
// one its score proof attests, circuits.ScoresCommitment) and the rows.
type ProvenRecord struct {
	ID         string      `json:"id"`
	Commitment string      `json:"commitment"`
	Rows       []RecordRow `json:"rows"`
}

// RecordRow is one attested row: a contributor and its total g > 0 of positive candidate
// scores in the record (decimal).
type RecordRow struct {
	Address string `json:"address"`
	Total   string `json:"total"`
}

// RowSource gives an attribution record's attested rows as its score proof commits them
// (circuits.ScoreStatement.Totals of the record's score statement); node.ScoreRows is the
// product's.
type RowSource func(ctx context.Context, id string) (circuits.RecordRows, error)

// rowsOf converts rows to their stored form.
func rowsOf(id string, r circuits.RecordRows) ProvenRecord {
	out := ProvenRecord{ID: id, Commitment: r.Commitment().String(), Rows: make([]RecordRow, len(r.Addrs))}
	for i, a := range r.Addrs {
		out.Rows[i] = RecordRow{Address: common.BigToAddress(a).Hex(), Total: strconv.FormatUint(r.Scores[i], 10)}
	}
	return out
}

// RecordRows returns the record's rows in the circuit's form, checked: addresses parse,
// totals are positive 64-bit decimals, and the rows hash to the stored commitment.
func (p ProvenRecord) RecordRows() (circuits.RecordRows, error) {
	var r circuits.RecordRows
	for i, row := range p.Rows {
		a, err := ParseAddress(row.Address)
		if err != nil {
			return r, fmt.Errorf("record %s row %d: %w", p.ID, i, err)
		}
		g, err := strconv.ParseUint(row.Total, 10, 64)
		if err != nil || g == 0 {
			return r, fmt.Errorf("record %s row %d: total %q is not a positive 64-bit decimal: %w", p.ID, i, row.Total, ErrInput)
		}
		r.Addrs, r.Scores = append(r.Addrs, new(big.Int).SetBytes(a[:])), append(r.Scores, g)
	}
	if err := (circuits.RecordSet{Records: []circuits.RecordRows{r}}).Validate(1, max(1, len(r.Addrs))); err != nil {
		return r, fmt.Errorf("record %s: %w: %v", p.ID, ErrInput, err)
	}
	if got := r.Commitment().String(); got != p.Commitment {
		return r, fmt.Errorf("record %s: rows hash to commitment %s, the epoch record has %s: %w", p.ID, got, p.Commitment, ErrInput)
	}
	return r, nil
}

// RecordSet returns the epoch's records' rows, in order, checked as RecordRows does.
func (p *ProvenEpoch) RecordSet() ([]circuits.RecordRows, error) {
	out := make([]circuits.RecordRows, len(p.Records))
	for i, r := range p.Records {
		var err error
		if out[i], err = r.RecordRows(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// IDs returns the ids of the aggregated records, in order.
func (p *ProvenEpoch) IDs() []string {
	out := make([]string, len(p.Records))
	for i, r := range p.Records {
		out[i] = r.ID
	}
	return out
}

// CloseProven closes the open epoch with the proven basis: it takes the open epoch's
// paid records in id order while they fit shape (at most shape.R records and shape.N
// contributors in all; the rest stay open for the next epoch), reads each one's rows
// from rows (a record with more than shape.C rows is refused naming it: ErrInput),
// orders them by RecordKey (settleAttributed's order), computes the epoch scores with
// circuits.EpochScores, splits the data fee among them (prover.Split) and writes the
// epoch record (status closed, Basis proven, Proven) in one transaction, with the
// records with fee 0 closed into it unaggregated. It fails like Close otherwise
// (ErrEmptyEpoch, ErrZeroFee) and changes nothing then.
func CloseProven(ctx context.Context, st *store.Store, rule FeeRule, now time.Time, shape prover.AttributedShape, rows RowSource) (*Epoch, error) {
	if err := rule.Check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	if shape.N < 1 || shape.N > circuits.MaxSize || shape.R < 1 || shape.R > circuits.MaxRecords || shape.C < 1 || shape.C > circuits.MaxRecordRows {
		return nil, fmt.Errorf("attributed shape %s out of bounds: %w", shape, ErrInput)
	}
	if rows == nil {
		return nil, fmt.Errorf("proven basis: no source of the records' score rows: %w", ErrInput)
	}
	// The rows are read before the close's transaction (their source reads the store).
	o, err := OpenEpoch(st)
	if err != nil {
		return nil, err
	}
	paid, free, err := openRecords(st, o.Epoch)
	if err != nil {
		return nil, err
	}
	if len(paid)+len(free) == 0 {
		return nil, fmt.Errorf("epoch %d: %w: nothing to close", o.Epoch, ErrEmptyEpoch)
	}
	var picked []circuits.RecordRows
	var pickedIDs []string
	for _, id := range paid {
		if len(picked) == shape.R {
			break
		}
		r, err := rows(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("epoch %d: record %s: its score rows: %w", o.Epoch, id, err)
		}
		if len(r.Addrs) > shape.C {
			return nil, fmt.Errorf("epoch %d: record %s has %d contributors with a positive total, the attributed shape %s holds %d per record (close it with basis fused): %w",
				o.Epoch, id, len(r.Addrs), shape, shape.C, ErrInput)
		}
		if err := (circuits.RecordSet{Records: []circuits.RecordRows{r}}).Validate(1, shape.C); err != nil {
			return nil, fmt.Errorf("epoch %d: record %s: %w: %v", o.Epoch, id, ErrInput, err)
		}
		if addrs, _ := circuits.EpochScores(append(picked, r)); len(addrs) > shape.N {
			if len(picked) == 0 {
				return nil, fmt.Errorf("epoch %d: record %s alone has %d contributors, the attributed shape %s holds %d: %w", o.Epoch, id, len(addrs), shape, shape.N, ErrInput)
			}
			break // it and the rest stay open for the next epoch
		}
		picked, pickedIDs = append(picked, r), append(pickedIDs, id)
	}
	keyed := append([]string(nil), pickedIDs...)
	contracts.SortRecordIDs(keyed)
	pos := map[string]int{}
	for i, id := range pickedIDs {
		pos[id] = i
	}
	pe := &ProvenEpoch{Shape: shape, Records: make([]ProvenRecord, len(keyed)), Free: free}
	recs := make([]circuits.RecordRows, len(keyed))
	for i, id := range keyed {
		recs[i] = picked[pos[id]]
		pe.Records[i] = rowsOf(id, recs[i])
	}
	if len(pe.Free) == 0 {
		pe.Free = nil
	}
	chosen := map[string]bool{}
	for _, id := range append(append([]string(nil), keyed...), free...) {
		chosen[id] = true
	}

	defer lock(st)()
	var rec *Epoch
	err = st.Update(func(tx *store.Tx) error {
		cur, err := readOpen(tx)
		if err != nil {
			return err
		}
		if cur.Epoch != o.Epoch {
			return fmt.Errorf("epoch %d was closed meanwhile (open is %d): %w", o.Epoch, cur.Epoch, ErrState)
		}
		key := epochKey(o.Epoch)
		var existing Epoch
		if err := tx.Get(store.KindEpoch, key, &existing); err == nil {
			return fmt.Errorf("epoch %d already has a record: %w", o.Epoch, store.ErrExists)
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		// Records filed meanwhile, and the paid ones that do not fit, move to the next epoch.
		total, rest, restFee := new(big.Int), 0, new(big.Int)
		var moved []influence.Record
		var movedIDs []string
		err = tx.List(store.KindAttribution, "", func(k string, raw []byte) error {
			var a influence.Record
			if err := decodeRecord(raw, &a); err != nil {
				return fmt.Errorf("attribution record %s: %w", k, err)
			}
			if a.Epoch != o.Epoch {
				return nil
			}
			fee, err := ParseFee(a.Fee)
			if err != nil {
				return fmt.Errorf("attribution record %s: fee: %w", k, err)
			}
			if chosen[k] {
				total.Add(total, fee)
				return nil
			}
			a.Epoch = o.Epoch + 1
			moved, movedIDs = append(moved, a), append(movedIDs, k)
			rest++
			restFee.Add(restFee, fee)
			return nil
		})
		if err != nil {
			return err
		}
		owner, protocol, data := rule.Parts(total)
		if data.Sign() == 0 {
			return fmt.Errorf("epoch %d (%d records, fee %s, data share %d bps): %w: nothing to settle, the records stay open",
				o.Epoch, len(chosen), total, rule.DataBps, ErrZeroFee)
		}
		if data.BitLen() > circuits.FeeBits {
			return fmt.Errorf("epoch %d: data fee %s does not fit in %d bits: %w", o.Epoch, data, circuits.FeeBits, ErrInput)
		}
		addrs, scores := circuits.EpochScores(recs)
		in := prover.Input{Epoch: o.Epoch, Fee: data}
		for i, a := range addrs {
			in.Contributors = append(in.Contributors, common.BigToAddress(a))
			in.Scores = append(in.Scores, scores[i])
		}
		stmt, err := prover.NewStatement(in)
		if err != nil {
			return fmt.Errorf("epoch %d: %w", o.Epoch, err)
		}
		rec = &Epoch{Epoch: o.Epoch, Status: Closed, Closed: now.UTC(), FeeRule: rule, Fee: total.String(),
			OwnerFee: owner.String(), ProtocolFee: protocol.String(), DataFee: data.String(), Records: pe.IDs(),
			Remainder: stmt.Remainder.String(), Contributors: []Contributor{}, Commitment: stmt.Commitment.String(),
			Basis: BasisProven, Proven: pe}
		for i, a := range in.Contributors {
			rec.Contributors = append(rec.Contributors, Contributor{Address: a.Hex(),
				Score: strconv.FormatUint(in.Scores[i], 10), Payout: stmt.Payouts[i].String()})
		}
		for i := range moved {
			if err := tx.Put(store.KindAttribution, movedIDs[i], &moved[i]); err != nil {
				return err
			}
		}
		if err := tx.Put(store.KindEpoch, key, rec); err != nil {
			return err
		}
		return tx.Put(store.KindConfig, "epoch", Open{Epoch: o.Epoch + 1, Records: rest, Fee: restFee.String()})
	})
	if err != nil {
		return nil, err
	}
	return rec, nil
}

// openRecords lists epoch e's attribution records: those with a fee (in id order) and
// those with fee 0.
func openRecords(st *store.Store, e uint64) (paid, free []string, err error) {
	err = st.View(func(tx *store.Tx) error {
		return eachRecord(tx, e, func(k string, a *influence.Record, fee *big.Int) error {
			if fee.Sign() == 0 {
				free = append(free, k)
			} else {
				paid = append(paid, k)
			}
			return nil
		})
	})
	return paid, free, err
}

package prover

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"poa/circuits"
	"poa/store"
)

// FeeRule splits an epoch's total fee F: owner = floor(F·OwnerBps/10000), protocol =
// floor(F·ProtocolBps/10000), data = F − owner − protocol (docs/settlement-abi.md).
// The three shares must sum to 10000 basis points.
type FeeRule struct {
	OwnerBps    uint32 `json:"owner_bps"`
	ProtocolBps uint32 `json:"protocol_bps"`
	DataBps     uint32 `json:"data_bps"`
}

// DefaultFeeRule is 10% model owner, 10% protocol, 80% data contributors.
var DefaultFeeRule = FeeRule{OwnerBps: 1000, ProtocolBps: 1000, DataBps: 8000}

// Check returns an error (ErrInput) unless the shares sum to 10000.
func (r FeeRule) Check() error {
	if uint64(r.OwnerBps)+uint64(r.ProtocolBps)+uint64(r.DataBps) != 10000 {
		return fmt.Errorf("fee rule %d/%d/%d bps does not sum to 10000: %w", r.OwnerBps, r.ProtocolBps, r.DataBps, ErrInput)
	}
	return nil
}

// Parts returns the owner, protocol and data parts of total; they sum to total exactly.
func (r FeeRule) Parts(total *big.Int) (owner, protocol, data *big.Int) {
	bps := func(b uint32) *big.Int {
		v := new(big.Int).Mul(total, big.NewInt(int64(b)))
		return v.Quo(v, big.NewInt(10000))
	}
	owner, protocol = bps(r.OwnerBps), bps(r.ProtocolBps)
	data = new(big.Int).Sub(total, owner)
	return owner, protocol, data.Sub(data, protocol)
}

// EpochContributor is one row of a closed epoch.
type EpochContributor struct {
	Address string `json:"address"` // EIP-55
	Score   string `json:"score"`   // decimal, fixed-point (influence.ScoreScale)
	Payout  string `json:"payout"`  // decimal, OPEN base units
}

// EpochRecord is a closed settlement epoch (store kind "epoch", key = decimal epoch).
type EpochRecord struct {
	Epoch        uint64             `json:"epoch"`
	Status       string             `json:"status"` // "closed"
	Closed       time.Time          `json:"closed"`
	FeeRule      FeeRule            `json:"fee_rule"`
	Fee          string             `json:"fee"` // F, decimal
	OwnerFee     string             `json:"owner_fee"`
	ProtocolFee  string             `json:"protocol_fee"`
	DataFee      string             `json:"data_fee"`
	Records      []string           `json:"records"` // attribution record ids
	Contributors []EpochContributor `json:"contributors"`
	Remainder    string             `json:"remainder"`
	Commitment   string             `json:"commitment"`
}

// Input returns the split input of the epoch (data fee, contributors, scores).
func (e *EpochRecord) Input() (Input, error) {
	in := Input{Epoch: e.Epoch}
	var err error
	name := fmt.Sprintf("epoch %d", e.Epoch)
	if in.Fee, err = parseUint(e.DataFee, circuits.FeeBits); err != nil {
		return in, fmt.Errorf("%s: data_fee: %w", name, err)
	}
	for i, c := range e.Contributors {
		a, err := parseAddress(c.Address)
		if err != nil {
			return in, fmt.Errorf("%s: contributors[%d]: %w", name, i, err)
		}
		s, err := parseUint(c.Score, 64)
		if err != nil {
			return in, fmt.Errorf("%s: contributors[%d].score: %w", name, i, err)
		}
		in.Contributors = append(in.Contributors, a)
		in.Scores = append(in.Scores, s.Uint64())
	}
	return in, nil
}

// attributionRecord is the part of an attribution record (store kind "attribution")
// that settlement reads.
type attributionRecord struct {
	ID           string `json:"id"`
	Epoch        uint64 `json:"epoch"`
	Fee          string `json:"fee"`
	Contributors []struct {
		Address string `json:"address"`
		Score   uint64 `json:"score"`
	} `json:"contributors"`
}

type epochConfig struct {
	Epoch uint64 `json:"epoch"`
}

// OpenEpoch returns the open epoch: config/epoch, 1 when absent.
func OpenEpoch(s *store.Store) (uint64, error) {
	var e uint64
	err := s.View(func(tx *store.Tx) error {
		var err error
		e, err = openEpoch(tx)
		return err
	})
	return e, err
}

func openEpoch(tx *store.Tx) (uint64, error) {
	var c epochConfig
	err := tx.Get(store.KindConfig, "epoch", &c)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return 1, nil
	case err != nil:
		return 0, err
	case c.Epoch == 0:
		return 1, nil
	}
	return c.Epoch, nil
}

// CloseEpoch closes the open epoch in one store transaction: it sums the fees and
// per-contributor scores of the epoch's attribution records (contributors sorted by
// address, zero scores dropped), splits F by rule and the data fee by Split, writes
// the epoch record and opens epoch + 1. A record that does not decode, a fee or
// address that is malformed, a contributor's score sum ≥ 2^64 or a data fee ≥ 2^96
// fails the whole close (ErrInput) and changes nothing.
func CloseEpoch(s *store.Store, rule FeeRule, now time.Time) (*EpochRecord, error) {
	if err := rule.Check(); err != nil {
		return nil, err
	}
	var rec *EpochRecord
	err := s.Update(func(tx *store.Tx) error {
		epoch, err := openEpoch(tx)
		if err != nil {
			return err
		}
		key := strconv.FormatUint(epoch, 10)
		var existing json.RawMessage
		if err := tx.Get(store.KindEpoch, key, &existing); err == nil {
			return fmt.Errorf("epoch %d already has a record: %w", epoch, store.ErrExists)
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		total := new(big.Int)
		scores := map[common.Address]*big.Int{}
		var ids []string
		err = tx.List(store.KindAttribution, "", func(k string, raw []byte) error {
			var a attributionRecord
			if err := json.Unmarshal(raw, &a); err != nil {
				return fmt.Errorf("attribution record %s: %w: %v", k, ErrInput, err)
			}
			if a.Epoch != epoch {
				return nil
			}
			fee, err := parseUint(a.Fee, circuits.FeeBits)
			if err != nil {
				return fmt.Errorf("attribution record %s: fee: %w", k, err)
			}
			total.Add(total, fee)
			for i, c := range a.Contributors {
				addr, err := parseAddress(c.Address)
				if err != nil {
					return fmt.Errorf("attribution record %s: contributors[%d]: %w", k, i, err)
				}
				if scores[addr] == nil {
					scores[addr] = new(big.Int)
				}
				scores[addr].Add(scores[addr], new(big.Int).SetUint64(c.Score))
			}
			ids = append(ids, k)
			return nil
		})
		if err != nil {
			return err
		}
		owner, protocol, data := rule.Parts(total)
		if data.BitLen() > circuits.FeeBits {
			return fmt.Errorf("epoch %d: data fee %s does not fit in 96 bits: %w", epoch, data, ErrInput)
		}
		addrs := make([]common.Address, 0, len(scores))
		for a, v := range scores {
			if v.Sign() == 0 {
				continue
			}
			if v.BitLen() > 64 {
				return fmt.Errorf("epoch %d: contributor %s score sum %s does not fit in 64 bits: %w", epoch, a.Hex(), v, ErrInput)
			}
			addrs = append(addrs, a)
		}
		sort.Slice(addrs, func(i, j int) bool { return strings.Compare(string(addrs[i][:]), string(addrs[j][:])) < 0 })
		in := Input{Epoch: epoch, Fee: data, Contributors: addrs}
		for _, a := range addrs {
			in.Scores = append(in.Scores, scores[a].Uint64())
		}
		pay, rem := Split(data, in.Scores)
		rec = &EpochRecord{Epoch: epoch, Status: "closed", Closed: now.UTC(), FeeRule: rule, Fee: total.String(),
			OwnerFee: owner.String(), ProtocolFee: protocol.String(), DataFee: data.String(), Records: ids,
			Remainder: rem.String(), Contributors: []EpochContributor{},
			Commitment: circuits.ScoresCommitment(addrInts(addrs), in.Scores).String()}
		if rec.Records == nil {
			rec.Records = []string{}
		}
		for i, a := range addrs {
			rec.Contributors = append(rec.Contributors, EpochContributor{Address: a.Hex(),
				Score: strconv.FormatUint(in.Scores[i], 10), Payout: pay[i].String()})
		}
		if err := tx.Put(store.KindEpoch, key, rec); err != nil {
			return err
		}
		return tx.Put(store.KindConfig, "epoch", epochConfig{Epoch: epoch + 1})
	})
	if err != nil {
		return nil, err
	}
	return rec, nil
}

// LoadEpoch reads the record of closed epoch e.
func LoadEpoch(s *store.Store, e uint64) (*EpochRecord, error) {
	var rec EpochRecord
	if err := s.Get(store.KindEpoch, strconv.FormatUint(e, 10), &rec); err != nil {
		return nil, err
	}
	return &rec, nil
}

// StatementForEpoch builds the statement of a closed epoch and checks that the
// recorded payouts, remainder and commitment are what Split and the commitment give.
func StatementForEpoch(rec *EpochRecord) (*Statement, error) {
	in, err := rec.Input()
	if err != nil {
		return nil, err
	}
	st, err := NewStatement(in)
	if err != nil {
		return nil, err
	}
	for i, c := range rec.Contributors {
		if c.Payout != st.Payouts[i].String() {
			return nil, fmt.Errorf("epoch %d: recorded payout of %s is %s, the split gives %s: %w", rec.Epoch, c.Address, c.Payout, st.Payouts[i], ErrInput)
		}
	}
	if rec.Remainder != st.Remainder.String() || rec.Commitment != st.Commitment.String() {
		return nil, fmt.Errorf("epoch %d: recorded remainder or commitment differ from the recomputed split: %w", rec.Epoch, ErrInput)
	}
	return st, nil
}

// SaveProof stores p under store.KindProof (key = decimal epoch): the proof file's JSON
// plus "verified": true when it was checked natively before storing.
func SaveProof(s *store.Store, p *Proof, verified bool) error {
	raw, err := p.MarshalJSON()
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return err
	}
	if verified {
		m["verified"] = true
	}
	return s.Put(store.KindProof, strconv.FormatUint(p.Statement.Epoch, 10), m)
}

// LoadProof reads the stored proof of epoch e.
func LoadProof(s *store.Store, e uint64) (*Proof, error) {
	var raw json.RawMessage
	key := strconv.FormatUint(e, 10)
	if err := s.Get(store.KindProof, key, &raw); err != nil {
		return nil, err
	}
	return DecodeProof(strings.NewReader(string(raw)), "proof record "+key)
}
